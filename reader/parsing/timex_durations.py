"""Durations told in parts ("2 hours, 14 minutes and 9 seconds"): one expression.

The rules find each count of a unit on its own. A run of them joined by commas, "and" or
a space, each of a smaller unit than the one before, is one stretch of time, which TimeML
writes as one value (PT2H14M9S). Seconds are no trigger ("second" is mostly an
ordinal), so the seconds that end such a run are read here.
"""

from __future__ import annotations

from reader.parsing.precompiled import compiled
from reader.parsing.timex_context import Found

# what joins two parts of a duration: "2 hours, 14 minutes", "2 hours and 14 minutes",
# "2 hours, and 14 minutes", "1 hour 20 minutes"
_JOIN = compiled(r",[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+|[^\S\n]+")
# the seconds after the minutes of a run: "14 minutes and 9 seconds"
_SECONDS = compiled(
    r"(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+|[^\S\n]+)(\d{1,2})[^\S\n]+seconds?(?![\w'’-])"
)
# the units from the largest down: "M" of a date is months, "m" (in T) minutes
_RANKS = "YMWDHmS"
_DAYS_A_WEEK = 7


def with_durations_joined(text: str, found: list[Found]) -> list[Found]:
    """`found` with each run of a duration's parts made one expression."""
    joined: list[Found] = []
    for item in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.type == item.type == "DURATION"
            and _JOIN.fullmatch(text, previous.end, item.start)
        ):
            parts = _parts(previous.value)
            more = _parts(item.value)
            if parts and more and _RANKS.index(parts[-1][0]) < _RANKS.index(more[0][0]):
                previous.value, previous.end = _value(parts + more), item.end
                continue
        joined.append(item)
    for item in joined:
        _with_seconds(text, item)
    return joined


def _with_seconds(text: str, item: Found) -> None:
    """A run of parts ending in minutes takes the seconds told right after it."""
    if item.type != "DURATION" or not item.value.endswith("M") or "T" not in item.value:
        return
    parts = _parts(item.value)
    seconds = _SECONDS.match(text, item.end)
    if parts and seconds:
        item.value, item.end = _value([*parts, ("S", int(seconds[1]))]), seconds.end()


def _parts(value: str) -> list[tuple[str, int]]:
    """The units and counts of a duration's value of whole counts, largest unit first
    (PT2H14M: [("H", 2), ("m", 14)]); none for any other value (P1.5Y, PXD, a date)."""
    if not value.startswith("P"):
        return []
    parts: list[tuple[str, int]] = []
    date_part, _, time_part = value[1:].partition("T")
    for chunk, in_time in ((date_part, False), (time_part, True)):
        at = 0
        while at < len(chunk):
            digits = at
            while digits < len(chunk) and chunk[digits].isdigit():
                digits += 1
            if digits == at or digits >= len(chunk):
                return []
            unit = chunk[digits]
            if unit not in ("HMS" if in_time else "YMWD"):
                return []
            parts.append(("m" if in_time and unit == "M" else unit, int(chunk[at:digits])))
            at = digits + 1
    return parts


def _value(parts: list[tuple[str, int]]) -> str:
    """The TIMEX3 value of a duration's parts: P1DT2H, PT2H14M9S. ISO 8601 writes weeks
    alone (P2W), so weeks told with other parts are days: "2 weeks and 3 days" is P17D."""
    if len(parts) > 1 and any(unit == "W" for unit, _ in parts):
        days = sum(
            count * (_DAYS_A_WEEK if unit == "W" else 1) for unit, count in parts if unit in "WD"
        )
        parts = [(unit, count) for unit, count in parts if unit not in "WD"]
        parts.insert(sum(unit in "YM" for unit, _ in parts), ("D", days))
    date_part = "".join(f"{count}{unit}" for unit, count in parts if unit in "YMWD")
    time_part = "".join(f"{count}{unit.upper()}" for unit, count in parts if unit in "HmS")
    return "P" + date_part + (f"T{time_part}" if time_part else "")
