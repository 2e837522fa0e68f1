"""A forecast told in the passive ("is predicted to strike on Friday") looks forward, as
"is expected to" does; "is believed to have died on Friday" does not.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2021, 3, 17)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY, sentences(text))}


@pytest.mark.parametrize(
    "sentence",
    [
        "The cyclone is predicted to reach the islands on Friday.",
        "The Harriers are tipped to win the final on Friday.",
        "The bridge is widely projected to reopen on Friday.",
        "The ferry weakened on Monday, but it is anticipated to sail again on Friday.",
        "The singer is billed to appear at the Kelby Arena on Friday.",
    ],
)
def test_a_forecast_in_the_passive_looks_forward(sentence):
    assert found(sentence)["Friday"] == "2021-03-19"


def test_a_forecast_of_a_month_looks_forward():
    assert found("The new terminal is projected to open in February.")["February"] == "2022-02"


@pytest.mark.parametrize(
    "sentence",
    [
        "The climber is estimated to have fallen on Friday.",
        "The driver was predicted to win on Friday.",
    ],
)
def test_a_perfect_or_a_past_forecast_does_not_look_forward(sentence):
    assert found(sentence)["Friday"] == "2021-03-12"
