"""Roles of people, from the text's own cues around a name.

Three shapes carry a role in news: a title before the name ("Deputy press secretary
Vedant Patel"), an apposition after or before it ("Matthew Miller, the spokesperson for
...", "the national security advisor to ..., Jake Sullivan"), and the "respectively"
pairing of a plural title with a list of names.
"""

from __future__ import annotations

from reader.parsing.lexicon import Lexicon, singular
from reader.parsing.names import (
    CLOSING_QUOTES,
    DETERMINERS,
    OPENING_QUOTES,
    Candidate,
    fields_of_one_office,
    meridiem_after_clock,
    pageant_crown,
    participle_after,
    plural_apostrophe,
    rank_placed_as_title,
    short_form_apposed,
    style_of_address,
)
from reader.parsing.tokens import Sentence, Token

_PHRASE_ENDS = frozenset(
    {",", ";", ".", ")", "(", ":", "\u2014", "\u2013", '"', "\u201d", "\u201c", "!", "?"}
)
_MAX_PHRASE = 12
_MAX_TITLE = 16  # words of a title before a name: no walk back through a list of titles
_MAX_BODY = 6  # capitalised words of a body between a title's "of the" and a name
_MAX_FIELD = 3  # capitalised words of a title's second field ("and Human Services")
_LINKS = frozenset({"of", "for", "to", "at"})  # "the head of the agency, X": one phrase
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
_QUOTES = OPENING_QUOTES | CLOSING_QUOTES


class RoleFinder:
    """Roles for the candidates of one sentence: {candidate index: [role, ...]}."""

    def __init__(self, text: str, lex: Lexicon, respectively: frozenset[Token]) -> None:
        self.text = text
        self.lex = lex
        # the article's tokens of the word (none: no "respectively" to read): a sentence
        # holds one when they are not disjoint, a test of identities in C
        self.respectively = respectively

    def roles(
        self, sentence: Sentence, cands: list[Candidate], personal: list[bool]
    ) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        if not cands:
            return found
        tokens = sentence.tokens
        paired = (
            self._respectively(sentence, cands, _by_first(cands), found)
            if self.respectively and not self.respectively.isdisjoint(tokens)
            else ()
        )
        for i, cand in enumerate(cands):
            if not personal[i] or i in paired:
                continue
            before = self._title_before(sentence, cand)
            if before:
                role, plural = before
                # a plural title before one name is no person's: "beat league leaders X"
                # tells a side's standing, "ministers X and Y" are two ministers
                others = (
                    list(self._coordinated(tokens, cand, _by_first(cands), cands)) if plural else []
                )
                if not plural or others:
                    found.setdefault(i, []).append(role)
                for j in others:
                    found.setdefault(j, []).append(role)
            # "S Krishnan, Managing Director & CEO, PSB said": a phrase that is the
            # apposition after the person before holds his office; the name after it is
            # his employer
            before_it = self._apposition_before(sentence, cand)
            if (
                before_it
                and i
                and personal[i - 1]
                and self._apposition_after(sentence, cands[i - 1]) == before_it
            ):
                before_it = None
            if before_it and i and short_form_apposed(tokens, cands[i - 1], cand):
                before_it = None  # "head of the Kelby Central Bank, KCB,": the bank's letters
            # a plural title in apposition to one name is no person's: "The league
            # leaders, Dorvale, play" tells a side's standing; "The ministers, X and Y,"
            # are two ministers
            after = self._apposition_after(sentence, cand)
            if not (after or before_it):
                continue  # (most names: neither)
            for apposition in (after, before_it):
                if apposition and not (apposition[1] and self._alone(tokens, cand, cands)):
                    found.setdefault(i, []).append(apposition[0])
        return found

    # -- helpers -------------------------------------------------------------------

    def _span(self, sentence: Sentence, first: int, last: int, head: int | None = None) -> str:
        """The text of tokens[first..last]; the plural title at `head` made singular."""
        text, ends = self.text, sentence.ends
        start, end = sentence.start(first), ends[last]
        if head is None:
            return text[start:end]
        plural = sentence.tokens[head].text
        return text[start : sentence.start(head)] + singular(plural) + text[ends[head] : end]

    def _is_title_word(self, token: Token) -> bool:
        return self.lex.is_title_word(token.key)

    @staticmethod
    def _coordinated(tokens: list[Token], cand: Candidate, by_first: dict[int, int], cands):
        """Candidates listed after `cand` with "and" or commas: "X, Y and Z"."""
        j = cand.last + 1
        while j < len(tokens) and tokens[j].key in (",", "and"):
            j += 1
            if j < len(tokens) and tokens[j].key == "and":
                j += 1
            if j not in by_first:
                return
            yield by_first[j]
            j = cands[by_first[j]].last + 1

    # -- title before the name -----------------------------------------------------

    def _title_before(self, sentence: Sentence, cand: Candidate) -> tuple[str, bool] | None:
        lex = self.lex
        tokens = sentence.tokens
        # every title, rank, crown, field and body read below ends on a capitalised word
        # or a title's word right before the name: most names have none (asked first)
        before = tokens[cand.first - 1] if cand.first else None
        if before is None or not (
            before.cap or before.in_title or before.text in lex.rank_initials
        ):
            return None
        if meridiem_after_clock(tokens, cand.first - 1):
            return None  # "at 10 PM Velkor time": the clock's half of the day, no title
        low = self._body_of_a_title(tokens, cand.first - 1)
        if low is None:
            low = self._second_field(tokens, cand.first - 1)
        i = cand.first - 1 if low is None else low - 1
        # "SP Tarun Velasinghe": a police rank in initials, split off the name (see names.py)
        rank = (
            cand.first > 0
            and tokens[cand.first - 1].text in lex.rank_initials
            and rank_placed_as_title(tokens, cand.first - 1)
        )
        while i >= max(0, cand.first - _MAX_TITLE):
            token = tokens[i]
            k = token.key
            if token.in_title or (rank and i == cand.first - 1):
                low = i
            elif i > 0 and pageant_crown(tokens, i - 1, lex):
                low = i  # "Former Miss World Ana Vell": the crown, a title's word
            elif low is None:
                break
            elif token.cap and token.text[0].isalpha() and k not in lex.function_words:
                low = i
            elif low == i + 1 and k in lex.body_nouns and not token.possessive:
                low = i  # "union leader X", "party spokesman X": the body the title is of
            elif low == i + 1 and token.lower and self._field_between(tokens, i):
                low = i  # "chief commercial officer X": the field the office runs
            elif k == "the" and low == i + 1 and i > 0 and tokens[i - 1].key in ("of", "for"):
                pass  # "CEO of the Hudson Trust X": the body named after the title's "of"
            elif k in ("of", "for") and self._title_of_another(tokens, i, cand.first):
                break  # "a spokesman for President Tomas Vell": his title is "President"
            elif (
                (
                    k in ("of", "for")
                    and i > 0
                    and (tokens[i - 1].cap or self._is_title_word(tokens[i - 1]))
                )
                or k == "and"
                and i > 0
                and (
                    lex.is_title(tokens[i - 1].key)
                    # "Energy and Industry Minister Ana Vell": two fields of one title
                    or fields_of_one_office(tokens, i, cand.first - 1, lex)
                )
            ):
                pass
            else:
                break
            i -= 1
        if low is None:
            return None
        low += style_of_address(tokens, low, lex)  # "His Majesty King Tomas": no "Majesty King"
        while (
            low < cand.first
            and tokens[low].key in lex.honorifics
            and not pageant_crown(tokens, low, lex)  # "Miss World": her title, no courtesy
        ):
            low += 1
        heads = [j for j in range(low, cand.first) if tokens[j].titled]  # or an honorific
        if not heads and low < cand.first - 1 and tokens[cand.first - 1].key in lex.title_ranks:
            heads = [cand.first - 1]  # "Police Chief Ana Vell": a rank ending the title
        if not heads and rank:
            heads = [cand.first - 1]
        if not heads:
            return None
        end = cand.first - 1
        while end > low and tokens[end].key in lex.honorifics:
            end -= 1  # "Chief executive Mr Don Price": the courtesy is no word of the office
        if any(j <= end for j in heads):
            heads = [j for j in heads if j <= end]
        else:
            end = cand.first - 1
        head = heads[-1]
        plural = singular(tokens[head].text) != tokens[head].text
        return self._span(sentence, low, end, head if plural else None), plural

    def _field_between(self, tokens: list[Token], at: int) -> bool:
        """Whether the word in lower case at `at`, right before a title's word, names the
        field of an office between the title's modifier and its head ("chief commercial
        officer", "chief medical officer"): a word of the title that no list of titles
        holds."""
        return (
            at > 0
            and tokens[at].key not in self.lex.function_words
            and tokens[at + 1].titled
            and tokens[at - 1].in_title
            and tokens[at - 1].key in self.lex.title_modifiers
        )

    @staticmethod
    def _title_of_another(tokens: list[Token], link: int, name: int) -> bool:
        """Whether "of" or "for" at `link` follows a noun in lower case and comes before a
        whole title of the name's own ("a spokesman for President Tomas Vell", "the tax
        affairs of Prime Minister Ana Vell", "a lawyer for Ostland Senator Piet Vandermeer"):
        the noun before is another's job or a thing, no part of the named person's title
        ("head of the Kelby Bank Ana Vell" and "director of National Intelligence X" go on:
        no title after the link)."""
        before = tokens[link - 1] if link > 0 else None
        return (
            before is not None and before.lower and any(t.titled for t in tokens[link + 1 : name])
        )

    def _body_of_a_title(self, tokens: list[Token], last: int) -> int | None:
        """Where the body named after a title's "of the" starts, glued before the name
        ("CEO of the Hudson Trust Amara Obi", "Chairperson for Velkor Mining Temitope
        Aluko"): capitalised words back to "of the" or "for the", or to "of" or "for" right
        after a title's word; the title before them is looked for as before any name. Not
        words that end in a participle ("chairman of Hong Kong-listed Velkor": a place
        describes the name, which is the body)."""
        j = last
        if last >= 0 and participle_after(tokens[last]):
            return None  # "chairman of Hong Kong-listed Velkor": it describes the name
        while j > last - _MAX_BODY and j >= 0 and tokens[j].cap and tokens[j].text[0].isalpha():
            if tokens[j].key in self.lex.function_words:
                return None
            j -= 1
        if j == last or j < 1:
            return None
        if j >= 2 and tokens[j].key == "the" and tokens[j - 1].key in ("of", "for"):
            return j + 1
        if tokens[j].key in ("of", "for") and tokens[j - 1].titled:
            return j + 1
        return None

    def _second_field(self, tokens: list[Token], last: int) -> int | None:
        """Where a title's field ends that another field after "and" follows, glued before
        the name ("Minister for Trade and Industry Kwabena Asante"): capitalised words back
        to "and" or "&" after a title's word; the title before them is looked for as before
        any name."""
        j = last
        while j > last - _MAX_FIELD and j >= 0 and tokens[j].cap and tokens[j].text.isalpha():
            if tokens[j].key in self.lex.function_words or tokens[j].titled:
                return None
            j -= 1
        if j == last or j < 1 or tokens[j].key not in ("and", "&"):
            return None
        first = tokens[j - 1]  # the first field, known to the titles or one word after "for"
        if first.in_title or (
            first.cap and j >= 3 and tokens[j - 2].key in ("of", "for") and tokens[j - 3].in_title
        ):
            return j - 1
        return None

    # -- appositions ---------------------------------------------------------------

    def _alone(self, tokens: list[Token], cand: Candidate, cands: list[Candidate]) -> bool:
        """Whether the name is listed with no other ("X and Y", "Y, X"): asked of a name
        beside a plural title only."""
        return not (
            _listed_before(tokens, cand, cands)
            or any(self._coordinated(tokens, cand, _by_first(cands), cands))
        )

    def _phrase_role(self, sentence: Sentence, first: int, last: int) -> tuple[str, bool] | None:
        """A role if tokens[first..last] is a short noun phrase headed by a title, and
        whether the title is in the plural."""
        lex = self.lex
        tokens = sentence.tokens
        determined = tokens[first].key in DETERMINERS
        while first <= last and tokens[first].key in DETERMINERS:
            first += 1
        if first > last or last - first + 1 > _MAX_PHRASE:
            return None
        head = None
        titled = False  # a title word or an owner's possessive came before
        for j in range(first, min(last + 1, first + 5)):
            token = tokens[j]
            if lex.is_title(token.key) and not token.possessive:
                head = j  # not "the president's (party)": the title owns the head after it
                break
            title_word = self._is_title_word(token)
            # "the dockers' president": a plural's apostrophe, a token of its own, owns too
            possessive = token.possessive or plural_apostrophe(tokens, j)
            # "Marsh & Kettering's chief executive": the ampersand of a body's name
            plain = not (token.cap or title_word or possessive or token.text == "&")
            # "chief market analyst", "Velkor's finance minister", and after an article "the
            # provincial governor", "the opposition leader": a plain word qualifying the
            # title (not "citing officials", nor "Lee met Vardo chief ...": a clause)
            if plain and (
                (j == first and not determined)
                or not (titled or determined)
                or token.key in lex.function_words
                or not token.text.isalpha()
            ):
                return None
            titled = titled or title_word or possessive
        if head is None:
            return None
        tail = tokens[head + 1 : last + 1]
        if tail and self._finite_verb(tail[0]):
            return None  # "Officers searched homes in Tarsk, X and Y": a clause, no title's
        if tail and tail[-1].key in lex.body_nouns and _LINKS.isdisjoint(t.key for t in tail):
            return None  # "the official news agency, Xinhua": a body's noun ends it, no title
        plural = singular(tokens[head].text) != tokens[head].text
        if plural:
            return self._span(sentence, first, head, head), True
        return self._span(sentence, first, last), False

    def _finite_verb(self, token: Token) -> bool:
        """A verb in lower case that tells what the subject did, in the past ("searched")
        or as a report ("says"): after a title it makes a clause of the phrase."""
        return token.lower and (token.key.endswith("ed") or token.key in self.lex.subject_verbs)

    def _apposition_after(self, sentence: Sentence, cand: Candidate) -> tuple[str, bool] | None:
        tokens = sentence.tokens
        j = cand.last + 1
        if j >= len(tokens) or tokens[j].text != ",":
            return None
        if j + 2 < len(tokens) and tokens[j + 1].text.isdigit() and tokens[j + 2].text == ",":
            j += 2  # "Ada Obi, 54, a teacher": the age between the name and its apposition
        end = j + 1
        while end < len(tokens) and tokens[end].text not in _PHRASE_ENDS:
            end += 1
        if end == j + 1:
            return None
        verb = self._reporting(tokens, j + 1, end)
        if verb is not None:
            if not self._unclosed(tokens, j + 1, verb):
                return None
            end = verb  # "Ana Vell, district chief of Kelby told reporters": no comma closes it
        return self._phrase_role(sentence, j + 1, end - 1)

    def _reporting(self, tokens: list[Token], start: int, end: int) -> int | None:
        """The index of the verb of saying when the words after a comma are a reporting
        clause, not an apposition: a speaker and that verb, no relative pronoun before it
        ("Kelby, the prosecutor said."; not "the minister who said so"). A verb of a life's
        event after a title ends such words too ("Ana Vell, the President of Kelby died on
        Monday"): an obituary's apposition the copy left open (life_verbs in lower case);
        before any title it describes the person ("the retired head of the police")."""
        lex = self.lex
        titled = False
        for k in range(start, end):
            token = tokens[k]
            if token.key in _RELATIVES:
                return None
            if token.key in lex.subject_verbs or (
                titled and token.lower and token.key in lex.life_verbs
            ):
                return k
            titled = titled or lex.is_title(token.key)
        return None

    @staticmethod
    def _unclosed(tokens: list[Token], start: int, verb: int) -> bool:
        """Whether the words from `start` up to the verb of saying at `verb` are an
        apposition whose closing comma the copy left out, not the speaker of a reporting
        clause: a title with no article ("Ana Vell, district chief of Kelby told ...",
        "Tomas Rask, spokesman for the army said"), or one of something ("the head of the
        flood office said"); "Kelby, the prosecutor said." has its speaker alone."""
        phrase = tokens[start:verb]
        return len(phrase) > 1 and (
            phrase[0].key not in DETERMINERS or not _LINKS.isdisjoint(t.key for t in phrase)
        )

    def _apposition_before(self, sentence: Sentence, cand: Candidate) -> tuple[str, bool] | None:
        tokens = sentence.tokens
        j = cand.first - 1
        while j > 0 and tokens[j].cap and tokens[j].key in self.lex.honorifics:
            j -= 1  # "the Catholic bishop, Father Tomas Okafor": the honorific is no role
        if j < 1 or tokens[j].text != ",":
            return None
        start = j - 1
        while start > 0 and tokens[start - 1].text not in _PHRASE_ENDS:
            if tokens[start].key in DETERMINERS and tokens[start - 1].key not in _LINKS:
                break  # not the "the" of "the head of the agency": the phrase goes on before
            start -= 1
        # the phrase opens the sentence, a clause after a comma or the words after a
        # quotation ('"...," Velkor's finance minister, Ana Vell, told'), or has its article
        opens = start == 0 or tokens[start - 1].text == "," or tokens[start - 1].text in _QUOTES
        if tokens[start].key not in DETERMINERS and not opens:
            return None
        return self._phrase_role(sentence, start, j - 1)

    # -- respectively --------------------------------------------------------------

    def _list(
        self, tokens: list[Token], j: int, by_first: dict[int, int], cands
    ) -> tuple[list[int], int]:
        """Candidates "A, B and C" from token j: their indexes and the token after."""
        items: list[int] = []
        while j in by_first:
            items.append(by_first[j])
            j = cands[by_first[j]].last + 1
            if j < len(tokens) and tokens[j].key == "and":
                j += 1
                if j in by_first:
                    items.append(by_first[j])
                    return items, cands[by_first[j]].last + 1
                return [], j
            if j < len(tokens) and tokens[j].text == "," and j + 1 < len(tokens):
                if tokens[j + 1].key == "and":
                    j += 1
                    continue
                j += 1
                continue
            break
        return [], j

    def _respectively(self, sentence: Sentence, cands, by_first, found) -> set[int]:
        lex = self.lex
        tokens = sentence.tokens
        paired: set[int] = set()
        for r in [i for i, t in enumerate(tokens) if t.key == "respectively"]:
            for h in range(r - 1, -1, -1):
                head = tokens[h]
                if not (lex.is_title(head.key) and singular(head.text) != head.text):
                    continue
                if h + 1 >= len(tokens) or tokens[h + 1].key != "of":
                    break
                places, j = self._list(tokens, h + 2, by_first, cands)
                if not places or j >= len(tokens) or tokens[j].text != ",":
                    break
                names, j = self._list(tokens, j + 1, by_first, cands)
                if j < len(tokens) and tokens[j].text == ",":
                    j += 1
                if len(names) != len(places) or j != r:
                    break
                low = h
                while (
                    low > 0
                    and self._is_title_word(tokens[low - 1])
                    and tokens[low - 1].key not in DETERMINERS
                ):
                    low -= 1
                title = self._span(sentence, low, h, h)
                title = title[0].upper() + title[1:]
                for name, place in zip(names, places, strict=True):
                    found.setdefault(name, []).append(f"{title} of {cands[place].text}")
                    paired.add(name)
                break
        return paired


def _listed_before(tokens: list[Token], cand: Candidate, cands: list[Candidate]) -> bool:
    """Whether another name stands before the name, with "and" or a comma between: "Y and
    X", "Y, X"."""
    i = cand.first
    return i >= 2 and tokens[i - 1].key in (",", "and") and any(c.last == i - 2 for c in cands)


def _by_first(cands: list[Candidate]) -> dict[int, int]:
    """Candidate index by the index of its first token."""
    return {c.first: i for i, c in enumerate(cands)}
