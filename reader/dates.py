"""TIMEX3 values written for people: "2023-06-27" -> "Tue 27 Jun 2023"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
_HALVES = {"1": "first half", "2": "second half"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}


def human_date(value: str, end: str | None = None) -> str:
    """A TIMEX3 date value (or a range) as a person would write it."""
    text = _one(value)
    return f"{text} – {_one(end)}" if end else text


def _day(year: str, month: str, day: str, time: str | None) -> str:
    suffix = ""
    if time:
        suffix = f" {_PARTS_OF_DAY.get(time, time)}"
    if year == "XXXX":
        return f"{int(day)} {_MONTHS[int(month) - 1]}, year unknown{suffix}"
    try:
        d = date(int(year), int(month), int(day))
    except ValueError:
        return f"{year}-{month}-{day}"
    return f"{d:%a} {d.day} {_MONTHS[d.month - 1]} {d.year}{suffix}"


def _year(year: str) -> str:
    return "year unknown" if year == "XXXX" else year


# (pattern, writer): the first pattern that matches the whole value writes it.
_FORMS: list[tuple[str, Callable[..., str]]] = [
    (r"(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}|MO|AF|EV|NI))?", _day),
    (r"(\d{4}|XXXX)-(\d{2})(?:-XX)?", lambda y, m: f"{_MONTHS[int(m) - 1]} {_year(y)}"),
    (r"(\d{4})-W(\d{2})", lambda y, w: f"week {int(w)} of {y}"),
    (r"(\d{4})-W(\d{2})-WE", lambda y, w: f"weekend of week {int(w)}, {y}"),
    (r"XXXX-WXX-([1-7])", lambda d: f"a {_WEEKDAYS[int(d) - 1]}, date unknown"),
    (r"(\d{4})-Q([1-4])", lambda y, q: f"Q{q} {y}"),
    (r"(\d{4})-H([12])", lambda y, h: f"{_HALVES[h]} of {y}"),
    (r"(\d{4})-(SP|SU|FA|AU|WI)", lambda y, s: f"{_SEASONS[s]} {y}"),
    (r"FY(\d{4})", lambda y: f"fiscal year {y}"),
    (r"(\d{3})X?", lambda d: f"the {d}0s"),  # TimeML's decade; 199X from older analyses
    (r"(\d{2})(?:XX)?", lambda c: f"the {c}00s"),
    (r"XXXX(?:-XX-XX)?", lambda: "date unknown"),
]
_COMPILED = [(re.compile(pattern), writer) for pattern, writer in _FORMS]


def _one(value: str) -> str:
    relation, _, anchor = value.partition(" ")
    if relation in ("before", "after") and anchor:
        return f"{relation} {_one(anchor)}"
    if value in _REFS:
        return _REFS[value]
    for pattern, writer in _COMPILED:
        if match := pattern.fullmatch(value):
            return writer(*match.groups())
    return value


def timeline_place(value: str, mod: str = "") -> tuple[date, str] | None:
    """Where a dated event sits on a timeline: the first day of the stretch its value names
    (a month, a week, a year; for "before 2023-06-27" that day), or its middle or last day
    when TimeML's mod says so ("by the end of the year"), as the chronology orders them;
    with that value to write it by. None for an unknown year or a value that is no
    stretch of the calendar."""
    from reader.parsing.calendar_values import placed_key

    relation, _, anchor = value.partition(" ")
    if relation in ("before", "after") and anchor:
        value, mod = anchor, ""
    unknown, year, month, day, _ = placed_key(value, mod)
    if unknown or not year:
        return None
    try:
        return date(year, month, day), value
    except ValueError:
        return None
