"""A verb with "n't" tells the way its verb does (#13): "The minister won't attend on
Wednesday", told on a Thursday, is the Wednesday to come, and "On Wednesday, the mayor
couldn't say when the vote would happen" the one gone by; "won’t" with a curly
apostrophe is no past "won"."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

THURSDAY = date(2031, 3, 13)


def value_of(text: str, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, THURSDAY, sentences(text))}
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Kelby minister won't attend on Wednesday.", "2031-03-19"),
        ("The Kelby minister won’t attend on Wednesday.", "2031-03-19"),
        ("On Wednesday, the mayor couldn't say when the Orrin vote would happen.", "2031-03-12"),
        ("On Wednesday, the mayor couldn’t say when the Orrin vote would happen.", "2031-03-12"),
        ("The Tarsk office wasn't open on Wednesday, staff said.", "2031-03-12"),
        ("The minister didn’t attend on Wednesday.", "2031-03-12"),
        ("The minister won the vote on Wednesday.", "2031-03-12"),
    ],
)
def test_a_contraction_tells_the_way_of_its_verb(sentence, value):
    assert value_of(sentence, "Wednesday") == value
