"""The first or last day, week or month of a month or a year ("the last day of March",
"the first day of 2008", "the last week of 2019", "the first month of the year"): a date
of its own, not the month or year alone.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2020, 10, 7)


def found(text: str, published: date | None = WEDNESDAY) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, published, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The mill closed on the last day of March.", "the last day of March", "2020-03-31"),
        ("Fares rise on the first day of 2021.", "the first day of 2021", "2021-01-01"),
        (
            "The levy ended on the final day of February 2016.",
            "the final day of February 2016",
            "2016-02-29",
        ),
        ("Kelby voted in the first month of 2019.", "the first month of 2019", "2019-01"),
        ("The depot shut in the last week of 2019.", "the last week of 2019", "2019-W52"),
        (
            "The ban took effect on the first day of the year.",
            "the first day of the year",
            "2020-01-01",
        ),
        ("The tax is due on the last day of next year.", "the last day of next year", "2021-12-31"),
    ],
)
def test_a_ranked_day_week_or_month_of_a_period_is_a_date(sentence, expression, value):
    assert found(sentence)[expression] == value


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ('Her story "On the Last Day of the Year" won a prize.', "the Last Day of the Year"),
        ("Crowds gathered on the last day of the year of the Ox.", "the last day of the year"),
    ],
)
def test_a_title_or_a_named_year_is_no_such_date(sentence, expression):
    assert expression not in found(sentence)
