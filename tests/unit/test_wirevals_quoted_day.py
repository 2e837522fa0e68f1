"""A word of a day in a quotation counts from the day its attribution says it was told."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2021, 7, 21)


def value(text: str, word: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, WEDNESDAY, sentences(text))}
    return found[word]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ('"Tomorrow it will be done," Sen. Ana Vell said late Tuesday.', "Tomorrow", "2021-07-21"),
        ('"We vote today," Rask told reporters on Monday.', "today", "2021-07-19"),
        ('"Yesterday was hard," said Rask, a Kelby senator, on Monday.', "Yesterday", "2021-07-18"),
        # a day of another clause after the attribution is no day of the telling
        (
            '"The strike ends tomorrow," Rask said, adding that talks would resume Monday.',
            "tomorrow",
            "2021-07-22",
        ),
        ('"We vote today," Rask said, and the vote failed on Monday.', "today", "2021-07-21"),
        # no day told in the attribution: the publication's
        ('"We vote today," Rask said.', "today", "2021-07-21"),
        # no quotation: the publication's
        ("Rask said the vote was held yesterday.", "yesterday", "2021-07-20"),
    ],
)
def test_a_quoted_day(text, word, expected):
    assert value(text, word) == expected
