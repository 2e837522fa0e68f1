"""A weekday and an ordinal are a date only with no comma between them and a stop or a
preposition after the ordinal; with no such day near, the weekday alone (#13, mend of
reviewB-6): "On Tuesday, 3rd seed Vell won" is a Tuesday and a rank."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

THURSDAY = date(2032, 5, 13)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, THURSDAY, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("On Tuesday, 3rd seed Ana Vell beat Orrin in Tarsk.", "Tuesday", "2032-05-11"),
        ("On Monday 4th placed Halvik drew with Kelby.", "Monday", "2032-05-10"),
        ("The Tarsk count is on Saturday 25th.", "Saturday", "2032-05-15"),
    ],
)
def test_a_rank_or_a_day_far_off_leaves_the_weekday(sentence, expression, value):
    assert found(sentence) == [(expression, value)]


def test_a_preposition_after_the_ordinal_keeps_the_date():
    assert found("The Orrin fair opens on Saturday 22nd at the docks.") == [
        ("Saturday 22nd", "2032-05-22")
    ]
