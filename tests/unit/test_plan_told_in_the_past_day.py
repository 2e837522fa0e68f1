"""A day of the month after a plan told in the past ("was due to open on March 12", "was to
appear on 12 March") is the one nearest the publication: still to come or overtaken."""

from datetime import date

import pytest

from reader.parsing import analyse

TOLD = date(2021, 2, 25)


def _values(sentence: str, published: date = TOLD) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in analyse("Headline\n\n" + sentence, published).timexes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The new bridge was due to open on March 12.", [("March 12", "2021-03-12")]),
        ("Officials said the ferry was set to sail on 9 March.", [("9 March", "2021-03-09")]),
        ("Police said Halvik was to appear in court on 12 March.", [("12 March", "2021-03-12")]),
        ("The envoys were scheduled to meet on March 3.", [("March 3", "2021-03-03")]),
        # overtaken: a plan for a day just gone by
        ("The vote was expected to take place on February 20.", [("February 20", "2021-02-20")]),
    ],
)
def test_a_plan_told_in_the_past_takes_the_nearest_day(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no plan: a thing done, told in the past, a year back
        ("Tarsk was sent to prison on March 12.", [("March 12", "2020-03-12")]),
        ("Mira Osei was elected to the board on March 12.", [("March 12", "2020-03-12")]),
        # "to blame" tells who is at fault, no plan
        ("The driver was to blame for the crash on March 12.", [("March 12", "2020-03-12")]),
    ],
)
def test_a_thing_done_stays_in_the_past(sentence, expected):
    assert _values(sentence) == expected
