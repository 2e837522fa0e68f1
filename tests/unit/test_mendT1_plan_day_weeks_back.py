"""A plan's own day a few weeks gone by is next year's (#13): "Velmar will hold its next
fair on June 8", read on 28 June, names the June 8 to come, as the clause's own future verb
points ahead; a day the clause refers back to (named before its future verb, or told
under a past perfect) is the one gone by."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

READ = date(2033, 6, 28)


def value_of(text: str, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, READ, sentences(text))}
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("Velmar will hold its next fair on June 8.", "June 8", "2034-06-08"),
        ("The next Dorne regatta will be held on June 2.", "June 2", "2034-06-02"),
    ],
)
def test_a_plans_own_day_weeks_back_is_next_years(sentence, day, value):
    assert value_of(sentence, day) == value


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("Samples from the Dorne spill on June 6 will be tested again.", "June 6", "2033-06-06"),
        ("Experts had said the swallows will return by June 9.", "June 9", "2033-06-09"),
    ],
)
def test_a_day_the_clause_refers_back_to_is_the_one_gone_by(sentence, day, value):
    assert value_of(sentence, day) == value
