"""A time in a clause of "if" whose sentence tells what would follow is still to come."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2022, 3, 9)


def value(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, WEDNESDAY, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vell said that if the parties reached a deal by Friday, she would sign it.",
            [("Friday", "2022-03-11")],
        ),
        ("Rask said he would resign if the board met on Monday.", [("Monday", "2022-03-14")]),
        (
            "The Tarsk bank said it could cut rates if prices fell in February.",
            [("February", "2023-02")],
        ),
    ],
)
def test_a_condition_of_what_would_follow_is_to_come(sentence, expected):
    assert value(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "if" meaning "whether": the day of what is asked about, gone by
        (
            "Asked if the board met on Monday, Rask said he would not say.",
            [("Monday", "2022-03-07")],
        ),
        # a condition of the past, which did not happen
        ("If the talks failed on Monday, he would have walked out.", [("Monday", "2022-03-07")]),
        # "if" after a verb of telling or finding out, or after "not" and a verb: "whether"
        (
            "The Tarsk ministry would not confirm if Vell met the envoy on Tuesday.",
            [("Tuesday", "2022-03-08")],
        ),
        ("Kelby police would not say if the man was armed on Monday.", [("Monday", "2022-03-07")]),
        # a past perfect in the clause of "if": a past condition
        (
            "Experts would try to establish if the pilot had slept on Sunday night.",
            [("Sunday night", "2022-03-06TNI")],
        ),
        # no verb of what would follow
        ("Rask asked the clerk if the board met on Monday.", [("Monday", "2022-03-07")]),
    ],
)
def test_no_condition_to_come(sentence, expected):
    assert value(sentence) == expected
