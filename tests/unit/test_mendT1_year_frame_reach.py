"""A year opening a sentence frames its own clause, not the telling after it (#13): "In
2041, profit rose 6 percent, the bank said on May 3", read on 9 May 2042, names this
May 3, the day of the telling; the year dates only what the clause it opens tells."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

READ = date(2042, 5, 9)


def value_of(text: str, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, READ, sentences(text))}
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        (
            "In 2041, profit rose 6 percent to $3 billion, the bank said on May 3.",
            "May 3",
            "2042-05-03",
        ),
        (
            "Last year, imports fell 5 percent, the Dorne agency said in a report on May 6.",
            "May 6",
            "2042-05-06",
        ),
        (
            "In 2041 alone, the trust lost $4 million, according to figures out on May 2.",
            "May 2",
            "2042-05-02",
        ),
        ("Last year the lake froze early; the ferry stopped on May 1.", "May 1", "2042-05-01"),
    ],
)
def test_a_year_heading_the_sentence_does_not_date_a_telling_after_it(sentence, day, value):
    assert value_of(sentence, day) == value


def test_the_year_still_dates_its_own_clause():
    text = "In 2041, the Velmar fair opened on May 4 and closed on May 8."
    assert value_of(text, "May 4") == "2041-05-04"
    assert value_of(text, "May 8") == "2041-05-08"
