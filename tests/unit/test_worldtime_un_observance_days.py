"""The days the United Nations observes on a fixed date are dates (#13): "Women marched in
Kelby on International Women's Day" names March 8, as "on Christmas Day" names December 25."""

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
        (
            "Women marched in Kelby on International Women's Day.",
            "International Women's Day",
            "2031-03-08",
        ),
        ("Tarsk will plant trees on World Environment Day.", "World Environment Day", "2031-06-05"),
        ("The Orrin clinic opened on World AIDS Day.", "World AIDS Day", "2030-12-01"),
    ],
)
def test_an_observance_day_is_a_date(sentence, expression, value):
    assert found(sentence) == [(expression, value)]


def test_an_observance_day_opening_a_longer_name_is_no_date():
    assert found("The Earth Day Network of Kelby grew.") == []
