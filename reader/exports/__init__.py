"""What reader found, written for other programs: notes, JSON, spreadsheets, calendars.

Each format is one pure module (text in, text out, no I/O); `render` picks one.
Writing the result to a file is `reader.exports.files`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reader.model import Analysis, Article

FORMATS = {"markdown": ".md", "json": ".json", "csv": ".csv", "ics": ".ics"}
TABLES = ("actors", "events")  # what a CSV holds: one row per actor, or per event

Item = tuple[Article, Analysis]


@dataclass(frozen=True)
class Rendered:
    """An export's text, and a note for the person when something was left out."""

    text: str
    note: str = ""


def render(
    format: str, items: list[Item], table: str = "actors", stamp: datetime | None = None
) -> Rendered:
    """`items` in `format` (a key of FORMATS); `table` picks the CSV's rows, `stamp` the
    calendar's creation time (UTC, now when not given)."""
    if format == "markdown":
        from reader.exports.notes import notes

        return Rendered(notes(items))
    if format == "json":
        from reader.exports.documents import documents

        return Rendered(documents(items))
    if format == "csv":
        from reader.exports.tables import actors, events

        return Rendered(events(items) if table == "events" else actors(items))
    if format == "ics":
        from reader.exports.ics import calendar

        text, left_out = calendar(items, stamp)
        note = (
            f"{left_out} event{'s' * (left_out != 1)} without a day or week left out"
            if left_out
            else ""
        )
        return Rendered(text, note)
    raise ValueError(f"unknown export format {format!r}")
