"""Splitting a sentence into the clauses its dates belong to, and a short summary of one.

"He fought cancer in 2004 and took six months off in early 2009" holds two
events: the sentence is cut between the two dates at the strongest break
there (a semicolon, then ", and"/", which"/", according to", then a comma or
a bare "and"). Only the text between consecutive dates is read, so the work
is linear in the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from reader.parsing.data import table
from reader.parsing.timex_patterns import words

MAX_SUMMARY = 160  # characters shown in the chronology pane
MIN_WORDS = 3  # a clause with fewer words of its own is no event (a date line)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = table("chronology_cues.json")
    openers = words(cues["clause_openers"], fold=True)
    breaks = re.compile(
        r"(?P<strong>\s*;\s*|:\s+|\s+[—–-]{1,2}\s+|\s*[—–]\s*|,?\s+[“‘]|,\s+\"(?=\w))"
        rf"|(?P<medium>,\s+(?={openers}\b))"
        r"|(?P<weak>,\s+|\s+(?=(?i:and|but|while)\s))"
    )
    leading = re.compile(rf"(?:[\s,;:—–\-\"“”'‘’()]+|{openers}\b)+")
    preposition = re.compile(rf"\s*(?:{words(cues['date_prepositions'], fold=True)}\s+)?\Z")
    word = re.compile(r"[A-Za-z]{2,}")
    return breaks, leading, preposition, word


_PUNCTUATION = re.compile(r"[\s,;:—–\-\"“”'‘’()]+")


def segments(text: str, start: int, end: int, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clause of each anchor (a date's span, in text order) within text[start:end].

    Between two dates the sentence is cut at the strongest break; before the
    first and after the last only a clause break counts (not the comma of an
    apposition). Anchors with no break between them share a clause; a clause
    with too few words of its own is joined to the one after it.
    """
    if not anchors:
        return []
    breaks = _patterns()[0]
    left = _last_clause_break(breaks, text, start, anchors[0][0])
    right = _first_clause_break(breaks, text, anchors[-1][1], end)
    bounds = [start] + ([left] if left is not None else [])
    owners: list[list[int]] = [[]] if left is not None else []
    owners.append([0])
    for index in range(1, len(anchors)):
        cut = _best_break(breaks, text, anchors[index - 1][1], anchors[index][0])
        if cut is None:
            owners[-1].append(index)
            continue
        bounds.append(cut)
        owners.append([index])
    if right is not None:
        bounds.append(right)
        owners.append([])
    bounds.append(end)
    spans = [(bounds[i], bounds[i + 1]) for i in range(len(owners))]
    spans, owners = _join_short(text, spans, owners, anchors)
    result: list[tuple[int, int]] = [(start, end)] * len(anchors)
    for span, members in zip(spans, owners, strict=True):
        for index in members:
            result[index] = span
    return result


def _best_break(breaks: re.Pattern[str], text: str, left: int, right: int) -> int | None:
    best, strength = None, 0
    for match in breaks.finditer(text, left, right):
        level = 3 if match["strong"] else 2 if match["medium"] else 1
        if level >= strength:
            best, strength = match.start(), level
    return best


def _last_clause_break(breaks, text: str, left: int, right: int) -> int | None:
    found = None
    for match in breaks.finditer(text, left, right):
        if not match["weak"]:
            found = match.start()
    return found


def _first_clause_break(breaks, text: str, left: int, right: int) -> int | None:
    for match in breaks.finditer(text, left, right):
        if not match["weak"]:
            return match.start()
    return None


def _join_short(text, spans, owners, anchors):
    """Merge a clause that is little more than its date ("On June 27,") into the next one."""
    index = 0
    while index < len(spans):
        members = owners[index]
        dates = [anchors[i] for i in members]
        if not members or own_words(text, spans[index], dates) >= MIN_WORDS or len(spans) == 1:
            index += 1
            continue
        other = index + 1 if index + 1 < len(spans) else index - 1
        low, high = sorted((index, other))
        spans[low : high + 1] = [(spans[low][0], spans[high][1])]
        owners[low : high + 1] = [owners[low] + owners[high]]
        index = low
    return spans, owners


def own_words(text: str, span: tuple[int, int], dates: list[tuple[int, int]]) -> int:
    """How many words the clause has besides its dates."""
    word = _patterns()[3]
    count = len(word.findall(text, span[0], span[1]))
    return count - sum(len(word.findall(text, s, e)) for s, e in dates)


def summary(
    text: str, span: tuple[int, int], lead: tuple[int, int] | None = None, joined: bool = False
) -> str:
    """The clause as a short line: no leading date ("On June 27,"), and for a clause cut
    from a longer sentence (`joined`) no leading connective ("and", "according to")."""
    _, leading, preposition, word = _patterns()
    start, end = span
    if lead is not None and lead[0] >= start and preposition.match(text, start, lead[0]):
        if len(word.findall(text, lead[1], end)) >= MIN_WORDS:
            start = lead[1]
    match = (leading if joined else _PUNCTUATION).match(text, start, end)
    if match:
        start = match.end()
    line = " ".join(text[start:end].split()).rstrip(" ,;:—–-")
    if line.endswith(".") and "." not in line[:-1].rsplit(" ", 1)[-1]:
        line = line[:-1]
    if len(line) > MAX_SUMMARY:
        line = line[: MAX_SUMMARY - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return line
