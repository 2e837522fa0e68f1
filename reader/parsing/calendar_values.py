"""What other layers read from a TIMEX3 value or a time expression.

The chronology, the timelines and the store order and compare dates through
these, and never through the rules: where a value sorts, the one day it names,
the days it covers, and the end of a range written as one expression
("June 27-29"). Values are written by timex_values.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from reader.model import TimeExpression
from reader.parsing.precompiled import compiled
from reader.parsing.timex_values import SEASON_START, days_in_month, valid_day

_CALENDAR = compiled(
    r"(?P<year>\d{4}|XXXX)(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}|XX)(?:T(?P<time>[\d:]+|MO|AF|EV|NI))?)?"
    r"|W(?P<week>\d{2})(?:-WE)?|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|AU|WI)))?"
    r"|(?P<decade>\d{3})X?|(?P<century>\d{2})(?:XX)?|FY(?P<fiscal>\d{4})"
)
_PART_OF_DAY = {"MO": "08:00", "AF": "14:00", "EV": "19:00", "NI": "22:00"}
# The readers below are asked about the same few values again and again (an article
# repeats its dates), so each answer is kept: a few hundred, so that a list of thousands
# of dates does not leave thousands of answers in memory.
_READS = 256


@lru_cache(maxsize=_READS)
def is_calendar(value: str) -> bool:
    """Whether the value names a stretch of the calendar (not a duration, a set or a _REF)."""
    return _CALENDAR.fullmatch(value) is not None


@lru_cache(maxsize=_READS)
def sort_key(value: str) -> tuple:
    """Where a calendar value starts: (known year?, year, month, day, time) for ordering.

    Values with an unknown year sort after every known one, by month and day.
    """
    m = _CALENDAR.fullmatch(value)
    if m is None:
        return (2, 0, 0, 0, "")
    if m["decade"]:
        return (0, int(m["decade"]) * 10, 1, 1, "")
    if m["century"]:
        return (0, int(m["century"]) * 100, 1, 1, "")
    if m["fiscal"]:
        return (0, int(m["fiscal"]), 1, 1, "")
    unknown = m["year"] == "XXXX"
    year = 0 if unknown else int(m["year"])
    month, day, clock = 1, 1, ""
    if m["month"]:
        month = int(m["month"])
        if m["day"] and m["day"] != "XX":
            day = int(m["day"])
        if m["day"] == "XX":
            day = 15
        clock = _PART_OF_DAY.get(m["time"] or "", m["time"] or "")
    elif m["week"] and not unknown:
        start = date.fromisocalendar(year, int(m["week"]), 1)
        year, month, day = start.year, start.month, start.day
    elif m["quarter"]:
        month = 3 * int(m["quarter"]) - 2
    elif m["half"]:
        month = 6 * int(m["half"]) - 5
    elif m["season"]:
        month = SEASON_START.get(m["season"], 9)
    return (1 if unknown else 0, year, month, day, clock)


def placed_key(value: str, mod: str = "") -> tuple:
    """Where a value sits on a timeline: its start, or its middle or last day when TimeML's
    mod says so ("by the end of the year" comes after a day in March of that year)."""
    bounds = stretch(value) if mod in ("MID", "END") else None
    if bounds is None:
        return sort_key(value)
    first, last = bounds
    day = last if mod == "END" else first + (last - first) // 2
    return (0, day.year, day.month, day.day, "")


@lru_cache(maxsize=_READS)
def as_date(value: str) -> date | None:
    """The day a value names, when it names exactly one day."""
    m = _CALENDAR.fullmatch(value)
    if m is None or m["year"] in (None, "XXXX") or not m["day"] or m["day"] == "XX":
        return None
    try:
        return date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None


@lru_cache(maxsize=_READS)
def stretch(value: str) -> tuple[date, date] | None:
    """The first and last day a calendar value of a known year covers, else None."""
    m = _CALENDAR.fullmatch(value)
    if m is None or m["year"] in (None, "XXXX"):
        return None
    year = int(m["year"])
    try:
        if m["month"]:
            month = int(m["month"])
            if m["day"] and m["day"] != "XX":
                day = date(year, month, int(m["day"]))
                return day, day
            return date(year, month, 1), date(year, month, days_in_month(year, month))
        if m["week"]:
            monday = date.fromisocalendar(year, int(m["week"]), 1)
            return monday, monday + timedelta(days=6)
        first_month, months = 1, 12
        if m["quarter"]:
            first_month, months = 3 * int(m["quarter"]) - 2, 3
        elif m["half"]:
            first_month, months = 6 * int(m["half"]) - 5, 6
        elif m["season"]:
            return None  # a season crosses years and hemispheres: no sure bounds
        last_month = first_month + months - 1
        last_day = days_in_month(year, last_month)
        return date(year, first_month, 1), date(year, last_month, last_day)
    except ValueError:
        return None


def range_end(timex: TimeExpression) -> str | None:
    """The last day or year of a range written as one expression ("June 27-29", "2019-20")."""
    match = _RANGE.search(timex.text)
    if match is None or not is_calendar(timex.value):
        return None
    tail = match.group(1)
    if _TWO_DIGITS.fullmatch(tail) and _YEAR.fullmatch(timex.value):
        end = timex.value[:2] + tail
        return end if end > timex.value else None
    day = _DAY_DIGITS.match(tail)
    if day and _DAY_VALUE.fullmatch(timex.value):
        year, month = timex.value[:4], int(timex.value[5:7])
        number = int(day.group())
        if number > int(timex.value[8:10]) and valid_day(
            None if year == "XXXX" else int(year), month, number
        ):
            return f"{timex.value[:8]}{number:02d}"
    return None


_RANGE = compiled(r"\d\s*(?:-|–|/|to|through)\s*(\d+)")
_DIGITS = compiled(r"\d+")
_TWO_DIGITS = compiled(r"\d{2}")
_DAY_DIGITS = compiled(r"\d{1,2}")
_YEAR = compiled(r"\d{4}")
_DAY_VALUE = compiled(r"(\d{4}|XXXX)-\d{2}-\d{2}")
