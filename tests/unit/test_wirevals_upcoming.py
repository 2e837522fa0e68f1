"""'the upcoming' before a unit of time counts forward as 'the coming' does."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

FRIDAY = date(2021, 7, 30)  # ISO week 30


def value(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, FRIDAY, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kelby traders will watch the upcoming week.", [("the upcoming week", "2021-W31")]),
        ("Tarsk talks resume in the upcoming month.", [("the upcoming month", "2021-08")]),
        ("Kelby traders will watch the coming week.", [("the coming week", "2021-W31")]),
    ],
)
def test_the_upcoming_unit_is_the_next(sentence, expected):
    assert value(sentence) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        # "the coming" or "the upcoming" season: the one begun or the first to come
        (date(2023, 6, 5), "Kelby expects crowds in the upcoming summer.", "2023-SU"),
        (date(2023, 9, 5), "Kelby expects crowds in the upcoming summer.", "2024-SU"),
        (date(2023, 3, 5), "Tarsk fears the coming winter.", "2023-WI"),
        # later in a season, "the coming" one is the next
        (date(2023, 8, 28), "Kelby expects crowds in the coming summer.", "2024-SU"),
        (date(2023, 2, 20), "Tarsk braces for the coming winter.", "2023-WI"),
        # "next summer", told in summer: next year's
        (date(2023, 6, 5), "Kelby expects crowds next summer.", "2024-SU"),
    ],
)
def test_the_coming_season(published, sentence, expected):
    found = find_timexes(sentence, published, sentences(sentence))
    assert [t.value for t in found] == [expected]
