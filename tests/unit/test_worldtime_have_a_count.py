"""A count, a pronoun or a noun after "has" or "have" makes no perfect, though it ends as a
participle does (#13): "Kelby will have one poll day, April 10" and "Families will have fun
at the fair on Saturday" look ahead ("will"), not back as "have risen" would."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2031, 3, 5)


def value_of(text: str, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, WEDNESDAY, sentences(text))}
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Kelby will have one poll day, April 10.", "April 10", "2031-04-10"),
        ("The Tarsk club will have seven new members by April 10.", "April 10", "2031-04-10"),
        ("Families will have fun at the Orrin fair on Saturday.", "Saturday", "2031-03-08"),
    ],
)
def test_what_one_has_makes_no_perfect(sentence, expression, value):
    assert value_of(sentence, expression) == value


def test_a_participle_after_have_still_makes_a_perfect():
    assert value_of("Talks in Kelby have begun on Monday.", "Monday") == "2031-03-03"
