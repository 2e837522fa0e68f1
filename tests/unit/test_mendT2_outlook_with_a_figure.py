"""A figure before a quarter or a half reports that part only after a verb of change
(change_verbs in timex_lexicon.json); a figure in an outlook still looks ahead (#13, mend
of reviewB-2): "Orrin expects sales up 6% in the second half" is this year's half."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes


def value_of(text: str, published: date) -> str:
    return next(t.value for t in find_timexes(text, published, sentences(text)))


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("Orrin expects sales up 6% in the second half.", date(2032, 4, 7), "2032-H2"),
        ("Grain prices hold near $300 through the first quarter.", date(2032, 12, 20), "2033-Q1"),
        ("Kelby's output jumps 8 percent in first half", date(2032, 7, 22), "2032-H1"),
        ("Tarsk profit falls 3% in fourth quarter", date(2033, 1, 25), "2032-Q4"),
    ],
)
def test_only_a_change_and_its_figure_report_a_part(sentence, published, value):
    assert value_of(sentence, published) == value
