"""A quarter after "since" is a comparison's bound: "the quarter" after it stays the story's."""

from __future__ import annotations

from datetime import date

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2013, 11, 13)


def test_the_quarter_after_a_bound_since():
    text = (
        "Kelby Mining's profit fell in the third quarter. It was the lowest since the first "
        "quarter of 2009, the firm said. Sales in the quarter rose 4 percent."
    )
    found = [(t.text, t.value) for t in find_timexes(text, WEDNESDAY, sentences(text))]
    assert found == [
        ("the third quarter", "2013-Q3"),
        ("the first quarter of 2009", "2009-Q1"),
        ("the quarter", "2013-Q3"),
    ]
