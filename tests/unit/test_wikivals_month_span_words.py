"""A quarter or a half named by its months with "to" or "through" between ("the July to
September quarter", "the January through June period"), as with a dash.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2020, 10, 7)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        (
            "Kelby Mills earned less in the July to September quarter.",
            "the July to September quarter",
            "2020-Q3",
        ),
        (
            "Output rose in the January through June period.",
            "the January through June period",
            "2020-H1",
        ),
        (
            "Sales fell in the April to June quarter of 2019.",
            "the April to June quarter of 2019",
            "2019-Q2",
        ),
    ],
)
def test_months_with_to_between_name_a_quarter_or_a_half(sentence, expression, value):
    assert found(sentence)[expression] == value


def test_a_stretch_of_months_that_is_no_quarter_stays_two_months():
    text = "The ferry ran from March to August."
    assert found(text) == {"March": "2020-03", "August": "2020-08"}
