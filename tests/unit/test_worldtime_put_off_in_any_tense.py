"""The new time a thing is put off or brought forward to is still to come, in whatever tense
or form the verb is told (#13): "Ministers agreed to move the Kelby vote to October", "is
considering moving the budget to September" and "moving the budget into September", read
in June, name the months to come, as "postponed the vote to September" does."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

JUNE = date(2031, 6, 30)


def value_of(text: str, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, JUNE, sentences(text))}
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "month", "value"),
    [
        ("Ministers agreed to move the Kelby vote to October.", "October", "2031-10"),
        ("Tarsk is considering moving its budget to September.", "September", "2031-09"),
        ("The cabinet has discussed moving the budget into September.", "September", "2031-09"),
        ("The Orrin council is weighing delaying the vote until October.", "October", "2031-10"),
        ("The Kelby board postponed the vote to September.", "September", "2031-09"),
    ],
)
def test_the_new_time_is_to_come(sentence, month, value):
    assert value_of(sentence, month) == value


def test_other_moves_keep_their_tense():
    assert value_of("Kelby troops moved into the town in May.", "May") == "2031-05"
    assert value_of("Staff at Orrin worked until Tuesday.", "Tuesday") == "2031-06-24"
