"""Time expressions and their TIMEX3 values: the scanner.

One scan of the text for trigger words (timex_patterns) finds where an
expression may be; the rules of timex_rules are tried there, and the first
that holds works out the value from the context (timex_context): the
publication date, the date mentioned last (for "the previous day") and the
tense of the clause (for "on Tuesday"). An expression whose year cannot be
known keeps XXXX: nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from reader.model import TimeExpression
from reader.parsing.calendar_values import as_date
from reader.parsing.data import word_list
from reader.parsing.lexicon import looks_plural
from reader.parsing.precompiled import compiled
from reader.parsing.text import Span
from reader.parsing.timex_context import ENTRY_STAMP, Found, TimeContext
from reader.parsing.timex_durations import with_durations_joined
from reader.parsing.timex_patterns import (
    boundary,
    digit_head,
    prefix_run,
    rule,
    rules_for,
    run_reach,
    scanner_for,
    trigger,
    trigger_kinds,
)
from reader.parsing.timex_rules import RULES
from reader.parsing.timex_telling import read_from_tellings


def find_timexes(text: str, published: date | None, sentences: list[Span]) -> list[TimeExpression]:
    """Every time expression of the text with its TIMEX3 type and value, in text order."""
    return [
        TimeExpression(f"t{n}", text[f.start : f.end], f.start, f.end, f.type, f.value, f.mod)
        for n, f in enumerate(scan(text, published, sentences), 1)
    ]


def scan(text: str, published: date | None, sentences: list[Span]) -> list[Found]:
    """The expressions of the text as the rules found them (each names its rule), in text order."""
    context = TimeContext(text, published, sentences)
    found: list[Found] = []
    covered = 0  # the end of the last expression found
    # a trigger's match opens with the character before it (see trigger): one before the
    # text, for a trigger opening it, and every position one on
    for head in trigger().finditer(" " + text):
        group = head.lastgroup or ""  # every trigger alternative is named
        start, end = head.start(group) - 1, head.end(group) - 1
        if start < covered:
            continue
        result = _expression_at(text, group, start, end, covered, context)
        if result is not None:
            found.append(result)
            context.remember(result.value, result.start, result.end)
            covered = result.end
    read_from_tellings(text, found, sentences, context, _resolve_again)
    found = with_durations_joined(text, _without_lengths_of_periods(text, found))
    return _join_clock_times(text, _with_stretch_ends(text, found, context.words.count_nouns))


PREFIX_WINDOW = 64  # how far before its trigger an expression may start
_REACH_WINDOW = 2 * PREFIX_WINDOW  # the window and more than its longest word


def _expression_at(
    text: str, kind: str, head: int, head_end: int, covered: int, context: TimeContext
) -> Found | None:
    """The expression holding the trigger at text[head:head_end] (`kind`: the trigger's
    alternative, "name" for any named trigger, whose kind is looked up): the rules for its
    kind are tried from the first word of the modifier run before it ("the end of" +
    "year") on to the trigger."""
    if kind == "name":
        kind = trigger_kinds()[text[head:head_end]]
    elif kind == "digit" and (
        not digit_head().match(text, head) or _table_cell(text, head, head_end, context)
    ):
        return None
    first_rule = scanner_for(kind).match
    line_start, line_end = _line_around(text, head, head_end)
    start = max(_run_start(text, head, covered, context), line_start)
    while start <= head:
        match = first_rule(text, start, line_end) if boundary().match(text, start) else None
        if match is not None:
            if match.end() > head:
                name = match.lastgroup or ""  # every branch is named after its rule
                parts = rule(name).fullmatch(text, start, match.end())
                result = _resolve(name, parts, context) if parts else None
            else:  # the first rule that fits stops short of the trigger: try the others
                result = _covering(text, start, head, kind, context, line_end)
            if result is not None:
                return result
        following = _NEXT_WORD.search(text, start + 1, head + 1)
        if following is None:
            return None
        start = following.start()
    return None


# white space and a number, read on from the end of a number (or back from its start, on
# the reversed text); and white space, a number, white space and another
_NUMBER_NEXT = compiled(r"\s+\d")
_TWO_NUMBERS_NEXT = compiled(r"\s+\d+\s+\d")


def _table_cell(text: str, head: int, end: int, context: TimeContext) -> bool:
    """Whether the number at text[head:end] is one of a run of three or more bare numbers
    (white space only between them): a row or column of figures ("1998 1999 2000 2001"),
    where no number is a date, the run's first and last ones no more than the others."""
    back = len(text) - head
    after = _NUMBER_NEXT.match(text, end)
    before = _NUMBER_NEXT.match(context.backwards, back)
    return bool(
        (after and before)
        or (after and _TWO_NUMBERS_NEXT.match(text, end))
        or (before and _TWO_NUMBERS_NEXT.match(context.backwards, back))
    )


def _run_start(text: str, head: int, covered: int, context: TimeContext) -> int:
    """Where the modifier run before the trigger at `head` starts (`head` without one)."""
    at = len(text) - head
    # read no further back than the window and a word: beyond it the reach changes nothing
    reached = run_reach().match(context.backwards, at, at + _REACH_WINDOW)
    reach = reached.end() - at if reached else 0
    if reach < 2:  # a run is a word and a separator at least: none within one character
        return head
    run = prefix_run().search(text, max(covered, head - PREFIX_WINDOW, head - reach), head)
    return run.start() if run else head


def _line_around(text: str, head: int, head_end: int) -> tuple[int, int]:
    """The start and the end of the line holding the trigger at text[head:head_end], as far
    as an expression may reach: no expression goes on over a line break. A headline ending
    in a number above its date line ("Flood at Kelby kills 31" / "March 4, 2009") is no
    date "31 March"; an end beyond the reach of any expression is the text's."""
    start = text.rfind("\n", max(head - _REACH_WINDOW, 0), head) + 1
    end = text.find("\n", head_end, head_end + _LINE_REACH)
    return start, end if end >= 0 else len(text)


_LINE_REACH = 4 * PREFIX_WINDOW  # longer than any expression after its trigger


def _covering(
    text: str, start: int, head: int, kind: str, context: TimeContext, end: int
) -> Found | None:
    for name, pattern in rules_for(kind):
        parts = pattern.match(text, start, end)
        if parts is not None and parts.end() > head:
            return _resolve(name, parts, context)
    return None


# the next word to try an expression from: not the digits after a comma or a point inside
# a number ("1,000,000 weeks" is one count, not "000,000 weeks")
_NEXT_WORD = compiled(r"(?<![\w'’])(?<!\d[,.])[\w'’]")


def _resolve(name: str, parts: re.Match, context: TimeContext) -> Found | None:
    try:
        found = _RESOLVERS[name](parts, context)
    except (OverflowError, ValueError):  # a date beyond year 1 or 9999: not a usable expression
        return None
    if found is not None:
        found.rule, found.origin = name, parts.start()
    return found


def _resolve_again(item: Found, context: TimeContext) -> str | None:
    """The value the rule that found `item` gives it in `context`, if it finds it again."""
    parts = rule(item.rule).fullmatch(context.text, item.origin, item.end) if item.rule else None
    found = _resolve(item.rule, parts, context) if parts else None
    return found.value if found and (found.start, found.end) == (item.start, item.end) else None


_RESOLVERS = {r.name: r.resolve for r in RULES}


def dateline(text: str) -> date | None:
    """The publication date from a date line near the top: "March 06, 2008",
    "Published on Tuesday, 27 June 2023", "OSLO, June 27, 2023 — The council met..."."""
    lead, tail = _dateline_patterns()
    for line in first_lines(text.lstrip(), 4):
        line = tail.split(lead.sub("", line.strip(), count=1), maxsplit=1)[0]
        line = line.strip().rstrip(".:;,—–-").strip()
        for name in ("date_md", "date_dm", "iso"):
            parts = rule(name).fullmatch(line)
            found = _resolve(name, parts, TimeContext(line, None, [])) if parts else None
            if found and parts and parts["year"] and (day := as_date(found.value)):
                return day
    return None


def first_lines(text: str, count: int) -> list[str]:
    """`text.splitlines()[:count]` without splitting all of a long text: prefixes four
    times longer each time, until one holds a line after the last one wanted (whose
    end is then in the prefix too)."""
    size = 4096
    while size < len(text):
        lines = text[:size].splitlines()
        if len(lines) > count:
            return lines[:count]
        size *= 4
    return text.splitlines()[:count]


@cache
def _dateline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may come before the date of a date line (a label, then a place or a weekday
    and a comma, or a town, its country or state and a comma: "TARSK, Velmora, May 4") and what ends it (a dash, then the article's first sentence; the wire's
    agency in brackets may stand before the dash: "KELBY, May 4, 2021 (Reuters) - ")."""
    labels = "|".join(
        sorted(
            (re.escape(w).replace(r"\ ", r"\s+") for w in word_list("dateline_labels.txt")),
            key=len,
            reverse=True,
        )
    )
    lead = compiled(
        rf"^(?:(?i:{labels})(?:\s+(?i:on))?\s*:?\s*)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}},\s+){{0,2}}"
    )
    return lead, compiled(r"(?:\s+\([^()\n]{1,40}\))?\s+[—–-]{1,2}\s+")


def _without_lengths_of_periods(text: str, found: list[Found]) -> list[Found]:
    """Results name their period by its length and its last day ("profit rose in the three
    months ended Sept. 25", "the 12 months to June 30"), and weather reports theirs by its
    last hour ("the 72 hours to 6 a.m. Tuesday"): the day tells the time, and the length is
    no stretch of time of its own; it goes. A length not after "the" ("by three months to
    June") is one."""
    lengths = [
        item
        for item, after in zip(found, found[1:], strict=False)
        if item.type == "DURATION"
        and after.type in ("DATE", "TIME")
        and _PERIOD_ENDED.fullmatch(text, item.end, after.start)
        and text.endswith(("the ", "The "), 0, item.start)
    ]
    return [item for item in found if item not in lengths] if lengths else found


# what parts a period's length from its last day: "ended", "ending", "to", "through"
_PERIOD_ENDED = compiled(r"\s+(?:ended|ending|to|through)\s+(?:the\s+end\s+of\s+)?")


def _with_stretch_ends(text: str, found: list[Found], counted: frozenset[str]) -> list[Found]:
    """The end of a stretch of years after its start, with a dash or "to" between, when no
    rule found it: a year before 1000, which alone would be a number ("(c. 314 – 368)",
    "from AD 410 to 476"). TimeML marks each end of a stretch, as the year rule does for
    "from 1990 to 1998"; a number that counts what follows ("c. 314 – 368 days") is none."""
    starts = {item.start for item in found}
    ends = []
    for item in found:
        if not _YEAR_VALUE.fullmatch(item.value):
            continue
        after = _STRETCH_END.match(text, item.end)
        if after is None or after.start(1) in starts or _counts(text, after.end(), counted):
            continue
        year = int(after[1])
        if int(item.value) < year <= int(item.value) + STRETCH_YEARS:
            ends.append(Found("DATE", f"{year:04d}", after.start(1), after.end()))
    return sorted([*found, *ends], key=lambda item: item.start) if ends else found


STRETCH_YEARS = 120  # the longest stretch of years written with its ends: a life, a reign
_YEAR_VALUE = compiled(r"\d{4}")
# a dash or "to" and three or four digits, not part of a longer number or an amount
_STRETCH_END = compiled(r"\s*(?:[-–—]|\s(?:to|until)\s)\s*(\d{3,4})(?!\w|[.,]\d)")
_NEXT_LOWER_WORD = compiled(r"\s+([a-z]+)\b")


def _counts(text: str, at: int, counted: frozenset[str]) -> bool:
    """Whether the number ending at `at` counts the word after it: one of the count nouns
    ("15 people", "12 percent") or a plural ("40 houses")."""
    following = _NEXT_LOWER_WORD.match(text, at)
    if following is None:
        return False
    word = following[1]
    return word in counted or looks_plural(word)


def _join_clock_times(text: str, found: list[Found]) -> list[Found]:
    """ "Tuesday at 3 p.m." and "3 p.m. on June 27" are one time: the day's date with the clock;
    so is "9:30 on Sunday morning", the clock saying more than the part of the day."""
    _date_clocks_by_the_day_after(text, found)
    joined: list[Found] = []
    for item in found:
        previous = joined[-1] if joined else None
        if previous and _adjacent(text, previous, item):
            day, clock = (previous, item) if _is_clock(item) else (item, previous)
            if _is_clock(clock) and as_date(day.value[:10]) and not _is_clock(day):
                value = _clock_in_its_part(text, clock, day.value)
                joined[-1] = Found("TIME", value, previous.start, item.end, previous.rule)
                continue
        joined.append(item)
    _dated_by_the_other_zone(text, joined)
    return joined


def _clock_in_its_part(text: str, clock: Found, day: str) -> str:
    """The day's date with the clock ("2019-05-10T09:30"), in the afternoon, the evening or
    the night the day's value tells when the clock says neither a.m. nor p.m.: "4:10 on
    Friday afternoon" is 16:10, "at 8 on Friday evening" 20:00, "9:30 Saturday night"
    21:30, and a clock of the night from midnight to five is on the next day ("2:15
    Saturday night" is Sunday 02:15, "12:30 Saturday night" Sunday 00:30)."""
    time = clock.value[clock.value.index("T") :]
    hour, part = int(time[1:3]), day[10:]
    if _MERIDIEM.search(text, clock.start, clock.end) or part not in _LATE_HOURS:
        return day[:10] + time
    tonight = as_date(day[:10])
    if part == "TNI" and tonight is not None and (hour == 12 or hour <= 5):
        return f"{(tonight + timedelta(days=1)).isoformat()}T{hour % 12:02d}{time[3:]}"
    if hour in _LATE_HOURS[part]:
        return f"{day[:10]}T{hour + 12:02d}{time[3:]}"
    return day[:10] + time


# the hours of a clock with no a.m. or p.m. that are after noon in each part of the day
_LATE_HOURS = {"TAF": range(1, 6), "TEV": range(1, 12), "TNI": range(6, 12)}
_MERIDIEM = compiled(r"(?i)\b[ap]\.?m\b|\bnoon\b|\bmidnight\b|\b0\d[:.]")


def _date_clocks_by_the_day_after(text: str, found: list[Found]) -> None:
    """A clock before the day it is on, with another zone's clock in brackets between them
    ("at 10:30 a.m. local time (1530 UTC) on Tuesday"): each clock of the run takes that
    day's date (the brackets keep them three expressions)."""
    for index in range(len(found) - 2, -1, -1):  # from the day back along the run
        clock, after = found[index], found[index + 1]
        if not _is_clock(clock) or not _BRACKETED.fullmatch(text, clock.end, after.start):
            continue
        day = as_date(after.value[:10])
        if day is not None:
            clock.value = day.isoformat() + clock.value[clock.value.index("T") :]


def _dated_by_the_other_zone(text: str, found: list[Found]) -> None:
    """A clock with another zone's clock and its day in brackets after it ("at 11:42 p.m.
    local time (0542 GMT Saturday)") is on that day, or on the day before or after it
    where the two clocks are more than 12 hours apart, midnight between them (Friday's
    11:42 p.m.)."""
    for clock, other in zip(found, found[1:], strict=False):
        if not (_is_clock(clock) and _is_clock(other)) or not _BRACKETED.fullmatch(
            text, clock.end, other.start
        ):
            continue
        day = as_date(other.value[:10])
        if day is None or not date.min < day < date.max:
            continue
        hours = _hour(clock.value) - _hour(other.value)
        if abs(hours) > 12:
            day += timedelta(days=-1 if hours > 0 else 1)
        clock.value = day.isoformat() + clock.value[clock.value.index("T") :]


def _hour(value: str) -> int:
    """The hour of a clock's value ("2024-12-27T23:42": 23)."""
    at = value.index("T") + 1
    return int(value[at : at + 2])


_BRACKETED = compiled(r"\s*[()]\s*(?:on\s+)?")


def _is_clock(item: Found) -> bool:
    return item.type == "TIME" and ":" in item.value


_GLUE = compiled(r"[\s,]*(?:at|on|of)?[\s,]*")


def _adjacent(text: str, left: Found, right: Found) -> bool:
    """Whether only glue stands between two expressions, in one paragraph: a day line and
    the clock opening the next paragraph (a live report's "Thursday, January 8, 2026" and
    "09:40 local time - ...") are two, as are a day line and the stamp of an entry on the
    next line ("09:40 - ...")."""
    return (
        right.start - left.end <= 6
        and _GLUE.fullmatch(text, left.end, right.start) is not None
        and _BLANK_LINE.search(text, left.end, right.start) is None
        and not ("\n" in text[left.end : right.start] and ENTRY_STAMP.match(text, right.end))
    )


_BLANK_LINE = compiled(r"\n[^\S\n]*\n")
