"""'next' or 'last' before a day's name followed by its date: one expression, the date's."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

FRIDAY = date(2021, 7, 30)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, FRIDAY, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kelby reports next Tuesday, Aug. 3.", [("next Tuesday, Aug. 3", "2021-08-03")]),
        ("Tarsk voted last Friday, July 23.", [("last Friday, July 23", "2021-07-23")]),
        ("The fair opens Tuesday, Aug. 3.", [("Tuesday, Aug. 3", "2021-08-03")]),
    ],
)
def test_a_day_named_with_its_date(sentence, expected):
    assert found(sentence) == expected
