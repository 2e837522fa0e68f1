"""A month that opens a range ("from May through July"), told not in the past, cannot fall
after the range's end: when the range so read holds the publication, its start is the latest
such month not after its end (mend of reviewE-5); a range ahead stays ahead.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

TOLD = date(2022, 7, 20)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, TOLD, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "first", "last", "value"),
    [
        ("The lido stays shut from May through late August.", "May", "late August", "2022-08"),
        ("The Kelby inn is open from June until October.", "June", "October", "2022-10"),
        ("Ferries to Tarsk sail from April to September this year.", "April", None, None),
    ],
)
def test_a_range_holding_the_publication_starts_before_it(sentence, first, last, value):
    got = found(sentence)
    assert got[first] == "2022-" + {"May": "05", "June": "06", "April": "04"}[first]
    if last is not None:
        assert got[last] == value


def test_a_range_ahead_stays_ahead():
    got = found("The road will be closed from December to February.")
    assert (got["December"], got["February"]) == ("2022-12", "2023-02")


def test_a_range_in_the_past_is_left_to_the_tense():
    got = found("The pool was closed from March to May.")
    assert (got["March"], got["May"]) == ("2022-03", "2022-05")
