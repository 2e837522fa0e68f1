"""A duration told in parts is one expression with one TIMEX3 value."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2022, 9, 14)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, PUBLISHED, sentences(text))]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Ilse Varnow won the Dorvik marathon in 2 hours, 14 minutes and 9 seconds.",
            "2 hours, 14 minutes and 9 seconds",
            "PT2H14M9S",
        ),
        (
            "The Tarsk council sat for two hours and 40 minutes.",
            "two hours and 40 minutes",
            "PT2H40M",
        ),
        ("The Kelvane siege lasted 3 days and 2 hours.", "3 days and 2 hours", "P3DT2H"),
        ("Riders waited 1 hour 20 minutes at Halvik.", "1 hour 20 minutes", "PT1H20M"),
        (
            "The Ostrel feed went dark for 14 minutes, 30 seconds.",
            "14 minutes, 30 seconds",
            "PT14M30S",
        ),
    ],
)
def test_a_duration_told_in_parts_is_one(text, expression, value):
    assert found(text) == [(expression, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The rescue at Dorvik took 10 minutes and then 3 hours more.",  # no smaller unit after
        "Velkor served two years, then three months of parole.",
        "The Tarsk ferry waited 3 hours and 2 days.",  # a larger unit after a smaller
    ],
)
def test_durations_apart_stay_apart(text):
    assert len(found(text)) == 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Velkor strike took 2 weeks and 3 days.", "P17D"),
        ("Repairs at Tarsk lasted 1 month and 2 weeks.", "P1M14D"),
        ("The Kelby trial ran for 2 weeks.", "P2W"),
    ],
)
def test_weeks_told_with_other_parts_are_days(text: str, value: str):
    """ISO 8601 writes weeks alone: weeks beside days or months are counted in days."""
    assert [v for _, v in found(text)] == [value]
