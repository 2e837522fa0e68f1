"""A verb of wanting told in the past, then "to", a verb and a day: the day of the thing wanted."""

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
        # a deadline of what was wanted: still to come when told
        ("Rask said he wanted all twelve members to agree by Friday.", [("Friday", "2022-03-11")]),
        ("The union wanted the board to answer by Monday.", [("Monday", "2022-03-14")]),
        # a task told as gone by: in the past perfect, or with how it went after "but"/"and"
        ("Rask wanted to finish by Tuesday, but he fell ill.", [("Tuesday", "2022-03-08")]),
        ("The union had wanted an answer by Monday, but none came.", [("Monday", "2022-03-07")]),
        (
            "Kelby investors wanted the firm to report by Monday, and it did so.",
            [("Monday", "2022-03-07")],
        ),
        # a report or the same subject's next act after it tells no outcome
        (
            "The mayor ordered schools to reopen by Monday and said buses would run.",
            [("Monday", "2022-03-14")],
        ),
        # the day of the wanting itself stays the day told
        ("On Monday Rask said he wanted the council to act.", [("Monday", "2022-03-07")]),
    ],
)
def test_a_day_after_a_verb_of_wanting(sentence, expected):
    assert value(sentence) == expected
