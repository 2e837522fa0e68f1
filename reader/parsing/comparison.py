"""Dates a figure is compared with: "up 8% from a year earlier", "than in 2019",
"its lowest level since 2001".

Class: a date introduced by a comparison ("compared with", "versus", "than" after a
comparative) or by "from"/"against" after a figure ("up from 31 tonnes in 2021") or
before a date counted back from another ("from a year earlier", "from six months ago"),
as by "on" before such a stretch ("up 6% on a year earlier", "down on last year") is
the base of a comparison; so is a date after "since" that closes a record ("its
lowest level since 2001", "the first time since the 1990s", "not seen since 2012": a
superlative after a determiner, a few words before). It keeps its TIMEX3 but is no
event of the chronology: nothing happened then that the sentence reports. Starts,
ranges and bounds are no bases: "from January 1", "from 2010 to 2015", "more than a
year ago" (a span counted back; "grew more than last year" is a comparison), "no
later than July 14" (a date not told from another; "earlier than last year" is one).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from reader.model import TimeExpression
from reader.parsing.alternation import words
from reader.parsing.calendar_values import as_date
from reader.parsing.data import table
from reader.parsing.precompiled import compiled

_REACH = 60  # characters before a date in which its comparison cue must stand


class _Patterns(NamedTuple):
    """Each ends where the date starts (searched in the stretch before it)."""

    later_than: re.Pattern[str]  # "later than": a bound before a date not told from another
    from_: re.Pattern[str]  # "from" or "against" right before the date
    on: re.Pattern[str]  # "on" right before the date
    any_cue: re.Pattern[str]  # a word any of _Cued's patterns holds, in lower case
    counted_back: re.Pattern[str]  # the date is a span counted back: "a year ago"
    back: re.Pattern[str]  # the date is told from another: "a year earlier", "last year"


class _Cued(NamedTuple):
    """The patterns asked only once any_cue stands before a date (most articles have no
    such date): compiled then, a fifth of what the module compiles otherwise."""

    # "compared with", "than", "from 31 tonnes in", records: one alternation, searched once
    cued: re.Pattern[str]
    more_than: re.Pattern[str]  # "more than": a bound before a span counted back


def _cue(key: str) -> str:
    return words(table("chronology_cues.json")[key], fold=True)


_PREPOSITION = r"(?:(?:in|during|at|for|of)\s+)?"
_ENDING = r"\s+\Z"


@cache
def _patterns() -> _Patterns:
    cues = table("chronology_cues.json")
    return _Patterns(
        later_than=compiled(
            rf"(?<![\w-]){_cue('timing_bounds')}\s+{_cue('comparison_than')}\s+{_PREPOSITION}\Z"
        ),
        from_=compiled(rf"(?<![\w-]){_cue('comparison_from')}{_ENDING}"),
        on=compiled(rf"(?<![\w-]){_cue('comparison_on')}{_ENDING}"),
        any_cue=compiled(
            words(
                cues["comparison"]
                + cues["comparison_than"]
                + cues["comparison_from"]
                + cues["record_since"]
                + cues["unseen_since"]
            )
        ),
        counted_back=compiled(rf"\b{_cue('counted_back')}\Z"),
        back=compiled(rf"\b{_cue('comparison_back')}\b"),
    )


@cache
def _cued() -> _Cued:
    cues = table("chronology_cues.json")
    # a number and its unit, not the first date of a range ("from 1990 to 1998")
    joiner = r"(?!\s+(?:to|and|or|until|till|through)\b)"
    figure = rf"[$€£¥]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent))?{joiner}(?:\s+[a-z]+){{0,2}}"
    bounds = "".join(
        rf"(?<!\b(?i:{word}) )" for word in cues["timing_bounds"] + cues["quantity_bounds"]
    )
    determiners = words(table("timex_tense_cues.json")["determiners"], fold=True)
    record = (
        rf"(?:{determiners}|[A-Za-z]+['’]s)\s+{_cue('superlatives')}(?:\s+[\w'’-]+){{0,5}}?\s+"
        rf"{_cue('record_since')}|{_cue('unseen_since')}"
    )
    return _Cued(
        cued=compiled(
            r"(?<![\w-])(?:"
            + "|".join(
                (
                    rf"{_cue('comparison')}\s+(?:(?:{figure}|an?\s+[a-z]+)\s+)?{_PREPOSITION}\Z",
                    rf"{bounds}{_cue('comparison_than')}\s+{_PREPOSITION}\Z",
                    rf"{_cue('comparison_from')}\s+{figure}\s+{_PREPOSITION}\Z",
                    rf"(?:{record}){_ENDING}",
                )
            )
            + ")"
        ),
        more_than=compiled(
            rf"(?<![\w-]){_cue('quantity_bounds')}\s+{_cue('comparison_than')}\s+{_PREPOSITION}\Z"
        ),
    )


def is_comparison_base(text: str, timex: TimeExpression) -> bool:
    """Whether `timex` is what a figure is compared with (see the module)."""
    found = _patterns()
    start, end = max(0, timex.start - _REACH), timex.start
    # most dates have no cue before them: one search of the lowered stretch tells
    if found.any_cue.search(text[start:end].lower()):
        cued = _cued()
        if cued.cued.search(text, start, end):
            return True
        if cued.more_than.search(text, start, end) and not found.counted_back.search(timex.text):
            return True  # "grew more than last year"; "more than a year ago" is a bound
    if not found.back.search(timex.text):
        return False
    if found.later_than.search(text, start, end):
        return True  # "reported earlier than last year"; "no later than July 14" is a bound
    # "from a year earlier"; "up 6% on a year earlier" ("on" before a stretch, not a day)
    return bool(
        found.from_.search(text, start, end)
        or (found.on.search(text, start, end) and as_date(timex.value[:10]) is None)
    )
