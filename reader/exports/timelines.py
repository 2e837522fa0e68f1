"""A timeline (`reader timeline NAME`) as a calendar or a table: one name's dated events
across articles, each with the articles that tell it."""

from __future__ import annotations

from datetime import datetime

from reader.dates import human_date
from reader.exports.ics import Entry, calendar_of
from reader.exports.tables import table
from reader.exports.text import one_line
from reader.timeline import Report, TimelineEvent

EVENT_COLUMNS = ["date", "when", "text", "actors", "title", "source", "published", "also"]


def _told(report: Report) -> str:
    dated = f", {report.published}" if report.published else ""
    return f"{one_line(report.title)}{dated} ({one_line(report.source)})"


def calendar(
    name: str, events: list[TimelineEvent], stamp: datetime | None = None
) -> tuple[str, int]:
    """The dated events as all-day events, and how many had no day or week."""
    entries = []
    for event in events:
        told = "; ".join(_told(r) for r in (event.report, *event.also))
        with_whom = f" With: {', '.join(event.actors)}." if event.actors else ""
        entries.append(
            Entry(
                event.date,
                None,
                event.report.text,
                f"{event.report.text} (Timeline of {name}. Told in: {told}.{with_whom})",
                event.report.source,
                "\n".join((name, event.report.source, str(event.report.sentence))),
            )
        )
    return calendar_of(entries, stamp)


def events_table(events: list[TimelineEvent]) -> str:
    """One row per event; `also` names the other articles that tell it."""
    return table(
        EVENT_COLUMNS,
        [
            [
                event.date or "",
                human_date(event.date) if event.date else "undated",
                one_line(event.report.text),
                "; ".join(one_line(a) for a in event.actors),
                one_line(event.report.title),
                one_line(event.report.source),
                event.report.published or "",
                "; ".join(_told(r) for r in event.also),
            ]
            for event in events
        ],
    )
