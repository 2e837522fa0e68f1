"""A month naming what a noun is of, after "a"/"an" or before a compound noun of figures."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2019, 4, 11)  # a Thursday


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, PUBLISHED, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The figure beat a February forecast of 2 percent.", [("February", "2019-02")]),
        ("Delegates met at an August summit in Varnesk.", [("August", "2018-08")]),
        ("Rask was ousted in an October boardroom coup.", [("October", "2018-10")]),
        # any other one-off event keeps its month too
        ("Kelby faces a November runoff between Rask and Vell.", [("November", "2019-11")]),
        ("Rask will play an October concert in Tarsk.", [("October", "2019-10")]),
        ("Traders watched the Dravian January retail sales data.", [("January", "2019-01")]),
        ("Analysts said March factory orders fell.", [("March", "2019-03")]),
        ("Kelby said February car exports rose.", [("February", "2019-02")]),
    ],
)
def test_a_month_before_what_it_names_is_a_date(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "May also sales rise, the chief asked.",  # a verb of wishing, no month
        "It was a March of hope through Tarsk.",  # a name after the month
        "Officials say an April Vell report is due.",  # a person's name after it
        # after "a"/"an", a month before a noun no single month dates: a kind or a surname
        "A May spokesman said the Kelby vote would go ahead.",
        "Traffic is heavy on an August bank holiday weekend in Tarsk.",
        "The Varnesk ship sank on a March morning.",
    ],
)
def test_no_month_without_a_noun_it_names(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year told in the month's own phrase is its year
        ("The March meeting in 1912 was tense.", [("March", "1912-03"), ("1912", "1912")]),
        # a month described, before a noun no single month dates: a kind, no month told
        ("It was a cold March morning in Kelby.", []),
        # before a verb or a function word, the month described stays one told
        ("A wet December saw floods in Tarsk.", [("December", "2018-12")]),
        ("A busy May for shops lifted sales.", [("May", "2018-05")]),
    ],
)
def test_the_month_of_its_own_phrase(sentence, expected):
    assert found(sentence) == expected
