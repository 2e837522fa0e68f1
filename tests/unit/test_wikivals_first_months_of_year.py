"""The first or last three or six months of a year ("the first six months of the year",
"the last three months of 2007"): its first or last quarter or half.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

TUESDAY = date(2008, 10, 21)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, TUESDAY, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        (
            "Kelby Mills earned more in the first six months of the year.",
            "the first six months of the year",
            "2008-H1",
        ),
        (
            "Exports from Tarsk fell in the last three months of 2007.",
            "the last three months of 2007",
            "2007-Q4",
        ),
        (
            "Output grew in the first 3 months of this year.",
            "the first 3 months of this year",
            "2008-Q1",
        ),
        (
            "Rents rose in the last six months of last year.",
            "the last six months of last year",
            "2007-H2",
        ),
    ],
)
def test_the_first_or_last_months_of_a_year_are_its_quarter_or_half(sentence, expression, value):
    assert found(sentence)[expression] == value
