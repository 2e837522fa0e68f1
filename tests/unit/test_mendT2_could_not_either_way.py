""" "couldn't" tells no way, as "could not" does, but before a verb of telling, where both
tell a telling gone by (#13, mend of reviewB-4): "Orrin says it couldn't rule out cuts in
March" looks to this March, as with "could not"."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2032, 2, 12)  # a Thursday


def value_of(text: str) -> str:
    return next(t.value for t in find_timexes(text, PUBLISHED, sentences(text)))


@pytest.mark.parametrize("negation", ["couldn't", "couldn’t", "could not"])
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Orrin says it {} rule out pay cuts in March.", "2032-03"),
        ("The Halvik mayor {} attend the fair on March 22.", "2032-03-22"),
        ("On Tuesday, Tarsk's chief {} confirm when the plant would reopen.", "2032-02-10"),
    ],
)
def test_the_two_negations_of_could_agree(negation, sentence, value):
    assert value_of(sentence.format(negation)) == value
