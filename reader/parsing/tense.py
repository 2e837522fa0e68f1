"""Whether a clause looks back or forward, from the verbs near a position.

"on Tuesday" means last Tuesday in "talks began on Tuesday" and next Tuesday
in "talks will begin on Tuesday": the nearest tense cue to the expression
decides. Each sentence is scanned for cues once, on the first question about
it; a question is then a bisection, so the cost stays linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from reader.parsing.alternation import FOLDED_LETTER, folded_words
from reader.parsing.data import table

WINDOW = 120  # how far (in characters) a cue may be from the expression
_BREAK = "break"


@cache
def _cues() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    """A pattern for every cue (and clause break), and the word sets that classify a hit."""
    data = table("timex_tense_cues.json")
    listed = folded_words(set(data["future"]) | set(data["past"]))
    # any word of four letters or more ending in "ed": the whole word is read at once (no
    # backtracking), then its last two letters are checked
    ending_in_ed = rf"{FOLDED_LETTER}{{4,}}+(?<=[eE][dD])"
    pattern = re.compile(r"[;:]|(?<![\w'])(?:" + listed + "|" + ending_in_ed + r")(?![\w'])")
    return (
        pattern,
        frozenset(data["future"]),
        frozenset(data["not_past"]),
        frozenset(data["passive"]),
    )


class TenseIndex:
    """The tense cues of a text, sentence by sentence."""

    def __init__(self, text: str):
        self.text = text
        self._scanned: dict[int, tuple[list[int], list[int], list[str]]] = {}

    def at(self, start: int, end: int, lower: int = 0, upper: int | None = None) -> str | None:
        """ "past", "future" or None for the expression at text[start:end].

        `lower`/`upper` bound the search (the sentence); a clause break (; or :)
        stops it too. A cue before the expression wins a tie with one after it.
        """
        upper = len(self.text) if upper is None else upper
        starts, ends, kinds = self._cues_of(lower, upper)
        best, distance = None, WINDOW + 1
        index = bisect_right(ends, start) - 1
        if index >= 0 and kinds[index] != _BREAK and start - ends[index] <= WINDOW:
            best, distance = kinds[index], start - ends[index]
        index = bisect_left(starts, end)
        if index < len(starts) and kinds[index] != _BREAK and starts[index] - end < distance:
            return kinds[index]
        return best

    def _cues_of(self, lower: int, upper: int) -> tuple[list[int], list[int], list[str]]:
        if lower not in self._scanned:
            pattern, future, not_past, passive = _cues()
            starts, ends, kinds = [], [], []
            for match in pattern.finditer(self.text, lower, upper):
                kind = _kind(self.text, match, future, not_past, passive)
                if kind:
                    starts.append(match.start())
                    ends.append(match.end())
                    kinds.append(kind)
            self._scanned[lower] = (starts, ends, kinds)
        return self._scanned[lower]


def tense_at(
    text: str, start: int, end: int, lower: int = 0, upper: int | None = None
) -> str | None:
    """The tense around one expression (see TenseIndex.at), for a single question."""
    window_low = max(lower, start - WINDOW)
    return TenseIndex(text).at(start, end, window_low, min(upper or len(text), end + WINDOW))


def _kind(text: str, match: re.Match, future, not_past, passive) -> str | None:
    word = match.group().lower()
    if word in ";:":
        return _BREAK
    if word in future:
        return "future"
    if not word.endswith("ed") or len(word) <= 3:
        return "past"
    if word in not_past:
        return None
    before = text[max(0, match.start() - 8) : match.start()].split()
    return None if before and before[-1].lower() in passive else "past"
