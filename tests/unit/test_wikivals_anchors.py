"""Time expressions counted from a day told before them ("two days later", "24 hours
earlier"): the day they count from, and the date they name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

FRIDAY = date(2011, 3, 11)


def found(text: str, published: date | None = FRIDAY) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, published, sentences(text))}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The man is accused of robbing a bakery on August 3 last year. The owner "
            "died two days later.",
            "two days later",
            "2010-08-05",
        ),
        (
            "A ferry sank off Tarvik on 14 May last year, and divers found the wreck "
            "three days later.",
            "three days later",
            "2010-05-17",
        ),
    ],
)
def test_a_day_told_with_last_year_is_the_day_counted_from(text, expression, value):
    assert found(text)[expression] == value


def test_a_year_earlier_after_on_stays_a_comparison_base():
    text = (
        "Exports rose on Monday. Sales were up 6% on a year earlier. Two days later the port shut."
    )
    assert found(text)["Two days later"] == "2011-03-09"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The Rovers won the cup on Sunday, having taken the league when their rivals "
            "lost 24 hours earlier.",
            "24 hours earlier",
            "2011-03-05",
        ),
        (
            "The vote was held on March 2. The count ended 48 hours later.",
            "48 hours later",
            "2011-03-04",
        ),
        ("A tanker ran aground 24 hours ago, the coastguard said.", "24 hours ago", "2011-03-10"),
    ],
)
def test_whole_days_told_in_hours_name_a_date(text, expression, value):
    assert found(text)[expression] == value


def test_hours_short_of_a_day_stay_on_the_day_told():
    text = "The blast struck on Tuesday. Police were called three hours earlier."
    assert found(text)["three hours earlier"] == "2011-03-08"
