"""A quarter or a half a figure is told for, with no tense to say which, is one reported:
the latest begun (#13). "Tarsk's exports grow 9 percent in first half", a headline read
on 20 July, is the half just ended, not next year's, which no cue points to."""

from __future__ import annotations

from datetime import date

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes


def value_of(text: str, expression: str, published: date) -> str:
    found = {t.text: t.value for t in find_timexes(text, published, sentences(text))}
    return found[expression]


def test_a_half_or_quarter_after_a_figure_is_the_latest_begun():
    july, december = date(2031, 7, 20), date(2031, 12, 5)
    assert value_of("Tarsk's exports grow 9 percent in first half", "first half", july) == (
        "2031-H1"
    )
    assert value_of("Velkor profit rises 12% in first quarter", "first quarter", december) == (
        "2031-Q1"
    )


def test_with_no_figure_a_half_or_quarter_may_still_be_the_next_one():
    text = "Halvik sees demand picking up in the second half."
    assert value_of(text, "the second half", date(2031, 3, 10)) == "2031-H2"
    text = "Oil prices stay high through the first quarter."
    assert value_of(text, "the first quarter", date(2031, 12, 28)) == "2032-Q1"
