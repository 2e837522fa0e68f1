"""The month a term decided runs through, after a verb of intent, is still to come."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

FRIDAY = date(2020, 12, 18)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, FRIDAY, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kelby regulators decided to keep the limits through March.", [("March", "2021-03")]),
        ("The Tarsk board voted to keep the mill open until October.", [("October", "2021-10")]),
        # no verb of intent: a report of a stretch gone by
        ("Tarsk rates stayed on hold through March.", [("March", "2020-03")]),
        # the month of the deciding itself
        ("The Kelby bank agreed in March to keep rates on hold.", [("March", "2020-03")]),
    ],
)
def test_the_end_of_a_term_decided(sentence, expected):
    assert found(sentence) == expected
