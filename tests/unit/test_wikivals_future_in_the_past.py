"""A time in a clause of time after "would" ("said he would stay until a successor was
chosen in March") is of the future seen from then: still to come when told, though the
clause is in the past.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

MONDAY = date(2020, 1, 13)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, MONDAY, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The mayor said he would stay until a successor was chosen in March.", "March", "2020-03"),
        (
            "Tarsk said it would keep the pass shut until repairs were done in February.",
            "February",
            "2020-02",
        ),
        (
            "The judge said she would rule after the report was filed on Friday.",
            "Friday",
            "2020-01-17",
        ),
        (
            "Kelby Mills said it would pay the bonus once the sale closed in March.",
            "March",
            "2020-03",
        ),
    ],
)
def test_a_clause_of_time_after_would_looks_forward(sentence, expression, value):
    assert found(sentence)[expression] == value


def test_a_clause_in_the_past_without_would_stays_past():
    text = "The mayor stayed until a successor was chosen in March."
    assert found(text)["March"] == "2019-03"
