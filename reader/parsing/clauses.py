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

from reader.parsing.alternation import words
from reader.parsing.data import table
from reader.parsing.precompiled import compiled

MAX_SUMMARY = 160  # characters shown in the chronology pane
MIN_WORDS = 3  # a clause with fewer words of its own is no event (a date line)

# Every break holds one of these marks, and starts at it or at the white space just before
# it; a weak break may also be the white space before one of the _WEAK_WORDS.
_MARKS = r"[;:—–\-“‘,]"
_WEAK_WORDS = r"(?i:and|but|while)"


@cache
def _openers() -> str:
    """The words that open a clause after a comma (", which", ", according to")."""
    return words(table("chronology_cues.json")["clause_openers"], fold=True)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Breaks of any strength, clause breaks only, leading connectives, a leading
    preposition."""
    cues = table("chronology_cues.json")
    openers = _openers()
    breaks = compiled(
        r"(?P<strong>\s*;\s*|:\s+|\s+[—–-]{1,2}\s+|\s*[—–]\s*|,?\s+[“‘]|,\s+\"(?=\w))"
        rf"|(?P<medium>,\s+(?={openers}\b))"
        rf"|(?P<weak>,\s+|\s+(?={_WEAK_WORDS}\s))"
    )
    clause_breaks = compiled(breaks.pattern.split("|(?P<weak>")[0])
    leading = compiled(rf"(?:[\s,;:—–\-\"“”'‘’()*_]+|{openers}\b)+")
    preposition = compiled(
        rf"[\s,;:—–\-\"“”'‘’(*_]*(?:{words(cues['date_prepositions'], fold=True)}\s+[*_]*)?\Z"
    )
    return breaks, clause_breaks, leading, preposition


# Every byte as "a" for an ASCII letter and a space for anything else (see _word_count).
_LETTERS = bytes(97 if chr(i).isascii() and chr(i).isalpha() else 32 for i in range(256))
_PUNCTUATION = compiled(r"[\s,;:—–\-\"“”'‘’()*_]+")
# A label of one to four capitalised words and a colon opening a paragraph: a speaker in an
# interview's transcript ("Velkor Radio:", "**Amaka Nwosu:**"), an item of a list ("Getting
# there:"), which a summary of the sentence leaves out
_LABEL = compiled(r"(?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w.'’-]*:[*_]{0,3}[ \t]+")

# Inline Markdown in a summary, shown as the words a reader sees: a link or an image as its
# label, code without its backticks, emphasis markers (paired or left alone by a cut at a
# word's edge) dropped.
_LINK = compiled(
    r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|<(\w+://[^>\s]+)>"
)
_CODE = compiled(r"`+([^`]+)`+")
_EMPHASIS = compiled(
    r"(?<![\w*~])(?:\*{1,3}|_{1,3}|~~)(?=\w)|(?<=[\w.!?:)])(?:\*{1,3}|_{1,3}|~~)(?![\w*~])"
)


# A character every piece of inline Markdown above holds: most summaries have none (one
# search finds it sooner than a set of them tests each character of the line).
_INLINE_MARK = compiled(r"[\[<`*_~]")


def plain_inline(line: str) -> str:
    """A line of Markdown as plain text (a summary is read, not rendered)."""
    if _INLINE_MARK.search(line) is None:
        return line
    line = _LINK.sub(lambda m: m[1] if m[1] is not None else m[2], line)
    line = _CODE.sub(r"\1", line)
    return _EMPHASIS.sub("", line)


def _bracketed(line: str) -> str:
    """The line with its brackets paired: a clause cut inside a bracket ("Ana Vell (born 14
    May 1931 in Kessa", "died 2 May 2019) was a chemist") ends where the bracket closes, and
    an opening one left alone is dropped."""
    if "(" not in line and ")" not in line:
        return line
    opened: list[int] = []
    for at, char in enumerate(line):
        if char == "(":
            opened.append(at)
        elif char == ")":
            if not opened:
                return line[:at]
            opened.pop()
    if len(opened) != 1:
        return line
    cut = opened[0]
    return f"{line[:cut].rstrip()} {line[cut + 1 :].lstrip()}".strip()


@cache
def _discourse() -> re.Pattern[str]:
    """ "Furthermore, ", "Meanwhile, ": openings a summary can do without."""
    return compiled(rf"{words(table('chronology_cues.json')['discourse'], fold=True)}\s*,\s*")


def segments(
    text: str, start: int, end: int, anchors: list[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """(start, end, own words) of the clause of each anchor (a date's span, in text order).

    Between two dates the sentence is cut at the strongest break; before the
    first and after the last only a clause break counts (not the comma of an
    apposition). Anchors with no break between them share a clause; a clause
    with too few words besides its dates is joined to the one after it.
    """
    if not anchors:
        return []
    breaks, clause_breaks = _patterns()[:2]
    left = _last_clause_break(clause_breaks, text, start, anchors[0][0])
    right = _first_clause_break(clause_breaks, text, anchors[-1][1], end)
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
    if len(owners) == 1:  # the whole sentence is one clause (the most common case)
        return [(start, end, _own_words(text, start, end, anchors, owners[0]))] * len(anchors)
    bounds.append(end)
    pieces = [
        _Piece(
            bounds[i],
            bounds[i + 1],
            _own_words(text, bounds[i], bounds[i + 1], anchors, members),
            members,
        )
        for i, members in enumerate(owners)
    ]
    result: list[tuple[int, int, int]] = [(start, end, 0)] * len(anchors)
    for piece in _join_short(pieces):
        for index in piece.members:
            result[index] = (piece.start, piece.end, piece.words)
    return result


class _Piece:
    __slots__ = ("start", "end", "words", "members")

    def __init__(self, start: int, end: int, words: int, members: list[int]):
        self.start, self.end, self.words, self.members = start, end, words, members

    def join(self, other: _Piece) -> _Piece:
        return _Piece(self.start, other.end, self.words + other.words, self.members + other.members)


def _best_break(breaks: re.Pattern[str], text: str, left: int, right: int) -> int | None:
    best, strength = None, 0
    for match in _marked(breaks, _BREAK_MARK, text, left, right):
        level = 3 if match["strong"] else 2 if match["medium"] else 1
        if level >= strength:
            best, strength = match.start(), level
    return best


def _last_clause_break(breaks, text: str, left: int, right: int) -> int | None:
    found = None
    for match in _marked(breaks, _clause_marks(), text, left, right):
        found = match.start()
    return found


def _first_clause_break(breaks, text: str, left: int, right: int) -> int | None:
    match = next(_marked(breaks, _clause_marks(), text, left, right), None)
    return match.start() if match else None


# Where a break of _patterns() may start: one of the _MARKS (a single class is found
# fastest), or the white space before one of the _WEAK_WORDS.
_BREAK_MARK = compiled(rf"{_MARKS}|(?<=\s){_WEAK_WORDS}\s")


@cache
def _clause_marks() -> re.Pattern[str]:
    """The _MARKS a clause break (strong or medium) may hold: a comma only where
    _patterns() lets one open such a break, before a quotation mark or a clause's opener
    (", “", ", which"), as no clause break holds another, so the other commas of a
    sentence, most of its marks, are passed over."""
    # one class first, so that the engine finds the marks as fast as _BREAK_MARK's
    return compiled(rf"{_MARKS}(?:(?<!,)|(?=\s+(?:[\"“‘]|{_openers()}\b)))")


def _marked(breaks: re.Pattern[str], marks: re.Pattern[str], text: str, left: int, right: int):
    """The breaks of text[left:right], as breaks.finditer() finds them, but tried only where
    one may start (a mark, or the white space before it): finditer tries the pattern at every
    position, and most of a sentence is words."""
    position = left
    for mark in marks.finditer(text, left, right):
        at = space = mark.start()
        if at < position:
            continue
        while space > position and text[space - 1].isspace():
            space -= 1
        for start in (space, at) if space < at else (at,):
            match = breaks.match(text, start, right)
            if match:
                yield match
                position = match.end()
                break


def _join_short(pieces: list[_Piece]) -> list[_Piece]:
    """Merge a clause that is little more than its date ("On June 27,") into the next one."""
    joined: list[_Piece] = []
    carry: _Piece | None = None
    for piece in pieces:
        if carry is not None:
            piece, carry = carry.join(piece), None
        if piece.members and piece.words < MIN_WORDS:
            carry = piece
            continue
        joined.append(piece)
    if carry is not None:
        if joined:
            joined[-1] = joined[-1].join(carry)
        else:
            joined.append(carry)
    return joined


def _own_words(text: str, start: int, end: int, anchors, members: list[int]) -> int:
    """How many words the clause has besides its dates."""
    count = _word_count(text, start, end)
    for index in members:
        count -= _word_count(text, *anchors[index])
    return count


def _word_count(text: str, start: int, end: int) -> int:
    """How many words of two ASCII letters or more text[start:end] holds, as
    re.findall("[A-Za-z]{2,}") counts them, but a few times faster and with no list of
    them: on a copy in bytes (one per character) where letters are "a" and the rest
    white space, a word starts at each " aa"."""
    return (b" " + text[start:end].encode("ascii", "replace")).translate(_LETTERS).count(b" aa")


def summary(
    text: str, span: tuple[int, int], lead: tuple[int, int] | None = None, joined: bool = False
) -> str:
    """The clause as a short line: no leading date ("On June 27,"), and for a clause cut
    from a longer sentence (`joined`) no leading connective ("and", "according to")."""
    leading, preposition = _patterns()[2:]
    discourse = _discourse()
    start, end = span
    leads = lead is not None and lead[0] >= start and preposition.match(text, start, lead[0])
    if lead is not None and leads and _word_count(text, lead[1], end) >= MIN_WORDS:
        start = lead[1]
    match = (leading if joined else _PUNCTUATION).match(text, start, end)
    if match:
        start = match.end()
    match = None if joined else _LABEL.match(text, start, end)
    if match and _word_count(text, match.end(), end) >= MIN_WORDS:
        start = match.end()  # "**Amaka Nwosu:** We asked ...": the speaker, not the event
    match = discourse.match(text, start, end)
    if match and _word_count(text, match.end(), end) >= MIN_WORDS:
        start = match.end()
    line = _bracketed(plain_inline(" ".join(text[start:end].split()))).rstrip(" ,;:—–-")
    if line.endswith(".") and "." not in line[:-1].rsplit(" ", 1)[-1]:
        line = line[:-1]
    if len(line) > MAX_SUMMARY:
        line = line[: MAX_SUMMARY - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return line
