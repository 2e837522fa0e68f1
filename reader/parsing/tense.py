"""Whether a clause looks back or forward, from the verbs near a position.

"on Tuesday" means last Tuesday in "talks began on Tuesday" and next Tuesday
in "talks will begin on Tuesday": the nearest tense cue to the expression
decides. Only a short window around the position is read, so the cost per
question is constant whatever the length of the text.
"""

from __future__ import annotations

import re
from functools import cache

from reader.parsing.data import table
from reader.parsing.timex_patterns import words

WINDOW = 120  # characters read on each side of the position


@cache
def _cues() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    """A pattern for every cue (and clause break), and the word sets that classify a hit."""
    data = table("timex_tense_cues.json")
    listed = words(set(data["future"]) | set(data["past"]), fold=True)
    pattern = re.compile(r"[;:]|(?<![\w'])(?:" + listed + r"|(?i:[a-z]{2,}ed))(?![\w'])")
    return pattern, frozenset(data["future"]), frozenset(data["not_past"]), frozenset(data["passive"])


def tense_at(text: str, start: int, end: int, lower: int = 0, upper: int | None = None) -> str | None:
    """ "past", "future" or None for the expression at text[start:end].

    `lower`/`upper` bound the search (the sentence); a clause break (; or :)
    stops it too. A cue before the expression wins a tie with one after it.
    """
    pattern, future, not_past, passive = _cues()
    upper = len(text) if upper is None else upper
    best, distance = None, WINDOW + 1
    for match in pattern.finditer(text, max(lower, start - WINDOW), start):
        kind = _kind(text, match, future, not_past, passive)
        if kind == "break":
            best, distance = None, WINDOW + 1
        elif kind:
            best, distance = kind, start - match.end()
    for match in pattern.finditer(text, end, min(upper, end + WINDOW)):
        if match.start() - end >= distance:
            break
        kind = _kind(text, match, future, not_past, passive)
        if kind == "break":
            break
        if kind:
            return kind
    return best


def _kind(text: str, match: re.Match, future, not_past, passive) -> str | None:
    word = match.group().lower()
    if word in ";:":
        return "break"
    if word in future:
        return "future"
    if not word.endswith("ed") or len(word) <= 3:
        return "past"
    if word in not_past:
        return None
    before = text[max(0, match.start() - 8) : match.start()].split()
    return None if before and before[-1].lower() in passive else "past"
