"""TIMEX3 values written for people: "2023-06-27" -> "Tue 27 Jun 2023"."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}


def human_date(value: str, end: str | None = None) -> str:
    """A TIMEX3 date value (or a range) as a person would write it."""
    text = _one(value)
    return f"{text} – {_one(end)}" if end else text


def _one(value: str) -> str:
    relation, _, anchor = value.partition(" ")
    if relation in ("before", "after") and anchor:
        return f"{relation} {_one(anchor)}"
    if value in _REFS:
        return _REFS[value]
    if m := re.fullmatch(r"(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?", value):
        year, month, day, clock = m.groups()
        suffix = f" {clock}" if clock else ""
        if year == "XXXX":
            return f"{int(day)} {_MONTHS[int(month) - 1]}, year unknown{suffix}"
        try:
            d = date(int(year), int(month), int(day))
        except ValueError:
            return value
        return f"{d:%a} {d.day} {_MONTHS[d.month - 1]} {d.year}{suffix}"
    if m := re.fullmatch(r"(\d{4}|XXXX)-(\d{2})", value):
        year = m.group(1) if m.group(1) != "XXXX" else "year unknown"
        return f"{_MONTHS[int(m.group(2)) - 1]} {year}"
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        return f"week {int(m.group(2))} of {m.group(1)}"
    if m := re.fullmatch(r"(\d{4})-Q(\d)", value):
        return f"Q{m.group(2)} {m.group(1)}"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value):
        return f"{_SEASONS[m.group(2)]} {m.group(1)}"
    if m := re.fullmatch(r"(\d{3})X", value):
        return f"the {m.group(1)}0s"
    return value


def calendar_day(value: str) -> date | None:
    """The day a TIMEX3 value names, when it names one day of a known year."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None
