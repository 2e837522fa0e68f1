"""A day named before a noun of a time limit, with no verb either way, is a limit ahead."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2022, 3, 9)


def value(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, WEDNESDAY, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Negotiators are working against a Friday deadline in Tarsk.", [("Friday", "2022-03-11")]),
        ("Kelby clerks are racing to meet Monday's cutoff.", [("Monday's", "2022-03-14")]),
        # a verb in the past tells a limit gone by
        ("The Varnesk board missed a Monday deadline.", [("Monday", "2022-03-07")]),
        ("The Monday deadline passed quietly.", [("Monday", "2022-03-07")]),
        # a verb of missing or passing next to it, in a headline's present: gone by too
        ("Kelby firms miss Monday deadline for returns", [("Monday", "2022-03-07")]),
        ("Tarsk talks collapse after Friday deadline passes", [("Friday", "2022-03-04")]),
    ],
)
def test_a_day_before_a_noun_of_a_limit(sentence, expected):
    assert value(sentence) == expected
