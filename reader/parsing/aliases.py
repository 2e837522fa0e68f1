"""Grouping the forms of a name into one actor: "Blinken" -> "Anthony Blinken".

Longer forms are seen first and leave index entries for the short forms they allow:
a surname for a person, the part before "of"/"for" or the opening words for an
organisation, the rest after a place word ("US State Department" -> "State
Department"), initials. A short form that fits several long ones goes to the most
mentioned. Countries meet through their ISO code, so "USA" and "the United States"
are one actor. Every step is a dictionary look-up: linear in the number of forms.
"""

from __future__ import annotations

from functools import cache
from operator import itemgetter

from reader.parsing.data import table
from reader.parsing.forms import Form
from reader.parsing.kinds import REGNAL as _REGNAL
from reader.parsing.kinds import burmese_name, family_name_first, hyphenated_given, is_storm
from reader.parsing.kinds import personal_shape as _personal_shape
from reader.parsing.lexicon import (
    Lexicon,
    ascii_folded,
    common_words,
    first_words,
    full_given_names,
    given_names,
    initials,
    is_english_word,
    is_given_name,
    singular,
)

_JOINERS = frozenset({"of", "for", "and", "&", "the"})
_OF = frozenset({"of", "for"})  # what a body is of: the word before heads its name
_MENTIONS = itemgetter(1)
_SQUARES = frozenset({"square", "plaza"})  # named by their first words alone too


class _Groups:
    """Union-find over form keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        parent = self.parent.setdefault(item, item)
        while parent != item:
            grand = self.parent[parent]
            self.parent[item] = grand
            item, parent = parent, grand
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


class _Index:
    """Short form (tuple of word keys) -> the long forms that allow it, each with the
    mentions of the forms that led to it."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], dict[str, tuple[Form, int]]] = {}

    def add(self, short: tuple[str, ...], owner: Form, mentions: int) -> None:
        short = _plain(short)
        options = self.entries.get(short)
        if options is None:  # (no dict nor tuple made for a default that is not needed)
            options = self.entries[short] = {}
        held = options.get(owner.key)
        options[owner.key] = owner, (held[1] if held else 0) + mentions

    def only(self, short: tuple[str, ...]) -> Form | None:
        """The one long form that allows `short`, if just one does."""
        options = self.entries.get(_plain(short))
        return next(iter(options.values()))[0] if options and len(options) == 1 else None

    def owners(self, short: tuple[str, ...]) -> set[str]:
        """The keys of the long forms that allow `short`."""
        return set(self.entries.get(_plain(short), ()))

    def named_before(self, short: tuple[str, ...], form: Form) -> Form | None:
        """The one long form that allows `short` named before `form` is, when the others
        are named only after its last mention: "Steve" between "Steve Hale" and a later
        "Steve Ortiz" is Steve Hale, as a reader takes it."""
        options = self.entries.get(_plain(short))
        if not options:
            return None  # most given names: no long form allows them
        owners = [owner for owner, _ in options.values()]
        earlier = [owner for owner in owners if owner.first < form.first]
        last = max(start for start, _ in form.mentions)
        later = [owner for owner in owners if owner.first > last]
        return (
            earlier[0] if len(earlier) == 1 and len(earlier) + len(later) == len(owners) else None
        )

    def best(self, short: tuple[str, ...]) -> Form | None:
        options = self.entries.get(_plain(short))
        return max(options.values(), key=_MENTIONS)[0] if options else None


def _plain(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without accents: a short form may be written with or without them (asked
    at every entry and look-up: a loop, cheaper than all() over a map of one to three)."""
    for word in words:
        if not word.isascii():
            return tuple(map(ascii_folded, words))
    return words


def group_forms(
    forms: dict[str, Form], links: list[tuple[str, str]], lex: Lexicon
) -> list[list[Form]]:
    """The forms of each actor, grouped; `links` are pairs known to corefer."""
    groups = _Groups()
    # acronyms the text defines ("the Sweden Democrats (SD)"): theirs alone
    defined: set[str] = set()
    for a, b in links:
        if a in forms and b in forms:
            groups.union(a, b)
            defined.update(k for k in (a, b) if _acronym(forms[k]))
    for form in forms.values():
        code = lex.countries.get(form.key)
        if code:
            groups.union("country:" + code, form.key)
        same = _same_name(form, forms, lex)
        if same is not None:
            groups.union(same, form.key)
        given = _given_of_epithet(form, lex)
        if given in forms:
            groups.union(given, form.key)
        swapped = _swapped(form, forms, lex)
        if swapped is not None:
            groups.union(swapped, form.key)
        full = _unclipped(form.words, forms)
        if full is not None:
            groups.union(full, form.key)
    for long_key, clipped in _clipped_openings(forms, lex).items():
        groups.union(long_key, clipped)
    index = _Index()
    names = frozenset(forms)
    sport = any(form.played for form in forms.values())
    openings: dict[str, list[tuple[str, ...]]] = {}
    for form in forms.values():
        if len(form.words) > 1:
            openings.setdefault(form.words[0], []).append(form.words)
    ordered = sorted(forms.values(), key=lambda f: (-len(f.words), -len(f.mentions), f.first))
    for form in ordered:
        known = form.key in lex.countries or form.key in defined
        target = None if known else _long_form(form, index, lex)
        if target is not None:
            groups.union(target.key, form.key)
        # a short form's own short forms lead to its long form: "Daniel" of "Daniel
        # Bernoulli" of "Daniel Bernoulli FRS" has one actor to go to, not two
        _register(form, index, lex, names, target or form, sport, openings)
    result: dict[str, list[Form]] = {}
    for form in ordered:
        result.setdefault(groups.find(form.key), []).append(form)
    return list(result.values())


def _clipped_openings(forms: dict[str, Form], lex: Lexicon) -> dict[str, str]:
    """Names of more words, each with the one form of one word that clips its first word
    ("the Fed" of "the Federal Reserve": English shortens a body's name so): an English
    word clipped to three or four letters, at least three left out, the clipped form no
    given name and no place ("Ford" stays apart from "Fordham University", no English
    word). A clipped form two names could open goes to neither."""
    inside = {w for f in forms.values() if len(f.words) > 1 for w in f.words}
    short = {
        f.key
        for f in forms.values()
        if len(f.words) == 1
        and 3 <= len(f.key) <= 4
        and f.key.isalpha()
        and f.key not in inside  # "Sur" of "Alianza Sur": a word of another name
        and not (is_given_name(f.key) or lex.is_place(f.key))
    }
    if not short:
        return {}
    found: dict[str, list[str]] = {}
    for form in forms.values():
        first = form.words[0]
        if len(form.words) < 2 or len(first) < 7 or not is_english_word(first):
            continue
        for size in (3, 4):
            if first[:size] in short and len(first) - size >= 3:
                found.setdefault(first[:size], []).append(form.key)
    return {keys[0]: clip for clip, keys in found.items() if len(keys) == 1}


def _acronym(form: Form) -> bool:
    return len(form.words) == 1 and form.surface.isupper()


def _same_name(form: Form, forms: dict[str, Form], lex: Lexicon) -> str | None:
    """The key of another form that writes the same name: without accents ("Zaha Hadid" of
    "Zahā Ḥadīd", "Taasinge" of "Tåsinge"), with a space for a hyphen ("Basse Terre"), with
    its abbreviations written out ("Saint Kilda" of "St. Kilda", "Main Street" of "Main St."),
    or in full for a state's postal code ("New Jersey" of "NJ")."""
    k = form.key
    if not k.isascii():
        return next((o for o in _plain_spellings(k) if o != k and o in forms), None)
    if len(form.words) == 1:
        state = lex.postal_codes.get(form.surface)
        if state in forms:
            return state
    if "-" in k and k.replace("-", " ") in forms:
        return k.replace("-", " ")
    full = _written_out(form.words)
    return full if full in forms else None


def _given_of_epithet(form: Form, lex: Lexicon) -> str | None:
    """ "Anselm" of "Anselm of Kelby": the given name of a person named by a place, which
    names the same person alone (not "Bill" of "the Bill of Rights": a head word)."""
    words = form.words
    if len(words) != 3 or words[1] != "of" or words[0] in lex.kind_heads:
        return None
    return words[0] if is_given_name(words[0]) else None


def _swapped(form: Form, forms: dict[str, Form], lex: Lexicon) -> str | None:
    """ "Shizuko Tanabe" of "Tanabe Shizuko": a personal name of two words written in the
    other order, as East Asian and Hungarian names are, family name first, and English
    text turns them (not two places: "Vella Port" is no "Port Vella")."""
    if len(form.words) != 2:
        return None
    other = forms.get(f"{form.words[1]} {form.words[0]}")
    if other is None or not (_looks_personal(form, lex) or _looks_personal(other, lex)):
        return None
    return other.key


def _full_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name with each full given name its first word may clip in its place ("Tim
    Quarrie" -> "Timothy Quarrie"): an English short form of the same name."""
    return [(full, *words[1:]) for full in full_given_names().get(words[0], ())]


def _unclipped(words: tuple[str, ...], forms: dict[str, Form]) -> str | None:
    """The key of a form that writes the name with its given name in full ("Timothy
    Quarrie" of "Tim Quarrie"), if the article has one."""
    if len(words) < 2 or words[0] not in full_given_names():
        return None  # most names: no short given name first
    return next((k for k in map(" ".join, _full_forms(words)) if k in forms), None)


def _plain_spellings(name: str) -> tuple[str, str]:
    """A name in ASCII letters, the accents dropped ("Tasinge") or as Danish, German and
    Norwegian write their vowels without them ("Taasinge", "Mueller", "Oeresund")."""
    return ascii_folded(name), ascii_folded(name.translate(_DIGRAPHS))


# the ASCII spelling of letters that Danish, Norwegian, Swedish and German write with marks
_DIGRAPHS = str.maketrans(
    {"å": "aa", "æ": "ae", "ø": "oe", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
)


@cache
def _abbreviated() -> tuple[dict[str, str], dict[str, str]]:
    table_ = table("name_abbreviations.json")
    return table_["first"], table_["last"]


def _written_out(words: tuple[str, ...]) -> str | None:
    """The name with an abbreviation opening it ("St", "Mt") or ending it ("St", "Ave")
    written out in full, if it has one."""
    if len(words) < 2:
        return None
    first, last = _abbreviated()
    opening, end = first.get(words[0]), last.get(words[-1])
    if opening is None and end is None:
        return None
    return " ".join((opening or words[0], *words[1:-1], end or words[-1]))


def _is_place_words(words: tuple[str, ...], lex: Lexicon) -> bool:
    joined = " ".join(words)
    return lex.is_place(joined) or lex.demonyms.issuperset(words)


def _compass_part(words: tuple[str, ...], lex: Lexicon) -> bool:
    """ "North" of "North Yorkshire": a compass point names a part or a neighbour of the
    place after it ("West Virginia", "South Africa"), not a body of it as "US" names the
    owner of "US State Department": the rest is another place."""
    return lex.compass_points.issuperset(words)


def _looks_personal(form: Form, lex: Lexicon) -> bool:
    """A full name whose last word alone may stand for it later ("Euler" for "Leonhard
    Euler", "Minh" for "Tran Van Quoc Minh"): person cues, a Vietnamese or a Burmese name
    (see kinds.family_name_first, kinds.burmese_name), or a given name of any country first and no word that names
    a body or a site ("Leonhard Euler", not "Victoria Station" or "Grace Holdings"), nor
    an "&" or a company's suffix even after a common given name ("Harlan & Finch Inc."); a
    surname's particle inside is no connector ("Anneke de Smedt", "Pieter Van der Walle");
    a town last makes no place of a given name and a surname ("Tomás Herrera", "Kwame
    Kumasi"), unless the whole or its first word is a place too ("Santa Clara")."""
    words = form.words
    if form.person_cues > 0 or family_name_first(form) or burmese_name(form):
        return True
    if "&" in words or words[-1] in lex.org_suffixes:
        return False  # "Harlan & Finch Inc.": a firm named after people is no person
    if words[0] in lex.first_names:
        return True
    return (
        words[0] in given_names()
        and lex.kind_heads.isdisjoint(words)
        and lex.org_suffixes.isdisjoint(words)
        and _JOINERS.isdisjoint(words[1:-1])
        and (not lex.is_place(words[-1]) or _named_after_a_town(words, lex))
    )


def _territory_of(words: tuple[str, ...], lex: Lexicon) -> bool:
    """A town's or a territory's formal name, its word before "of" ("City of Kelby", "Province
    of Velkoria"): the name after "of" alone is the same place."""
    return len(words) > 2 and words[1] == "of" and words[0] in lex.territory_words


def _named_after_a_town(words: tuple[str, ...], lex: Lexicon) -> bool:
    """A given name and a surname that is a town's name: no place is so named."""
    return len(words) == 2 and not lex.is_place(words[0]) and not lex.is_place(" ".join(words))


def _register(
    form: Form,
    index: _Index,
    lex: Lexicon,
    names: frozenset[str],
    owner: Form,
    sport: bool,
    openings: dict[str, list[tuple[str, ...]]],
) -> None:
    """Index the short forms `form` allows, each leading to `owner` (the form itself, or
    the long form it is a short form of); `sport`: the text reports matches; `openings`:
    the names of several words by their first word."""
    words = form.words
    count = len(form.mentions)
    if len(words) < 2:
        return
    for p, word in enumerate(words):
        if word in _OF and p > 0:
            index.add(words[:p], owner, count)
    if _territory_of(words, lex):
        index.add(words[2:], owner, count)  # "Kelby" of "the City of Kelby"
    if len(words) == 2 and words[0] in lex.summit_words:
        index.add(words[1:], owner, count)  # "Velkan" of "Mount Velkan"
    for p in range(1, len(words)):
        if words[p] in _JOINERS:
            break
        named = p == 1 and len(words) > 2 and words[0] in names
        if named or (_is_place_words(words[:p], lex) and not _compass_part(words[:p], lex)):
            index.add(words[p:], owner, count)
    country = _country_prefix(words, lex)
    if country:
        index.add(country, owner, count)
    personal = _looks_personal(form, lex)
    if _combined(form, lex, names, openings):
        return  # "Velkor Tarsk" of "Velkor AB and Tarsk plc agreed to merge": neither's
    if personal or _personal_shape(form, lex):
        # "Rem Koolhaas": shaped like a person though the given name is unknown; "Goldman
        # Sachs" too, so its opening words stay a short form of it as well (below)
        name = _without_honours(form) if personal else words
        if len(name) < len(words):
            index.add(name, owner, count)  # "Ada Lovelace" of "Ada Lovelace FRS"
        index.add(("surname:" + name[-1],), owner, count)
        index.add(("given:" + name[0],), owner, count)
        if "-" in name[-1]:  # "Diallo Traore" of "Amara Diallo-Traore": the hyphen left out
            index.add(tuple(name[-1].split("-")), owner, count)
        if len(name) > 2:  # "Ana Ruiz", "Maria Ruiz" of "Ana Maria Ruiz"
            for given in name[:-1]:
                index.add((given, name[-1]), owner, count)
        if len(name) == 3 and personal and name[-1] not in lex.kind_heads:
            # "Harun Velamat" of "Harun Velamat Yusof": Malay and Arabic names add the
            # father's name last, and copy names the person again without it (not the
            # "George Washington" of "George Washington Bridge"); two such names that
            # open alike leave it no one's (see _long_form)
            index.add(("first two:" + name[0], name[1]), owner, count)
        for surname in _other_surnames(form, name, lex):
            index.add(surname, owner, count)
    if (
        len(words) == 2
        and _REGNAL.fullmatch(words[-1])
        and (personal or _personal_shape(form, lex))
    ):
        index.add(("regnal:" + words[0],), owner, count)  # "Ostrand" of "Pope Ostrand III"
    if is_storm(words, lex):
        index.add(words[-1:], owner, count)  # "Velma" of "Hurricane Velma": the storm
        if len(words) > 2 and words[-2] in lex.storm_words:
            index.add(words[-2:], owner, count)  # "Cyclone Ostra" of "Tropical Cyclone Ostra"
    founder = _founder(words, lex)
    if founder:
        index.add(("surname:" + founder[-1],), owner, count)  # "Lilly" of "Eli Lilly and Co"
    if (
        len(words) == 2
        and (words[0] in lex.org_prefixes or words[0] in lex.club_words and len(words[0]) < 4)
        and words[1] not in lex.countries
    ):  # "Madrid" of "Real Madrid", "Bilbao" of "Athletic Bilbao", "Kolvany" of "FC Kolvany"
        index.add(words[1:], owner, count)
    if not personal and not lex.is_place(form.key) and not _unit_of(form, lex, sport, openings):
        for p in range(1, len(words)):
            if words[p] in _JOINERS:
                if words[-1] in lex.org_suffixes:  # "Harlan & Finch" of "Harlan & Finch Inc."
                    # "Wells Tarsk" of "Wells Tarsk & Co.": the joiner goes with the suffix
                    index.add(words[:p] if p == len(words) - 2 else words[:-1], owner, count)
                break
            index.add(words[:p], owner, count)  # "Dow Jones" of "Dow Jones Industrial Average"
        if words[0].endswith("'s"):  # "McDonald's said" of "McDonald's Corp"
            index.add((words[0].removesuffix("'s"),), owner, count)
        if words[0] in lex.org_suffixes and words[0] not in common_words():
            index.add(words[1:], owner, count)  # "Valtrenta" of "Banca Valtrenta"
        head = next((words[p - 1] for p in range(1, len(words)) if words[p] in _OF), words[-1])
        if head in lex.kind_heads:  # "Court" of "High Court", "Bank" of "Reserve Bank of X"
            index.add(("head:" + head,), owner, count)
        letters = initials([w for w in words if w not in _JOINERS])
        if len(letters) >= 2:
            index.add(("initials:" + letters,), owner, count)
            last = words[-1]
            if last in lex.org_suffixes or last in lex.org_heads:
                index.add(("initials:" + letters[:-1],), owner, count)
    elif len(words) > 1 and lex.is_place(form.key):
        # "NZ" of "New Zealand", "PNG" of "Papua New Guinea": copy shortens a place of
        # several words to its initials, in capitals ("NZ officials said")
        index.add(("initials:" + initials([w for w in words if w not in _JOINERS]),), owner, count)


def _combined(
    form: Form, lex: Lexicon, names: frozenset[str], openings: dict[str, list[tuple[str, ...]]]
) -> bool:
    """Whether the name of two words joins the names of two companies of the article, as a
    merger names the group it makes ("Velkor Tarsk" beside "Velkor AB" and "Tarsk plc"):
    no person's, so neither word alone is a short form of it. A company's name is one with
    a company's suffix or an industry's word last; the other word may stand alone too."""
    words = form.words
    if len(words) != 2:
        return False
    firms = [w for w in words if _opens_a_firm(w, form.words, lex, openings)]
    return len(firms) == 2 or (len(firms) == 1 and all(w in names for w in words if w not in firms))


def _opens_a_firm(
    word: str, words: tuple[str, ...], lex: Lexicon, openings: dict[str, list[tuple[str, ...]]]
) -> bool:
    """Whether another name opens with the word and ends in a company's suffix or an
    industry's word ("Velkor AB", "Maher Containers")."""
    for other in openings.get(word, ()):  # (a loop: most words open one name, or none)
        if other != words and (other[-1] in lex.org_suffixes or other[-1] in lex.industry_words):
            return True
    return False


def _unit_of(
    form: Form, lex: Lexicon, sport: bool, openings: dict[str, list[tuple[str, ...]]]
) -> bool:
    """A body's name, then a place ("EADS North America"): a unit of its own, not the long
    form of "EADS". So too a longer body's name, then a place, when the article names
    otherwise a body of the same two first words ("Velkor Motor North America" beside
    "Velkor Motor Corp": "Velkor" is the parent's; "Coast Guard Sector Kelby" beside "Coast
    Guard Station Tarsk"), not of its first word only ("Bank Tavira Malaysia" beside "Bank
    Negara" is the long form of "Bank Tavira"). Not in a report of matches (`sport`: the text tells some side playing),
    where a name so made is a club's that news calls by its first words ("Kelby Dunmore
    came from behind to beat Velkor Ostrava 2-1 ... Velkor took the lead")."""
    words = form.words
    if sport:
        return False
    if _is_place_words(words[1:], lex):
        return True
    for p in range(2, len(words)):
        if words[p - 1] in _JOINERS or words[p] in _JOINERS:
            return False
        if _is_place_words(words[p:], lex):
            return any(
                other[:2] == words[:2] and other != words[: len(other)]
                for other in openings[words[0]]
            )
    return False


def _other_surnames(form: Form, name: tuple[str, ...], lex: Lexicon) -> list[tuple[str, ...]]:
    """The short forms of a personal name other than its last word: all but the given name
    when a surname has particles ("Van der Walle" of "Pieter Van der Walle"); the first of
    two surnames, as Spanish names are cut ("Barragán" of "Julio Barragán Ochoa": not a
    given name in the middle, "Maria" of "Ana Maria Ruiz"); the family name written first
    before a hyphenated given name, as Chinese and Korean names are ("Ho" of "Ho
    Siu-ling"); a family name without the Arabic article glued to it, as wire copy names
    the person again ("Velani" of "Ali al-Velani", "Rashek" of "Khalid el-Rashek", "Shami"
    of "Yusuf ash-Shami": the article assimilated, lexicon.arabic_articles)."""
    found = []
    if len(name) > 3:
        found.append(name[1:])
    middle = name[1] if len(name) == 3 else ""
    if middle and not (middle in lex.joiners or is_given_name(middle)):
        found.append(("surname:" + middle,))
    if _family_name_first(form):
        found.append(("surname:" + name[0],))
    article, hyphen, rest = name[-1].partition("-")
    if hyphen and rest and article in lex.arabic_articles and len(name) > 1:
        found.append(("surname:" + rest,))  # "Velani" of "Ali al-Velani"
    found.extend(_before_a_particle(name, lex))
    if len(name) == 4 and burmese_name(form):
        found.append(name[2:])  # "Myo Thant" of "Daw Khin Myo Thant", as news names her again
    return found


def _before_a_particle(name: tuple[str, ...], lex: Lexicon) -> list[tuple[str, ...]]:
    """The short forms of a personal name whose family name opens a word before a particle
    ("Marcos Antonio Velho da Costa", "Ana Brandao dos Reis"), as Portuguese and Spanish
    names are cut: the names from that word on ("Velho da Costa") and the word alone
    ("Velho"), unless it is the second word and a given name ("Maria" of "Ana Maria de
    Souza": her given names; "Maria de Souza" is hers still). Not a particle of descent
    ("Tarik bin Velani": the word before is the person's own name)."""
    if len(name) < 4 or lex.particles.isdisjoint(name):
        return []  # most names: no particle inside, nor room for one before a last word
    p = next(
        (
            p
            for p in range(2, len(name) - 1)
            if name[p] in lex.particles and name[p] not in lex.descent_particles
        ),
        None,
    )
    if p is None or name[p - 1] in lex.particles:
        return []
    found = [name[p - 1 :]]
    if p > 2 or not is_given_name(name[p - 1]):
        found.append(("surname:" + name[p - 1],))
    return found


def _family_name_first(form: Form) -> bool:
    """A family name, then a hyphenated given name ("Ho Siu-ling", "Kim Dae-sung")."""
    return len(form.words) == 2 and hyphenated_given(form.surface.split()[-1])


def _founder(words: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """The personal name a company is named after, before its suffix ("Eli Lilly and Co",
    "Walt Disney Co", "Charles Schwab Corp."): news calls it by that surname alone later.
    Empty when no company suffix ends the name or no given name opens it."""
    end = len(words)
    while end > 1 and words[end - 1] in lex.org_suffixes:
        end -= 1
    if end == len(words):
        return ()
    while end > 1 and words[end - 1] in ("and", "&"):
        end -= 1
    name = words[:end]
    if not 2 <= len(name) <= 3 or not lex.kind_heads.isdisjoint(name):
        return ()
    if name[0] not in lex.first_names and name[0] not in given_names():
        return ()
    return name


def _without_honours(form: Form) -> tuple[str, ...]:
    """The words of a name without the letters of honours after it, capitals of two to
    four letters after two words or more: "Ada Lovelace FRS", "Tom Reyes DBE RA"."""
    words = form.words
    surfaces = form.surface.split()
    if len(surfaces) != len(words):
        return words
    end = len(words)
    while end > 2 and surfaces[end - 1].isupper() and 2 <= len(surfaces[end - 1]) <= 4:
        end -= 1
    return words[:end]


def _country_prefix(words: tuple[str, ...], lex: Lexicon) -> tuple[str, ...] | None:
    """ "US Air Force" and "United States Air Force" as one key: the country's code
    for the country its words open with, then the rest; none where no country's name
    opens with its first word (most names: no words joined to look up)."""
    if words[0] not in _country_openings(lex):
        return None
    for p in range(len(words) - 1, 0, -1):
        code = lex.countries.get(" ".join(words[:p]))
        if code:
            return ("country:" + code, *words[p:])
    return None


@cache
def _country_openings(lex: Lexicon) -> frozenset[str]:
    """The first words of the countries' names ("united" of "united states"), of the one
    lexicon."""
    return first_words(frozenset(lex.countries))


def _long_form(form: Form, index: _Index, lex: Lexicon) -> Form | None:
    words = form.words
    target = _spelled(form, index)
    if target is None:
        target = _in_full(form, index, lex) or index.best(words)
    if target is None and len(words) > 1:
        country = _country_prefix(words, lex)
        target = index.best(country) if country else None
    if target is None and len(words) == 2:
        target = index.only(("first two:" + words[0], words[1]))  # "Harun Velamat"
    if target is None and len(words) == 2:
        # "Tim Quarrie" of "Timothy J. Quarrie"
        target = next(filter(None, (index.best(w) for w in _full_forms(words))), None)
    if target is None and len(words) == 2 and words[0] in lex.title_words:
        target = index.best(("surname:" + words[1],))  # "General Ruiz" of "Ana Ruiz"
    if len(words) == 1:
        # a surname alone is the person's before a name that opens with it: "Velkonen" of
        # "Ada Velkonen" and "the Velkonen Plan" is the person
        if not _company_alone(form):
            target = index.best(("surname:" + words[0],)) or target
        if target is None:
            # "Anna" of the one "Anna Quill"; a given name no list holds too: news calls
            # Thai, Ethiopian or Malay people by theirs ("Pita" of "Pita Limjaroenrat")
            given = ("given:" + words[0],)
            target = index.only(given) or index.named_before(given, form)
        if target is None:
            target = _ruler(words[0], index)
        if target is None and words[0] in lex.kind_heads:
            # "Court" of a headline above "the High Court ruled": the head alone names the
            # body or the site the article names in full (the most mentioned of several)
            target = index.best(("head:" + words[0],))
    if (
        target is not None
        and lex.is_place(form.key)
        and not lex.is_place(target.key)
        and not _territory_of(target.words, lex)
        and not _surname_alone(form, target, lex)
        and not _named_after_town(form, target, lex)
        and not _club_of_town(form, target, lex)
    ):
        return None
    if (
        target is not None
        # not "shares in Tarsk" of "Tarsk Motors", nor "Tarsk and Kelby were flat" beside
        # "Tarsk Motors Corp.": a list beside a town alone places no carmaker
        and form.place_cues - form.beside > form.company_cues
        and (_site_named_after(form, target, lex) or _club_of_town(form, target, lex))
    ):
        return None  # "in Tarsk" beside "Tarsk Stadium" or "Real Tarsk": the town
    if target is not None and form.roles and _site_named_after(form, target, lex):
        return None  # "President Ana Vell" beside "the Ana Vell Stadium": the person
    return target


def _in_full(form: Form, index: _Index, lex: Lexicon) -> Form | None:
    """The long form that is the name and a company's suffix only ("Velkor Group",
    "Velkor Inc."), among several companies' names as often mentioned that allow it: the
    company written in full, whose short form the name is, where the others name its
    units ("Velkor Art", "Velkor Corporate Solutions" beside "Velkor Group": "Velkor" is
    the group). A name mentioned more often keeps it ("Apple" of "Apple Computer", named
    ten times, beside "Apple Corps"), and so does a place ("Chatham" of "the Chatham
    Islands" beside "Chatham Motors", "Southwest" of "the American Southwest"), as does a
    name the text writes after "the" ("much of the Southwest": a region, no company)."""
    words = form.words
    options = index.entries.get(_plain(words))
    if not options or len(options) < 2 or form.determined:
        return None
    most = max(map(_MENTIONS, options.values()))
    full = [
        owner
        for owner, count in options.values()
        if count == most and owner.words[:-1] == words and owner.words[-1] in lex.org_suffixes
    ]
    if len(full) != 1 or any(_placed(owner, lex) for owner, _ in options.values()):
        return None
    return full[0]


def _placed(form: Form, lex: Lexicon) -> bool:
    """Whether the gazetteer or the text makes the name a place's ("the Chatham Islands",
    "in the American Southwest"): more place cues than a company's."""
    return lex.is_place(form.key) or form.place_cues > form.company_cues


def _company_alone(form: Form) -> bool:
    """Whether the text treats a name of one word as a company and never as a person
    ("Velkor chairman Ana Velkor said the plan would return Velkor to profit"): the firm
    named after its family, not the surname of the one of them the text names in full.
    Two cues at least: one may be a person's too ("Vell's spokesman"); and one not a
    company's verb, which people do too ("Quellin sold the shares and hired 40 staff")."""
    cues, deeds = form.company_cues, form.deeds
    return cues > 1 and cues > deeds and not (form.person_cues or form.spoken or form.roles)


def _site_named_after(form: Form, target: Form, lex: Lexicon) -> bool:
    """ "Tarsk" of "Tarsk Stadium", "Tarsk General Hospital" or "Tarsk Motors" where the
    text places Tarsk ("flooding in Tarsk"): the town a building, a ground, a body or a
    company is named after, not the site nor the body; the head may stand before "of"
    ("Tarsk Chamber of Commerce", "Tarsk School of Music"), or a facility's head in the
    plural ("Tarsk Terminals": their operator). Not a street nor a square
    ("Main" of "Main Street", "Velm" of "Velm Square" are the street and the square)."""
    words, named = form.words, target.words
    last = named[-1]
    head = next((named[p - 1] for p in range(1, len(named)) if named[p] in _OF), last)
    return (
        named[: len(words)] == words
        and (
            last in lex.facility_heads
            or singular(last) in lex.facility_heads  # "Tarsk Terminals", a port's operator
            or last in lex.org_heads
            or last in lex.org_suffixes
            or last in lex.industry_words  # "Tarsk Rail", "Tarsk Telecom"
            or head in lex.org_heads
            or head in lex.facility_heads
        )
        and last not in lex.street_words
        and last not in lex.road_words
        and last not in _SQUARES
    )


def _ruler(word: str, index: _Index) -> Form | None:
    """The one ruler named `word` and a number ("Ostrand" of "Pope Ostrand III"), when no
    other person has that given name ("Johann" of "Johann II" and "Johann Bernoulli" is
    either)."""
    ruler = index.only(("regnal:" + word,))
    if ruler is None or not index.owners(("given:" + word,)) <= {ruler.key}:
        return None
    return ruler


def _spelled(form: Form, index: _Index) -> Form | None:
    """The name an acronym spells the initials of ("VMA" of "Vestrand Maritime Authority",
    "H&F" of "Harlow & Finch"), before a longer name it opens ("the VMA Safety Board"):
    that one is a part of the body, not the body."""
    if not _acronym(form):
        return None
    return index.best(("initials:" + form.key.replace("&", ""),))


def _named_after_town(form: Form, target: Form, lex: Lexicon) -> bool:
    """ "Leeds" after "Leeds Motor Corp.": a town's name that opens the name of a company
    (a company's suffix last, or its trade's word: "Leeds Air", "Leeds Steel"), and
    nothing in the text places it ("in Leeds" would) but a list beside another town
    named so ("Leeds and Kelby were flat", beside "Kelby Motor Corp."). A country's name
    stays apart ("Japan" is not "Japan Airlines")."""
    words = form.words
    last = target.words[-1]
    return (
        form.key not in lex.countries
        and form.place_cues <= form.beside
        and (last in lex.org_suffixes or last in lex.industry_words)
        and target.words[: len(words)] == words
    )


def _club_of_town(form: Form, target: Form, lex: Lexicon) -> bool:
    """ "Madrid" after "Real Madrid", "Bilbao" after "Athletic Bilbao": sport news calls a
    club by its town's name once it has named it in full ("Madrid coach X said"); not
    where the text places the name ("fans in Madrid" is the city: see _long_form)."""
    return (
        len(target.words) == 2
        and target.words[0] in lex.org_prefixes
        and target.words[1:] == form.words
    )


def _surname_alone(form: Form, target: Form, lex: Lexicon) -> bool:
    """ "Bush" after "George Bush", "Ho" after "Ho Siu-ling": a town's name that is the
    surname of a person the article names, and nothing in the text places it ("in Bush"
    would). A country's name stays apart ("Jordan" is not "Michael Jordan")."""
    return (
        len(form.words) == 1
        and form.key in (target.words[-1], target.words[0] if _family_name_first(target) else "")
        and form.key not in lex.countries
        and not form.place_cues
        and _looks_personal(target, lex)
    )
