"""A day a stretch runs from to now, after "since" and maybe "the", or after a peak or a
low a figure is told from, is on or before the report's day, however far ahead the same
day would lie (#13, mend of reviewB-1): "since the September 9 fire", read in April,
is last September's."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2032, 4, 14)


def value_of(text: str) -> str:
    return next(t.value for t in find_timexes(text, PUBLISHED, sentences(text)))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Since the September 9 fire, Orrin guards watch the depot.", "2031-09-09"),
        ("Halvik bonds trade 25% below their record high of August 20.", "2031-08-20"),
        ("Tarsk shares are down 30 percent from their peak on July 2.", "2031-07-02"),
    ],
)
def test_a_day_a_stretch_runs_from_is_gone_by(sentence, value):
    assert value_of(sentence) == value


def test_a_schedule_with_no_cue_still_looks_ahead():
    assert value_of("Kelby polls in four phases, counting on June 30") == "2032-06-30"
