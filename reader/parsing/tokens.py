"""Words, initialisms and punctuation of every sentence, with offsets and the facts
name finding asks of them (key, capital, possessive, at an opening).

There are many tokens and few distinct words, so the article is tokenized at once:
one regular-expression pass, the facts of each distinct word worked out once, and
the offsets, tokens and article-wide lists made by C-level maps rather than a Python loop.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress, count
from operator import itemgetter, sub

from reader.parsing.data import word_list
from reader.parsing.lexicon import key
from reader.parsing.text import Span
from reader.parsing.timex_patterns import words as alternation

_OPENERS = frozenset("\"'\u201c\u2018([{\u00ab:")  # after them any word may be capitalised
_POSSESSIVE = ("'s", "\u2019s")
_FACTS_CACHE_SIZE = 200_000  # distinct words kept; the vocabulary of news is small

Facts = tuple[str, bool, bool, bool, bool]  # see Token: key, cap, camel, possessive, lead


class Token:
    """One word or punctuation mark of a sentence (slotted: there are many, read often)."""

    __slots__ = ("start", "end", "text", "key", "cap", "camel", "possessive", "lead", "initial")

    def __init__(self, start: int, end: int, text: str, facts: Facts, initial: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        # the key of the word without its possessive 's; whether it starts with a capital
        # (or is an initialism); "iPhone", a product-style name; whether it ends in 's;
        # whether a name may start at it (a letter and a capital or a camel)
        self.key, self.cap, self.camel, self.possessive, self.lead = facts
        self.initial = initial  # at a place where any word is capitalised


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of each sentence, and what the rules read of all tokens at once."""

    sentences: list[list[Token]]
    keys: list[str]  # of every token of the article, in order
    caps: list[bool]
    initials: list[bool]
    lowercase: frozenset[str]  # keys of the words written in lower case


@cache
def _pattern() -> re.Pattern[str]:
    """A token with the white space before it: a plain word that no dot, hyphen,
    apostrophe or "&" follows (most words: tried first, it leaves the rest no other
    reading), an initialism ("U.S."), an abbreviation with its dot ("Inc."), a word
    ("Biden's", "al-Assad", "AT&T") or one mark. The look-aheads only let a word skip
    the middle branches sooner."""
    letter = r"[^\W\d_]"
    plain = r"\w++(?![-&'\u2019.])"
    initialism = rf"(?={letter}\.{letter}\.)(?:{letter}\.){{2,}}"
    # the sentence splitter's list (lower case, ASCII): any capitalisation of its words
    listed = alternation(sorted(word_list("abbreviations.txt")))
    abbreviation = rf"(?=\w+\.(?!\w))(?ai:{listed})\.(?!\w)"
    word = r"\w+(?:[-&'\u2019.]\w+)*"
    return re.compile(rf"\s*+(?:{plain}|{initialism}|{abbreviation}|{word}|[^\w\s])")


class _Facts(dict):
    """word -> its Facts, worked out on first sight."""

    def __missing__(self, word: str) -> Facts:
        possessive = len(word) > 2 and word.endswith(_POSSESSIVE)
        first = word[0]
        cap = first.isupper()
        camel = first.islower() and not word.islower()
        facts = (
            key(word[:-2] if possessive else word),
            cap,
            camel,
            possessive,
            (cap or camel) and first.isalpha(),
        )
        if len(self) < _FACTS_CACHE_SIZE:
            self[word] = facts
        return facts


_FACTS = _Facts()
_KEY, _CAP = itemgetter(0), itemgetter(1)


def tokenize(text: str, sentences: list[Span], function_words: frozenset[str]) -> Tokens:
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
    return Tokens(
        [tokens[low:high] for low, high in bounds],
        list(map(_KEY, facts)),
        list(map(_CAP, facts)),
        initials,
        frozenset([_FACTS[w][0] for w in set(words) if w[0].islower()]),
    )


def _words(text: str) -> tuple[list[str], list[int], list[int]]:
    """Every token's text, start and end (the white space matched before each is dropped)."""
    pieces = _pattern().findall(text)
    ends = list(accumulate(map(len, pieces)))
    words = list(map(str.lstrip, pieces))
    return words, list(map(sub, ends, map(len, words))), ends


def _initials(
    words: list[str],
    facts: list[Facts],
    bounds: list[tuple[int, int]],
    function_words: frozenset[str],
) -> list[bool]:
    """Which tokens stand where any word is capitalised: from a sentence opening or an
    opening quote to the first word after it, and every word of a headline in title
    case (one whose longer lower-case words are all function words)."""
    n = len(words)
    flags = [False] * n
    openings = [low for low, _ in bounds]
    openings.extend(compress(count(1), map(_OPENERS.__contains__, words)))
    for i in openings:
        while i < n:  # up to the first word, or the next opening (it goes on)
            flags[i] = True
            word = words[i]
            if word[0].isalnum() or word in _OPENERS:
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


def _title_case(words: list[str], facts: list[Facts], function_words: frozenset[str]) -> bool:
    return sum(map(_CAP, facts)) >= 3 and not any(
        w[0].islower() and len(w) > 3 and word_key not in function_words
        for w, (word_key, *_) in zip(words, facts, strict=True)
    )
