"""The time rules: one record per form of time expression.

Each rule holds its name, its pattern (a regular expression with named parts,
written with {PART} placeholders that timex_patterns fills from the lexicon),
the kinds of trigger word its expressions hold, the resolver that works out
its TIMEX3 value from the match and the context, and examples that a test runs
(as HeidelTime's rule files do). The scanner (timex.py) finds where to try
them; timex_values writes the values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from reader.parsing import timex_values as tv
from reader.parsing.alternation import words
from reader.parsing.calendar_values import as_date
from reader.parsing.data import table
from reader.parsing.lexicon import looks_plural
from reader.parsing.precompiled import compiled
from reader.parsing.tense import past_form, planned_by_intent, term_set_before
from reader.parsing.timex_context import (
    COMPARED_WITH,
    ENTRY_STAMP,
    Found,
    TimeContext,
    fold,
    time_words,
)

if TYPE_CHECKING:
    from reader.parsing.lexicon import Lexicon

# The publication date the examples are read against: a Thursday in ISO week 26.
EXAMPLE_PUBLISHED = date(2023, 6, 29)


class Example(NamedTuple):  # named tuples: cheaper to define at import than dataclasses
    """A sentence, the expression the rule finds in it and its value when published then."""

    sentence: str
    expression: str
    value: str
    published: date = EXAMPLE_PUBLISHED


class TimeRule(NamedTuple):
    name: str
    pattern: str  # a regular expression with {PART} placeholders (see timex_patterns)
    triggers: frozenset[str]  # the kinds of trigger word its expressions hold
    resolve: Callable[[re.Match[str], TimeContext], Found | None]
    examples: tuple[Example, ...]


# right after a determiner or a possessive ("the", "its", "the bank's"), as lookbehinds: the
# scanner tries a rule from its trigger or a run of opening words, which these are not
_AFTER_DETERMINER = (
    "(?:"
    + "|".join(
        f"(?<=\\b{word}\\s)"
        for word in ("[Tt]he", "[Ii]ts", "[Tt]heir", "[Hh]is", "[Hh]er", "[Oo]ur", "['’]s")
    )
    + ")"
)
# "a" or "an" right before a month that names what a noun is of ("a January forecast", "an
# April meeting"): as after "the", only before a noun in lower case (see _month_before_noun)
_AFTER_A = r"(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)"
_AFTER_SUPERLATIVE = "(?<=[a-z]est )"  # "the wettest August", "their busiest July"
# "a" or "an" and one word in lower case of three to twelve letters ("after a wet December",
# "an icy January"): a lookbehind of fixed width for each length (braces doubled for the
# rules' format)
_AFTER_A_AND_ADJECTIVE = (
    "(?:"
    + "|".join(
        f"(?<=\\b[Aa] [a-z]{{{{{n}}}}} )|(?<=\\b[Aa]n [a-z]{{{{{n}}}}} )" for n in range(3, 13)
    )
    + ")"
)


def _leading_number(text: str) -> int:
    """The number a group starts with ("27th" -> 27); its rule's pattern puts one there."""
    match = _DIGITS.match(text)
    if match is None:
        raise ValueError(f"no number at the start of {text!r}")
    return int(match.group())


_DIGITS = compiled(r"\d+")
_YEAR = compiled(r"\d{4}")


# -- the rules -------------------------------------------------------------------------


def _tense(parts: re.Match, ctx: TimeContext) -> str | None:
    """The tense around the expression, its lead word aside: the "until" of "until June" is
    a cue of its own, before the expression."""
    return ctx.tense(*_span(parts))


def _span(parts: re.Match, lead: str = "lead") -> tuple[int, int]:
    start = parts.end(lead) if lead in parts.re.groupindex and parts[lead] else parts.start()
    return start, parts.end()


def _date(parts, kind: str, value: str, lead: str = "lead") -> Found:
    start, end = _span(parts, lead)
    return Found(kind, value, start, end, mod=_mod(parts.string, start, end))


def _mod(text: str, start: int, end: int) -> str:
    """TimeML's mod for an expression opened by a part of a stretch: "the late 1970s" (END),
    "early June" (START), "the middle of the year" (MID); "" for any other."""
    opening = _OPENING.match(text, start, end)
    if opening is None:
        return ""
    return time_words().modifiers.get(opening[1].lower(), "")


_OPENING = compiled(r"(?:(?i:the|very)\s+)*([A-Za-z]+)")


def _with_mod(parts: re.Match, value: str) -> str:
    """TIMEX3 keeps "early 2009" at 2009; a half of a year and the middle of one are their
    own values."""
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
        if len(parts["year"]) == 2:
            year += 2000 if year < 50 else 1900
        day_first = first > 12 or (second <= 12 and _read_day_first(ctx, year, first, second))
        month, day = (second, first) if day_first else (first, second)
    if not tv.valid_day(year, month, day):
        return None
    return _date(parts, "DATE", tv.day_value(year, month, day))


def _read_day_first(ctx: TimeContext, year: int, first: int, second: int) -> bool:
    """Whether a numeric date both orders read ("4/3/2025") has its day first: when only
    that order gives the publication date (a dateline: "Ljubljana, 4/3/2025 -", published
    on 4 March), else as the text writes its other dates (see writes_day_first)."""
    published = ctx.published
    if published is not None and published.year == year and first != second:
        if (published.month, published.day) == (second, first):
            return True
        if (published.month, published.day) == (first, second):
            return False
    return ctx.writes_day_first()


def _clock(parts, ctx):
    if parts["named"]:
        clock = ctx.words.clock_words[parts["named"].lower()]
    elif parts["hour_oc"]:
        clock = f"{int(parts['hour_oc']):02d}:00"
    elif parts["hour_wire"] or parts["hour_mil"]:
        clock = f"{parts['hour_wire'] or parts['hour_mil']}:{parts['minute_wire'] or parts['minute_mil']}"
    elif parts["hour_stamp"]:
        if not ENTRY_STAMP.match(ctx.text, parts.end()):
            return None  # a figure opening a line ("10:15 in extra time"), no stamp
        clock = f"{int(parts['hour_stamp']):02d}:{parts['minute_stamp']}"
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
    if ENTRY_STAMP.match(ctx.text, parts.end()) and ctx.opens_line(parts.start()):
        day = ctx.day_of_entries()  # "12:30 - Police said ...": the report's day, not the story's
        return _date(parts, "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{clock}")
    day = ctx.day_of_report(parts.start())
    if day and ctx.published and day > ctx.published and _tense(parts, ctx) == "past":
        day = ctx.published  # "The vote is on Friday. Trading halted at noon.": not Friday's
    elif day and ctx.published and day < ctx.published and _tense(parts, ctx) == "future":
        day = ctx.day_to_come()  # "It won on May 2. The polls open at 7 a.m.": not May 2's
    past_midnight = clock == _MIDNIGHT and day is not None and day == ctx.published
    if past_midnight and _tense(parts, ctx) == "past":
        day -= timedelta(days=1)  # "the truce began at midnight", told that day: the one gone by
    if day is not None and _of_the_night_told(parts, day, clock, ctx):
        day -= timedelta(days=1)
    elif day is not None and _after_midnight(parts, day, clock, ctx):
        day += timedelta(days=1)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return _date(parts, "TIME", f"{prefix}T{clock}")


def _after_midnight(parts, day: date, clock: str, ctx) -> bool:
    """Whether a morning clock comes after the night of the day it was told with ("Rain fell
    on Tuesday night. By 3 a.m. ...", "between 10 p.m. and 4 a.m."): the night runs into
    the next day, whose date the clock takes. Not a day after the publication's, but in a
    plan ("police came at 11 p.m. and made the arrest at 1 a.m.", told that morning)."""
    if day != ctx.last_day or not ctx.night_told or clock >= _NOON:
        return False
    return not (ctx.published and day >= ctx.published and _tense(parts, ctx) != "future")


def _of_the_night_told(parts, day: date, clock: str, ctx) -> bool:
    """Whether an evening clock is of the night named just before, a day before the day it
    was to take ("Storms hit on Tuesday night, the agency said on Wednesday. Rain began at
    10 p.m."): the day of a telling told in between is not the clock's."""
    night = ctx.night_before(parts.start())
    return night is not None and clock >= _EVENING and day - night == timedelta(days=1)


_NOON = "12:00"
_MIDNIGHT = "24:00"  # TimeML's midnight: the end of the day it is of
_EVENING = "18:00"


def _month_span(parts, ctx):
    """A quarter or a half named by its months, as reports of firms whose year is not the
    calendar's write them ("the April-June quarter", "the January-June period", "the July
    to September quarter"); another stretch of months has no one TIMEX3 value."""
    first = ctx.words.months[parts["first"].rstrip(".").lower()]
    last = ctx.words.months[parts["last"].rstrip(".").lower()]
    if not ((first % 3 == 1 and last == first + 2) or (first in (1, 7) and last == first + 5)):
        return None
    if parts["year"]:
        year = int(parts["year"])
    elif ctx.published is None:
        year = None
    else:
        tense = ctx.tense(parts.start(), parts.end())
        year = tv.quarter_year(ctx.published, (first + 2) // 3, tense)
    if last == first + 2:
        return _date(parts, "DATE", tv.quarter_value(year, (first + 2) // 3))
    return _date(parts, "DATE", tv.half_value(year, (first + 5) // 6))


def _month_quarter(parts, ctx):
    """ "the March quarter", "the December quarter of 2007": the quarter holding that month,
    as firms whose year is not the calendar's name their quarters."""
    quarter = (ctx.words.months[parts["month"].lower()] + 2) // 3
    if parts["year"]:
        year: int | None = int(parts["year"])
    elif ctx.published is None:
        year = None
    else:
        year = tv.quarter_year(ctx.published, quarter, ctx.tense(parts.start(), parts.end()))
    return _date(parts, "DATE", tv.quarter_value(year, quarter))


def _month_day(parts, ctx):
    month = ctx.words.months[parts["month"].rstrip(".").lower()]
    if _counted_after_month(parts, ctx):
        return _month_alone(parts, "DATE", _month_value(parts, ctx, month))
    day = _day_number(parts, ctx)
    year: int | None
    if parts["year"]:
        year = int(parts["year"])
    elif parts["rel_year"] or parts["that_year"]:
        year = _told_year(parts, ctx)
    elif after := _year_after(ctx, parts.end()):
        year = after  # "on July 26 in 1987": the year told right after the day
    elif ctx.published:
        year = _narrated(parts, ctx) or _year_for_day(ctx, ctx.published, parts, month, day)
        year = _after_range_start(ctx, parts.start(), year, month, day)
    else:
        year = _narrated(parts, ctx)
    if not tv.valid_day(year, month, day):
        return None
    if parts["day_end"] and _leading_number(parts["day_end"]) <= day:
        return None
    if not (parts["year"] or parts["rel_year"] or parts["that_year"]) and _kept_by_custom(
        ctx, parts.start(), parts.end()
    ):
        return _date(parts, "DATE", f"XXXX-{month:02d}-{day:02d}")
    return _date(parts, "DATE", tv.day_value(year, month, day))


def _year_after(ctx, end: int) -> int | None:
    """The year told by "in" or "of" right after a day named without one ("on July 26 in
    1987", "on 4 March of 1852", "on March 3 in the year 2000"): the day's year, told as a
    time of its own; only a number the year rule reads as a year and no noun after it
    counts or prices ("on May 1 of 1500 nurses", "on March 3 in 2015 dollars")."""
    lead = _YEAR_AFTER.match(ctx.text, end)
    if lead is None:
        return None
    from reader.parsing.timex_patterns import rule

    year = rule("year").match(ctx.text, lead.end())
    if year is None or year["mod"] or year["year_end"]:
        return None
    found = _year(year, ctx)
    if found is None or found.type != "DATE" or _plural_after(ctx.text, year.end()):
        return None
    return int(year["year"])


_YEAR_AFTER = compiled(  # where a year after a day and its "in" or "of" starts
    r"[^\S\n]+(?:in|of)[^\S\n]+(?=(?:the[^\S\n]+year[^\S\n]+)?(?:1\d{3}|20\d\d)(?![\w-]))"
)
_CUSTOM_REACH = 120  # how far before a day a word of custom may stand (an aside between)
_OPENING_REACH = 64  # how far into its sentence a word of custom opening it may end
# after a word of custom opening its sentence, the rest of the phrase, set off by a comma:
# after a preposition up to two words ("In a typical year,", "in normal circumstances,"),
# alone none ("Usually, the lake freezes by ..."; not "Typically cautious, the bank ...")
_PHRASE_REST = compiled(r"(?:\s+[A-Za-z]+){0,2}\s*,")
_ALONE_REST = compiled(r"\s*,")
# after a word of custom, the day's own noun and "of" ("its normal onset date of June 27")
_OF_THE_DAY = compiled(r"(?:\s+[A-Za-z]+){1,2}\s+of\s+")
_ASIDE = compiled(r",[^,;]{1,60},")  # ", its last outpost," between a verb and its time


def _kept_by_custom(ctx, at: int, end: int) -> bool:
    """Whether the day at text[at:end], named without a year, is a date kept every year (see
    custom_words and yearly_words in timex_lexicon.json): "falls on May 4 every year", "the
    normal onset date of June 27" (the word qualifies the day's own noun), or, in a clause
    not told in the past, a day after such a word in its own clause ("usually reaches the
    coast by July 15") or in the clause a phrase opening the sentence frames ("In normal
    years, the rains come by June 1": TimeContext.opening, TimeContext.frames). Not "as
    usual" nor "than normal", and not one year's event told in the past ("Life returned
    to normal on April 12", "Typically cautious, the bank cut rates on April 12", "The
    ferry usually starts in May, but this year it opened on April 12"). An adverb of custom
    right before its verb in the past tells a habit gone by, a day of no year still ("The
    ferry usually sailed on June 1 before the war")."""
    before, after = _custom_patterns()
    if after.match(ctx.text, end):
        return True
    first = ctx.sentence_start(at)
    framed = False
    for cue in before.finditer(ctx.text, max(first, at - _CUSTOM_REACH), at):
        if _OF_THE_DAY.fullmatch(ctx.text, cue.end(), at):
            return True  # "its normal opening date of April 12"
        clause = _ASIDE.sub("", ctx.text[cue.end() : at])
        if "," not in clause and ";" not in clause and ctx.frames(cue.end(), at):
            framed = True  # in the day's own clause
            verb = _NEXT_LOWER_WORD.match(ctx.text, cue.end())  # "usually sailed"
            if cue.group().lower().endswith("ly") and verb and past_form(verb[1]):
                return True  # "usually sailed ... on June 1": a habit gone by, every year's
    framed = framed or _opens_framing(ctx, before, first, at)
    return framed and ctx.tense(at, end) != "past"


def _opens_framing(ctx, before: re.Pattern[str], first: int, at: int) -> bool:
    """Whether a word of custom opens the sentence (from `first`) in a phrase set off by a
    comma that frames the time at `at` ("In a typical year, the first frost comes by ...",
    "Usually, the lake freezes by ...")."""
    opening = before.search(ctx.text, first, min(at, first + _OPENING_REACH))
    head = ctx.opening(opening.start()) if opening is not None else None
    if opening is None or head is None:
        return False
    rest = (_PHRASE_REST if head["lead"] else _ALONE_REST).match(ctx.text, opening.end())
    return rest is not None and rest.end() <= at and ctx.frames(rest.end(), at)


@cache
def _custom_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of custom not after "as" or "than", and one of "every year" right after a day."""
    lexicon = table("timex_lexicon.json")
    custom, yearly = lexicon["custom_words"], lexicon["yearly_words"]
    return (
        compiled(
            r"(?<![\w'-])(?<!\b[Aa]s\s)(?<!\b[Tt]han\s)"
            + words([*custom, *yearly], fold=True)
            + r"(?![\w'-])"
        ),
        compiled(r",?\s+" + words(yearly, fold=True) + r"(?![\w'-])"),
    )


def _day_number(parts, ctx) -> int:
    """The day of the month written in figures ("27", "3rd") or as an ordinal word
    ("first" -> 1, "Twenty-Third" -> 23)."""
    if parts["day"]:
        return _leading_number(parts["day"])
    return ctx.words.day_ordinals[fold(parts["day_word"])]


def _counted_after_month(parts, ctx, lead: str | None = None) -> bool:
    """Whether the number after a month led by a month's word ("in", "during", "next",
    "last", "this") counts what follows it, a plural noun or a share: "In March 15 people
    were killed", "will hire next May 12 engineers", "In May 12 percent backed him" tell
    March and May, no day. A day's own word ("on May 12 protesters marched", "since",
    "by") or a year after the day keeps the day. `lead`: the word before the match, when
    the rule read it."""
    after = _COUNTED.match(ctx.text, parts.end())
    if after is None or any(
        name in parts.re.groupindex and parts[name] for name in ("year", "day_end", "weekday")
    ):
        return False
    day = "day" if "day" in parts.re.groupindex else "month_day"
    if parts.start("month") > parts.start(day):
        return False  # "12 May": the day before its month
    if (lead or _word_before(ctx.text, parts.start())) not in _MONTH_LEADS:
        return False
    word = after[1]
    if word is None or word in ctx.words.count_nouns:
        return True  # "12%", "15 people"
    from reader.parsing.lexicon import lexicon

    return looks_plural(word) and word not in lexicon().function_words


_MONTH_LEADS = frozenset(("in", "during", "throughout", "next", "last", "this"))
_COUNTED = compiled(r"[^\S\n]*%|[^\S\n]+([a-z]+)(?![\w'’-])")


def _month_alone(parts, kind: str, value: str) -> Found:
    """The month of a match that ran on into a count after it, without the count."""
    start, _ = _span(parts)
    return Found(kind, value, start, parts.end("month"))


def _after_range_start(ctx: TimeContext, at: int, year: int, month: int, day: int) -> int:
    """The end of a range of days runs on from its start: "from June 1 to November 30"
    (read in May) ends in the November after that June, though last November is nearer."""
    first = ctx.range_start(at)
    if first is None or not tv.valid_day(year, month, day) or date(year, month, day) >= first:
        return year
    return year + 1 if tv.valid_day(year + 1, month, day) else year


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
    # "the February 4 election" names an event: the clause's tense is of something else
    named = ctx.names_event(parts.start(), parts.end())
    tense = None if named else ctx.tense(parts.start(), parts.end())
    back = tense == "future" and ctx.refers_back(parts.start(), parts.end())
    year = tv.day_year(published, month, day, tense, back)
    if (
        tense != "future"
        and not named
        and (
            planned_by_intent(ctx.text, parts.start())
            or _plan_told_in_the_past(ctx.text, parts.start(), parts.end())
        )
    ):
        # "ordered him to appear on April 20": of the thing bid, to come, or of the order;
        # "was due to open on April 20": a plan told in the past, still to come or overtaken
        year = tv.nearest_day_year(published, month, day, year)
    # "since March 28", "since the March 28 attack", "down from its peak on March 28": a
    # stretch running to now starts on or before the report's day
    since = _runs_to_now(ctx, parts.start()) and tv.valid_day(year, month, day)
    if since and date(year, month, day) > published and tv.valid_day(year - 1, month, day):
        year -= 1
    return year


def _runs_to_now(ctx: TimeContext, at: int) -> bool:
    """Whether the day at `at` opens a stretch running to now: after "since" (maybe "the",
    "its" or "their": "since the May 5 blast") or after a peak, a high or a low a figure
    is told from (extreme_nouns of timex_lexicon.json: "down 30% from their peak on May
    5", "below its record high of May 5")."""
    if _word_before(ctx.text, at) == "since":
        return True
    return _stretch_to_now().search(ctx.text, max(0, at - _TO_NOW_REACH), at) is not None


@cache
def _stretch_to_now() -> re.Pattern[str]:
    extremes = words(table("timex_lexicon.json")["extreme_nouns"], fold=True)
    return compiled(
        r"(?<![\w'’])(?:(?i:since)\s+(?i:the|its|their)"
        rf"|(?i:from|below|above|off)\s+(?i:the|its|their|a)\s+(?:[a-z]+\s+)?{extremes}\s+(?i:on|of))\s+\Z"
    )


_TO_NOW_REACH = 40  # "from their all-time peak on ": what may stand before the day


def _month_year(parts, ctx):
    month = ctx.words.months[parts["month"].rstrip(".").lower()]
    if parts["rel_year"] or parts["that_year"]:
        year = _told_year(parts, ctx)
    elif parts["short"]:
        year = _two_digit_year(ctx, parts["short"])
    else:
        year = int(parts["year"] or parts["early"])
    return _date(parts, "DATE", _with_mod(parts, tv.month_value(year, month)))


def _told_year(parts, ctx) -> int | None:
    """The year of "in July last year", "on 3 March next year" (the publication's, moved)
    or "on June 3 of that year" (the year told last, moved)."""
    if parts["that_year"]:
        step = ctx.words.relative_steps[fold(parts["that_year"])]
        return None if ctx.last_year is None else ctx.last_year + step
    if ctx.published is None:
        return None
    return ctx.published.year + ctx.words.relative_steps[parts["rel_year"].lower()]


def _holiday(parts, ctx):
    """A day by name, fixed ("Christmas") or moving ("Thanksgiving", "Good Friday"): in the
    year written, else the occurrence the tense points to; none when the name starts a
    longer one ("Easter Island", "Christmas Island") or ends a person's ("Jack Christmas
    said"). "The day before/after" one is the day next to it."""
    if _CAPITAL_AFTER.match(ctx.text, parts.end()) and not parts["year"]:
        chunk = _NEXT_CHUNK.match(ctx.text, parts.end())
        if not (chunk and fold(chunk[1]).capitalize() in ctx.words.month_names):
            return None
    if not parts["offset"] and _name_before_a_holiday(
        ctx.text, parts.start(), " " in parts["holiday"]
    ):
        return None
    rule = ctx.words.holidays[fold(parts["holiday"])]
    if parts["year"]:
        day = tv.holiday_date(int(parts["year"]), rule)
    elif ctx.published:
        near = tv.holiday_date(ctx.published.year, rule)
        tense = ctx.tense(parts.start(), parts.end())
        day = tv.holiday_date(tv.day_year(ctx.published, near.month, near.day, tense), rule)
    else:
        fixed = "/" not in rule and not rule.startswith("E") and not parts["offset"]
        value = tv.day_value(None, *(int(x) for x in rule.split("-"))) if fixed else "XXXX-XX-XX"
        return _date(parts, "DATE", value)
    if parts["offset"]:  # "the day after Thanksgiving"
        day += timedelta(days=-1 if parts["offset"].lower().endswith("before") else 1)
    return _date(parts, "DATE", day.isoformat())


_WORD_BEFORE = compiled(r"([A-Z][\w'’-]*)[^\S\n]+\Z")


def _name_before_a_holiday(text: str, position: int, of_more_words: bool) -> bool:
    """Whether a capitalised word no function word stands right before a holiday's name:
    the name of another day ("Holocaust Remembrance Day", "Orthodox Christmas", "Velkor
    Independence Day"), whose date the holiday's is not; "On Christmas", "Last Easter" and
    "Merry Christmas", "Till Christmas", "Will Christmas be quiet?" keep it, and so does
    a holiday of one word after a place the gazetteer knows or a name after a
    preposition: that place's own day ("the New Zealand Christmas holiday", "In Kelby
    Christmas was quiet"). A given name before it makes the holiday a surname ("Jack
    Christmas said")."""
    from reader.parsing.lexicon import lexicon

    before = _WORD_BEFORE.search(text, max(0, position - 30), position)
    if before is None:
        return False
    word = before[1].lower()
    lex = lexicon()
    if word in lex.function_words or word in _holiday_openers():
        return False
    if of_more_words:
        return True
    placed = _word_before(text, before.start(1)) in lex.place_prepositions
    return not (placed or _place_ending_at(text, before.start(1), word, lex))


@cache
def _holiday_openers() -> frozenset[str]:
    """Words of a greeting or a time that open a sentence before a holiday and are no
    function word ("Merry", "Happy", "Till")."""
    return frozenset(table("timex_lexicon.json")["holiday_openers"])


def _place_ending_at(text: str, start: int, word: str, lex: Lexicon) -> bool:
    """Whether the capitalised `word` at `start`, alone or after one more capitalised
    word, names a place the gazetteer knows ("Ostrava", "New Zealand")."""
    if lex.is_place(word):
        return True
    more = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return more is not None and lex.is_place(f"{more[1].lower()} {word}")


def _decade(parts, ctx):
    digits = parts["decade"].lstrip("'")
    written_with_the = parts.group().lower().lstrip().startswith("the")
    if len(digits) == 2:
        if not (parts["decade"].startswith("'") or written_with_the):
            return None
        if _word_before(ctx.text, parts.start()) in ("his", "her", "their", "its", "my", "our"):
            return None
        if _degrees(parts, ctx):
            return None
        digits = ("19" if digits != "00" else "20") + digits
    if digits.endswith("00") and digits < "2000":
        return _date(parts, "DATE", tv.century_value(int(digits[:2]) + 1))  # the 1800s
    return _date(parts, "DATE", tv.decade_value(int(digits)))


def _degrees(parts, ctx) -> bool:
    """Whether "the 30s" are degrees: a degree sign or "degrees" follows, or a word of the
    weather comes shortly before in the clause ("highs in the 80s", "temperatures in the
    30s°F"), as in a weather report or a travel guide."""
    if _DEGREE_AFTER.match(ctx.text, parts.end()):
        return True
    clause = ctx.text[max(0, parts.start() - _WEATHER_REACH) : parts.start()]
    words = _WORDS.findall(re.split(r"[,;.]", clause)[-1].lower())
    return not ctx.words.temperature_words.isdisjoint(words)


_DEGREE_AFTER = compiled(r"\s*(?:°|(?i:degrees)\b)")
_WEATHER_REACH = 40  # how far before "the 80s" a word of the weather may be
_WORDS = compiled(r"[A-Za-z]+")


def _decade_word(parts, ctx):
    """ "the nineties", "the late Sixties": a decade of the 1900s, as "the '90s" is."""
    return _date(
        parts, "DATE", tv.decade_value(1900 + 10 * ctx.words.decades[parts["word"].lower()])
    )


def _century(parts, ctx):
    """ "the 19th century", "the third century BC"; cricket's hundred runs ("it was the
    first century of the tour") is none: spelt in letters, with no era, a modifier or a
    time's preposition before it ("in", "from", "to"...), or the sentence's start, no
    century of years."""
    name = parts["century"].lower()
    number = ctx.words.century_words.get(name) or _leading_number(name)
    if number < 1:
        return None  # "the 0th century" names no century
    framed = parts["era"] or parts["mod"] or "-" in parts.group()
    if not (name[0].isdigit() or framed or _opens_a_time(ctx, parts.start())):
        return None  # spelt in letters, with nothing that makes it a time
    if not (name[0].isdigit() or parts["era"]) and _OF_A_RUN.match(ctx.text, parts.end()):
        return None  # "after the second century of his career": a batter's hundred
    era = ctx.words.eras[parts["era"]] if parts["era"] else "AD"
    return _date(parts, "DATE", tv.era_value(tv.century_value(number), era))


# what follows a hundred runs counted in a career, a tour or a series ("the first century
# of the tour", "of his career"): no era ("the first century of the Common Era")
_OF_A_RUN = compiled(
    r"\s+of\s+(?i:the|his|her|their|its)\s+(?!(?i:common\s+|christian\s+|current\s+)?(?i:era)\b)\w"
)


def _opens_a_time(ctx, at: int) -> bool:
    """Whether the expression at `at` opens its sentence or follows a preposition of time
    ("in the fifth century", "back to the third century": the year_prepositions, "to")."""
    before = ctx.text[max(0, at - 3) : at].rstrip()
    if not before or before[-1] in '.!?\n"(':
        return True
    word = _word_before(ctx.text, at)
    return word == "to" or word in ctx.words.year_prepositions


def _fiscal(parts, ctx):
    """A firm's year of accounts named by a year before or after its words ("fiscal 2022", "the
    2022 financial year"; of "2021/22", the first), as TimeML writes it: FY2022."""
    if parts["year"] or parts["year_first"]:
        year = int(parts["year"] or parts["year_first"])
    else:
        short = parts["fy"]
        year = int(short) if len(short) == 4 else 2000 + int(short)
        if year < 1:
            return None  # "FY0000" names no year
    return _date(parts, "DATE", f"FY{year}")


def _quarter(parts, ctx):
    year: int | None
    if parts["hh"] or parts["h"]:  # "H1 2009", "1H09", a bare "H2" in a business report
        number = int(parts["hh"] or parts["h"])
        written = parts["hyear"] or parts["hyear2"] or parts["hshort"] or parts["hshort2"]
        if written:
            year = int(written) if len(written) == 4 else 2000 + int(written)
            return _date(parts, "DATE", tv.half_value(year, number))
        if not _of_a_year(parts, ctx):
            return None
        part = "half"
    elif parts["q"] or parts["qq"] or parts["yq"]:
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
        if part == "half" and not (
            parts["rel"] or parts["rel_pre"] or _of_a_year(parts, ctx, True)
        ):
            return None
    relative = (parts["rel"] or parts["rel_pre"] or "").lower()
    if ctx.published is None:
        year = None
    elif relative in ("last", "next"):
        year = ctx.published.year + (1 if relative == "next" else -1)
    elif relative:
        year = ctx.published.year
    else:
        year = _base_of_comparison(parts, ctx, part[0].upper(), number)
        if year is None:
            tense = ctx.tense(parts.start(), parts.end())
            if tense is None and _change_told_before(parts, ctx):
                tense = "past"  # "exports grow 9% in first half": a figure of it is reported
            accounts = tense == "future" and _tells_accounts(ctx, parts)
            year = tv.part_year(
                ctx.published, number, 4 if part == "quarter" else 2, tense, accounts
            )
            if part == "half" and tense == "past":
                year = _past_half_year(parts, ctx, year, number)
    value = (tv.quarter_value if part == "quarter" else tv.half_value)(year, number)
    return _date(parts, "DATE", value)


def _tells_accounts(ctx, parts) -> bool:
    """Whether the quarter's or the half's own phrase names figures reported for it after it
    ends (accounts_nouns of timex_lexicon.json), which a plan may tell of the period just
    ended: right after it ("fourth-quarter profit will double", said in January) or before
    it, their verb's subject or the noun the period qualifies ("Profit will double in the
    fourth quarter", "profit for the fourth quarter"). Figures elsewhere in the sentence
    ("will ship in the fourth quarter, the firm said, after profit fell") or a thing's sales
    ("Sales of the phone will start in the fourth quarter") leave the plan's quarter."""
    before, after = _accounts_phrase()
    lower = max(0, parts.start() - _ACCOUNTS_REACH)
    return bool(after.match(ctx.text, parts.end()) or before.search(ctx.text, lower, parts.start()))


_ACCOUNTS_REACH = 60


@cache
def _accounts_phrase() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The figures' noun before a period (a few words of its clause, no "of", between; the
    firm's name in the possessive may stand before the period: "the estimate for Kelby's
    second quarter") and right after it (maybe after a possessive and two words:
    "fourth-quarter net profit")."""
    nouns = words(table("timex_lexicon.json")["accounts_nouns"], fold=True)
    before = compiled(
        rf"(?<![\w'’-]){nouns}(?:\s+(?!(?i:of|and|or|but|that|which|after|as|when|while)\b)"
        r"[\w'’-]+){0,5}?\s+(?i:in|for|during|over|by)\s+(?:[A-Z][\w.&-]*['’]s\s+)?\Z"
    )
    after = compiled(
        r"(?:['’]s)?(?:\s+(?!(?i:and|or|but|as|after|while|when|if|because|than|in|on|at|for"
        rf"|to|from|by|with)\b)[a-z-]+){{0,2}}?\s+{nouns}(?![\w'’-])"
    )
    return before, after


def _past_half_year(parts, ctx, year: int, number: int) -> int:
    """The year of a half told as a whole in the past, the subject of a past verb ("The
    first half was hard," said in March): one ended by the publication, the year before's
    where the year's is still running. Not a half something happened in ("exports picked up
    in the second half", said in September: its begun part), nor one before a verb in the
    present or the perfect ("the first half looks better", "has been hard")."""
    if _word_before(ctx.text, parts.start()) in _WITHIN or not _PAST_AFTER.match(
        ctx.text, parts.end()
    ):
        return year
    return year if tv.part_end(year, number, 2) < ctx.published else year - 1


_WITHIN = frozenset(("in", "during", "into", "since", "throughout"))  # before a part begun
# a verb in the past right after its subject: "was", "were", "proved", "ended"
_PAST_AFTER = compiled(r"\s+(?i:was|were|proved|brought|saw|\w+ed)\b")


def _base_of_comparison(parts, ctx, grain: str, number: int) -> int | None:
    """The year of a quarter or a half a period told just before in its sentence is compared
    with ("the second half would be stronger than the first half", "up from the third
    quarter"): the latest such part up to the period told, whatever the tense of the
    comparison; the same part compared is the year before's ("the third quarter, up from
    the third quarter"); None when no period of that grain was told in the sentence."""
    if _word_before(ctx.text, parts.start()) not in _BASE_BEFORE:
        return None
    told = _TOLD_PART.fullmatch(ctx.period_told(parts.start()) or "")
    if told is None or told[2] != grain:
        return None
    year = int(told[1])
    return year if number < int(told[3]) else year - 1


_TOLD_PART = compiled(r"(\d{4})-([QH])([1-4])")
# the words before a comparison's base ("than", "from", "compared with"); not "on", which
# also leads to what is reported on ("will report on the third quarter")
_BASE_BEFORE = frozenset(("than", "from", "with", "over", "versus", "vs"))


def _of_a_year(parts, ctx, half: bool = False) -> bool:
    """Whether a bare "the first half" is a half of the year, or "for the year" the year's:
    its sentence reports figures or a year's accounts ("sales rose 12 percent in the first
    half", "cut its forecast for the year"), as a game's or a trip's does not ("scored
    twice in the first half", "moved to York for the year"), or a half where the text
    names quarters or halves of a year elsewhere (see TimeContext.reports_accounts) and
    its paragraph tells no game (a firm's football club's: "won 2-1, and Vell scored in
    the second half")."""
    if ctx.words.year_half_cues.search(ctx.sentence_text(parts.start())) is not None:
        return True
    return half and ctx.reports_accounts() and not _tells_a_game(ctx, parts.start())


def _tells_a_game(ctx, at: int) -> bool:
    """Whether the paragraph (line) around `at` tells a score or a word of play."""
    opens = ctx.text.rfind("\n", 0, at) + 1
    ends = ctx.text.find("\n", at)
    found = ctx.words.game_cues.search(ctx.text, opens, len(ctx.text) if ends < 0 else ends)
    return found is not None


def _season_year(parts, ctx):
    """ "the spring of 2020"; "the autumn of that year", "the summer of last year": the year
    told last or the publication's, moved (see _told_year)."""
    word = parts["season"].lower()
    if word in _VERB_SEASONS and _word_before(ctx.text, parts.start("season")) in _auxiliaries():
        return None  # "Orders are expected to fall this year": the verb, before "this year"
    season = ctx.words.seasons[word]
    year = int(parts["year"]) if parts["year"] else _told_year(parts, ctx)
    return _date(parts, "DATE", _with_mod(parts, tv.season_value(year, season)))


_VERB_SEASONS = frozenset(("fall", "spring"))  # seasons spelt as verbs


@cache
def _auxiliaries() -> frozenset[str]:
    """The words after which a verb takes its bare form ("to", "will", "could", "not")."""
    return frozenset(table("timex_tense_cues.json")["auxiliaries"])


def _relative(parts, ctx):
    rel = fold(parts["rel"])
    step = ctx.words.relative_steps.get(rel, 0)
    anchored = rel in ctx.words.anchored_words
    unit = ctx.words.units[parts["unit"].lower()] if parts["unit"] else "D"
    # "that spring", "the following summer": a season of the year told last
    grain = "Y" if parts["season"] else unit
    reference = ctx.anchor_for(grain) if anchored else ctx.published
    if parts["session"]:
        return _session(parts, ctx, step if anchored else 0)
    daypart = parts["daypart"] or parts["weekday_part"]
    suffix = f"T{ctx.words.day_parts[daypart.lower()]}" if daypart else ""
    kind = "TIME" if suffix else "DATE"
    if parts["unit"]:
        unit = ctx.words.units[parts["unit"].lower()]
        if unit in ("S", "MIN", "H") or (unit == "D" and step < 0 and not anchored):
            return None
        apposed = ctx.apposed_day(parts.start(), parts.end()) if unit == "D" and anchored else None
        if apposed and not suffix:  # "on Tuesday, the previous day,": that Tuesday
            return _date(parts, kind, apposed.isoformat())
        if parts["trading"] and unit == "D" and step and reference is not None:
            # "the previous trading day", told of a Monday: the Friday
            return _date(parts, kind, _trading_day(reference, step).isoformat() + suffix)
        if reference is None:
            value = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(
                unit, "XXXX"
            )
        else:
            value = _ahead(parts, ctx, unit, step, tv.shift(reference, unit, step), anchored)
        value = _with_mod(parts, value)
        if parts["fiscal"] and _YEAR.fullmatch(value):  # "last fiscal year": a year of accounts
            value = f"FY{value}"
        return _date(parts, kind, value + suffix)
    if parts["weekend"]:
        if reference is None:
            return _date(parts, kind, "XXXX-WXX-WE")
        if not (step or anchored) and reference.isoweekday() < 6 and _tense(parts, ctx) == "past":
            step = -1  # "protesters marched this weekend", told on a Monday: the one gone by
        return _date(parts, kind, tv.shift(reference, "W", step) + "-WE")
    if parts["season"]:
        if _season_opens_a_name(parts, ctx):
            return None  # "the coming Spring Festival": a feast's name, no season
        season = ctx.words.seasons[parts["season"].lower()]
        which = {-1: "last", 1: "next"}.get(step, "this")
        if (
            step == 1
            and rel.endswith("coming")
            and reference
            and _season_just_begun(reference, season)
        ):
            which = "future"  # "the coming summer", told in its first month: the one begun
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
        day_of_month = int(parts["month_day"] or 0)
        value = _with_mod(parts, tv.month_value(year, month))
        if day_of_month and _counted_after_month(parts, ctx, rel):
            return _month_alone(parts, kind, value)  # "will hire next May 12 engineers"
        if day_of_month and tv.valid_day(year, month, day_of_month):
            return _date(parts, "DATE", date(year, month, day_of_month).isoformat())
        return _date(parts, kind, value)
    # a part of the day: "this morning", "that night", "last night" (yesterday's)
    code = ctx.words.day_parts[parts["daypart"].lower()]
    day_value = tv.shift(reference, "D", step) if reference else "XXXX-XX-XX"
    return _date(parts, "TIME", f"{day_value}T{code}")


def _session(parts, ctx, step: int):
    """ "the previous session", "the prior trading session": of a market report, the
    trading day before the day told last ("the index fell on Wednesday after gaining 0.8
    percent in the previous session": Tuesday), a weekend holding none. A parliament's or a
    court's session ("the previous session of parliament", "this session", one in a
    sentence with no word of a market) is no day."""
    if step >= 0 or _OF_AFTER.match(ctx.text, parts.end()):
        return None
    sentence = ctx.sentence_text(parts.start())
    if _market_words().search(sentence) is None or _market_moves().search(sentence) is None:
        return None  # "the parliament passed the currency law after the previous session"
    reference = ctx.anchor_for("D")
    if reference is None:
        return _date(parts, "DATE", "XXXX-XX-XX")
    return _date(parts, "DATE", _trading_day(reference, step).isoformat())


def _trading_day(reference: date, step: int) -> date:
    """The trading day `step` trading days from `reference`, a weekend holding none:
    Monday's previous session, or previous trading day, is the Friday."""
    day, left = reference, abs(step)
    while left:
        day += timedelta(days=1 if step > 0 else -1)
        left -= day.isoweekday() <= 5
    return day


_OF_AFTER = compiled(r"\s+(?i:of)\b")


@cache
def _market_words() -> re.Pattern[str]:
    """Finds a word of a market's report (market_words of timex_lexicon.json) or of an
    index (index_words and index_modifiers of name_words.json: "index", "shares")."""
    index = table("name_words.json")
    market = [*table("timex_lexicon.json")["market_words"], *index["index_words"]]
    market += index["index_modifiers"]
    return compiled(rf"(?<![\w'’-]){words(market, fold=True)}(?![\w'’-])")


@cache
def _market_moves() -> re.Pattern[str]:
    """Finds a verb of a price's move or of a trading session (market_verbs of
    name_words.json, session_verbs of price_moves.json): "fell", "gained", "closed"."""
    verbs = [*table("name_words.json")["market_verbs"], *table("price_moves.json")["session_verbs"]]
    return compiled(rf"(?<![\w'’-]){words(verbs, fold=True)}(?![\w'’-])")


def _same_period(parts, ctx):
    """ "the same period last year", "the same month a year earlier", "the year-ago quarter",
    "the year-earlier period", "the prior-year month":
    the quarter, half or month told last (in its sentence or the one before) a year back;
    else the year before the publication's ("last", "ago") or the year told last. "The same
    period of 2022" is that period in the year named."""
    unit = (parts["same_unit"] or "").lower()
    back = ctx.last_day and tv.shift_date(ctx.last_day, "Y", -1)
    if unit in _DAY_GRAINS and not parts["same_year"] and back:
        # "up on the same day last year": the day (week, weekend) told last, a year back
        return _date(parts, "DATE", _DAY_GRAINS[unit](back))
    period = ctx.period_told(parts.start(), sentences=1)
    if parts["same_year"]:
        year = int(parts["same_year"])
        value = tv.shift_years(period, year - int(period[:4])) if period else tv.year_value(year)
        return _date(parts, "DATE", value)
    if period:
        return _date(parts, "DATE", tv.shift_years(period, -1))
    deictic = fold(parts["rel"] or parts["dir"] or "ago") in ("last", "ago")
    reference = ctx.published if deictic else ctx.anchor_for("Y")
    return _date(parts, "DATE", tv.shift(reference, "Y", -1) if reference else "XXXX")


# the grains "the same ... last year" reads from the day told last, and how each is written
_DAY_GRAINS: dict[str, Callable[[date], str]] = {
    "day": date.isoformat,
    "week": tv.week_value,
    "weekend": tv.weekend_value,
}


def _week_of(parts, ctx):
    """ "the week of January 22": the ISO week holding that day; "the weekend of January
    13", that week's weekend; "the night of August 30", that part of the day."""
    if parts["rank"]:
        return _ranked_week(parts, ctx)
    found = _month_day(parts, ctx)
    day = as_date(found.value) if found else None
    if found is None or day is None:
        return found
    if parts["daypart"]:
        code = ctx.words.day_parts[parts["daypart"].lower()]
        return Found("TIME", f"{found.value}T{code}", parts.start(), parts.end())
    weekend = "-WE" if parts["weekend"] else ""
    return Found("DATE", tv.week_value(day) + weekend, parts.start(), parts.end())


def _day_of_month_told(parts, ctx):
    """ "the 11th of next month", "the 3rd of this month": that day of the month the word
    names from the publication's."""
    if ctx.published is None:
        return None
    step = ctx.words.relative_steps[parts["rel"].lower()]
    month, day = tv.shift_date(ctx.published.replace(day=1), "M", step), _day_number(parts, ctx)
    if month is None or not tv.valid_day(month.year, month.month, day):
        return None
    return _date(parts, "DATE", tv.day_value(month.year, month.month, day))


def _ranked_week(parts, ctx):
    """ "the first week of July": the ISO week holding the middle of the month's first seven
    days (July 4); "the last week of June", of its last seven (June 27). "the last day of
    March" is March 31, "the first day of 2008" January 1, "the last month of the year"
    December of the year named, or of the publication's ("the year", "this year")."""
    rank = parts["rank"].lower()
    last = rank in ("last", "final")
    if parts["span"]:
        if parts["ranked_month"] or rank not in ("first", "last", "final"):
            return None  # "the first six months of March", "the second three months of"
        unit = "Q" if parts["span"] in ("three", "3") else "H"
    else:
        unit = parts["ranked_unit"].lower()
    if not parts["ranked_month"]:
        return _ranked_of_year(parts, ctx, unit, rank, last)
    if unit == "month":
        return None  # "the first month of March": no such stretch
    month = ctx.words.months[parts["ranked_month"].lower()]
    if parts["ranked_year"]:
        year = int(parts["ranked_year"])
    elif ctx.published is None:
        unknown = "XXXX-WXX" if unit == "week" else tv.day_value(None, month, 1)[:-2] + "XX"
        return Found("DATE", unknown, parts.start(), parts.end())
    else:
        year = int(_month_value(parts, ctx, month)[:4])
    days = tv.days_in_month(year, month)
    if unit == "day":
        day = date(year, month, days if last else ctx.words.ordinals[rank])
        return Found("DATE", day.isoformat(), parts.start(), parts.end())
    if last:
        middle = date(year, month, days - 3)
    else:
        middle = date(year, month, 7 * ctx.words.ordinals[rank] - 3)
    return Found("DATE", tv.week_value(middle), parts.start(), parts.end())


def _ranked_of_year(parts, ctx, unit: str, rank: str, last: bool) -> Found | None:
    """The first or last day, week or month of a year written ("of 2008") or told by a
    word ("of the year", "of next year"): the year's January 1, the week holding its
    January 4 (its first ISO week) or its December 28 (its last), its January or December;
    its first or last three or six months, its first or last quarter or half."""
    if parts["whole_year"]:
        year: int | None = int(parts["whole_year"])
    elif ctx.published is None:
        year = None
    else:
        word = parts["year_word"].lower()
        step = ctx.words.relative_steps.get(word, 0) if word in ("last", "next") else 0
        year = (_narrated(parts, ctx) if not step else None) or ctx.published.year + step
    if year is None:
        return None
    if unit in ("Q", "H"):  # "the first six months of the year": its first half
        value = tv.quarter_value(year, 4 if last else 1)
        return Found(
            "DATE",
            value if unit == "Q" else tv.half_value(year, 2 if last else 1),
            parts.start(),
            parts.end(),
        )
    number = 12 if last else ctx.words.ordinals[rank]
    if unit == "month":
        value = tv.month_value(year, number)
    elif unit == "week":
        value = tv.week_value(date(year, 12, 28) if last else date(year, 1, 7 * number - 3))
    else:
        value = (date(year, 12, 31) if last else date(year, 1, number)).isoformat()
    return Found("DATE", value, parts.start(), parts.end())


def _ahead(parts, ctx, unit: str, step: int, value: str, anchored: bool) -> str:
    """ "the next decade" in a plan counts from the publication when the date told last is
    past: a plan cannot fall in a stretch already over ("The hall opened in 1998. The town
    will rebuild it in the next decade")."""
    if not (anchored and step > 0 and ctx.published):
        return value
    now = tv.shift(ctx.published, unit, 0)
    if value >= now or ctx.tense(parts.start(), parts.end()) != "future":
        return value
    return tv.shift(ctx.published, unit, step)


def _deictic(parts, ctx):
    if parts["word"] == "Today" and _ends_a_name(ctx.text, parts.start()):
        return None
    code: str | None
    if parts["last_night"]:
        offset, code = -1, "NI"
    else:
        word = parts["word"].lower()
        offset = ctx.words.deictic_days[word]
        if parts["offset"]:
            offset += -1 if parts["offset"].lower().endswith("before") else 1
        code = "NI" if word == "tonight" else None
        if parts["daypart"]:
            code = ctx.words.day_parts[parts["daypart"].lower()]
    if ctx.published is None:
        value = "PRESENT_REF" if offset == 0 and not code else "XXXX-XX-XX"
    else:
        anchor = _day_quoted_on(ctx, parts.start(), parts.end()) or ctx.published
        value = tv.shift(anchor, "D", offset)
    if code and ctx.published is not None:
        return _date(parts, "TIME", f"{value}T{code}")
    return _date(parts, "DATE", value)


_QUOTE_REACH = 240  # how far back the quotation holding a word of a day may open
_QUOTE_CLOSE = compiled(r"[^\"“”\n]{0,200}?[\"”]")
# the attribution after a quotation (a title's abbreviation may stand before the verb, no stop
# after it) and the day it was told on: '," Sen. Vell said late Tuesday',
# '," said Rask, a senator, on Monday', '," Rask told reporters Monday'
_SAID_ON = compiled(
    r"[^;:!?\"“”\n]{0,60}?\b(?:said|says|told|added|wrote)\b"
    # whom it was told to or who told it, maybe with an apposition, but no word that opens a
    # clause of its own ("adding that talks would resume Monday": the talks' day)
    r"(?:,?\s+(?!(?:that|adding|and|but|would|will|could|as|when|after|before|while|to|if)\b)"
    r"[A-Za-z.'’-]+){0,6}?,?\s+(?:(?:late|early)\s+)?(?:on\s+)?"
    r"([MTWFS][a-z]+day)(?!['’]s)\b"
)


def _day_quoted_on(ctx, start: int, end: int) -> date | None:
    """The day a quotation holding the word of a day at `start` was told on, when its
    attribution after it names a day before the publication ('"Tomorrow it will be done,"
    Vell said late Tuesday', read on Wednesday: "tomorrow" is that Wednesday): the speaker's
    today, not the reader's. None when the word stands in no quotation or no day is told."""
    lower = max(0, start - _QUOTE_REACH, ctx.text.rfind("\n", 0, start) + 1)
    before = ctx.text[lower:start]
    if before.count('"') % 2 == 0 and before.rfind("“") <= before.rfind("”"):
        return None
    closing = _QUOTE_CLOSE.match(ctx.text, end)
    said = closing and _SAID_ON.match(ctx.text, closing.end())
    if not said:
        return None
    weekday = ctx.words.weekdays.get(said[1].lower())
    if weekday is None:
        return None
    return tv.weekday_date(ctx.published, weekday, "past")


def _ago(parts, ctx):
    if parts["vague_unit"]:
        return _date(parts, "DATE", "PAST_REF")
    count = _number(ctx, parts["num"])
    unit = _unit(ctx, parts["unit"])
    direction = fold(parts["dir"] or parts["dir_end"] or parts["dir_on"])
    sign = 1 if direction in ("from now", "hence", "later", "after", "afterwards", "on") else -1
    if count is None:
        return _date(parts, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    count, unit = _whole(count, unit)
    if unit == "H" and count and count % HOURS_A_DAY == 0:
        count, unit = count // HOURS_A_DAY, "D"  # "24 hours earlier": whole days, told by date
    # "fell in the second quarter from a year earlier"; a comparison's base may follow the
    # sentence that told the period ("Q2 profit rose. Sales rose from a year earlier."); a
    # time on from a period ("in February 2018, and two years later") is a year, no base
    compared = _word_before(ctx.text, parts.start()) in COMPARED_WITH
    base = unit == "Y" and count and (sign < 0 or compared)
    period = ctx.period_told(parts.start(), int(compared)) if base else None
    if period and not parts["to_the_day"]:
        return _date(parts, "DATE", tv.shift_years(period, sign * int(count or 0)))
    deictic = direction in ("ago", "from now", "hence")
    reference = ctx.published if deictic else ctx.anchor_for(unit)
    if count is None or reference is None:
        return _date(parts, "DATE", "XXXX-XX-XX" if reference is None else "PAST_REF")
    if unit in ("H", "MIN", "S"):
        return _date(parts, "DATE", reference.isoformat())
    day = tv.shift_date(reference, unit, sign * int(count)) if parts["to_the_day"] else None
    if day is not None and sign > 0 and not deictic and ctx.published is not None:
        day = ctx.published  # "Nineteen years later today": counted on up to the publication
    if day is not None:  # "fifty years ago today": that day of the year; "this month": its month
        grain = parts["to_the_day"].lower().split()[-1]
        value = tv.shift(day, ctx.words.units[grain], 0) if grain != "today" else day.isoformat()
        return _date(parts, "DATE", value)
    if sign > 0 and not deictic and _after_the_report(parts, ctx, reference, unit, int(count)):
        return _date(parts, "DATE", _UNKNOWN_OF_GRAIN.get(unit, "XXXX"))
    try:
        value = tv.shift(reference, unit, sign * int(count))
    except (OverflowError, ValueError):  # beyond the calendar: only the direction is known
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
    return _date(parts, "DATE", value)


HOURS_A_DAY = 24
_UNKNOWN_OF_GRAIN = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}


def _after_the_report(parts, ctx, reference: date, unit: str, count: int) -> bool:
    """Whether "N units later" told in the past would fall after the publication: counted
    from the publication for want of a day told ("The man was arrested in Velkor. Two days
    later, he was charged."), it names a time gone by that is not known, not one to come."""
    if ctx.published is None or reference != ctx.published:
        return False
    later = tv.shift_date(reference, unit, count)
    return later is not None and later > ctx.published and _tense(parts, ctx) == "past"


def _set(parts, ctx):
    if parts["annually"]:
        return _date(parts, "SET", ctx.words.frequencies[parts["annually"].lower()])
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
    span = fold(parts["span"] or "")
    if span == "last" and _word_before(ctx.text, parts.start()) in ctx.words.auxiliaries:
        return None  # "will last two weeks": the verb; the stretch is "two weeks"
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
    if unit_word == "quarter" or (unit_word == "quarters" and _OF.match(ctx.text, parts.end())):
        return None  # "three-quarters of a point", "two quarters of the vote": shares, no time
    if _measures_media(parts, ctx):
        return None  # "75 hours of video": an amount of recordings, no stretch of time
    count = _number(ctx, parts["num"])
    if count is not None and (parts["half"] or parts["half_pre"]):
        count += 0.5
    return _date(parts, "DURATION", _period(count, _unit(ctx, unit_word)))


# "of" and the next two words ("of video can", "of HD video", "of battery life")
_OF_WHAT = compiled(r"\s+of\s+([\w-]+)(?:\s+([\w-]+))?")


def _measures_media(parts, ctx) -> bool:
    """Whether a count of time measures an amount of recordings or of a battery's charge
    ("75 hours of video", "up to 10 hours of battery life"), as a size does."""
    what = _OF_WHAT.match(ctx.text, parts.end())
    return what is not None and any(
        word and word.lower() in ctx.words.recorded_media for word in what.groups()
    )


def _nth_weekday(parts, ctx):
    """ "the first Monday in April", "the last Sunday of May 2024": that day of the month, in
    the year a month named alone would have (see _month_value), or the year written."""
    month = ctx.words.months[parts["month"].lower()]
    if parts["year"]:
        year = int(parts["year"])
    else:
        value = _month_value(parts, ctx, month)
        if not value[:4].isdigit():
            return _date(parts, "DATE", value)
        year = int(value[:4])
    weekday = ctx.words.weekdays[parts["weekday"].lower()]
    nth = parts["nth"].lower()
    last = tv.days_in_month(year, month)
    if nth == "last":
        day = last - (date(year, month, last).isoweekday() - weekday) % 7
    else:
        day = 1 + (weekday - date(year, month, 1).isoweekday()) % 7
        day += 7 * (ctx.words.ordinals[nth] - 1)
    return _date(parts, "DATE", date(year, month, day).isoformat())


def _weekday(parts, ctx):
    """A bare day name: in a report (past tense) the latest such day on or before the
    publication date, in a plan (future tense, or a verb of schedule: "opens") the next on
    or after it (after, for a deadline: "by Monday" told on a Monday is a week on, while "by
    Monday evening" is that evening). With no cue either way (the present: "Minister
    resigns on Tuesday") it is read as a report, as news headlines and leads in the present
    tell what happened. One after another day and a word of a range or a list ("on
    Thursday and Friday", "from Sunday to Tuesday") is the first such day after it."""
    if _names_something(ctx.text, parts) or _named_by_epithet(ctx, parts.start()):
        return None
    weekday = ctx.words.weekdays[parts["weekday"].lower()]
    daypart = parts["daypart"]
    suffix = f"T{ctx.words.day_parts[daypart.lower()]}" if daypart else ""
    kind = "TIME" if suffix else "DATE"
    if ctx.published is None:
        return _date(parts, kind, f"XXXX-WXX-{weekday}{suffix}")
    if parts["week"]:  # "on Tuesday last week": that day of the week named
        step = ctx.words.relative_steps[parts["week"].lower()]
        monday = ctx.published - timedelta(days=ctx.published.isoweekday() - 1, weeks=-step)
        day = monday + timedelta(days=weekday - 1)
        return _date(parts, kind, day.isoformat() + suffix)
    word = (parts["dir"] or "").lower()
    direction = {"last": "last", "past": "last", "next": "next", "coming": "future"}.get(word)
    if direction is None and _earliest_bound(ctx.text, parts.start()):
        direction = "future"  # "could be held as soon as Monday": the earliest a plan allows
    if direction is None and _subject_of_a_present(ctx.text, parts.start(), parts.end()):
        direction = "future"  # "told staff Monday is a holiday": what the day will be
    told = direction or ctx.tense(parts.start(), parts.end())  # None: no cue either way
    if told is None and _limit_named(ctx, parts.start(), parts.end()):
        told = "future"  # "are working against a Friday deadline": a limit still ahead
    direction = told or "past"
    day = tv.weekday_date(ctx.published, weekday, direction)
    if not word and _plan_told_in_the_past(ctx.text, parts.start(), parts.end()):
        day = _nearest_weekday(ctx.published, weekday)
    elif not word and told != "future" and planned_by_intent(ctx.text, parts.start()):
        day = _day_of_a_plan(ctx, parts.start(), weekday)
    if (
        direction == "future"
        and day == ctx.published
        and not daypart  # "by Monday evening", told on a Monday: that evening
        and _word_before(ctx.text, parts.start()) == "by"
    ):
        day += timedelta(weeks=1)  # "reopen by Monday", told on a Monday: a deadline ahead
    first = None if word else ctx.range_start(parts.start())
    if first is not None:  # "next Tuesday and Wednesday": the first such day after the one told
        following = tv.weekday_date(first + timedelta(days=1), weekday, "future")
        if told != "past" or following <= ctx.published:
            day = following
    elif not word and _STRETCH_END_BEFORE.search(
        ctx.text, max(0, parts.start() - 20), parts.start()
    ):
        start = ctx.day_told_in_sentence(parts.start())
        if start is not None and day < start:
            # "warned on Monday of rain through Thursday": a stretch ends after its telling
            day = tv.weekday_date(start + timedelta(days=1), weekday, "future")
        elif start is None and told != "future" and term_set_before(ctx.text, parts.start()):
            # "It warned of landslides until Monday": a warning is of time still to come
            day = tv.weekday_date(ctx.published, weekday, "future")
    elif not word and _AFTER_DOING_BEFORE.search(
        ctx.text, max(0, parts.start() - _AFTER_DOING_REACH), parts.start()
    ):
        main = ctx.day_told_in_sentence(parts.start())
        if main is not None and day >= main:
            # "face Chelsea on Sunday after losing on Tuesday": what came before that Sunday
            day = tv.weekday_date(main - timedelta(days=1), weekday, "past")
    return _date(parts, kind, day.isoformat() + suffix)


def _weekday_and_day(parts, ctx):
    """ "Thursday 19th": the day of that number, in the month before, of or after the
    publication's, that falls on that weekday, the nearest the publication if two do."""
    if ctx.published is None:
        return None
    weekday = ctx.words.weekdays[parts["weekday"].lower()]
    days = _days_around(ctx.published, _leading_number(parts["day"]))
    fits = [d for d in days if d.isoweekday() == weekday]
    if not fits:  # "Friday 20th" with no Friday the 20th near: the Friday alone
        from reader.parsing.timex_patterns import rule

        weekday_alone = rule("weekday").match(ctx.text, parts.start("weekday"))
        return _weekday(weekday_alone, ctx) if weekday_alone else None
    return _date(parts, "DATE", _nearest(ctx.published, fits).isoformat())


_NOUN_AFTER_A_DAY = compiled(r"(?:['’]s)?\s+([a-z-]+)")


def _limit_named(ctx, start: int, end: int) -> bool:
    """Whether a noun of a time limit follows the day that ends at `end` ("a Friday
    deadline", "Monday's cutoff"; limit_nouns of timex_lexicon.json): with no verb either
    way, a limit told is one still ahead, as one gone by is told with its verb ("missed
    a Friday deadline"); a verb of missing or passing next to it (limit_missed of
    timex_lexicon.json) tells one gone by in any tense ("Firms miss Monday deadline")."""
    noun = _NOUN_AFTER_A_DAY.match(ctx.text, end)
    if noun is None or noun[1] not in ctx.words.limit_nouns:
        return False
    # "Firms miss Monday deadline", "after Friday deadline passes": a limit missed or passed,
    # in a headline's present as in the past, is gone by
    after = _NEXT_LOWER_WORD.match(ctx.text, noun.end())
    before = ctx.text[max(0, start - 24) : start].lower().split()[-3:]
    missed = ctx.words.limit_missed
    return not (
        (after is not None and after[1] in missed)
        or any(w in missed for w in before if w not in ("a", "an", "the", "its", "their"))
    )


@cache
def _plan_told_in_the_past_pattern() -> re.Pattern[str]:
    """A plan told in the past, its verb (plan_in_the_past, plan_in_the_past_perfect of
    timex_tense_cues.json; after "was" or "were" none, "was to", as well) and a few words
    (a second verb after "and to"), and a preposition right before a day or a month: "The
    storm was expected to reach Kelby on Friday", "Talks were due to resume by Monday", "He
    was to appear in court on 12 March", "It was forecast to weaken and to leave by
    Saturday", "The firm had planned to begin production in April"; not "was to blame" (who
    is at fault, no plan)."""
    cues = table("timex_tense_cues.json")
    simple, perfect = words(cues["plan_in_the_past"]), words(cues["plan_in_the_past_perfect"])
    return compiled(
        rf"\b(?:(?i:was|were)\s+(?:(?:also|still)\s+)?(?:{simple}\s+)?"
        rf"|(?i:had)\s+(?:(?:also|originally|initially)\s+)?{perfect}\s+)"
        r"to\s+(?!blame\b)[a-z]+(?:\s+(?!(?:and(?!\s+to\b)|but|that|which|who|when)\b)[\w'’,-]+){0,16}?"
        r"\s+(?:on|by|from|until|in)\s+\Z"
    )


_PLAN_TOLD_REACH = 160


def _plan_told_in_the_past(text: str, at: int, end: int) -> bool:
    """Whether a plan told in the past leads to the day or month at `at` (ending at `end`)
    (_plan_told_in_the_past_pattern); a look for its verbs first, as most times have none before
    them. Not a plan in the past perfect that "but" then tells was given up ("had hoped to
    reopen in June but stayed shut"): its time was gone by when told; one put off to a
    later time still lies ahead ("had planned to open in July, but it will now open in
    September")."""
    lower = max(0, at - _PLAN_TOLD_REACH)
    window = text[lower:at]
    if "was " not in window and "were " not in window and "had " not in window:
        return False
    plan = _plan_told_in_the_past_pattern().search(text, lower, at)
    return plan is not None and not (plan[0][:3].lower() == "had" and _given_up(text, end))


def _given_up(text: str, end: int) -> bool:
    """Whether "but" and a verb in the past follow a plan's time at `end` ("but stayed
    shut", "but it was cancelled"), no "will" or "now" of a new time among the words."""
    but = _BUT_AFTER.match(text, end)
    if but is None:
        return False
    words = [w.strip(",.;") for w in text[but.end() : but.end() + 60].lower().split()[:5]]
    if any(w in ("will", "now") for w in words):
        return False
    return any(w in ("was", "were") or past_form(w) for w in words)


_BUT_AFTER = compiled(r",?\s+but\b")


def _day_of_a_plan(ctx, at: int, weekday: int) -> date:
    """The day named after a verb of intent ("The union decided to hold a ballot on Monday"):
    the first such day after one told before it in the sentence, the deciding's ("On Monday
    the board voted to close the plant on Friday") or another plan's ("promised to publish
    its offer on Friday, and the union decided to hold a ballot on Monday"), else the
    nearest the publication, as news tells both the plan to come ("agreed to return to work
    on Thursday", told on a Wednesday) and the day of the vote or the order itself
    ("shareholders voted to approve the merger on Tuesday")."""
    told = ctx.day_told_in_sentence(at)
    if told is not None:
        return tv.weekday_date(told + timedelta(days=1), weekday, "future")
    return _nearest_weekday(ctx.published, weekday)


def _nearest_weekday(published: date, weekday: int) -> date:
    """The day named nearest the publication, before or after it: the day of a plan told in
    the past ("The storm was expected to reach Kelby on Friday"), which news tells both of a
    forecast still to come when published and of a plan overtaken ("was due to land on
    Monday but ..."); the publication's own day is itself."""
    back = tv.weekday_date(published, weekday, "past")
    ahead = tv.weekday_date(published, weekday, "future")
    return back if published - back <= ahead - published else ahead


# "after" and a verb in -ing, a few words and a preposition right before a day: a thing done
# before the day told earlier in the sentence ("host Tarsk on Sunday after losing on Tuesday")
_AFTER_DOING_BEFORE = compiled(
    r"\b(?i:after)\s+[a-z]{2,}ing(?:\s+(?!(?:and|but|that|which|who)\b)[\w'’-]+){0,5}?"
    r"\s+(?:on|last)\s+\Z"
)
_AFTER_DOING_REACH = 80


# a word of a stretch's end right before a day, maybe with "at least" between
_STRETCH_END_BEFORE = compiled(r"\b(?i:through|until|till|thru)\s+(?:at\s+least\s+)?\Z")
# a stretch these verbs tell ended is over: one just begun is the one before ("The index ended
# the year down 34 percent", read on 5 January)
_ENDED = frozenset(("ended", "closed", "finished"))


def _early(day: date, unit: str) -> bool:
    """Whether `day` falls in the first half of its week (before the Friday that ends a
    trading week), month, quarter or year: too early for that stretch to have ended."""
    if unit == "W":
        return day.isoweekday() < 5
    if unit == "M":
        return day.day <= 15
    if unit == "Q":
        return (day.month - 1) % 3 == 0
    return unit == "Y" and day.month <= 6


# "is" or "will be" right after a day, maybe with an adverb between: the day is the subject
_IS_AFTER = compiled(r"\s+(?:is|will\s+(?:(?:also|still|now)\s+)?be)\s+(?!(?:over|gone|past)\b)")
_CLAUSE_REACH = 40


@cache
def _opens_a_clause() -> re.Pattern[str]:
    """What ends right before a day that opens its clause: the start of a line or a
    sentence (maybe a quotation's), a verb of saying ("said") or one of telling and
    whom it was told to ("told staff"): says_a_clause and tells_whom of
    timex_tense_cues.json."""
    cues = table("timex_tense_cues.json")
    says, tells = words(cues["says_a_clause"]), words(cues["tells_whom"])
    return compiled(
        rf"(?:(?m:^)|[.!?:;]\s+|[\"“]|\b(?:{says}|{tells}\s+(?:the\s+)?[a-z]+)\s+)[\"“]?\Z"
    )


def _subject_of_a_present(text: str, start: int, end: int) -> bool:
    """Whether a day is the subject of "is" or "will be" ("Monday is a holiday", "The manager
    told staff Thursday will be the last day"): a day told in the present or the future is
    one to come, even inside a sentence told in the past. The day must open its clause: one
    after a participle, a noun or a preposition qualifies what comes before it ("The decision
    announced Monday is final", "His goal Saturday is the fastest", "what happened on Monday
    is unclear")."""
    return bool(_IS_AFTER.match(text, end)) and bool(
        _opens_a_clause().search(text, max(0, start - _CLAUSE_REACH), start)
    )


def _earliest_bound(text: str, at: int) -> bool:
    """Whether "as soon as" or "as early as" ends right before `at`."""
    return text[max(0, at - 16) : at].lower().split()[-3:] in (
        ["as", "soon", "as"],
        ["as", "early", "as"],
    )


def _figure_before(parts, ctx) -> bool:
    """Whether a figure comes shortly before the expression in its sentence ("lost 8 percent
    for the week"; not "Sales rose 5 percent. He moved to York for the year")."""
    return any(c.isdigit() for c in _told_before(parts, ctx))


def _told_before(parts, ctx) -> str:
    """The words of the expression's sentence shortly before it (_MARKET_FIGURE_REACH)."""
    before = ctx.text[max(0, parts.start() - _MARKET_FIGURE_REACH) : parts.start()]
    return _STOP_BEFORE.split(before)[-1]


_STOP_BEFORE = compiled(r"[.!?]\s")  # a sentence's end before the words told


def _change_told_before(parts, ctx) -> bool:
    """Whether a verb of change and its figure come shortly before the expression in its
    sentence ("exports grow 9 percent in first half", "profit rose by 4% in the quarter"),
    a figure reported; not a figure after another word ("sees demand up 5% in the second
    half", "stay above $90 through the first quarter"), which may tell an outlook."""
    return _change_figure().search(_told_before(parts, ctx)) is not None


@cache
def _change_figure() -> re.Pattern[str]:
    """A verb of change (change_verbs of timex_lexicon.json), maybe "by", and a figure."""
    change = words(table("timex_lexicon.json")["change_verbs"], fold=True)
    return compiled(rf"(?<![\w'’-]){change}\s+(?:by\s+)?[$€£¥]?\d")


# how far before "for the week" a market report's figure may be
_MARKET_FIGURE_REACH = 40


def _anchored(parts, ctx):
    ending = _period_ending(parts, ctx)
    if ending is not None:
        return ending
    if _firms_year(parts, ctx):
        return None
    if parts["told_quarter"]:
        return _told_quarter(parts, ctx)
    if parts["day_bound"]:  # "at the end of the day" is a turn of phrase ("in the end")
        if _word_before(ctx.text, parts.start()) == "at" and "end" in parts["day_bound"].lower():
            return None
        day = ctx.day_of_report(parts.start())
        return _date(parts, "DATE", day.isoformat() if day else "XXXX-XX-XX")
    part = parts["part"] or parts["part_in"] or parts["bare_part"] or parts["trading_part"]
    # of a report, or a forecast's deadline ("will reach 47C by mid-afternoon", of the day
    # told); "the plane flies back in the afternoon" tells a habit, no day
    if part:
        tense = ctx.tense(parts.start(), parts.end())
        deadline = tense == "future" and _word_before(ctx.text, parts.start()) == "by"
        if tense != "past" and not deadline:
            return None
        day = ctx.day_of_report(parts.start())
        if deadline and day and ctx.published and day < ctx.published:
            day = ctx.day_to_come()
        code = ctx.words.day_parts[part.lower()]
        return _date(parts, "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{code}")
    if parts["ranked_period"] and not _ranked_within(parts, ctx):
        return None
    if parts["accounts_period"] and not _of_a_year(parts, ctx):
        return None
    period = (
        parts["on_period"]
        or parts["during_period"]
        or parts["course_period"]
        or parts["accounts_period"]
        or parts["ranked_period"]
    )
    if (
        period
        and _word_before(ctx.text, parts.start()) == "for"
        and not _figure_before(parts, ctx)
        and not (period.lower().endswith(("year", "quarter")) and _of_a_year(parts, ctx))
    ):
        return None  # "visiting York for the day": a plan's stretch, no market's figure
    if period:  # "fell on Monday, its worst since 2004, and lost 3% on the day"
        unit = ctx.words.units[period.split()[-1].lower()]
        quarter = _quarter_told(parts, ctx) if unit == "Q" else None
        if quarter:  # "Second-quarter sales fell. Costs for the quarter rose": that quarter
            return _date(parts, "DATE", quarter)
        day = ctx.day_told or ctx.published
        if day is None:
            return _date(parts, "DATE", "XXXX-XX-XX")
        ended = parts["course_period"] and _word_before(ctx.text, parts.start()) in _ENDED
        return _date(parts, "DATE", tv.shift(day, unit, -1 if ended and _early(day, unit) else 0))
    if parts["year_end"]:
        # "by year-end", "by year's end", "by month's end": the end of the year or the month,
        # as "the end of the year" is
        unit = ctx.words.units[parts["end_of"].lower()]
        value = (
            tv.shift(ctx.published, unit, 0)
            if ctx.published
            else _UNKNOWN_OF_GRAIN.get(unit, "XXXX")
        )
        return Found("DATE", value, parts.start(), parts.end(), mod="END")
    if parts["day"]:
        day = ctx.anchor
        return _date(parts, "DATE", day.isoformat() if day else "XXXX-XX-XX")
    if parts["period"]:
        unit = ctx.words.units[parts["period"].lower()]
        if ctx.published is None:
            return _date(parts, "DATE", "XXXX")
        told = _narrated(parts, ctx) if unit == "Y" else None
        if told:  # "In 1998 the mill closed; by the end of the year 300 had left": 1998
            return _date(parts, "DATE", tv.year_value(told))
        return _date(parts, "DATE", tv.shift(ctx.published, unit, _turn(parts, ctx, unit)))
    phrase = fold(parts["phrase"])
    day_part = ctx.words.day_parts.get(phrase.split()[-2 if "next" not in phrase else -1])
    unit = "D" if day_part else ctx.words.units[phrase.split()[1]]
    if phrase.endswith("before last"):  # "the week before last": two back from the report
        return _date(parts, "DATE", tv.shift(ctx.published, unit, -2) if ctx.published else "XXXX")
    apposed = ctx.apposed_day(parts.start(), parts.end()) if unit == "D" else None
    if apposed:  # "on Friday, the day after,": that Friday
        return _date(parts, "DATE", apposed.isoformat())
    anchor = ctx.anchor_for(unit)
    if anchor is None:
        return _date(parts, "DATE", "XXXX-XX-XX")
    step = -1 if phrase.endswith("before") else 1
    if day_part:  # "the next morning", "the night before": that part of the day after or before
        return _date(parts, "TIME", tv.shift(anchor, "D", step) + "T" + day_part)
    return _date(parts, "DATE", tv.shift(anchor, unit, step))


@cache
def _ranked_before() -> re.Pattern[str]:
    """A superlative and up to three words before "of" ("lowest level of", "biggest one-day
    fall of", "worst of"; not "the rest of"), or an ordinal after a determiner (day_ordinals
    of timex_lexicon.json, or in figures) and one to three words, the thing ranked ("the sixth
    hurricane of"; not "the first of the year", "the 15th of the month", a day): what it
    ranks is ranked within the period after it."""
    ordinal = words(table("timex_lexicon.json")["day_ordinals"], fold=True)
    return compiled(
        r"(?:(?:\b[a-z]{2,}est|\b(?i:best|worst|most|least))(?:[\s-]+[a-z][\w'’-]*){0,3}"
        rf"|\b(?i:the|its|their|his|her)\s+(?:{ordinal}|\d{{1,2}}(?:st|nd|rd|th))"
        r"(?:[\s-]+[a-z][\w'’-]*){1,3})\s+of\s+\Z"
    )


def _ranked_within(parts, ctx) -> bool:
    """Whether the period after "of" is the one a superlative or an ordinal after a determiner
    ranks within ("bond yields fell to their lowest level of the year", "its biggest one-day
    fall of the month", "the sixth hurricane of the year"): the period that holds the day told
    last, as "down 3 percent for the week" is; not any "of the year" ("a player of the year",
    "the rest of the day" is another rule's)."""
    return _ranked_before().search(ctx.text, max(0, parts.start() - 48), parts.start()) is not None


def _period_ending(parts, ctx) -> Found | None:
    """ "the quarter ended March 31", "the year ended Dec. 31, 2024": a firm's quarter or
    year, the one that holds the day it ends on (told right after it), not the one of the
    day told last. A day ended is gone by; a day ending reads the tense of the clause."""
    period = parts["told_quarter"] or parts["on_period"] or parts["accounts_period"]
    end = _period_end_pattern().match(ctx.text, parts.end()) if period else None
    if end is None or (ctx.published is None and not end["year"]):
        return None
    unit = "Q" if period.lower().endswith("quarter") else "Y"
    month, day = ctx.words.months[end["month"].rstrip(".").lower()], int(end["day"])
    if unit == "Y" and (month, day) != (12, 31):
        return None  # a firm's year ending in March: no calendar year
    if end["year"]:
        year = int(end["year"])
    else:
        tense = "past" if end["verb"].lower() == "ended" else _tense(parts, ctx)
        year = tv.day_year(ctx.published, month, day, tense)
    if not tv.valid_day(year, month, day):
        return None
    return _date(parts, "DATE", tv.shift(date(year, month, day), unit, 0))


def _firms_year(parts, ctx) -> bool:
    """Whether "the year" is a firm's year that ends in a month other than December ("profit
    for the year ended June 30", "the year to March", "the year ending in March 2024"): no
    calendar year; the month or the day told after it is the date."""
    period = parts["on_period"] or parts["accounts_period"] or parts["course_period"]
    if not period or not period.lower().endswith("year"):
        return False
    end = _year_end_month().match(ctx.text, parts.end())
    return end is not None and ctx.words.months[end["month"].rstrip(".").lower()] != 12


@cache
def _year_end_month() -> re.Pattern[str]:
    """ "(the year) ended June", "(the year) to March": the month a firm's year ends in."""
    return compiled(
        rf"{_PERIOD_CLAUSE}(?i:ended|ending|ends|to|through)\s+(?:(?i:in|on)\s+)?"
        rf"(?P<month>{_month_names()})(?![\w])"
    )


@cache
def _period_end_pattern() -> re.Pattern[str]:
    """ "(the quarter) ended Sept. 30, 2009": the day a period ends on, maybe its year."""
    return compiled(
        rf"{_PERIOD_CLAUSE}(?P<verb>(?i:ended|ending|ends|through))\s+(?:(?i:on)\s+)?"
        rf"(?P<month>{_month_names()})\.?\s+(?P<day>[0-3]?\d)(?!\d)(?:,?\s+(?P<year>\d{{4}})(?!\d))?"
    )


_PERIOD_CLAUSE = (
    r"\s+(?:(?:that|which)\s+)?"  # "(the quarter) that ended ...", "(the year) ended ..."
)


@cache
def _month_names() -> str:
    """The months' names and short forms as one alternation ("June", "Sept")."""
    lexicon = table("timex_lexicon.json")
    return words([*lexicon["months"], *lexicon["month_abbreviations"]])


def _quarter_told(parts, ctx) -> str | None:
    """The quarter told in the sentence of `parts` or the two before it, else the first the
    text told (a report's own), if any: the quarter "the quarter" is."""
    return _quarter_in_reach(parts, ctx) or ctx.first_quarter or None


def _quarter_in_reach(parts, ctx) -> str | None:
    """The quarter told last in the sentence of `parts` or the two before it, if any."""
    told = ctx.period_told(parts.start(), sentences=2)
    return told if told and _QUARTER_VALUE.fullmatch(told) else None


def _told_quarter(parts, ctx):
    """ "the quarter" of an earnings report is the quarter told last, in its sentence or
    the two before ("second-quarter profit rose; sales in the quarter fell"); "the latest
    quarter" with none told is the last one ended. Told further back, it is the first
    quarter the text told, the report's own (the headline's "third-quarter profit"), not a
    forecast's quarter after it. With none told, a sentence of figures reports on the last
    quarter ended when it tells the past, as accounts come out after a quarter closes
    ("Revenue in the quarter rose 8 percent, Velkor said"), and on the one running
    otherwise ("expects a profit in the quarter"); elsewhere ("residents of the quarter")
    it is no date, nor where the month it ends in follows ("the quarter to September"),
    which is the date then."""
    told = _quarter_in_reach(parts, ctx)
    if told:
        return _date(parts, "DATE", told)
    if parts["latest"]:
        return _date(parts, "DATE", tv.shift(ctx.published, "Q", -1)) if ctx.published else None
    if _year_end_month().match(ctx.text, parts.end()):
        return None  # "the quarter to September": the month after it tells which
    if not _figures_around(parts, ctx) or _tells_a_game(ctx, parts.start()):
        return None
    if not _of_accounts(parts, ctx):
        return None
    if ctx.first_quarter:
        return _date(parts, "DATE", ctx.first_quarter)
    if ctx.published is None:
        return None
    step = -1 if ctx.tense(parts.start(), parts.end()) == "past" else 0
    return _date(parts, "DATE", tv.shift(ctx.published, "Q", step))


def _figures_around(parts, ctx) -> bool:
    """Whether the sentence of a period names figures or accounts (year_half_cues of
    timex_lexicon.json) besides the period's own word."""
    sentence = ctx.sentence_text(parts.start()).replace(parts.group(), " ")
    return ctx.words.year_half_cues.search(sentence) is not None


def _of_accounts(parts, ctx) -> bool:
    """Whether a bare "the quarter" with figures around is a firm's: the text tells accounts'
    periods ("third-quarter profit") or its sentence a noun of them ("revenue", "loss"), and
    names no town's quarter ("the old quarter of Tarsk"): money told there may be a
    district's ("Damage in the quarter was put at 3 million euros")."""
    if _DISTRICT.search(ctx.text):
        return False
    if ctx.reports_accounts():
        return True
    sentence = ctx.sentence_text(parts.start()).lower()
    return not ctx.words.accounts_nouns.isdisjoint(_WORD.findall(sentence))


# a town's quarter: "the old quarter of Tarsk", "quarters of Velkor"
_DISTRICT = compiled(r"\b(?i:quarters?)\s+of\s+(?:the\s+)?[A-Z]")
_WORD = compiled(r"[a-z]+")


_QUARTER_VALUE = compiled(r"\d{4}-Q[1-4]")


def _turn(parts, ctx, unit: str) -> int:
    """The step from the publication's period to the one whose end or start is told: an
    end told in the past before the last third of the period has begun is the last one's
    ("slumped at the end of the year", on 5 January), a start told ahead in the last
    third the next one's ("will pick up at the start of the year", on 20 December). Not
    after a word of deadline: "promised a fix by the end of the month" looks forward."""
    third = _LAST_THIRD.get(unit)
    if third is None or _word_before(ctx.text, parts.start()) in _DEADLINE_WORDS:
        return 0
    late = third(ctx.published)
    mod, tense = _mod(ctx.text, *_span(parts)), _tense(parts, ctx)
    if mod == "END" and tense == "past" and not late:
        return -1
    if mod == "START" and tense == "future" and late:
        return 1
    return 0


_DEADLINE_WORDS = frozenset(("by", "before", "until", "till"))
# whether a day is in the last third of its year, quarter, month or week
_LAST_THIRD = {
    "Y": lambda day: day.month >= 9,
    "Q": lambda day: day.month % 3 == 0,
    "M": lambda day: day.day >= 21,
    "W": lambda day: day.isoweekday() >= 5,
}


_FOR_A_WHILE = compiled(
    r"\bfor\s+(?:(?:more|less)\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?"
    r"(?:[\w-]+\s+)?(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
    r"\s+$",
    re.IGNORECASE,
)


def _reference(parts, ctx):
    if parts["open"]:
        phrase = fold(parts["open"])
        start = parts.start() + 3  # "in the past": the expression is "the past"
        return Found(
            "DATE", "PAST_REF" if phrase.endswith("past") else "FUTURE_REF", start, parts.end()
        )
    phrase = fold(parts["plain"])
    value = ctx.words.refs[phrase]
    if phrase == "now" and ctx.published:
        before = ctx.text[max(0, parts.start() - 60) : parts.start()]
        if _FOR_A_WHILE.search(before):
            value = ctx.published.isoformat()  # "for a week now": up to the day of writing
    return _date(parts, "DATE", value)


_DAY_LEADS = frozenset(
    ("on", "from", "until", "till", "by", "since", "before", "after", "between", "and", "to")
)


@cache
def _setting_verbs() -> frozenset[str]:
    """The words of setting, scheduling or putting off a thing for a time (called_for,
    plan_in_the_past and put_off of timex_tense_cues.json): "set", "scheduled", "adjourned"."""
    cues = table("timex_tense_cues.json")
    return frozenset(cues["called_for"] + cues["plan_in_the_past"] + cues["put_off"])


def _nearest_month_of_day(published: date, day: int) -> date:
    """The first of the month, the publication's or the one before or after it, whose `day`
    is nearest the publication: a day a thing was set for, to come or overtaken."""
    days = _days_around(published, day)
    return (_nearest(published, days) if days else published).replace(day=1)


def _days_around(published: date, day: int) -> list[date]:
    """Day `day` of the month before the publication's, of its own and of the one after,
    in that order, in those that have such a day."""
    first = published.replace(day=1)
    months = (tv.shift_date(first, "M", step) for step in (-1, 0, 1))
    return [m.replace(day=day) for m in months if m and tv.valid_day(m.year, m.month, day)]


def _nearest(published: date, days: list[date]) -> date:
    """The day nearest the publication, the earlier of two as near."""
    return min(days, key=lambda d: abs((d - published).days))


_FOR_BEFORE = compiled(r"([a-z]+)\s+for\s+\Z")


def _set_for(text: str, at: int) -> bool:
    """Whether "for" right before `at` follows a word of setting or putting off ("set for the
    24th", "was scheduled for the 9th", "adjourned for the 12th"): the day a thing is set for."""
    found = _FOR_BEFORE.search(text, max(0, at - 24), at)
    return found is not None and found[1] in _setting_verbs()


def _ordinal_day(parts, ctx):
    """ "on the 15th", "set for the 24th": that day of the month told in its sentence, else of
    the publication's month, or of the month before or after it when the tense says the day is
    gone or to come."""
    lead = _word_before(ctx.text, parts.start())
    if lead not in _DAY_LEADS and not (lead == "for" and _set_for(ctx.text, parts.start())):
        return None  # "the 5th, the 6th and the 7th" of a list of places, floors, ranks
    day = int(parts["day"])
    told = ctx.month_before(parts.start())
    if told is not None:
        month = told
    elif ctx.published is None:
        return _date(parts, "DATE", f"XXXX-XX-{day:02d}")
    else:
        month = date(ctx.published.year, ctx.published.month, 1)
        tense = ctx.tense(parts.start(), parts.end())
        step = {"past": -1, "future": 1}.get(tense or "", 0)
        if lead == "for" and tense != "future":
            month = _nearest_month_of_day(ctx.published, day)  # "was scheduled for the 9th"
        elif (step < 0 and day > ctx.published.day) or (step > 0 and day < ctx.published.day):
            month = as_date(tv.shift(month, "M", step) + "-01") or month
    if not tv.valid_day(month.year, month.month, day):
        return None
    return _date(parts, "DATE", tv.day_value(month.year, month.month, day))


def _early_year(parts, ctx):
    """A year with its era ("44 BC", "410 AD"), or one below 1000 that a cue marks: an era
    written before it, circa, "the year", a capitalised "In" and a comma ("In 735, Bede").
    Not before a name: "In 200 American cities" counts cities."""
    if parts["era"]:
        era = ctx.words.eras[parts["era"]]
        return _date(parts, "DATE", tv.era_value(tv.year_value(int(parts["year"])), era))
    if parts["opening"] and not _opens_a_story(ctx.text, parts.end()):
        return None
    year = parts["after_era"] or parts["cued"] or parts["opening"] or parts["glued"]
    return _date(parts, "DATE", tv.year_value(int(year)))


def _opens_a_story(text: str, end: int) -> bool:
    """Whether "In" and three digits ending at `end` open a sentence of history: a comma
    follows ("In 735, Bede wrote"), or a name and a verb in the past ("In 348 Velkor
    died"); "In 200 American cities" counts cities."""
    if text.startswith(",", end):
        return True
    told = _NAME_AND_VERB.match(text, end)
    return told is not None and past_form(told[1])


_NAME_AND_VERB = compiled(r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+([a-z]+)\b")


def _short_year(parts, ctx):
    """A year written with two digits after an apostrophe ("in '98", "the class of '09"): the
    latest such year up to the publication's (or, without one, up to 2049)."""
    return _date(parts, "DATE", tv.year_value(_two_digit_year(ctx, parts["yy"])))


def _two_digit_year(ctx: TimeContext, digits: str) -> int:
    latest = ctx.published.year if ctx.published else 2049
    return latest - (latest - int(digits)) % 100


def _year(parts, ctx):
    if _clock_in_a_stamped_report(parts, ctx):
        # "1605 - Police said ...": an entry's stamp, of the entries' day; "a briefing at
        # 1900": of the day told
        entry = ctx.opens_line(parts.start())
        day = ctx.day_of_entries() if entry else ctx.day_of_report(parts.start())
        clock = f"{parts['year'][:2]}:{parts['year'][2:]}"
        return _date(parts, "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{clock}")
    value = tv.year_value(int(parts["year"]))
    if not (parts["mod"] or parts["the_year"]) and not _looks_like_year(parts, ctx):
        return None
    if parts["year_end"] and int(parts["year_end"]) <= int(parts["year"][2:]):
        return None
    return _date(parts, "DATE", _with_mod(parts, value))


def _clock_in_a_stamped_report(parts, ctx) -> bool:
    """Whether four digits are a clock of a live report whose entries all open with such a
    clock (TimeContext.stamps_four_digits): an entry's stamp opening its line before a dash
    ("1605 - Police said"), or a clock after "at" ("a briefing at 1900"); not four digits
    after "before", "from" or "until", which as often tell years in a report's background
    ("built before 1845", "open from 1920")."""
    digits = parts["year"]
    if parts["mod"] or parts["the_year"] or int(digits[:2]) > 23 or int(digits[2:]) > 59:
        return False
    entry = ctx.opens_line(parts.start()) and ENTRY_STAMP.match(ctx.text, parts.end())
    after = _word_before(ctx.text, parts.start()) == "at"
    return bool(entry or after) and ctx.stamps_four_digits()


_WORDS_AFTER = compiled(r"\s*([A-Za-z]+)(?:\s+([a-z]+))?")  # a word, and one in lower case
_CAPITAL_AFTER = compiled(r"\s+([A-Z])")


def _looks_like_year(parts, ctx) -> bool:
    """A bare four-digit number is a year unless a word around it says it counts something
    or a street's name follows it (a house number)."""
    before = _word_before(ctx.text, parts.start())
    if before in ctx.words.not_before_year and not _bound_at_least(parts, ctx):
        return False
    if before not in ctx.words.year_prepositions and _street_after().match(ctx.text, parts.end()):
        return False  # "a fire at 1420 Elm Street", "Velkor Market, 1214 Anderson Ave"
    word = _noun_after(ctx.text, parts.end())
    if word:
        if word.lower() in ctx.words.count_nouns:
            return False
        # "loss", "business": no plural; "its 2009 sales", "the bank's 2008 results": a year
        plural = word.islower() and looks_plural(word)
        possessive = _POSSESSIVE_END.search(ctx.text, max(0, parts.start() - 4), parts.start())
        if plural and before not in ctx.words.year_prepositions and not possessive:
            return False
    return True


def _noun_after(text: str, end: int) -> str | None:
    """The word after a number, past a past form before it ("over 1000 featured articles",
    "2000 armed men": "men"), the noun it would count."""
    after = _WORDS_AFTER.match(text, end, end + 40)
    if after is None:
        return None
    word = after.group(1)
    if after.group(2) and word.endswith("ed") and len(word) > 4:
        word = after.group(2)
    return word


def _plural_after(text: str, end: int) -> bool:
    """Whether a plural noun in lower case follows a number ("1500 nurses", "2015 dollars")."""
    word = _noun_after(text, end)
    return word is not None and word.islower() and looks_plural(word)


_POSSESSIVE_END = compiled(r"\w['’]s\s+$")


@cache
def _street_after() -> re.Pattern[str]:
    """One to three capitalised words and a street's word ("Elm Street", "Anderson Ave",
    "Old Harbour Rd."): a street's name, after its house number."""
    streets = words(table("place_words.json")["street_words"], fold=True)
    return compiled(rf"\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{streets}(?![\w'’-])")


def _bound_at_least(parts, ctx) -> bool:
    """Whether "at least" after a word that bounds a stretch, or "no later than", stands
    before the number: "until at least 2027", "since at least 1990", "no earlier than 2026"
    hold a year, where "at least 2027 people" and "more than 1500" count."""
    return (
        _AT_LEAST_AFTER_BOUND.search(ctx.text, max(0, parts.start() - 24), parts.start())
        is not None
    )


_AT_LEAST_AFTER_BOUND = compiled(
    r"\b(?:(?i:until|till|through|since)\s+at\s+least|(?i:no)\s+(?:later|earlier|sooner)\s+than)\s+$"
)


def _month(parts, ctx):
    """A month after a word that leads to a time; after a comma, "and", "or" or "to" only
    next to a month told right before it, as one of a list or range ("in March, April and
    May", "from March to May"): "May" alone there may be a name. After "ended" or "ending"
    ("the 12 months ended September") a month is the last of a stretch, no name before a
    capital ("ended May Vell's run")."""
    month = ctx.words.months[parts["month"].lower()]
    lead = fold(parts["lead"] or "")
    listed = _after_month(parts, ctx)
    if parts["listed"] is not None and not listed:
        return None
    if (lead or parts["ended"] is not None) and not parts["mod"] and not listed:
        weak = not lead or lead in (
            "and",
            "or",
            "of",
            "to",
            "into",
            "from",
            "between",
            "around",
            "for",
        )
        if lead == "of" and _word_before(ctx.text, parts.start()) == "month":
            weak = False  # "in the month of May"
        if lead == "to" and _stretch_before(ctx, parts.start()):
            weak = False  # "in the three months to May", "the year to May"
        if month == 5 and weak and (lead == "between" or not _month_follows(ctx.text, parts.end())):
            # "from May" alone may be a name; "from May to August" is a range ("between May
            # and June" is left as it was: dev-gum's gold reads it as one range of no value)
            return None
        after = _CAPITAL_AFTER.match(ctx.text, parts.end(), parts.end() + 3)
        if weak and after:
            return None
    return _date(parts, "DATE", _month_value(parts, ctx, month))


def _month_subject(parts, ctx, following: str):
    """A month opening a sentence or a quote before a verb of tense or a past form, its
    subject ("July was the hardest month", '"March will be busy," she said', "January saw
    record rain"); not a month that is a given name or a word of its own ("June said",
    "May said"), nor one before a noun or a preposition ("March organisers", "March on")."""
    from reader.parsing.lexicon import is_given_name, lexicon

    word = parts["month"]
    if len(word) < 4 or "." in word or not _opens_a_sentence(ctx.text, parts.start()):
        return None
    key = word.lower()
    if not (following in _verbs() or past_form(following)):
        return None  # "March organisers said", "March on Tarsk": no verb after it
    if key in lexicon().function_words or is_given_name(key):
        return None
    return _date(parts, "DATE", _month_value(parts, ctx, ctx.words.months[key]))


@cache
def _verbs() -> frozenset[str]:
    """The verbs among the words of tense (timex_tense_cues.json: "was", "will", "has")."""
    cues = table("timex_tense_cues.json")
    return frozenset(w for key in ("past", "future") for w in cues[key] if " " not in w)


def _opens_a_sentence(text: str, at: int) -> bool:
    """Whether only an opening quote stands between `at` and the start of its sentence."""
    before = text[max(0, at - 4) : at].rstrip("\"'“‘ ")
    return not before or before[-1] in ".!?\n"


def _stretch_before(ctx, at: int) -> bool:
    """Whether a unit of time ends right before `at` ("the three months", "the year"): a
    stretch that runs to the month after it."""
    word = _word_before(ctx.text, at)
    return word in ctx.words.units or word.removesuffix("s") in ctx.words.units


def _after_month(parts, ctx) -> bool:
    """Whether a month told last ends right before the expression, across a comma, "and",
    "or" or "to", and no name follows it ("in April, May Vell said" names a person)."""
    if ctx.last_month_at < 0 or ctx.last_end <= ctx.last_month_at:
        return False
    if _CAPITAL_AFTER.match(ctx.text, parts.end(), parts.end() + 3):
        return False
    return _MONTH_JOIN.fullmatch(ctx.text, ctx.last_end, parts.start("month")) is not None


_MONTH_JOIN = compiled(r",?\s+(?:(?:and|or|to)\s+)?", re.IGNORECASE)


@cache
def _month_joined(joiner: str, end: str) -> re.Pattern[str]:
    """A dash, or the words of `joiner`, and a month's name (maybe early, mid or late)
    right after a month, the month ending before `end`: the second of a range or a list
    ("to August", "and June", "through early July", "-September")."""
    months = words(table("timex_lexicon.json")["months"])
    return compiled(rf"(?:\s*[-–]\s*|{joiner}\s+)(?:(?:early|mid|late)[-\s]+)?({months}){end}")


def _month_after() -> re.Pattern[str]:
    """A word of a range or a list and a month's name right after a month: "to August",
    "and June", "through early July"."""
    return _month_joined(r",?\s+(?:to|and|or|through|until|till)", r"(?!\w)")


def _month_follows(text: str, at: int) -> bool:
    """Whether another month follows a month that ends at `at`, as a range's or a list's
    second ("from May to August", "from May until June"): both are months, not names."""
    return _month_after().match(text, at) is not None


def _month_before_noun(parts, ctx):
    """After a determiner, only before a noun in lower case: not before a name ("the May
    Brothers"), a number or a function word ("the March of the Veterans"); after a
    superlative, before anything but a name or a number."""
    superlative = ctx.text.endswith("est ", 0, parts.start())
    described = _A_AND_ADJECTIVE.search(ctx.text, max(0, parts.start() - 16), parts.start())
    after = _NO_NAME_AFTER if superlative or described else _NOUN_AFTER
    noun = after.match(ctx.text, parts.end())
    if noun is None:
        return None
    if (
        _A_BEFORE.search(ctx.text, max(0, parts.start() - 4), parts.start()) or described
    ) and _kind_noun_after(ctx, parts.end()):
        return None  # "a May spokesman", "a cold March morning": a kind or a person, no month
    month = ctx.words.months[parts["month"].lower()]
    year = _YEAR_OF_THE_PHRASE.match(ctx.text, parts.end())
    if year is not None:  # "the March meeting in 1912": the year of its own phrase
        return _date(parts, "DATE", tv.month_value(int(year[1]), month))
    return _date(parts, "DATE", _month_value(parts, ctx, month))


def _kind_noun_after(ctx, end: int) -> bool:
    """Whether the word in lower case after the month at `end` (or the one after it: "an
    August bank holiday") makes the month a kind, no month told: a part of a day or a week
    ("a March morning", "an August weekend"; day_parts and units of timex_lexicon.json), a
    word of a kind of day (month_kind_nouns: "holiday"), or a person, by a title or a word
    of one ("a May spokesman", "a June bride"), as a surname or a kind names them. Any other
    noun keeps the month told ("a November runoff", "an October concert")."""
    from reader.parsing.lexicon import lexicon

    noun = _NOUN_AFTER_A_MONTH.match(ctx.text, end)
    if noun is None:
        return False
    lex, words_ = ctx.words, lexicon()
    for word in (w for w in noun.groups() if w):
        one = word.removesuffix("s")
        if (
            word in lex.day_parts
            or one in lex.units
            or one in lex.month_kind_nouns
            or words_.is_title(word)
            or one.endswith(("man", "woman", "person"))
        ):
            return True
    return False


# the noun after a month and a year told in its phrase: "the March meeting in 1912", "the
# August report of 2009"
_YEAR_OF_THE_PHRASE = compiled(r"\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|of)\s+(\d{4})(?![\d-])")
_A_BEFORE = compiled(r"\b[Aa]n?\s\Z")
_NOUN_AFTER_A_MONTH = compiled(r"\s+([a-z]+)(?:\s+([a-z]+))?")


# "a" or "an" and one word in lower case right before a month: a month described ("after a
# wet December", "a busy May"), before anything but a name or a number, as after a superlative
_A_AND_ADJECTIVE = compiled(r"\b[Aa]n?\s[a-z]{3,12}\s\Z")


def _month_of_figures(parts, ctx):
    """A month before a noun of figures: see the rule; or a month opening its sentence as
    its subject (see _month_subject). The noun may come after one word of what the figures
    count ("December retail sales", "the U.S. March factory orders", "January car sales"),
    as long as that word is no function word ("May also sales" holds no month)."""
    following = _NEXT_LOWER_WORD.match(ctx.text, parts.end())
    if following is None:
        return None
    nouns = ctx.words.figure_nouns
    if following[1] not in nouns and not _counted_before_figures(ctx, following):
        return _month_subject(parts, ctx, following[1])
    return _date(parts, "DATE", _month_value(parts, ctx, ctx.words.months[parts["month"].lower()]))


def _counted_before_figures(ctx, following: re.Match) -> bool:
    """Whether the word after a month is what a noun of figures right after it counts
    ("retail" in "December retail sales", "factory" in "March factory orders"): a word of
    the lexicon that is no function word, then the noun."""
    from reader.parsing.lexicon import lexicon

    second = _NEXT_LOWER_WORD.match(ctx.text, following.end())
    return (
        second is not None
        and second[1] in ctx.words.figure_nouns
        and following[1] not in lexicon().function_words
        and not past_form(following[1])
    )


_NEXT_LOWER_WORD = compiled(r"\s+([a-z]+)(?![\w'’-])")


_NO_NAME_AFTER = compiled(r"(?!\s*[A-Z0-9])")
_NOUN_AFTER = compiled(
    r"\s+(?!(?:of|on|and|for|from|with|was|were|is|are|has|had|will|quarter)\b)[a-z]{3,}"
)


def _month_value(parts, ctx, month: int) -> str:
    """A month named without a year: the year from the story told, the tense or a list."""
    if ctx.published is None:
        return tv.month_value(_narrated(parts, ctx), month)
    tense = _tense(parts, ctx)
    narrated = _narrated(parts, ctx)
    year = narrated or tv.month_year(ctx.published, month, tense)
    if tense == "past" and not narrated and _lead_is(parts, "for") and not _figures_of(parts, ctx):
        # "raised the price for February", told in January: the month the price is for
        year = tv.nearest_month_year(ctx.published, month, year)
    elif (
        tense == "past"
        and not narrated
        and (
            _plan_told_in_the_past(ctx.text, parts.start("month"), parts.end())
            or planned_by_intent(ctx.text, parts.start(), month=True)
        )
    ):
        # "The plant was due to open in April", told in February: the plan's month, nearest
        year = tv.nearest_month_year(ctx.published, month, year)
    elif (
        tense != "future"
        and not narrated
        and _word_before(ctx.text, parts.start("month")) in _STRETCH_ENDS
        and planned_by_intent(ctx.text, parts.start("month"))
    ):
        # "decided to keep the limits through March", told in December: the end of the term
        # decided, still to come
        year = tv.month_year(ctx.published, month, "future")
    year = _after_listed(ctx, parts.start(), year, month, tense)
    if tense == "future" and _figures_of(parts, ctx):
        year = tv.reported_month_year(ctx.published, month) or year
    if tense != "past" and not narrated and _lead_is(parts, "from"):
        year = _range_start_year(ctx, parts.end(), year, month, tense)
    first = ctx.month_range_start(parts.start("month"))
    if first is not None and date(year, month, 1) <= first:
        # "runs from April to July": a range's end comes after its start, whatever the tense
        year = first.year + (month <= first.month)
    return tv.month_value(year, month)


_STRETCH_ENDS = frozenset(("through", "thru", "until", "till"))  # words of a stretch's end


def _range_end_after() -> re.Pattern[str]:
    """A word of a range's end and a month's name right after a month: "to October",
    "through early July", "-September"."""
    return _month_joined(r"\s+(?:to|through|thru|until|till)", r"(?![\w'’])")


def _range_start_year(ctx: TimeContext, end: int, year: int, month: int, tense: str | None) -> int:
    """The year of a month that opens a range "from X to Y" not told in the past: the range's
    start cannot follow its end, valued with the same tense ("is closed from May through
    July", told in June: from the May gone by, as the stretch holds the publication), so the
    start is the latest such month not after the end when the range so read holds the
    publication; `year` otherwise."""
    found = _range_end_after().match(ctx.text, end)
    if found is None or ctx.published is None:
        return year
    last = ctx.words.months.get(found[1].lower().rstrip("."))
    if last is None:
        return year
    last_year = tv.month_year(ctx.published, last, tense)
    if date(year, month, 1) <= date(last_year, last, 1):
        return year
    start = last_year if month <= last else last_year - 1
    told = (ctx.published.year, ctx.published.month)
    return start if (start, month) <= told <= (last_year, last) else year


def _lead_is(parts, word: str) -> bool:
    """Whether the expression is led by `word` ("for" February)."""
    lead = parts["lead"] if "lead" in parts.re.groupindex else None
    return lead is not None and fold(lead) == word


_FIGURES_FOR = compiled(r"([A-Za-z]+)\s+for\s+(?:the\s+month\s+of\s+)?$")
_FIGURES_AFTER = compiled(r"(?:'s|’s)?\s+([a-z]+)(?:\s+([a-z]+))?")


def _figures_of(parts, ctx) -> bool:
    """Whether the month names the figures of a month, reported after it ends: after a noun
    of figures and "for" ("figures for December will be published next week") or before one
    ("the December jobs report is due on Friday"). In a plan, told a few weeks after such a
    month, the figures are of the month just ended."""
    nouns = ctx.words.figure_nouns
    before = _FIGURES_FOR.search(ctx.text, max(0, parts.start("month") - 40), parts.start("month"))
    if before is not None and before[1].lower() in nouns:
        return True
    after = _FIGURES_AFTER.match(ctx.text, parts.end())
    return after is not None and not nouns.isdisjoint(after.groups())


def _after_listed(ctx: TimeContext, at: int, year: int, month: int, tense: str | None) -> int:
    """A list of months that starts ahead of the publication runs forward: a month after
    one to come in the same sentence, outside a past clause, is not one gone by ("dates
    in November, December and January", read in October: next January)."""
    listed = ctx.month_before(at)
    published = ctx.published
    if tense == "past" or listed is None or published is None:
        return year
    this_month = date(published.year, published.month, 1)
    if listed < this_month or date(year, month, 1) >= this_month:
        return year
    return listed.year + (month < listed.month)


def _narrated(parts, ctx) -> int | None:
    """A day or month named without a year in a story of another year, told in the past
    ("In 1998 the mill closed; on May 4 the workers left"): that year. The year of the
    story is asked first: most times follow none, and then the clause need not be read."""
    if parts["weekday"] if "weekday" in parts.re.groupindex else False:
        return None  # a weekday with the date tells the year itself (see _year_for_day)
    year = ctx.narrative_year(parts.start())
    if year is None:
        return None
    if ctx.tense(parts.start(), parts.end()) != "past" and not _held_until(parts, ctx):
        return None  # "as of May, the firm leads": the present, whatever year came before
    if _in_dateline(ctx.text, parts.start()):
        return None  # "CHENNAI, Sept 30 (Reuters) -": the report's day, whatever the headline told
    if _since_in_perfect(ctx.text, parts.start()) or _in_present_perfect(ctx.text, parts.start()):
        return None  # "has not scored a century since May", "We have had a mild December"
    return year


# a present perfect in the clause before a time: its auxiliary, maybe an adverb, and the
# participle, then words of the clause (no stop, no quote mark, no comma)
_PERFECT_IN_CLAUSE = compiled(
    r"(?i:\bhas|\bhave|['’]ve)\s+(?:(?:not|never|already|also|just|now|[a-z]+ly)\s+)?"
    r"([a-z]+)\b[^,.;:!?\"“”\n]*\Z"
)


def _in_present_perfect(text: str, at: int) -> bool:
    """Whether the time at `at` is told in a clause of the present perfect ("We have had a
    mild December", "Prices have risen sharply in March"): a time of the stretch running to
    now, the publication's, not of a story of another year told before it. Not a time of a
    clause the perfect reports ("Inspectors have found that it flooded in March", "have
    told reporters it was sold in June"): "that" or a verb in the past between them."""
    clause = _PERFECT_IN_CLAUSE.search(text, max(0, at - _PERFECT_REACH), at)
    if clause is None or not past_form(clause[1]):
        return False
    between = text[clause.end(1) : at].lower().split()
    return not any(w == "that" or w in ("was", "were") or past_form(w) for w in between)


def _since_in_perfect(text: str, at: int) -> bool:
    """Whether the time at `at` (its "since" maybe matched with it) follows "since" in a
    clause of the present perfect (see _PERFECT_SINCE)."""
    lead = _SINCE_LEAD.match(text, at)
    end = lead.end() if lead else at
    return _PERFECT_SINCE.search(text, max(0, end - _PERFECT_REACH), end) is not None


# a present perfect, then "since" right before a time, in one clause: "have thought about this
# since", "has been held since"; the stretch runs to now, so its start is of the publication's
# time, not of a story of another year told before it
_PERFECT_SINCE = compiled(r"(?i:\bhas|\bhave|['’]ve)\s+[^,.;:!?\"“”]*?\b(?i:since)\s+\Z")
_PERFECT_REACH = 80
_SINCE_LEAD = compiled(r"(?i:since)\s+")


# a wire dateline up to its date: a place in capitals, maybe its region or country, a comma
_DATELINE_PLACE = compiled(r"[A-Z][A-Z.'’ -]+,(?:\s+[A-Z][\w.'’ -]*,)?\s*")


def _in_dateline(text: str, at: int) -> bool:
    """Whether `at` follows a wire dateline's place at the start of its line."""
    line = text.rfind("\n", 0, at) + 1
    return _DATELINE_PLACE.fullmatch(text, line, at) is not None


def _held_until(parts, ctx) -> bool:
    """Whether the expression ends a stretch a past verb tells ("work was put off until
    9 July"): "until" looks forward, but from the time of the story, not of the report."""
    before = _LAST_WORD.search(ctx.text, max(0, parts.start() - 8), parts.start())
    return (
        before is not None
        and before[1].lower() in ("until", "till")
        and ctx.tense_before(before.start(1)) == "past"
    )


def _new_year(parts, ctx):
    """ "the new year": the year that begins nearest the publication date (the next one
    from July on, the current one before)."""
    if ctx.published is None:
        return _date(parts, "DATE", "XXXX")
    return _date(parts, "DATE", str(ctx.published.year + (ctx.published.month >= 7)))


def _season_after_determiner(parts, ctx):
    """A season after a determiner and at most one adjective ("their busiest summer on
    record", "a wet autumn was blamed"), before a stop, a function word or a past form:
    not one naming a kind of thing ("a summer school", "winter coats") nor one of a year
    ("the winter of 373"). "fall" and "spring" are left out: "a sharp fall in June"."""
    if not _DETERMINER_BEFORE.search(ctx.text, max(0, parts.start() - 30), parts.start()):
        return None
    if not _CLAUSE_GOES_ON.match(ctx.text, parts.end()):
        return None
    return _season(parts, ctx)


_DETERMINER_BEFORE = compiled(  # "a" only with an adjective: "for a summer" is a stretch
    r"(?<![\w'’])(?:(?i:the|its|their|his|her|our)\s+(?:[a-z]+\s+)?|(?i:a|an)\s+[a-z]+\s+)$"
)
_CLAUSE_GOES_ON = compiled(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:on|in|for|since|and|but|with|to|that|which|when|as|than"
    r"|after|before|ever|was|were|is|has|had|will|would|[a-z]{3,}ed)\b"
)


def _season(parts, ctx):
    """A season named without a year: the year of the story told ("returned in 1966; in the
    summer he married"), as a month's, else the one the tense points to. None when the
    season, capitalised, opens a longer name ("during the Spring Festival", "at the Summer
    Palace", "in Spring Lake")."""
    if _season_opens_a_name(parts, ctx):
        return None
    season = ctx.words.seasons[parts["season"].lower()]
    if ctx.published is None:
        return _date(parts, "DATE", tv.season_value(_narrated(parts, ctx), season))
    year = _narrated(parts, ctx) or tv.season_occurrence(ctx.published, season, _tense(parts, ctx))
    return _date(parts, "DATE", tv.season_value(year, season))


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a capitalised word on the same line follows `end` as a name's next word:
    any but a function word on a line in title case ("Mills To Reopen In Spring After
    Floods", where every word has its capital)."""
    after = _CAPITALISED_WORD_AFTER.match(text, end)
    if after is None:
        return False
    from reader.parsing.lexicon import lexicon

    return after[1].lower() not in lexicon().function_words or not _line_in_title_case(text, end)


_CAPITALISED_WORD_AFTER = compiled(r"[^\S\n]+([A-Z][a-z]*)")  # not a word on the next line


def _season_just_begun(day: date, season: str) -> bool:
    """Whether `day` falls in the first month of `season` (by the months of
    timex_values.SEASON_START): "the coming summer" told then is that summer, begun by the
    calendar but still ahead as news tells it; later in it, "coming" is the next one."""
    return tv.current_season(day)[1] == season and day.month == tv.SEASON_START[season]


def _season_opens_a_name(parts, ctx) -> bool:
    """Whether the season, capitalised, opens a longer name ("the Spring Festival", "the
    coming Summer Games"): the season's end must close the match for the name to follow."""
    return parts["season"][:1].isupper() and _name_goes_on(ctx.text, parts.end("season"))


def _weekend(parts, ctx):
    if ctx.published is None:
        return _date(parts, "DATE", "XXXX-WXX-WE")
    tense = _tense(parts, ctx)
    weekday = ctx.published.isoweekday()
    step = 0
    if tense != "future" and weekday < 6:
        step = -1
    return _date(parts, "DATE", tv.shift(ctx.published, "W", step) + "-WE")


# -- helpers ------------------------------------------------------------------------------


_LAST_WORD = compiled(r"([A-Za-z.#]+)\W*$")


def _word_before(text: str, position: int) -> str:
    match = _LAST_WORD.search(text, max(0, position - 20), position)
    return match.group(1).lower().rstrip(".") if match else ""


_BEFORE_NAME = compiled(r"\s+(?!(?:I|A)\b)[A-Z][a-z]")
_NEXT_CHUNK = compiled(r"\s*(\S+)")  # the next word with what sticks to it ("Times,")
_PREPOSITION = compiled(
    r"(?:\b(?:on|by|until|till|since|from|before|after|last|next|this|early|late)|,)\s+$",
    re.IGNORECASE,
)


def _names_something(text: str, parts: re.Match) -> bool:
    """ "the Sunday Times", "Saturday Night Live": a day name that starts a proper name;
    not one with a possessive ("Sunday's Super Bowl": the day the thing is on)."""
    if parts.group().endswith(("'s", "’s")) or not _BEFORE_NAME.match(text, parts.end()):
        return False
    chunk = _NEXT_CHUNK.match(text, parts.end())
    if chunk and fold(chunk[1]).capitalize() in time_words().month_names:
        return False
    start = parts.start()
    return not (
        _PREPOSITION.search(text, max(0, start - 8), start)
        or _reported_before().search(text, max(0, start - _REPORT_VERB_REACH), start)
    )


@cache
def _reported_before() -> re.Pattern[str]:
    """Finds a verb of a report right before a weekday (report_verbs of name_words.json),
    as wire copy writes the day with no "on": "the minister said Monday Velkor would"."""
    verbs = words(table("name_words.json")["report_verbs"])
    return compiled(rf"(?<![\w'’-]){verbs}[^\S\n]+$")


_REPORT_VERB_REACH = 16  # a report's verb and the space before a weekday


def _ends_a_name(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` ends a name: it follows a capitalised word
    inside a sentence ("told USA Today", "copies of Velkor Today"), on a line not written
    in title case (a headline's "Council Votes Today" is the day)."""
    if not _NAME_WORD_BEFORE.search(text, max(0, start - 24), start):
        return False
    return not _line_in_title_case(text, start)


def _line_in_title_case(text: str, at: int) -> bool:
    """Whether the line holding `at` has no word in lower case but its function words."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return _LOWER_WORD.search(line) is None


_LOWER_WORD = compiled(r"(?<![\w'’-])[a-z]{4,}")  # a word in lower case, no function word
_NAME_WORD_BEFORE = compiled(r"(?<![\w'’.])[A-Z][\w'’-]*[^\S\n]+\Z")  # not "U.S. Today, ..."


def _named_by_epithet(ctx: TimeContext, start: int) -> bool:
    """ "Black Monday", "Super Tuesday": a day of history or of a calendar, no weekday."""
    before = _CAPITALISED_BEFORE.search(ctx.text, max(0, start - 12), start)
    return before is not None and before[1] in ctx.words.weekday_epithets


_CAPITALISED_BEFORE = compiled(r"(?<![\w'’])([A-Z][a-z]+)\s+$")
_OF = compiled(r"\s+of\b", re.IGNORECASE)
_DECIMAL = compiled(r"\d+(?:\.\d+)?")


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


# -- the table -------------------------------------------------------------------------


# The rules in the order they are tried at a place: longer forms before their shorter heads.
# A pattern's {PART}s (MONTH, YEAR, NUM...) are filled from the lexicon by timex_patterns,
# which compiles each rule on first use; `triggers` are the kinds of trigger word
# (timex_patterns.trigger_kinds) an expression of the rule holds.
# a month and a day: "June 27", "Tuesday, June 27, 2023", "June 27-29", "June 3 of that year"
# no line break inside a date: a headline ending in a day name ("Crews to strike on
# Monday") stands over its date line ("March 15, 2024"), which is another date
_DATE_MD = (
    # "next" or "last" may open the day's name when the date says which ("next Tuesday, Aug. 3")
    r"(?:(?:(?i:next|last|this)[^\S\n]+)?(?P<weekday>{WEEKDAY}),?[^\S\n]+(?:the\s+)?)?"
    r"(?P<month>{MONTH_ANY})[^\S\n]+(?P<day>{DAY})"
    r"(?:\s*(?:-|–|to|through)\s*(?P<day_end>{DAY}))?(?:(?:,[^\S\n]*|[^\S\n]+)(?P<year>{YEAR})"
    r"|\s+{REL_YEAR})?(?!\w)"
)

RULES: tuple[TimeRule, ...] = (
    TimeRule(
        "iso",
        r"(?P<year>\d{{4}})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::\d\d)?)?(?![\d-])",
        frozenset({"digit"}),
        _iso,
        (
            Example("The record shows 2023-06-27 as the day.", "2023-06-27", "2023-06-27"),
            Example("The log ends at 2023-06-27T14:05.", "2023-06-27T14:05", "2023-06-27T14:05"),
        ),
    ),
    TimeRule(
        "numeric",
        r"(?P<first>\d{{1,2}})(?:/(?P<second>\d{{1,2}})/(?P<year>\d{{4}}|\d{{2}})"
        r"|\.(?P<second_dot>\d{{1,2}})\.(?P<year_dot>\d{{4}}))(?![\d/.]\d|\d)",
        frozenset({"digit"}),
        _numeric,
        (
            Example("The filing is dated 6/27/2023.", "6/27/2023", "2023-06-27"),
            Example("The letter is dated 27.06.2023 in Berlin.", "27.06.2023", "2023-06-27"),
        ),
    ),
    TimeRule(
        "clock",
        r"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>(?i:[ap]\.\s?m\.?|[ap]m))"
        r"(?!\w)|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?!\d|:\d)(?=\s+{TZ}|\s*h\b)"
        r"|(?P<lead>(?i:at|by|from|until|till|before|after|around|about|to|between)\s+)"
        r"(?P<hour_at>[01]?\d|2[0-3]):(?P<minute_at>[0-5]\d)(?!\d|:\d)"
        r"(?:\s*(?P<ampm_at>(?i:[ap]\.\s?m\.?|[ap]m))(?!\w))?"
        r"|(?P<hour_oc>[01]?\d|1[0-2])\s+o'clock"
        r"|(?P<hour_wire>[01]\d|2[0-3])(?P<minute_wire>[0-5]\d)(?=\s+{TZ_WIRE}(?!\w))"
        # a clock of four digits with a leading zero after a word that leads to a time ("at
        # 0900", "by 0630 hrs"): no year nor count starts with a zero
        r"|(?:(?<=\b[Aa]t\s)|(?<=\b[Bb]y\s)|(?<=\b[Ff]rom\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Bb]efore\s)"
        r"|(?<=\b[Aa]fter\s)|(?<=\b[Aa]round\s))(?P<hour_mil>0\d)(?P<minute_mil>[0-5]\d)"
        r"(?!\d|[.,:]\d|%)(?:\s*(?i:hrs|hours)(?!\w))?"
        # a live report's entry stamp: a clock opening its line, before a dash (see _clock)
        r"|(?:(?<=\n)|(?<![\s\S]))(?P<hour_stamp>[01]?\d|2[0-3]):(?P<minute_stamp>[0-5]\d)"
        r"(?![\d:])"
        r"|(?P<named>{CLOCK_WORD}))(?:\s+{TZ}{TZ_OFFSET}|\s+{PLACE_TIME})?(?:\s*\({TZ}{TZ_OFFSET}\))?",
        frozenset({"clock", "digit"}),
        _clock,
        (
            Example("The polls close at 8 p.m.", "8 p.m.", "2023-06-29T20:00"),
            Example("The vote is at noon.", "noon", "2023-06-29T12:00"),
            Example(
                "Trading opens at 9 a.m. Beijing time.", "9 a.m. Beijing time", "2023-06-29T09:00"
            ),
        ),
    ),
    TimeRule(
        "week_of",
        r"(?i:the\s+(?:week(?P<weekend>end)?|(?P<daypart>{DAYPART}))\s+of)\s+"
        + _DATE_MD
        # "the first week of July", "the last week of June 2023", "the last day of March",
        # "the first day of 2008", "the last month of the year"
        # (in lower case: "On the Last Day of the Year" is a title, "the Year of the Rooster" one
        # of the zodiac's)
        # "the first six months of the year", "the last three months of 2019": a half, a quarter
        + r"|(?i:the)\s+(?P<rank>first|second|third|fourth|last|final)\s+"
        r"(?:(?P<span>three|six|3|6)\s+months|(?P<ranked_unit>week|day|month))\s+of\s+"
        r"(?:(?P<ranked_month>{MONTH})"
        r"(?:,?\s+(?P<ranked_year>{YEAR}))?|(?P<whole_year>{YEAR})"
        r"|(?P<year_word>the|this|last|next)\s+year(?!\s+of\b))(?!\w)",
        frozenset({"daypart", "unit"}),
        _week_of,
        (
            Example(
                "Talks resume the week of July 10, the union said.",
                "the week of July 10",
                "2023-W28",
            ),
            Example("Rain is due the weekend of July 15.", "the weekend of July 15", "2023-W28-WE"),
            Example("Police came on the night of June 2.", "the night of June 2", "2023-06-02TNI"),
            Example("The fund closed on the last day of May.", "the last day of May", "2023-05-31"),
            Example(
                "The law took effect on the first day of 2019.",
                "the first day of 2019",
                "2019-01-01",
            ),
        ),
    ),
    TimeRule(
        "day_of_month_told",
        r"(?i:the)\s+(?:(?P<day>{DAY})|(?P<day_word>{DAY_WORD}))\s+(?i:of)\s+"
        r"(?P<rel>(?i:this|next|last))\s+(?i:month)(?![\w'’-])",
        frozenset({"unit"}),
        _day_of_month_told,
        (
            Example(
                "Polls open on the 11th of next month.", "the 11th of next month", "2023-07-11"
            ),
            Example("He left on the 3rd of this month.", "the 3rd of this month", "2023-06-03"),
        ),
    ),
    TimeRule(
        "month_span",
        r"(?:(?i:the)\s+)?(?P<first>{MONTH_ANY})(?:\s*[-–/]\s*|\s+(?:to|through)\s+)"
        r"(?P<last>{MONTH_ANY})\s+"
        r"(?i:quarter|period|half)(?:\s+(?:(?i:of)\s+)?(?P<year>{YEAR}))?(?!\w)",
        frozenset({"month"}),
        _month_span,
        (
            Example(
                "The brewer's profit fell in the April-June quarter.",
                "the April-June quarter",
                "2023-Q2",
            ),
            Example(
                "Profit fell in the January to June period.",
                "the January to June period",
                "2023-H1",
            ),
        ),
    ),
    TimeRule(
        "month_quarter",
        r"(?:(?i:the)\s+)?(?P<month>{MONTH})\s+(?i:quarter)(?:\s+(?:(?i:of)\s+)?(?P<year>{YEAR}))?"
        r"(?![\w-])",
        frozenset({"month"}),
        _month_quarter,
        (Example("Sales rose in the March quarter.", "the March quarter", "2023-Q1"),),
    ),
    TimeRule(
        "date_md",
        _DATE_MD,
        frozenset({"month", "weekday"}),
        _month_day,
        (
            Example("The talks opened on June 27 in Vienna.", "June 27", "2023-06-27"),
            Example(
                "Shares fell on June 27, 2022, a year of losses.", "June 27, 2022", "2022-06-27"
            ),
            # across a new year, the tense says which way: back in a report, on in a plan
            Example(
                "On December 28 the ministry said it would appeal.",
                "December 28",
                "2023-12-28",
                published=date(2024, 1, 3),
            ),
            Example(
                "The museum will open on January 4.",
                "January 4",
                "2024-01-04",
                published=date(2023, 12, 28),
            ),
            # a story of another year, told in the past, goes on in that year
            Example(
                "In 1998 the mill closed. On May 4 the last workers left.", "May 4", "1998-05-04"
            ),
        ),
    ),
    TimeRule(
        "date_dm",
        r"(?:(?P<weekday>{WEEKDAY}),?[^\S\n]+)?"
        # the day in figures ("27 June", "the 27th of June") or as a word ("the first of June")
        r"(?:(?:the\s+)?(?P<day>{DAY})|(?i:the)\s+(?P<day_word>{DAY_WORD})(?=\s+of\s))"
        # a range of days before its month from its first ("12 to 15 June"), as "June 12 to 15"
        r"(?:\s*(?:-|–|to|through)\s*(?P<day_end>{DAY}))?\s+(?:of\s+)?(?P<month>{MONTH_ANY})"
        r"(?:,?\s+(?P<year>{YEAR})|\s+{REL_YEAR})?",
        frozenset({"month", "weekday"}),
        _month_day,
        (
            Example("The treaty was signed on 27 June 2021.", "27 June 2021", "2021-06-27"),
            Example("The fair ran from 3 to 5 May 2021.", "3 to 5 May 2021", "2021-05-03"),
            Example("The law took effect on the first of June.", "the first of June", "2023-06-01"),
        ),
    ),
    TimeRule(
        "month_year",
        r"{MOD}?(?P<month>{MONTH_ANY}),?\s+(?:(?:of\s+)?(?P<year>{YEAR})"
        r"|of\s+(?P<early>\d{{3}})(?![\w,.]?\d)(?!\s+[a-z])|{REL_YEAR}"
        r"|['’](?P<short>\d\d)(?![\w'’%]))",
        frozenset({"month"}),
        _month_year,
        (Example("The mine closed in March 2019.", "March 2019", "2019-03"),),
    ),
    TimeRule(
        "holiday",
        r"(?:(?P<offset>(?i:the\s+day\s+(?:before|after)))\s+)?(?P<holiday>{HOLIDAY})(?:'s)?"
        r"{DATE_SUFFIX}(?!\w)",
        frozenset({"holiday", "month", "unit"}),
        _holiday,
        (Example("Sales jumped on Christmas Day 2020.", "Christmas Day 2020", "2020-12-25"),),
    ),
    TimeRule(
        "decade",
        r"{MOD}?(?:(?i:the)\s+)?(?P<decade>(?:1\d|20)\d0|'\d0|\d0)'?s(?!\w)",
        frozenset({"digit"}),
        _decade,
        (Example("Jazz records sold well in the 1990s.", "the 1990s", "199"),),
    ),
    TimeRule(
        "decade_word",
        r"{MOD}?(?i:the)\s+(?:(?i:early|mid|late)[- ]+)?(?P<word>{DECADE_WORD})(?!\w)",
        frozenset({"decade"}),
        _decade_word,
        (Example("The club was famous in the nineties.", "the nineties", "199"),),
    ),
    TimeRule(
        "century",
        r"{MOD}?(?:(?i:the)\s+(?:(?i:early|mid|late)[- ]+)?|(?i:early|mid|late)-)"
        r"(?P<century>\d{{1,2}}(?:st|nd|rd|th)|{CENTURY_WORD})[- ](?i:century)(?!\w)"
        r"(?:\s+(?P<era>{ERA}))?",
        frozenset({"unit"}),
        _century,
        (Example("He wrote the book in the 19th century.", "the 19th century", "18"),),
    ),
    TimeRule(
        "fiscal",
        r"(?:(?i:the\s+)?(?i:fiscal|financial)\s+(?:(?i:year)\s+)?(?P<year>{YEAR})(?:[-/]\d{{2,4}})?"
        r"|(?i:the\s+)?(?P<year_first>{YEAR})(?:[-/]\d{{2,4}})?\s+(?i:fiscal|financial)\s+(?i:year)"
        r"|FY\s?(?P<fy>\d{{4}}|\d{{2}}))(?!\w)",
        frozenset({"digit", "unit"}),
        _fiscal,
        (Example("Results for fiscal 2022 were weak.", "fiscal 2022", "FY2022"),),
    ),
    TimeRule(
        "quarter",
        r"{MOD}?(?:(?P<rel_pre>(?i:last|this|next))\s+(?i:year)['’]s\s+|(?i:the)\s+)?"
        r"(?P<ord>{ORD}|(?i:final))[- ](?:(?i:fiscal|calendar)[- ])?"
        r"(?P<part>(?i:quarter|half))(?:\s+(?i:of)\s+(?:(?i:fiscal|the\s+fiscal\s+year)\s+)?"
        r"(?P<year>{YEAR})|,?\s+(?P<year2>{YEAR})|\s+(?i:of)\s+(?P<rel>(?i:this|last|next|the))"
        r"\s+(?i:year))?(?!\w)"
        r"|(?P<q>[1-4])Q(?:\s?(?P<qyear>{YEAR}|\d{{2}}))?(?!\w)"
        r"|Q(?P<qq>[1-4])(?:\s*(?:(?P<qqyear>{YEAR})|'(?P<qqshort>\d{{2}})))?(?!\w)"
        r"|(?P<yq>{YEAR})\s?Q(?P<yqq>[1-4])(?!\w)"
        r"|H(?P<hh>[12])(?:\s+(?P<hyear>{YEAR})|\s?['’](?P<hshort>\d{{2}}))?(?!\w)"
        r"|(?P<h>[12])H(?:\s?(?P<hyear2>{YEAR})|(?P<hshort2>\d{{2}}))?(?!\w)",
        frozenset({"digit", "half", "unit"}),
        _quarter,
        (
            Example("Revenue rose in Q3 2022.", "Q3 2022", "2022-Q3"),
            Example(
                "Profit fell in the third quarter of 2021.", "the third quarter of 2021", "2021-Q3"
            ),
        ),
    ),
    TimeRule(
        "season_year",
        r"{MOD}?(?:(?i:the)\s+)?(?P<season>{SEASON})(?:(?:\s+of)?,?\s+(?P<year>{YEAR})"
        r"|\s+{REL_YEAR})",
        frozenset({"season"}),
        _season_year,
        (
            Example("The law was passed in the spring of 2020.", "the spring of 2020", "2020-SP"),
            # a year named from the publication's or the year told last, as after a month
            Example("Sales fell in the summer of last year.", "the summer of last year", "2022-SU"),
        ),
    ),
    TimeRule(
        "same_period",
        r"(?i:the\s+same\s+(?P<same_unit>period|quarter|half|month|weekend|week|day|time))\s+"
        r"(?:(?i:of\s+)?(?:(?i:the)\s+)?"
        r"(?P<rel>(?i:last|previous|prior|preceding))\s+(?i:year)|(?i:a\s+year)\s+"
        r"(?P<dir>(?i:earlier|ago|before))|(?i:of|in)\s+(?P<same_year>{YEAR}))(?![\w-])"
        r"|(?i:the\s+(?:year[- ](?:ago|earlier)|prior[- ]year)\s+(?:period|quarter|half|month))"
        r"(?![\w-])",
        frozenset({"digit", "half", "unit"}),
        _same_period,
        (
            Example(
                "Sales rose in the second quarter from the same period last year.",
                "the same period last year",
                "2022-Q2",
            ),
        ),
    ),
    TimeRule(
        "nth_weekday",
        r"(?i:the)\s+(?P<nth>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))\s+"
        r"(?P<weekday>{WEEKDAY})\s+(?i:of|in)\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"
        r"(?![\w-])",
        frozenset({"weekday"}),
        _nth_weekday,
        (
            Example(
                "Polls closed on the first Monday in May.", "the first Monday in May", "2023-05-01"
            ),
        ),
    ),
    TimeRule(
        "relative",
        r"{MOD}?(?P<rel>{RELATIVE})\s+(?:(?P<fiscal>(?i:fiscal|financial)\s+)"
        r"|(?i:calendar|(?P<trading>trading|business|working))\s+)?"
        r"(?P<what>(?P<unit>{UNIT_ONE})|(?P<weekend>(?i:weekend))|(?P<season>{SEASON})"
        r"|(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})"
        # "last July 1", "this past July 1st": a day of the month named; no figure's digits
        r"(?:\s+(?P<month_day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[,.:]\d|\s*%|\s+(?i:percent|per\b)))?"
        r"|(?P<daypart>{DAYPART})|(?P<session>(?i:session)))"
        r"(?:\s+(?P<weekday_part>{DAYPART}))?(?![\w-])",
        frozenset({"daypart", "month", "reference", "season", "unit", "weekday"}),
        _relative,
        (
            Example("The band toured Europe last summer.", "last summer", "2022-SU"),
            Example("The board meets next week.", "next week", "2023-W27"),
            Example(
                "The mill shut in 1998. That same year the school closed.", "That same year", "1998"
            ),
        ),
    ),
    TimeRule(
        "deictic",
        r"{MOD}?(?:(?P<offset>(?i:the\s+day\s+(?:before|after)))\s+)?"
        r"(?P<word>{DEICTIC_DAY})(?:'s)?(?:\s+(?P<daypart>{DAYPART}))?(?!\w)"
        r"|(?P<last_night>(?i:last\s+night))(?!\w)",
        frozenset({"daypart", "deictic", "unit"}),
        _deictic,
        (
            Example("The minister resigned yesterday.", "yesterday", "2023-06-28"),
            Example("The results come tomorrow morning.", "tomorrow morning", "2023-06-30TMO"),
        ),
    ),
    TimeRule(
        "ago",
        r"(?:(?i:about|nearly|almost|some|more\s+than|less\s+than|over|under|just|only"
        r"|roughly|around)\s+)?"
        r"(?P<num>{NUM})[- ](?P<unit>{UNIT})\s+(?:(?P<dir>(?i:ago|from\s+now|hence|later|earlier"
        r"|afterwards))(?!\w)(?!\s+than\b)(?:\s+(?P<to_the_day>(?i:today|this\s+(?:week|month)))(?!\w))?|(?P<dir_end>(?i:before|after|prior))(?=\s*[,.;:)]|\s*$"
        r"|\s+(?:and|when|that|but|in|on|at)\b)"
        # "Five years on, she became chair": later, told as a clause of its own
        r"|(?P<dir_on>(?i:on))(?=\s*[,.;:)]|\s*$))"
        r"|(?P<vague_unit>(?i:years|decades|months|weeks|days|centuries))\s+(?P<vague_dir>(?i:ago))"
        r"(?!\w)",
        frozenset({"unit"}),
        _ago,
        (
            Example("The dam was built three years ago.", "three years ago", "2020"),
            Example("The dam opened in 1990. Five years on, it cracked.", "Five years on", "1995"),
        ),
    ),
    TimeRule(
        "set",
        r"(?P<each>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+|(?P<n>\d+|(?i:two|three|four"
        r"|five|six|seven|eight|nine|ten|twelve))\s+)?(?:(?P<unit>{UNIT})|(?P<weekday>{WEEKDAY})"
        r"|(?P<month>{MONTH})|(?P<season>{SEASON})|(?P<daypart>{DAYPART})|(?P<weekend>(?i:weekend)))"
        r"(?!\w)"
        r"|(?P<times>(?i:once|twice|\w+\s+times))\s+(?i:a|an|per|every)\s+(?P<per>{UNIT_ONE})(?!\w)"
        r"|(?P<annually>{FREQUENCY})(?!\w)"
        r"|(?P<weekdays>{WEEKDAY})s(?!\w)",
        frozenset({"daypart", "frequency", "month", "season", "unit", "weekday"}),
        _set,
        (
            Example("The council meets every week.", "every week", "P1W"),
            Example("The market opens on Sundays.", "Sundays", "XXXX-WXX-7"),
        ),
    ),
    TimeRule(
        "duration",
        r"(?:(?P<span>(?i:the\s+)?(?i:past|last|next|first|previous|coming|following|final"
        r"|remaining|preceding))\s+)?(?:(?i:more|less|fewer)\s+than\s+|(?i:over|under|about"
        r"|nearly|almost|around|some|up\s+to|at\s+least|roughly|approximately|just|only|another"
        r"|an\s+additional|a\s+further)\s+)?(?P<num>{NUM})(?P<half_pre>\s+and\s+a\s+half)?[- ]"
        r"(?P<unit>{UNIT})"
        r"(?P<half>\s+and\s+a\s+half)?(?![- ]olds?\b)(?:-long)?(?!\w)"
        r"|(?P<half_of>(?i:half\s+an?))\s+(?P<half_unit>(?i:hour|day|year|century|decade))(?!\w)"
        r"|(?P<lead>(?i:for|over|within)\s+)(?P<bare>(?i:years|decades|months|weeks|hours))"
        r"(?!\w)(?!\s+(?i:of|to|ago|before|after|later|earlier))"
        r"|(?P<long>(?i:decades|years|months|weeks))-long(?!\w)",
        frozenset({"reference", "unit"}),
        _duration,
        (
            Example("The strike lasted three weeks.", "three weeks", "P3W"),
            Example(
                "The talks went on for two and a half hours.", "two and a half hours", "PT2.5H"
            ),
        ),
    ),
    TimeRule(
        "weekday_and_day",
        # a weekday and a day of the month with its ordinal ending, no month: "on Thursday
        # 19th", "on Sunday the 8th"; not a count ("on Thursday 19 people died") nor a rank
        # ("On Sunday 2nd seed Vell lost"): no comma, and only a stop or a preposition after
        r"(?P<weekday>{WEEKDAY})[^\S\n]+(?:(?i:the)[^\S\n]+)?(?P<day>(?:3[01]|[12]\d|0?[1-9])"
        r"(?i:st|nd|rd|th))(?=[^\S\n]*(?:[.,;:!?)\"'”’]|$)|[^\S\n]+{DAY_CLOSER}(?![\w'’-]))",
        frozenset({"weekday"}),
        _weekday_and_day,
        (Example("The vote is on Thursday 6th.", "Thursday 6th", "2023-07-06"),),
    ),
    TimeRule(
        "weekday",
        r"{MOD}?(?:(?P<dir>(?i:last|next|this|coming|past))\s+)?(?P<weekday>{WEEKDAY})(?:['’]s)?"
        r"(?:\s+(?P<daypart>{DAYPART_LOWER}))?"
        r"(?:\s+(?:(?i:of)\s+)?(?P<week>(?i:last|next|this))\s+(?i:week))?(?![\w-])",
        frozenset({"reference", "weekday"}),
        _weekday,
        (
            Example("The council voted on Tuesday.", "Tuesday", "2023-06-27"),
            Example("The council will vote on Tuesday.", "Tuesday", "2023-07-04"),
        ),
    ),
    TimeRule(
        "anchored",
        r"(?P<phrase>(?i:the\s+(?:day|week|month|year)\s+(?:before(?:\s+last)?|after)"
        r"|the\s+next\s+morning|the\s+(?:morning|afternoon|evening|night)\s+(?:before|after)))"
        r"(?=\s*[,.;:)]|\s*$|\s+(?:and|when|but)\b)"
        r"|(?P<period_mod>{MOD_OF}|{MOD_IN})(?P<period>(?i:year|month|week|decade|century|quarter))"
        r"(?![\w-])|(?P<day_mod>{MOD_IN})(?P<day>(?i:day))(?![\w-])"
        r"|(?P<year_end>(?P<end_of>(?i:year|month))(?:[- ]|['’]s\s+)(?i:end))(?![\w-])"
        # "lost 3 percent on the day", "down 8 percent for the week", "ended the week
        # higher": the stretch holding the day told last, at the end of a clause after "on"
        # or "for", or as what a verb of its course ends or begins
        r"|(?:(?<=\b[Oo]n\s)|(?<=\b[Ff]or\s))(?P<on_period>(?i:the)\s+(?i:day|week|month|quarter|year))"
        r"(?=\s*[,.;:)]|\s*$|\s+(?:and|but|while)\b)"
        # "cut costs during the year", "sales fell over the month": the stretch holding the day
        # told last (not a firm's "year to March", nor "the week before"; "throughout the year"
        # is any year's, "sunny throughout the year")
        r"|(?:(?<=\b[Dd]uring\s)|(?<=\b[Oo]ver\s))"
        r"(?P<during_period>(?i:the)\s+(?i:week|month|quarter|year))(?![\w'’-])"
        r"(?!\s+(?i:to|ended|ending|before|after|of|since|ahead)\b)"
        # "profit for the year rose", "its forecast for the year on Tuesday": of a year's
        # accounts (see _anchored), wherever the clause goes on
        r"|(?<=\b[Ff]or\s)(?P<accounts_period>(?i:the)\s+(?i:quarter|year))(?![\w'’-]|\s+\d)"
        # "its lowest level of the year", "the busiest day of the week": see _ranked_within
        r"|(?<=\b[Oo]f\s)(?P<ranked_period>(?i:the)\s+(?i:day|week|month|quarter|year))"
        r"(?![\w'’-])(?!\s+(?i:before|after)\b)"
        r"|(?:{PERIOD_VERB})(?P<course_period>(?i:the)\s+(?i:day|week|month|quarter|year))"
        r"(?![\w'’-])"
        # "in the afternoon", "through the night", "late in the evening": that part of the
        # day told last
        r"|(?:(?<=\b[Ii]n\s)|(?<=\b[Dd]uring\s)|(?<=\b[Tt]hrough\s)|(?<=\b[Bb]y\s))"
        r"(?P<the_part>(?i:the)\s+(?:(?i:early|late)\s+)?(?P<part>{DAYPART})"
        # "by late afternoon", "by mid-afternoon", "in morning trading": no article
        r"|(?i:early|mid|late)[\s-]+(?P<bare_part>{DAYPART})|(?P<trading_part>{DAYPART})"
        r"\s+(?i:trading|trade|session|dealings))(?![\w'’-])"
        r"(?!\s+(?i:of|before|after)\b)|{MOD_IN}(?P<part_in>{DAYPART})(?![\w'’-])"
        r"(?!\s+(?i:of|before|after)\b)"
        # "by the end of the day", "at the start of the day": of the day told last
        r"|(?P<day_bound>(?i:the\s+(?:end|close|start|beginning)\s+of\s+the\s+(?:trading\s+)?"
        r"day))(?![\w'’-])"
        # "Sales in the quarter fell", "the latest quarter": see _told_quarter
        r"|(?P<told_quarter>(?i:the)\s+(?P<latest>(?i:latest|most\s+recent)\s+)?(?i:quarter))"
        r"(?![\w'’-])(?!\s+(?i:of)\b)",
        frozenset({"daypart", "unit"}),
        _anchored,
        (
            Example(
                "The plant shut on May 3, and reopened the day after.",
                "the day after",
                "2023-05-04",
            ),
            Example("Prices will rise by the end of the year.", "the end of the year", "2023"),
        ),
    ),
    TimeRule(
        "reference",
        # "as recently as March" bounds March: the time is the one after it
        r"(?!(?<=\b[Aa]s\s)(?i:recently\s+as)\b)"
        r"(?P<plain>{REFS})(?![\w-])|(?P<open>(?i:in\s+the\s+(?:near\s+|distant\s+)?"
        r"(?:past|future)))(?![\w-])(?!\s+(?:{NUM}|{UNIT}|(?i:few|several|couple)\b))",
        frozenset({"reference", "unit"}),
        _reference,
        (
            Example("The mayor recently resigned.", "recently", "PAST_REF"),
            Example("Talks may resume in the future.", "the future", "FUTURE_REF"),
            Example("Rates will fall in the near future.", "the near future", "FUTURE_REF"),
        ),
    ),
    TimeRule(
        "ordinal_day",
        r"(?i:the)\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
        # a day ends a clause, or a range of days: not "the 5th floor", "the 2nd and 3rd floors"
        r"(?=\s*[,.;:)]|\s*$|\s+(?:and|but|when|while|as)\s+(?!(?:the\s+)?\d)"
        r"|\s+(?:and|to|until|till|through)\s+(?:the\s+)?\d\d?(?:st|nd|rd|th)(?:\s*[,.;:)]|\s*$))",
        frozenset({"digit"}),
        _ordinal_day,
        (Example("Bids closed on the 14th, the council said.", "the 14th", "2023-06-14"),),
    ),
    TimeRule(
        "early_year",
        # not a recent year before BC and a word: British Columbia ("the 2017 BC election")
        r"(?!(?:19|20)\d\d\s?BC\s+\w)(?P<year>\d{{1,4}})\s?(?P<era>{ERA})"
        r"|{ERA_WORD}\s(?P<after_era>\d{{1,3}})(?![\w,.]?\d)"
        r"|{CIRCA_WORD}\s(?P<cued>\d{{1,3}})(?![\w,.]?\d)(?!\s+[a-z])"
        # before a comma (a negative look-ahead: the parts are read with the match's end
        # as the text's end)
        r"|(?<=\bIn\s)(?P<opening>\d{{3}})(?!\d)"
        r"|AD(?P<glued>\d{{1,3}})(?!\d)",
        frozenset({"digit"}),
        _early_year,
        (
            Example("The poet was born in 44 BC in a hill town.", "44 BC", "BC0044"),
            Example("The monk (c. 512 – 580) wrote hymns.", "c. 512", "0512"),
        ),
    ),
    TimeRule(
        "short_year",
        r"(?:{SHORT_YEAR_CUE})['’](?P<yy>\d\d)(?![\w'’%])",
        frozenset({"digit"}),
        _short_year,
        (Example("The club last won the cup in '98.", "'98", "1998"),),
    ),
    TimeRule(
        "year",
        r"{MOD}?(?:(?P<the_year>(?i:the\s+)?(?i:year|calendar\s+year))\s+)?(?P<year>{YEAR})"
        r"(?:\s*(?:-|–|/|to|through)\s*(?P<year_end>\d{{2}})(?!\s+(?!(?i:season)){UNIT}(?!\w)))?(?!\w|,\d|\.\d)",
        frozenset({"digit", "unit"}),
        _year,
        (
            Example("The company was founded in 2019.", "2019", "2019"),
            Example("The firm plans a listing in early 2024.", "early 2024", "2024"),
            # TimeML marks each end of a range of full years: "1990" and "1998"
            Example("She chaired the board from 1990 to 1998.", "1998", "1998"),
            Example("The survey covers the 2019-20 season.", "2019-20", "2019"),
        ),
    ),
    TimeRule(
        "month",
        r"(?:{MOD}|(?P<lead>(?i:in|into|since|until|till|by|from|to|during|through|throughout|of"
        r"|before|after|between|and|or|as\s+of|as\s+(?:recently|early|late|soon)\s+as|around|for"
        r"|no\s+(?:later|earlier|sooner)\s+than)"
        r"\s+(?:(?i:at\s+least)\s+)?)|(?P<listed>(?<=,\s))"
        # "the 12 months ended September", "the year ending March": a stretch's last month
        r"|(?P<ended>(?<=\b[Ee]nded\s)|(?<=\b[Ee]nding\s)))"
        r"(?P<month>{MONTH})(?!\w)"
        # not before a year or a day (those are other rules' forms); after a comma only a
        # year is one: "in December, 18 months late" and "In March, 2,000 workers" hold March
        r"(?!\s*(?:of\s+)?['’]?\d|\s*,\s*(?:of\s+)?(?:['’]\d\d|\d{{4}}(?!\d))|\s+{REL_YEAR})",
        frozenset({"month"}),
        _month,
        (
            Example("The plant closed in March.", "March", "2023-03"),
            Example("Prices peaked in mid-June.", "mid-June", "2023-06"),
        ),
    ),
    TimeRule(
        "month_before_noun",
        # a month naming what a noun is of ("the October figures", "its March meeting"), after
        # a determiner or a possessive, or one after a superlative ("the wettest August"):
        # see _month_before_noun
        rf"(?:{_AFTER_DETERMINER}|{_AFTER_SUPERLATIVE}|{_AFTER_A_AND_ADJECTIVE}|{_AFTER_A})"
        r"(?P<month>{MONTH})(?![\w'’-])",
        frozenset({"month"}),
        _month_before_noun,
        (Example("The bureau published the May figures.", "May", "2023-05"),),
    ),
    TimeRule(
        "month_of_figures",
        # a month before a noun of figures, with no determiner ("January orders fell",
        # "March inflation was 2 percent"): the figures of that month, reported after it
        r"(?P<month>{MONTH})(?![\w'’-])",
        frozenset({"month"}),
        _month_of_figures,
        (Example("March inflation was 2 percent.", "March", "2023-03"),),
    ),
    TimeRule(
        "new_year",
        r"(?i:the)\s+(?i:new)\s+(?i:year)(?![\w'’-])",
        frozenset({"unit"}),
        _new_year,
        (
            Example(
                "Talks will resume in the new year.", "the new year", "2024", date(2023, 12, 4)
            ),
            Example("Trading was quiet as the new year began.", "the new year", "2023"),
        ),
    ),
    TimeRule(
        "season",
        r"(?:{MOD}|(?P<lead>(?i:in|into|since|until|till|by|during|through|throughout|over)\s+))"
        r"(?:(?P<the>(?i:the))\s+)?(?P<season>{SEASON})(?!\w)"
        r"(?!\s*(?:of\s+)?\d|\s*,\s*(?:of\s+)?\d{{4}}(?!\d))(?!\s+(?i:of)\b)",
        frozenset({"season"}),
        _season,
        (Example("The bridge will open in the autumn.", "the autumn", "2023-FA"),),
    ),
    TimeRule(
        "season_after_determiner",
        # "their busiest summer", "a wet autumn": see _season_after_determiner
        r"(?<=[A-Za-z] )(?P<season>(?i:summer|winter|autumn))(?![\w'’-])",
        frozenset({"season"}),
        _season_after_determiner,
        (Example("Farmers fear a dry summer, officials said.", "summer", "2023-SU"),),
    ),
    TimeRule(
        "weekend",
        # "on" opens no expression (see prefix_run), so "on the weekend" is matched from "the"
        r"(?:(?P<lead>(?i:over|during|at|for|by|until|till|before|after|through|since)\s+)"
        r"|(?<=\b[Oo]n\s))(?i:the)\s+"
        r"(?i:weekend)(?!\w)(?!\s+(?i:of)\s)"  # "the weekend of July 15": see week_of
        # "the weekend's storms": of the weekend, whatever leads to it
        r"|(?i:the)\s+(?i:weekend)['’]s(?!\w)",
        frozenset({"unit"}),
        _weekend,
        (
            Example("Protesters marched over the weekend.", "the weekend", "2023-W25-WE"),
            Example("The storm hit the coast on the weekend.", "the weekend", "2023-W25-WE"),
            Example("The weekend's storms hit the coast.", "The weekend's", "2023-W25-WE"),
        ),
    ),
)
