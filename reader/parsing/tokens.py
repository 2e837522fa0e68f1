"""Words, initialisms and punctuation of every sentence, with offsets and the facts
name finding asks of them (key, capital, possessive, at an opening, lexicon classes).

There are many tokens and few distinct ones, so a token is a shared object: one per
piece of text (the token with the white space before it) and kind of place (at an
opening or not), its facts worked out on first sight. Only the end offsets differ at
every place; they are kept per sentence. The article is tokenized at once: one
regular-expression pass, then C-level maps.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from itertools import accumulate, chain, compress, islice, starmap
from operator import attrgetter, methodcaller

from reader.parsing.alternation import words as alternation
from reader.parsing.data import table, word_list
from reader.parsing.lexicon import is_english_word, is_listed_company, key, lexicon
from reader.parsing.precompiled import compiled
from reader.parsing.text import Span
from reader.parsing.text import sentences as all_sentences

_OPENERS = frozenset("\"'\u201c\u2018([{\u00ab:")  # after them any word may be capitalised
_POSSESSIVE = ("'s", "\u2019s")
# a lower-case prefix glued to a capitalised word: "ex-Beatle", "pro-Kremlin", "fellow-Scots"
_PREFIXED = compiled(r"[a-z]+-[A-Z]").match
_CACHE_SIZE = 100_000  # distinct pieces kept per kind of place; the vocabulary of news is small
# Numbers of up to four digits (days, years, counts) recur and are kept too; longer ones
# seldom do, and a table of them would fill the cache with one each.
_RECURRING_DIGITS = 4


class Token:
    """A word or punctuation mark at one kind of place (slotted: read very often), with
    the facts of it that name finding asks again and again."""

    __slots__ = (
        *("text", "key", "cap", "camel", "lower", "possessive", "lead", "initial", "ident"),
        *(
            "mid_capital",
            "attached",
            "trailing",
            "word",
            "opener",
            "joiner",
            "function",
            "leading",
            "known",
        ),
        *("demonym", "titled", "in_title", "head", "digits", "nameless"),
    )
    shared = True  # one object for all places of its kind (see _Shared)

    def __init__(self, piece: str, initial: bool) -> None:
        text = piece.lstrip()
        possessive = len(text) > 2 and text.endswith(_POSSESSIVE)
        first = text[0]
        cap, lower = first.isupper(), first.islower()
        self.text = text
        self.key = k = key(text[:-2] if possessive else text)  # without the possessive 's
        self.cap = cap  # a capital first (initialisms too)
        # a surname after a lower-case particle ("al-Assad", "d'Ettorre", "el-Sisi")
        particled = lower and _particled(text) is not None
        mixed = lower and not text.islower() and not particled
        # a word about a name, no name itself nor a product: "ex-Beatle", "anti-Kremlin"
        self.camel = mixed and _PREFIXED(text) is None  # "iPhone", a product
        self.lower = lower  # written in lower case (first letter)
        self.possessive = possessive
        self.lead = (cap or self.camel or particled) and first.isalpha()  # a name may start
        self.initial = initial  # at a place where any word is capitalised
        self.ident = (text, initial)  # what tells this token from the others
        self.mid_capital = cap and not initial  # capitalised where no word has to be
        self.attached = text == piece  # no white space parts it from the token before
        self.trailing = (text, self.attached)  # what the rules read of a token after a name
        self.word = first.isalnum()  # a word or number, not a mark
        self.opener = text in _OPENERS
        connector, function, gazetteer, demonym, titled, in_title, head, non_name = _lists(k)
        # may join capitalised words in a name ("of", "and", "van"); a function word as
        # written in running text; either, so no name starts with it
        self.joiner = not cap and connector
        self.function = function and (len(text) == 1 or text[1:].islower())
        self.leading = self.joiner or self.function
        self.known = gazetteer or "." in text  # a gazetteer knows it, or an abbreviation
        self.demonym = demonym
        self.titled = titled  # a title or honorific: alone, no name
        self.in_title = in_title  # a word of a title
        self.head = head  # "of"/"for" after it go on with the name ("Bank of")
        # a word longer than three characters with a digit, no name ("G8" may be)
        self.digits = len(text) > 3 and not text.isalpha() and any(map(str.isdigit, text))
        # no name on its own: one letter, a word with digits, a listed non-name, a title
        self.nameless = len(text.rstrip(".")) < 2 or self.digits or non_name or titled


def bare(token: Token) -> str:
    """The word as written without its possessive 's ("NASA" of "NASA's")."""
    return token.text[:-2] if token.possessive else token.text


def keys_around(tokens: list[Token], first: int, last: int) -> tuple[str, str]:
    """The keys of the words right before tokens[first] and right after tokens[last] (""
    at the sentence's edges): the words the rules about a name there read first."""
    before = tokens[first - 1].key if first else ""
    return before, tokens[last + 1].key if last + 1 < len(tokens) else ""


class _Number:
    """A number of ASCII digits ("2024", "15") that no lexicon list holds: its facts are
    those of every such number but for its length, so it keeps only its text, whether
    white space stands before it, and its place, and the class answers the rest. A
    numeric table has a distinct number every few characters; as a Token each would
    cost some 600 bytes. The text and key are kept, not worked out when asked: the rules
    read them of every token around a name."""

    __slots__ = ("text", "key", "attached", "initial")

    cap = camel = lower = possessive = lead = mid_capital = opener = False
    joiner = function = leading = known = demonym = titled = in_title = head = False
    word = True
    shared = False

    def __init__(self, piece: str, initial: bool) -> None:
        self.text = self.key = piece.lstrip()  # key() gives digits as they are
        self.attached = not piece[0].isspace()
        self.initial = initial

    @property
    def ident(self) -> tuple[str, bool]:
        return self.text, self.initial

    @property
    def trailing(self) -> tuple[str, bool]:
        return self.text, self.attached

    @property
    def digits(self) -> bool:
        return len(self.text) > 3

    @property
    def nameless(self) -> bool:
        return not 2 <= len(self.text) <= 3


_UNLISTED = (False,) * 8


def _lists(k: str) -> tuple[bool, ...]:
    """The lexicon lists that hold the key k (see Token): one look-up for the many words
    that none holds."""
    lex = lexicon()
    if k not in lex.listed:
        return _hyphenated(k, lex) if "-" in k else _UNLISTED
    honorific = k in lex.honorifics
    return (
        k in lex.joiners,
        k in lex.function_words,
        lex.is_place(k) or k in lex.first_names or k in lex.demonyms,
        k in lex.demonyms,
        lex.is_title(k) or honorific,
        lex.is_title_word(k) or honorific,
        lex.is_head(k),
        k in lex.non_names,
    )


def _hyphenated(k: str, lex) -> tuple[bool, ...]:
    """What the lists say of words joined by hyphens that none lists whole, as of the
    same words apart. Title words, one a title's head ("in" or "of" between them), are a
    title: "Secretary-General", "Attorney-General", "Editor-in-Chief", and so with a word
    of an office not yet taken: "Governor-elect", "Minister-designate". Words that are no
    names are none together: "October-December", "Monday-Friday"."""
    words = [p for p in k.split("-") if p not in ("in", "of")]
    if len(words) == 2 and words[1] in _NOT_YET_TAKEN and lex.is_title(words[0]):
        return _TITLE
    if len(words) < 2:
        return _UNLISTED
    if all(w in lex.non_names for w in k.split("-")):
        return _NON_NAME
    if not all(map(lex.is_title_word, words)) or not any(map(lex.is_title, words)):
        return _UNLISTED
    return (False, False, False, False, True, True, any(map(lex.is_head, words)), False)


_NON_NAME = (False,) * 7 + (True,)
_TITLE = (False,) * 4 + (True, True, False, False)
_NOT_YET_TAKEN = frozenset({"elect", "designate"})  # "Mayor-elect", "Minister-designate"


@dataclass(slots=True)
class Sentence:
    """The tokens of a sentence and where each ends in the text."""

    tokens: list[Token]
    ends: list[int]
    # its runs of capitalised words, when another process found them (see names.later_runs)
    runs: list[tuple[int, int]] | None = None

    def start(self, i: int) -> int:
        """Where token i starts in the text."""
        return self.ends[i] - len(self.tokens[i].text)


@dataclass(frozen=True, slots=True)
class Tokens:
    """The sentences, and what the rules read of all tokens at once."""

    sentences: list[Sentence]
    openings: list[Token]  # the tokens at an opening, one for each place
    # the token after each of them (the next sentence's first after a sentence's last), None
    # after the article's last: the sentences' tokens are the text's, in order (see tokenize)
    after_openings: list[Token | None]
    distinct: set[Token]  # every shared token of the article once (some words maybe more often)
    received: int | None = None  # the first sentence another process scanned (see tokenize)


class _Shared(dict):
    """piece of text -> its token at one kind of place, made on first sight."""

    unkept = 0  # how many numbers were made and not kept, at either kind of place

    def __init__(self, initial: bool) -> None:
        super().__init__()
        self.initial = initial

    def __missing__(self, piece: str) -> Token:
        text = piece.lstrip()
        if text.isdigit() and text.isascii() and text not in lexicon().listed:
            number = _Number(piece, self.initial)
            if len(text) <= _RECURRING_DIGITS and len(self) < _CACHE_SIZE:
                self[piece] = number
            else:
                _Shared.unkept += 1
            return number  # type: ignore[return-value]
        token = Token(piece, self.initial)
        if len(self) < _CACHE_SIZE:
            self[piece] = token
        return token


_ELSEWHERE, _AT_OPENING = _Shared(False), _Shared(True)
_CAP, _OPENER, _SHARED = attrgetter("cap"), attrgetter("opener"), attrgetter("shared")
_START, _END = attrgetter("start"), attrgetter("end")


@cache
def _pattern() -> re.Pattern[str]:
    """A token with the white space before it: a plain word that no dot, hyphen,
    apostrophe or "&" follows (most words: tried first, it leaves the rest no other
    reading), an initialism ("U.S.", "G.M.'s" with its possessive), an abbreviation with its dot ("Inc."), a word
    ("Biden's", "al-Assad", "AT&T") or one mark. The look-aheads only let a word skip
    the middle branches sooner."""
    letter = r"[^\W\d_]"
    plain = r"\w++(?![-&'\u2019.])"
    initialism = rf"(?={letter}\.{letter}\.)(?:{letter}\.){{2,}}(?:['\u2019]s(?!\w))?"
    # the sentence splitter's list (lower case, ASCII): any capitalisation of its words
    listed = alternation(sorted(word_list("abbreviations.txt")))
    abbreviation = rf"(?=\w+\.(?!\w))(?ai:{listed})\.(?!\w)"
    word = r"\w+(?:[-&'\u2019.]\w+)*"
    return compiled(rf"\s*+(?:{plain}|{initialism}|{abbreviation}|{word}|[^\w\s])")


def tokenize(
    text: str,
    sentences: list[Span],
    later: Callable[[], list[Scan]] | None = None,
    meanwhile: Callable[[list[Sentence]], None] | None = None,
) -> Tokens:
    """The tokens of each sentence. Sentences lie apart, with only white space between,
    so no token crosses the edge of one: a token is in the sentence its end is in.

    A long text is tokenized a stretch of sentences at a time, each the tokens the whole
    would give there: a pass of the engine or a C-level map over 5 MB holds the
    interpreter for up to half a second, in which no other thread runs (the app's
    drawing waits). `later`, when given, is asked once for the scans of the text's later
    lines, as another process made them (see `scanned_later`); `sentences` need then be
    those of the lines before alone (see `own_sentences`). `meanwhile`, when given with
    it, is handed the sentences of the lines before just before `later` is asked: work
    on them that needs no other sentence, done while the other process may still be
    scanning."""
    cut = _later_lines(text) if later else None
    if cut is None:
        own = _stretches(text, sentences)
    else:  # the sentences of the lines before, scanned up to the end of the last
        sentences = sentences[: bisect_right(sentences, cut, key=_END)]
        own = _stretches(text, sentences, 0, sentences[-1].end if sentences else 0)
    unkept = _Shared.unkept
    parts = [_tokenized(text, sentences[low:high], start, end) for low, high, start, end in own]
    received = None
    if later:
        received = sum(len(part.sentences) for part in parts)
        if meanwhile is not None:
            meanwhile(list(chain.from_iterable(part.sentences for part in parts)))
        parts.extend(map(_received, later()))
    if len(parts) == 1 and received is None:
        return parts[0]
    distinct = set().union(*(part.distinct for part in parts))
    for part, after in zip(parts, parts[1:], strict=False):
        if part.after_openings and part.after_openings[-1] is None:
            part.after_openings[-1] = after.sentences[0].tokens[0]  # its last token opens
    return Tokens(
        list(chain.from_iterable(part.sentences for part in parts)),
        list(chain.from_iterable(part.openings for part in parts)),
        list(chain.from_iterable(part.after_openings for part in parts)),
        distinct if _Shared.unkept == unkept else set(filter(_SHARED, distinct)),
        received,
    )


def scanned_later(text: str) -> list[Scan]:
    """In another process: the stretches of the text's later lines, scanned (see
    `tokenize`). The process that finds the actors is spared their regular expression
    and their openings, and sent them packed: each piece of text once and arrays of
    numbers, which cross a pipe far faster than tokens. This one splits only those lines
    into sentences first, so that the other has them sooner."""
    here: list[tuple] = []
    _Here.stretches = here
    cut = _later_lines(text)
    later = [] if cut is None else all_sentences(text, cut)
    _Here.sentences = (text, cut, later)
    if not later:
        return []
    start = len(text[:cut].rstrip())  # where the other process's scan ends
    scans = []
    for low, high, begin, end in _stretches(text, later, start):
        pieces, tokens, ends, bounds, openings = _scanned(text, later[low:high], begin, end)
        scans.append(_packed(pieces, ends, bounds, openings))
        here.append((tokens, bounds, openings, [pieces[i] for i in openings]))
    return scans


def scanned_here() -> list[list[Token]] | None:
    """The tokens of each sentence of the later lines this process scanned last (see
    `scanned_later`), its own, once: what it then works out of them for the other
    process (see names.later_runs) is what that one would have of its tokens. None when
    it scanned none (the text was scanned in another process, or not at all)."""
    stretches, _Here.stretches = _Here.stretches, None
    if stretches is None:
        return None
    made: list[list[Token]] = []
    for tokens, bounds, openings, opening in stretches:
        _at_openings(tokens, openings, opening)
        made.extend(tokens[low:high] for low, high in bounds)
    return made


def sentences_here(text: str) -> list[Span]:
    """All the sentences of the text, in the process that scanned its later lines (see
    `scanned_later`), which works out its dates next: those of the lines before split
    now, the later ones as split for the scan, once (all split now elsewhere)."""
    kept, _Here.sentences = _Here.sentences, None
    if kept is None or kept[0] is not text or kept[1] is None:
        return all_sentences(text)
    _, cut, later = kept
    return all_sentences(text, 0, cut) + later


class _Here:
    """What scanned_later scanned in this process, kept for scanned_here: each stretch's
    tokens, sentence bounds, openings and their pieces; None when taken. And for
    sentences_here, the text, where its later lines start and their sentences."""

    stretches: list[tuple] | None = None
    sentences: tuple[str, int | None, list[Span]] | None = None


def own_sentences(text: str) -> list[Span]:
    """The sentences of a long text that the process finding the actors tokenizes itself
    when another scans its later lines (see `tokenize`): those of the lines before."""
    return all_sentences(text, 0, _later_lines(text))


def _later_lines(text: str) -> int | None:
    """Where the lines that another process scans start (see `tokenize`): at the end of the
    first line to end after the first _OWN_SHARE of the text's characters; None when
    none does. Sentences are split line by line, so each process splits only its own
    lines (see reader.parsing.text.sentences)."""
    cut = text.find("\n", int(len(text.rstrip()) * _OWN_SHARE))
    return None if cut < 0 else cut


_STRETCH = 50_000  # characters tokenized at once: a few ms of the engine and of each map
# The part of a long text's characters that the process finding the actors tokenizes
# itself when another scans the rest: each splits its lines into sentences and scans
# them, that one packs what it scanned, and this one makes tokens of it (a fifth of the
# work of a scan); meanwhile this one finds the runs of capitalised words of its own
# sentences, and the other those of the rest once it has sent them (see names.own_runs,
# names.later_runs). With some two fifths here the two processes end at about the same
# time (1 MB of news, CPU: this one 0.549 s, the other 0.541 with 0.40; with 0.52 and no
# runs found before asking, 0.576 and 0.532), and neither waits for the scans; a little
# less since the other keeps the sentences it split for the scan (see sentences_here).
_OWN_SHARE = 0.37

# What another process sends of a stretch it scanned: its distinct pieces of text, the
# index of each token's piece among them, the tokens' ends, the first and past-last token
# of each sentence, and the tokens at an opening (see _packed).
Scan = tuple[list[str], "array[int]", "array[int]", "array[int]", "array[int]", "array[int]"]


def _stretches(
    text: str, sentences: list[Span], start: int = 0, last: int | None = None
) -> list[tuple[int, int, int, int]]:
    """Runs of sentences of about _STRETCH characters (first and past-last index), with
    the text they are tokenized from (start, end), from `start`, where the scan begins:
    each ends at the end of a sentence that only white space parts from the next one,
    where the whole text's scan ends a token and starts the next with that white space;
    the last ends at `last`, by default where the text's scan ends, the last non-space
    character (every token may have white space before it, but none after the last: a
    trailing run of spaces is not tried, and failed, once per space)."""
    last = len(text.rstrip()) if last is None else last
    if last - start <= _STRETCH:
        return [(0, len(sentences), start, last)]
    ends = list(map(_END, sentences))
    stretches = []
    low = 0
    while True:
        high = max(bisect_right(ends, start + _STRETCH), low + 1)
        while high < len(sentences) and not _apart(text, sentences[high - 1], sentences[high]):
            high += 1
        if high >= len(sentences):
            stretches.append((low, len(sentences), start, last))
            return stretches
        stretches.append((low, high, start, ends[high - 1]))
        low, start = high, ends[high - 1]


def _apart(text: str, sentence: Span, after: Span) -> bool:
    """Whether white space alone lies between the two sentences (and some does)."""
    return sentence.end < after.start and text[sentence.end : after.start].isspace()


def _tokenized(text: str, sentences: list[Span], start: int, end: int) -> Tokens:
    """The tokens of the sentences, which text[start:end] holds (and white space)."""
    unkept = _Shared.unkept
    pieces, tokens, ends, bounds, openings = _scanned(text, sentences, start, end)
    return _built(tokens, ends, bounds, openings, [pieces[i] for i in openings], unkept)


def _scanned(
    text: str, sentences: list[Span], start: int, end: int
) -> tuple[list[str], list[Token], list[int], list[tuple[int, int]], list[int]]:
    """The pieces of text[start:end], their tokens (openings not yet told) and ends, each
    sentence's first token and the one after its last, and the tokens at an opening."""
    pieces = _pattern().findall(text, start, end)
    ends = list(accumulate(map(len, pieces), initial=start))
    del ends[0]
    tokens = list(map(_ELSEWHERE.__getitem__, pieces))
    # each sentence's first token and the one after its last: those ending after its start
    # and after its end
    found = partial(bisect_right, ends)
    lows, highs = map(found, map(_START, sentences)), map(found, map(_END, sentences))
    bounds = list(zip(lows, highs, strict=True))
    return pieces, tokens, ends, bounds, _initials(tokens, bounds)


def _built(
    tokens: list[Token],
    ends: list[int],
    bounds: list[tuple[int, int]],
    openings: list[int],
    opening: list[str],
    unkept: int,
) -> Tokens:
    """The Tokens of a stretch scanned, its tokens at openings made such (`opening`: their
    pieces of text); `unkept` is the count of numbers not kept before its tokens were
    made."""
    _at_openings(tokens, openings, opening)
    # numbers made anew at each place would make the set as long as the article (and a
    # number tells the evidence nothing)
    distinct = set(tokens) if _Shared.unkept == unkept else set(filter(_SHARED, tokens))
    last = len(tokens) - 1  # (no token after it in this stretch)
    return Tokens(
        [Sentence(tokens[low:high], ends[low:high]) for low, high in bounds],
        [tokens[i] for i in openings],
        [tokens[i + 1] if i < last else None for i in openings],
        distinct,
    )


def _at_openings(tokens: list[Token], openings: list[int], opening: list[str]) -> None:
    """The tokens of a stretch scanned made those at an opening where they stand at one
    (`opening`: their pieces of text)."""
    for i, piece in zip(openings, opening, strict=True):
        tokens[i] = _AT_OPENING[piece]


def _packed(
    pieces: list[str], ends: list[int], bounds: list[tuple[int, int]], openings: list[int]
) -> Scan:
    """A stretch scanned, as another process sends it (see Scan)."""
    table = list(dict.fromkeys(pieces))
    index = {piece: i for i, piece in enumerate(table)}
    lows, highs = zip(*bounds, strict=True)
    # four bytes a number (the whole fits a pipe's room), but for a text of 4 GB or more
    offsets = "I" if ends[-1] <= _FOUR_BYTES else "q"
    return (
        table,
        array("I", map(index.__getitem__, pieces)),
        array(offsets, ends),
        array("I", lows),
        array("I", highs),
        array("I", openings),
    )


_FOUR_BYTES = (1 << 32) - 1


def _received(scan: Scan) -> Tokens:
    """The Tokens of a stretch another process scanned, made here as if scanned here: the
    same pieces looked up in this process's tokens, in the same order."""
    table, indices, ends, lows, highs, openings = scan
    unkept = _Shared.unkept
    looked = list(map(_ELSEWHERE.__getitem__, table))  # in the order of their first places
    if _Shared.unkept == unkept and len(_ELSEWHERE) < _CACHE_SIZE:
        tokens = list(map(looked.__getitem__, indices))  # each kept: one at all its places
    else:  # some made anew at each place (see _Shared)
        tokens = list(map(_ELSEWHERE.__getitem__, map(table.__getitem__, indices)))
    bounds = list(zip(lows.tolist(), highs.tolist(), strict=True))
    places = openings.tolist()
    opening = [table[indices[i]] for i in places]
    return _built(tokens, ends.tolist(), bounds, places, opening, unkept)


def _initials(tokens: list[Token], bounds: list[tuple[int, int]]) -> list[int]:
    """The indexes of the tokens that stand where any word is capitalised: from a sentence
    opening or an opening quote to the first word after it, and every word of a headline
    in title case (one whose longer lower-case words are all function words)."""
    n = len(tokens)
    flags = [False] * n
    numbers = _numbers(n + 1)
    openings = [low for low, _ in bounds]
    openings.extend(compress(islice(numbers, 1, None), map(_OPENER, tokens)))
    openings.extend(filter(None, starmap(partial(after_dateline, tokens), bounds)))
    openings.extend(filter(None, starmap(partial(_after_time_stamp, tokens), bounds)))
    for i in openings:
        while i < n:  # up to the first word, or the next opening (it goes on)
            flags[i] = True
            token = tokens[i]
            if token.word or token.opener:
                break
            i += 1
    for low, high in bounds:
        if (
            high > low
            and tokens[high - 1].text not in _STOPS  # (most sentences: asked first)
            and not _stopped(tokens, low, high)
            and not _result_row(tokens, low, high)
            and _title_case(tokens[low:high])
        ):
            flags[low:high] = [True] * (high - low)
    return list(compress(numbers, flags))


def _numbers(n: int) -> Sequence[int]:
    """0, 1, 2 ... at least n of them, made once and kept: compress() over count() made a
    number at every token of a stretch, to throw most away (1 MB of news: 3 of the 20 ms
    of _initials)."""
    global _NUMBERS
    numbers = _NUMBERS  # (replaced whole, never changed: other threads may read it)
    if len(numbers) < n:
        if n > _KEPT_NUMBERS:  # a stretch of one sentence of a million tokens, say
            return range(n)
        numbers = _NUMBERS = list(range(max(n, 2 * len(numbers))))
    return numbers


_NUMBERS: list[int] = []
_KEPT_NUMBERS = 200_000  # 7 MB at most; a stretch of news has some 10,000 tokens


def _stopped(tokens: list[Token], low: int, high: int) -> bool:
    """Whether the sentence ends in a full stop or a question mark, inside closing brackets
    or quotes too ("(Photo by Ana Vell.)"): a sentence, no headline, though its words are
    capitalised."""
    end = high - 1
    while end > low and tokens[end].text in _CLOSERS:
        end -= 1
    return tokens[end].text in _STOPS


_STOPS = frozenset((".", "?"))  # what ends a sentence, no headline


def _result_row(tokens: list[Token], low: int, high: int) -> bool:
    """Whether the line ends in a figure set off after a bracket or a comma, as a row of
    results does ("Ana Vell (KEN) 3:53.11", "Ana Vell, Kelby, 10.90"): a list of names with
    their figures, no headline, though only its names are capitalised ("Dow Closes Above
    40,000" is one)."""
    end = high - 1
    while end > low and tokens[end].attached:
        end -= 1  # back to the figure's first piece: "3" of "3:53.11"
    if end > low and tokens[end].text[:1].isdigit() and tokens[end - 1].text in (")", ","):
        return True
    return _match_score_row(tokens, low, high)


def _match_score_row(tokens: list[Token], low: int, high: int) -> bool:
    """Whether the line is a match's result, each side's goals after its name ("Kelby
    Rovers 2 Al Tarsa 1") or the score between the names ("Kelby Rovers 2-1 Al Tarsa"):
    a score of one or two figures between capitalised words, and a line that ends in a
    goal count or a name. No headline, whose figures count things ("Velkor Wins 3
    Medals", "Top 10 Films Of 2024": a year ends it)."""
    last = tokens[high - 1]
    for i in range(low + 1, high - 1):
        token = tokens[i]
        # a figure first, between capitalised words (most tokens are words: asked first)
        if not (
            token.text[0].isdecimal()
            and tokens[i - 1].cap
            and tokens[i + 1].cap
            and _GOALS.fullmatch(token.text)
        ):
            continue
        scored = "-" in token.text or "\u2013" in token.text
        return scored or (_GOALS.fullmatch(last.text) is not None and "-" not in last.text)
    return False


_GOALS = compiled(r"\d{1,2}(?:[-\u2013]\d{1,2})?")  # a side's goals, or a score "2-1"
_CLOSERS = frozenset((")", "]", '"', "\u201d", "'", "\u2019"))


def after_dateline(tokens: list[Token], low: int, high: int) -> int | None:
    """The index of the word after a wire story's dateline ("LONDON (Reuters) - Foreign
    investors ...", "PARIS, May 2 (AFP) - ..."): a sentence opening with a word in capitals
    and a dash soon after it, or in title case ("Kelby - The union said ...", "Kelby, May
    2 (AP) - Police ..."), where only capitalised words, figures and marks stand before a
    dash set off by spaces, a capitalised word follows it and a full stop ends the sentence
    (a headline "Kelby - The Inside Story" has none). Some agencies end it with their
    bracket after the day, and no dash ("Kelby, Feb 1 (Velnap) Four soldiers ..."). The
    story's first word is capitalised by its place."""
    opening = tokens[low]
    first = opening.text
    if not opening.cap or len(first) < 2 or not first.isalpha():  # (cap: its first letter)
        return None
    upper = first.isupper()
    if not upper and low + 1 < len(tokens) and tokens[low + 1].lower:
        return None  # (most sentences: "The union said", as the loop below finds at once)
    for i in range(low + 1, min(high - 1, low + _DATELINE_TOKENS)):
        token = tokens[i]
        if token.text in DASHES:
            if tokens[i + 1].text == token.text and i + 2 < high:
                i += 1  # "--", as some agencies type the dash ("April 9 (Bloomberg) --")
            if upper:
                return i + 1
            nxt = tokens[i + 1]
            spaced = not (token.attached or nxt.attached)
            # "Kelby, Apr 4 (Velnap).- The ...": a full stop glued before the dash, as
            # Spanish agencies end the dateline
            glued = i >= 2 and tokens[i - 1].text == "." and tokens[i - 2].text == ")"
            spaced = spaced or (glued and not nxt.attached)
            return i + 1 if spaced and nxt.cap and _stopped(tokens, low, high) else None
        if token.text == ")" and _agency_after_day(tokens, low, i) and tokens[i + 1].cap:
            return i + 1 if _stopped(tokens, low, high) else None
        if not (upper or token.cap or token.text[:1].isdigit() or token.text in _DATELINE_MARKS):
            return None
    return None


def _agency_after_day(tokens: list[Token], low: int, close: int) -> bool:
    """Whether the bracket closing at `close` holds one name after a day's number and a
    month, as a dateline ends without its dash ("Kelby, Feb 1 (Velnap)")."""
    return (
        close - 4 > low
        and tokens[close - 2].text == "("
        and tokens[close - 3].text.isdigit()
        and _month(tokens[close - 4].text)
    )


def _month(text: str) -> bool:
    """Whether the word is a month's name, whole or cut short ("February", "Feb", "Sept.")."""
    word = text.rstrip(".")
    return (
        len(word) >= 3
        and word[0].isupper()
        and any(map(methodcaller("startswith", word), _months()))
    )


@cache
def _months() -> tuple[str, ...]:
    return tuple(table("timex_lexicon.json")["months"])


@cache
def _particled_pattern() -> re.Pattern[str]:
    """The Arabic article (lexicon.arabic_articles: "al-", "ash-") and the French elided
    "de"/"le" before a capital: parts of a surname ("al-Assad", "ash-Shami", "d'Ettorre")."""
    articles = "|".join(sorted(lexicon().arabic_articles))
    return compiled(rf"(?:(?:{articles})-|[dl]['\u2019])[A-Z]")


def _particled(text: str) -> re.Match[str] | None:
    return _particled_pattern().match(text)


def _after_time_stamp(tokens: list[Token], low: int, high: int) -> int | None:
    """The index of the word after a live report's time stamp and its dash ("16:50 - WATCH:
    Firefighters ...", "2:15 p.m. BST - Police said ...") or right after the stamp ("11:05
    Police close the bridge."): an entry opens there, its first word capitalised by its
    place. Without a dash, only a word English writes in lower case opens it: a company's
    name there is the entry's subject ("10:15 Velcor cuts prices"), as a headline's is."""
    if not (tokens[low].text.isdigit() and low + 3 < high and tokens[low + 1].text in ":."):
        return None
    at = low + 2
    if not tokens[at].text.isdigit():
        return None
    at += 1
    while at < min(high - 1, low + 6) and tokens[at].text not in DASHES:
        if not (tokens[at].text.isupper() or tokens[at].key in ("am", "pm")):
            # "16:50 BST", "2:15 p.m." and no more before the dash, or the entry's word
            return at if _lower_case_word(tokens[at]) else None
        at += 1
    return at + 1 if tokens[at].text in DASHES else None


def _lower_case_word(token: Token) -> bool:
    """Whether a capitalised word is one English writes in lower case ("Police",
    "Volunteers"), not a listed company's name ("Next")."""
    return token.cap and is_english_word(token.key) and not is_listed_company(token.key)


def opens_dateline(tokens: list[Token], last: int) -> bool:
    """Whether tokens[0..last] (a name opening the sentence) is the town of a wire story's
    dateline (see `after_dateline`): a dash, a comma or a bracket follows it, as in
    every dateline, which most sentences' first names fail at once."""
    if last + 1 >= len(tokens) or tokens[last + 1].text not in _AFTER_TOWN:
        return False
    return last < (after_dateline(tokens, 0, len(tokens)) or 0)


_DATELINE_TOKENS = 16  # "SAN JOSE, Calif., May 2, 2025 (Reuters) -": a dateline is short
DASHES = frozenset(("-", "\u2013", "\u2014"))  # what a dateline or a credit uses as its dash
_DATELINE_MARKS = frozenset((",", ".", "(", ")"))  # "Kelby, Calif., May 2 (AP) -"
_AFTER_TOWN = DASHES | {",", "("}


def _title_case(tokens: list[Token]) -> bool:
    """A headline in title case, not a byline ("By Ana Vell, Staff Reporter"), a signature
    after a dash ("— Ana Vell, Kelby Times") nor a credit
    ("Photo by Ana Vell", "Reporting by Ana Vell", "REUTERS/Ana Vell"): their words are capitalised as names,
    so the rules read them as in any sentence. A name
    written with a capital inside ("iPhone", "eBay") is no lower-case word."""
    lex = lexicon()
    function_words = lex.function_words
    if tokens[0].text == "(":
        tokens = tokens[1:]  # "(Reporting by Ana Vell; Editing by ...)"
    if not tokens or tokens[0].text == "By" or tokens[0].text in DASHES:
        return False  # "— Ana Vell, Kelby Times": a quotation's or a letter's signature
    if len(tokens) > 1 and tokens[1].key == "by" and tokens[0].key in lex.credit_words:
        return False  # "Photo by Ana Vell", "Written by Ana Vell": a credit, no headline
    if len(tokens) <= _CREDIT_TOKENS and any(t.text == "/" for t in tokens[1:-1]):
        return False  # "REUTERS/Ana Vell", "Ana Vell/Kelby Times": a photograph's credit
    return sum(map(_CAP, tokens)) >= 3 and not any(
        t.text[0].islower()
        and t.key not in function_words
        and t.key not in _SHORT_PARTICLES
        and not t.camel
        for t in tokens
    )


_CREDIT_TOKENS = 12  # "REUTERS/Ana Vell/File Photo": a credit line is short

# short words some styles write in lower case in a headline in title case ("Prices Move up",
# "Velkor vs Tarsk"); any other word in lower case, however short ("Ana Vell met Tom Rask",
# "Tarsk cut jobs"), tells a line written as a sentence
_SHORT_PARTICLES = frozenset({"up", "per", "off", "out", "vs", "v", "x"})
