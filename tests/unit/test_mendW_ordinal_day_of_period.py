"""A bare ordinal before "of" ("the first of the year", "the 20th of the month") is a day,
not a rank within the period: the period alone is no date there (mend of reviewE-8); an
ordinal with the thing it ranks ("the ninth flood of the year") still ranks within it.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

SATURDAY = date(2023, 9, 16)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, SATURDAY, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("The new levy applies from the first of the year.", "the year"),
        ("Fares in Kelby will stay fixed until the 20th of the month.", "the month"),
        ("The park closes on the twelfth of the month.", "the month"),
    ],
)
def test_a_bare_ordinal_of_a_period_is_no_rank(sentence, period):
    assert found(sentence).get(period) not in ("2023", "2023-09")


@pytest.mark.parametrize(
    ("sentence", "period", "value"),
    [
        ("It was the ninth flood of the year in Tarsk.", "the year", "2023"),
        ("Dorvale posted their fourteenth straight win of the month.", "the month", "2023-09"),
    ],
)
def test_an_ordinal_with_its_noun_still_ranks(sentence, period, value):
    assert found(sentence)[period] == value
