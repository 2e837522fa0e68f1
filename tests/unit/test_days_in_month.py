"""The days of a month, worked out without the calendar module (which brings the locale
module: 1-2 ms of a process's first analysis): as calendar.monthrange gives them."""

from __future__ import annotations

import calendar
import subprocess
import sys

import pytest

from reader.parsing.timex_values import days_in_month


@pytest.mark.parametrize("year", [1, 4, 100, 400, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 9999])
def test_each_month_has_the_days_the_calendar_gives(year):
    for month in range(1, 13):
        assert days_in_month(year, month) == calendar.monthrange(year, month)[1]


@pytest.mark.parametrize("month", [0, 13, -1])
def test_no_month_is_a_value_error_as_in_the_calendar(month):
    with pytest.raises(ValueError):
        days_in_month(2024, month)
    with pytest.raises(ValueError):
        calendar.monthrange(2024, month)


def test_an_analysis_loads_neither_the_calendar_nor_the_locale_module():
    code = (
        "import sys; from reader.parsing import analyse;"
        " analyse('Ada Vell left Tarsk on 29 February 2024, the last day of the quarter.');"
        " print(sorted({'calendar', 'locale'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
