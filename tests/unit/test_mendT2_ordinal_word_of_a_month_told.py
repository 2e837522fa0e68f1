"""A day of this, next or last month written as an ordinal word is a date, as one in
figures is (#13, mend of reviewB-8): "the second of next month"."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2032, 12, 6)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, PUBLISHED, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        (
            "Halvik opens its depot on the second of next month.",
            "the second of next month",
            "2033-01-02",
        ),
        (
            "The Orrin levy fell due on the Twentieth of last month.",
            "the Twentieth of last month",
            "2032-11-20",
        ),
        ("Tarsk votes on the 14th of next month.", "the 14th of next month", "2033-01-14"),
    ],
)
def test_a_day_of_a_month_told_as_a_word_or_a_figure(sentence, expression, value):
    assert found(sentence) == [(expression, value)]


def test_a_day_the_month_lacks_leaves_the_month():
    assert found("Kelby pays on the thirty-first of last month.") == [("last month", "2032-11")]
