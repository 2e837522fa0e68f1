"""An estimate ("is estimated to top $2 billion") measures what is or was, no forecast: a
past day or month beside it stays past (mend of reviewE-7).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2022, 6, 15)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY, sentences(text))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Harm from the flood on Saturday is estimated to exceed $2 billion.",
        "The audience is estimated to number 30,000 at the parade on Saturday.",
    ],
)
def test_an_estimate_keeps_a_past_day(sentence):
    assert found(sentence)["Saturday"] == "2022-06-11"


def test_an_estimate_keeps_a_past_month():
    assert found("Costs are estimated to total $70 million in May.")["May"] == "2022-05"


def test_a_forecast_still_looks_forward():
    assert found("The storm is predicted to reach the bay on Saturday.")["Saturday"] == "2022-06-18"
