"""Words, initialisms and punctuation of every sentence, with offsets and the facts
name finding asks of them (key, capital, possessive, at an opening).

There are many tokens and few distinct words, so the article is tokenized at once:
one regular-expression pass, the facts of each distinct word worked out once, and
the offsets and tokens made by C-level maps rather than a Python loop.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import accumulate
from operator import sub

from reader.parsing.data import word_list
from reader.parsing.lexicon import key
from reader.parsing.text import Span
from reader.parsing.timex_patterns import words as alternation

_OPENERS = frozenset("\"'\u201c\u2018([{\u00ab:")  # after them any word may be capitalised
_POSSESSIVE = ("'s", "\u2019s")
_FACTS_CACHE_SIZE = 200_000  # distinct words kept; the vocabulary of news is small


class Token:
    """One word or punctuation mark of a sentence (slotted: there are many, read often)."""

    __slots__ = ("start", "end", "text", "key", "cap", "camel", "possessive", "initial")

    def __init__(
        self, start: int, end: int, text: str, facts: tuple[str, bool, bool, bool], initial: bool
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        # the key of the word without its possessive 's; whether it starts with a capital
        # (or is an initialism); "iPhone", a product-style name; whether it ends in 's
        self.key, self.cap, self.camel, self.possessive = facts
        self.initial = initial  # at a place where any word is capitalised


@cache
def _pattern() -> re.Pattern[str]:
    """A token with the white space before it: an initialism ("U.S."), an abbreviation
    with its dot ("Inc."), a word ("Biden's", "al-Assad", "AT&T") or one mark. The
    look-aheads only let a plain word skip the first two branches sooner."""
    letter = r"[^\W\d_]"
    initialism = rf"(?={letter}\.{letter}\.)(?:{letter}\.){{2,}}"
    # the sentence splitter's list (lower case, ASCII): any capitalisation of its words
    listed = alternation(sorted(word_list("abbreviations.txt")))
    abbreviation = rf"(?=\w+\.(?!\w))(?ai:{listed})\.(?!\w)"
    word = r"\w+(?:[-&'\u2019.]\w+)*"
    return re.compile(rf"\s*(?:{initialism}|{abbreviation}|{word}|[^\w\s])")


class _Facts(dict):
    """word -> (key, cap, camel, possessive), worked out on first sight."""

    def __missing__(self, word: str) -> tuple[str, bool, bool, bool]:
        possessive = len(word) > 2 and word.endswith(_POSSESSIVE)
        first = word[0]
        facts = (
            key(word[:-2] if possessive else word),
            first.isupper(),
            first.islower() and not word.islower(),
            possessive,
        )
        if len(self) < _FACTS_CACHE_SIZE:
            self[word] = facts
        return facts


_FACTS = _Facts()


def tokenize(text: str, sentences: list[Span], function_words: frozenset[str]) -> list[list[Token]]:
    """The tokens of each sentence (sentences lie apart, with only white space between)."""
    words, starts, ends = _words(text)
    facts = list(map(_FACTS.__getitem__, words))
    bounds = []
    low = 0
    for sentence in sentences:
        low = bisect_left(starts, sentence.start, low)
        high = bisect_left(starts, sentence.end, low)
        bounds.append((low, high))
        low = high
    initials = _initials(words, facts, bounds, function_words)
    tokens = list(map(Token, starts, ends, words, facts, initials))
    return [tokens[low:high] for low, high in bounds]


def _words(text: str) -> tuple[list[str], list[int], list[int]]:
    """Every token's text, start and end (the white space matched before each is dropped)."""
    pieces = _pattern().findall(text)
    ends = list(accumulate(map(len, pieces)))
    words = list(map(str.lstrip, pieces))
    return words, list(map(sub, ends, map(len, words))), ends


def _initials(
    words: list[str],
    facts: list[tuple[str, bool, bool, bool]],
    bounds: list[tuple[int, int]],
    function_words: frozenset[str],
) -> list[bool]:
    """Which tokens stand where any word is capitalised: from a sentence opening or an
    opening quote to the first word after it, and every word of a headline in title
    case (one whose longer lower-case words are all function words)."""
    flags = [False] * len(words)
    openings = [low for low, _ in bounds] + [j + 1 for j, w in enumerate(words) if w in _OPENERS]
    for i in openings:
        while i < len(words):  # up to the first word, or the next opening (it goes on)
            flags[i] = True
            if words[i][0].isalnum() or words[i] in _OPENERS:
                break
            i += 1
    for low, high in bounds:
        if (
            high > low
            and words[high - 1] not in (".", "?")
            and _title_case(words[low:high], facts[low:high], function_words)
        ):
            flags[low:high] = [True] * (high - low)
    return flags


def _title_case(
    words: list[str], facts: list[tuple[str, bool, bool, bool]], function_words: frozenset[str]
) -> bool:
    return sum(cap for _, cap, _, _ in facts) >= 3 and not any(
        w[0].islower() and len(w) > 3 and word_key not in function_words
        for w, (word_key, *_) in zip(words, facts, strict=True)
    )
