"""Whether two names, from different articles, are the same actor.

Within one article the parser has already joined the forms of a name ("Blinken"
is Anthony Blinken). Across articles there is less evidence, so the rules are
strict: the same name once titles and honorifics are set aside; a surname alone
joins the full name; a person's given names must agree when both articles give
one (so Boris Johnson and Lyndon Johnson stay apart); a country meets its other
names through its ISO code ("US", "USA", "United States"); an organisation
joins with or without its legal suffix ("Apple Inc." and "Apple").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reader.parsing.lexicon import key, lexicon
from reader.timeline.words import word_list


@dataclass(frozen=True)
class Name:
    """A name reduced to what identity is judged on."""

    words: tuple[str, ...]  # keys of its words, without titles, honorifics and suffixes
    country: str | None  # ISO code when the name is a country's
    kind: str | None  # person, organization, ... when known
    whole: tuple[str, ...] = ()  # its words with any titles ("general motors")

    @property
    def surname(self) -> str:
        return self.words[-1] if self.words else ""

    @property
    def given(self) -> tuple[str, ...]:
        return self.words[:-1]


@lru_cache(maxsize=50_000)
def name_of(text: str, kind: str | None = None) -> Name:
    """The words that carry a name's identity: "Secretary of State Anthony Blinken" ->
    ("anthony", "blinken"); "Apple Inc." -> ("apple",)."""
    lex = lexicon()
    folded = key(text.removeprefix("the ").removeprefix("The "))
    words = [w.strip("'’,") for w in folded.replace("'s ", " ").split()]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words if w]
    country = lex.countries.get(" ".join(words))
    if country is not None:
        return Name(tuple(words), country, kind, tuple(words))
    while len(words) > 1 and words[-1] in word_list("legal_suffixes.txt"):
        words.pop()
    whole = tuple(words)
    if kind not in _NOT_PEOPLE:  # a title opens a person's name, not "General Motors"
        while len(words) > 1 and (w := words[0]) and (lex.is_title_word(w) or w in lex.honorifics):
            words.pop(0)
        if len(words) > 2 and "of" in words[:-1]:  # "Secretary of State Blinken": after the title
            after = words[words.index("of") + 1 :]
            if after and lex.is_title_word(after[0]):
                words = after[1:] or words
    return Name(tuple(words), None, kind, whole)


_NOT_PEOPLE = frozenset({"organization", "place", "group", "other"})


def same_actor(a: Name, b: Name) -> bool:
    """Whether the evidence of the two names says they are one actor."""
    if a.country or b.country:
        return a.country == b.country
    if not a.words or not b.words:
        return False
    if a.words == b.words or a.whole == b.whole:
        return True
    if "person" not in (a.kind, b.kind) and not _person_like(a) and not _person_like(b):
        return _initials(a, b) or _initials(b, a)  # else only the same name (above)
    if a.surname != b.surname:
        return False
    if not a.given or not b.given:
        return True  # "Blinken" and "Anthony Blinken"
    return _given_agree(a.given, b.given)


def _initials(short: Name, full: Name) -> bool:
    """ "GM" for General Motors, "UAW" for United Auto Workers."""
    if len(short.whole) != 1 or len(full.whole) < 2:
        return False
    letters = "".join(w[0] for w in full.whole if w not in _JOINERS)
    return 2 <= len(letters) <= 5 and short.whole[0] == letters


_JOINERS = frozenset({"of", "for", "and", "the", "&"})


def _person_like(name: Name) -> bool:
    return len(name.words) >= 2 and name.words[0] in lexicon().first_names


def _given_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "Anthony" and "Anthony J." agree, "A." and "Anthony" agree; "Boris" and "Lyndon" not."""
    first_a, first_b = a[0], b[0]
    if first_a == first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return False


def identity_key(name: str, kind: str | None = None) -> str:
    """The key an actor is listed under across articles: the words that carry its name
    ("anthony blinken"), a country's ISO code ("country:US"). A surname alone is its own
    key; `join_surnames` puts it with the one full name it can belong to."""
    found = name_of(name, kind)
    return f"country:{found.country}" if found.country else " ".join(found.words)


def join_surnames(keys: list[str]) -> dict[str, str]:
    """For keys of one word: the one longer key ending with that word, when there is
    exactly one ("blinken" -> "anthony blinken"; "johnson" stays when two Johnsons are
    known). Keys of several words map to themselves."""
    endings: dict[str, list[str]] = {}
    for item in keys:
        words = item.split()
        if len(words) > 1 and not item.startswith("country:"):
            endings.setdefault(words[-1], []).append(item)
    joined = {}
    for item in keys:
        fuller = endings.get(item, []) if " " not in item else []
        joined[item] = fuller[0] if len(fuller) == 1 else item
    return joined
