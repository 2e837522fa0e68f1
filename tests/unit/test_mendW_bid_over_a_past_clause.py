"""A day after a thing bid is of the bid thing, to come ("summoned the farmer to appear on
April 20"), but not when a clause told in the past stands between, inside the object,
without "that" or "which": the day is of that clause's verb, gone by (mend of reviewE-4).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

TOLD = date(2024, 5, 6)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, TOLD, sentences(text))}


@pytest.mark.parametrize(
    "sentence",
    [
        "The tribunal required the lender to return charges it levied on clients on May 25.",
        "The magistrate instructed the panel to disregard claims the officer made on May 25.",
        "The council agreed to repay the grant they received on May 25.",
    ],
)
def test_a_past_clause_in_the_object_keeps_its_day(sentence):
    assert found(sentence)["May 25"] == "2023-05-25"


@pytest.mark.parametrize(
    "sentence",
    [
        "The tribunal summoned the lender to appear on May 25.",
        "The governor invited the delegation to tour the restored harbour on May 25.",
    ],
)
def test_a_bid_thing_is_still_to_come(sentence):
    assert found(sentence)["May 25"] == "2024-05-25"
