"""What a sentence tells as said on another day is read from the day it was said."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2025, 6, 11)


def found(text: str, published: date = WEDNESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, published, sentences(text))]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            '"The Velkor talks will start on Monday," Ana Vell said on Friday.',
            "Monday",
            "2025-06-09",
        ),
        (
            'Speaking in 2019, Ilko Varne said: "Next year we will list Tarsk Mining."',
            "Next year",
            "2020",
        ),
        (
            "Mira Dunne told the Tarsk Herald in April that the quay would open next month.",
            "next month",
            "2025-05",
        ),
        (
            '"We will finish the road by next month," the mayor of Velkor said in March.',
            "next month",
            "2025-04",
        ),
        (
            "Speaking on Monday, Ana Vell said the vote would be held tomorrow.",
            "tomorrow",
            "2025-06-10",
        ),
        ('"This year is the hardest," Ilko Varne said in a 2021 interview.', "This year", "2021"),
    ],
)
def test_what_was_said_on_another_day_reads_from_that_day(text, expression, value):
    assert (expression, value) in found(text)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a month told says nothing of which day "tomorrow" is: it stays the publication's
        ("Ana Vell said in March that the vote would be held tomorrow.", "tomorrow", "2025-06-12"),
        # a time of a thing is no time of a telling
        (
            "The ministry said last year's exports rose and would rise next year.",
            "next year",
            "2026",
        ),
        # what comes before the telling, outside a quotation, is the writer's
        (
            "Next month Tarsk Mining lists its shares, Ilko Varne said in 2019.",
            "Next month",
            "2025-07",
        ),
        # a telling on the publication's own day changes nothing
        ("Ana Vell said on Wednesday the vote would be held on Friday.", "Friday", "2025-06-13"),
    ],
)
def test_what_was_said_keeps_the_publications_now_otherwise(text, expression, value):
    assert (expression, value) in found(text)


def test_a_time_opening_the_sentence_before_a_teller_is_the_telling_s():
    """Told on a Wednesday: 'On Monday, X said ... tomorrow' is the Tuesday, 'On Friday ...
    next week' this one; a time set off
    from the telling by another comma is a thing's, and a sentence with no telling moves
    nothing."""
    text = 'On Monday, Ana Vell said: "The Velkor strike ends tomorrow."'
    assert found(text) == [("Monday", "2025-06-09"), ("tomorrow", "2025-06-10")]
    text = "On Friday, the Tarsk ministry told reporters the talks would resume next week."
    assert ("next week", "2025-W24") in found(text)
    text = "On Monday, a bomb hit a market in Kelby, police said on Tuesday."
    assert ("Tuesday", "2025-06-10") in found(text)
    text = "On Monday, Kelby police arrested three men and will charge them tomorrow."
    assert ("tomorrow", "2025-06-12") in found(text)
