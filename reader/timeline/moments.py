"""An article's sentences with the dates in them: what a story timeline is made of.

A sentence keeps its calendar dates (the finest only: "yesterday, at this
year's conference" is yesterday; not those a figure is compared with, "its lowest
since 2009", see reader.parsing.comparison) and the spans of its reporting verbs ("said",
"announced"), so that the date of any name in it can be told later (see
`date_at`). A sentence without a date happened at the article's reference
time: when it is told in the past tense, the last day the article named in
the month before its publication (older days are background), since news tells
a day's events after naming it ("Yesterday Jobs unveiled... He also showed...");
otherwise the day of publication ("The phone has two cameras"). Computed once,
when the article is analysed, so that a timeline over the library never parses
again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from reader.model import Analysis
from reader.parsing.calendar_values import as_date
from reader.parsing.chronology import event_dates
from reader.parsing.clauses import plain_inline
from reader.parsing.tense import TenseIndex
from reader.parsing.text import sentences
from reader.timeline.words import word_list

SUMMARY_CHARS = 200
RECENT = 31  # days before publication a named day may be to become the reference time
NEAR_VERB = 24  # characters after a reporting verb where its own date stands ("said on Friday")
HEADING_MARKS = re.compile(r"#{1,6}[ \t]+")  # a Markdown heading's, opening a sentence


@dataclass(frozen=True)
class Moment:
    """One sentence of an article, with what is needed to date anything in it."""

    start: int
    end: int
    reference: str | None  # its date when it names none: see the module's docstring
    dates: tuple[tuple[int, str], ...]  # (offset, TIMEX3 value) of its finest calendar dates
    reports: tuple[int, ...]  # offsets of its reporting verbs
    actors: tuple[str, ...]  # ids of the article's actors named in it, in text order
    text: str  # the sentence, shortened for a list


def moments(text: str, analysis: Analysis, published: date | None) -> list[Moment]:
    """Every sentence of the article, in text order."""
    calendar = sorted((t.start, t.value) for t in event_dates(text, analysis.timexes))
    named = sorted((s, a.id) for a in analysis.actors for s, _ in a.mentions)
    today = published.isoformat() if published else None
    reference = today
    tenses = TenseIndex(text)
    found: list[Moment] = []
    for span in sentences(text):
        past = _told_in_past(text, span.start, span.end, tenses)
        actors = tuple(dict.fromkeys(i for _, i in _within(named, span.start, span.end)))
        dates = _finest(_within(calendar, span.start, span.end))
        reports = tuple(m.start() for m in _reporting().finditer(text, span.start, span.end))
        sentence = _as_read(" ".join(text[span.start : span.end].split()))
        found.append(
            Moment(
                span.start,
                span.end,
                reference if past else today,
                dates,
                reports,
                actors,
                _short(sentence),
            )
        )
        for _, value in dates:
            day = as_date(value)
            if day is not None and (published is None or 0 <= (published - day).days <= RECENT):
                reference = value
    return found


def date_at(moment: Moment, position: int) -> str | None:
    """The date of what is told at `position` in the sentence: the nearest date, except
    that a name before a reporting verb is the speaker (its part is the saying, dated by
    the verb's own date, "said on Friday", or an earlier one, or the reference time) and
    the saying's date is not that of what was said."""
    said = [v for v in moment.reports if v < position]
    verb = next((v for v in moment.reports if v > position), None)
    dates = [(o, v) for o, v in moment.dates if not any(0 <= o - s <= NEAR_VERB for s in said)]
    if verb is not None:
        own = [v for o, v in moment.dates if 0 <= o - verb <= NEAR_VERB]
        if own:
            return own[0]
        dates = [(o, v) for o, v in dates if o < verb]
    if not dates:
        return moment.reference
    return min(dates, key=lambda d: abs(d[0] - position))[1]


_PRESENT = re.compile(r"(?<![\w'])(?:is|are|has|have|does|do|am)(?![\w'])")


def _told_in_past(text: str, start: int, end: int, tenses: TenseIndex) -> bool:
    """Whether the sentence's first tense cue is a past one ("has", "is" are present)."""
    present = _PRESENT.search(text, start, end)
    upper = present.start() if present else end
    return upper > start and tenses.at(start, start, start, upper) == "past"


def _within(items: list[tuple[int, str]], start: int, end: int) -> list[tuple[int, str]]:
    return items[bisect_right(items, (start - 1, "\uffff")) : bisect_right(items, (end, ""))]


def _finest(dates: list[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    """The dates without those that hold another one: "2010" ("this year") beside
    "2010-06-07" ("yesterday"). TIMEX3 writes a part of a year or month after it."""
    values = {v for _, v in dates}
    return tuple(
        (offset, value)
        for offset, value in dates
        if not any(other.startswith((value + "-", value + "T")) for other in values)
    )


_REPORTING: list[re.Pattern[str]] = []


def _reporting() -> re.Pattern[str]:
    if not _REPORTING:
        verbs = "|".join(sorted(word_list("reporting_verbs.txt"), key=len, reverse=True))
        _REPORTING.append(re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])"))
    return _REPORTING[0]


def _as_read(sentence: str) -> str:
    """A sentence of a Markdown article as its reader sees it, as the chronology shows
    its events: no heading marks ("# Quay works begin"), no emphasis marks ("the
    **Tarsk** quay"), a link as its label."""
    heading = HEADING_MARKS.match(sentence)
    return plain_inline(sentence[heading.end() :] if heading else sentence)


def _short(sentence: str) -> str:
    if len(sentence) <= SUMMARY_CHARS:
        return sentence
    return sentence[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
