"""A capitalised season that opens a name after a relative word is no season."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

MONDAY = date(2023, 6, 5)


def value(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, MONDAY, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trains fill up before the coming Spring Festival holiday.", []),
        ("Kelby hopes to host next Summer Games in Tarsk.", []),
        ("Tarsk farmers fear the coming winter.", [("the coming winter", "2023-WI")]),
        ("The coming Summer will be hot in Kelby.", [("The coming Summer", "2023-SU")]),
    ],
)
def test_a_season_opening_a_name(sentence, expected):
    assert value(sentence) == expected
