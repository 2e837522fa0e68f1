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

_REACH = 60  # characters before a date in which its comparison cue must stand


class _Patterns(NamedTuple):
    """Each ends where the date starts (searched in the stretch before it)."""

    cued: tuple[re.Pattern[str], ...]  # "compared with", "than", "from 31 tonnes in", records
    more_than: re.Pattern[str]  # "more than": a bound before a span counted back
    later_than: re.Pattern[str]  # "later than": a bound before a date not told from another
    from_: re.Pattern[str]  # "from" or "against" right before the date
    on: re.Pattern[str]  # "on" right before the date
    any_cue: re.Pattern[str]  # a word any of `cued` or `more_than` holds, in lower case
    counted_back: re.Pattern[str]  # the date is a span counted back: "a year ago"
    back: re.Pattern[str]  # the date is told from another: "a year earlier", "last year"


@cache
def _patterns() -> _Patterns:
    cues = table("chronology_cues.json")

    def cue(key: str) -> str:
        return words(cues[key], fold=True)

    # a number and its unit, not the first date of a range ("from 1990 to 1998")
    joiner = r"(?!\s+(?:to|and|or|until|till|through)\b)"
    figure = rf"[$€£¥]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent))?{joiner}(?:\s+[a-z]+){{0,2}}"
    preposition = r"(?:(?:in|during|at|for|of)\s+)?"
    bounds = "".join(
        rf"(?<!\b(?i:{word}) )" for word in cues["timing_bounds"] + cues["quantity_bounds"]
    )
    determiners = words(table("timex_tense_cues.json")["determiners"], fold=True)
    record = (
        rf"(?:{determiners}|[A-Za-z]+['’]s)\s+{cue('superlatives')}(?:\s+[\w'’-]+){{0,5}}?\s+"
        rf"{cue('record_since')}|{cue('unseen_since')}"
    )
    ending = r"\s+\Z"
    return _Patterns(
        cued=tuple(
            re.compile(rf"(?<![\w-]){pattern}")
            for pattern in (
                rf"{cue('comparison')}\s+(?:(?:{figure}|an?\s+[a-z]+)\s+)?{preposition}\Z",
                rf"{bounds}{cue('comparison_than')}\s+{preposition}\Z",
                rf"{cue('comparison_from')}\s+{figure}\s+{preposition}\Z",
                rf"(?:{record}){ending}",
            )
        ),
        more_than=re.compile(
            rf"(?<![\w-]){cue('quantity_bounds')}\s+{cue('comparison_than')}\s+{preposition}\Z"
        ),
        later_than=re.compile(
            rf"(?<![\w-]){cue('timing_bounds')}\s+{cue('comparison_than')}\s+{preposition}\Z"
        ),
        from_=re.compile(rf"(?<![\w-]){cue('comparison_from')}{ending}"),
        on=re.compile(rf"(?<![\w-]){cue('comparison_on')}{ending}"),
        any_cue=re.compile(
            words(
                cues["comparison"]
                + cues["comparison_than"]
                + cues["comparison_from"]
                + cues["record_since"]
                + cues["unseen_since"]
            )
        ),
        counted_back=re.compile(rf"\b{cue('counted_back')}\Z"),
        back=re.compile(rf"\b{cue('comparison_back')}\b"),
    )


def is_comparison_base(text: str, timex: TimeExpression) -> bool:
    """Whether `timex` is what a figure is compared with (see the module)."""
    found = _patterns()
    start, end = max(0, timex.start - _REACH), timex.start
    # most dates have no cue before them: one search of the lowered stretch tells
    if found.any_cue.search(text[start:end].lower()):
        if any(pattern.search(text, start, end) for pattern in found.cued):
            return True
        if found.more_than.search(text, start, end) and not found.counted_back.search(timex.text):
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
