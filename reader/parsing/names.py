"""Proper-name candidates: runs of capitalised words, cleaned of what is not a name.

News capitalises more than names: sentence openings, title-case headlines, titles
before names. A capitalised word at such a place counts only when the article also
capitalises it mid-sentence, when a gazetteer knows it, or when more capitalised
words follow it. Titles inside a run ("Secretary of State Anthony Blinken") split it.
"""

from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import chain, compress, count
from operator import attrgetter, itemgetter

from reader.parsing.data import single_words, table, word_list
from reader.parsing.kinds import (
    hyphenated_given,
    person_shaped,
    short_given_names,
    short_syllable,
)
from reader.parsing.lexicon import (
    PLURAL_ENDINGS,
    Lexicon,
    common_words,
    given_names,
    is_city,
    is_english_word,
    is_given_name,
    is_listed_company,
    is_town,
    key,
    lexicon,
    looks_plural,
    names_too,
    same_in_plural,
    singular,
    spelled_initials,
)
from reader.parsing.moves import (
    SESSION_VERBS,
    STOCK_EXCHANGES,
    held_in,
    moved,
    moved_up_or_down,
    trade_told,
)
from reader.parsing.precompiled import compiled
from reader.parsing.results import first_side_of_a_row
from reader.parsing.tokens import (
    DASHES,
    Sentence,
    Token,
    Tokens,
    after_dateline,
    bare,
    opens_dateline,
    scanned_here,
)

_KEY, _CAP, _LOWER, _MID_CAPITAL = map(attrgetter, ("key", "cap", "lower", "mid_capital"))
_LEAD, _TOKENS = attrgetter("lead"), attrgetter("tokens")
_IDENT, _TITLED, _DIGITS = map(attrgetter, ("ident", "titled", "digits"))


# what the rules for most words alone read before them: a hashtag, a "The" inside a sentence
# ("told The Courier"), a noun of the press ("the journal Nature") or a model's number ("the
# 737 MAX"): see `NameFinder._surroundings`
_READ_BEFORE = frozenset({"#", "The"})
# words before a name that an initialism takes as any name does ("aid from CARE")
_PREPOSITIONS = frozenset({"at", "of", "for", "from", "with", "by", "in", "on", "to", "via"})


def _placed(token: Token) -> object:
    """What tells a token at one kind of place from all others: the token itself, shared by
    all places of its kind, or for a number (not shared, see tokens._Number) its text, its
    place and whether white space stands before it."""
    return token if token.shared else (token.text, token.initial, token.attached)


_DOTTED_INITIALS = compiled(r"(?:[A-Z]\.)+")
ORDINAL = compiled(r"\d{1,4}(?:st|nd|rd|th)")  # "47th", "2nd"
# The most tokens a run of capitalised words holds (news has up to about 20, in headlines):
# the rules for a run, and the short forms of a name, cost the square of its length.
_LONGEST_RUN = 32
_PLACE_WORDS = 4  # the most words of a place's name looked up in a line in title case
_PORTFOLIO_WORDS = 4  # the most words of a title's field before a name ("Trade and Industry")


@dataclass(slots=True)
class Candidate:
    """A name as written: tokens[first:last+1] of one sentence, possessive 's left out."""

    tokens: list[Token]
    first: int
    last: int
    start: int
    end: int
    text: str
    title_cue: bool = False  # a title or honorific stands right before it


@dataclass(frozen=True)
class Evidence:
    """What the whole article says about its capitalised words."""

    confirmed: frozenset[str]  # capitalised where any word would not be
    lowercase: frozenset[str]  # also written in lower case
    openers: frozenset[str]  # open two sentences or more
    closers: frozenset[str]  # follow a given name somewhere ("Anna Quill")
    opening_names: frozenset[str]  # capitalised somewhere after no capitalised word
    # open a sentence once at least, a word alone there ("Bissau stayed", not "North Korea")
    opened: frozenset[str]


_NO_EVIDENCE = Evidence(*[frozenset()] * 6)


def article_evidence(tokens: Tokens) -> Evidence:
    """Evidence from the distinct tokens of the article (a token is shared by all places
    of its kind), from the capitalised ones at openings and from capitalised pairs."""
    distinct = tokens.distinct
    openings = Counter(map(_KEY, filter(_CAP, tokens.openings)))
    given = given_names()
    # the article's pairs of tokens at once, filtered at C level to the few whose second
    # is mid_capital: a pair across two sentences counts for none, as its second token
    # opens a sentence, where no token is mid_capital
    every = list(chain.from_iterable(map(_TOKENS, tokens.sentences)))
    seconds = every[1:]
    pairs = compress(zip(every, seconds, strict=False), map(_MID_CAPITAL, seconds))
    closers, opening_names = set(), set()
    for a, b in pairs:
        if a.key in given:
            closers.add(b.key)
        if not a.cap:
            opening_names.add(b.key)
    return Evidence(
        frozenset(map(_KEY, filter(_MID_CAPITAL, distinct))),
        frozenset(map(_KEY, filter(_LOWER, distinct))),
        frozenset([k for k, count in openings.items() if count > 1]),
        frozenset(closers),
        frozenset(opening_names),
        frozenset(
            a.key
            for a, b in zip(tokens.openings, tokens.after_openings, strict=True)
            if a.cap and b is not None and not b.cap
        ),
    )


def later_runs() -> tuple[array[int], array[int], array[int]] | None:
    """In the process that scanned the text's later lines for the one finding the actors
    (see tokens.scanned_later), once it has sent them: the runs of capitalised words of
    each of their sentences, which that one asks for only when it reaches them (see
    `runs_found`), so that it is spared them: how many each sentence has, then the
    first and last token of each. Runs read no evidence of the article (nor anything but
    the sentence and the word lists). None when this process scanned none."""
    sentences = scanned_here()
    if sentences is None:
        return None
    finder = NameFinder("", lexicon(), _NO_EVIDENCE)
    runs = [list(finder._runs(tokens)) for tokens in sentences]
    pairs = list(chain.from_iterable(runs))
    return (
        array("I", map(len, runs)),
        array("I", map(itemgetter(0), pairs)),
        array("I", map(itemgetter(1), pairs)),
    )


def own_runs(sentences: list[Sentence]) -> None:
    """The runs of capitalised words of each of the sentences found now and kept on it, as
    `later_runs` finds them for the later ones: the process finding the actors does it
    for its own sentences before it asks for the scans of the later lines (see
    tokens.tokenize), a pass over the tokens it has just made."""
    finder = NameFinder("", lexicon(), _NO_EVIDENCE)
    for sentence in sentences:
        sentence.runs = list(finder._runs(sentence.tokens))


def runs_found(sentences: list[Sentence], runs: tuple | None) -> None:
    """The runs another process found (see `later_runs`) given to their sentences."""
    if runs is None:
        return
    counts, firsts, lasts = runs
    pairs = list(zip(firsts, lasts, strict=True))
    at = 0
    for sentence, many in zip(sentences, counts, strict=True):
        sentence.runs = pairs[at : at + many]
        at += many


class NameFinder:
    """Finds name candidates sentence by sentence; knows the article's confirmed words."""

    def __init__(self, text: str, lex: Lexicon, evidence: Evidence) -> None:
        self.text = text
        self.lex = lex
        self.evidence = evidence
        self._seen: dict[tuple, tuple] = {}  # run context -> its names (see _names)
        self._around: dict[Token, bool] = {}  # token -> whether _read_around it
        # the keys of words in lower case that a run may go on over (see _runs)
        self._goes_on = lex.place_particles | _REMITS | {"in"}
        self._press_nouns = lex.press_nouns  # (read before many words alone)

    def candidates(self, sentence: Sentence) -> list[Candidate]:
        found: list[Candidate] = []
        text = self.text
        tokens, ends = sentence.tokens, sentence.ends
        street_words = self.lex.street_words
        runs = sentence.runs  # (found by another process, see later_runs)
        for first, last in self._runs(tokens) if runs is None else runs:
            # few runs open with a street word: only those are asked of
            begin = (
                self._street_number(tokens, first) if tokens[first].key in street_words else None
            )
            if begin is not None:  # "47th Street": the name opens before the run
                while found and found[-1].last >= begin:
                    found.pop()  # the "West" of "West 81st Street" was a run of its own
                start, end = sentence.start(begin), ends[first]
                found.append(Candidate(tokens, begin, first, start, end, text[start:end]))
                first += 1
                while first <= last and (tokens[first].joiner or tokens[first].text == "&"):
                    first += 1
                if first > last:
                    continue
            for a, b, trim, title_cue in self._names(tokens, first, last):
                a += first
                # the word before the name and the mark after it are asked first
                before = tokens[a - 1].text if a else ""
                if before in _ARTICLES_APART and _article_apart(tokens, a):
                    a -= 1  # "al Shabaab", "al Jazeera": the article opens the name
                elif (
                    a == first
                    and before[:1].isdigit()
                    and self._numbered_body(tokens, a, first + b)
                ):
                    a -= 1  # "the 101st Airborne Division": its number opens the name
                start, end = ends[a] - len(tokens[a].text), ends[first + b] - trim
                plus = first + b + 1 < len(tokens) and tokens[first + b + 1].text == "+"
                if plus and not trim and _plus_after(tokens, first + b):
                    end += 1  # "OPEC+", "Velflix+": the sign is the name's, another body's
                cand = Candidate(tokens, a, first + b, start, end, text[start:end], title_cue)
                if "-" in cand.text and self._pair(cand):
                    found.extend(_halves(cand))  # "Paris" and "Berlin" of "the Paris-Berlin route"
                else:
                    found.append(cand)
        return found

    def _pair(self, cand: Candidate) -> bool:
        """Whether the name is two actors joined by a hyphen before the noun they describe,
        not one: two places ("the Paris-Berlin route", "London-New York flights", "Japan-Korea
        relations"; each half a country, a city or a place of several words), or one word of
        two names each capitalised alone elsewhere in the article ("the Velkor-Tarsk merger"
        beside "Velkor agreed to buy Tarsk"), as a deal, an alliance or a match names its
        sides. Not a place the gazetteer knows whole ("Guinea-Bissau"), a name before a
        person's verb ("Chester-Lincoln said"), one of more hyphens ("Stratford-upon-Avon"),
        a name whose halves the article never writes alone ("Rolls-Royce", "Mercedes-Benz"
        beside "Mercedes"), nor one of a point of the compass ("the North-West region"), which
        is never a side."""
        text = cand.text
        if text.count("-") != 1 or text.startswith("-") or text.endswith("-"):
            return False
        nxt = cand.tokens[cand.last + 1] if cand.last + 1 < len(cand.tokens) else None
        if nxt is None or not nxt.lower or _finite_verb(nxt):
            return False
        lex = self.lex
        whole = key(text)
        if lex.is_place(whole):
            return False
        halves = text.split("-")
        if all(map(self._major_place, halves)):
            return True
        if cand.first != cand.last or whole in lex.regions:
            return False
        evidence = self.evidence
        return all(
            half[:1].isupper()
            and key(half) not in lex.compass_points
            and (key(half) in evidence.confirmed or key(half) in evidence.opened)
            for half in halves
        )

    def _major_place(self, half: str) -> bool:
        k = key(half)
        if " " in k:
            return self.lex.is_place(k)
        return k in self.lex.countries or is_city(k)

    def _numbered_body(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether an ordinal in figures after "the" opens the body's name at
        tokens[first..last] ("the 101st Airborne Division", "the 9th Kelby Circuit Court
        of Appeals", "the 3rd Infantry Brigade"): units and courts are told apart by their
        number, part of the name (no run starts at a figure)."""
        lex = self.lex
        return (
            first >= 2
            and tokens[first - 2].key == "the"
            and ORDINAL.fullmatch(tokens[first - 1].text) is not None
            and any(t.key in lex.org_heads for t in tokens[first : last + 1])
        )

    def _street_number(self, tokens: list[Token], first: int) -> int | None:
        """Where a numbered street's name opens, when the run at `first` opens with a street
        word after an ordinal in figures: "47th Street", "West 81st Avenue", "S 9th Ave"
        (no run starts at a figure, so the ordinal and a compass point before it are not
        in the run)."""
        lex = self.lex
        if first < 1 or tokens[first].key not in lex.street_words:
            return None
        if ORDINAL.fullmatch(tokens[first - 1].text) is None:
            return None
        if first >= 2 and tokens[first - 2].cap:
            point = tokens[first - 2].key
            if point in lex.compass_points or point in lex.compass_letters:
                return first - 2
        return first - 1

    def _names(self, tokens: list[Token], first: int, last: int) -> tuple:
        """The names in the run tokens[first..last]: (first, last, characters to trim at
        the end, title cue), counted from the run's start. Runs recur ("The", "Apple",
        "Steve Jobs"), so each is worked out once per article and context: for a longer
        run, its words, which of them open a sentence, and the token after it; for one
        word, all that its rules read around it (see `_surroundings`). A run of only
        function words ("The", "In") has none, whatever its context."""
        head = tokens[first]
        nxt = tokens[last + 1] if last + 1 < len(tokens) else None
        if first == last:
            if head.leading:
                return ()
            words: tuple = (head if head.shared else _placed(head),)  # (see _placed)
            around = self._surroundings(tokens, first)
        else:
            if head.leading and self._skip_leading(tokens, first, last) > last:
                return ()  # (a run opens with a function word or a joiner seldom: asked first)
            words = tuple(map(_IDENT, tokens[first : last + 1]))
            # "Deep Blue Shipping, a Greek firm, ...": an apposition read (see _common_phrase)
            apposed = nxt is not None and nxt.text == "," and last + 2 < len(tokens)
            around = (self._body_apposed(tokens, last + 2),) if apposed else ()
            if first and _day_before_a_name(tokens, first):
                around += (True,)  # "since March Kelby Foods": the word before the run
        # "His Highness": the pronoun before the run (asked only where one stands)
        pronoun = first and tokens[first - 1].key in self.lex.pronouns
        if pronoun and style_of_address(tokens, first, self.lex):
            around += ("styled",)
        if tokens[last].possessive and last + 2 < len(tokens):
            around += (tokens[last + 2].trailing,)  # "Moody's cut the": see _possessive_own
        # few runs stand before a bracket or in one: only those are asked of
        if nxt is not None and nxt.text == "(":
            if first == last and ticker_after(tokens, first, last, self.lex):
                around += ("ticker",)  # "Halvik (HLV)": the ticker after the word
            if last > first and _spelled_in_brackets(tokens, first, last):
                around += ("spelled",)  # "the Voice of Velmora (VOV)": the initials after it
        elif first == last and head.nameless and short_form_in_brackets(tokens, first, self.lex):
            around += ("spelled",)  # "(NPL)" after "the National Physical Laboratory"
        after = nxt.trailing if nxt is not None else None
        context = (words, after, around)
        names = self._seen.get(context)
        if names is None:
            names = (
                self._lone(tokens, first) if first == last else self._work_out(tokens, first, last)
            )
            self._seen[context] = names
        return names

    def _surroundings(self, tokens: list[Token], i: int) -> tuple:
        """All that the rules for a word alone read beyond the word after it, so that a word
        met again in other surroundings is worked out again ("praised Quarry" is no name,
        "the journal Quarry" is). Most words are no English word, opening, given name or
        the like (see `_read_around`): their rules read the two tokens before them only
        after a hashtag, a "The", a noun of the press or a number (see `_model`). For the
        others: the two tokens before it and the one after next, whether its line is a
        headline, and where the words around call for the rules that read further, their
        answers (a dateline it opens, a quoted nickname before it, an apposition or a
        list after a comma, a person's name after a title: see `_named_by_context`). A
        rule that reads more around a word alone is worked into this key."""
        token = tokens[i]
        around = self._around.get(token)
        if around is None:  # a token is shared by all places of its kind: asked once
            around = self._around[token] = self._read_around(token)
        if not around:
            if not i:
                return ()
            last = tokens[i - 1]
            if not (
                last.text in _READ_BEFORE or last.key in self._press_nouns or last.text.isdigit()
            ):
                return ()
            return _placed(last), (_placed(tokens[i - 2]) if i >= 2 else None)
        before = _placed(tokens[i - 1]) if i else None
        if i == 0:
            far: tuple = (opens_dateline(tokens, 0),)
        elif tokens[i - 1].text in CLOSING_QUOTES:
            far = (_after_nickname(tokens, i),)
        else:
            far = ()
        if i + 2 >= len(tokens):
            return before, far
        nxt = tokens[i + 1]
        if nxt.text == ",":
            at = i + 2
            far += (
                _apposition(tokens, at),
                self._listed_after(tokens, at),
                self._body_apposed(tokens, at),
            )
        elif nxt.lower and nxt.key in self.lex.title_words:
            far += (_name_after_title(tokens, i + 1, self.lex),)
        elif nxt.key in _ELECTED:
            far += (_won_seats(tokens, i + 1),)
        before2 = _placed(tokens[i - 2]) if i >= 2 else None
        return before2, before, _placed(tokens[i + 2]), _unstopped(tokens), far

    def _read_around(self, token: Token) -> bool:
        """Whether the rules for the word alone read the words around it beyond those
        `_surroundings` gives every word: at an opening, a common English word or a head
        alone (see `_common_alone`), a demonym, a given name, a compass point (see
        `_direction`) or the name of a kind (see `_kind_before_noun`)."""
        k = token.key
        return (
            token.initial
            or token.demonym
            or is_given_name(k)
            or _common_word(token)
            or self._bare_site(token)
            or _shouted(token)
            or k in self.lex.compass_points
            or k in single_words("kind_words.txt")
        )

    def _work_out(self, tokens: list[Token], first: int, last: int) -> tuple:
        names = []
        for piece in self._clean(tokens, first, last):
            for a, b, title_cue in self._split_title(tokens, *piece):
                if a > piece[0] and a < b and (placed := self._place_after_title(tokens, a, b)):
                    # "CEO of Hong Kong-listed Velkor", "CEO of Oslo-listed Velkor": the place
                    # after the title describes the body, as it does opening a run (_clean)
                    place = self._finish(tokens, *placed)
                    if place is not None:
                        names.append((place[0] - first, place[1] - first, place[2], False))
                    a, title_cue = placed[1] + 1, False  # the place stands before the name
                finished = self._finish(tokens, a, b)
                if finished is not None:
                    a, b, trim = finished
                    names.append((a - first, b - first, trim, title_cue))
        return tuple(names)

    def _lone(self, tokens: list[Token], i: int) -> tuple:
        """`_work_out` for a run of one capitalised word (most runs are), in short: what
        `_clean` and `_split_title` leave of it is the word, or nothing."""
        token = tokens[i]
        if token.titled or _credit_rating(tokens, i, self.lex.rating_words):
            return ()
        if ticker_after(tokens, i, i, self.lex, any_sentence=True):
            return ((0, 0, 0, False),)  # "United (UAL) cut fares", "Velkor (VLK) said": a name
        if token.text[-1] == "s" and _PLURAL_INITIALS.fullmatch(token.text):
            return ()  # "loans to SMEs": a common noun's plural, no name
        if token.camel and not self._camel_company(tokens, i):
            return ()
        if (
            token.initial
            and not token.camel  # "eBay said": not capitalised by its place
            and not (self._trusted(token) or self._named_by_context(tokens, i))
        ):
            return ()
        finished = self._finish(tokens, i, i)
        if finished is None:
            return ()
        a, b, trim = finished
        return ((a - i, b - i, trim, False),)

    def _camel_company(self, tokens: list[Token], i: int) -> bool:
        """A word in camel case is a product ("iPhone", "the eReader sold well"), unless,
        with no determiner before it, the text treats it as a company: it says or does as a
        company does ("easyJet said", "eBay cut 300 jobs"), its shares are traded ("shares
        of eBay", "eBay shares") or a company's noun stands before it ("budget airline
        easyJet")."""
        lex = self.lex
        if i >= 1 and (tokens[i - 1].key in DETERMINERS or tokens[i - 1].possessive):
            return False  # "the iPhone sold well", "Velkor's vPad": a product
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            nxt is not None
            and nxt.lower
            and (nxt.key in lex.subject_verbs or nxt.key in lex.company_verbs or nxt.key in _SHARES)
        ):
            return True
        if held_in(tokens, i, lex.stake_nouns):
            return True
        if i >= 1 and tokens[i - 1].key == "and":
            return self._stake_before_list(tokens, i - 1)  # "shares of Velkor Bank and eBay"
        return i >= 1 and tokens[i - 1].lower and tokens[i - 1].key in lex.company_nouns

    def _stake_before_list(self, tokens: list[Token], at: int) -> bool:
        """Whether the name before the "and" at `at` is the first of a list of companies
        whose shares are told ("shares of Velkor Bank and eBay"): a stake's noun and "of"
        or "in" right before its capitalised words."""
        j = at - 1
        while j > 0 and tokens[j].cap:
            j -= 1
        return j < at - 1 and held_in(tokens, j + 1, self.lex.stake_nouns)

    # -- runs of capitalised words -------------------------------------------------

    def _runs(self, tokens: list[Token]):
        """(first, last) index pairs of maximal capitalised runs (connectors inside)."""
        n = len(tokens)
        title_words = self.lex.title_words
        goes_on = self._goes_on
        j = -1
        for i in compress(count(), map(_LEAD, tokens)):  # the few tokens a name may start at
            if i <= j:
                continue
            token = tokens[i]
            j = i
            end = i + _LONGEST_RUN - 1  # a longer run is cut: no name is that long
            if end >= n:
                end = n - 1
            while j < end:
                current, nxt = tokens[j], tokens[j + 1]
                # the common cases first, after a word with no possessive: a word that no
                # rule below goes on over (in lower case, no joiner, particle, "on", "to"
                # or "in", no mark of those below), or a capitalised word set off by a space
                # after a word with no dot, no product's name
                if not current.possessive:
                    if not (nxt.lead or nxt.joiner or nxt.text in _RUN_MARKS or nxt.key in goes_on):
                        break
                    if nxt.lead and not (nxt.attached or nxt.camel or current.text[-1] == "."):
                        j += 1
                        continue
                if current.possessive and nxt.text.isdigit() and self._counted_index(tokens, i, j):
                    j += 1  # "Standard & Poor's 500 Index": the index goes on past the owner
                    continue
                if current.possessive and not (
                    (_plural_possessive(current) and self._head_soon(tokens, j + 1, end))
                    or (tokens[i].key in _SAINTS and self._site_soon(tokens, j + 1, end))
                    or (nxt.lead and is_town(key(f"{current.text} {nxt.text}")))  # "Cox's Bazar"
                    or self._possessive_company(tokens, i, j)  # "McDonald's Corp"
                    or self._office_of_a_title(current, nxt)  # "Attorney General's Office"
                ):
                    j += self._owned_site(tokens, i, j)  # "St John's College"
                    break
                if nxt.text == "'" and nxt.attached and self._plural_owner(tokens, j, end):
                    j += 2  # "the Dock Workers' Union": a plural noun's possessive goes on
                    continue
                if (
                    nxt.text in _APOSTROPHES
                    and j + 2 <= end
                    and _name_apostrophe(tokens, j, self.lex)
                ):
                    j += 2  # "Samuel Oduong' Otieno": the apostrophe ends a word of the name
                    continue
                if not (nxt.lead or nxt.joiner or nxt.text in (".", "&")):
                    # a body's fields listed after a comma open with a field's word
                    if nxt.text == ",":
                        # a name goes on after a comma only over a capitalised word (the
                        # fields' and the partners' rules open with one)
                        if j + 2 <= end and tokens[j + 2].cap:
                            if _field(tokens[j + 2]) and (
                                k := self._fields_listed(tokens, i, j, end)
                                or self._fields_before_head(tokens, i, j, end)
                            ):
                                j = k  # "the Department for Environment, Food and Rural Affairs"
                                break
                            if i == j and (k := self._partners(tokens, j, end)):
                                j = k  # "Keefe, Bruyette & Woods": a firm named by its partners
                                continue
                        break
                    if nxt.key in self.lex.place_particles and (
                        k := self._particled(tokens, i, j, end)
                    ):
                        j = k  # "Burton upon Trent", "Frankfurt am Main"
                        continue
                    if nxt.key in _REMITS and (k := self._remit(tokens, j, end)):
                        j = k  # "the Commission on Human Rights"
                        continue
                    if nxt.key == "in" and (k := self._field_in(tokens, i, j, end)):
                        j = k  # "the Council for Research in Marine Farming"
                        continue
                    break  # (the common case) no word that could go on with the name
                if (
                    nxt.text == "."
                    and len(current.text) == 1
                    and j + 2 < n
                    and tokens[j + 2].cap
                    and nxt.attached
                    and (j > i or _initials_before_name(tokens, j))
                ):
                    j += 2  # an initial: "George W. Bush", "J. K. Rowling"
                    continue
                if nxt.attached:
                    break
                if (
                    current.text[-1] == "."
                    and nxt.key not in title_words
                    and current.key not in self.lex.name_prefixes  # "St. Louis" goes on
                    and not self._initials(current)  # "O.J. Simpson" goes on
                    and not self._country_of_a_body(tokens, j, end)  # "U.S. Senate" goes on
                ):
                    break  # "Apple Inc. Steve Jobs" is two names, "Apple Inc. CEO ..." goes on
                if nxt.camel and not token.camel:
                    break
                if nxt.lead:
                    j += 1
                    continue
                if nxt.text == "&" and j + 2 <= end and self._listed_apart(tokens, i, j):
                    break  # "Leeds & York": two places; "Lloyds & HSBC": two banks
                if nxt.text == "&" or nxt.joiner:
                    k = j + 1
                    while k < end and tokens[k + 1].joiner:
                        k += 1
                    if k < end and tokens[k + 1].cap and tokens[k + 1].text[0].isalpha():
                        j = k + 1
                        continue
                break
            yield i, j

    def _particled(self, tokens: list[Token], i: int, j: int, end: int) -> int:
        """Where a place's name ends that goes on from the run tokens[i..j] over one or two
        lower-case particles and a capitalised word ("Burton upon Trent", "Frankfurt am
        Main", "Castellon de la Plana"), when the gazetteer knows it whole; 0 if none."""
        lex = self.lex
        k = j + 1
        while k <= min(j + 2, end) and tokens[k].lower and tokens[k].key in lex.place_particles:
            k += 1
        if k > end or not tokens[k].cap:
            return 0
        words = [t.key for t in tokens[i : k + 1]]
        if any(lex.is_place(" ".join(words[s:])) for s in range(j - i + 1)):
            return k
        return 0

    def _remit(self, tokens: list[Token], j: int, end: int) -> int:
        """Where a body's name ends that goes on from its head at `j` with its matter after
        "on" or its aim after "to", in capitalised common words ("the Commission on Human
        Rights", "the Council on Foreign Relations", "the Committee to Protect
        Journalists"); 0 if none. Not a day, a month, a place or a given name ("the Senate
        on Monday", "the Council on Ukraine"), nor words capitalised by a title-case line."""
        lex = self.lex
        head = tokens[j]
        if head.possessive or not (head.key in lex.body_heads or head.key in lex.org_heads):
            return 0
        last = k = j + 2
        while k <= end and self._remit_word(tokens[k]):
            last = k
            k += 1
        if last == j + 2 and (last > end or not self._remit_word(tokens[last])):
            return 0  # no word after "on" or "to" ("the Ministry on", the text's end)
        if tokens[j + 1].key == "to" and (last == j + 2 or tokens[j + 2].key.endswith("s")):
            return 0  # an aim is a verb and what it acts on: "to Protect Journalists"
        return last

    def _field_in(self, tokens: list[Token], i: int, j: int, end: int) -> int:
        """Where a body's name ends that goes on from its aim after "for" over "in" with
        the field of that aim, capitalised words ending in a common word ("the Council for
        Research in Marine Farming", "the Centre for Studies in Higher Education"), or the
        country or the region it serves ("the Board of Control for Cricket in India", "the
        Organization for Security and Co-operation in Europe"); 0 if none. A
        body's head stands before the first "of" or "for" and "for" is in the name: after
        "of" alone a degree or a department goes on ("a Master of Education in Sport
        Psychology", "the Institute of Technology in Linguistics"). A town or a name no
        list knows ends the name: where the body sits ("the Office for Statistics in
        Varnholt")."""
        words = [t.key for t in tokens[i : j + 1]]
        if "for" not in words or not self._head_of(words) or j + 2 > end:
            return 0
        last = j + 1
        while last < end and tokens[last + 1].mid_capital and not tokens[last + 1].possessive:
            last += 1
        if last + 1 < len(tokens) and tokens[last + 1].cap:
            return 0
        field = tokens[j + 2 : last + 1]
        is_place = self.lex.is_place
        if field and self._field_word(field[-1]) and not any(is_place(t.key) for t in field):
            return last
        if last != j + 2:
            return 0
        served = field[0].key
        return last if served in self.lex.countries or served in self.lex.regions else 0

    def _field_word(self, token: Token) -> bool:
        """A common word, no place nor time: the last word of a body's field."""
        k = token.key
        return _common_word(token) and k not in self.lex.non_names and not self.lex.is_place(k)

    def _remit_word(self, token: Token, k: str = "") -> bool:
        """A common word capitalised inside a sentence, no place, time or given name; `k`
        the word to look up, if not the token's own."""
        k = k or token.key
        return (
            token.mid_capital
            and not token.possessive
            and is_english_word(k)
            and k not in self.lex.non_names
            and not self.lex.is_place(k)
            and not is_given_name(k)
        )

    def _fields_listed(self, tokens: list[Token], i: int, j: int, end: int) -> int:
        """Where a body's name ends that lists its fields with commas after its head and
        "of" or "for" ("the Bureau of Mines, Quarries and Explosives"): single common words
        in title case between the commas, then "and" and the last ones; 0 if none."""
        if not self._head_of([t.key for t in tokens[i : j + 1]]):
            return 0
        k, last = _comma_list(tokens, j, end)
        return last if last > k and all(map(_field, tokens[k + 1 : last + 1])) else 0

    def _partners(self, tokens: list[Token], j: int, end: int) -> int:
        """Where a firm's name ends that lists its partners' names, each one word, between
        commas, the last joined by "&" ("Keefe, Bruyette & Woods", "Skadden, Arps, Slate,
        Meagher & Flom", "Marrow, Tarsk & Co."): one name, as a list of actors is
        joined by "and"; 0 if none. Not places or companies the lists know alone ("Leeds,
        York & Hull", "Barclays, Lloyds & HSBC": "&" for "and", as headlines write it),
        unless a firm's word ends the name ("& Partners", "& Co.")."""
        k = j
        while k + 2 <= end and tokens[k + 1].text == "," and _partner(tokens[k + 2]):
            k += 2
            if k + 2 <= end and tokens[k + 1].text == "&" and tokens[k + 2].cap:  # "& Co."
                words = tokens[j : k + 3 : 2]
                if tokens[k + 2].key in self.lex.org_suffixes:
                    return k + 2  # "& Partners", "& Co.": a partnership's name, surely
                known = any(self.lex.is_place(t.key) or is_listed_company(t.key) for t in words)
                return 0 if known else k + 2  # not "Barclays, Lloyds & HSBC": three banks
        return 0

    def _fields_before_head(self, tokens: list[Token], i: int, j: int, end: int) -> int:
        """Where a body's name ends that lists its fields with commas before its head ("the
        Water, Sanitation and Hygiene Agency"): a common word in title case, more after
        commas, then "and", common words and a body's head; 0 if none. Not a list of
        names ("Velkor, Kelby and Tarsk Airlines")."""
        first = i + (tokens[i].key == "the")  # "The Water, ..." opening a sentence
        if first != j or not self._headless_field(tokens[j]):
            return 0
        k, last = _comma_list(tokens, j, end)
        words = tokens[k + 1 : last + 1]
        if not 2 <= len(words) <= 3 or not self._body_or_site(singular(words[-1].key)):
            return 0
        return last if all(map(self._headless_field, tokens[j:k:2] + words[:-1])) else 0

    def _headless_field(self, token: Token) -> bool:
        """A word a body's field is named with ("Drought", "Sanitation", "Public"), which
        no body's name ends on: "and" after it joins fields, not bodies."""
        k = token.key
        return (
            self._remit_word(token) and k not in self.lex.org_heads and k not in self.lex.body_heads
        )

    def _plural_owner(self, tokens: list[Token], j: int, end: int) -> bool:
        """Whether tokens[j] is a plural common noun or title whose possessive (its
        apostrophe after it) goes on with a body's name ("the Dock Workers' Union", "Kelby
        Magistrates' Court"), or a compound of one no dictionary lists right before a
        body's head ("the Ghana Mineworkers' Union", "the Kelby Dockhands' Federation"), the
        head capitalised ("Carmakers' union calls a strike" names no body); a name's ends it
        ("the Beatles' Apple Corps")."""
        k = tokens[j].key
        common = k in common_words() or self.lex.is_title(k)
        if k.endswith("s") and not common and j + 2 <= end:
            # a head in lower case is a common noun's: "Carmakers' union calls strike"
            head = tokens[j + 2]
            return head.cap and head.key in self.lex.org_heads and _compound_plural(k)
        return k.endswith("s") and common and self._head_soon(tokens, j + 2, end)

    def _head_soon(self, tokens: list[Token], k: int, end: int) -> bool:
        """Whether capitalised words from `k` on reach a body's head within three ("Union",
        "Pension Fund", "Liberation Army"): a plural's possessive before them goes on with
        the name ("the Pirates' Double-A affiliate", "the Visitors' Center" do not)."""
        for at in range(k, min(k + 3, end + 1)):
            if not tokens[at].cap:
                return False
            if tokens[at].key in self.lex.org_heads:
                return True
        return False

    def _site_soon(self, tokens: list[Token], k: int, end: int) -> bool:
        """Whether capitalised words from `k` on reach the head of a body or a site within
        three ("Medical Center", "University Hospital"): a saint's possessive before them
        goes on with the name ("St. Luke's Medical Center", "Saint Mary's Sports Centre";
        a company's ends it: "Velmar's Research Centre")."""
        lex = self.lex
        for at in range(k, min(k + 3, end + 1)):
            token = tokens[at]
            if not token.cap or token.possessive:
                return False
            if token.key in lex.org_heads or token.key in lex.facility_heads:
                return True
        return False

    def _listed_apart(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the "&" after tokens[i..j] lists two actors, "and" as headlines write it:
        the words before it and the word after it are places the gazetteer knows, or one
        side is a company the companies' list knows alone, and together they name no place
        nor listed company and no firm's word comes after it ("Leeds & York", "Lloyds &
        HSBC"; not "Trinidad & Tobago", "Marks & Spencer", "Wells Fargo & Co.", nor
        "Fortnum & Mason", known by neither side)."""
        is_place = self.lex.is_place
        left = " ".join(t.key for t in tokens[i : j + 1])
        right = tokens[j + 2].key
        whole = f"{left} & {right}"
        if right in self.lex.org_suffixes or is_place(whole) or is_listed_company(whole):
            return False  # "Wells Fargo & Co.": a firm's word ends one name
        return (is_place(left) and is_place(right)) or (
            is_listed_company(left) or is_listed_company(right)
        )

    def _initials(self, token: Token) -> bool:
        """Dotted initials ("O.J.", "J.R.R."), not a place's ("U.S.", "U.K.")."""
        text = token.text
        return (
            len(text) >= 4
            and text[1] == "."
            and _DOTTED_INITIALS.fullmatch(text) is not None
            and not self.lex.is_place(token.key)
        )

    def _country_of_a_body(self, tokens: list[Token], j: int, end: int) -> bool:
        """Whether the dotted country at `j` ("U.S.", "U.K.") opens the name of a body of
        that country: the capitalised words after it hold a body's head word or a company's
        suffix ("the U.S. Department of Energy", "U.S. Geological Survey"). A country ending
        a sentence before a person's name ("sold in the U.S. Marta Velin said") has none."""
        lex = self.lex
        if not lex.is_place(tokens[j].key) or len(tokens[j].text) < 4:
            return False
        k = j + 1
        while k <= end and (tokens[k].lead or tokens[k].joiner):
            word = tokens[k].key
            if word in lex.org_heads or word in lex.org_suffixes or word in lex.body_heads:
                return True
            k += 1
        return False

    def _counted_index(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the possessive at `j` (of the run from `i`) names a market's index after
        its maker with the count of its stocks: a figure, then a word of an index or a
        market's verb ("the Standard & Poor's 500 index rose", "Velkor's 200 Average",
        "Ostra & Vell's 400 fell"). A brand's possessive is one word, or two joined by "&";
        "Velkor's 500 workers" are the firm's. The run may open with "The"."""
        i += tokens[i].key == "the" and i < j
        if j != i and not (j == i + 2 and tokens[i + 1].text == "&"):
            return False
        k = tokens[j + 2].key if j + 2 < len(tokens) else ""
        return k in self.lex.index_words or k in self.lex.market_verbs

    def _possessive_company(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the possessive at `j` opens a company's name that a legal form or an
        industry's word ends ("McDonald's Corp said", "an economist at Moody's Analytics
        in Kelby", "Kellby's Holdings Ltd"), or a plural noun and a body's head end
        (see `_clients_served`); the owner may be two names joined by "&" ("Standard &
        Vell's Ratings Services"): brands named in the possessive keep it in
        their full name. Not a place's, a people's or a person's ("Norway's Capital
        Group", "Ana Vell's Kelby Group"), nor a part that a company owns ("Velmar's
        Energy unit")."""
        lex = self.lex
        if j != i and not (j == i + 2 and tokens[i + 1].text == "&"):
            return False  # a brand's possessive is one word; "Ana Vell's" is a person's
        end = j + 1
        while end + 1 < len(tokens) and tokens[end + 1].lead:
            end += 1
        if end - j > 2 or end >= len(tokens):
            return False
        last = tokens[end]
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        if not (
            all(t.cap for t in tokens[j + 1 : end + 1])
            and (
                last.key in lex.org_suffixes
                or last.key in lex.industry_words
                or (end == j + 2 and self._clients_served(tokens[j + 1], last))
            )
            and not (after is not None and (after.joiner or after.key in lex.body_nouns))
            and not (after is not None and after.key in lex.company_nouns)
        ):
            return False
        owner = " ".join(t.key for t in tokens[i : j + 1]).removesuffix("'s")  # (asked last)
        return not lex.is_place(owner) and owner not in lex.demonyms

    def _clients_served(self, clients: Token, head: Token) -> bool:
        """A plural English noun before a body's head, what a firm serves and how ("Moody's
        Investors Service", "Velkor's Ratings Services", "Ostra & Vell's Travellers Club"):
        after a brand's possessive, the firm's full name ("Kelby's Health Ministry": no
        plural; "Kelby's Police Service": no plural noun in -s)."""
        k = clients.key
        return (
            head.key in self.lex.org_heads
            and k.endswith("s")
            and is_english_word(k[:-1])
            and not self.lex.is_place(k)
        )

    def _office_of_a_title(self, owner: Token, head: Token) -> bool:
        """Whether a title's possessive goes on with the body's head after it, the office
        that holder runs: "the Prosecutor General's Office", "the Attorney General's
        Office", "the Auditor-General's Department" name one body, not a person and a
        head alone."""
        lex = self.lex
        return lex.is_title_word(owner.key) and head.cap and head.key in lex.body_heads

    def _owned_site(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the possessive at `j` (of the run from `i`) names the founder, owner or
        saint of the head just after it, which ends the run: "King's College", "St
        George's Cathedral" (though "George" is a town), "Guy's Hospital". Not a place's or
        a people's possessive ("Norway's University ...")."""
        lex = self.lex
        head = tokens[j + 1]
        owner = " ".join(t.key for t in tokens[i : j + 1])
        return (
            head.cap
            and head.key in lex.possessive_heads
            and not (j + 2 < len(tokens) and (tokens[j + 2].lead or tokens[j + 2].joiner))
            and not lex.is_place(owner)
            and owner not in lex.demonyms
        )

    def _trusted(self, token: Token) -> bool:
        """A capitalised word at a sentence opening (or in a headline) that is a name: listed,
        capitalised elsewhere in the article, opening two sentences and no English word, or
        a town ("Tralee hosted ..."). Not a place
        that is also a common word the article writes in lower case and never capitalises
        inside a sentence ("Mobile traders lose appeal" above "mobile phone traders")."""
        k = token.key
        if token.known and self._common_place(token):
            return False
        if token.known or _inner_capital(token):
            return True
        if k in self.evidence.lowercase or token.function:
            return False
        opener = k in self.evidence.openers and not _common_word(token)  # not "Shares"
        if k in self.evidence.confirmed and _common_word(token):
            # "Pilots at Kelby Air voted" above "the Kelby Pilots' Association": a common
            # word capitalised only inside another name is capitalised there by that name
            return k in self.evidence.opening_names
        return k in self.evidence.confirmed or opener or is_town(k)

    @staticmethod
    def _skip_leading(tokens: list[Token], first: int, last: int) -> int:
        """`first` moved past the function words and joiners that open tokens[first..last],
        but for a given name spelled like one ("to Will Okafor", see `_given_function`) and
        an "All" or a "First" that opens a name ("the All Blacks", see `_all_of_a_name`)."""
        while (
            first <= last
            and tokens[first].leading
            and not _given_function(tokens, first, last)
            and not _all_of_a_name(tokens, first, last)
        ):
            first += 1
        return first

    def _clean(self, tokens: list[Token], first: int, last: int):
        """Drop leading function words and unconfirmed capitals; split at "and"/"of"."""
        first = self._skip_leading(tokens, first, last)
        credit = tokens[first].key in self.lex.credit_words
        if first + 2 <= last and credit and tokens[first + 1].key == "by":
            first += 2  # "Reporting By Ana Vell": a credit in title case, then the name
        while last >= first and (tokens[last].joiner or tokens[last].text == "&"):
            last -= 1
        while last >= first and _plural_initials(tokens[last].text):
            last -= 1  # "the central SOEs", "loans to SMEs": a common noun's plural, no name
        if last < first:
            return
        if last > first and self._credit_kind(tokens, last):
            last -= 1  # "(AP Photo/Ana Vell)": the agency, then what it took
        descriptors = self.lex.descriptors
        while (
            first < last
            and tokens[first].initial
            and tokens[first].key in descriptors
            and not tokens[first + 1].head  # "Leaders Summit", "Visitors Centre": one name
            and (first + 1 < last or tokens[first].key not in self.lex.standings)
        ):
            # "Rival Boeing said", "Leaders Kelby Town drew": the opening adjective, or the
            # side's standing before a club's name of its own, is no part of the name; not
            # before a single word ("Strugglers Inn", "Favourites Cafe")
            first += 1
        while first < last and self._describes(tokens[first]):
            if self._place_described(tokens, first, first):
                yield first, first  # "Lagos" of "the Lagos-based Cowry Bank"
            first += 1  # "the Lagos-based Cowry Bank": it describes the name
        if first < last and _day_before_a_name(tokens, first):
            first += 1  # "On Monday Velkor Airways cancelled": the day, not the name
        if first < last and meridiem_after_clock(tokens, first):
            first += 1  # "at 10 PM Velkor time": the clock's half of the day, no title
        if first < last and _count_of_a_people(tokens, first, last, self.lex):
            first += 1  # "Two North Koreans defected": the count, then the people
        if first < last and _late_opening(tokens, first):
            first += 1  # "Late Amarin's friend": the dead person, named after "late"
        if first < last and self._rank_of_the_title_after(tokens, first, last):
            first += 1  # "Top EU officials met": the rank is the officials', no name's
        if first < last - 1 and self._kind_by_letters(tokens[first], tokens[first + 1]):
            first += 1  # "the NGO Clean Water Now": the kind named by its letters, no name
        if placed := self._placed_adjective(tokens, first, last):
            yield first, first + placed - 1  # "New York" of "New York-based Velmar Capital"
            first += placed
        if (
            first < last
            and self._opening_word(tokens, first, last)
            and not self._opens_a_place(tokens, first, last)
        ):
            first += 1
        if first < last - 1 and self._trade_as_courtesy(tokens, first, last):
            first += 1  # "trained under Chef Marcel Dupuis": the trade, not the name
        if first > last or self._inside_label(tokens, first):
            return
        camel = None
        if any(map(_CAMEL_CASED, tokens[first : last + 1])):  # few runs hold one
            camel = max(i for i in range(first, last + 1) if tokens[i].camel)
        if camel is not None:  # "iPhones": a product, no actor
            after = tokens[camel + 1] if camel < last - 1 else None
            if after is None or not after.joiner or _maker_named_before(tokens, camel):
                return  # "Velkor unveils vPod and Velkor TV": products of one maker
            if camel == first and self._camel_company(tokens, camel):
                yield camel, camel  # "eBay" of "Shares of eBay and Velkor Bank": a company
            first = camel + 2  # "Velkor Bank" of "Shares of eBay and Velkor Bank"
        if (
            tokens[first].initial
            and last > first
            and tokens[first + 1].initial
            and not self._credit_alone(tokens, first, last)
        ):
            yield from self._trusted_pieces(tokens, first, last)  # a title-case line
            return
        for a, b in self._split_and(tokens, first, last):
            if a == b and _plural_initials(tokens[a].text):
                continue  # "loans to SMEs and Velkor Bank": a common noun's plural
            if a == b and _credit_rating(tokens, a, self.lex.rating_words):
                continue  # "its rating of A3 and Tarsk Bank's": the grade, then the name
            a += self._descriptors_before_person(tokens, a, b)
            if (
                a < b
                or not tokens[a].initial
                or self._trusted(tokens[a])
                or self._named_by_context(tokens, a)
            ):
                yield a, b

    def _title_of_a_place(self, tokens: list[Token], i: int) -> bool:
        """A title of nobility or office alone before "of" and the place it is of ("the 3rd
        Earl of Kelby", "the Duke of Ostrava"): a role, no name, though some such words are
        given names too ("Earl", "Duke")."""
        return tokens[i].key in self.lex.territorial_titles and tokens[i + 1].key == "of"

    def _place_adjective(self, words: list[Token]) -> bool:
        """Words that end in a compound adjective of a place of more words than one: "the
        Hong Kong-listed bank", "a New York-based fund" describe a noun, as "London-based"
        does (see `_adjective`); no name. Not a hyphenated given name ("Kim Dae-sung")."""
        return _compound_adjective(words[-1]) and self._place_described(words, 0, len(words) - 1)

    def _placed_adjective(self, tokens: list[Token], first: int, last: int) -> int:
        """How many words a compound adjective of a place of more words than one takes at
        the start of tokens[first..last] before a name ("New York-based Velmar Capital",
        "the Hong Kong-listed Golden Wing": they describe it, as "Lagos-based" does); 0
        if none."""
        for k in range(first + 1, min(first + _PLACE_WORDS, last)):
            token = tokens[k]
            if _compound_adjective(token):
                return k + 1 - first if self._place_described(tokens, first, k) else 0
        return 0

    def _place_after_title(self, tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
        """Where a place glued to a participle lies that ends at or after `a`, where a split
        after a title put a name's start ("CEO of Oslo-listed Velkor", "CEO of New
        York-listed Tarsk", the title taking "New"), of one word or more, with "of" or a
        title's word before it; None if none."""
        for k in range(a, min(a + _PLACE_WORDS, b)):
            if _compound_adjective(tokens[k]):
                for s in range(max(1, k - _PLACE_WORDS + 1), min(a, k) + 1):
                    if tokens[s - 1].key == "of" and self._place_described(tokens, s, k):
                        return s, k
                return None
        return None

    def _place_described(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether tokens[first..last] end in a participle glued to a place the gazetteer
        knows ("Lagos-based", "New York-based", "Hong Kong-listed"): the adjective describes
        a noun, and the place it names is an actor of the story."""
        head = tokens[last].key.rpartition("-")[0]
        place = " ".join([t.key for t in tokens[first:last]] + [head])
        return self.lex.is_place(place)

    def _describes(self, token: Token) -> bool:
        """A compound adjective opening a run ("Lagos-based", "Oscar-winning", "Velkor-owned",
        "Velkor-born"), not a hyphenated given name ("Dae-sung Kim"), unless a place opens
        it."""
        if not _compound_adjective(token):
            return False
        head, _, tail = token.key.rpartition("-")
        # "Velkor-based": no syllable of a given name ends so ("Dae-sung"); a company's
        # ("Intel-based") describes what is built on it, a thing, no actor
        participle = len(tail) > 4 and tail.endswith("ed") and not is_listed_company(head)
        return (
            tail in _ORIGINS
            or participle
            or not hyphenated_given(token.text)
            or self.lex.is_place(token.key.split("-")[0])
        )

    def _common_alone(self, tokens: list[Token], i: int) -> bool:
        """A head alone ("the Museum") is no name; nor is a common word alone ("Fellow",
        "Walked"), unless a title stands before it ("Mr Quill"), the article names someone
        with it last ("Anna Quill") or its neighbours show it to be a name ("Kestrel and
        Vantor ...", "Kestrel said")."""
        token = tokens[i]
        if self._bare_site(token):
            # "Emirates said", "to Emirates and Etihad", "Delta said", "shares of Delta": a
            # place's head, or its plural, that the words around it show to be a name (an
            # airline's, a firm's); not one a determiner refers back with ("the Delta")
            return not (
                self._head_as_name(tokens, i)
                and (self._named_by_context(tokens, i) or self._plural_head_named(tokens, i))
            )
        if not _common_word(token) or token.key in self.evidence.closers:
            return False
        return not ((i and tokens[i - 1].titled) or self._named_by_context(tokens, i))

    def _plural_head_named(self, tokens: list[Token], i: int) -> bool:
        """Whether a place head's plural is capitalised inside a sentence with no article
        before it ("an order from Emirates", "flights to Velkor and Emirates"): a carrier's
        or a firm's name; a place so named takes "the" ("the Lakes", "the Emirates"), and
        after a capitalised word it may be a headline's in title case ("Floods Hit Lakes").
        Two joined by "and" are one region's name ("snow fell on Highlands and Islands")."""
        token = tokens[i]
        return (
            token.mid_capital
            and not token.in_title
            and self._plural_place_head(token.key)
            and tokens[i - 1].lower
            and tokens[i - 1].key not in DETERMINERS
            and not self._paired_plural_head(tokens, i)
        )

    def _paired_plural_head(self, tokens: list[Token], i: int) -> bool:
        """Whether "and" and another capitalised plural of a place's head or of a common
        word stand right before or after the one at `i` ("Highlands and Islands", "Lakes
        and Dales"); not a carrier's name ("Qantas and Emirates")."""
        for other, joiner in ((i - 2, i - 1), (i + 2, i + 1)):
            if 0 <= other < len(tokens) and tokens[joiner].key == "and" and tokens[other].cap:
                k = tokens[other].key
                one = singular(k)
                if one != k and (one in self.lex.place_heads or one in common_words()):
                    return True
        return False

    def _bare_site(self, token: Token) -> bool:
        """A facility or place head alone ("Street", "Hotel", "Lakes"), or an abbreviation
        alone ("Jr.", "Blvd."): the rest of a name said before, no name by itself."""
        k = token.key
        lex = self.lex
        return (
            k in lex.facility_heads
            or k in lex.place_heads
            or self._plural_place_head(k)
            or (token.text.endswith(".") and k in _abbreviations())
        )

    def _head_as_name(self, tokens: list[Token], i: int) -> bool:
        """Whether a place's head alone may be a name: its plural ("Emirates"), or the word
        itself with no determiner before it ("Delta", "Cape"), as carriers and firms
        are named; "the Delta" and "the Valley" refer back to a place."""
        k = tokens[i].key
        if self._plural_place_head(k):
            return True
        return k in self.lex.place_heads and not (i and tokens[i - 1].key in DETERMINERS)

    def _plural_place_head(self, k: str) -> bool:
        """ "Lakes", "Emirates": the plural of a head of places' names."""
        if not k.endswith(PLURAL_ENDINGS):
            return False  # no plural's ending: no plural
        one = singular(k)
        return one != k and one in self.lex.place_heads

    def _adjective(self, tokens: list[Token], i: int) -> bool:
        """A capitalised word that is an adjective, not a name: a hashtag ("#Vote"), a
        hyphenated compound ending in a common word ("French-born", "Oscar-winning") or of
        nationalities ("Iraqi-British", "Anglo-Dutch"), a word of religion or ideology ("Buddhist",
        "Calvinism"; not a surname before a verb of saying: "Lindqvist said") or such an
        adjective before a noun ("Stoic calm")."""
        token = tokens[i]
        if i and tokens[i - 1].text == "#" and token.attached:
            return True
        k = token.key
        if token.known or k in self.evidence.closers or k in given_names():
            return False
        if "-" in k:
            return _compound_adjective(token) or self._nationalities(k.split("-"))
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if k.endswith(_IDEOLOGY) and not k.endswith(self.lex.surname_endings):
            # a faith's or a creed's word; not a surname in "-ist" as a verb's subject, nor
            # a Swedish one in "-qvist" anywhere ("Sundqvist shareholders")
            return k.endswith("s") or nxt is None or nxt.key not in self.lex.subject_verbs
        if nxt is None or not (nxt.lower and nxt.word) or self._verb_of_a_body(nxt.key):
            return False  # "Panasonic lost 5 percent", "Ostravic said": a subject, no adjective
        if (nxt.key in _AFTER_A_NOUN and k.endswith("ic")) or nxt.key in self.lex.company_nouns:
            # "the takeover of Airnordic by X", "Airnordic chief executive Y"; an adjective of
            # origin may stand before "by" ("she is Venetian by birth")
            return False
        return k.endswith(_ADJECTIVE) or self._of_a_region(k) or self._kind_before_noun(tokens, i)

    def _of_a_region(self, k: str) -> bool:
        """Whether the word is an adjective in "-an" of a region the lists hold (regions.txt):
        "Himalayan" of the Himalayas, "Saharan" of the Sahara, "Andean" of the Andes; read
        before a noun in lower case ("the Himalayan foothills")."""
        if not k.endswith("an"):
            return False
        regions = self.lex.regions
        return k[:-1] in regions or k[:-1] + "s" in regions or k[:-2] + "s" in regions

    def _nationalities(self, parts: list[str]) -> bool:
        """Demonyms joined, or a nationality's combining form before one: "Iraqi-British",
        "Anglo-Dutch", "Sino-Korean"."""
        lex = self.lex
        return parts[-1] in lex.demonyms and all(
            p in lex.demonyms or p in lex.nationality_prefixes for p in parts[:-1]
        )

    def _possessive_own(self, tokens: list[Token], first: int, last: int, whole: str) -> bool:
        """Whether the 's that ends a name at tokens[first..last] is the name's own, shown
        with it: a body's verb follows, a modal and a verb, or a verb in the past before a
        determiner, which no possessive stands before ("Moody's said", "Dravin's will
        close", "Gallant's cut the rating"). Not a place's ("Tokyo's mayor said"), nor a
        person's, whose name never owns its 's (a given name first, or a surname the
        article writes after one: "Vell's will to the family"), nor before a participle
        that describes what it owns ("Velkor's planned 16-day mission", "Kelbon's
        redesigned Zephyr")."""
        if last + 1 >= len(tokens) or self.lex.is_place(whole):
            return False
        head = tokens[first].key
        if is_given_name(head) or head in self.evidence.closers:
            return False
        return self._verb_after_possessive(tokens, last + 1, strict=True)

    def _verb_after_possessive(self, tokens: list[Token], at: int, strict: bool = False) -> bool:
        """A verb at `at` after a name's 's, which no possessive stands before: the 's is the
        name's own ("Moody's said", "Dravin's will close", "Moody's cut the rating",
        "McDonald's"). A verb of a body; a modal before a verb (not the noun: "Vell's will
        to the family"); a past form before its object, a determiner or a name ("cut",
        "held": not "Winner's cut rose"), or one in -ed anywhere. When `strict` (the 's
        kept shown with the name, see _possessive_own), a past form only before a
        determiner: before a name or alone it describes what is owned ("Velkor's planned
        mission", "Kelbon's redesigned Zephyr")."""
        nxt = tokens[at]
        k = nxt.key
        if not nxt.lower:
            return False
        if self._verb_of_a_body(k):
            return True
        then = tokens[at + 1] if at + 1 < len(tokens) else None  # (in _names' context)
        if k in _MODALS:
            return (
                then is not None
                and then.lower
                and then.word
                and then.key not in self.lex.function_words
            )
        past = k.endswith("ed")
        if past and not strict:
            return True
        if then is None or not (past or k in self.lex.irregular_past):
            return False
        return then.key in DETERMINERS or (not strict and then.cap)

    def _verb_of_a_body(self, k: str) -> bool:
        """A verb a company or another body does: of saying, of a market, of trade."""
        lex = self.lex
        return k in lex.subject_verbs or k in lex.market_verbs or k in lex.company_verbs

    def _kind_before_noun(self, tokens: list[Token], i: int) -> bool:
        """The name of a kind ("Nazi", "Jesuit", "Republican": English gives it a plural)
        between a determiner or a possessive and a lower-case noun describes the noun: "the
        Nazi occupation", "his Republican friends"; not before a title, where it names an
        employer ("a Vesk spokesman"), nor a place, nor a body's head ("the Senate voted":
        what follows may be its verb)."""
        k = tokens[i].key
        if not i or k not in single_words("kind_words.txt"):
            return False
        before, nxt = tokens[i - 1], tokens[i + 1]
        lex = self.lex
        return (
            (before.key in DETERMINERS or before.possessive or before.text == "'")
            and nxt.key not in lex.function_words
            and not lex.is_title_word(nxt.key)
            and not lex.is_place(k)
            and k not in lex.org_heads  # "the Senate passed": a body, and a verb after it
        )

    def _given_name_as_adjective(self, tokens: list[Token], i: int) -> bool:
        """A given name inside a noun phrase, between a word that opens no clause and a
        lower-case noun, describes the noun: "a wealthy Christian family", "since Roman
        times", "the Stuart restoration". Not a place ("the Georgia legislature") nor a
        subject ("when Maria left", "the impact Tomas had") nor an object ("visited Maria
        often"), nor a place's name before its kind ("in Isabela province"; a word of faith
        stays an adjective: "a Christian village"); a word ending in "s" after it may be a verb ("the house Maria owns"), so
        then only a determiner or a preposition may stand before ("many Christian
        schools")."""
        token = tokens[i]
        lex = self.lex
        if not i or i + 1 >= len(tokens) or not is_given_name(token.key) or bare(token).isupper():
            return False
        if lex.is_place(token.key):
            return False  # "the Georgia legislature", "the UK court": the place's
        before, after = tokens[i - 1], tokens[i + 1]
        if not (before.lower or before.function) or not before.word:
            return False
        if before.key in _clause_openers() or not (after.lower and after.word):
            return False
        k = after.key
        if k in lex.place_nouns and not _party_word(token):
            return False  # "in Isabela province": a place's name before its kind
        return not (
            k in lex.function_words
            or k.endswith("ed")
            or adverb(k)
            or k in _verbs()
            or (k.endswith("s") and not before.function)
        )

    def _adjective_phrase(self, tokens: list[Token], last: int, whole: str) -> bool:
        """Capitalised words ending in a demonym or an adjective of faith, ideology or origin
        before a lower-case noun: "West Vendish farmers", "Libertarian Socialist ideas",
        "Latin Pelagian monks" describe the noun, they name nothing (a place such as "South
        Ostravian" stays, and so does a name before a verb of saying: "Mats Lindqvist
        told")."""
        end = tokens[last]
        if last + 1 >= len(tokens) or end.possessive:
            return False
        nxt = tokens[last + 1]
        if not (nxt.lower and nxt.word) or nxt.key in self.lex.function_words:
            return False
        if (
            nxt.key in self.lex.subject_verbs
            or nxt.key in self.lex.match_words
            or _finite_verb(nxt)
        ):
            return False  # "the Kelby Indians lost", "Royal Meridian fell": a verb, no noun
        k = end.key
        demonym = k in self.lex.demonyms
        return (
            (demonym or (k.endswith(("ist", "ian", "ean")) and not self._surname_after(whole, k)))
            and not self.lex.is_place(whole)
            and k not in given_names()
        )

    def _surname_after(self, whole: str, k: str) -> bool:
        """Whether a given name opens the words and their last, `k`, is no English word:
        "Halvard Lindquist stepped down", "Ana Castellian said" name a person; "Christian
        Socialist ideas" (a faith, and an English word) describe one."""
        first = whole.partition(" ")[0]
        lex = self.lex
        return (
            first != k
            and (is_given_name(first))
            and first not in lex.demonyms
            and k not in common_words()
        )

    def _direction(self, tokens: list[Token], i: int) -> bool:
        """A compass point alone before a preposition of direction, not after "the": "North
        of the river, ...", "moved East toward Vesk" give a direction, no place ("the South
        of Ostland" is a region)."""
        if tokens[i].key not in self.lex.compass_points or i + 1 >= len(tokens):
            return False
        return tokens[i + 1].key in _DIRECTED and not (i and tokens[i - 1].key == "the")

    def _region_adjective(self, tokens: list[Token], i: int) -> bool:
        """An adjective of a region alone ("Central", "Northern") before an English word in
        lower case or a capitalised word left out of the name: "Central bankers met",
        "Western diplomats said", "Floods in Northern Velkor" (a headline) use it of another
        word, though a few subdivisions bear it as a name ("protests in Central")."""
        if tokens[i].key not in self.lex.region_adjectives or i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        noun = _english_noun(nxt.key) or is_english_word(singular(nxt.key))
        return nxt.cap or (nxt.lower and noun and not nxt.function)

    def _indefinite_phrase(self, tokens: list[Token], first: int, words: list[Token]) -> bool:
        """Common words in title case heading a noun phrase that opens with "a" or "an" (maybe
        with lower-case adjectives): "a Flat Tax that ...", "a unique Night Shift Scheme
        called ..." are a thing of a kind, capitalised for weight, no name. Not before a
        noun, which the article is of ("a Border Watch agent": the agency), nor with a head
        word ("a Labour Party member": the party)."""
        for t in tokens[max(0, first - 4) : first]:
            if t.key in _INDEFINITE:
                break
        else:
            return False  # no "a" or "an" in reach (see the end): the words are not asked
        lex = self.lex
        if not all(map(_common_word, words)) or any(
            t.head or t.key in lex.org_suffixes or t.key in lex.industry_words for t in words
        ):
            return False
        after = first + len(words)
        if after < len(tokens):
            nxt = tokens[after]
            if nxt.lower and nxt.key not in lex.function_words and not nxt.key.endswith("ed"):
                return False  # a noun after it, maybe: "a Border Watch agent"
        i = first - 1
        while i > 0 and first - i <= 3 and tokens[i].key not in _INDEFINITE:
            if not (tokens[i].lower and _common_word(tokens[i])):
                return False
            i -= 1  # "a unique", "an odd new"
        return i >= 0 and tokens[i].key in _INDEFINITE

    def _descriptors_before_person(self, tokens: list[Token], i: int, last: int) -> int:
        """How many words before a person's name describe the person: "Nigerian Ngozi
        Okafor", "Swedish Anna Lind", "Ethiopian Tadu Gemechu" (a demonym glued before a
        given name and a surname, or before two or three words no list knows: a name of any
        language), a member of a party in election copy ("Democrat Ines Rautio"), or both
        stacked ("Kenyan Democrat Wanjiru Kamau", "Ostlandic Tory Piet Vandermeer"), and
        after them a trade in title case ("British Comedian Tom Rask"); none is part of the
        name. "Swiss Federal Railways", "British Airways" and "Irish Republican
        Army" keep theirs (0)."""
        k = i
        while k < last and (tokens[k].demonym or self._member_of_a_kind(tokens[k])):
            k += 1
        if k > i and k < last - 1 and self._trade_in_title_case(tokens[k]):
            k += 1  # "Australian Olympian Steph Rice", "British Comedian Tom Rask"
        if k == i or last - k < 1:
            return 0
        if is_given_name(tokens[k].key):
            return k - i
        unlisted = last - k <= 2 and all(map(self._unlisted, tokens[k : last + 1]))
        return k - i if unlisted else 0

    def _office_adjective(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether a title's word and an adjective of an office in title case stand before
        a noun in lower case ("the Vice Presidential debate", "the Deputy Ministerial
        team", "former Vice Presidential chief of staff X"): what the noun is of, no name,
        as "the Presidential palace" is none."""
        opener, adjective = tokens[first], tokens[last]
        nxt = tokens[last + 1] if last + 1 < len(tokens) else None
        return (
            (opener.titled or opener.key in self.lex.title_modifiers)
            and adjective.key.endswith(_OFFICE_ADJECTIVE)
            and _common_word(adjective)
            and not (adjective.known or adjective.head or adjective.titled)
            and nxt is not None
            and nxt.lower
            and nxt.word
            and not self._of_a_company(nxt.key)
        )

    def _of_a_company(self, k: str) -> bool:
        """A company's verb, stake or results after a name ("General Industrial shares
        rose", "X said", "X profit fell"): a company's name, though opened by a title's
        word and an office's adjective."""
        lex = self.lex
        return self._verb_of_a_body(k) or k in lex.stake_nouns or k in lex.results_nouns

    def _described_alone(self, people: Token, trade: Token) -> bool:
        """Whether a demonym and a trade in the singular, capitalised, make the whole name
        ("a 19-year-old Velmoran Soldier", "the Kenyan Athlete won"): one person told by
        the people and the trade, as "the Kenyan athlete" is; no name."""
        return (
            people.demonym
            and self._trade_in_title_case(trade)
            and singular(trade.key) == trade.key  # "Actress" too; not "Nurses"
        )

    def _trade_in_title_case(self, token: Token) -> bool:
        """A person's trade or standing capitalised, as headlines and copy in title case
        write it ("Olympian", "Comedian", "Novelist": person_nouns of name_words.json)."""
        return token.cap and token.key in self.lex.person_nouns

    def _member_of_a_kind(self, token: Token) -> bool:
        """A capitalised member of a party ("Democrat", "Tory": party_members of
        name_words.json), which says what someone is."""
        return token.cap and token.key in self.lex.party_members

    def _unlisted(self, token: Token) -> bool:
        """A capitalised word in title case that no list holds: not a gazetteer's, a
        body's or a site's word, an English word, a demonym or a title."""
        k = token.key
        return (
            token.text.istitle()
            and not (token.known or token.head or token.demonym or token.titled)
            and not (token.in_title or token.joiner)
            and k not in common_words()
            and k not in names_too()
            and k not in self.lex.kind_heads
        )

    def _place_run(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether tokens[first..last] name a place the gazetteer knows ("New Jersey")."""
        return self.lex.is_place(" ".join([t.key for t in tokens[first : last + 1]]))

    def _opens_a_place(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether tokens[first..last], or its first words, name a place the gazetteer
        knows: "New Jersey", and "New Zealand" of "New Zealand Greens party has elected"
        (the opening "New" is the place's, not a common word capitalised by its place)."""
        end = min(last, first + _PLACE_WORDS - 1)
        return self._place_run(tokens, first, last) or any(
            self._place_run(tokens, first, k) for k in range(first + 1, end + 1)
        )

    def _opening_word(self, tokens: list[Token], i: int, last: int) -> bool:
        """A common English word that opens a sentence before a name ("Visiting Russia",
        "Biologist Nick Bos", "Currently Lin"): capitalised by its place, no part of the
        name, unless the article capitalises it elsewhere too. What follows must be a name
        by itself (a gazetteer or given name, or a word no English dictionary writes in
        lower case capitalised in the article: every word of "Human Rights Watch" after
        the first is), so "General Motors", "Human Rights Watch" and "Roaring Forties"
        stay whole; so does a place's first word
        ("Fort Kelby is ...", though the article speaks of "the fort"), a club's or an
        airline's ("Sporting Lisbon", "Air Canada": see organization_prefixes), a sport's
        before a known place (see _sport_body) and a given name
        before a word no list knows ("Mats Lindqvist told ...": a surname). A noun of kin
        is cut before a given name though some are a company's last word ("Brothers
        Tomas and Marco Reyes founded it", "Sisters Ana and Ruth Vell won"). A noun that is
        a surname too ("Potter", "Singer") is cut only before a person's full name
        ("Potter Wekesa Barasa"), not before one word ("Baker Hughes")."""
        token, nxt = tokens[i], tokens[i + 1]
        return (
            token.initial
            and (
                _common_word(token)
                or self._noun_before_person(tokens, i, last)
                or token.key in self.lex.kin_nouns  # "Brothers Tomas and Marco Reyes"
            )
            and token.key not in self.lex.place_prefixes
            and token.key not in self.lex.org_prefixes  # "Sporting Lisbon", "Air Canada"
            and not self._sport_body(token, nxt)
            and not (token.key in given_names() and not nxt.known)
            and not self._trusted(token)
            and (
                nxt.known
                or nxt.key in given_names()
                or (nxt.key in self.evidence.confirmed and not _common_word(nxt))
                or self._trade_before_name(tokens, i, last)
                or self._surname_first(tokens, i, last)
            )
            and (not nxt.head or self._surname_first(tokens, i, last))
            and nxt.key not in self.lex.org_suffixes
            and nxt.key not in self.lex.body_connectors  # "Action Contre la Faim"
            and token.key not in self.lex.storm_words  # "Hurricane Velma hit ..."
            and not self._opens_a_company(tokens, i, last)
            and not self._opens_a_subject(tokens, i, last)
            and not self._credit_opens(tokens, i)
        )

    @staticmethod
    def _surname_first(tokens: list[Token], i: int, last: int) -> bool:
        """Two words after `i`, a surname then a given name of two syllables joined by a
        hyphen ("Park Ji-won", "Chau Wing-yee"): a person's name, though the surname is
        an English word or a place's head ("park")."""
        return last == i + 2 and hyphenated_given(tokens[last].text)

    def _trade_as_courtesy(self, tokens: list[Token], i: int, last: int) -> bool:
        """A common noun of a trade capitalised inside a sentence before a person's full
        name, as features write a courtesy title ("trained under Chef Marcel Dupuis",
        "plans by Architect Ana Vell"): it says what the person does, no part of the name.
        The word is English in lower case only and the two or three words after it open
        with a given name, the rest no English word nor a body's ("Harvest Moon Foods")."""
        token, rest = tokens[i], tokens[i + 1 : last + 1]
        lex = self.lex
        return (
            not token.initial
            and token.cap
            and not token.text.isupper()
            and not token.function  # "tycoon Do Thanh Hai": a family name, no trade
            and len(rest) <= 3
            and _common_word(token)
            and is_given_name(rest[0].key)
            and not any(
                _english_word(t) or t.key in lex.industry_words or t.key in lex.kind_heads
                for t in rest[1:]
            )
            and person_shaped([t.key for t in rest], [t.text for t in rest], lex)
        )

    def _rank_of_the_title_after(self, tokens: list[Token], i: int, last: int) -> bool:
        """A title's modifier opening a sentence ("Top", "Senior", "Deputy") before a name
        that a title in lower case follows ("Top EU officials met", "Senior Velkor
        ministers said", "Top Velkor negotiator Ana Vell"): capitalised by its place, the
        modifier ranks the title after the name, as "senior Velkor ministers" does inside a
        sentence. The name must be one by itself (a gazetteer's or given name, an
        acronym, a word the article capitalises elsewhere and no common word), so "General
        Motors executives" and "Royal Mail officials" stay whole, and no body's head or
        company's word may end it ("First Velkor Bank officials"); a demonym after it names
        no one ("Top Velkorian officials")."""
        token, nxt, end = tokens[i], tokens[i + 1], tokens[last]
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        lex = self.lex
        return (
            token.initial
            and token.key in lex.title_modifiers
            and after is not None
            and after.lower
            and after.key in lex.title_words
            and after.key not in lex.title_modifiers  # a title's head: not "Top Velkor state media"
            and not (end.head or end.key in lex.org_suffixes or end.key in lex.industry_words)
            and not nxt.demonym  # "Top Vietnamese officials": no name to free
            and (
                nxt.known
                or is_given_name(nxt.key)
                or (len(nxt.text) > 1 and nxt.text.isupper())
                or (nxt.key in self.evidence.confirmed and not _common_word(nxt))
            )
        )

    def _sport_body(self, token: Token, nxt: Token) -> bool:
        """A sport's name, no gerund, before a known place: the sport's body of that
        country ("Rugby Australia said", "Tennis Kenya fined"), where "Cycling Amsterdam
        is easy" opens with a verb's form; or a field of a state's agency ("Transport
        Canada said", "Statistics Norway reported")."""
        return self.lex.is_body_field(token.key) and nxt.known and not token.key.endswith("ing")

    def _credit_opens(self, tokens: list[Token], i: int) -> bool:
        """Whether a credit word and a colon or "by" stand before `i` ("Image: Kestrel
        Vantor", "Photo by Wren Dalby"): the words after are the photographer's or the
        agency's name whole, whatever the first of them means in English."""
        return (
            i >= 2
            and tokens[i - 1].key in (":", "by")
            and tokens[i - 2].key in self.lex.credit_words
        )

    def _kind_by_letters(self, token: Token, nxt: Token) -> bool:
        """An initialism of a kind of thing or body ("NGO", "SUV": non_names.txt) before a
        word of a name ("the NGO Clean Water Now"), not a title ("CEO") nor before another
        initialism or letter ("OS X"); two letters may open a name ("AM New York")."""
        return (
            len(token.text) > 2  # not "AM New York", "AI Singapore": a name's letters
            and token.text.isupper()
            and token.key in self.lex.non_names
            and not token.in_title
            and nxt.cap
            and not nxt.text.isupper()
        )

    def _lettered(self, words: list[Token]) -> bool:
        """Whether the words are an English noun and a capital letter, a thing's label in
        a series ("a Series B round", "Group B", "Plan B", "Class A shares", "vitamin D"):
        no name; a site's stays one ("Terminal A", "Zone C")."""
        if len(words) != 2 or len(words[1].text) != 1 or words[1].text in "I&":
            return False
        k = words[0].key
        lex = self.lex
        return (
            words[1].text.isupper()
            and is_english_word(k)
            and k not in lex.facility_heads
            and k not in lex.place_heads
            and k not in lex.org_heads
        )

    def _credit_kind(self, tokens: list[Token], last: int) -> bool:
        """Whether the run ends in a credit's word in the singular before a slash or a
        closing bracket, as a photograph's credit names its agency ("(AP Photo/Ana Vell)",
        "(Velkor Press Video)"): what the agency made, no part of its name; "Getty
        Images/Ana Vell" ends in a name's plural."""
        k = tokens[last].key
        return (
            last + 1 < len(tokens)
            and tokens[last + 1].text in ("/", ")")
            and k in self.lex.credit_words
            and not k.endswith("s")
        )

    def _credit_alone(self, tokens: list[Token], first: int, last: int) -> bool:
        """A credit's name on a line of its own, with no full stop ("Photo: Lena
        Dalby/Reuters"): a name whole, though every word of the line is capitalised as in
        a headline; not a caption in title case ("Image: Crowds Gather In Brask")."""
        return self._credit_opens(tokens, first) and not any(
            t.function for t in tokens[first : last + 1]
        )

    def _opens_a_company(self, tokens: list[Token], i: int, last: int) -> bool:
        """Whether the English word at `i` opens the name of a company of three words or
        more that ends in a company's suffix, an industry's word or a body's head ("Great
        Vardo Holdings", "Smart Kelby Ltd", "Golden Ostra Resources"): an adjective of
        the name, not of the sentence; an adverb, a participle, a title or a trade stays
        outside ("Currently Velmar Holdings", "Visiting Tarsk Bank", "Troubled Ostra
        Holdings", "Carmaker Ostby Motors"). The name ends before a connector: "Geologist
        Ana Vell of Kelby University" is a person of a university, no company; an "&"
        goes on with it ("Bed Bath & Beyond Inc."), and after the second word it makes
        a firm's name whatever its end ("Kettle Pan & More said")."""
        k = tokens[i].key
        lex = self.lex
        last = next(
            (j - 1 for j in range(i + 1, last) if tokens[j].joiner and tokens[j].text != "&"),
            last,
        )
        end = tokens[last].key
        ended = end in lex.org_suffixes or end in lex.industry_words or end in lex.org_heads
        return (
            last - i >= 2
            and (ended or any(t.text == "&" for t in tokens[i + 2 : last]))
            and not (k.endswith(("ly", "ing", "ed")) and len(k) > 3)  # "Bed", "Red": no -ed
            and not (lex.is_title_word(k) or _trade(k))
            and not self._trade_before_name(tokens, i, last)
        )

    def _trade_before_name(self, tokens: list[Token], i: int, last: int) -> bool:
        """Whether the word at `i` is a noun of a body's trade that names an agent ("Lender",
        "Promoter", "Broadcaster", "Insurer") before two capitalised words or more: wire
        copy opens a sentence with the trade, then the company's name, whatever words it
        is made of ("Promoter Live Nation said", "Insurer Direct Line Group said")."""
        k = tokens[i].key
        return last - i >= 2 and k in self.lex.body_nouns and k.endswith(("er", "or"))

    def _opens_a_subject(self, tokens: list[Token], i: int, last: int) -> bool:
        """Whether the English word at `i` opens a name of two words, or of three (see
        _third_word_of_a_name), that a verb follows ("Value Mart said", "Coastal Defence
        said it had moved", "Jaguar Land Rover said"): the subject of the
        sentence, its first word an adjective or a noun of the name. Not a noun of a
        person or a trade, a title, an adverb or a participle before a person's or a
        company's name ("Insurer Aviva said", "Coach Vell said", "Troubled Varnex said",
        "Currently Ostra said"): such words end as agents do ("-er", "-or", "-ist") or
        stand in the lists of titles, persons and kin; nor an adjective of a place
        ("Progressive Ostrava had trams", as "Visiting Russia, ..."). A side's standing
        before one word is the name's own ("Favourites Cafe reopened"). The verb may follow
        an apposition set off by commas ("Kiwi Tamatea, the union's president, said")."""
        k = tokens[i].key
        lex = self.lex
        return (
            (last == i + 1 or (last == i + 2 and self._third_word_of_a_name(tokens, i)))
            and _finite_verb(_after_apposition(tokens, last + 1))
            and not k.endswith(_NOT_OF_A_NAME)
            and not (lex.is_title_word(k) or k in lex.person_nouns or k in lex.kin_nouns)
            and not ((k in lex.descriptors and k not in lex.standings) or _trade(k))
            and not lex.is_place(tokens[last].key)  # "Progressive Ostrava had trams"
        )

    def _third_word_of_a_name(self, tokens: list[Token], i: int) -> bool:
        """Whether the English word at `i` opens a name of three words before a verb as
        it opens one of two, when the two words after it are English words no list
        knows as a name ("Jaguar Land Rover said": a maker named by English words); not
        a people's adjective, nor a word before a person's or a known place's name
        ("Local Ana Vell said", "Imperious Manchester City won")."""
        rest = tokens[i + 1 : i + 3]
        return (
            not tokens[i].demonym
            and all(map(_english_word, rest))
            and not any(is_given_name(t.key) or t.known for t in rest)
        )

    def _noun_before_person(self, tokens: list[Token], i: int, last: int) -> bool:
        """An English word that is a surname too ("Potter") before two or three words of a
        person's shape ("Wekesa Barasa"): a noun that describes the person."""
        rest = tokens[i + 1 : last + 1]
        return (
            len(tokens[i].key) > 3  # not an article or a letter ("La Libertad Avanza")
            and tokens[i].key in names_too()
            and 2 <= len(rest) <= 3
            and person_shaped([t.key for t in rest], [t.text for t in rest], self.lex)
        )

    def _named_by_context(self, tokens: list[Token], i: int) -> bool:
        """A lone capitalised word at an opening that its neighbours show to be a name:
        an acronym ("BYD, which ..."), the subject of a reporting verb ("Geely said"), of a
        verb of a life ("Obiora died", "Obiora was born"), a word no English dictionary
        holds before a verb in the past ("Vardonix interviewed"), one whose kin follow
        ("Obiora's wife"), a place by its mayor or a place noun in apposition ("Velkan's mayor",
        "Velkan, a town in ...") or the subject of a clause with "who"
        ("Obiora, who ..."), an English word apposed to a kind of body ("Forward, the union
        representing ..."), the first of a list of names ("Qantas and
        Emirates ...", "Audi, BMW and ..."), a news agency in a dateline ("BERLIN (Reuters) -")
        or alone in brackets after a story ("(Velnap)"),
        a word no English dictionary holds before a verb of a match and a score or a name
        ("Kelbyspor beat Harwick", "Kelbyspor drew 1-1": its irregular past has no "-ed"),
        a party that wins seats, though an English word or a title's ("Labour won 41 seats"),
        the town of a dateline in title case ("Kelby - The union said ...")."""
        lex = self.lex
        token = tokens[i]
        k = token.key
        if k in lex.function_words or k in lex.non_names or k in self.evidence.lowercase:
            return False
        if i + 2 < len(tokens) and tokens[i + 1].key in _ELECTED and _won_seats(tokens, i + 1):
            return True  # "Labour won 41 seats", "Reform gained 12 seats": a party
        if k in lex.group_nouns or lex.is_title_word(k):
            return False
        if _after_nickname(tokens, i):
            return True  # 'Julia "Kite" Hill': a surname
        if token.possessive and i + 1 < len(tokens) and self._verb_after_possessive(tokens, i + 1):
            return True  # "Moody's downgraded", "Orsby's said": no possessive before a verb
        text = bare(token)
        if len(text) >= 2 and text.isalpha() and text.isupper():
            # an acronym ("NASA's rover"); not "URGENT: ...", a word in capitals opening a
            # line for emphasis, nor one stressed inside a sentence ("it is EASY and ...")
            return not ((token.initial and _common_word(token)) or self._emphasis(tokens, i))
        if token.possessive and _unknown_word(token):
            return True  # "Boeing's Starliner capsule": no English word owns, a name does
        if i + 2 >= len(tokens):
            return _credit_in_brackets(tokens, i)
        if i == 0 and opens_dateline(tokens, 0):
            return True  # "Kelby - The union said ...": the town of a dateline
        nxt, then = tokens[i + 1], tokens[i + 2]
        if (
            nxt.lower
            and nxt.key in lex.company_kin
            and then.cap
            and not (_common_word(token) or is_given_name(then.key))
        ):
            # "Velkor rival Tarsko won", "Airbus parent EADS said": a company; not "Kelby
            # parent Ana Vell said", a person
            return True
        if (
            nxt.lower
            and k not in common_words()
            and k not in lex.kind_heads
            and _name_after_title(tokens, _past_a_unit(tokens, i + 1, lex), lex)
        ):
            return True  # "Vardo chief executive Ana Hall", "Vardo works council head Ana Hall"
        if nxt.key in lex.subject_verbs:  # "Sources said" opens a sentence, "Emirates said" not
            return token.mid_capital or not self._plural_noun(k)
        if held_in(tokens, i, lex.stake_nouns):
            return token.mid_capital  # "shares in Emirates": a company's
        if not _english_noun(k) and k not in lex.kind_heads and _subject_of(tokens, i + 1, k):
            return True  # "Vardonix cut its forecast", "Vardonix will cut 400 jobs"
        if nxt.key in lex.market_verbs and moved(tokens, i + 1):
            return not _english_noun(k)  # "Vardonix fell 5 percent", not "Exports fell"
        if moved_up_or_down(tokens, i + 1):
            # "and Vale was down 1.5 percent": a company's shares, though an English word,
            # capitalised inside the sentence; not "Exports were up 3 percent"
            return token.mid_capital or not _english_noun(k)
        if (
            nxt.key in lex.match_words
            and (then.cap or then.text[:1].isdigit())
            and not (_english_noun(k) or k in lex.kind_heads)
        ):
            return True  # "Kelbyspor beat Harwick", "Kelbyspor drew 1-1": a team
        if _company_owns(tokens, i, lex) and not _common_word(token) and k not in lex.kind_heads:
            return True  # "Vardonix shares rose", "Vardonix's chief executive", not "Bank shares"
        if nxt.lower and nxt.key in lex.group_nouns and not _english_word(token):
            return True  # "Vantorim fighters fired ...": a body's, not "Rebel fighters"
        if nxt.lower and (nxt.key in lex.press_nouns or nxt.key == "news"):
            return not _english_word(token)  # "Nordposten newspaper said", not "Local news"
        if nxt.lower and (nxt.key == "also" or adverb(nxt.key)) and then.lower:
            nxt = then  # "Vardonix also unveiled", "Vardonix quickly followed"
        if nxt.lower and nxt.key in _verbs() and _unknown_word(token):
            return True  # "Vardesz won", "Ostrigaz cut": no English word before a past form
        if nxt.lower and nxt.key.endswith("ed") and not _common_word(token):
            # "Vardonix interviewed": no English word, then a verb; not a prefix written
            # apart from its word ("Pre booked seats") nor an English word that is a
            # surname too ("Snow closed the roads", "Frost damaged the vines")
            return len(k) > 3 and nxt.key in common_words() and k not in names_too()
        if nxt.lower and _third_person(nxt.key) and _unstopped(tokens):
            # "Quillan wins ...", "Vardonix posts ...": a headline's subject, in the present;
            # no English word ("Election officials ...") nor a plural ("Thousands march")
            return len(k) > 3 and not _english_word(token) and not looks_plural(k)
        if nxt.key in lex.life_verbs or (nxt.key in ("was", ",") and then.key == "born"):
            # "Velkan died", "Velkan was born": a person; not a count of people ("Six died",
            # "Dozens resigned"): an English word that is no name too
            return not _common_word(token) or k in names_too()
        if nxt.key == "was" and then.key in lex.suffered_verbs:
            return True  # "Velkan was arrested": a person
        if token.possessive and nxt.key in lex.kin_nouns:
            return True  # "Velkan's wife"
        if token.possessive and nxt.lower and nxt.key in lex.territorial_titles:
            return True  # "Velkan's mayor": a place
        if nxt.text == "," and then.key in lex.citing_words and not _common_word(token):
            return True  # "Velnap, citing officials, reported ...": the source, a name
        if nxt.text == "," and self._body_apposed(tokens, i + 2):
            return True  # "Forward, the union representing ...": an English word, a body's name
        if (
            nxt.text == ","
            and (then.key in _APPOSED or then.possessive)
            and k not in common_words()
            and _apposition(tokens, i + 2)
        ):
            # "Velkan, a town in ...", "Velkan, the main opposition party, ...", "Velkan,
            # Ostby's rival, ...": what an apposition describes is a name
            return True
        if i and tokens[i - 1].text == "(" and nxt.text == ")":
            # "BERLIN (Reuters) -", "Kelby, Feb 1 (Velnap) Four soldiers ...", "Kelby, Apr 4
            # (Velnap).- The ..."
            glued = then.text == "." and i + 3 < len(tokens) and tokens[i + 3].text in DASHES
            return then.text in DASHES or glued or after_dateline(tokens, 0, len(tokens)) == i + 2
        if nxt.text == "," and then.key == "who":
            return True  # "Obiora, who chairs the panel, ...": a person
        if nxt.text == "," and aged(tokens, i + 2):
            return True  # "Obiora, 54, won": a person by her age
        if aged_in_brackets(tokens, i + 1, k, lex):
            return True  # "Obiora (54) and ...": the age as South Asian copy brackets it
        if nxt.text == "," and then.key == "which" and k not in common_words():
            return True  # "Velmar, which makes tyres, ...", not "Inflation, which rose"
        if nxt.key == "and" and then.key == "the" and i + 3 < len(tokens):
            if _english_noun(k):
                return False  # "Farmers and the Velkor Union marched"
            then = tokens[i + 3]  # "Reuters and the Associated Press reported"
        listed = then.cap and not then.initial and then.key not in lex.function_words
        if nxt.key == "and":  # "Food and Drink": two common words are a phrase, no list
            return listed and not (k in common_words() and _common_word(then))
        # "Audi, BMW and ...": a comma alone follows adverbs ("Separately, Ford ...")
        return (
            nxt.text == ","
            and listed
            and not k.endswith("ly")
            and self._listed_after(tokens, i + 2)
        )

    def _body_apposed(self, tokens: list[Token], at: int) -> bool:
        """Whether an apposition that names a kind of body opens at `at`, after a word and a
        comma: "the union representing ...", "the party founded by ...", "a small carrier
        based in ...", "a rival," (a body's noun or a rival's, maybe after one word in lower
        case, and the comma that closes it later). Not a body that speaks or acts
        ("Inflation, the central bank said, would slow"): a verb right after the noun makes
        the noun a subject."""
        if at + 2 >= len(tokens) or tokens[at].key not in _APPOSED:
            return False
        nouns = self.lex.body_nouns
        noun = at + 1 if tokens[at + 1].key in nouns or tokens[at + 1].key in _RIVAL else at + 2
        if noun == at + 2 and plural_apostrophe(tokens, noun) and noun + 1 < len(tokens):
            noun += 1  # "the carmakers' association": a plural's possessive before the noun
        if not (tokens[noun].lower and (tokens[noun].key in nouns or tokens[noun].key in _RIVAL)):
            return False
        if noun + 1 < len(tokens) and _finite_verb(tokens[noun + 1]):
            after = tokens[noun + 2] if noun + 2 < len(tokens) else None
            if not (
                tokens[noun + 1].key.endswith("ed") and after is not None and after.key == "by"
            ):
                return False  # "the party founded by" is a participle's
        for k in range(noun + 1, min(noun + _BODY_APPOSITION_WORDS, len(tokens) - 1)):
            if tokens[k].text == "," and not tokens[k + 1].attached:  # not "3,500"
                return tokens[k + 1].lower
        return False

    def _plural_noun(self, k: str) -> bool:
        """Whether the word is the plural of an English noun, a people or a kind ("Sources",
        "Hungarians", "Republicans"), which may open a sentence before "said" in lower case
        too; not a name that ends in "s" ("Velmaros", "Siemens", "Hamas"), nor one made of a given
        name ("Philips", "Roberts": a company's, a surname)."""
        if not k.endswith("s") or k.endswith("ss"):
            return False
        one = singular(k)
        kinds = single_words("kind_words.txt")
        demonyms = self.lex.demonyms
        return (
            is_english_word(k)
            or k in demonyms
            or one in demonyms
            or k in kinds
            or ((is_english_word(one) or one in kinds) and not is_given_name(one))
        )

    @staticmethod
    def _listed_after(tokens: list[Token], i: int) -> bool:
        """Whether a comma or "and" follows the capitalised words from tokens[i]."""
        while i < len(tokens) and tokens[i].cap:
            i += 1
        return i < len(tokens) and tokens[i].key in (",", "and")

    def _common_place(self, token: Token) -> bool:
        """A place's name that is a common word of the article: written in lower case in it,
        never capitalised where no word has to be ("Man", "Mobile", "Reading")."""
        k = token.key
        evidence = self.evidence
        return k in evidence.lowercase and k not in evidence.confirmed and self.lex.is_place(k)

    def _trusted_pieces(self, tokens: list[Token], first: int, last: int):
        """The names of a line in title case: runs of trusted words (see `_trusted`) and
        of places the gazetteer knows whole ("Tornado Hits Fort Worth Suburbs": "Fort
        Worth", though neither word is a name alone). A title's words go with a trusted
        word ("President Ana Vell Resigns"), but alone they name no one ("Ruling Party
        Loses Majority", "Bank Chief Charged": the headline's capitals, not a name's); nor
        does a word the story writes only in lower case ("Senate Passes Budget Bill")."""
        placed = self._places_within(tokens, first, last)
        start = None
        named = False  # a trusted or placed word in the run since start
        for i in range(first, last + 2):
            trusted = i <= last and (
                i in placed
                or (self._trusted(tokens[i]) and not self._lower_only(tokens[i]))
                or (named and _surname_after_given(tokens, i))
            )
            ok = trusted or (
                i <= last and ((start is not None and tokens[i].joiner) or tokens[i].in_title)
            )
            if ok and start is None:
                start, named = i, False
            named = named or trusted
            if not ok and start is not None:
                end = i - 1
                while end >= start and tokens[end].joiner:
                    end -= 1
                if end >= start and named:
                    yield from self._split_and(tokens, start, end)
                start = None

    def _lower_only(self, token: Token) -> bool:
        """Whether the article writes the word in lower case and never capitalises it where
        no word has to be: a headline's "Bill" of "Senate Passes Budget Bill" above "the
        bill", no given name (see `_common_place` for a place's name)."""
        k = token.key
        evidence = self.evidence
        return k in evidence.lowercase and k not in evidence.confirmed

    def _places_within(self, tokens: list[Token], first: int, last: int) -> set[int]:
        """The places of the words of tokens[first..last] that spell a place of two to
        four words the gazetteer knows ("Fort Worth", "Port Louis")."""
        placed: set[int] = set()
        for i in range(first, last):
            for n in range(min(_PLACE_WORDS, last - i + 1), 1, -1):
                if self._place_run(tokens, i, i + n - 1):
                    placed.update(range(i, i + n))
                    break
        return placed

    def _split_and(self, tokens: list[Token], first: int, last: int):
        """Keep "and"/"of" inside a name only where an organisation word asks for it, or
        where initials in brackets after it spell it whole ("the Voice of Velmora (VOV)")."""
        if _spelled_in_brackets(tokens, first, last):
            yield first, last
            return
        pieces = []
        start = first
        seen_head = False
        for i in range(first, last + 1):
            token = tokens[i]
            k = token.key
            if token.cap:
                seen_head = seen_head or token.head
                continue
            if k == "of" and i == start + 1 == last - 1 and self._epithet(tokens, start):
                continue
            if k == "of" and _members_of_the(tokens, start, i, last):
                seen_head = True  # "Friends of the Earth": the name goes on past "of the"
                continue
            if (
                k in ("of", "for", "the")
                and not seen_head
                and not self._for_a_cause(tokens, start, i)
                and not (k == "the" and self._named_with_the(tokens, start, i, last))
            ):
                pieces.append((start, i - 1))
                start = i + 1
            elif k == "and" and not self._keeps_and(tokens, start, i, last):
                pieces.append((start, i - 1))
                start = i + 1
                seen_head = False
        pieces.append((start, last))
        for a, b in pieces:
            while a <= b and tokens[a].joiner:
                a += 1
            while b >= a and tokens[b].joiner:
                b -= 1
            if a < b or (a == b and not (b < last and self._title_of_a_place(tokens, a))):
                yield a, b

    def _named_with_the(self, tokens: list[Token], start: int, at: int, last: int) -> bool:
        """Whether the "the" at `at` follows one capitalised word inside a sentence that
        makes one name with what follows: a body named by its call to act ("Save the
        Children", "Stop the War Coalition": calls_to_act of name_words.json) or a person
        by an epithet, a name then one word and no head ("Peter the Great"). Not two
        objects of a verb ("handed Reform the Kelby Council", "beat Arsenal the League
        leaders"), a day or a month ("on Monday the Senate voted") nor an opening."""
        word = tokens[start]
        if not (at == start + 1 and at < last and word.mid_capital):
            return False
        if word.head or word.known or word.possessive:
            return False
        if word.key in self.lex.calls_to_act:
            return True
        epithet = tokens[last]
        return (
            at == last - 1
            and (is_given_name(word.key) or not is_english_word(word.key))
            and not calendar_word(word.text)
            and is_english_word(epithet.key)
            and not epithet.head
        )

    @staticmethod
    def _for_a_cause(tokens: list[Token], start: int, at: int) -> bool:
        """Whether the "for" at `at` joins a body named for its cause or its country: one
        common word, capitalised inside a sentence (so by the name, not by its place),
        then "for" and a capitalised word ("Alternative for Ostland", "Citizens for
        Progress"). Not a title ("Minister for Europe") nor a word at a sentence's
        opening."""
        word = tokens[start]
        return (
            at == start + 1
            and tokens[at].key == "for"
            and word.mid_capital
            and not word.titled
            and _common_word(word)
            and at + 1 < len(tokens)
            and tokens[at + 1].cap
        )

    def _epithet(self, tokens: list[Token], i: int) -> bool:
        """A given name, "of" and one capitalised word: a person named by the place of
        their life ("Anselm of Kelby", "Hilda of Varnholt"), one name. Not a word that
        names a kind, a title or a common word ("the Bill of Rights", "the Earl of Kelby").
        """
        lex = self.lex
        given, place = tokens[i], tokens[i + 2]
        return (
            is_given_name(given.key)
            and not given.head
            and not given.titled
            and given.key not in lex.territorial_titles
            and not lex.is_place(given.key)
            and not _common_word(given)
            and place.cap
            and not place.head
            and not place.titled
            and not _common_word(place)
        )

    def _keeps_and(self, tokens: list[Token], start: int, at: int, last: int) -> bool:
        lex = self.lex
        whole = key(" ".join(t.text for t in tokens[start : last + 1]))
        if lex.is_place(whole):
            return True
        # the words, not the apostrophe of a plural's possessive ("Medical Workers' Union")
        before = [t.key for t in tokens[start:at] if t.text != "'"]
        after = [t.key for t in tokens[at + 1 : last + 1] if t.text != "'"]
        upto = after[: after.index("and")] if "and" in after else after  # to the next "and"
        if self._portfolio_joined(before, tokens, at, last) or fields_of_one_office(
            tokens, at, last, lex
        ):
            return True
        if self._field_after_a_lower_title(tokens, start, last) > at - start:
            return True  # "the minister for Trade and Industry Ana Vell": one field
        if _spelled_in_brackets(tokens, start, last):
            return True  # "the Union Solidarity and Development Party (USDP)": one body
        if "and" not in before and lex.is_place(" ".join([*before, "and", *upto])):
            return True  # "Trinidad and Tobago and Kelby": a place's name holds the "and"
        if before[-2:-1] == ["and"] and before[-1:] in _AND_COMPANY:
            return False  # "Ostrel and Sons and Vanterpool ...": the firm's name ended
        if len(after) == 1 and _common_word(tokens[last]) and any(map(lex.is_head, before)):
            return True  # "the Daily Post and Courier": "Courier" alone names nothing
        if len(before) >= 2 and self._wares_joined(tokens, at, len(upto)):
            return True  # "the Kelby Windows and Doors factory": what the firm makes
        if self._head_of(before):
            # one "and" inside such a name; a second one, or an "&" after, starts another
            # ("the Institute of Marine and Polar Science and Smith & Sons")
            if "and" in before or "&" in upto or self._own_body(tokens, at + 1, at + len(upto)):
                return False
            if after[0] in lex.title_heads and len(upto) > 1:
                # "Minister of Finance Ana Vell and Minister for ...": two; a title's word
                # alone ends the name ("the Party of Freedom and Justice")
                return False
            of = before.index("of") if "of" in before else before.index("for")
            if lex.is_place(" ".join(before[of + 1 :])) and not lex.is_place(" ".join(upto)):
                return False  # "the Bank of Kelby and Vardo": the body's place ended it
            if after[0] == "the" and (len(upto) > 2 or any(map(lex.is_head, after[1:]))):
                # "the Bank of X and the Museum of Y", "the Church of X and the Old Mill": a
                # name of its own; one word after "the" may be the remit ("and the Arts")
                return False
            return not lex.is_place(" ".join(after))
        if len(before) == 1 and len(upto) >= 2 and lex.is_head(upto[-1]):
            given = lex.first_names
            if before[0] in given and upto[0] in given:
                return True  # "the Anna and Tomas Vell Foundation", "the Ana and Tom Museum"
        named = upto[: upto.index("of")] if "of" in upto else upto  # "Roll Hall" of "of Fame"
        named = self._before_a_title(named)
        # a country or its demonym first owns the body: "the US Securities and Exchange
        # Commission", "the Nigerian Securities and ..." read as without it
        field = before
        if (
            len(before) == 2
            and self._national(tokens[start])
            and before[1] not in lex.org_heads  # not "the European Union and the ..."
            and after[0] != "the"
        ):
            field = before[1:]
        if len(field) == 1 and len(named) <= 3 and named and self._body_or_site(named[-1]):
            # "the Securities and Exchange Commission", "the Rock and Roll Hall of Fame": a
            # common word (a surname's too: "Rock", "Stone"), then "and", a body or a site;
            # not a surname of the article's ("Tomas Wood ... Wood and Kelby Museum staff")
            # nor before a name standing alone ("Kelby")
            return is_english_word(field[0]) or (
                field[0] in names_too()
                and field[0] not in self.evidence.closers
                and is_english_word(named[0])
            )
        if self._fields_joined(tokens, start, at, before, named):
            return True  # "the Drought Monitoring and Early Warning Centre": fields, one body
        if upto in _AND_COMPANY:
            return True  # "Eli Lilly and Co": the company of its founder, one name
        if len(before) == 1 and len(after) == 1 and _paired_nouns(tokens[start], tokens[last]):
            return self._subject_body(tokens, last)  # "Law and Justice said": a party
        has_head = any(lex.is_head(w) for w in before)
        ends_org = bool(after) and (after[-1] in lex.org_heads or after[-1] in lex.org_suffixes)
        if not (ends_org and not has_head and len(before) >= 2 and len(after) <= 3):
            return False
        # "Harlow Finch and Vardo Group" is one company; "Ana Hall and Vardo Group", "Air
        # Ostland and Vardo Airlines" and "Kestrel Air and Vardo Airlines" are two actors (a
        # given name first, a place or a company's last word last)
        personal = is_given_name(before[0])
        ended = before[-1] in lex.org_suffixes or before[-1] in lex.industry_words
        return not personal and not lex.is_place(before[-1]) and not ended

    def _fields_joined(
        self, tokens: list[Token], start: int, at: int, before: list[str], named: list[str]
    ) -> bool:
        """Whether the "and" at `at` joins two fields of one body or site: one or two common
        words after it, then a body's or a site's head, and before it a field after another
        ("the Drought Monitoring and Early Warning Centre") or after a place the gazetteer
        knows ("the Nairobi Convention and Exhibition Centre", "the Kuala Lumpur Sports and
        Leisure Centre": a site named after its town; an event's word is a field there,
        "Convention", "Show"). Not a firm's name nor a site's before "and" ("Velkor Digital
        and Space Museum staff", "Kelby Market and Science Museum": two)."""
        lex = self.lex
        if not (2 <= len(named) <= 3 and self._body_or_site(named[-1])):
            return False
        if not all(map(self._headless_field, tokens[at + 1 : at + len(named)])):
            return False
        if len(before) == 2 and all(map(self._headless_field, tokens[start:at])):
            return True
        field = tokens[at - 1]
        return (
            len(before) >= 2
            and self._headless_field(field)
            and not (field.head and field.key not in lex.event_heads)
            and lex.is_place(" ".join(before[:-1]))
        )

    def _wares_joined(self, tokens: list[Token], at: int, size: int) -> bool:
        """Whether the "and" at `at` joins two plurals of common words, capitalised, that
        a company is named for ("Kelby Windows and Doors", "Velkor Pipes and Valves
        Company"): what it makes or sells, one name; the second may end it or come before
        its head. Not members of peoples, parties or groups ("Ostland Democrats and
        Liberals", "Kelby Christians and Muslims"); nor a team's name and another's ("the
        Kelby Lions and Tigers drew", "Kelby Lions and Bears fans"): with no head, a
        company's noun in lower case must follow ("factory", "shares", "sales")."""
        ware, other = tokens[at - 1], tokens[at + 1]
        lex = self.lex
        after = tokens[at + size + 1] if at + size + 1 < len(tokens) else None
        if size == 1:
            named = after is not None and after.lower and after.key in lex.company_nouns
        else:
            named = size == 2 and lex.is_head(tokens[at + 2].key)
        return named and self._ware(ware) and self._ware(other)

    def _ware(self, token: Token) -> bool:
        """A capitalised plural of an English common noun that names no people nor a club:
        "Windows", "Doors", "Pipes" (not "Democrats", "Workers", "Rangers")."""
        k = token.key
        lex = self.lex
        return (
            token.cap
            and k.endswith("s")
            and (_common_word(token) or is_english_word(singular(k)))
            and not (token.head or token.demonym or token.titled)
            and k not in lex.group_nouns
            and k not in lex.member_plurals
            and singular(k) not in lex.party_members
            and singular(k) not in lex.demonyms
            and k not in lex.club_words
        )

    def _national(self, token: Token) -> bool:
        """Whether the token is a country's name or its demonym ("US", "Nigerian")."""
        return token.demonym or token.key in self.lex.countries

    def _subject_body(self, tokens: list[Token], last: int) -> bool:
        """Whether the name ending at `last` is a sentence's subject or heads an apposition
        of a body: a verb in lower case after it ("X said", "X won", "X will"), a comma
        and a body's noun ("X, the ruling party,"), or a party's noun ("the X party"). Not a list's last items ("Kermit, Peach
        and Bunny, who"), nor a title's words ("by Travel and Leisure magazine")."""
        if last + 2 < len(tokens) and tokens[last + 1].text == ",":
            return self._body_apposed(tokens, last + 2)
        if last + 1 < len(tokens) and tokens[last + 1].key in _KINDS_OF_PARTY:
            return tokens[last + 1].lower  # "the Law and Justice party"
        return last + 1 < len(tokens) and _finite_verb(tokens[last + 1])

    def _before_a_title(self, words: list[str]) -> list[str]:
        """The words of a body's name after its "and", up to the title of one of its
        officers that follows the name in the same run ("the Securities and Exchange
        Commission Chairman Ana Vell", "Food and Drug Administration Commissioner Tomas
        Rask"): the body ends at its head, before the title's."""
        for i in range(1, min(len(words), _FIELD_WORDS + 1)):
            if self._body_or_site(words[i - 1]) and self.lex.is_title(words[i]):
                return words[:i]
        return words

    def _body_or_site(self, word: str) -> bool:
        """A public body's, a party's or a site's head: what ends a name of fields joined by
        "and" ("the Securities and Exchange Commission", "the Justice and Development
        Party", "the Rock and Roll Hall")."""
        lex = self.lex
        return word in lex.body_heads or word in lex.facility_heads or word in _KINDS_OF_PARTY

    def _head_of(self, words: list[str]) -> bool:
        """Whether a head word, or its plural, stands right before the first "of" or "for"
        of the words: "Institute of Marine ...", "Centers for Disease ..."."""
        for i, word in enumerate(words):
            if word in ("of", "for"):
                return i > 0 and (
                    self.lex.is_head(words[i - 1]) or self.lex.is_head(singular(words[i - 1]))
                )
        return False

    def _own_body(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether tokens[first..last], after the "and" of "the University of Kelso and ...",
        name a body of their own: a name, then an organisation's head ("Varnholt State
        University"); not common words before it ("... of Health and Human Services")."""
        return (
            last > first
            and tokens[last].key in self.lex.org_heads
            and not tokens[first].joiner
            and not _common_word(tokens[first])
        )

    # -- titles inside a run ---------------------------------------------------------

    def _split_title(self, tokens: list[Token], first: int, last: int):
        """ "Apple CEO Steve Jobs" -> Apple, (CEO) Steve Jobs; a lone title is no name.
        Yields (first, last, whether a title stands before it)."""
        lex = self.lex
        words = self._before_a_person_after_a_lower_title(tokens, first, last)
        field = self._field_of_a_title(tokens, first, words)
        if field:  # "the minister for Trade and Industry Ana Vell": her role's field
            yield first + field, last, True
            return
        employer = words  # the words before her name are no field: the body she serves
        if employer:  # "the chairman of General Electric Jeff Immelt": the firm, the man
            yield first, first + employer - 1, False
            yield first + employer, last, True
            return
        if any(map(_POSSESSIVE_FORM, tokens[first:last])) and any(  # few runs hold one
            tokens[p].possessive and self._office_of_a_title(tokens[p], tokens[p + 1])
            for p in range(first, last)
        ):
            yield first, last, False  # "the Prosecutor General's Office": a body, no title
            return
        if self._body_opened_by_a_title(tokens, first, last):
            yield first, last, False
            return
        start = titled = None
        for i in range(first, last + 1):
            token = tokens[i]
            if i == last > first and (
                token.key in lex.org_suffixes or token.key in lex.industry_words
            ):
                break  # "Lenox Hill Advisors", "Vardo Partners": a company's last word
            if token.possessive and i < last:
                continue  # "King's Cross", "Queen's Park": an owner's, no title before a name
            if self._word_of_a_foreign_body(tokens, first, i, last):
                continue  # "Universidad Nacional Mayor de San Marcos": no mayor
            if i == last == first + 2 and _paired_nouns(tokens[first], token):
                break  # "Law and Justice": a party's name ends in the title's word
            if (
                token.text in lex.rank_initials
                and not rank_placed_as_title(tokens, i)
                and self._person_after_rank(tokens, i, last)
            ):  # "Washington DC Ana Vell", "a PC Ana Vell": the letters end what is before
                if i > first:
                    yield first, i, False
                yield i + 1, last, False
                return
            if (
                token.titled
                or (i == first and self._rank_before_name(tokens, i, last))
                or self._rank_ending_title(tokens, first, i, last)
                or (token.text in lex.rank_initials and self._rank_initials(tokens, i, last))
            ):
                if i > first and tokens[i - 1].key in ("of", "for"):
                    break
                start, titled = self._title_opening_before(tokens, first, i), i
                break
            if token.head and i < last and tokens[i + 1].key in ("of", "for"):
                start = self._title_after_body(tokens, i + 2, last)
                break
        if start is None:
            person = self._person_after_employer(tokens, first, last)
            if person is None:
                yield first, last, False
            else:  # "Harlow State University Simon Vettori": the body, then its person
                yield first, person - 1, False
                yield person, last, True
            return
        end = start if titled is None else titled
        named = []  # "the Mayor of Kumasi": a place or body a title is of, named in its role
        while end + 1 <= last:
            k = tokens[end + 1].key
            if tokens[end + 1].in_title or (
                tokens[end + 1].text in lex.rank_initials
                and self._rank_initials(tokens, end + 1, last)
            ):
                end += 1
            elif k in ("of", "for") and end + 2 <= last:
                nxt = tokens[end + 2].key
                size = self._place_after(tokens, end + 2, last)
                if size:  # "the President of North Korea"
                    named.append((end + 2, end + 1 + size, False))
                    end += 1 + size
                elif _fields_to_the_end(tokens, end + 2, last):
                    end = last  # "the Minister for Trade, Industry and Tourism, Ana Vell,"
                elif lex.is_title_word(nxt):
                    end += 2
                elif portfolio := self._portfolio(tokens, end + 2, last):
                    end += 1 + portfolio  # "Commissioner for Competition Neelie Kroes"
                else:
                    break
            elif k in ("and", "&") and (field := self._portfolio(tokens, end + 2, last)):
                end += 1 + field  # "Minister for Trade and Industry Kwabena Asante"
            elif end + 2 != last and end < last and pageant_crown(tokens, end, lex):
                # "Miss World Ana Vell": the crown is her title; "Miss World" alone no name
                end += 1
            else:
                break
        if start == end == last and start > first and self._team(tokens, first, start):
            yield first, last, False
            return
        if (
            end + 2 <= last
            and tokens[end + 1].key == "of"
            and tokens[end].key in lex.territorial_titles
        ):
            if start > first:  # "the Marquess of Varnholt": a title of a place, no person
                yield first, start - 1, False
            person = self._person_after_place(tokens, end + 2, last)
            if person is None:
                yield end + 2, last, False
                return
            yield end + 2, person - 1, False  # "Mayor of Kelby Ana Vell": the town, then her
            yield person, last, True
            return
        of = self._person_of(tokens, end + 1, last)
        if of is not None:  # "Analyst Lena Park of Vardo Capital", "Senator Ana Hall of Ohio"
            if start > first:
                yield first, start - 1, False
            yield end + 1, of - 1, True
            yield of + 1, last, False
            return
        # "Chairman of Vardo Quint": the words after "of" are what the title is of, though
        # "of" and two capitalised words read like a person's name of three
        if end < last and (
            tokens[end + 1].key in ("of", "for") or not self._person_like(tokens, end + 1, last)
        ):
            person = self._person_after_body(tokens, end + 1, last)
            if person is None and tokens[end + 1].key in ("of", "for") and end + 2 <= last:
                # "President of the Linguistic Society": a role, and the body it is of; none
                # when the words after "of" are common ones ("Director of Media and Sales")
                if start > first:
                    yield first, start - 1, False
                body = tokens[end + 2 : last + 1]
                if all(t.joiner or t.function or _common_word(t) for t in body):
                    return
                # "Members of Velkor Aid and Tarsk Watch": the bodies, each apart; a field
                # alone names none ("Director of Media and Communications of ...")
                for a, b in self._split_and(tokens, end + 2, last):
                    if a < b or not (
                        is_english_word(tokens[a].key) or tokens[a].key in lex.org_suffixes
                    ):
                        yield a, b, False
                return
            if person is None and named and named[-1][1] == end:
                person = self._person_after_place(tokens, end, last)
                if person is not None:  # "Governor of Ostrava Province Tomasz Velquist"
                    named[-1] = (named[-1][0], person - 1, False)  # the place goes on
            elif person is not None:
                # "CEO of the Hudson Trust Amara Obi": the role runs to "Trust", names the body
                opens = self._skip_leading(tokens, end + 2, person - 1)
                if not all(t.joiner or t.function or _common_word(t) for t in tokens[opens:person]):
                    named.append((opens, person - 1, False))
            if person is None:
                yield first, last, False
                return
            end = person - 1
        if (
            end == last
            and start > first
            and is_given_name(tokens[first].key)
            and not self._office_of_a_place(tokens, first, start)
        ):
            # "Martin Luther King", "Mervyn King": a trailing title word after a given name
            # is a surname (of any country's given names the lists hold)
            yield first, last, False
            return
        if start > first and not (start == first + 1 and _party_word(tokens[first])):
            # "Acting Kelby County Attorney Ruth Amsel": the word before the employer says
            # how the person holds the title, no part of the employer's name
            employer, until = first, start - 1
            while employer < until and tokens[employer].key in lex.descriptors:
                employer += 1
            while until > employer and self._member_word(tokens[until]):
                until -= 1  # "Kelby Republican Governor Ana Vell": her party, not Kelby's
            yield employer, until, False
        yield from named
        if end < last:
            yield end + 1, last, True

    def _office_of_a_place(
        self, tokens: list[Token], first: int, title: int, holders: bool = False
    ) -> bool:
        """Whether the words before the title at `title` name a place the gazetteer knows,
        after a determiner or a word of tenure ("the Kenya Ambassador", "a former Virginia
        Governor", "Former Virginia Governor Ana Vell"), and the title is no family name: a
        state's or a country's office, though the place's name is a given name too. "Jordan
        King", "Chad Mayor won" and "coach Chad Mayor" stay a person's name: one seldom
        follows "the". The `holders` of the office, in the plural ("two former Ohio
        Governors spoke"), are no part of the place's name, after a word of tenure and of an
        office held for a territory only: a team is named so ("the Ottawa Senators", "three
        former Ottawa Senators"), and a body's plural title names its members ("the Union
        of Kelby Writers")."""
        if not first:
            return False
        before = tokens[first - 1]
        office = tokens[title]
        lex = self.lex
        tenure = before.key in lex.title_modifiers and (before.lower or before.initial)
        if holders:
            opened = tenure and office.cap and not office.initial
            if opened:  # the singular worked out only after a word of tenure
                held = singular(office.key)
                opened = held != office.key and held in lex.territory_offices
        else:
            opened = (
                before.key in DETERMINERS or before.possessive or tenure
            ) and office.key not in names_too()
        return opened and lex.is_place(" ".join(t.key for t in tokens[first:title]))

    def _member_word(self, token: Token) -> bool:
        """A member of a party or a faith between a place and a title ("Kelby Republican
        Governor Ana Vell", "Ostland Liberal leader Piet Vandermeer"): it says what the
        person is; the place alone is the employer."""
        return _party_word(token) or self._member_of_a_kind(token)

    def _body_opened_by_a_title(self, tokens: list[Token], first: int, last: int) -> bool:
        """Words that end as a body's or a site's name does ("Hotels", "Hospital",
        "Holdings", "Petroleum") after a title word, with no "of", "for" or owner's "'s"
        between: the title word is the first of the name ("Prince Hotels", "King Petroleum",
        "Duke Velkor Energy Holdings"), as no person's name ends so; not "President of the
        Kelby Society" nor "Senator Ana Vell's Civic Party", nor a given name and a surname
        that is also such a word ("Mayor Tom Hall", "CFO Scott Schools")."""
        lex = self.lex
        k = tokens[last].key
        if last == first or k in names_too():  # "Mayor Tom Hall": a surname too
            return False
        ends = _body_ends(lex)
        if k not in ends and not (k.endswith(PLURAL_ENDINGS) and singular(k) in ends):
            return False
        after = max((p + 1 for p in range(first, last) if tokens[p].in_title), default=first)
        between = tokens[after:last]  # after the last title word
        return not (len(between) == 1 and between[0].key in given_names()) and not any(
            t.possessive or t.key in ("of", "for") for t in tokens[first:last]
        )  # "CFO Ana Banks"; "President of the Kelby Society"

    def _word_of_a_foreign_body(self, tokens: list[Token], first: int, i: int, last: int) -> bool:
        """A title's word inside a body's name in another language, the name opening with
        that language's word for the body and a particle after the word ("Universidad
        Nacional Mayor de San Marcos", "Colegio Mayor de Velkora"): a word of the name
        ("mayor" is Spanish for "greater"), no title before a person."""
        return (
            first < i < last
            and tokens[i].titled
            and tokens[first].key in self.lex.org_prefixes
            and tokens[i + 1].key in self.lex.particles
        )

    def _title_opening_before(self, tokens: list[Token], first: int, head: int) -> int:
        """Where the title that `head` ends opens: back over its modifiers ("Deputy Prime
        Minister"), and over one or two common words after a modifier that opens it, the
        field of an office ("Chief Medical Officer", "Chief People Officer", "Senior Research
        Officer"), no employer's name; not a body's head nor a listed name ("National
        Hurricane Center Director")."""
        modifiers = self.lex.title_modifiers
        start = head
        joined = head  # "Energy and Industry Minister": two fields of one title
        while (
            joined > first
            and head - joined < _FIELD_WORDS
            and office_field(tokens[joined - 1], self.lex)
        ):
            joined -= 1
        if joined - 1 > first and fields_of_one_office(tokens, joined - 1, head, self.lex):
            start = joined - 2
        while start > first and tokens[start - 1].key in modifiers:
            if self._armed_service_named(tokens, first, start - 1):
                return start  # "Velmora Air Force General Ana Vell": the service employs her
            start -= 1
        if start > first and self._portfolio_before_minister(tokens, first, start - 1, head):
            start -= 1  # "Nigerian Aviation Minister": the ministry's field
        field = start
        while field > first and start - field < 2 and _field_of_office(tokens[field - 1]):
            field -= 1
        if field < start and field > first and tokens[field - 1].key in modifiers:
            start = field - 1
            while start > first and tokens[start - 1].key in modifiers:
                start -= 1
        elif first == field < start and first >= 1 and tokens[first - 1].key in modifiers:
            start = first  # "Former Ecological Transition Minister X": "Former" left the run
        return start

    def _portfolio_before_minister(
        self, tokens: list[Token], first: int, k: int, head: int
    ) -> bool:
        """Whether the word at `k`, a ministry's field that is also a firm's or a body's
        word (portfolios: "Aviation", "Enterprise", "Mining"), opens the title of a
        minister's head (portfolio_heads) at `head`: opening the run, or after a demonym or
        another common word ("Aviation Minister X", "Swedish Enterprise Minister X", "Civil
        Aviation Minister X"). After a name, or before a company officer's title, it ends a
        body's name ("Velkor Aviation Chairman X", "Scottish Enterprise Chief Executive X")."""
        lex = self.lex
        token = tokens[k]
        if not (
            token.cap and token.key in lex.portfolios and tokens[head].key in lex.portfolio_heads
        ):
            return False
        if k == first:
            return True
        before = tokens[k - 1]
        return before.demonym or (before.cap and _common_word(before) and not before.head)

    def _armed_service_named(self, tokens: list[Token], first: int, head: int) -> bool:
        """Whether tokens[head] ends the name of a country's armed service that a name of
        its own opens ("the Velmora Air Force", "US Army", "Ostrian Navy"): the employer of
        the rank after it, though "Air", "Force" and "Army" also open titles ("Air Force
        Secretary", "Army Chief"). A service named by no name keeps the title whole."""
        if tokens[head].key not in _ARMED_SERVICES:
            return False
        modifiers = self.lex.title_modifiers
        return any(t.cap and t.key not in modifiers for t in tokens[first:head])

    def _title_after_body(self, tokens: list[Token], at: int, last: int) -> int | None:
        """Where the title starts (its modifiers included) that follows a body's name with
        "of" or "for" and a person's name ends the run ("Bank of Kelby Governor Aiko Sato",
        "University of Varn Deputy President Lena Holt", "Bank of Kelby Governor Sato"):
        wire copy puts the person's employer first. A title in the singular that ends the
        run is no part of the body's name either ("Bank of Kelby Governor said", "the Bank
        of Kelby Governor, Dr. Aiko Sato,": the person's name after a comma); a plural
        names the members ("Union of Kelby Writers"). None when a title follows no body's
        name ("Office of the Prime Minister") or other words than a person's name follow
        it."""
        lex = self.lex
        for j in range(at + 1, last + 1):
            if not tokens[j].titled:
                continue
            if tokens[j - 1].key in ("of", "for", "the"):
                return None  # "Department of the Secretary of State"
            after = j + 1
            while after <= last and tokens[after].in_title:
                after += 1
            rest = tokens[after : last + 1]
            if not rest and singular(tokens[j].key) != tokens[j].key:
                return None  # "Union of Kelby Writers": a plural names the members, the body
            if rest and not (
                1 <= len(rest) <= 3
                and all(t.cap and not t.titled for t in rest)
                and (
                    self._person_like(tokens, after, last)
                    if rest[1:]
                    else not (rest[0].known or rest[0].head)
                )
            ):
                return None
            start = j  # "Ministry of Defence Secretary X": one word at least is the body's
            while start > at + 1 and tokens[start - 1].key in lex.title_modifiers:
                start -= 1
            if tokens[start - 1].key in ("of", "for", "the", "and", "&"):
                return None  # "Office of the Prime Minister", "Party of Peace and Justice"
            if not rest and any(t.key == "the" for t in tokens[at:start]):
                return None  # "Office of the Data Protection Commissioner": whom it serves
            return start
        return None

    def _field_after_a_lower_title(self, tokens: list[Token], first: int, last: int) -> int:
        """How many words of the run are the field of a title in lower case before it, up
        to a person's name that ends the run ("the minister for Immigration and
        Integration Ana Vell", "the director of National Intelligence Tom Rask"): the
        role's, no name of its own; 0 if none. Each word must be an office's field
        ("Harbours", "Trade": not "Motors", a body's head) and the title no company
        officer's: "the chairman of General Electric Jeff Immelt" names the company (see
        `_split_title`)."""
        words = self._before_a_person_after_a_lower_title(tokens, first, last)
        return self._field_of_a_title(tokens, first, words)

    def _field_of_a_title(self, tokens: list[Token], first: int, words: int) -> int:
        """`words`, the words from `first` on before a person's name after a title in lower
        case, when they are the title's field (see `_field_after_a_lower_title`); else 0."""
        if not words or self._officer_title_before(tokens, first - 2):
            return 0
        field = tokens[first : first + words]
        lex = self.lex
        return words if all(office_field(t, lex) or _joins_fields(field, t) for t in field) else 0

    def _before_a_person_after_a_lower_title(
        self, tokens: list[Token], first: int, last: int
    ) -> int:
        """How many capitalised words open the run after a title's word in lower case and
        "of" or "for", before a person's name that ends it and opens with a given name the
        lists know, or follows a company's name of two words or more that ends in its head
        word, suffix or trade ("the chairman of Marlo Holdings Ruan Keping", "the head of
        Doran Group Park Min-ho": names the lists may not know). A body is more often what
        such a title is of: "the founder of Operation Safe Harbour" stays whole; 0 if none
        (see `_portfolio`). A place's possessive may own the body ("the Speaker of Ostland's
        National Assembly Marzan Ali Qadiri"), and the title be capitalised after "the"."""
        of = first - 1 - (first >= 2 and tokens[first - 1].possessive)
        if of < 1 or tokens[of].key not in ("of", "for"):
            return 0
        lex = self.lex
        title = tokens[of - 1]
        named = title.lower or (of >= 2 and tokens[of - 2].key == "the")
        if not (named and lex.is_title_word(title.key)):
            return 0
        words = self._portfolio(tokens, first, last) or self._name_before_a_person(
            tokens, first, last
        )
        if not words:
            return 0
        if is_given_name(tokens[first + words].key):
            return words
        end = tokens[first + words - 1].key
        company = end in lex.org_heads or end in lex.org_suffixes or end in lex.industry_words
        person = tokens[first + words : last + 1]
        unknown = not any(lex.is_place(t.key) for t in person) and not all(
            _common_word(t) for t in person
        )
        return words if words > 1 and company and unknown and not self._site_tail(person) else 0

    def _site_tail(self, tail: list[Token]) -> bool:
        """Whether the words after a company's name end as a body's or a site's name do, in a
        head, a trade or a plural common word ("Tarsk Motors Brastow Works", "Velkor Group
        Harnby Steel"): the company's works, no person (whose surname seldom is a plural
        common word after a given name the lists do not know)."""
        end = tail[-1]
        lex = self.lex
        return (
            end.key in lex.kind_heads
            or end.key in lex.industry_words
            or end.key in lex.impersonal_heads
            or (end.key.endswith("s") and _common_word(end))
        )

    def _name_before_a_person(self, tokens: list[Token], first: int, last: int) -> int:
        """How many capitalised words from `first` stand before a person's name of two or
        three words that ends the run ("Northern Rail Ana Vell", "Ghana John Mahama"): the
        longest such name, none of its words a title's ("Bogota Mayor Juan Velo" is his
        role and name); 0 if none."""
        for size in range(min(_PORTFOLIO_WORDS, last - first - 1), 0, -1):
            named = first + size
            if (
                last - named <= 2
                and all(t.cap and not t.titled for t in tokens[first:named])
                and self._person_like(tokens, named, last)
            ):
                return size
        return 0

    def _officer_title_before(self, tokens: list[Token], last: int) -> bool:
        """Whether the title ending at `last` is a company officer's, of one word or two
        ("chairman", "founder", "chief executive": officer_titles), whose "of" names a
        body, no field."""
        officers = self.lex.officer_titles
        if tokens[last].key in officers:
            return True
        return last > 0 and f"{tokens[last - 1].key} {tokens[last].key}" in officers

    def _portfolio(self, tokens: list[Token], at: int, last: int) -> int:
        """How many capitalised common words from `at` name the field of a title before a
        person's name of two or three words that ends the run ("Minister for Higher
        Education Tom Dorsan", "Commissioner for Competition Neelie Kroes"), two fields
        joined by "and" or "&" among them ("Minister for Trade and Industry Kwabena
        Asante"): the field is part of the role, no name. The longest field that leaves
        such a name."""
        for size in range(min(_PORTFOLIO_WORDS, last - at - 1), 0, -1):
            field = tokens[at : at + size]
            named = at + size
            if named < last and tokens[named].titled and tokens[named].cap:
                named += 1  # "Minister of Awqaf Affairs Sheikh Ali Velam": his honorific
            rest = last - named + 1
            if (
                (
                    all(self._field_of_title(t) or _joins_fields(field, t) for t in field)
                    or self._affairs_named(field)
                )
                and 2 <= rest <= 3
                and self._person_like(tokens, named, last)
            ):
                return size
        return 0

    @staticmethod
    def _affairs_named(field: list[Token]) -> bool:
        """Whether capitalised words in another language name the affairs of a ministry
        ("Amiri Diwan Affairs", "Awqaf Affairs"): Gulf and South Asian copy keeps the
        field's own words, which no dictionary holds, before "Affairs"."""
        return (
            len(field) >= 2
            and field[-1].key == "affairs"
            and all(t.cap and not t.titled and not t.head for t in field)
        )

    def _field_of_title(self, token: Token) -> bool:
        """A capitalised common word ("Higher", "Trade", "Bridges"), the dictionary's if not
        ours, or the plural of one."""
        if not token.cap or token.titled:
            return False
        if _common_word(token) or self._remit_word(token):
            return True
        k = singular(token.key)
        return k != token.key and self._remit_word(token, k)

    def _portfolio_joined(self, before: list[str], tokens: list[Token], at: int, last: int) -> bool:
        """Whether the "and" at `at` joins the two fields of a title's portfolio before a
        person's name ("Minister for Trade and Industry Kwabena Asante"): a title's word,
        "of" or "for", then the field, which `_portfolio` reads whole."""
        for i, word in enumerate(before[1:], 1):
            if word in ("of", "for"):
                if not self.lex.is_title_word(before[i - 1]):
                    return False
                opens = at - (len(before) - i - 1)
                return self._portfolio(tokens, opens, last) > at - opens
        return False

    def _place_after(self, tokens: list[Token], at: int, last: int) -> int:
        """How many words from `at` (up to `last`) name a place the gazetteer knows, the
        longest first ("North Korea", "Ghana"); none for a title word ("Secretary of
        State") or a compass point alone ("Professor of East Asian Studies")."""
        lex = self.lex
        for size in range(min(_PLACE_WORDS, last - at + 1), 0, -1):
            words = " ".join(t.key for t in tokens[at : at + size])
            if lex.is_place(words) and not (size == 1 and self._no_place_alone(words)):
                return size
        return 0

    def _no_place_alone(self, word: str) -> bool:
        return self.lex.is_title_word(word) or word in self.lex.compass_points

    def _team(self, tokens: list[Token], first: int, title: int) -> bool:
        """Whether a town's name and a title in the plural after it, last in the run, name
        a team ("the Leeds Bishops", "the St. Albans Cardinals"): titles of people stand
        before their names ("Ohio Senators Ana Hall"), not last."""
        k = tokens[title].key
        if not (k.endswith("s") and k[:-1] in self.lex.title_heads):
            return False
        words = [t.key for t in tokens[first:title]]  # "Chennai Super Kings": a town first
        return any(self.lex.is_place(" ".join(words[:n])) for n in range(1, len(words) + 1))

    def _rank_before_name(self, tokens: list[Token], i: int, last: int) -> bool:
        """A title word that is no title by itself ("General", "Major") opening a run, then a
        given name and more: a rank before a person ("General Ada Quill"), where "General
        Motors" and "Major League" stay names."""
        nxt = tokens[i + 1] if i < last else None
        return (
            nxt is not None
            and i + 1 < last
            and tokens[i].key in self.lex.title_modifiers
            and (is_given_name(nxt.key))
        )

    def _rank_ending_title(self, tokens: list[Token], first: int, i: int, last: int) -> bool:
        """A rank no title by itself ("Chief", "General") after another title word, then two
        or three words of a person: the end of a title before a person ("Police Chief Ana
        Vell", "Army General Li Wen"), though "City General Hospital" stays a name."""
        if not (first < i < last - 1 < i + 3 and tokens[i].key in self.lex.title_ranks):
            return False
        run = tokens[i + 1 : last + 1]
        return (
            tokens[i - 1].in_title
            and all(t.cap for t in run)
            and person_shaped([t.key for t in run], [t.text for t in run], self.lex)
        )

    def _rank_initials(self, tokens: list[Token], i: int, last: int) -> bool:
        """Whether the police rank in initials at i, as forces write it (rank_initials:
        "SP", "DIG", "DCI"), stands before one to three words of a person: a title, no part
        of the name ("SP Tarun Velasinghe", "Police Spokesman DIG Ana Vell", "DCI Ruth
        Amsel"), though "PC World" and "DC Comics" stay names (a common word or a known
        name alone after it), and so do letters after an article or a name's word (see
        rank_placed_as_title)."""
        return rank_placed_as_title(tokens, i) and self._person_after_rank(tokens, i, last)

    def _person_after_rank(self, tokens: list[Token], i: int, last: int) -> bool:
        """Whether one to three words of a person follow the rank in initials at i."""
        if not i < last <= i + 3:
            return False
        run = tokens[i + 1 : last + 1]
        if len(run) == 1 and (run[0].known or _common_word(run[0])):
            return False
        return all(t.cap for t in run) and person_shaped(
            [t.key for t in run], [t.text for t in run], self.lex
        )

    def _person_after_employer(self, tokens: list[Token], first: int, last: int) -> int | None:
        """Where a person starts whose employer's name is glued before it, with no title
        between ("Harlow State University Simon Vettori"): two or three person-like words
        opening with a given name, right after a name of two words or more that ends in an
        organisation's head word. The last head word of the run decides ("Columbia
        University Irving Medical Center" is one name)."""
        lex = self.lex
        for h in range(last - 2, first, -1):
            if tokens[h].key in lex.kind_heads:
                start = h + 1
                given = tokens[start].key
                fits = (
                    tokens[h].key in lex.org_heads
                    and last - start <= 2
                    and (is_given_name(given))
                    and all(t.cap for t in tokens[start : last + 1])
                    and self._person_like(tokens, start, last)
                )
                return start if fits else None
        return None

    def _person_after_body(self, tokens: list[Token], first: int, last: int) -> int | None:
        """Where a person starts after "of/for the <body>" that ends a title ("CEO of the
        Hudson Trust Amara Obi", "Chairperson for Velkor Mining Temitope Aluko"): two or
        three person-like words after the body's head or a company's last word."""
        if tokens[first].key not in ("of", "for"):
            return None
        lex = self.lex
        for h in range(last - 2, first, -1):
            k = tokens[h].key
            if k in lex.kind_heads or k in lex.industry_words or k in lex.org_suffixes:
                start = h + 1
                fits = 2 <= last - start + 1 <= 3 and self._person_like(tokens, start, last)
                return start if fits and all(t.cap for t in tokens[start : last + 1]) else None
        return self._person_after_place(tokens, first + 1, last)  # "President of Ostland X Y"

    def _person_after_place(self, tokens: list[Token], first: int, last: int) -> int | None:
        """Where a person starts after the place a title is of, with no comma between
        ("Mayor of Kelby Ana Vell", "Governor of Ostrava Province Tomasz Velquist",
        "President of Ostland Piet Vandermeer"): a given name that names no place, opening
        two or three capitalised words of a person's shape, after one word or more."""
        for start in (last - 2, last - 1):
            if start <= first:
                continue
            given = tokens[start].key
            if (
                is_given_name(given)
                and not self.lex.is_place(given)
                and all(t.cap for t in tokens[start : last + 1])
                and self._person_like(tokens, start, last)
            ):
                return start
        return None

    def _person_of(self, tokens: list[Token], first: int, last: int) -> int | None:
        """Where "of" parts a person after a title from the body or place the person is of
        ("(Analyst) Lena Park of Vardo Capital", "(Premier) Ana Hall of the Ostland Union",
        "(Senator) Lena Park of Ohio"): one to three capitalised words that may name a
        person, then "of" and a name."""
        for i in range(first + 1, min(last, first + 3) + 1):
            if tokens[i].key == "of":
                fits = all(t.cap for t in tokens[first:i]) and self._person_like(
                    tokens, first, i - 1
                )
                return i if fits and any(t.cap for t in tokens[i + 1 : last + 1]) else None
            if not tokens[i].cap:
                return None
        return None

    def _person_like(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether the words after a title name a person, not a body or a place ("Mayor
        Lena Park" against "the Mayor of Port Velmora Council"), though the surname is a
        town's name too ("Attorney General Orvek Garland") when the first word is no
        common word, place or demonym ("Air Portugal", "Kelby Leeds" are none). No word
        with a figure names a person: "the Velcor Speaker X2" is a model's code."""
        run = tokens[first : last + 1]
        if any(c.isdigit() for t in run for c in t.text):
            return False
        words = [t.key for t in run]
        if person_shaped(words, [t.text for t in run], self.lex) or _family_name_first(run):
            return True
        lex = self.lex
        return (
            2 <= len(run) <= 3
            and all(t.cap and t.text.isalpha() and not t.text.isupper() for t in run)
            and lex.is_place(words[-1])
            and not lex.is_place(" ".join(words))
            and lex.kind_heads.isdisjoint(words)
            and not any(
                lex.is_place(w) or w in lex.demonyms or _common_word(t)
                for w, t in zip(words[:-1], run, strict=False)
            )
        )

    # -- final checks ----------------------------------------------------------------

    def _illness(self, words: list[Token]) -> bool:
        """A name of more words than one ending in the head of an illness ("Swine Flu",
        "Dengue Fever", "the Ebola Virus": disease_heads of name_words.json) names a
        disease, no actor, unless a body's word is in it ("Institute of Tropical
        Disease")."""
        lex = self.lex
        return (
            len(words) > 1
            and words[-1].key in lex.disease_heads
            and not any(t.key in lex.org_heads or t.key in lex.org_suffixes for t in words)
        )

    def _a_side(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether a word of a match stands right after the name, before another side or
        a score, or at most two words before it, after another side ("the Velkor Fever beat
        Kelby", "Tarsk lost to the Velkor Fever"): a team, whatever its last word; not
        "Dengue Fever won headlines"."""
        match = self.lex.match_words

        def side(t: Token) -> bool:
            return t.cap or t.text[:1].isdigit()

        if last + 2 < len(tokens) and tokens[last + 1].key in match:
            nxt = tokens[last + 2]
            if side(nxt) or (nxt.key == "the" and last + 3 < len(tokens) and tokens[last + 3].cap):
                return True
        for at in range(max(1, first - 3), first):
            if tokens[at].key in match and side(tokens[at - 1]):
                return True
        return False

    def _is_product(self, tokens: list[Token], first: int, last: int) -> bool:
        """ "US$299", "US dollars", "Mac OS X operating system": money and products."""
        lex = self.lex
        if last + 1 >= len(tokens):
            return False
        nxt = tokens[last + 1]
        if (nxt.text == "$" and nxt.attached) or nxt.key in lex.currency_words:
            return True
        if last == first or nxt.key not in lex.product_nouns:
            return False
        end = tokens[last].key
        return not (end in lex.org_heads or end in lex.org_suffixes)  # no named body

    def _finish(self, tokens: list[Token], first: int, last: int) -> tuple[int, int, int] | None:
        """(first, last, characters to trim at the end) of the name left after the last
        checks, if one is."""
        lex = self.lex
        first = self._skip_leading(tokens, first, last)
        first += style_of_address(tokens, first, lex)  # "His Excellency Ana Vell": her
        first += _malay_honour(tokens, first, last, lex)  # "Tun Harun Ambak": Harun Ambak
        while last >= first and (tokens[last].joiner or tokens[last].text == "&"):
            last -= 1  # "Pebble Moth &" of "Pebble Moth & Mr. Quillby": no name ends so
        if first > last:
            return None
        if first < last and meridiem_after_clock(tokens, first):
            first += 1  # "4:12 PM GMT": the clock's half of the day, then its zone
        participle = participle_after(tokens[last])
        if participle and self._place_described(tokens, first, last):
            return first, last, len(participle) + 1  # "Lagos" of "a Lagos-based firm"
        if last > first:  # the trims and checks of a name of more words than one
            if tokens[last].text == "I" and _pronoun_i(tokens, first, last, lex):
                last -= 1  # "the novel Quiet Harbours I liked": the pronoun opens a clause
            if last > first + 1 and tokens[last].text in lex.post_nominals:
                last -= 1  # "Ana Vell KC", "Ana Vell PhD": an honour, a degree or an office
            if last > first and (_day_told(tokens, first, last) or _dated(tokens, last)):
                last -= 1  # "met Jonas Eriksen Monday", "in Kelby June 3": the day, not the name
            elif last > first and _period_of_figures(tokens, last, lex):
                last -= 1  # "Velkor Motors November sales", "Velmora Bank Q3 profit rises"
            if last > first:
                last -= _holiday_after_a_name(tokens, first, last)  # "the Kelby Easter fair": a day
            if last == first + 1 and _described_holiday(tokens, first, last):
                return None  # "Orthodox Easter", "Merry Christmas": a day, no actor
            if last > first and _maker_of_a_model(tokens, last):
                last -= 1  # "a Kelby Airlines Boeing 777": the airline, then the plane
            elif last == first + 1 and _model_before_its_style(tokens, last, lex):
                last -= 1  # "the Velkor Marbeni sedan": the maker, then its model
            if last > first + 1 and service_number(tokens, last - 1, lex):
                last -= 2  # "Nordavia Flight NV88": the airline, then its flight and its code
            elif last > first and service_number(tokens, last, lex):
                last -= 1  # "Tarsk Airways Flight 412": the airline, then its flight
            if last > first and self._office_of_a_place(tokens, first, last, holders=True):
                last -= 1  # "Two former Ohio Governors spoke": the state, then its office's holders
            if last > first + 1 and _members_after_a_body(tokens, first, last, lex):
                last -= 1  # "African Union Troops arrived": the body, then its people
            if last == first + 1 and _people_body_in_a_headline(tokens, first, last):
                return None  # "Spanish Court Orders Retrial": a court of Spain, no name
            if last == first + 1 and self._described_alone(tokens[first], tokens[last]):
                return None  # "an Israeli Soldier, Corporal Ana Vell,": no name of its own
            if last == first + 1 and self._office_adjective(tokens, first, last):
                return None  # "the Vice Presidential debate": an office's adjective, no name
        words = tokens[first : last + 1]
        if _model_suffix(tokens, first, words):
            return None
        if last > first and self._place_adjective(words):
            return None
        nxt = tokens[last + 1] if last + 1 < len(tokens) else None
        if (
            nxt is not None
            and self._numbered_site(words[-1], nxt)
            and not _goals_before(tokens, first)
            and not first_side_of_a_row(tokens, first, last)
        ):
            return first, last + 1, 0  # "Terminal 2", "Route 66", "Vesk Road 12"
        if nxt is not None and last > first and _numbered(words[-1], nxt):
            if last == first + 1 and words[0].key in lex.demonyms:
                return None  # "American No. 6 seed", "British No. 1 Ana Vell": a ranking
            return first, last + 1, 0  # "Kelmar Lodge No. 8": "No." asks for its number
        if _honour(words, lex) or (self._illness(words) and not self._a_side(tokens, first, last)):
            return None
        if first and tokens[first - 1].cap:
            phrase = key(f"{tokens[first - 1].text} {words[0].text}")
            if phrase in lex.non_names:
                return None  # the "Day" of "May Day": "May" is no name's start, being a verb too
        if _counted_by_numeral(words):
            return None
        if first == last:
            whole = words[0].key
            text = words[0].text
            if not (_after_a_titled_the(tokens, first) or self._press_named(tokens, first)) and (
                (words[0].nameless and not short_form_in_brackets(tokens, first, self.lex))
                or _particle_alone(words[0], self.lex)
                or self._direction(tokens, first)
                or self._label(words, nxt)
                or self._inside_label(tokens, first)
                or self._region_adjective(tokens, first)
                or self._common_alone(tokens, first)
                or self._adjective(tokens, first)
                or self._given_name_as_adjective(tokens, first)
                or self._title_opening(tokens, first)
                or self._model(tokens, first)
                or _genus(tokens, first)
                or _one_of_a_kind(tokens, first)
                or _form_after_brackets(tokens, first, self.lex)
                or _amount_before_its_scale(tokens, first)
                or _one_of_a_people(tokens, first, last, self.lex)
                or _counted_wares(tokens, first, self.lex)
                # the rules of a word with a hyphen ("EXCLUSIVE-Velkor", "Ex-Dravik", "D-Ohio")
                or (
                    "-" in text
                    and (
                        _wire_label(words[0], self.lex)
                        or _prefixed(words[0])
                        or _PARTY_AND_STATE.fullmatch(text) is not None
                    )
                )
                # the rules of a word in capitals ("(URGENT)", "Do NOT open", "18:05 BRT")
                or (
                    text.isupper()
                    and (
                        _bracketed_label(tokens, first)
                        or self._emphasis(tokens, first)
                        or _zone_after_clock(tokens, first)
                    )
                )
            ):
                return None
        else:
            if _wire_label(words[0], lex):
                return None  # "Soccer-Kelby United sign Vell": a label glued to a longer name
            whole = " ".join(filter(None, map(_KEY, words)))  # key() of the words joined
            if any(map(_DIGITS, words)) or whole in lex.non_names or _only_title(words, lex):
                return None
            if _amount_in_title_case(words) or _one_of_a_people(tokens, first, last, lex):
                return None
            if _currency_in_title_case(tokens, first, words, lex):
                return None
            if self._participle_phrase(words):
                return None
            if _time_of_a_day(words) or _portfolio_apposed(tokens, last, words):
                return None
            if words[-1].text == "Time" and self._time_zone(words):
                return None
            if self._lettered(words):
                return None
            if _described_title(words, lex) or _party_and_state_apart(tokens, first, words):
                return None
            if self._adjective_phrase(tokens, last, whole) or self._indefinite_phrase(
                tokens, first, words
            ):
                return None
            if (
                self._label(words, nxt)
                or self._inside_label(tokens, first)
                or _shouted_heading(words, nxt, first)
                or (
                    self._common_phrase(words, whole, nxt)
                    and not (
                        nxt is not None and nxt.text == "," and self._body_apposed(tokens, last + 2)
                    )
                )
            ):
                return None
            if any(t.key in lex.pronouns for t in words[1:-1]) or (
                words[-1].key in lex.pronouns and words[-1].text != "I"  # "Peter I" is a name
            ):
                return None  # "Keep Me Posted", "Write To Her": a title of a work, no name
        if self._is_product(tokens, first, last):
            return None
        trim = 2 if tokens[last].possessive else 0  # the possessive 's
        if trim and self._possessive_own(tokens, first, last, whole):
            trim = 0  # "Moody's said", "Sotheby's sold": the 's is the name's own, shown
        if last > first and (participle := participle_after(tokens[last])):
            trim = len(participle) + 1  # "the Green Party-led coalition": "Green Party"
        if whole in lex.demonyms or (last > first and _demonyms_only(words, lex)):
            if nxt is not None and not trim and nxt.key in lex.group_nouns:
                # "Jordanian police", "Russian officials", "an Ostrian military engineer":
                # people described by their country and what they are, no name (the
                # annotations of news list none, or leave them to the reader)
                return None
            # a plural of one ("Kurds", "Coptic Christians"), not a name ending in "s"
            # ("Swiss", "Afrikaans")
            end = words[-1].key
            plural = end.endswith("s") and end[:-1] in lex.demonyms
            if not plural and not self._people(tokens, first, nxt):
                return None
        elif not trim and nxt is not None and self._index_number(tokens, first, last):
            return first, last + 1, 0  # "the FTSE 100", "the S&P 500", "the Nikkei 225 fell"
        return first, last, trim

    def _time_zone(self, words: list[Token]) -> bool:
        """Whether the words, the last "Time", name a time zone ("Western Australian Time",
        "Eastern Standard Time", "Moscow Time", "Greenwich Mean Time"), as copy tells the
        hour of a place: no actor. The words before "Time" are places, peoples or a
        zone's own words ("Standard", "Summer")."""
        lex = self.lex
        return all(
            t.key in _zone_words()
            or t.demonym
            or lex.is_place(t.key)
            or t.key in lex.compass_points
            for t in words[:-1]
        )

    def _emphasis(self, tokens: list[Token], i: int) -> bool:
        """An English word in capitals for stress inside a sentence written in lower case
        ("Do NOT open the lid", "it is EASY and cheap", "an oath to ALL of us"): no
        acronym, when the word before is a lower-case word other than a determiner (or a
        function word opening the sentence: "Do"), or than a preposition before a word
        that is no function word ("aid from CARE"), and no verb of a subject follows ("the
        charity CARE said")."""
        token = tokens[i]
        if i == 0 or not _shouted(token):
            return False
        before = tokens[i - 1]
        if not (before.lower or before.function) or before.text.isupper():
            return False
        if before.key in DETERMINERS or (
            before.key in _PREPOSITIONS and token.key not in self.lex.function_words
        ):
            return False
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return nxt is None or nxt.key not in self.lex.subject_verbs

    def _participle_phrase(self, words: list[Token]) -> bool:
        """A plural English noun and a participle in "-ed" in title case ("All Rights
        Reserved", "Comments Closed"): a clause of a page's boilerplate, no name; not a
        body's legal form nor a club's word ("Kelby United"), nor a noun in the singular
        before it ("Standard Chartered" is a bank)."""
        k, noun = words[-1].key, words[-2].key if len(words) > 1 else ""
        return (
            k.endswith("ed")
            and noun.endswith("s")
            and is_english_word(noun[:-1])
            and k not in self.lex.org_suffixes
            and k not in self.lex.club_words
            and all(_common_word(t) for t in words)
        )

    def _label(self, words: list[Token], nxt: Token | None) -> bool:
        """English words or a title's words opening a line before a colon, in capitals or
        in title case, short function words among them ("EDITOR'S NOTE:", "WHY IT
        MATTERS:", "Key Figures:", "Forward-Looking Statements:"): a label of the copy, no
        name ("NEW YORK:" is one, "york" no English word; "WORLD BANK:" too, a body's head).
        In title case no word may be a name's head or one a gazetteer knows ("Harbour
        Road:", "Supreme Court:"), as capitals there are no mark of a label, unless words
        in lower case join them as in a phrase ("Man of the Match:")."""
        if nxt is None or nxt.text != ":" or not words[0].initial:
            return False
        lex = self.lex
        function_words = lex.function_words
        shouted = all(t.text.isupper() for t in words)
        joined = any(t.lower and t.key in function_words for t in words)  # "of the"
        return not all(t.key in function_words for t in words) and all(
            (shouted or not t.head)
            and (shouted or joined or not t.known)
            and t.key not in lex.org_heads  # "WORLD BANK:" names a body
            and (
                all(map(is_english_word, t.key.split("-")))
                or t.key in function_words
                or lex.is_title_word(t.key.removesuffix("'s"))
                or _agent_noun(t.key)
                or (len(words) > 1 and t.key in names_too() and (joined or not lex.is_place(t.key)))
            )
            for t in words
        )

    def _inside_label(self, tokens: list[Token], first: int) -> bool:
        """Whether the name opens a label of the copy that fills the line up to a colon,
        its words joined by function words ("Man of the Match:", "Pick of the Week:"): no
        name, as the whole label is none (see `_label`)."""
        if first > 0 or len(tokens) < 3 or tokens[1].text == ":":
            return False
        end = next(
            (k for k in range(2, min(len(tokens), _LABEL_WORDS)) if tokens[k].text == ":"), 0
        )
        return end > 0 and self._label(tokens[:end], tokens[end])

    def _model(self, tokens: list[Token], i: int) -> bool:
        """A word after a model's number in figures, which follows "the", a possessive or
        its maker's name: "the 737 MAX", "Vardo's 900 Series", "the Velmar 300 Sport" name a
        product of a series, no person ("Max") nor body; not after a year ("the 2024
        Olympics"), a score ("Kelby 2 Harwick 1") nor a numbered site ("Route 66 Diner")."""
        if i < 2 or not tokens[i - 1].text.isdigit() or tokens[i - 1].attached:
            return False
        number, before = tokens[i - 1].text, tokens[i - 2]
        if len(number) < 3 or year_figure(number):
            return False  # a score ("Kelby 2 Harwick 1") or a year
        if before.key in DETERMINERS or before.possessive:
            return True
        maker = before.cap and not (before.function or before.head)
        return maker and before.key not in self.lex.kind_heads  # not "In 348 Ostrum died"

    def _title_opening(self, tokens: list[Token], i: int) -> bool:
        """A title's word opening a sentence before the rest of the title in lower case
        ("Federal prosecutor Ana Dodge", "Chief executive Lena Ruiz"): part of a role,
        though the article capitalises it in a name elsewhere ("the Supreme Federal
        Court")."""
        token = tokens[i]
        if not token.initial or i + 1 >= len(tokens) or not self.lex.is_title_word(token.key):
            return False
        nxt = tokens[i + 1]
        return nxt.lower and self.lex.is_title_word(nxt.key)

    def _common_phrase(self, words: list[Token], whole: str, nxt: Token | None) -> bool:
        """Common English words in title case opening a sentence, none a head word nor a
        place ("Term Limits for ...", "Closing Loopholes and ..."): a heading or an item, no
        name, unless a verb or a title follows ("Human Rights Watch said ...", "World Rugby
        chairman ...", "Silver Meadow posted a loss"; for an apposition that names a body,
        see `_finish`), or the people a body sends or employs in lower case ("United
        Nations troops arrived", "Silver Meadow workers struck": member_plurals; not the
        people of a cause, "Gun Control supporters"), or the article
        capitalises its first word elsewhere ("The Kestrel Composite Index fell. Kestrel
        Composite was down.")."""
        lex = self.lex
        if not words[0].initial or self._trusted(words[0]) or lex.is_place(whole) or is_town(whole):
            return False
        if nxt is not None and (
            nxt.key in lex.subject_verbs
            or nxt.key in lex.member_plurals
            or (nxt.lower and lex.is_title_word(nxt.key))
        ):
            return False
        if _finite_verb(nxt) and not lex.is_title_word(words[-1].key):
            return False  # "Silver Meadow posted a loss", not "Foreign Minister said"
        return all(
            _common_word(t) and not (t.head or t.known) and t.key not in lex.org_suffixes
            for t in words
        )

    def _press_named(self, tokens: list[Token], i: int) -> bool:
        """Whether "the" and a noun of the press in lower case stand right before
        tokens[i]: the word is the name of a paper or a broadcaster ("the journal Nature",
        "the daily Courier"), though it is a common word; not after an adjective ("a
        weekly Spanish-English paper")."""
        return (
            i > 1
            and tokens[i - 1].lower
            and tokens[i - 1].key in self.lex.press_nouns
            and tokens[i - 2].key == "the"
        )

    def _index_number(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether the number after the name from `first` to `last` is the index's: two to
        four digits, a space between, no year, after an acronym ("FTSE 100", "S&P 500") or,
        after words in title case, before a market's move, an index's word or what a session
        did ("the Nikkei 225 fell", "the Euro Stoxx 50 index", "the Kospi 200 closed"), or
        before a stop when "the" or a possessive stands before the name ("bought the Kospi
        200."); not before what it counts ("sent Velmar 200 emails"), an amount's scale or
        "percent" ("fined KBC 42 million pounds"), in a score ("Velmar 102, Ostrava 99") nor
        before a comma ("taken by the Vikings 866, the town ...")."""
        nxt = tokens[last + 1]
        text = nxt.text
        if not (
            text.isdigit() and 2 <= len(text) <= 4 and not nxt.attached and not year_figure(text)
        ):
            return False
        after = tokens[last + 2] if last + 2 < len(tokens) else None
        if after is not None and (
            after.key in self.lex.scale_words or after.key in ("percent", "%")
        ):
            return False  # "fined KBC 42 million pounds": an amount the name gets or pays
        if tokens[last].text.isupper():
            return True
        lex = self.lex
        if after is not None and after.lower:
            k = after.key
            return (
                k in lex.market_verbs
                or k in lex.index_words
                or k in SESSION_VERBS
                or k == "futures"
            )
        before = tokens[first - 1] if first else None
        determined = before is not None and (before.key == "the" or before.possessive)
        return determined and (after is None or not (after.word or after.text == ","))

    def _numbered_site(self, head: Token, nxt: Token) -> bool:
        """A facility or place head with its number after it ("Terminal 2", "Route 66",
        "Area 51"): the number is part of the name, and the head alone names nothing."""
        k = head.key
        return (
            nxt.text[:1].isdigit()  # few names stand before a number: asked first
            and not head.possessive
            and (k in self.lex.facility_heads or k in self.lex.place_heads)
            and len(nxt.text) <= 4
            and nxt.text.isalnum()
            and not nxt.attached
            and not year_figure(nxt.text)  # "Expo 2030"
        )

    def _people(self, tokens: list[Token], first: int, nxt: Token | None) -> bool:
        """ "the Chinese are ...": a demonym after "the" and before no noun is a people."""
        if not first or tokens[first - 1].key != "the":
            return False
        if nxt is None or nxt.text in (",", ".", ";"):
            return True
        return nxt.key in self.lex.function_words and nxt.key not in ("and", "or", "of", "&")


# suffixes of religions, ideologies and their followers ("Buddhist", "Calvinism") and of
# proper adjectives ("Islamic", "Victorian") in English
_IDEOLOGY = ("ism", "ist", "ists")
# participles of where someone or something comes from, after a place's name and a hyphen
# ("Velkor-born", "Tarsk-made"): no syllable of a hyphenated given name ("Ji-won" is one)
_ORIGINS = frozenset({"born", "bred", "made", "led", "run"})
# words before a day or a month that make it a time ("on Monday", "since March"); not
# "by", "from" or "after", which a work's or a body's name may follow ("by Saturday Night
# Live")
_TIME_WORDS = frozenset(
    {"on", "in", "since", "until", "till", "during", "last", "next", "this", "early", "late"}
)
_NAME_OPENERS = frozenset({"all", "first", "one"})  # function words that open names
_ARTICLES_APART = frozenset({"al", "el"})  # the Arabic article as wire copy writes it apart
_ROMAN_NUMERAL = compiled(r"X{0,3}(?:IX|IV|VI{0,3}|I{0,3})")  # to XXXIX: stages, rulers
_INDEFINITE = ("a", "an")
_QUOTES = frozenset({"'", "\u2018"})  # a single quotation mark, or an apostrophe
_APOSTROPHES = frozenset({"'", "\u2019"})  # an apostrophe, or a single closing mark
OPENING_QUOTES = frozenset({'"', "\u201c"}) | _QUOTES
CLOSING_QUOTES = frozenset({'"', "\u201d"}) | _APOSTROPHES
NICKNAME_WORDS = 4  # the most words of a quoted nickname inside a name
_APPOSED = frozenset({"a", "an", "the"})  # may open an apposition after a comma
# a body's rival or peer in an apposition ("X, a rival, fell 3 percent"), as a body's noun
_RIVAL = frozenset({"rival", "competitor", "peer"})
_BODY_APPOSITION_WORDS = 16  # the most tokens of an apposition that names a body's kind
_APPOSITION_WORDS = 8  # the most words of an apposition set off by commas
# words that open a noun phrase: a name of a kind after one describes the noun after it, a
# title after one is a role, a noun of a thing after one names what the name is
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})
# prepositions after a compass point that make it a direction ("North of", "East along")
_DIRECTED = frozenset({"of", "along", "toward", "towards", "to", "from", "across", "past"})
# words after a noun that no adjective stands before: a preposition ("Airnordic by X")
_AFTER_A_NOUN = frozenset({"by", "from", "with", "at", "of", "for", "against", "over"})
_ADJECTIVE = ("ic", "ian", "ean", "ist", "ite", "ical")
# endings of adjectives of an office: "Presidential", "Ministerial", "Mayoral",
# "Congressional", "Parliamentary"
_OFFICE_ADJECTIVE = tuple(table("titles.json")["office_adjective_endings"])


# "and" before them ends a company's name: "Eli Lilly and Co", "Okafor and Partners"
_AND_COMPANY = (["co"], ["co."], ["company"], ["partners"], ["associates"], ["sons"])


def _after_a_titled_the(tokens: list[Token], i: int) -> bool:
    """Whether a capitalised "The" stands before tokens[i] inside a sentence, where no
    style capitalises it: the word after is the name of a paper, a party or a band ("told
    The Courier", "according to The Beacon", "in The Lantern"), though it is a common word.
    Not a word of a longer title ("The Philosophy of Grammar", "Half The World") nor a
    work with its year ("The Lookout (2007)")."""
    if i == 0 or tokens[i - 1].text != "The" or tokens[i - 1].initial:
        return False
    if i >= 2 and tokens[i - 2].cap:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or not (nxt.cap or nxt.joiner or nxt.text == "(")


def _article_apart(tokens: list[Token], i: int) -> bool:
    """Whether the Arabic article in lower case, written apart, stands before the name at
    `i` and after no capitalised word ("fighters of al Shabaab", "al Jazeera reported"):
    it opens the name of the group, the broadcaster or the club. After a given name it is
    a particle of a person's name, inside the run already ("Ahmed al Tamimi")."""
    if i < 1 or tokens[i - 1].text not in _ARTICLES_APART or tokens[i].attached:
        return False
    return i < 2 or not tokens[i - 2].cap


def _day_told(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the run tokens[first..last] ends in a weekday after a name of two words or
    more, the day of what is told as wire copy writes it, with no "on" ("met Jonas
    Eriksen Monday", "the Kelby Chamber of Commerce Tuesday said"), or after a time
    zone's letters ("at 9 p.m. ET Monday"), or after a body's initials ("told VKN
    Tuesday", "the VBC Monday reported"), or after a place the gazetteer knows ("rains
    began pounding south Tarsk Sunday"): initials and places name no day. One word and a
    weekday name a day of their own ("Good Friday", "Easter Sunday", "Cyber Monday")."""
    if tokens[last].text not in _weekdays():
        return False
    if last > first + 1:
        return True
    return last == first + 1 and (
        _initials(tokens[first])
        or _zone_after_clock(tokens, first)
        or lexicon().is_place(tokens[first].key)
    )


def _holiday_after_a_name(tokens: list[Token], first: int, last: int) -> int:
    """1 when the run ends in a holiday's name of one word ("Easter", "Christmas": the
    holidays of timex_lexicon.json) after a name, as copy glues a place's or a body's
    name before the day it keeps: "the Ostland Christmas holiday", "the Kelby Easter
    fair" name the place and a day. A title, a common word or a faith before it makes
    the day a name of its own ("Father Christmas", "White Christmas", "Orthodox
    Easter"), and so do the holidays of more words ("Holocaust Remembrance Day"). Given
    names before it, the first no place's, make it a surname ("Jack Christmas said", "Mary
    Ann Christmas"), where "the Victoria Christmas parade" names a place."""
    if last == first or tokens[last].text not in _holidays():
        return 0
    if _given_names_before(tokens, first, last):
        return 0
    before = tokens[last - 1]
    named = not (before.titled or before.joiner or before.demonym or _common_word(before))
    return 1 if named else 0


def _given_names_before(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the run's words before `last` are all given names, the first none of a place
    or opening the sentence: a person's name whose surname is the word at `last` ("Ruth
    Easter", "Mary Ann Christmas said"), not "in Georgia Easter" nor "the Victoria ..."."""
    if not all(is_given_name(t.key) for t in tokens[first:last]):
        return False
    return first == 0 or not tokens[first - 1].word or not lexicon().is_place(tokens[first].key)


def _described_holiday(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the run is a holiday's name of one word after a faith or a common word that
    says which or how ("Orthodox Easter", "Coptic Christmas", "Merry Christmas", "Happy
    Thanksgiving"): a day, or a wish for one, no actor."""
    if last != first + 1 or tokens[last].text not in _holidays():
        return False
    before = tokens[first]
    return before.demonym or (_common_word(before) and not before.titled)


@cache
def _holidays() -> frozenset[str]:
    return frozenset(table("timex_lexicon.json")["holidays"])


def _initials(token: Token) -> bool:
    """Whether the word is a body's initials: two to six letters, all capitals ("VKN",
    "BBC"), no English word in capitals ("NEVER")."""
    text = token.text
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and not _shouted(token)


def rank_placed_as_title(tokens: list[Token], i: int) -> bool:
    """Whether the police rank in initials at i stands where a title may: not after an
    article, which makes it a thing ("a PC Ana Vell built"), nor after a capitalised word
    outside a title, whose name its letters end ("in Washington DC Ana Vell said")."""
    if i == 0:
        return True
    before = tokens[i - 1]
    return before.key not in _APPOSED and not (before.mid_capital and not before.in_title)


def _maker_named_before(tokens: list[Token], camel: int) -> bool:
    """The name after a product in camel case and its "and" is another product when its
    first word names the maker earlier in the sentence ("Velkor unveils vPod and Velkor
    TV"); else a name of its own ("Shares of eBay and Velkor Bank fell")."""
    if tokens[camel + 1].key not in ("and", "&"):
        return False
    maker = tokens[camel + 2].key
    return any(t.initial and t.key == maker for t in tokens[:camel])


def _day_before_a_name(tokens: list[Token], first: int) -> bool:
    """Whether a weekday or a month after a word of time opens the run at `first`, as wire
    copy writes the time before the subject with no comma ("On Monday Velkor Airways
    cancelled flights", "In January Ostra Mining cut jobs", "since March Kelby Foods has
    grown"), or a weekday after a verb of a report (report_verbs), as AP writes it ("the
    minister said Monday Velkor would raise output", "added Monday"): the day, no part of the name; "the Monday Club"
    keeps its day, and so does a name whose next word is a part of the day ("on Monday
    Night Football", "on Saturday Night Live"): a day's part after the day, as a time, is
    written in lower case."""
    if first == 0:
        return False
    day, before = tokens[first].text, tokens[first - 1].key
    return (
        (before in _TIME_WORDS and calendar_word(day))
        or (before in lexicon().report_verbs and day in _weekdays())
    ) and not (first + 1 < len(tokens) and tokens[first + 1].key in _day_parts())


def _late_opening(tokens: list[Token], i: int) -> bool:
    """Whether "Late" opens the sentence before a name that is no common word nor a day
    ("Late Amarin's childhood friend lived with them", "Late Velo Kettle was buried"):
    "the late", capitalised by the sentence and its article left out, as Pacific and South
    Asian copy writes it; no part of the name ("Late Tuesday" is a time, see
    `_time_of_a_day`)."""
    if tokens[i].key != "late" or not (i == 0 or tokens[i - 1].text in OPENING_QUOTES):
        return False
    nxt = tokens[i + 1]
    return not (_common_word(nxt) or calendar_word(nxt.text))


@cache
def _zone_words() -> frozenset[str]:
    """The words of a time zone's name that name no place: "Eastern Standard Time",
    "Greenwich Mean Time", "Mountain Time" (name_words.json zone_words)."""
    return frozenset(table("name_words.json")["zone_words"])


def _time_of_a_day(words: list[Token]) -> bool:
    """Whether the words are a word of time and a weekday or a month, capitalised as a
    sentence opens ("Late Tuesday, the company said", "Early Monday the storm hit"): a
    time, no name; "late" is no title there ("the late Ana Vell")."""
    day = words[-1].text
    return len(words) == 2 and words[0].key in _TIME_WORDS and calendar_word(day)


def _dated(tokens: list[Token], last: int) -> bool:
    """Whether the run ends in a month's name before the number of a day, a date written
    right after a name as photo captions and datelines write it, with no "on" or comma
    ("at the port in Kelby June 3, 2024", "Ana Vell speaks in Velkor May 21"), the month
    maybe cut short as wire datelines write it ("KELBY Feb 11 Velkor said") after a place
    in capitals opening the line: elsewhere such a word may be a name's ("Vina Del Mar 2
    Kelby Rovers 1", "Pieter Jan 2 goals")."""
    if last + 1 >= len(tokens):
        return False
    month = tokens[last].text
    if month not in _months() and not (
        month in _month_abbreviations() and _dateline_place_before(tokens, last)
    ):
        return False
    day = tokens[last + 1].text
    return day.isdigit() and 1 <= int(day) <= 31


def _dateline_place_before(tokens: list[Token], at: int) -> bool:
    """Whether words in capitals stand before `at` from an opening on ("OSLO", "SAO
    PAULO"): a dateline's place."""
    k = at - 1
    while k >= 0 and tokens[k].text.isupper():
        if tokens[k].initial:
            return True
        k -= 1
    return False


def _period_of_figures(tokens: list[Token], last: int, lex: Lexicon) -> bool:
    """Whether the run ends in a month's name, no given name ("June", "August" are), or a
    financial period's code ("Q3", "H1", "FY24"), before a word in lower case that is no
    verb of saying, as sales, results and traffic headlines glue the period to the company
    ("Velkor Motors November sales up 14%", "Kelby Air Sept passengers", "Velmora Bank Q3
    profit rises"): the period of the figures, no word of the name."""
    period = tokens[last].text
    month = period in _months() or period in _month_abbreviations()
    if not (month or _PERIOD_CODE.fullmatch(period)) or last + 1 >= len(tokens):
        return False
    if is_given_name(tokens[last].key):
        return False
    after = tokens[last + 1]
    return after.lower and after.word and after.key not in lex.subject_verbs


@cache
def _month_abbreviations() -> frozenset[str]:
    return frozenset(table("timex_lexicon.json")["month_abbreviations"])


@cache
def _months() -> frozenset[str]:
    return frozenset(table("timex_lexicon.json")["months"])


@cache
def _counts() -> frozenset[str]:
    """Numbers written as words, above one ("two", "twenty")."""
    return frozenset(k for k, n in table("timex_lexicon.json")["numbers"].items() if n > 1)


def counted(token: Token) -> bool:
    """Whether the token is a count of things or people: figures ("5", "12") or a number
    in words ("one", "six")."""
    return (
        (token.text.isdigit() and len(token.text) <= 4)
        or token.key in _counts()
        or (token.key == "one")
    )


def _count_of_a_people(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """Whether a number in words opens a people's plural ("Two North Koreans defected",
    "Three Kenyans won"): the count, no part of the people's name."""
    if tokens[first].key not in _counts():
        return False
    people = key(" ".join(t.text for t in tokens[first + 1 : last + 1]))
    return people.endswith("s") and people in lex.demonyms


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(table("timex_lexicon.json")["weekdays"])


def calendar_word(text: str) -> bool:
    """A weekday's or a month's name as written ("Tuesday", "March"): a date's word."""
    return text in _weekdays() or text in _months()


@cache
def _day_parts() -> frozenset[str]:
    return frozenset(table("timex_lexicon.json")["day_parts"])


def _counted_by_numeral(words: list[Token]) -> bool:
    """A Roman numeral alone ("phase III", "category IV", "level II") or after a common
    word ("Phase III", "Type II"): a stage counted, no name; after a name it is a ruler's
    or a pope's ("Henry VIII", "Leo XIV"). "I" and "X" alone are a pronoun and a name."""
    numeral = words[-1].text
    if len(numeral) < 2 or numeral[0] not in "IVX" or _ROMAN_NUMERAL.fullmatch(numeral) is None:
        return False
    return len(words) == 1 or (len(words) == 2 and _common_word(words[0]))


def _counted_wares(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a name in the plural stands alone after a count, a model's number maybe
    between ("ordered 20 Velkorliners", "20 787-10 Velkorliners", "sold ten Tarskers and
    ..."): things made under the name, as a maker's models are
    counted, no actor; not a people's or a party's members ("two Americans", "three
    Democrats"), nor a place's ("the two Koreas"), nor a name before the noun it
    qualifies ("three Emirates flights")."""
    token = tokens[i]
    k = token.key
    if not (k.endswith("s") and len(k) > 4):
        return False  # no plural: the count before it is not looked for
    c = i - 1 - (i >= 2 and model_number(tokens[i - 1]))  # "20 787-10 Velkorliners"
    if not (c >= 0 and counted(tokens[c])):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.word and not nxt.function:
        return False
    one = singular(k)
    return not (
        token.demonym
        or one in lex.demonyms
        or k in lex.group_nouns
        or lex.is_place(one)
        or is_given_name(one)
        or one in single_words("kind_words.txt")  # "two Democrats": a party's members
    )


def _goals_before(tokens: list[Token], first: int) -> bool:
    """Whether a side's goals stand right before the name at `first`, as in a row of
    results ("Kelby Rovers 3 Ostra City 1"): the figure after the name is its goals too,
    no number of a site ("Terminal 2")."""
    return first > 1 and tokens[first - 1].text.isdigit() and len(tokens[first - 1].text) <= 2


def _all_of_a_name(tokens: list[Token], i: int, last: int) -> bool:
    """ "All", "First" or "One" capitalised inside a sentence, where no word has to be,
    before a capitalised word: the first word of a name of a team, a party, a club, an
    airline or a bank ("the All Blacks", "All Nippon Airways", "loans from First Velkor
    Bank", "One Nation"), no quantifier nor ordinal; "All" opening a sentence too, before
    a name a verb or a comma follows ("All Velkor Airways said", "All Velkor Airways, the
    launch customer, ..."), where the quantifier has its noun after the name ("All Velkor
    staff", "All Velkor Airways flights") and a people takes none ("All Americans said")."""
    token = tokens[i]
    if not (token.key in _NAME_OPENERS and i < last and tokens[i + 1].cap):
        return False
    if token.mid_capital:
        return True
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return (
        token.key == "all"
        and token.initial
        and after is not None
        and (after.text == "," or _finite_verb(after))
        and not tokens[last].demonym
    )


def _given_function(tokens: list[Token], i: int, last: int) -> bool:
    """A function word that is also a given name ("Will"), capitalised inside a sentence
    where no word has to be, or a modal opening a sentence before a finite verb (see
    _given_modal), and followed by a surname (see _surname_next): the given name of a
    person ("stars Will Harwood", "Will Okafor said"), not the modal of a title of a work
    ("What Will Happen"). So is one that is a Vietnamese family name ("Do") before
    two short given names there, after a title, a trade or a determiner ("tycoon Do Thanh
    Hai", "Minister Do Quang Vinh", see kinds.family_name_first); not after a question
    word or a conjunction ("Where Do Mai Linh and Tuan Go Next?", "and So Mai Linh left")."""
    token = tokens[i]
    if not (token.mid_capital and i < last):
        return token.initial and token.key in _MODALS and _given_modal(tokens, i, last)
    lex = lexicon()
    if token.key not in lex.first_names:
        return (
            i + 2 <= last
            and _capitalised_short_given(tokens[i + 1 : i + 3])
            and _names_one(tokens, i)
        )
    return _surname_next(tokens, i)


def _surname_next(tokens: list[Token], i: int) -> bool:
    """Whether the word after tokens[i] may be a surname: capitalised, of letters (maybe
    joined by a hyphen: "Will Adeyemi-Bello"), neither a function word nor a common English
    word ("Will Harwood"; not "Will Happen")."""
    nxt = tokens[i + 1]
    letters = nxt.text.replace("-", "")
    return nxt.cap and letters.isalpha() and not nxt.function and not _common_word(nxt)


def _given_modal(tokens: list[Token], i: int, last: int) -> bool:
    """A modal that is also a given name ("Will") opening a sentence before a capitalised
    surname that a finite verb or, in a sentence that asks nothing, an apposition follows:
    a person's given name ("Will Okafor was charged", "Will Okafor said", "Will Okafor, the
    chief engineer, said"), not the modal of a question, whose verb is bare ("Will Okafor
    be charged?", "Will Okafor have to pay?", "Will Okafor cut taxes?")."""
    if last + 1 >= len(tokens):
        return False
    after = tokens[last + 1]
    apposed = after.text == "," and tokens[-1].text != "?"
    if not apposed and (not _finite_verb(after) or after.key in _infinitive_shaped()):
        return False
    return tokens[i].key in lexicon().first_names and _surname_next(tokens, i)


@cache
def _infinitive_shaped() -> frozenset[str]:
    """Verbs of a finite form that is also the bare infinitive ("cut", "become", "do"),
    which a question's subject takes after its modal (data/timex_tense_cues.json), and the
    plural's ("have", "were"), which no one person takes."""
    cues = table("timex_tense_cues.json")
    bare = [*cues["participles"], *cues["past_as_present"], *cues["auxiliaries"]]
    return frozenset(bare).union(lexicon().plural_verbs)


def _names_one(tokens: list[Token], i: int) -> bool:
    """Whether the word before `i` is one that stands before a person's name: a title, a
    trade ("Minister", "tycoon") or a determiner."""
    lex = lexicon()
    k = tokens[i - 1].key if i else ""
    return k in DETERMINERS or lex.is_title_word(k) or k in lex.person_nouns or _trade(k)


def _family_name_first(run: list[Token]) -> bool:
    """A Vietnamese name: a short family name, then two short given names ("Do Quang
    Vinh", "Le Minh Khoa"), though the family name is an English word ("Do")."""
    return (
        len(run) == 3
        and run[0].cap
        and short_syllable(run[0].text)
        and _capitalised_short_given(run[1:])
    )


def _capitalised_short_given(words: list[Token]) -> bool:
    """Two capitalised given names of one short syllable each ("Thanh Hai", "Quang Huy"),
    as Vietnamese names write them after the family name (see kinds.short_given_names)."""
    return all(t.cap for t in words) and short_given_names([t.key for t in words])


def _pronoun_i(tokens: list[Token], first: int, i: int, lex: Lexicon) -> bool:
    """Whether the "I" at `i`, last in the run tokens[first..i], is the pronoun opening a
    clause ("in the Vesk Cadet Corps I was chosen", "the novel Quiet Harbours I think"),
    not the numeral of a ruler or a war ("Peter I was", "Ottokar I ruled", "World War I
    ended"): a lower-case word follows it, neither a given name nor an event's head word
    stands before it, and that word is a common one or not the only one. After a place or
    before a modal or "am" it is the pronoun too ("when I got to Ostrava I was sure",
    "in Kelbany I could win"): no ruler is named after a place, and a ruler's numeral
    seldom has a modal after it."""
    if i + 1 >= len(tokens):
        return False
    nxt, before = tokens[i + 1], tokens[i - 1]
    if not (nxt.lower and nxt.word) or before.key in lex.event_heads or is_given_name(before.key):
        return False
    return (
        i - first > 1
        or _common_word(before)
        or nxt.key in _MODALS
        or nxt.key == "am"
        or lex.is_place(before.key)
    )


def _particle_alone(token: Token, lex: Lexicon) -> bool:
    """A particle of personal names alone ("De", "Van", "La"): a piece of a name or a word
    of another language ("De rerum natura"), no name by itself; not a place or a given
    name spelled so ("Van", "Della"), nor capitals ("LA")."""
    return token.key in lex.particles and not token.known and not token.text.isupper()


def _third_person(k: str) -> bool:
    """An English verb in the third person of the present ("wins", "posts", "delays",
    "carries"), as headlines write them; plural nouns look the same, so only a line with
    no full stop (a headline) reads it."""
    if not k.endswith("s") or k.endswith(("ss", "us", "is")):
        return False
    stems = (k[:-1], k[:-2] if k.endswith("es") else "", k[:-3] + "y" if k.endswith("ies") else "")
    # all of the English words ("post" is a head word too), from the one read of the list
    return any(is_english_word(stem) or stem in names_too() for stem in stems if stem)


def _unstopped(tokens: list[Token]) -> bool:
    """Whether the sentence ends in no full stop, question or exclamation mark: a headline,
    a caption or an item of a list."""
    end = len(tokens) - 1
    while end > 0 and tokens[end].text in CLOSING_QUOTES:
        end -= 1
    return tokens[end].text not in (".", "?", "!")


def _after_nickname(tokens: list[Token], i: int) -> bool:
    """Whether a nickname in quotation marks after a capitalised word stands right before
    tokens[i] ('Julia "Kite" Hill'): a few words between marks, the closing one right after
    a word; tokens[i] is a surname."""
    if i < 3 or tokens[i - 1].text not in CLOSING_QUOTES or not tokens[i - 1].attached:
        return False
    k = i - 2  # the nickname's last word
    while k > 0 and i - 1 - k <= NICKNAME_WORDS and tokens[k].word:
        k -= 1
    opening = tokens[k]
    if k == i - 2 or k == 0 or opening.text not in OPENING_QUOTES or opening.attached:
        return False
    return tokens[k - 1].cap and tokens[k - 1].word


def _apposition(tokens: list[Token], at: int) -> bool:
    """Whether an apposition opens at `at` after a name and a comma: a place noun within
    its first words ("Velkan, a town in ..."), or words only up to a comma before a word in
    lower case ("Velkan, the main opposition party, backed ..."); not the subject of a
    sentence after an opening adverb ("However, the vote was close.")."""
    if any(t.key in lexicon().place_nouns for t in tokens[at + 1 : at + 4] if t.lower):
        return True
    comma = _closing_comma(tokens, at)
    return comma is not None and comma + 1 < _apposition_end(tokens, at) and tokens[comma + 1].lower


def _closing_comma(tokens: list[Token], at: int) -> int | None:
    """Where the comma closing an apposition that opens after the comma at `at` stands: only
    words up to it, a plural's apostrophe among them ("Kiwi Tamatea, the dockers'
    president, told"), within `_APPOSITION_WORDS`; None if no such comma."""
    for k in range(at + 1, _apposition_end(tokens, at)):
        if tokens[k].text == ",":
            return k
        if not (tokens[k].word or plural_apostrophe(tokens, k)):
            return None
    return None


def _apposition_end(tokens: list[Token], at: int) -> int:
    return min(len(tokens), at + _APPOSITION_WORDS + 2)


def pageant_crown(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether the honorific at `at` and the word after it name a pageant's crown ("Miss
    World", "Miss Universe", "Miss Kenya"), a title before its winner's name ("Miss World
    Ana Vell"): the pageant's word, or a place no given name is ("Miss Georgia Ana Vell"
    may be Georgia Ana Vell)."""
    if at + 1 >= len(tokens) or tokens[at].key not in lex.pageant_honorifics:
        return False
    crown = tokens[at + 1]
    return crown.cap and (
        crown.key in lex.pageant_words or (lex.is_place(crown.key) and not is_given_name(crown.key))
    )


def _name_apostrophe(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether the apostrophe right after the capitalised word at `j` ends that word as
    some languages write a sound (Luo "Oduong'", Dholuo names), not a possessive: the
    word ends in no "s" (an English plural's possessive: "the Workers' Union") and a
    capitalised word follows after a space. Not in a sentence where a single quotation
    mark opened before ("the song 'Kelby' Ana Vell wrote": the mark closes a quotation;
    see _opens_quotation: a plural's "workers'" or another name's "Anyang'" opens none),
    nor after an honour written with it ("Dato' Sri Amin Velu": a title, see
    malay_honours)."""
    word, mark, after = tokens[j], tokens[j + 1], tokens[j + 2]
    return (
        mark.attached
        and word.cap
        and not word.titled
        and f"{word.key}'" not in lex.malay_honours
        and word.text[-1:].isalpha()
        and word.text[-1].lower() != "s"
        and after.lead
        and not after.attached
        and not any(_opens_quotation(tokens, k) for k in range(j) if tokens[k].text in _QUOTES)
    )


def _opens_quotation(tokens: list[Token], k: int) -> bool:
    """Whether the single quotation mark at `k` opens a quotation: a left mark (U+2018),
    or a straight one set off from the word before (a space, a sentence's start or
    another mark before it) and attached to a word after ("played 'Kelby'"); not the
    apostrophe a word ends in ("the teachers' union", "Anyang' Nyongo")."""
    mark = tokens[k]
    if mark.text != "'":
        return True
    return (
        (k == 0 or not mark.attached or not tokens[k - 1].word)
        and k + 1 < len(tokens)
        and tokens[k + 1].attached
        and tokens[k + 1].word
    )


_CAMEL_CASED, _POSSESSIVE_FORM = attrgetter("camel"), attrgetter("possessive")
# the marks a run of capitalised words may go on over (see NameFinder._runs)
_RUN_MARKS = _APOSTROPHES | {".", "&", ","}


@cache
def _demonym_ends(lex: Lexicon) -> frozenset[str]:
    """The last words of the demonyms ("african" of "south african")."""
    return frozenset(d.rpartition(" ")[2] for d in lex.demonyms)


@cache
def _body_ends(lex: Lexicon) -> frozenset[str]:
    """The words a body's or a site's name ends in: its suffix ("Holdings"), trade
    ("Petroleum"), head ("Bank") or a facility's head ("Hotel"): one set to look in."""
    return lex.org_suffixes | lex.industry_words | lex.org_heads | lex.facility_heads


def _halves(cand: Candidate) -> tuple[Candidate, Candidate]:
    """The two names joined by the one hyphen of a candidate ("Paris-Berlin"), each with
    the tokens it is written in (the hyphened token is both's)."""
    tokens, text = cand.tokens, cand.text
    at = text.index("-")
    joint = next(i for i in range(cand.first, cand.last + 1) if "-" in tokens[i].text)
    left = Candidate(tokens, cand.first, joint, cand.start, cand.start + at, text[:at])
    right = Candidate(tokens, joint, cand.last, cand.start + at + 1, cand.end, text[at + 1 :])
    return left, right


def _after_apposition(tokens: list[Token], at: int) -> Token | None:
    """The token at `at`, or, when an apposition set off by commas opens there after a
    name ("Ana Vell, the party co-leader, said"), the token after its closing comma."""
    if at >= len(tokens):
        return None
    if tokens[at].text != "," or at + 1 >= len(tokens) or tokens[at + 1].key not in _APPOSED:
        return tokens[at]
    comma = _closing_comma(tokens, at)
    return tokens[comma + 1] if comma is not None and comma + 1 < len(tokens) else None


def plural_apostrophe(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is the apostrophe of a plural's possessive, glued to a word in
    "s" before it ("the carmakers' association", "the workers' union")."""
    return (
        tokens[k].text in _APOSTROPHES
        and tokens[k].attached
        and k > 0
        and tokens[k - 1].key.endswith("s")
    )


def adverb(k: str) -> bool:
    """An adverb made of an adjective ("frequently", "happily"), not "family" nor "ally"."""
    common = common_words()
    return k.endswith("ly") and (k[:-2] in common or k[:-3] + "y" in common)


@cache
def _clause_openers() -> frozenset[str]:
    """Words after which a name may open a clause as its subject ("when Maria left")."""
    return frozenset(table("name_words.json")["clause_openers"])


def tells_a_life(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether the words at `at` are a verb of a life, of one word or two ("died", "shook
    hands"): what a person does, no body."""
    if at >= len(tokens) or not tokens[at].lower:
        return False
    if tokens[at].key in lex.life_verbs:
        return True
    return at + 1 < len(tokens) and f"{tokens[at].key} {tokens[at + 1].key}" in lex.life_verbs


@cache
def _verbs() -> frozenset[str]:
    """Verbs a name may be the subject of that no rule of "ed" finds: the past tenses of
    the tense cues ("left", "won"), past forms that are participles or presents too ("cut",
    "hit", "beat") and the verbs of speech, of a life and of companies."""
    lex = lexicon()
    cues = table("timex_tense_cues.json")
    past = [*cues["past"], *cues["participles"], *cues["past_as_present"]]
    return frozenset(past).union(lex.subject_verbs, lex.life_verbs, lex.company_verbs)


def _abbreviations() -> frozenset[str]:
    return word_list("abbreviations.txt")


@cache
def _honour_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The prefixes of honours, and the first and last words of award categories."""
    honours = table("honours.json")
    return (
        frozenset(honours["prefixes"]),
        frozenset(honours["openers"]),
        frozenset(honours["nouns"]),
    )


def _plural_possessive(token: Token) -> bool:
    """The possessive of a plural noun of people ("People's", "Women's", "Fishermen's"):
    what a body is of or for ("the People's Bank", "the Fishermen's Association"), no
    owner ending a name as "Norway's" or "Ana Vell's" does."""
    k = token.key
    return k in _PLURALS or (k.endswith("men") and k in common_words())


_PLURALS = frozenset({"people", "peoples", "women", "children", "men"})
_REMITS = frozenset({"on", "to"})  # after a body's head, its matter or aim: see `_remit`
_SAINTS = frozenset({"st", "saint", "ste", "sainte"})  # "St. Luke's", "Sainte Anne's"


def _honour(words: list[Token], lex: Lexicon) -> bool:
    """An honour given to a player ("All-Star", "All-American"; not "All-India": a place
    after the hyphen) or an award category ("Best Supporting Actress", "Outstanding Drama
    Series", not "Best Buy"): what someone wins or is named to, no actor."""
    if len(words) == 1 and "-" not in words[0].key:
        return False  # most names are one word with no hyphen: no prefix to look up
    prefixes, openers, nouns = _honour_words()
    if len(words) == 1:
        head, _, rest = words[0].key.partition("-")
        return head in prefixes and bool(rest) and not lex.is_place(rest)
    return words[0].key in openers and words[-1].key in nouns


def _members_of_the(tokens: list[Token], start: int, at: int, last: int) -> bool:
    """Whether "of" at `at` joins a body named for its members ("Friends of the Earth",
    "Doctors of the World", "Sisters of the Poor"): one plural English noun, capitalised
    inside a sentence, before "of the" and one capitalised word that ends the run."""
    word = tokens[start]
    return (
        at == start + 1
        and last == at + 2
        and tokens[at + 1].key == "the"
        and word.mid_capital
        and word.key.endswith("s")
        and _english_noun(word.key)
        and not word.titled
    )


def _bracketed_label(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a wire service's label in brackets opening a headline, a word
    in capitals ("(LEAD) Velmora launches ...", "(URGENT) ...") or its letters after an
    ordinal ("(2nd LD) ..."): Korean and other agencies mark a story's updates so, and
    the label names no actor."""
    token = tokens[i]
    if not (token.text.isupper() and i + 1 < len(tokens) and tokens[i + 1].text == ")"):
        return False
    if i == 1 and tokens[0].text == "(":
        return _common_word(token)
    return i == 2 and tokens[0].text == "(" and ORDINAL.fullmatch(tokens[1].text) is not None


def _wire_label(token: Token, lex: Lexicon) -> bool:
    """A word in capitals glued by a hyphen to the first word of a headline, a label of the
    wire copy ("EXCLUSIVE-Velkor weighs port sale", "ANALYSIS-Brask bets on tourism"), or a
    sport's name in title case, the wire's sport label ("Tennis-Vell wins title"): no name,
    though the word after it may be one ("NATO-Velkor talks": no English word)."""
    if not token.initial or "-" not in token.text:
        return False  # most words have no hyphen
    label, _, rest = token.text.partition("-")
    if not (len(label) > 2 and rest[:1].isupper() and not rest.isupper()):
        return False
    if label.isupper():
        return label.lower() in common_words()
    return label[1:].islower() and label.lower() in lex.sport_names


def _one_of_a_kind(tokens: list[Token], i: int) -> bool:
    """A noun of a member of a kind after "a" or "an" ("Ana Vell, a Democrat, won", "a
    Jesuit who taught in Kelby"; data/kind_words.txt): what someone is, no actor, as "a
    farmer" is none; not before a noun it describes ("a Xerox spokesman": a company's)."""
    if not (i >= 1 and tokens[i - 1].key in _INDEFINITE):
        return False  # most words follow no "a" nor "an"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        not tokens[i].possessive
        and tokens[i].key in single_words("kind_words.txt")
        and (nxt is None or not nxt.lower or nxt.function)
    )


def _agent_noun(k: str) -> bool:
    """A noun of one who does what an English verb says ("explainer", "writer"), which
    the word lists may lack: a word of the copy, as the verb is."""
    return k.endswith("er") and (is_english_word(k[:-2]) or is_english_word(k[:-1]))


def _joins_fields(field: list[Token], token: Token) -> bool:
    """Whether `token` is an "and" or "&" inside a field of capitalised words, between two
    of them ("Trade and Industry")."""
    return token.key in ("and", "&") and field[0] is not token and field[-1] is not token


def office_field(token: Token, lex: Lexicon) -> bool:
    """A word naming the field of an office in a title: a title's modifier ("Energy",
    "Sports") or a capitalised common word, no head nor listed name ("Youth", "Arts")."""
    return token.key in lex.title_modifiers or _field_of_office(token)


def _field_of_office(token: Token) -> bool:
    return token.cap and _common_word(token) and not (token.head or token.known)


def fields_of_one_office(tokens: list[Token], at: int, last: int, lex: Lexicon) -> bool:
    """Whether the "and" at `at` joins two fields of one office before its title's head, by
    `last` ("Energy and Industry Minister Ana Vell", "Arts and Culture Secretary Tomas
    Rask"): one title, no body named "Energy" or "Arts". A body's head after the "and"
    ends the fields: "the Securities and Exchange Commission Chairman" names a body. Not a
    surname that is an English word after a given name: "Tomas Rusk and Finance Minister
    Kofi Asante" are two people."""
    if not (0 < at < last and tokens[at].key == "and" and office_field(tokens[at - 1], lex)):
        return False
    if at >= 2 and tokens[at - 2].cap and is_given_name(tokens[at - 2].key):
        return False  # "Tomas Rusk and": a person's name, its surname a common word
    end = at + 1
    while end < last and end - at <= _FIELD_WORDS and office_field(tokens[end], lex):
        end += 1
    return end > at + 1 and lex.is_title(tokens[end].key)


_FIELD_WORDS = 3  # "Publicity and Broadcasting Services Minister": the words of a field


def _common_word(token: Token) -> bool:
    """A capitalised common English word ("Fellow", "Conservation", "Walked"), or one in
    capitals for emphasis ("WHEREAS", "THEREFORE"): capitalised by position or style, no name by
    itself. Not one with a capital inside ("IndiGo", "SunExpress"): a name's spelling."""
    k = token.key
    if token.text.isupper():  # up to three letters may be an initialism ("WHO", "ACT")
        return len(k) > 3 and (k in common_words() or k in lexicon().function_words)
    if k in common_words() or _trade(k) or _english_compound(token):
        return not _inner_capital(token)
    return False


def _english_compound(token: Token) -> bool:
    """English words joined by hyphens, in lower case after the first ("Left-hander",
    "Right-back", "Play-off", "Co-author": an English prefix first): a noun or an
    adjective of the language, no name, as its parts are none ("Sport-Express",
    capitalised throughout, may name a paper)."""
    if "-" not in token.text or not token.text[1:].islower():  # most words have no hyphen
        return False
    parts = token.key.split("-")
    if len(parts) < 2:
        return False
    if parts[0] in lexicon().word_prefixes:
        parts = parts[1:]  # "co" of "Co-author"
    return all(
        len(p) > 1 and (is_english_word(p) or p in names_too() or _agent_noun(p)) for p in parts
    )


# the endings of the Latin second word of a species' name ("fusca", "coli", "sapiens")
_EPITHET_ENDINGS = ("a", "ae", "i", "is", "us", "um", "ens", "ans", "ix", "ax", "ex")


def _demonyms_only(words: list[Token], lex: Lexicon) -> bool:
    """Demonyms and words of faith or ideology, more than one and no given name first
    ("Jewish Christian", "Sunni Muslims", "Libertarian Socialist"): what someone is, as
    one demonym alone says, no name ("Christian Dior" is one)."""
    return (
        len(words) > 1
        and (words[0].key in lex.demonyms or words[0].key.endswith(_IDEOLOGY))  # most fail here
        and all(t.key in lex.demonyms or t.key.endswith(_IDEOLOGY) for t in words)
        and not is_given_name(words[0].key)
    )


def _genus(tokens: list[Token], i: int) -> bool:
    """A genus before the Latin second word of a species' name in lower case ("Apis
    mellifera", "Escherichia coli", "Quercus robur" not: the ending tells Latin): the
    name of a kind of living thing, no actor. The second word is no English word, no
    particle of a name ("van", "bin") and of four letters at least."""
    if i + 1 >= len(tokens) or tokens[i].possessive or tokens[i].text.isupper():
        return False  # not "Apple's iTunes", "UK warplanes"
    nxt = tokens[i + 1]
    k = nxt.key
    return (
        nxt.text == k  # in lower case throughout: not "iTunes"
        and not nxt.leading
        and len(k) > 3
        and k.isalpha()
        and k.endswith(_EPITHET_ENDINGS)
        and not _english_word(nxt)
    )


def _shouted(token: Token) -> bool:
    """A common English word written in capitals, of four letters or more ("NEVER",
    "EASY"), or of three when it is a function word too ("NOT", "AND", "ALL"; not "WHO",
    "ITV"): no initialism by its letters alone."""
    k = token.key
    if not token.text.isupper() or len(k) < 3:
        return False
    return _common_word(token) or (k in common_words() and k in lexicon().function_words)


def _english_word(token: Token) -> bool:
    """A word an English dictionary holds in any case ("Rebel", "Snow"), or a trade's."""
    return _common_word(token) or is_english_word(token.key) or token.key in names_too()


def _party_word(token: Token) -> bool:
    """A member's noun or adjective of a party or a faith ("Republican", "Democratic",
    "Catholic"): before a title and a name it says what the person is, no employer."""
    k = token.key
    return k in single_words("kind_words.txt") or (k in names_too() and k.endswith(_ADJECTIVE))


def _paired_nouns(first: Token, second: Token) -> bool:
    """Two English nouns in the singular joined by "and", the second an abstract noun
    capitalised where no word has to be ("Law and Justice", "Freedom and Progress", "Unity
    and Renewal"): the name of a party or a movement, when the text makes it a subject (see
    NameFinder._subject_body). Not two companies or places named by common words ("Apple
    and Turkey", "Shell and Total": the first a name too, or the second a place's), nor a
    party's or a faith's adjective ("Labour and Conservative"), nor plurals ("Floods and
    Storms" of a headline are capitalised by its style)."""
    return (
        second.mid_capital
        and second.key.endswith(_ABSTRACT)
        and not second.known
        and first.key not in names_too()
        and all(
            _english_word(t) and not _party_word(t) and not t.demonym and singular(t.key) == t.key
            for t in (first, second)
        )
    )


# the heads of a country's armed services' names, which titles' words too
_ARMED_SERVICES = frozenset({"force", "forces", "army", "navy"})

# lower-case nouns after a party's or a movement's name ("the Law and Justice party")
_KINDS_OF_PARTY = frozenset({"party", "movement", "alliance", "coalition", "bloc", "front"})
# endings of abstract nouns, the second word of a party's name of two ("Law and Justice")
_ABSTRACT = ("ice", "ity", "ion", "ment", "ness", "ance", "ence", "dom", "ress", "wal", "acy")


def _compound_plural(k: str) -> bool:
    """ "mineworkers", "dockhands": a plural no dictionary lists whose end is a common
    plural noun of four letters or more ("workers", "hands")."""
    return any(k[at:] in common_words() for at in range(1, len(k) - 4))


def _partner(token: Token) -> bool:
    """A partner's name in a firm's name: one capitalised word of letters ("Bruyette")."""
    return token.cap and token.text.isalpha() and not token.attached


def _comma_list(tokens: list[Token], j: int, end: int) -> tuple[int, int]:
    """After a name's word at `j`: the "and" of a list of single field words between commas
    (", Food and Rural Affairs") and the last capitalised word after it; (0, 0) if none."""
    k = j + 1
    while k + 1 <= end and tokens[k].text == "," and _field(tokens[k + 1]):
        k += 2
    if k == j + 1 or k > end or tokens[k].key != "and":
        return 0, 0
    last = k
    while last + 1 <= end and tokens[last + 1].cap and not tokens[last + 1].attached:
        last += 1
    return k, last


def _people_body_in_a_headline(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens[first..last] are a demonym and a body's head in a line in title case
    ("Spanish Court Orders Retrial", "Velkorian Police Arrest Two"): a court or a force of
    that country, as a headline capitalises it; the story names the body itself."""
    people, head = tokens[first], tokens[last]
    return last == first + 1 and people.demonym and head.head and people.initial and head.initial


def _surname_after_given(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a word no English dictionary holds right after a given name
    ("Lidia Varkonyi" of a contact line or a headline in title case): the surname, a
    name though no list knows it."""
    before, token = tokens[i - 1], tokens[i]
    return (
        is_given_name(before.key)
        and token.cap
        and token.text.isalpha()
        and not token.text.isupper()
        and not _english_word(token)
    )


def _fields_to_the_end(tokens: list[Token], at: int, last: int) -> bool:
    """Whether tokens[at..last] are fields listed with commas and an "and" to the end of
    the run ("Trade, Industry and Tourism"): a title's portfolio, which names no one."""
    k, end = _comma_list(tokens, at, last)
    return (
        k > 0 and end == last and _field(tokens[at]) and all(map(_field, tokens[k + 1 : end + 1]))
    )


def _field(token: Token) -> bool:
    """A common word in title case ("Food", "Rural", "Affairs"), or one the title lists
    hold too ("Trade", "Industry", "Energy": "Trade Minister"): a field a body's name may
    list, not a name of its own. Not a body's head ("the Ministry of Justice, Police and
    Army": three bodies)."""
    k = token.key
    return (
        token.cap
        and token.text[0].isupper()
        and (_english_noun(k) or (is_english_word(k) and not token.head))
    )


def _trade(k: str) -> bool:
    """ "Carmaker", "planemakers", "Dockworkers": a common word and "maker" or "worker",
    the noun of a trade or of people at work, as "lawmaker" and "coworker" are (news
    coins more of them than a dictionary holds)."""
    if not k.endswith(_TRADE_ENDINGS):  # few words end so: the lists asked only of those
        return False
    stem = k[:-1] if k.endswith("s") else k
    for end in ("maker", "worker"):
        if stem.endswith(end) and stem[: -len(end)] in common_words():
            return True
    return False


_TRADE_ENDINGS = ("maker", "makers", "worker", "workers")


def _credit_in_brackets(tokens: list[Token], i: int) -> bool:
    """Whether the word at `i` stands alone in brackets as a sentence of its own, as wire
    copy ends a story with the agency that sent it ("... from Thursday's close.
    (Velnap)"): a name, no English word ("(Updated)", "(Corrected)")."""
    return (
        i == 1
        and len(tokens) == 3
        and tokens[0].text == "("
        and tokens[2].text == ")"
        and not _common_word(tokens[1])
    )


def _malay_honour(tokens: list[Token], first: int, last: int, lex: Lexicon) -> int:
    """How many words opening tokens[first..last] are a Malay honour ("Tun Harun Ambak",
    "Datuk Seri Velan Rasak", its "Datuk" split off as an honorific): no part of the name.
    "Tun" only opening the name and not twice ("Tun Tun Aung", "Kyaw Tun Naing" are
    Burmese names); "Seri", "Sri" only right after such an honour ("Minister Sri
    Mulyani" keeps her name)."""
    at = first
    if at < last and tokens[at].key in lex.malay_honours and tokens[at + 1].key != tokens[at].key:
        at += 1
    while (
        at < last
        and tokens[at].key in lex.malay_honour_words
        and at > 0
        and tokens[at - 1].key in lex.malay_honours
    ):
        at += 1
    return at - first


def style_of_address(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """How many words from tokens[i] are the style a ruler or a prelate is addressed by
    after a pronoun, "his", "her", "their" or "your" ("His Highness the Amir received",
    "Her Majesty said", "Their Royal Highnesses", "His Excellency Ana Vell"): court and
    Gulf copy writes it in place of the name or before a title and the name, and it names
    no actor nor role of its own."""
    if not 0 < i < len(tokens) or tokens[i - 1].key not in lex.pronouns:
        return 0
    royal = tokens[i].key == "royal" and i + 1 < len(tokens)
    style = tokens[i + royal].key
    styled = style in lex.styles_of_address or singular(style) in lex.styles_of_address
    return 1 + royal if styled else 0


def _form_after_brackets(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the word at `i` is a company's legal form after a word in brackets, the
    way firms are registered ("Velkor Mining (Pty) Ltd", "Ostrel Foods (UK) Ltd",
    "Kelby Tea (Private) Limited"): the end of the name before the brackets, no body of
    its own."""
    return i >= 1 and tokens[i - 1].text == ")" and tokens[i].key in lex.org_suffixes


def _prefixed(token: Token) -> bool:
    """A name with a prefix glued before it ("Ex-Dravik chief", "Anti-Velkor protests",
    "Pro-Ostrana rallies"): a word about the name, which the text names apart."""
    head, _, rest = token.text.partition("-")
    return head.lower() in _PREFIXES and rest[:1].isupper()


_PREFIXES = frozenset({"ex", "anti", "pro", "non", "pre", "post"})


def participle_after(token: Token) -> str:
    """The participle glued with a hyphen after a name's last word ("Party-led",
    "Front-backed", "Holdings-owned", "Prize-winning"): the name leads, backs, owns or is
    won by what follows, and the participle is no part of it; "" if none (not a hyphenated
    given name: "Dae-sung", "Xiao-ming": an "-ing" must be an English word)."""
    if "-" not in token.text:
        return ""  # most words have no hyphen
    head, _, tail = token.text.rpartition("-")
    if not (head and tail.islower() and len(tail) > 2):
        return ""
    past = tail.endswith("ed")
    return tail if past or (tail.endswith("ing") and tail in common_words()) else ""


def _compound_adjective(token: Token) -> bool:
    """A hyphenated word whose last part is a word in lower case of more than three letters,
    a common one, a participle or a word of a period or a manner ("Lagos-based",
    "Oscar-winning", "French-born", "US-led", "the Velkor-era cabinet"): an adjective."""
    if "-" not in token.text:
        return False  # most words have no hyphen
    head, _, last = token.text.rpartition("-")
    if not (head and last.islower()):
        return False
    return (
        len(last) > 3
        or last in common_words()
        or last.endswith("ed")
        or last in lexicon().period_tails
    )


# the ends of English words that describe who someone is or how something fares, not a
# name's first word: agents ("insurer", "actor", "analyst", "musician", "actress"),
# adverbs and participles ("currently", "troubled", "struggling")
_NOT_OF_A_NAME = ("er", "or", "ist", "ian", "ess", "ant", "ent", "ly", "ed", "ing")


def _unknown_word(token: Token) -> bool:
    """A word of letters (maybe hyphenated) that no English dictionary holds, of more than
    three letters: not a contraction ("Don't"), an initialism ("ABC") nor "Snow"."""
    k = token.key
    return len(k) > 3 and k.replace("-", "").isalpha() and not _english_word(token)


def _won_seats(tokens: list[Token], at: int) -> bool:
    """Whether a verb of an election's result at `at` takes a number of seats or votes
    ("won 41 seats", "gained 12 seats", "lost 30 of its seats"): its subject is a party
    or a candidate, a name, though an English word ("Labour", "Reform")."""
    for k in range(at + 1, min(at + 1 + _SEATS_REACH, len(tokens))):
        token = tokens[k]
        if token.key in _SEATS:
            return True
        if not (token.lower or token.text[:1].isdigit()):
            return False
    return False


# an election's result: "X won 41 seats" (see _won_seats)
_ELECTED = frozenset({"won", "wins", "took", "gained", "lost", "secured", "retained", "kept"})
_SEATS = frozenset({"seats", "seat", "votes", "mandates"})
_SEATS_REACH = 4  # the most words from the verb to "seats": "lost 30 of its seats"


def _finite_verb(token: Token | None) -> bool:
    """Whether the token is a verb in lower case that a sentence's subject takes: a past
    form ("posted", "fell", "won"), a verb of speech, of a life or of a company, or a modal
    ("will", "would")."""
    if token is None or not token.lower:
        return False
    k = token.key
    return k in _verbs() or k in _MODALS or (k.endswith("ed") and k in common_words())


def _english_noun(k: str) -> bool:
    """An English word, or the plural of one ("Cities")."""
    common = common_words()
    return k in common or singular(k) in common or (k.endswith("es") and k[:-2] in common)


def _subject_of(tokens: list[Token], at: int, k: str) -> bool:
    """Whether a verb and "its" ("cut its forecast", "raised its stake") or a verb with a
    modal ("will cut", "would buy") stands at `at`: the word `k` before is a sentence's
    subject, a body's name when no list of English words holds it; with a modal, not a
    plural ("Summers can be warm": the word lists hold "Summer" as a name too)."""
    words = tokens[at : at + 3]
    if len(words) < 2 or not words[0].lower:
        return False
    if words[0].key in _MODALS:
        plural = k.endswith("s") and not k.endswith("ss")
        return not plural and words[1].lower and words[1].word
    return words[1].key == "its"


_MODALS = frozenset({"will", "would", "could", "may", "might", "must", "should", "can"})


def _company_owns(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether what follows the word at `i` is what a company has: "X shares", "X stock",
    or after its possessive a named thing ("X's 787", "X's A350") or, after at most one
    adjective, a noun of a company ("X's profit", "X's European chief")."""
    nxt = tokens[i + 1]
    if not tokens[i].possessive:
        return nxt.lower and nxt.key in _SHARES
    if nxt.text[:1].isdigit() or (nxt.cap and any(c.isdigit() for c in nxt.text)):
        return True
    for token in tokens[i + 1 : i + 3]:
        if token.lower and token.key in lex.company_nouns:
            return True
        if not (token.lower or token.demonym):
            return False
    return False


_SHARES = frozenset({"shares", "stock"})
# what a market report says an index did in a session ("the Nikkei 225 closed higher")


def _past_a_unit(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """Where the title starts after one or two nouns in lower case at `i` that name the
    body it is of inside the employer ("(Vardo) union leader", "(Vardo) works council
    head", "(Vardo) supervisory board chairman"), or `i` when a title starts there or no
    such nouns stand before one; a verb or a function word is no unit's noun."""
    for j in (i + 1, i + 2):
        unit = tokens[i:j]
        if j >= len(tokens) or not all(
            t.lower and not t.function and t.key not in lex.title_words and not _finite_verb(t)
            for t in unit
        ):
            return i
        if tokens[j].lower and tokens[j].key in lex.title_words:
            return j
    return i


def _name_after_title(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the lower-case title words from tokens[i] on ("chief executive", "vice
    chairman") end at a capitalised name: the word before them is then the employer's name
    ("Vardo chief executive Ana Hall", "Ostland spokesman Tim Berg")."""
    if i >= len(tokens) or not (tokens[i].lower and tokens[i].key in lex.title_words):
        return False
    while i < len(tokens) and tokens[i].lower and tokens[i].key in lex.title_words:
        i += 1
    return i < len(tokens) and tokens[i].cap and not tokens[i].function


def _initials_before_name(tokens: list[Token], i: int) -> bool:
    """Whether the initials from tokens[i] ("J. K.", each a letter and its full stop) go
    on to a name of more than one letter ("J. K. Rowling"), not "S. F." alone."""
    n = len(tokens)
    while i + 2 < n and len(tokens[i].text) == 1 and tokens[i + 1].text == ".":
        i += 2
    token = tokens[i]
    return token.cap and len(token.text) > 1 and not token.function


def _inner_capital(token: Token) -> bool:
    """A word with a capital inside it after lower-case letters ("JetBlue", "McArdle",
    "YouTube's"): written so on purpose, a name wherever it stands."""
    text = bare(token)
    return (
        len(text) > 3
        and text.isalpha()
        and text[0].isupper()
        and text[1].islower()
        and not text[1:].islower()
    )


def _only_title(words: list[Token], lex: Lexicon) -> bool:
    """Whether the words are a title alone (no name): "Prime Minister", "Secretary of State".
    Not a body's head before "of", though its words are titles' too: "the International
    Court of Justice" is a court, where "Minister of Justice" is an office; nor a party's
    name of fields that are titles' words too ("the Justice and Development Party")."""
    if not any(map(_TITLED, words)) or words[-1].key in _KINDS_OF_PARTY:
        return False
    if not all(t.in_title or t.joiner for t in words):
        return False
    return not any(
        nxt.key == "of" and t.key in lex.body_heads and t.key not in lex.title_heads
        for t, nxt in zip(words, words[1:], strict=False)
    )


def _portfolio_apposed(tokens: list[Token], last: int, words: list[Token]) -> bool:
    """Whether the words are a title and its portfolio after "of" before a comma and a
    name, the apposition that names the person next ("The Minister of Information and
    National Orientation, Ana Vell, said"): her role, no body, whatever the portfolio's
    words ("Orientation" is no title's word)."""
    return (
        len(words) > 2
        and words[0].titled
        and words[1].key == "of"
        and last + 2 < len(tokens)
        and tokens[last + 1].text == ","
        and tokens[last + 2].cap
    )


def _described_title(words: list[Token], lex: Lexicon) -> bool:
    """Whether the words are a nationality and a title's words, one a title or a rank,
    left of a long title the run split ("Nigerian Chief" of "Nigerian Chief of Defence
    Staff Air Marshal Ana Vell"): no name ("Canadian Press" is one: no title's word)."""
    opening = 0
    while opening < len(words) and words[opening].demonym:
        opening += 1
    title = words[opening:]
    return (
        0 < opening < len(words)
        and all(t.in_title for t in title)
        and any(t.titled or t.key in lex.title_ranks for t in title)
    )


def age_in_brackets(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether an age stands in brackets at `at`, as South Asian and Irish copy writes it
    after a person's name ("Velmar (25)", "Mr Tomas Olu (52), of Kelby"): a figure of up
    to three digits alone in the brackets, before a mark, "and", a verb or the end. Not a
    score ("Kelby (2) beat Tarsk (1) at home": a match word or a preposition after it),
    nor a count in a sentence of tallies ("Velmar (13) and Ostrel (8) nominations")."""
    if at + 2 >= len(tokens) or tokens[at].text != "(" or tokens[at + 2].text != ")":
        return False
    age = tokens[at + 1].text
    if not (age.isdigit() and len(age) <= 3 and age[0] != "0"):
        return False
    nxt = tokens[at + 3] if at + 3 < len(tokens) else None
    if nxt is not None and nxt.word and not _verb_or_and(nxt, lex):
        return False
    return not any(token.key in lex.tally_nouns for token in tokens)


def _verb_or_and(token: Token, lex: Lexicon) -> bool:
    """Whether the word after an age in brackets goes on a person's clause or list: "and",
    a verb ("died", "were"), no match word ("beat") nor other function word ("at")."""
    if token.key == "and" or token.key in lex.linking_verbs:
        return True
    return token.lower and not token.function and token.key not in lex.match_words


def aged_in_brackets(tokens: list[Token], at: int, name_key: str, lex: Lexicon) -> bool:
    """Whether the name whose key is given, before `at`, is a person's by the age in
    brackets after it ("Junaid (25) and Umair (18) died"); a place's is a figure of its
    own ("Kelby (4), Tarsk (2)": cases or seats)."""
    return age_in_brackets(tokens, at, lex) and not lex.is_place(name_key)


def aged(tokens: list[Token], at: int) -> bool:
    """Whether an age in commas stands at `at`, after a name and its comma: "Obiora, 54,",
    or closing an item of a list of people with a semicolon ("Jang Seo-yeon, 44; and ...")."""
    if at + 1 >= len(tokens) or tokens[at + 1].text not in (",", ";"):
        return False
    age = tokens[at].text
    return age.isdigit() and len(age) <= 3


def short_form_apposed(tokens: list[Token], long: Candidate, short: Candidate) -> bool:
    """Whether `short`, set off by commas right after `long`, is the initials of its
    capitalised words ("the Kelby Central Bank, KCB, said"): the body's short form, one
    actor with it, and no apposition that tells who a person is ("Ana Vell, head of the
    Kelby Central Bank, KCB, said": the bank's, not a second head)."""
    j = long.last + 1
    text = short.text
    return (
        short.first == short.last == j + 1
        and tokens[j].text == ","
        and short.last + 1 < len(tokens)
        and tokens[short.last + 1].text == ","
        and len(text) >= 2
        and text.isupper()
        and text == spelled_initials(long.text.split())[0]
    )


def _plus_after(tokens: list[Token], last: int) -> bool:
    """Whether a "+" is glued to the name ending at `last` and ends the word ("OPEC+
    producers", "Velflix+ said"): it names another body or service than the name alone
    (the producers allied to OPEC, a service of Velflix), and no rating's notch follows a
    name."""
    at = last + 1
    if at >= len(tokens) or tokens[at].text != "+" or not tokens[at].attached:
        return False
    return at + 1 >= len(tokens) or not tokens[at + 1].attached or not tokens[at + 1].word


def ticker_after(
    tokens: list[Token], first: int, last: int, lex: Lexicon, *, any_sentence: bool = False
) -> bool:
    """Whether a listed company's ticker stands alone in brackets right after the name
    tokens[first..last], as business copy writes it ("Velkor (VLK) rose", "Halvik
    (HLV.N)", "Tarsk (NYSE: TRK)"): two to five capitals or an instrument's code, alone or
    after a stock exchange's name and a colon. The name is a company's, though a common
    word ("United (UAL)") or opening a sentence. Not after a place, as a dateline gives
    its agency ("KELBY (AP) -", "Tarsk (Velnap) -") or a credit does ("Kelby Harbour Town
    (VNA)"), nor a place's letters ("Velkor (UK)"), the initials of a name of several
    words ("Kelby Rovers (KR)"), a code after a person's name ("Ana Vell (KEN)": a
    country's or a party's, see actors._codes) or after a system that is no exchange
    ("Kelby (IATA: KLB)": an airport's). With `any_sentence`, letters alone count in a
    sentence of no trading too: the word before them is a name all the same ("Velkor
    (VLK) said on Monday ...", a company's news), though the code may be no ticker."""
    at = last + 2
    if at + 1 >= len(tokens) or tokens[last + 1].text != "(":
        return False
    exchange = _past_an_exchange(tokens, at)
    at = exchange
    if at + 1 >= len(tokens) or tokens[at + 1].text != ")":
        return False
    code = tokens[at].text
    if INSTRUMENT_CODE.fullmatch(code) is None and not (
        2 <= len(code) <= 5
        and code.isalpha()
        and code.isupper()
        and (any_sentence or exchange > last + 2 or trade_told(tokens))  # (see below)
    ):
        # letters alone are a ticker in a sentence of trading or results only ("Halvik
        # (HLV) rose 2%"): "Kessler (CDU) attacked the budget" gives a party's, "Velkonen
        # (FIN) won" a country's, "Dunmarrow (NSW)" a state's
        return False
    if at + 2 < len(tokens) and tokens[at + 2].text in DASHES:
        return False  # "KELBY, SC (WKLB) - ...": a dateline's broadcaster
    words = tokens[first : last + 1]
    if lex.is_place(key(code)) or lex.is_place(key(" ".join(t.text for t in words))):
        return False
    if tokens[last].key in lex.place_heads or tokens[last].key in lex.facility_heads:
        return False  # "Kelby Harbour Town (VNA)": a place's, and its agency's credit
    if last > first and is_given_name(tokens[first].key):
        return False
    return last == first or code != "".join(t.text[0] for t in words if t.cap)


def _past_an_exchange(tokens: list[Token], at: int) -> int:
    """Where the code starts after a stock exchange's name and a colon opening a bracket
    at `at` ("(NYSE: VLK)", "(Kelby Stock Exchange: VLK)": see price_moves.json
    exchanges), or `at` itself when none stands there."""
    k = at
    while k < len(tokens) and k < at + _LONGEST_EXCHANGE and tokens[k].cap:
        k += 1
    if k == at or k + 1 >= len(tokens) or tokens[k].text != ":":
        return at
    named = k == at + 1 and tokens[at].key in STOCK_EXCHANGES
    return k + 1 if named or tokens[k - 1].key == "exchange" else at


def exchange_in_brackets(tokens: list[Token], last: int) -> bool:
    """Whether a bracket after the name ending at `last` opens on a stock exchange's name
    and a colon ("Corvan Bio (NYSE: CRVB)"): what follows is the company's ticker."""
    at = last + 2
    return at < len(tokens) and tokens[last + 1].text == "(" and _past_an_exchange(tokens, at) > at


def code_after_an_exchange(tokens: list[Token], at: int) -> bool:
    """Whether tokens[at] is a code alone in brackets after a stock exchange's name and a
    colon ("(Nasdaq: HLV)", "(Kelby Stock Exchange: KLB)"): the shares', no actor."""
    if at < 3 or at + 1 >= len(tokens) or tokens[at - 1].text != ":" or tokens[at + 1].text != ")":
        return False
    for k in range(at - 3, max(at - 3 - _LONGEST_EXCHANGE, -1), -1):
        if tokens[k].text == "(":
            return _past_an_exchange(tokens, k + 1) == at
    return False


_LONGEST_EXCHANGE = 5  # "Hong Kong Stock Exchange", "New York Stock Exchange"
# a Reuters instrument code: the shares' letters or figures, a dot, the market's capitals
INSTRUMENT_CODE = compiled(r"([A-Z0-9][A-Za-z0-9]{1,9})\.[A-Z]{1,3}")


def short_form_in_brackets(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the initials at tokens[i], alone in brackets, spell the capitalised words
    of a body's name right before the bracket ("the National Physical Laboratory (NPL)",
    its last word a body's head): the text defines them as that body's short form, though
    the letters alone are no name (non_names.txt: "NPL", "EPS" of accounts); not a thing's
    ("a Software Development Kit (SDK)")."""
    if i < 3 or i + 1 >= len(tokens) or tokens[i - 1].text != "(" or tokens[i + 1].text != ")":
        return False
    last = i - 2
    head = tokens[last].key
    if not (head in lex.kind_heads or head in lex.org_suffixes or head in lex.impersonal_heads):
        return False
    return any(
        tokens[first].cap and _spelled_in_brackets(tokens, first, last)
        for first in range(last, max(last - 2 * len(tokens[i].text), -1), -1)
    )


def _spelled_in_brackets(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the capitalised words of tokens[first..last], or all its words, are spelled
    by the acronym in brackets right after them ("the Kelby Unity and Progress Party
    (KUPP)", "the Voice of Velmora (VOV)"): the text says they name one body, "and" and
    "of" and all."""
    if last + 3 >= len(tokens) or tokens[last + 1].text != "(" or tokens[last + 3].text != ")":
        return False
    letters = tokens[last + 2].text
    if not (len(letters) > 2 and letters.isalpha() and letters.isupper()):
        return False
    words = tokens[first : last + 1]
    return letters in spelled_initials([t.text for t in words])


_LABEL_WORDS = 7  # past the colon of the longest label of the copy ("Man of the Match:")

# a legislator's party and state, as American news writes them after the name ("Sen. Ana
# Vell, D-Kelby,", "Rep. Tom Rask (R-Calif.)"): a description, no body's name
_PARTY_AND_STATE = compiled(r"[DRI]-[A-Z][A-Za-z.]*")


def _shouted_heading(words: list[Token], nxt: Token | None, first: int) -> bool:
    """Whether the words are an explainer's or a live report's heading in capitals: a
    question ("WHO IS RUNNING?", "WHAT IS THE GOVERNMENT DOING?") or a line of its own
    ("THE CITIES", "THE HELP"), of English words only, short ones too; no name ("WHO"
    alone may be one). A question's words may be a body's head too, as no name asks; a
    line's may not ("THE WORLD BANK")."""
    asked = nxt is not None and nxt.text == "?"
    if not (asked or (first == 0 and nxt is None)):
        return False
    english = is_english_word if asked else common_words().__contains__
    function_words = lexicon().function_words
    return all(t.text.isupper() and (english(t.key) or t.key in function_words) for t in words)


def year_figure(text: str) -> bool:
    """Four figures of a year of the last century or this one ("1999", "2024"): what a
    number beside a name is more often than a count, a model or an index."""
    return len(text) == 4 and text[:2] in ("19", "20")


def _amount_in_title_case(words: list[Token]) -> bool:
    """Whether the words are an amount of money in title case: a currency's letters glued
    to a figure and a word of a large number ("a Sh8 Million bail", "N5 Billion", "Rs20
    Crore"), as East African, Nigerian and Indian copy writes them; no name."""
    scale = lexicon().scale_words
    return words[-1].key in scale and any(c.isdigit() for t in words[:-1] for c in t.text)


def _currency_in_title_case(
    tokens: list[Token], first: int, words: list[Token], lex: Lexicon
) -> bool:
    """Whether the words are a currency's name in title case after a figure or a word of a
    large number ("fined 200 million West African Francs", "30 Swiss Francs", "5 Hong Kong
    Dollars"): the money's unit, as in lower case (see NameFinder._is_product); no actor.
    A name ending in a currency's word elsewhere stays ("Ezra Pound said"), and so does a
    person's after a year ("In 1922 Ezra Pound published", "the 2012 Tom Dollar report"):
    a given name opens no currency's name."""
    if words[-1].key not in lex.currency_words or first < 1 or is_given_name(words[0].key):
        return False
    before = tokens[first - 1]
    if before.key in lex.scale_words:
        return True
    figure = before.text.replace(",", "").replace(".", "")
    return figure.isdigit() and not year_figure(before.text)  # "In 1922 Ezra Pound"


def _one_of_a_people(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """Whether the run is a demonym in the singular after "the" (or "the 25-year-old"),
    ending a phrase: one person told by the people he is of, as sports copy names a player
    again ("limiting the American to zero aces", "the South African", "The Italian will
    face Draper"); no actor. Demonyms that are their own plural ("the French", "the
    Chinese") are the people, and one before a noun an adjective ("the American team")."""
    end = tokens[last]  # its key is the whole's last word (no demonym holds an "'s"): asked first
    if first == last:
        if not end.demonym:
            return False
    elif end.key and (end.possessive or end.key not in _demonym_ends(lex)):
        return False
    whole = key(" ".join(t.text for t in tokens[first : last + 1]))
    if whole not in lex.demonyms or whole.endswith("s") or same_in_plural(whole):
        return False
    k = first - 1
    if k >= 1 and tokens[k].key.endswith("-year-old"):
        k -= 1
    if k < 0 or tokens[k].key != "the":
        return False
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is not None and nxt.key in lex.plural_verbs:
        return False  # "the Yoruba are a people": the people, in the singular form
    return (
        nxt is None or not nxt.word or nxt.key in lex.function_words or nxt.key in lex.player_verbs
    )


def _amount_before_its_scale(tokens: list[Token], i: int) -> bool:
    """Whether the word at `i` is a currency's letters glued to a figure before a word of
    a large number in lower case ("drugs worth P2 million", "a N5 billion deal", "Rs20
    crore"): an amount, as in title case (see _amount_in_title_case); no name."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        nxt is not None
        and nxt.key in lexicon().scale_words
        and _CURRENCY_FIGURE.fullmatch(tokens[i].text) is not None
    )


# a currency's letters glued to a figure: "P2", "Sh8", "Rs20", "N5.5"
_CURRENCY_FIGURE = compiled(r"[A-Z][a-z]{0,2}\d[\d.,]*")


def _party_and_state_apart(tokens: list[Token], first: int, words: list[Token]) -> bool:
    """Whether a run of words opens with a legislator's party glued to a place of two words
    or more, after a comma or a bracket ("Rep. Ana Vell, D-New Kelby, said", "(R-West
    Tarsk)"): the party and the place of a member of Congress, no name. Elsewhere such a
    first word may open a name ("D-Day Museum")."""
    return (
        first > 0
        and tokens[first - 1].text in (",", "(")
        and _PARTY_AND_STATE.fullmatch(words[0].text) is not None
    )


def _zone_after_clock(tokens: list[Token], i: int) -> bool:
    """Whether the word at `i` is a time zone's letters right after a clock ("18:05 BRT",
    "10 a.m. (WIB)", "3pm AEST", "at 0900 JST"), as wire copy and live blogs tell the
    hour: no body, whatever the zone; not a subject after the clock ("at 10 a.m. NASA
    launched": a word follows that is no function word nor a weekday)."""
    text = tokens[i].text
    if not (2 <= len(text) <= 5 and text.isalpha() and text.isupper()):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.word and not nxt.function and nxt.text not in _weekdays():
        return False  # ("9 p.m. ET Monday": the day of the clock)
    j = i - 1
    if j > 0 and tokens[j].text == "(":
        j -= 1
    if j < 1:
        return False
    clock = tokens[j]
    if clock.key in ("am", "pm") or _HOUR_OF_DAY.fullmatch(clock.text):
        return True
    if clock.text.isdigit() and len(clock.text) == 2 and tokens[j - 1].text == ":":
        return j >= 2 and tokens[j - 2].text.isdigit()  # "18:05"
    return _FOUR_FIGURE_CLOCK.fullmatch(clock.text) is not None and tokens[j - 1].key in (
        "at",
        "from",
        "until",
        "till",
    )


# a financial period's code as business headlines glue it after a company's name ("Q3",
# "3Q", "H1", "9M", "FY25", "FY2024"): the period the figures are of, no part of the name
_PERIOD_CODE = compiled(r"Q[1-4]|[1-4]Q|H[12]|9M|FY(?:\d\d){1,2}")


# initials in capitals with a plural's "s" ("SOEs", "SMEs", "PHEVs"): many of a kind that
# initials name, a common noun's plural; a name has no plural
_PLURAL_INITIALS = compiled(r"[A-Z]{2,6}s")


def _plural_initials(text: str) -> bool:
    """Whether the word is initials in the plural ("SMEs", "SOEs"): a common noun's plural,
    no name. Most words end in no "s": the pattern is asked only of those that do."""
    return text[-1] == "s" and _PLURAL_INITIALS.fullmatch(text) is not None


def meridiem_after_clock(tokens: list[Token], i: int) -> bool:
    """Whether the word at `i` is "AM" or "PM" in capitals after a clock's figures ("4:12
    PM GMT+1", "9 PM EST"), as web pages stamp a story: the half of the day, no name."""
    return tokens[i].text in ("AM", "PM") and i >= 1 and tokens[i - 1].text.isdigit()


_HOUR_OF_DAY = compiled(r"(?i)\d{1,2}(?:[.:]\d\d)?(?:am|pm)")  # "3pm", "7.30am"
_FOUR_FIGURE_CLOCK = compiled(r"(?:[01]\d|2[0-3])[0-5]\d")  # "0900", "1430"


def _credit_rating(tokens: list[Token], i: int, rating_words: frozenset[str]) -> bool:
    """Whether the word at `i` is a credit rating, no name: letters of a rating scale with
    a notch ("AA+", "BBB-") or a number ("Baa3", "Aa1"), as in "cut to AA+". A grade of
    one letter ("A2", "B1", "A-") is a rating only as a rating is written, after "to",
    "from", "at" or "of" or before "rating(s)", in a sentence that names ratings (the
    nouns of rating_words, or another grade: "cut to Baa1 from A2"), since alone it names
    a road or a model as often ("the A1 motorway", "the upgrade of the A1")."""
    text = tokens[i].text
    if text[0] not in "ABC":
        return False  # every scale's letters open with one of these: most words end here
    scale = text.rstrip("123")
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    notched = after is not None and after.attached and after.text in ("+", "-")
    if scale in _RATING_SCALES:
        return scale != text or notched
    if scale not in _RATING_LETTERS or (scale == text and not notched) or len(text) > 2:
        return False
    nouns = {k for k in rating_words if k.startswith("rating")}  # not "upgrade": roads have
    if not (
        (i >= 1 and tokens[i - 1].key in _GRADE_BEFORE)
        or notched
        or any(t.key in nouns for t in tokens[i + 1 : i + 3])
    ):
        return False  # "the A2 near Kelby", not "to A2", "from A1", "its A3 long-term rating"
    return any(
        t.key in nouns or (t is not tokens[i] and t.text.rstrip("123") in _RATING_SCALES)
        for t in tokens
    )


# the letters of the rating scales of S&P and Fitch, and of Moody's
_RATING_SCALES = frozenset(
    ("AAA", "AA", "BBB", "BB", "CCC", "CC", "Aaa", "Aa", "Baa", "Ba", "Caa", "Ca")
)
_RATING_LETTERS = frozenset("ABC")  # the grades of one letter, on every scale
_GRADE_BEFORE = frozenset(("to", "from", "at", "of"))  # "cut to A2", "a rating of A3"


def _model_suffix(tokens: list[Token], first: int, words: list[Token]) -> bool:
    """Words in capitals right after a model's number of three or four figures, after a
    capitalised maker ("Kestrel 737 MAX", "Orvo 350 XWB"): the rest of the model's name,
    no name of their own. Not after a score ("Chelsea 2 PSG 1") nor a year."""
    if first < 2:
        return False
    number = tokens[first - 1].text  # few names follow a number: it is asked first
    return (
        number.isdigit()
        and 3 <= len(number) <= 4
        and all(t.text.isupper() and len(t.text) > 1 for t in words)
        and not year_figure(number)
        and tokens[first - 2].cap
    )


def _members_after_a_body(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """Whether tokens[last], after a name of two words or more, is the plural of the
    people a body sends or employs, capitalised ("United Nations Peacekeepers are on
    scene", "Velkor Airways Pilots went on strike"): news copy and headlines capitalise
    them after the body's name, and they are no part of it (member_plurals of
    name_words.json), when the name before ends as a body's does (_ends_as_a_body). A
    union is named for its members ("Federation of Kelby Pilots", "Kelby Teachers
    Workers"), and a club of one word keeps its plural."""
    token = tokens[last]
    if not (token.cap and not token.initial and token.key in lex.member_plurals):
        return False
    if token.text.isupper():
        return False  # "By KELBY NEWS STAFF": a byline in capitals, whose words are all one
    return _ends_as_a_body(tokens[first:last], lex)


def _ends_as_a_body(words: list[Token], lex: Lexicon) -> bool:
    """Whether the name ends in a word that ends bodies' names (an organisation's head or
    suffix: "Union", "Nations", "Airways") and holds no "of" nor "for": "the Federation of
    Public Services Workers" is a union named for its members, whatever its last word."""
    end = words[-1].key
    if not (end in lex.org_heads or end in lex.org_suffixes):
        return False
    return not any(t.key in ("of", "for") for t in words)


def service_number(tokens: list[Token], last: int, lex: Lexicon) -> bool:
    """Whether tokens[last] is a carrier's numbered service after its name, before the
    number ("Tarsk Airways Flight 412", "Nordavia Flight NV88", "Kelby Rail Train 9"):
    aviation and transport copy names the flight by its carrier, and the flight is no
    actor; the carrier's name ends before it (numbered_services of name_words.json)."""
    if (
        last + 1 >= len(tokens)
        or not tokens[last].cap
        or tokens[last].key not in lex.numbered_services
    ):
        return False
    number = tokens[last + 1]
    return _SERVICE_NUMBER.fullmatch(number.text) is not None and not number.attached


# a flight's or a train's number: digits, after an airline's code ("412", "NV88", "AF447")
_SERVICE_NUMBER = compiled(r"(?:[A-Z]{1,3}|[A-Z]\d)?\d{1,5}[A-Z]?")


def _model_before_its_style(tokens: list[Token], last: int, lex: Lexicon) -> bool:
    """Whether tokens[last] is a model's one word, after its maker's, before a car's body
    style ("The Velkor Marbeni sedan was recalled"): the maker is the actor, the model a
    product; not a body's head ("the Drovik Motors sedan")."""
    end = tokens[last]
    return (
        last + 1 < len(tokens)
        and tokens[last + 1].key in lex.model_styles
        and not (end.head or end.key in lex.org_heads or end.key in lex.org_suffixes)
    )


def _maker_of_a_model(tokens: list[Token], last: int) -> bool:
    """Whether tokens[last] is a maker's name before its model's number ("a Kelby Airlines
    Boeing 777", "an Ostra Air Orvo A320", "Velkor Mobile Tarsa S240"): aviation and
    product copy glues the operator before the product, which names no actor; the
    operator ends before the maker. Not a site's head ("Kelby Road 121"), nor before a
    year or an address's street ("Kelby Cabs 1696 Tarsk Blvd")."""
    if last + 1 >= len(tokens) or tokens[last].head or not tokens[last].cap:
        return False
    model = tokens[last + 1]  # few names stand before a number: it is asked first
    if not model_number(model) or _common_word(tokens[last]):
        return False  # "Transit Union Local 241", "the Velmar Sport 300": the name's
    after = tokens[last + 2] if last + 2 < len(tokens) else None
    street = (
        after is not None
        and after.cap
        and not after.text.isupper()
        and not calendar_word(after.text)  # "a Kelby Airlines Boeing 777 Tuesday night"
    )
    return not street  # "G W Cabs 1696 Bergen Blvd": an address


def model_number(token: Token) -> bool:
    """Whether the token is a model's number: three or four figures, a capital before them
    maybe ("777", "A320"), a variant after a hyphen maybe, in hundreds or with letters
    ("737-800", "A330-300", "777-300ER", "747-8I", "787-9"; not a game's score, "102-98", nor a
    cricket side's "245-8"), glued to nothing and no year: what follows a maker's name in
    aviation and product copy ("a Kelby Airlines Boeing 777")."""
    text = token.text
    return (
        _MODEL_NUMBER.fullmatch(text) is not None
        and not token.attached
        and not year_figure(text.partition("-")[0])  # "2010-11"
    )


# a jetliner family numbered 7x7 takes a variant of one or two figures too ("787-9",
# "777-10"), where a score's or an innings' figures ("102-98", "245-8") make no model
_MODEL_NUMBER = compiled(
    r"[A-Z]?\d{3,4}(?:-(?:[1-9]\d?00[A-Z]{0,2}|\d{1,3}[A-Z]{1,2}))?|7\d7-[1-9]\d?"
)


def _numbered(name: Token, nxt: Token) -> bool:
    """Whether `name` is the "No." that ends a name and `nxt` its number ("Engine Company
    No. 12"): an abbreviation that holds only before a number, so the name goes on."""
    return name.text in ("No.", "No") and nxt.text.isdigit() and not nxt.attached
