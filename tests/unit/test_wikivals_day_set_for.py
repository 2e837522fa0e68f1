"""A day of the month after "for" and a word of setting or putting off ("set for the 24th",
"was scheduled for the 9th", "adjourned for the 12th"): the day the thing is set for, the
one nearest the publication when the setting is told in the past.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2009, 3, 4)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The Kelby hearing was set for the 24th.", "the 24th", "2009-03-24"),
        ("The council vote was scheduled for the 9th.", "the 9th", "2009-03-09"),
        ("The inquest was adjourned for the 12th.", "the 12th", "2009-03-12"),
    ],
)
def test_a_day_a_thing_is_set_for_is_a_date(sentence, expression, value):
    assert found(sentence)[expression] == value


@pytest.mark.parametrize(
    "sentence",
    ["Tarsk finished for the 3rd time.", "The prize for the 2nd, a car, went unclaimed."],
)
def test_for_without_a_word_of_setting_leads_to_no_day(sentence):
    assert not any(text.startswith("the ") for text in found(sentence))
