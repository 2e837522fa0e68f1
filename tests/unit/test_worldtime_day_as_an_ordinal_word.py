"""A day of the month written as an ordinal word is a date (#13): "On the first of June,
Kelby's mills closed" dates June 1, not the whole of June, as "the 1st of June" does."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2031, 6, 12)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, PUBLISHED, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("On the first of June, Kelby's mills closed.", "the first of June", "2031-06-01"),
        (
            "The Orrin levy ended on the twenty-third of May.",
            "the twenty-third of May",
            "2031-05-23",
        ),
        (
            "Tarsk's census closed on the Thirty-First of March.",
            "the Thirty-First of March",
            "2031-03-31",
        ),
    ],
)
def test_a_day_written_as_a_word_dates_the_day(sentence, expression, value):
    assert found(sentence) == [(expression, value)]


def test_an_ordinal_word_without_of_and_a_month_is_no_day():
    values = [v for _, v in found("The first June storm hit Kelby on its way north.")]
    assert not any(v.count("-") == 2 for v in values)
