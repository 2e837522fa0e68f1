"""A word of custom near a day told as one year's event leaves that year's day (#13):
"Trade in Dorne went back to normal on June 3", read on 10 June 2044, is this June 3, as
is "Typically slow, the court ruled on June 2": the past verb tells one event, and a
phrase opening the sentence frames its own clause only, not one after ", but"."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

READ = date(2044, 6, 10)


def value_of(text: str, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, READ, sentences(text))}
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("Trade in Dorne went back to normal on June 3.", "June 3", "2044-06-03"),
        ("Normal flights resumed on June 4 after the ash cleared.", "June 4", "2044-06-04"),
        (
            "The fair usually opens in July, but this year it began on June 5.",
            "June 5",
            "2044-06-05",
        ),
        ("Typically slow, the Velmar court ruled on June 2.", "June 2", "2044-06-02"),
        (
            "The board normally sits twice a year, and it sat on June 1 to vote.",
            "June 1",
            "2044-06-01",
        ),
    ],
)
def test_one_years_event_keeps_its_year(sentence, day, value):
    assert value_of(sentence, day) == value


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("In normal years, the Dorne ferry starts by May 20.", "May 20", "XXXX-05-20"),
        ("Usually, the swifts return to Velmar by May 9.", "May 9", "XXXX-05-09"),
        ("Its usual sailing date of May 2 was missed.", "May 2", "XXXX-05-02"),
        (
            "The herd usually reaches Orlen, its summer pasture in the hills, on June 20.",
            "June 20",
            "XXXX-06-20",
        ),
    ],
)
def test_a_day_kept_every_year_stays_of_no_year(sentence, day, value):
    assert value_of(sentence, day) == value
