"""What a sentence tells as said on another day is read from the day it was said.

'"The talks will start on Monday," she said on Friday.' names the Monday after that
Friday, and 'Speaking in 2019, he said: "Next year we will list the company."' names
2020: the day, month or year of the telling, told in the same sentence right after a
verb or a word of telling, is the "now" of what was told, as the publication date is of
the rest. Only what reads from "now" moves ("next year", "tomorrow", "on Monday"), and only
to a value as fine as the telling's date: a month told ("said in March") says which month
"next month" is, not which day "tomorrow" is.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date

from reader.parsing.calendar_values import as_date
from reader.parsing.precompiled import compiled
from reader.parsing.text import Span
from reader.parsing.timex_context import Found, TimeContext, telling_words

Resolve = Callable[[Found, TimeContext], "str | None"]

TELLING_REACH = 4  # the most words between a word of telling and the time of the telling
_WORDS = compiled(r"[A-Za-z]+")
_YEAR = compiled(r"(\d{4})")
_MONTH = compiled(r"(\d{4})-(\d\d)")
# how fine a value is: a year alone; a year, a month, a quarter or a half
_AS_FINE_AS_A_YEAR = compiled(r"\d{4}")
_AS_FINE_AS_A_MONTH = compiled(r"\d{4}(?:-\d\d|-Q[1-4]|-H[12])?")
_QUOTES = compiled(r"[\"“”]")


def read_from_tellings(
    text: str, found: list[Found], sentences: list[Span], context: TimeContext, resolve: Resolve
) -> None:
    """Give each expression told as said on a day of its own (see the module) the value read
    from that day, in place."""
    if context.published is None:
        return
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[Found]] = {}
    for item in found:
        by_sentence.setdefault(_sentence_of(starts, item.start), []).append(item)
    for index, items in by_sentence.items():
        if len(items) < 2 or index < 0:
            continue
        lower = sentences[index].start
        for telling in items:
            now = _telling_day(text, lower, telling, context.published)
            if now is not None:
                _read_from(text, items, telling, now, context, resolve)
                break


def _sentence_of(starts: list[int], at: int) -> int:
    return bisect_right(starts, at) - 1


def _telling_day(
    text: str, lower: int, item: Found, published: date
) -> tuple[date, re.Pattern[str] | None] | None:
    """The day of a telling `item` names, with the pattern of values as fine as it (None:
    any), when a word of telling comes a few words before it; None for none, or for the
    publication's own day, month or year."""
    before = _WORDS.findall(text, max(lower, item.start - 60), item.start)[-TELLING_REACH - 1 :]
    if not _opens_a_telling(text, lower, item) and not (
        any(word.lower() in telling_words() for word in before)
        and _of_the_telling(text, item, before)
    ):
        return None
    day = as_date(item.value) if len(item.value) == 10 else None
    if day is not None:
        return None if day == published else (day, None)
    month = _MONTH.fullmatch(item.value)
    if month is not None:
        first = date(int(month[1]), int(month[2]), 1)
        if (first.year, first.month) == (published.year, published.month):
            return None
        return first, _AS_FINE_AS_A_MONTH
    year = _YEAR.fullmatch(item.value)
    if year is not None and int(year[1]) != published.year:
        return date(int(year[1]), 7, 1), _AS_FINE_AS_A_YEAR
    return None


def _of_the_telling(text: str, item: Found, before: list[str]) -> bool:
    """Whether the time at `item` tells when the telling before it was: after "on", "in",
    "during" or "at" ("said on Friday"), a time that says so itself ("said last week",
    "told reporters yesterday"), or a time before a word of telling ("in a 2019
    interview"); not a time of a thing ("said last year's exports rose")."""
    if text.startswith(_POSSESSIVE, item.end):
        return False
    after = _WORDS.match(text, item.end + 1)
    if after is not None and after[0].lower() in telling_words():
        return True
    first = _WORDS.match(text, item.start)
    return (bool(before) and before[-1].lower() in _TELLING_LEADS) or (
        first is not None and first[0].lower() in _ADVERBIAL_FIRST
    )


def _opens_a_telling(text: str, lower: int, item: Found) -> bool:
    """Whether the time at `item` opens its sentence, set off by a comma, before a teller
    and a verb of telling ("On Monday, Ana Vell said:", "Last week, the ministry told
    reporters"): the time of the telling, as in "said on Monday". Not across another comma
    ("On Monday, a bomb hit the market, police said": the bomb's day)."""
    if not _OPENING_LEADS.fullmatch(text, lower, item.start):
        return False
    told = _SET_OFF.match(text, item.end)
    if told is None:
        return False
    words = _WORDS.findall(told[1])[1 : _TELLER_WORDS + 1]
    return any(word.lower() in telling_words() for word in words)


# what may come before a time that opens a sentence: quotation marks or a bracket, and
# "on", "in", "at", "during", "late" or "early" ("Late on Monday, ...")
_OPENING_LEADS = compiled(r"[\s\"“(]*(?:(?i:late|early)\s+)?(?:(?i:on|in|at|during)\s+)?")
# a comma, then what follows up to the next mark (the teller and the verb)
_SET_OFF = compiled(r",\s+([^,.;:!?\"“”()]*)")
_TELLER_WORDS = 6  # the most words of a teller ("the Velkor central bank's governor")
_POSSESSIVE = ("'s", "’s")
_TELLING_LEADS = frozenset(("on", "in", "during", "at"))
_ADVERBIAL_FIRST = frozenset(("last", "yesterday", "earlier"))


def _read_from(
    text: str,
    items: list[Found],
    telling: Found,
    now: tuple[date, re.Pattern[str] | None],
    context: TimeContext,
    resolve: Resolve,
) -> None:
    day, fine = now
    told = copy.copy(context)
    told.published = day
    cue = telling.start
    for item in items:
        if item is telling or not (item.start > cue or _quoted(text, item)):
            continue
        if resolve(item, context) != item.value:
            continue  # a value that reads from what was told before it, not from "now"
        value = resolve(item, told)
        if value and value != item.value and (fine is None or fine.fullmatch(value)):
            item.value = value


def _quoted(text: str, item: Found) -> bool:
    """Whether `item` is inside a quotation: an odd number of quotation marks before it in
    its paragraph."""
    opening = text.rfind("\n", 0, item.start) + 1
    return len(_QUOTES.findall(text, opening, item.start)) % 2 == 1
