"""iCalendar (RFC 5545): the dated events as all-day events.

A day is a one-day event, a week (2023-W26) or weekend a multi-day one, a range
("from June 27 until June 29") runs to its end day. Events dated more vaguely (a
month, a year, "in the past") are left out and counted.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from reader import __version__
from reader.exports.text import one_line, sentence
from reader.model import Analysis, Article

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")


def span(value: str | None) -> tuple[date, date] | None:
    """The days a TIMEX3 value covers, as [first, after the last), when it names days."""
    if not value:
        return None
    try:
        if match := _DAY.fullmatch(value):
            day = date(*map(int, match.groups()))
            return day, day + timedelta(days=1)
        if match := _WEEK.fullmatch(value):
            year, week, weekend = int(match[1]), int(match[2]), bool(match[3])
            first = date.fromisocalendar(year, week, 6 if weekend else 1)
            return first, first + timedelta(days=2 if weekend else 7)
    except (ValueError, OverflowError):  # 2023-02-30, week 54; the day after 9999-12-31
        return None
    return None


def escape(text: str) -> str:
    """A TEXT value (RFC 5545, 3.3.11) on one line."""
    text = one_line(text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (3.1),
    never inside a UTF-8 character."""
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def _date_value(day: date) -> str:
    """A DATE value: eight digits, where strftime's %Y writes the year 999 as '999'."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


@dataclass(frozen=True)
class Entry:
    """One event to put in a calendar, whatever it was found in."""

    date: str | None  # a TIMEX3 value
    end_date: str | None
    summary: str
    description: str
    url: str
    key: str  # what makes its UID: the same event gets the same UID on every export


def calendar(
    items: list[tuple[Article, Analysis]], stamp: datetime | None = None
) -> tuple[str, int]:
    """The calendar of articles' chronologies, and how many events had no day to go on."""
    return calendar_of(
        [
            Entry(
                event.date,
                event.end_date,
                event.text,
                sentence(article.text, event.sentence),
                article.url,
                "\n".join((article.url, article.source, article.title, str(index))),
            )
            for article, analysis in items
            for index, event in enumerate(analysis.events)
        ],
        stamp,
    )


def calendar_of(entries: list[Entry], stamp: datetime | None = None) -> tuple[str, int]:
    """The calendar's text (CRLF line ends) and how many entries had no day to go on."""
    stamp_text = (stamp or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//reader//reader {__version__}//EN",
        "CALSCALE:GREGORIAN",
    ]
    left_out = 0
    for entry in entries:
        days = span(entry.date)
        if days is None:
            left_out += 1
            continue
        first, after = days
        end = span(entry.end_date)
        if end and end[1] > after:
            after = end[1]
        uid = hashlib.sha256(entry.key.encode("utf-8")).hexdigest()[:24]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@reader",
            f"DTSTAMP:{stamp_text}",
            f"DTSTART;VALUE=DATE:{_date_value(first)}",
            f"DTEND;VALUE=DATE:{_date_value(after)}",
            f"SUMMARY:{escape(entry.summary)}",
            f"DESCRIPTION:{escape(entry.description)}",
        ]
        url = one_line(entry.url)
        if url.startswith(("http://", "https://")) and " " not in url:
            lines.append(f"URL:{url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines), left_out
