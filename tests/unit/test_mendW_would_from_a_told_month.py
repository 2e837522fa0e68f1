"""The future in the past looks ahead from the telling: when the sentence names the month of
the telling before "would", the clause's month is the one after that month, not the one after
the publication (mend of reviewE-6); with no month told, or a day's name only, it is still to
come at publication.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

TOLD = date(2021, 2, 10)  # a Wednesday


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, TOLD, sentences(text))}


@pytest.mark.parametrize(
    "sentence",
    [
        "In September the mayor said she would act once the audit was done in December.",
        "In September, the mayor said she would act once the audit was done in December.",
    ],
)
def test_the_month_after_a_told_month(sentence):
    assert found(sentence)["December"] == "2020-12"


def test_with_no_month_told_it_is_still_to_come():
    sentence = "The mayor said she would act once the audit was done in December."
    assert found(sentence)["December"] == "2021-12"


def test_after_a_day_told_it_is_still_to_come():
    sentence = "On Monday the coach said he would choose after the squad trained on Friday."
    assert found(sentence)["Friday"] == "2021-02-12"
