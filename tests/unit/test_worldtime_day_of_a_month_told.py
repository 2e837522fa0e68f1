"""A day of "this", "next" or "last month" is a date (#13): "on the 11th of next month",
read on 10 March, is April 11, not the whole of April."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2031, 3, 10)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, PUBLISHED, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Kelby votes on the 11th of next month.", "the 11th of next month", "2031-04-11"),
        ("Tarsk bids close on the 20th of this month.", "the 20th of this month", "2031-03-20"),
        ("He left Orrin on the 3rd of last month.", "the 3rd of last month", "2031-02-03"),
    ],
)
def test_a_day_of_a_month_told_is_a_date(sentence, expression, value):
    assert found(sentence) == [(expression, value)]


def test_a_day_the_month_lacks_leaves_the_month():
    assert found("The Kelby levy ends on the 31st of next month.") == [("next month", "2031-04")]
