"""Paragraphs and sentences with offsets into the article text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.parsing.data import word_list


@dataclass(frozen=True)
class Span:
    """A piece of the text: `text[start:end]`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


# A paragraph is a line that is not blank: from its first to its last non-space character.
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")
# A sentence ends at . ! or ? (maybe followed by closing quotes or brackets)
# before white space and an upper-case letter, a digit or an opening quote.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


# The word before a full stop; only a short stretch is read, so that a long
# paragraph full of abbreviations still costs linear time.
_LAST_WORD = re.compile(r"(?<![\w.])([\w.]+)\.\Z")
_LONGEST_WORD = 40


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines of the text, each a span without the white space around it."""
    return [Span(*match.span()) for match in _PARAGRAPH.finditer(text)]


def sentences(text: str) -> list[Span]:
    """Sentences of every paragraph, with offsets; abbreviations do not end one."""
    abbreviations = word_list("abbreviations.txt")
    result = []
    for para in _PARAGRAPH.finditer(text):
        start, end = para.span()
        for match in _SENTENCE_END.finditer(text, start, end):
            stop = match.start() + 1
            word = _LAST_WORD.search(text, max(start, stop - _LONGEST_WORD), stop)
            if word and _is_abbreviation(
                word.group(1), abbreviations, text[match.end() : match.end() + 3]
            ):
                continue
            result.append(_strip(text, start, match.end()))
            start = match.end()
        if text[start:end].strip():
            result.append(_strip(text, start, end))
    return result


def _is_abbreviation(word: str, abbreviations: frozenset[str], following: str) -> bool:
    """Whether `word.` is an abbreviation here; "no." only before a number ("No. 1")."""
    lowered = word.lower()
    if lowered in word_list("abbreviations_before_numbers.txt"):
        return following.strip()[:1].isdigit()
    return lowered in abbreviations or len(word) == 1 and word.isupper()


def _strip(text: str, start: int, end: int) -> Span:
    """The span of text[start:end] without white space around it."""
    piece = text[start:end]
    return Span(start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip()))
