"""Time expressions and their TIMEX3 values.

One scan of the text (timex_patterns) finds candidate expressions; a rule per
form works out the value from the publication date, the date mentioned last
(for "the previous day") and the tense of the clause (for "on Tuesday").
Values are written by timex_values. An expression whose year cannot be known
keeps XXXX: nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from reader.model import TimeExpression
from reader.parsing import timex_values as tv
from reader.parsing.data import word_list
from reader.parsing.text import Span
from reader.parsing.timex_context import TimeContext, fold, time_words
from reader.parsing.timex_patterns import (
    boundary,
    digit_head,
    loose_rule,
    prefix_run,
    rule,
    rule_names,
    rules_for,
    run_reach,
    trigger,
    trigger_kinds,
)


@dataclass(slots=True)
class _Found:
    type: str
    value: str
    start: int
    end: int


def find_timexes(text: str, published: date | None, sentences: list[Span]) -> list[TimeExpression]:
    """Every time expression of the text with its TIMEX3 type and value, in text order."""
    context = TimeContext(text, published, sentences)
    found: list[_Found] = []
    covered = 0  # the end of the last expression found
    for head in trigger().finditer(text):
        if head.start() < covered:
            continue
        result = _expression_at(text, head, covered, context)
        if result is not None:
            found.append(result)
            context.remember(result.value)
            covered = result.end
    found = _join_clock_times(text, found)
    return [
        TimeExpression(f"t{n}", text[f.start : f.end], f.start, f.end, f.type, f.value)
        for n, f in enumerate(found, 1)
    ]


PREFIX_WINDOW = 64  # how far before its trigger an expression may start
_REACH_WINDOW = 2 * PREFIX_WINDOW  # the window and more than its longest word


def _expression_at(text: str, head: re.Match, covered: int, context: TimeContext) -> _Found | None:
    """The expression holding the trigger `head`: the rules for its kind are tried from
    the first word of the modifier run before it ("the end of" + "year") on to the trigger."""
    kind = head.lastgroup or ""  # every trigger alternative is named
    if kind == "name":
        kind = trigger_kinds()[head.group()]
    elif kind == "digit" and not digit_head().match(text, head.start()):
        return None
    names = rule_names(kind)
    start = _run_start(text, head.start(), covered, context)
    while start <= head.start():
        name, match = _first_rule(text, start, names) if boundary().match(text, start) else _NONE
        if match is not None:
            if match.end() > head.start():
                parts = rule(name).fullmatch(text, start, match.end())
                result = _resolve(name, parts, context) if parts else None
            else:  # the first rule that fits stops short of the trigger: try the others
                result = _covering(text, start, head.start(), kind, context)
            if result is not None:
                return result
        following = _NEXT_WORD.search(text, start + 1, head.start() + 1)
        if following is None:
            return None
        start = following.start()
    return None


_NONE = ("", None)


def _first_rule(text: str, start: int, names: tuple[str, ...]) -> tuple[str, re.Match | None]:
    """The first of the rules that matches at `start`, and its match."""
    for name in names:
        match = loose_rule(name).match(text, start)
        if match is not None:
            return name, match
    return _NONE


def _run_start(text: str, head: int, covered: int, context: TimeContext) -> int:
    """Where the modifier run before the trigger at `head` starts (`head` without one)."""
    at = len(text) - head
    # read no further back than the window and a word: beyond it the reach changes nothing
    reached = run_reach().match(context.backwards, at, at + _REACH_WINDOW)
    reach = reached.end() - at if reached else 0
    if not reach:
        return head
    run = prefix_run().search(text, max(covered, head - PREFIX_WINDOW, head - reach), head)
    return run.start() if run else head


def _covering(text: str, start: int, head: int, kind: str, context: TimeContext) -> _Found | None:
    for name, pattern in rules_for(kind):
        parts = pattern.match(text, start)
        if parts is not None and parts.end() > head:
            return _resolve(name, parts, context)
    return None


# the next word to try an expression from: not the digits after a comma or a point inside
# a number ("1,000,000 weeks" is one count, not "000,000 weeks")
_NEXT_WORD = re.compile(r"(?<![\w'’])(?<!\d[,.])[\w'’]")


def _resolve(name: str, parts: re.Match, context: TimeContext) -> _Found | None:
    try:
        return _RULES[name](parts, context)
    except (OverflowError, ValueError):  # a date beyond year 1 or 9999: not a usable expression
        return None


def dateline(text: str) -> date | None:
    """The publication date from a date line near the top: "March 06, 2008",
    "Published on Tuesday, 27 June 2023", "OSLO, June 27, 2023 — The council met..."."""
    lead, tail = _dateline_patterns()
    for line in text.lstrip().splitlines()[:4]:
        line = tail.split(lead.sub("", line.strip(), count=1), maxsplit=1)[0]
        line = line.strip().rstrip(".:;,—–-").strip()
        for name in ("date_md", "date_dm", "iso"):
            parts = rule(name).fullmatch(line)
            found = _resolve(name, parts, TimeContext(line, None, [])) if parts else None
            if found and parts and parts["year"] and (day := tv.as_date(found.value)):
                return day
    return None


@cache
def _dateline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may come before the date of a date line (a label, then a place or a weekday
    and a comma) and what ends it (a dash, then the article's first sentence)."""
    labels = "|".join(
        sorted(
            (re.escape(w).replace(r"\ ", r"\s+") for w in word_list("dateline_labels.txt")),
            key=len,
            reverse=True,
        )
    )
    lead = re.compile(
        rf"^(?:(?i:{labels})(?:\s+(?i:on))?\s*:?\s*)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}},\s+)?"
    )
    return lead, re.compile(r"\s+[—–-]{1,2}\s+")


def range_end(timex: TimeExpression) -> str | None:
    """The last day or year of a range written as one expression ("June 27-29", "2019-2021")."""
    match = _RANGE.search(timex.text)
    if match is None or not tv.is_calendar(timex.value):
        return None
    tail = match.group(1)
    if _YEAR.fullmatch(tail) and timex.value[:4].isdigit():
        return tail if tail > timex.value[:4] else None
    if _TWO_DIGITS.fullmatch(tail) and _YEAR.fullmatch(timex.value):
        end = timex.value[:2] + tail
        return end if end > timex.value else None
    day = _DAY_DIGITS.match(tail)
    if day and _DAY_VALUE.fullmatch(timex.value):
        year, month = timex.value[:4], int(timex.value[5:7])
        number = int(day.group())
        if number > int(timex.value[8:10]) and tv.valid_day(
            None if year == "XXXX" else int(year), month, number
        ):
            return f"{timex.value[:8]}{number:02d}"
    return None


_RANGE = re.compile(r"\d\s*(?:-|–|/|to|through)\s*(\d+)")
_DIGITS = re.compile(r"\d+")
_TWO_DIGITS = re.compile(r"\d{2}")
_DAY_DIGITS = re.compile(r"\d{1,2}")


def _leading_number(text: str) -> int:
    """The number a group starts with ("27th" -> 27); its rule's pattern puts one there."""
    match = _DIGITS.match(text)
    if match is None:
        raise ValueError(f"no number at the start of {text!r}")
    return int(match.group())


_YEAR = re.compile(r"\d{4}")
_DAY_VALUE = re.compile(r"(\d{4}|XXXX)-\d{2}-\d{2}")


# -- the rules -------------------------------------------------------------------------


def _span(parts: re.Match, lead: str = "lead") -> tuple[int, int]:
    start = parts.end(lead) if lead in parts.re.groupindex and parts[lead] else parts.start()
    return start, parts.end()


def _date(parts, kind: str, value: str, lead: str = "lead") -> _Found:
    start, end = _span(parts, lead)
    return _Found(kind, value, start, end)


def _with_mod(parts: re.Match, value: str) -> str:
    """TIMEX3 keeps "early 2009" at 2009; a half of a year and the middle of one are their own values."""
    mod = fold(parts["mod"] or "") if "mod" in parts.re.groupindex else ""
    if not mod or not _YEAR.fullmatch(value):
        return value
    if mod.startswith("mid") or mod.startswith("the middle") or mod.startswith("middle"):
        return f"{value}-06-XX"
    if "first half" in mod:
        return tv.half_value(int(value), 1)
    if "second half" in mod or "latter half" in mod:
        return tv.half_value(int(value), 2)
    return value


def _iso(parts, ctx):
    year, month, day = int(parts["year"]), int(parts["month"]), int(parts["day"])
    if not tv.valid_day(year, month, day):
        return None
    value = tv.day_value(year, month, day)
    if parts["hour"]:
        return _date(parts, "TIME", f"{value}T{parts['hour']}:{parts['minute']}")
    return _date(parts, "DATE", value)


def _numeric(parts, ctx):
    first = int(parts["first"])
    if parts["second_dot"]:
        day, month, year = first, int(parts["second_dot"]), int(parts["year_dot"])
    else:
        second, year = int(parts["second"]), int(parts["year"])
        month, day = (second, first) if first > 12 else (first, second)
        if len(parts["year"]) == 2:
            year += 2000 if year < 50 else 1900
    if not tv.valid_day(year, month, day):
        return None
    return _date(parts, "DATE", tv.day_value(year, month, day))


def _clock(parts, ctx):
    if parts["named"]:
        clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[parts["named"].lower()]
    elif parts["hour_oc"]:
        clock = f"{int(parts['hour_oc']):02d}:00"
    elif parts["hour24"] or parts["hour_at"]:
        hour = int(parts["hour24"] or parts["hour_at"])
        minute = parts["minute24"] or parts["minute_at"]
        if parts["ampm_at"]:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if parts["ampm_at"].lower().startswith("p") else 0)
        clock = f"{hour:02d}:{minute}"
    else:
        hour = int(parts["hour"])
        if not 1 <= hour <= 12:
            return None
        pm = parts["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
        clock = f"{hour:02d}:{parts['minute'] or '00'}"
    day = ctx.anchor
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return _date(parts, "TIME", f"{prefix}T{clock}")


def _month_day(parts, ctx):
    month = ctx.words.months[parts["month"].rstrip(".").lower()]
    day = _leading_number(parts["day"])
    if parts["year"]:
        year = int(parts["year"])
    elif ctx.published:
        year = _year_for_day(ctx, ctx.published, parts, month, day)
    else:
        year = None
    if not tv.valid_day(year, month, day):
        return None
    if parts["day_end"] and _leading_number(parts["day_end"]) <= day:
        return None
    return _date(parts, "DATE", tv.day_value(year, month, day))


def _year_for_day(ctx: TimeContext, published: date, parts, month: int, day: int) -> int:
    weekday = parts["weekday"]
    if weekday:
        wanted = ctx.words.weekdays[weekday.lower()]
        fits = [
            y
            for y in (published.year - 1, published.year, published.year + 1)
            if tv.valid_day(y, month, day) and date(y, month, day).isoweekday() == wanted
        ]
        if fits:
            return min(fits, key=lambda y: abs((date(y, month, day) - published).days))
    return tv.day_year(published, month, day, ctx.tense(parts.start(), parts.end()))


def _month_year(parts, ctx):
    month = ctx.words.months[parts["month"].rstrip(".").lower()]
    return _date(parts, "DATE", _with_mod(parts, tv.month_value(int(parts["year"]), month)))


def _holiday(parts, ctx):
    month, day = (int(x) for x in ctx.words.holidays[fold(parts["holiday"])].split("-"))
    if parts["year"]:
        year = int(parts["year"])
    elif ctx.published:
        year = tv.day_year(ctx.published, month, day, ctx.tense(parts.start(), parts.end()))
    else:
        year = None
    return _date(parts, "DATE", tv.day_value(year, month, day))


def _decade(parts, ctx):
    digits = parts["decade"].lstrip("'")
    written_with_the = parts.group().lower().lstrip().startswith("the")
    if len(digits) == 2:
        if not (parts["decade"].startswith("'") or written_with_the):
            return None
        if _word_before(ctx.text, parts.start()) in ("his", "her", "their", "its", "my", "our"):
            return None
        digits = ("19" if digits != "00" else "20") + digits
    if digits.endswith("00") and digits < "2000":
        return _date(parts, "DATE", tv.century_value(int(digits[:2]) + 1))  # the 1800s
    return _date(parts, "DATE", tv.decade_value(int(digits)))


def _decade_word(parts, ctx):
    """ "the nineties", "the late Sixties": a decade of the 1900s, as "the '90s" is."""
    return _date(
        parts, "DATE", tv.decade_value(1900 + 10 * ctx.words.decades[parts["word"].lower()])
    )


def _century(parts, ctx):
    words = {"twenty-first": 21, "twentieth": 20, "nineteenth": 19, "eighteenth": 18}
    name = parts["century"].lower()
    number = words.get(name) or _leading_number(name)
    if number < 1:
        return None  # "the 0th century" names no century
    return _date(parts, "DATE", tv.century_value(number))


def _fiscal(parts, ctx):
    if parts["year"]:
        year = int(parts["year"])
    else:
        short = parts["fy"]
        year = int(short) if len(short) == 4 else 2000 + int(short)
        if year < 1:
            return None  # "FY0000" names no year
    return _date(parts, "DATE", f"FY{year}")


def _quarter(parts, ctx):
    year: int | None
    if parts["q"] or parts["qq"] or parts["yq"]:
        number = int(parts["q"] or parts["qq"] or parts["yqq"])
        written = parts["qyear"] or parts["qqyear"] or parts["qqshort"] or parts["yq"]
        if written:
            year = int(written) if len(written) == 4 else 2000 + int(written)
            return _date(parts, "DATE", tv.quarter_value(year, number))
        part = "quarter"
    else:
        ordinal = parts["ord"].lower()
        part = parts["part"].lower()
        number = 4 if ordinal == "final" else ctx.words.ordinals[ordinal]
        if part == "half" and number > 2:
            return None
        written = parts["year"] or parts["year2"]
        if written:
            value = (tv.quarter_value if part == "quarter" else tv.half_value)(int(written), number)
            return _date(parts, "DATE", value)
        relative = (parts["rel"] or "").lower()
        if part == "half" and not relative:
            return None
    if ctx.published is None:
        year = None
    elif parts["rel"] and parts["rel"].lower() in ("last", "next"):
        year = ctx.published.year + (1 if parts["rel"].lower() == "next" else -1)
    elif parts["rel"]:
        year = ctx.published.year
    elif part == "quarter":
        tense = ctx.tense(parts.start(), parts.end())
        year = tv.quarter_year(ctx.published, number, tense)
    else:
        year = ctx.published.year
    value = (tv.quarter_value if part == "quarter" else tv.half_value)(year, number)
    return _date(parts, "DATE", value)


def _season_year(parts, ctx):
    season = ctx.words.seasons[parts["season"].lower()]
    return _date(parts, "DATE", tv.season_value(int(parts["year"]), season))


_DEICTIC = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "the past": -1}
_DEICTIC.update({"the last": -1, "next": 1, "coming": 1, "the coming": 1})
_ANCHORED = {"that": 0, "the same": 0, "previous": -1, "the previous": -1, "the preceding": -1}
_ANCHORED.update({"the following": 1, "the next": 1})


def _relative(parts, ctx):
    rel = fold(parts["rel"])
    step = _DEICTIC.get(rel, _ANCHORED.get(rel, 0))
    anchored = rel in _ANCHORED
    unit = ctx.words.units[parts["unit"].lower()] if parts["unit"] else "D"
    reference = ctx.anchor_for(unit) if anchored else ctx.published
    daypart = parts["daypart"] or parts["weekday_part"]
    suffix = f"T{ctx.words.day_parts[daypart.lower()]}" if daypart else ""
    kind = "TIME" if suffix else "DATE"
    if parts["unit"]:
        unit = ctx.words.units[parts["unit"].lower()]
        if unit in ("S", "MIN", "H") or (unit == "D" and step < 0 and not anchored):
            return None
        if reference is None:
            value = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(
                unit, "XXXX"
            )
        else:
            value = tv.shift(reference, unit, step)
        return _date(parts, kind, _with_mod(parts, value) + suffix)
    if parts["weekend"]:
        if reference is None:
            return _date(parts, kind, "XXXX-WXX-WE")
        return _date(parts, kind, tv.shift(reference, "W", step) + "-WE")
    if parts["season"]:
        season = ctx.words.seasons[parts["season"].lower()]
        which = {-1: "last", 1: "next"}.get(step, "this")
        year = tv.season_occurrence(reference, season, which) if reference else None
        return _date(parts, kind, tv.season_value(year, season))
    if parts["weekday"]:
        weekday = ctx.words.weekdays[parts["weekday"].lower()]
        if reference is None:
            return _date(parts, kind, f"XXXX-WXX-{weekday}")
        if step:
            direction = "last" if step < 0 else "next"
        else:
            direction = ctx.tense(parts.start(), parts.end()) or ("past" if anchored else "future")
        day = tv.weekday_date(reference, weekday, direction)
        return _date(parts, kind, day.isoformat() + suffix)
    if parts["month"]:
        month = ctx.words.months[parts["month"].lower()]
        if reference is None:
            return _date(parts, kind, tv.month_value(None, month))
        year = reference.year
        if step < 0 and (month >= reference.month):
            year -= 1
        elif step > 0 and month <= reference.month:
            year += 1
        return _date(parts, kind, _with_mod(parts, tv.month_value(year, month)))
    # a part of the day: "this morning", "that night", "last night" (yesterday's)
    code = ctx.words.day_parts[parts["daypart"].lower()]
    day_value = tv.shift(reference, "D", step) if reference else "XXXX-XX-XX"
    return _date(parts, "TIME", f"{day_value}T{code}")


def _deictic(parts, ctx):
    code: str | None
    if parts["last_night"]:
        offset, code = -1, "NI"
    else:
        word = parts["word"].lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        if parts["offset"]:
            offset += -1 if parts["offset"].lower().endswith("before") else 1
        code = "NI" if word == "tonight" else None
        if parts["daypart"]:
            code = ctx.words.day_parts[parts["daypart"].lower()]
    if ctx.published is None:
        value = "PRESENT_REF" if offset == 0 and not code else "XXXX-XX-XX"
    else:
        value = tv.shift(ctx.published, "D", offset)
    if code and ctx.published is not None:
        return _date(parts, "TIME", f"{value}T{code}")
    return _date(parts, "DATE", value)


def _ago(parts, ctx):
    if parts["vague_unit"]:
        return _date(parts, "DATE", "PAST_REF")
    count = _number(ctx, parts["num"])
    unit = _unit(ctx, parts["unit"])
    direction = fold(parts["dir"] or parts["dir_end"])
    sign = 1 if direction in ("from now", "hence", "later", "after", "afterwards") else -1
    if count is None:
        return _date(parts, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    count, unit = _whole(count, unit)
    deictic = direction in ("ago", "from now", "hence")
    reference = ctx.published if deictic else ctx.anchor_for(unit)
    if count is None or reference is None:
        return _date(parts, "DATE", "XXXX-XX-XX" if reference is None else "PAST_REF")
    if unit in ("H", "MIN", "S"):
        return _date(parts, "DATE", reference.isoformat())
    try:
        value = tv.shift(reference, unit, sign * int(count))
    except (OverflowError, ValueError):  # beyond the calendar: only the direction is known
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
    return _date(parts, "DATE", value)


def _set(parts, ctx):
    if parts["annually"]:
        word = parts["annually"].lower()
        value = {"annually": "P1Y", "biannually": "P6M", "semi-annually": "P6M", "quarterly": "P3M"}
        return _date(parts, "SET", value[word])
    if parts["weekdays"]:
        return _date(parts, "SET", f"XXXX-WXX-{ctx.words.weekdays[parts['weekdays'].lower()]}")
    if parts["times"]:
        return _date(parts, "SET", _period(1, _unit(ctx, parts["per"])))
    if parts["weekday"]:
        return _date(parts, "SET", f"XXXX-WXX-{ctx.words.weekdays[parts['weekday'].lower()]}")
    if parts["month"]:
        return _date(parts, "SET", tv.month_value(None, ctx.words.months[parts["month"].lower()]))
    if parts["season"]:
        return _date(
            parts, "SET", tv.season_value(None, ctx.words.seasons[parts["season"].lower()])
        )
    if parts["daypart"]:
        return _date(parts, "SET", f"XXXX-XX-XXT{ctx.words.day_parts[parts['daypart'].lower()]}")
    if parts["weekend"]:
        return _date(parts, "SET", "XXXX-WXX-WE")
    count = 2 if parts["other"] else (_number(ctx, parts["n"]) if parts["n"] else 1)
    return _date(parts, "SET", _period(count or 1, _unit(ctx, parts["unit"])))


def _duration(parts, ctx):
    if parts["half_of"]:
        unit = _unit(ctx, parts["half_unit"])
        return _date(parts, "DURATION", _period(0.5, unit))
    if parts["bare"] or parts["long"]:
        unit = _unit(ctx, parts["bare"] or parts["long"])
        return _date(parts, "DURATION", _period(None, unit))
    unit_word = parts["unit"].lower()
    number_word = fold(parts["num"])
    if number_word in ("a", "an", "one") and unit_word in ("second", "quarter"):
        return None
    if unit_word == "quarter":
        return None
    count = _number(ctx, parts["num"])
    if count is not None and (parts["half"] or parts["half_pre"]):
        count += 0.5
    return _date(parts, "DURATION", _period(count, _unit(ctx, unit_word)))


def _weekday(parts, ctx):
    if _names_something(ctx.text, parts):
        return None
    weekday = ctx.words.weekdays[parts["weekday"].lower()]
    daypart = parts["daypart"]
    suffix = f"T{ctx.words.day_parts[daypart.lower()]}" if daypart else ""
    kind = "TIME" if suffix else "DATE"
    if ctx.published is None:
        return _date(parts, kind, f"XXXX-WXX-{weekday}{suffix}")
    word = (parts["dir"] or "").lower()
    direction = {"last": "last", "past": "last", "next": "next", "coming": "future"}.get(word)
    if direction is None:
        direction = ctx.tense(parts.start(), parts.end()) or "past"
    day = tv.weekday_date(ctx.published, weekday, direction)
    return _date(parts, kind, day.isoformat() + suffix)


def _anchored(parts, ctx):
    if parts["day"]:
        day = ctx.anchor
        return _date(parts, "DATE", day.isoformat() if day else "XXXX-XX-XX")
    if parts["period"]:
        unit = ctx.words.units[parts["period"].lower()]
        if ctx.published is None:
            return _date(parts, "DATE", "XXXX")
        return _date(parts, "DATE", tv.shift(ctx.published, unit, 0))
    phrase = fold(parts["phrase"])
    unit = "D" if "morning" in phrase else ctx.words.units[phrase.split()[1]]
    anchor = ctx.anchor_for(unit)
    if anchor is None:
        return _date(parts, "DATE", "XXXX-XX-XX")
    if "morning" in phrase:
        return _date(parts, "TIME", tv.shift(anchor, "D", 1) + "TMO")
    step = -1 if phrase.endswith("before") else 1
    return _date(parts, "DATE", tv.shift(anchor, unit, step))


_FOR_A_WHILE = re.compile(
    r"\bfor\s+(?:(?:more|less)\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?"
    r"(?:[\w-]+\s+)?(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
    r"\s+$",
    re.IGNORECASE,
)


def _reference(parts, ctx):
    if parts["open"]:
        phrase = fold(parts["open"])
        start = parts.start() + 3  # "in the past": the expression is "the past"
        return _Found(
            "DATE", "PAST_REF" if phrase.endswith("past") else "FUTURE_REF", start, parts.end()
        )
    phrase = fold(parts["plain"])
    value = ctx.words.refs[phrase]
    if phrase == "now" and ctx.published:
        before = ctx.text[max(0, parts.start() - 60) : parts.start()]
        if _FOR_A_WHILE.search(before):
            value = ctx.published.isoformat()  # "for a week now": up to the day of writing
    return _date(parts, "DATE", value)


def _year(parts, ctx):
    value = tv.year_value(int(parts["year"]))
    if not (parts["mod"] or parts["the_year"]) and not _looks_like_year(parts, ctx):
        return None
    if parts["year_end"]:
        end = parts["year_end"]
        if len(end) == 2 and int(end) <= int(parts["year"][2:]):
            return None
        if len(end) == 4 and end <= parts["year"]:
            return None
    return _date(parts, "DATE", _with_mod(parts, value))


_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_CAPITAL_AFTER = re.compile(r"\s+([A-Z])")


def _looks_like_year(parts, ctx) -> bool:
    """A bare four-digit number is a year unless a word around it says it counts something."""
    before = _word_before(ctx.text, parts.start())
    if before in ctx.words.not_before_year:
        return False
    after = _WORD_AFTER.match(ctx.text, parts.end(), parts.end() + 30)
    if after:
        word = after.group(1)
        if word.lower() in ctx.words.count_nouns:
            return False
        plural = word.islower() and word.endswith("s") and len(word) > 3
        if plural and before not in ctx.words.year_prepositions:
            return False
    return True


def _month(parts, ctx):
    month = ctx.words.months[parts["month"].lower()]
    lead = fold(parts["lead"] or "")
    if lead and not parts["mod"]:
        weak = lead in ("and", "or", "of", "to", "from", "between", "around")
        if month == 5 and weak:
            return None
        after = _CAPITAL_AFTER.match(ctx.text, parts.end(), parts.end() + 3)
        if weak and after:
            return None
    if ctx.published is None:
        value = tv.month_value(None, month)
    else:
        tense = ctx.tense(parts.start(), parts.end())
        value = tv.month_value(tv.month_year(ctx.published, month, tense), month)
    return _date(parts, "DATE", value)


def _season(parts, ctx):
    season = ctx.words.seasons[parts["season"].lower()]
    if ctx.published is None:
        return _date(parts, "DATE", tv.season_value(None, season))
    tense = ctx.tense(parts.start(), parts.end())
    year = tv.season_occurrence(ctx.published, season, tense)
    return _date(parts, "DATE", tv.season_value(year, season))


def _weekend(parts, ctx):
    if ctx.published is None:
        return _date(parts, "DATE", "XXXX-WXX-WE")
    tense = ctx.tense(parts.start(), parts.end())
    weekday = ctx.published.isoweekday()
    step = 0
    if tense != "future" and weekday < 6:
        step = -1
    return _date(parts, "DATE", tv.shift(ctx.published, "W", step) + "-WE")


_RULES = {
    "iso": _iso,
    "numeric": _numeric,
    "clock": _clock,
    "date_md": _month_day,
    "date_dm": _month_day,
    "month_year": _month_year,
    "holiday": _holiday,
    "decade": _decade,
    "decade_word": _decade_word,
    "century": _century,
    "fiscal": _fiscal,
    "quarter": _quarter,
    "season_year": _season_year,
    "relative": _relative,
    "deictic": _deictic,
    "ago": _ago,
    "set": _set,
    "duration": _duration,
    "weekday": _weekday,
    "anchored": _anchored,
    "reference": _reference,
    "year": _year,
    "month": _month,
    "season": _season,
    "weekend": _weekend,
}


# -- helpers ------------------------------------------------------------------------------


_LAST_WORD = re.compile(r"([A-Za-z.#]+)\W*$")


def _word_before(text: str, position: int) -> str:
    match = _LAST_WORD.search(text, max(0, position - 20), position)
    return match.group(1).lower().rstrip(".") if match else ""


_BEFORE_NAME = re.compile(r"\s+(?!(?:I|A)\b)[A-Z][a-z]")
_NEXT_CHUNK = re.compile(r"\s*(\S+)")  # the next word with what sticks to it ("Times,")
_PREPOSITION = re.compile(
    r"(?:\b(?:on|by|until|till|since|from|before|after|last|next|this|early|late)|,)\s+$",
    re.IGNORECASE,
)


def _names_something(text: str, parts: re.Match) -> bool:
    """ "the Sunday Times", "Saturday Night Live": a day name that starts a proper name."""
    if not _BEFORE_NAME.match(text, parts.end()):
        return False
    chunk = _NEXT_CHUNK.match(text, parts.end())
    if chunk and fold(chunk[1]).capitalize() in time_words().month_names:
        return False
    return not _PREPOSITION.search(text, max(0, parts.start() - 8), parts.start())


_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def _number(ctx: TimeContext, word: str) -> float | None:
    """A written or spelt number ("3", "1,000", "twenty-five", "a"); None for vague ones."""
    word = fold(word)
    digits = word.replace(",", "")
    if _DECIMAL.fullmatch(digits):
        return float(digits)
    if word in ctx.words.numbers:
        return float(ctx.words.numbers[word])
    tens, _, ones = word.replace(" ", "-").partition("-")
    if tens in ctx.words.numbers and ones in ctx.words.numbers:
        return float(ctx.words.numbers[tens] + ctx.words.numbers[ones])
    return None


def _unit(ctx: TimeContext, word: str) -> str:
    word = word.lower()
    if word == "centuries":
        word = "century"
    return ctx.words.units[
        word[:-1] if word.endswith("s") and word[:-1] in ctx.words.units else word
    ]


def _whole(count: float, unit: str) -> tuple[float | None, str]:
    """A fractional count in the next smaller unit ("1.5 years" = 18 months), if that is whole."""
    if count == int(count):
        return count, unit
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}.get(unit)
    if smaller and count * smaller[1] == int(count * smaller[1]):
        return count * smaller[1], smaller[0]
    return None, unit


def _period(count: float | None, unit: str) -> str:
    """A TIMEX3 duration: P3D, PT2H, P10Y for a decade; X for an unknown count."""
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "FN": ("W", 2), "Q": ("M", 3)}
    if unit in scale and count is not None:
        unit, factor = scale[unit]
        count *= factor
    amount = "X" if count is None else (str(int(count)) if count == int(count) else f"{count:g}")
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{unit[0]}"
    return f"P{amount}{unit}"


def _join_clock_times(text: str, found: list[_Found]) -> list[_Found]:
    """ "Tuesday at 3 p.m." and "3 p.m. on June 27" are one time: the day's date with the clock."""
    joined: list[_Found] = []
    for item in found:
        previous = joined[-1] if joined else None
        if previous and _adjacent(text, previous, item):
            day, clock = (previous, item) if _is_clock(item) else (item, previous)
            if _is_clock(clock) and tv.as_date(day.value[:10]) and "T" not in day.value:
                value = day.value[:10] + clock.value[clock.value.index("T") :]
                joined[-1] = _Found("TIME", value, previous.start, item.end)
                continue
        joined.append(item)
    return joined


def _is_clock(item: _Found) -> bool:
    return item.type == "TIME" and ":" in item.value


_GLUE = re.compile(r"[\s,]*(?:at|on|of)?[\s,]*")


def _adjacent(text: str, left: _Found, right: _Found) -> bool:
    return right.start - left.end <= 6 and _GLUE.fullmatch(text, left.end, right.start) is not None
