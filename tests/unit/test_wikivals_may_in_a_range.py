""" "May" after a word that may lead to a name ("from", "between", "to") is a month when
another month follows it as a range's or a list's second ("from May to August", "between
May and June"); alone there it may be a name ("a letter from May").

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
    ("sentence", "second", "value"),
    [
        ("The Kelby ferry ran from May to August.", "August", "2020-08"),
        ("The ferry sails in May and June.", "June", "2020-06"),
        ("Roadworks lasted from May through early July.", "early July", "2020-07"),
        ("Roadworks lasted from May until June.", "June", "2020-06"),
    ],
)
def test_may_before_another_month_is_a_month(sentence, second, value):
    got = found(sentence)
    assert got["May"] == "2020-05"
    assert got[second] == value


@pytest.mark.parametrize(
    "sentence",
    ["The minister got a letter from May on Friday.", "The vote was between May and Hollis."],
)
def test_may_alone_after_such_a_word_may_be_a_name(sentence):
    assert "May" not in found(sentence)
