"""Paragraphs and sentences with offsets into the article text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.parsing.data import table, word_list
from reader.parsing.lexicon import (
    is_english_word,
    is_given_name,
    lexicon,
    names_too,
    state_abbreviations,
)
from reader.parsing.precompiled import compiled


@dataclass(frozen=True, slots=True)  # one a sentence: slots make one in half the time
class Span:
    """A piece of the text: `text[start:end]`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


# A paragraph is a line that is not blank: from its first to its last non-space character.
_PARAGRAPH = compiled(r"\S(?:[^\n]*\S)?")
# A sentence ends at . ! or ? (maybe followed by closing quotes or brackets)
# before white space and an upper-case letter, a digit or an opening quote, in its line:
# the end of a line ends its paragraph, and the last sentence with it.
_SENTENCE_END = compiled(r"[.!?][\"'”’)\]]*(?=[^\S\n]+[\"“‘(\[]?[A-Z0-9])")


# dotted initials without their last full stop: "O.J", "J.R.R"
_INITIALS = compiled(r"(?:[A-Z]\.)+[A-Z]")

# How far back the word before a full stop is read, so that a long paragraph full of
# abbreviations still costs linear time.
_LONGEST_WORD = 40


# a line this long is a paragraph of its own: the text is not wrapped by hand
_UNWRAPPED_LINE = compiled(r"[^\n]{101}")
# a text wrapped at a width has two lines or more within this many characters of it
_WRAP_SLACK = 10
# what opens an item of a list or a table's row, which a wrapped line never runs into, or
# an entry of a live report: a clock and a dash ("09:45 - Ferries were cancelled")
_ITEM = compiled(
    r"[ \t]*(?:[-*\u2022]|\d+[.)]"
    r"|\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Za-z]{2,5}){0,2}\s+[-–—])\s"
)


def unwrapped(text: str) -> str:
    """The text with the line breaks of its paragraphs wrapped at a width ("Amara\nOkonkwo
    said", as plain-text wire copy and mail are) written as spaces, so a name or a
    sentence runs on across them; offsets are kept, a character for a character. A break
    is a wrap when the line before it is too full to have taken the next line's first
    word within the text's width (its longest line, at most 100 characters), which two
    lines or more come near. A text with longer lines (a paragraph a line), or with one
    line only near its width (a headline over a sentence), is as it was, and so are short
    lines (a headline, a byline), blank lines, items of lists and a date line, a line of
    its own: the headline above it ends there ("Flood at Kelby kills 31" / "March 4, 2009":
    a headline's count, no day of that month), and so does the date."""
    if "\n" not in text or _UNWRAPPED_LINE.search(text):
        return text
    lines = text.split("\n")
    width = max(map(len, lines))
    if sum(len(line) >= width - _WRAP_SLACK for line in lines) < 2:
        return text  # one line reaches the width: a headline or a paragraph, no wrapping
    breaks = []
    at = 0
    for line, nxt in zip(lines, lines[1:], strict=False):
        at += len(line) + 1
        word = nxt.lstrip().split(" ", 1)[0]
        if (
            line.strip()
            and word
            and len(line.rstrip()) + 1 + len(word) > width
            and not line.rstrip().endswith(":")
            and not _ITEM.match(nxt)
            and not _date_line(nxt)
            and not _date_line(line)
        ):
            breaks.append(at - 1)
    if not breaks:
        return text
    starts = [0, *(b + 1 for b in breaks)]
    return " ".join(text[a:b] for a, b in zip(starts, [*breaks, len(text)], strict=True))


def _date_line(line: str) -> bool:
    """Whether the line is a date and nothing else ("March 4, 2009", "Tuesday, 4 March
    2009"): a story's date line, which no wrapped sentence runs into."""
    return _date_line_pattern().fullmatch(line.strip()) is not None


@cache
def _date_line_pattern() -> re.Pattern[str]:
    words = table("timex_lexicon.json")
    months = "|".join((*words["months"], *words["month_abbreviations"]))
    weekdays = "|".join(words["weekdays"])
    return compiled(
        rf"(?:(?:{weekdays}),?\s+)?"
        rf"(?:(?:{months})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{months})\.?,?\s+\d{{4}})"
    )


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines of the text, each a span without the white space around it."""
    return [Span(*match.span()) for match in _PARAGRAPH.finditer(text)]


def sentences(text: str, since: int = 0, upto: int | None = None) -> list[Span]:
    """Sentences of every paragraph, with offsets; abbreviations do not end one. Those
    from `since` up to `upto`, when given, lines' ends: a paragraph is a line, and its
    sentences are found within it, so those of some lines are the whole text's there."""
    abbreviations = word_list("abbreviations.txt")
    upto = len(text) if upto is None else upto
    # one scan of the whole text, not one per paragraph: each end found is within its
    # paragraph (its look-ahead stays in the line), the paragraph's end none
    ends = _SENTENCE_END.finditer(text, since, upto)
    match = next(ends, None)
    result = []
    for para in _PARAGRAPH.finditer(text, since, upto):
        opening, end = para.span()
        start = opening
        while match is not None and match.start() < end:
            found, match = match, next(ends, None)
            stop = found.start() + 1
            word = _word_before_stop(text, max(start, stop - _LONGEST_WORD), stop)
            if (
                word
                and _is_abbreviation(word, abbreviations, text[found.end() : found.end() + 3])
                and not _initials_end_sentence(text, word, stop - 1, found.end())
            ):
                continue
            result.append(_strip(text, start, found.end()))
            start = found.end()
        if start == opening:  # a paragraph of one sentence: no white space around it
            result.append(Span(start, end))
        elif start < end:  # the rest holds the paragraph's last character, which is no space
            result.append(_strip(text, start, end))
    return result


def _word_before_stop(text: str, low: int, stop: int) -> str | None:
    """The word (letters, digits and dots: "U.S") ending at the full stop text[stop - 1], if it
    starts at or after `low`; None after "!" or "?". A walk back over the characters is
    several times cheaper than a regular expression searched from `low` on."""
    if text[stop - 1] != ".":
        return None
    begin = stop - 1
    while begin > low and _in_word(text[begin - 1]):
        begin -= 1
    if begin == stop - 1 or (begin > 0 and _in_word(text[begin - 1])):
        return None
    return text[begin : stop - 1]


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_."  # what [\w.] matches


def _is_abbreviation(word: str, abbreviations: frozenset[str], following: str) -> bool:
    """Whether `word.` is an abbreviation here; "no." only before a number ("No. 1"), a
    state's ("Tenn.") only before a bracket, as a dateline names its agency ("MEMPHIS,
    Tenn. (AP) -"). An initial ("J.") or dotted initials ("O.J.", "J.R.R.") stand before a
    name, as "U.S." does."""
    lowered = word.lower()
    if lowered in word_list("abbreviations_before_numbers.txt"):
        return following.strip()[:1].isdigit()
    if word in state_abbreviations() and following.strip()[:1] == "(":
        return True
    if len(word) == 1:
        return word.isupper()
    return lowered in abbreviations or _INITIALS.fullmatch(word) is not None


def _initials_end_sentence(text: str, word: str, stop: int, after: int) -> bool:
    """Whether a capital letter or dotted initials and the full stop at `stop` end a
    sentence (see _letter_ends_sentence); dotted initials do before a word that opens
    sentences but no name ("in Washington, D.C. On Monday", "Ostrel S.A. Its shares"):
    no name goes on so."""
    if len(word) == 1:
        return _letter_ends_sentence(text, stop - 1, after)
    return _INITIALS.fullmatch(word) is not None and _opener_follows(text, after)


def _opener_follows(text: str, after: int) -> bool:
    """Whether the word after `after` is one that opens sentences but no name
    (data/function_words.txt: "the", "on", "its")."""
    nxt = text[after : after + _LONGEST_WORD].lstrip().split(None, 1)
    return bool(nxt) and nxt[0].isalpha() and nxt[0].lower() in word_list("function_words.txt")


def _letter_ends_sentence(text: str, letter: int, after: int) -> bool:
    """Whether a capital letter and its full stop at `letter` end a sentence, not an
    initial: after it a word that opens sentences but no name ("Plan B. It worked"), or,
    after a word in lower case, an English noun in the plural that is no name ("posted
    on X. Protesters marched"); "by J. Rivers", "George W. Bush" keep their initial."""
    nxt = text[after : after + _LONGEST_WORD].lstrip().split(None, 1)
    if not nxt or not nxt[0].isalpha():
        return False
    word = nxt[0].lower()
    if word in word_list("function_words.txt"):
        return True
    before = text[max(0, letter - _LONGEST_WORD) : letter].rstrip().rsplit(None, 1)
    if before and _labelled(before[-1]) and nxt[0][:1].isupper():
        return True
    return (
        bool(before)
        and before[-1][:1].islower()
        and word.endswith("s")
        and is_english_word(word[:-1])
        and word not in names_too()
    )


def _labelled(word: str) -> bool:
    """Whether `word`, before a capital letter, is an English noun the letter labels
    ("Plan B.", "Class A.", "Vitamin D."), no given name nor a word that is a name too
    ("George W.", "Harry S.", "John Q."), nor a title's word, which stands before a name
    and its initial ("Superintendent of Police K. Velan", "Minister T. Rask"): the letter
    and its stop end the sentence."""
    k = word.lower()
    return (
        word.isalpha()
        and word[:1].isupper()
        and is_english_word(k)
        and k not in names_too()
        and not is_given_name(k)
        and not lexicon().is_title_word(k)
    )


def _strip(text: str, start: int, end: int) -> Span:
    """The span of text[start:end] (which holds more than white space) without the white
    space around it; read from both ends, not copied."""
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return Span(start, end)
