"""Dates a figure is compared with: "up 8% from a year earlier", "than in 2019",
"its lowest level since 2001".

Class: a date introduced by a comparison ("compared with", "versus", "than" after a
comparative) or by "from"/"against" after a figure ("up from 31 tonnes in 2021") or
before a date counted back from another ("from a year earlier", "from six months ago")
is the base of a comparison; so is a date after "since" that closes a record ("its
lowest level since 2001", "the first time since the 1990s", "not seen since 2012": a
superlative after a determiner, a few words before). It keeps its TIMEX3 but is no
event of the chronology: nothing happened then that the sentence reports. Starts,
ranges and bounds are no bases: "from January 1", "from 2010 to 2015", "more than a
year ago" (a span counted back; "grew more than last year" is a comparison), "no
later than July 14".
"""

from __future__ import annotations

import re
from functools import cache

from reader.model import TimeExpression
from reader.parsing.alternation import words
from reader.parsing.data import table

_REACH = 60  # characters before a date in which its comparison cue must stand


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    cues = table("chronology_cues.json")
    # a number and its unit, not the first date of a range ("from 1990 to 1998")
    joiner = r"(?!\s+(?:to|and|or|until|till|through)\b)"
    figure = rf"[$€£¥]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent))?{joiner}(?:\s+[a-z]+){{0,2}}"
    preposition = r"(?:(?:in|during|at|for|of)\s+)?"
    bounds = "".join(rf"(?<!\b(?i:{word}) )" for word in cues["comparison_bounds"])
    quantity = words(cues["quantity_bounds"], fold=True)
    compared = words(cues["comparison"], fold=True)
    than = words(cues["comparison_than"], fold=True)
    since = words(cues["comparison_from"], fold=True)
    determiners = table("timex_tense_cues.json")["determiners"]
    record = (
        rf"(?:{words(determiners, fold=True)}|[A-Za-z]+['’]s)\s+"
        rf"{words(cues['superlatives'], fold=True)}(?:\s+[\w'’-]+){{0,5}}?\s+"
        rf"{words(cues['record_since'], fold=True)}"
        rf"|{words(cues['unseen_since'], fold=True)}"
    )
    return (
        re.compile(rf"(?<![\w-]){compared}\s+(?:(?:{figure}|an?\s+[a-z]+)\s+)?{preposition}\Z"),
        re.compile(rf"(?<![\w-]){bounds}{than}\s+{preposition}\Z"),
        # "more than a year ago" is a bound, "grew more than last year" a comparison
        re.compile(rf"(?<![\w-]){quantity}\s+{than}\s+{preposition}\Z"),
        re.compile(rf"\b{words(cues['counted_back'], fold=True)}\Z"),
        re.compile(rf"(?<![\w-]){since}\s+{figure}\s+{preposition}\Z"),
        re.compile(rf"(?<![\w-]){since}\s+\Z"),
        re.compile(rf"(?<![\w-])(?:{record})\s+\Z"),
        re.compile(rf"\b{words(cues['comparison_back'], fold=True)}\b"),
        # any cue at all, in lower case: most dates have none before them, and one search
        # of the lowered stretch tells
        re.compile(
            words(
                cues["comparison"]
                + cues["comparison_than"]
                + cues["comparison_from"]
                + cues["record_since"]
                + cues["unseen_since"]
            )
        ),
    )


def is_comparison_base(text: str, timex: TimeExpression) -> bool:
    """Whether `timex` is what a figure is compared with (see the module)."""
    compared, than, more_than, counted, after_figure, bare, record, back, any_cue = _patterns()
    start, end = max(0, timex.start - _REACH), timex.start
    if not any_cue.search(text[start:end].lower()):
        return False
    if any(p.search(text, start, end) for p in (compared, than, after_figure, record)):
        return True
    if more_than.search(text, start, end) and not counted.search(timex.text):
        return True
    return bool(bare.search(text, start, end) and back.search(timex.text))
