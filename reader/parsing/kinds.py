"""The kind of an actor from its forms: person, organization, place, group or other.

The evidence, strongest first: a title or role (person), a gazetteer (countries,
cities, regions), a demonym with a collective noun (group), the head word of the name
("Ministry", "Inc.", "Center", "River", "Summit"), a known first name, a surname used
alone, place cues around it ("in X", "X, California"), a wider gazetteer of towns. A name
nothing speaks for is an organisation: in news, one-word names without cues mostly are.
"""

from __future__ import annotations

from functools import cache
from operator import attrgetter

from reader.parsing.data import table
from reader.parsing.forms import Form
from reader.parsing.lexicon import (
    Lexicon,
    common_words,
    given_names,
    is_city,
    is_english_word,
    is_given_name,
    is_listed_company,
    is_town,
    key,
    names_too,
    singular,
)
from reader.parsing.precompiled import compiled

REGNAL = compiled(r"[ivx]{1,4}")  # the number of a monarch or pope after the name
# a church named after a saint is a building, where "the Catholic Church" is a body
_CHURCHES = frozenset({"church", "churches"})
# the counts of a form that the kind weighs, summed over an actor's forms by map (most
# actors have one form: a generator's frame would cost more than the sum)
_SPOKEN, _DETERMINED, _PERSON_CUES = map(attrgetter, ("spoken", "determined", "person_cues"))
_COMPANY_CUES, _DEEDS, _PLACE_CUES = map(attrgetter, ("company_cues", "deeds", "place_cues"))
_PLAYED, _THING_CUES, _MADE = map(attrgetter, ("played", "thing_cues", "made"))
_SPEAKS, _SPELLED_OUT = attrgetter("speaks"), attrgetter("spelled_out")
_SAINTS = frozenset({"st", "saint", "ste", "sainte", "san", "santa", "sankt"})


def _head(words: tuple[str, ...], lex: Lexicon) -> tuple[str, bool]:
    """The head word (the last before "of"/"for" or a Romance "of": "Banco de X", "Tour de
    X"; or before a number: "Terminal 2", "Kelso Lodge No. 3", "Varn War II") and whether
    "for" follows it; the last two words when they name a kind of site ("the Harwick Opera
    House": a building, where "House" alone would name a body); a body's head before a
    country ("Sonali Bank UK": its arm there)."""
    if not (lex.of_words.isdisjoint(words) and "for" not in words):  # few names hold one
        for i, word in enumerate(words):
            if i > 0 and (word == "for" or word in lex.of_words):
                return words[i - 1], word == "for"
    if len(words) > 1 and (words[-1][:1].isdigit() or REGNAL.fullmatch(words[-1])):
        numbered = len(words) > 2 and words[-2] == "no"  # "Kelso Lodge No. 3"
        return words[-3 if numbered else -2], False
    if len(words) > 2 and " ".join(words[-2:]) in lex.facility_compounds:
        return " ".join(words[-2:]), False
    if len(words) > 2 and words[-1] in lex.countries and words[-2] in lex.org_heads:
        return words[-2], False  # "Sonali Bank UK": the body's arm in that country
    return words[-1], False


def kind_of(forms: list[Form], name: Form, lex: Lexicon) -> tuple[str, bool]:
    """The kind of the actor whose forms are `forms` and fullest form is `name`, and whether
    it is only a guess: nothing in the text spoke for a kind, so names known from other
    articles may say better (see reader.parsing.known)."""
    kind = _evidenced(forms, name, lex)
    if kind is not None:
        return kind, False
    # "the Red Cross": shaped like a person's name, but no person takes "the"; nor is one
    # named in full after it, though initials stand for the name after ("the Velmarer
    # Allgemeine Rundschau (VAR) ... VAR reports")
    if (
        not (_determined(forms) or _determined([name]))
        and not _impersonal(forms)
        and _named_like_a_person(name, lex)
    ):
        return "person", True
    if len(name.words) == 1 and _place_suffixed(name.key, lex):
        # "Velmoria", "Ostrastan", "Quellburg"; a town's ending that speaks is a body's
        # ("Tarsk and Velkor said"): only a country or a region speaks for its government
        speaks = any(f.speaks for f in forms) and not name.key.endswith(lex.state_suffixes)
        return ("organization" if speaks else "place"), True
    if _part_of_a_place(name, lex) or _town(forms, name):
        return "place", True
    return "organization", True


def _place_suffixed(word: str, lex: Lexicon) -> bool:
    """A word ending as many names of places do ("Velmoria", "Quellburg", "Tarsk"), after
    a stem of three letters or more ("Kia" is too short to be built so). Not the
    ending of a reference work's or a media firm's name ("Velmopedia", "Ostramedia")."""
    if not word.endswith(lex.place_suffixes):
        return False  # most words: none of the endings to find
    suffix = next(s for s in lex.place_suffixes if word.endswith(s))
    return len(word) - len(suffix) >= _STEM and not word.endswith(lex.unplaced_endings)


_STEM = 3  # the fewest letters before a place's ending ("Tarsk")


def names_an_event(name: Form, kind: str, lex: Lexicon) -> bool:
    """Whether the actor of that fullest form and kind is an event or an honour named by
    its head ("the Kelby Food Festival", "the Halberd Prize for Craft", "the Ostrel War",
    "the Olympics"): something that happens or is won, no person, body nor place, so no
    actor. A storm is one too but stays (a storm's name is a given name: news follows it
    as it would a person), and so does a name of a person's shape ("Doris Day")."""
    if kind != "other" or is_storm(name.words, lex):
        return False
    return an_event_head(_head(name.words, lex)[0], lex) and not _named_like_a_person(name, lex)


def an_event_head(word: str, lex: Lexicon) -> bool:
    """A word that heads names of events or honours ("festival", "prize", "battle")."""
    return word in lex.event_heads or word in lex.event_nouns


def _saints_church(words: tuple[str, ...], head: str, lex: Lexicon) -> bool:
    """A church named after a saint ("St Mary's Church", "the Church of St Anselm"): a
    building, as a cathedral is, where "the Catholic Church" is a body; not a body named
    after one ("the Church of St Kelvin Trust")."""
    if head not in _CHURCHES or _SAINTS.isdisjoint(words):
        return False
    last = words[-1]
    return last == head or not (last in lex.org_heads or last in lex.org_suffixes)


def _demonyms(words: tuple[str, ...], lex: Lexicon) -> bool:
    """A demonym ("Kurds", "North Koreans"), or demonyms in a row ("Coptic Christians"): a
    people."""
    return " ".join(words) in lex.demonyms or lex.demonyms.issuperset(words)


def _residents(words: tuple[str, ...], lex: Lexicon) -> bool:
    """The people of a town by the town's name and an ending of residents ("Aucklanders",
    "Parisians", "Torontonians", "New Yorkers"): a group, as a country's demonym in the
    plural is; the lists hold few towns' demonyms, and the town's name is the stem."""
    whole = " ".join(words)
    if not whole.endswith(_RESIDENT_ENDINGS):
        return False  # most names: no such ending, no stem to look up
    return any(
        whole.endswith(ending) and lex.is_place(whole[: -len(ending)])
        for ending in _RESIDENT_ENDINGS
    )


# the endings of residents' names after a town's name: "London-ers", "Paris-ians",
# "Toronto-nians", "Miami-ans"
_RESIDENT_ENDINGS = tuple(table("name_words.json")["resident_endings"])


def _people_of_a_nation(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Demonyms before a plural of people or of a trade ("Russian Peacekeepers", "Sunni
    Militants", "Australian Nurses"): a group. A capitalised word of another kind between them makes the run a body's name
    ("the Canadian Auto Workers", "the Irish Farm Workers"): a union, an organisation."""
    return (  # the demonyms first: few names open with one, and the singular costs more
        len(words) > 1
        and lex.demonyms.issuperset(words[:-1])
        and (words[-1] in lex.group_nouns or singular(words[-1]) in lex.person_nouns)
    )


def _named_like_a_person(name: Form, lex: Lexicon) -> bool:
    """A first name alone ("Tom"), an Arabic compound ("Zia-ul-Haq"), or the shape of a
    personal name ("Tosui Nakarai", "O.J. Velmont"): a person, when nothing in the text says otherwise. No name with a possessive
    inside is a person's ("Cox's Bazar")."""
    # (a word but the last ending in "'s" is followed by a space in the key, the words joined)
    if arabic_article(name.surface) or "'s " in name.key:
        return False
    if len(name.words) == 1 and (
        name.key in lex.first_names
        or _given_names_joined(name, lex)
        or _family_name(name, lex)
        or _ARABIC_COMPOUND.fullmatch(name.surface) is not None
    ):
        return True
    return (
        personal_shape(name, lex)
        or _initialled(name, lex)
        or family_name_first(name)
        or _of_descent(name, lex)
        or burmese_name(name)
    )


def burmese_name(name: Form) -> bool:
    """A Burmese name: two to four words in title case, each a word of Burmese personal
    names or an honorific ("Khin Myo Thant", "Daw Hla Hla Win"), one at least no English
    word ("Win Tin" may be two words of English): Burmese names have no family name, so
    no list of given names holds them whole."""
    syllables = _burmese_name_words()
    if not syllables.issuperset(name.words):
        return False  # most names: a word no Burmese name has, asked first
    surfaces = name.surface.split()
    if not (2 <= len(surfaces) <= 4 and all(w.istitle() for w in surfaces)):
        return False
    return not all(map(is_english_word, name.words))


@cache
def _burmese_name_words() -> frozenset[str]:
    return frozenset(table("name_words.json")["burmese_name_words"])


def _of_descent(name: Form, lex: Lexicon) -> bool:
    """A word of descent in lower case between capitalised words ("Kiprop arap Sitienei",
    "Sidi ould Menane", "Siti binti Osman": son or daughter of): a person's name, in any
    of the languages that write one so."""
    inner = name.surface.split()[1:-1]
    return not lex.descent_particles.isdisjoint(inner)


def _family_name(name: Form, lex: Lexicon) -> bool:
    """One word with an ending of family names ("Tavlenko", "Wisniewski", "Popescu",
    "Papadakis", "Kobakhidze", "Dravtsov", "Ostrakova"), no town's name: a surname alone, which news
    gives people of those countries after their full name, and in headlines alone."""
    k = name.key
    return (
        k.endswith(lex.surname_endings)
        and len(k) >= 6
        and name.surface[:1].isupper()
        and not name.surface.isupper()
        and not is_town(k)
    )


# "Zia-ul-Haq", "Mujib-ur-Rahman", "Salah-ud-Din": an Arabic compound name, two words
# joined by the article as South Asian names write it (ul, ur, ud, un, us, uz), a person's
_ARABIC_COMPOUND = compiled(r"[A-Z][a-z]+-u[lrdnsz]-[A-Z][a-z]+")


# the middle names of most Vietnamese men and women, written with a capital inside a name
_MIDDLE_NAMES = frozenset({"Van", "Thi"})
SYLLABLE = 6  # the most letters of a Vietnamese name's word written without marks ("Nguyen")


def family_name_first(name: Form) -> bool:
    """A Vietnamese name: three or four words in title case, the family name first and a
    given name last ("Tran Van Quoc Minh", "Le Thi Hoa"), which news uses alone later
    ("Minh"): "Van" or "Thi" second, or every word after the first a short given name
    of one syllable after a Vietnamese family name ("Le Minh Khoa", "Do Quang Huy"). Not
    "Ludwig Van Ostrum": no given name ends it; nor "Radio Ana Maria": no family name
    opens it."""
    words = name.words
    surface = name.surface
    family = words[0] in _vietnamese_family_names()
    if not family and not any(middle in surface for middle in _MIDDLE_NAMES):
        return False  # most names: neither a family name first nor a middle name inside
    surfaces = surface.split()
    if not (3 <= len(surfaces) <= 4 and all(w.istitle() for w in surfaces)):
        return False
    if surfaces[1] in _MIDDLE_NAMES:
        return words[-1] in given_names()
    return family and short_syllable(words[0]) and short_given_names(words[1:])


def short_syllable(word: str) -> bool:
    """A word of letters no longer than a syllable of a Vietnamese name ("Khoa", "Do")."""
    return len(word) <= SYLLABLE and word.isalpha()


def short_given_names(words: list[str] | tuple[str, ...]) -> bool:
    """Given names of one short syllable each ("thanh hai", "quang huy"), as Vietnamese
    names write them after the family name."""
    return all(short_syllable(w) and w in given_names() for w in words)


@cache
def _vietnamese_family_names() -> frozenset[str]:
    return frozenset(table("name_words.json")["vietnamese_family_names"])


def _given_names_joined(name: Form, lex: Lexicon) -> bool:
    """ "Anne-Lise", "Jean-Marc": two given names joined by a hyphen, one given name in
    many languages. Not "Rolls-Royce" nor "Emilia-Romagna": one part is no given name."""
    parts = name.key.split("-")
    return len(parts) == 2 and all(map(is_given_name, parts))


def _town(forms: list[Form], name: Form) -> bool:
    """A town the wider gazetteer knows ("Tralee", "Kiev"), named whole, not written in
    capitals (an acronym: "OSU") and not treated as a company: evidence weaker than a first
    name or a person's shape, and than any cue in the text."""
    return is_town(name.key) and not name.surface.isupper() and not _company(forms)


def _town_speaks(forms: list[Form], name: Form, lex: Lexicon) -> bool:
    """A town or a city of the gazetteers (no capital, country, region or state), one word
    and no given name, that the text makes the subject of "said" or "told" more often
    than it places it ("Velkor and Tarsk Motors said sales rose", "Velkor told investors";
    a list places it beside a town: "Kelby and Velkor said"): a company or another body
    named like the town, as carmakers and banks are; a town speaks only through its
    government, and news names that by a capital or a country."""
    k = name.key
    return (  # the counts first: most names never speak, and need no gazetteer asked
        len(name.words) == 1
        and sum(map(_SPEAKS, forms)) > sum(map(_PLACE_CUES, forms))
        and (is_town(k) or is_city(k))
        and not (is_given_name(k) or k in lex.capitals or k in lex.countries)
    )


def _unit_for_a_place(name: Form, lex: Lexicon) -> bool:
    """A company's unit named by its name and the country or region it serves, a known
    place of two words or more ("Velkor North America", "Tarsk New Zealand", "Kelby South
    Africa"), as carmakers, planemakers and banks name theirs: no place, unless the words
    before the place are a place's own ("Greater Los Angeles", "Eastern North America"),
    a title's ("Madame Velour New York": a site), a particle's ("Fiesta de San Juan") or
    the whole is known as a place; no person, unless a given name stands alone before the
    place ("Dolores Santa Rosa": a surname may be a place of two words)."""
    words = name.words
    surfaces = name.surface.split()
    if lex.is_place(" ".join(words)) or len(surfaces) != len(words):
        return False
    for cut in range(1, len(words) - 1):
        if lex.is_place(" ".join(words[cut:])):
            before = words[:cut]
            if is_listed_company(" ".join(before)):
                return True  # "Toyota South Africa": the firm, though a town shares its name
            return not (
                (cut == 1 and is_given_name(before[0]))
                or any(not s[0].isupper() for s in surfaces[:cut])
                or any(
                    lex.is_place(w)
                    or w in lex.place_nouns
                    or w in lex.place_heads
                    or w in lex.area_words
                    or w in lex.region_adjectives
                    or lex.is_title_word(w)
                    or w in lex.honorifics
                    for w in before
                )
            )
    return False


def _part_of_a_place(name: Form, lex: Lexicon) -> bool:
    """ "North Velmora", "Upper Ostrava", "Greater Oslo Area", "Northern Velmora": a known
    place with a direction or an area word, and nothing that names a body; or a place
    after a region's adjective alone (rates to "Northern Europe" fell: no company's name,
    though a verb follows it)."""
    words = name.words
    if len(words) < 2 or not (
        lex.org_heads.isdisjoint(words) and lex.org_suffixes.isdisjoint(words)
    ):
        return False
    if len(words) == 2 and words[0] in lex.region_adjectives and lex.is_place(words[1]):
        return True
    places = [w for w in words if lex.is_place(w)]
    return bool(places) and not (
        lex.place_nouns.isdisjoint(words)
        and lex.place_heads.isdisjoint(words)
        and lex.area_words.isdisjoint(words)
    )


def _evidenced(forms: list[Form], name: Form, lex: Lexicon) -> str | None:
    """The kind the text gives evidence of, if any."""
    words = name.words
    if is_storm(words, lex):
        return "other"  # "Hurricane Velma": an event, though a given name ends it
    if len(words) > 1 and words[-1] in lex.club_words:
        return "organization"  # "Dorvale Rovers played well": a club, whatever it does
    if len(words) > 1 and lex.is_body_field(words[0]) and lex.is_place(" ".join(words[1:])):
        # "Cricket South Africa", "Transport Canada": the sport's body, the state's agency
        return "organization"
    if len(words) > 2 and _unit_for_a_place(name, lex):
        return "organization"  # "Velkor North America said": the firm's unit, no place
    if any(f.roles for f in forms):
        return "person"
    spoken = sum(map(_SPOKEN, forms))
    # "a spokesman for the Taliban": a name the text writes after "the" alone is no
    # person's, so such mentions weigh against a cue like "the Taliban administration"
    determined = sum(map(_DETERMINED, forms))
    played = _played(forms, name, lex)
    if played and not _named_like_a_person(name, lex):
        return "organization"  # "Twente, who needed a win,": a club, as reports write it
    if sum(map(_PERSON_CUES, forms)) > spoken + determined:
        return "person"
    if is_listed_company(name.key) and not (_thing(forms) or _placed(forms)):
        return "organization"  # "Goldman Sachs said": a bank of a stock index, not a person
    # "Ana Vell said": a speaker, unless the text calls it a company more often; a name with
    # the Arabic article has no person's shape to break a tie ("Al Sabra said it would")
    if (
        spoken
        and spoken > sum(map(_COMPANY_CUES, forms)) - (not arabic_article(name.surface))
        and not (_impersonal(forms) or _adjective_first(words, lex))
        and lex.body_connectors.isdisjoint(words)  # "Médecins Sans Frontières said"
    ):
        return "person"
    if played:
        return "organization"  # "Kelby beat Harwick 2-1": clubs named after their towns
    if _thing(forms) or (len(words) > 1 and words[-1] in lex.index_words):
        return "other"  # "the X index", "the X Composite Index", "the drug X": a thing
    if len(words) == 1 and an_event_head(name.key, lex):
        return "other"  # "the Olympics", "the Games": an event named by its head alone
    if len(words) == 1 and name.key in lex.org_heads and not lex.is_place(name.key):
        return "organization"  # "Congress", "the Senate": "in Congress" makes no place
    if _partners(words, lex):
        return "organization"  # "Harwood & Lane": a firm, though "Lane" ends roads
    head, before_for = _head(words, lex)
    if _saints_church(words, head, lex) and not _company(forms):
        return "place"  # "St Mary's Church", "the Church of St Anselm": a building
    facility = head in lex.facility_heads or head in lex.facility_compounds
    # a suffix inside ("International") does not make "Isfahan International Airport" a body
    sited = facility or head in lex.place_heads
    organised = len(words) > 1 and (
        head in lex.org_heads
        or (not sited and not lex.org_suffixes.isdisjoint(words))
        or _team(name, lex)
        or words[-1] in lex.industry_words  # "Okoro Petroleum"
        or words[0] in lex.org_prefixes  # "Air Velmora", "Dinamo Kelby"
    )
    state = name.key in lex.countries or name.key in lex.capitals
    if (
        (organised and name.key not in lex.countries)  # "the Russian Federation": a country
        or (len(words) == 1 and not state and _company(forms))
        or _town_speaks(forms, name, lex)
    ):
        # "Toyota Motor Corp.", "shares in Toyota": not the city; "Moscow said it would":
        # the government, named by its capital, which the text places and annotations too
        return "organization"
    # a surname that is also a town's name ("Bush" of "George Bush") does not make a place
    personal = len(words) > 1 and is_given_name(words[0])
    if any(
        lex.is_place(f.key) or _abbreviated_place(f.words, lex)
        for f in forms
        if not (personal and f.key == words[-1])
    ):
        return "place"
    if len(words) > 1 and _addressed(name, lex):
        return "place"
    if _people_of_a_nation(words, lex) or _demonyms(words, lex) or _residents(words, lex):
        return "group"
    if len(words) > 1 or head in lex.org_suffixes:
        if facility:  # "Open Platform, the party that ...": a body the text calls one
            return "organization" if before_for or _company(forms) else "place"
        if head in lex.org_heads or (not sited and not lex.org_suffixes.isdisjoint(words)):
            return "organization"
        if head in lex.place_heads:  # "Ostrel State claimed responsibility": a group
            return "organization" if _company(forms) else "place"
        if an_event_head(head, lex):
            return "other"
        if (words[0] in lex.place_prefixes or words[0] in lex.compass_points) and not (
            _company(forms, at_least=2)  # "Rio Velka, the mining company, said it"
        ):
            return "place"  # "Lake Erie", "Mt. Kenya", "Fort Worth", "North Varnia"
        if (
            len(words) == 2
            and words[0] in lex.demonyms
            and _a_place(words[1], lex)
            and not (_company(forms) or any(f.speaks for f in forms))
        ):
            # "Soviet Georgia"; "Scottish Enterprise Chief Executive", "Scottish Enterprise
            # said": a body
            return "place"
    if any(f.sited for f in forms) and not _company(forms):
        return "place"  # "Paris Charles de Gaulle airport": named after a person, a site
    if len(words) > 1 and lex.is_place(words[0]) and _placed(forms) and not _company(forms):
        return "place"  # "flights from Paris Orly": an airport named by its city, not a person
    if not spoken and any(f.named_place for f in forms) and not _company(forms):
        return "place"  # "near the port city of Hai Vanh": a town of a person's shape
    if not spoken and _placed(forms) and _town(forms, name):
        return "place"  # "floods hit homes in Hai Phong": a town of a person's shape
    if (
        len(words) > 1
        and _given_name(name, lex)
        and not (_company(forms, deeds=False) or _determined(forms) or _impersonal(forms))
    ):
        return "person"  # "Ana Vell sold her stake": a company's deed alone, a person's too
    if _surname_alone(forms, name, lex) and not (_company(forms) and not _given_name(name, lex)):
        # not "steelmaker Acciaierie Vendramin ... Vendramin chief executive Ana Vell": a
        # company the text calls one, opening with no given name ("Hugo Berg ... Berg said
        # it cost too much" stays a person)
        return "person"
    cues = any(f.place_cues for f in forms)
    if cues and not _company(forms) and (len(words) == 1 or _placed(forms)):
        return "place"
    return "organization" if _company(forms) else None


def _partners(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Two names joined by "&" ("Harwood & Lane", "Brennan & Court"): a firm of partners,
    whatever the last word means alone. Not a corner of two roads that opens with a number
    ("44th & Main"), gates named by letters ("Gates C & D"), a site ("Park & Ride") nor
    places ("Trinidad & Tobago")."""
    if len(words) != 3 or words[1] != "&":
        return False
    first, last = words[0], words[2]
    sites = lex.facility_heads | lex.place_heads
    return (
        all(len(w) > 1 and w.isalpha() and not lex.is_place(w) for w in (first, last))
        and first not in sites
    )


def _adjective_first(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a common English word or a demonym that is no given name opens a name of
    more words and an English word ends it ("Coastal Defence", "Civic Guard", "Welsh
    Water"): no person's name, so what it says is a body's speaker's ("Coastal Defence
    said"). "Rose Vell" opens with a given
    name; "Saint Jerome" ends with one; "Pita Sharples said" and "Yaw Osei-Bonsu said"
    end with a word no English dictionary holds, a surname after a given name that
    English writes in lower case too."""
    first, last = words[0], words[-1]
    return (
        len(words) > 1
        and (first in common_words() or first in lex.demonyms)  # "Welsh Water said"
        and is_english_word(last)
        and not (is_given_name(first) or is_given_name(last))
    )


def _played(forms: list[Form], name: Form, lex: Lexicon) -> bool:
    """Whether the text tells the actor play matches (see results.played) at least as
    often as it places it ("Wigan drew 0-0 with Barnsley and Reading lost": a list seems
    to place Barnsley): a club, though named after its town. Not a country nor a nation
    ("England"): whether a national side is a team or the country, texts and annotations
    differ."""
    matches = sum(map(_PLAYED, forms))
    if not matches:
        return False  # most names: no side in a match, nothing to weigh
    places = sum(map(_PLACE_CUES, forms))
    national = name.key in lex.countries or name.key in lex.regions
    return matches >= places and not national


def _surname_alone(forms: list[Form], name: Form, lex: Lexicon) -> bool:
    """A name of a person's shape whose last word is also used alone ("Tosui Nakarai" ...
    "Nakarai"): a surname. Not a name with a demonym, an English word or a kind's word in
    it ("English Vidtube" ... "Vidtube": a body or a place named by its last word)."""
    last = name.words[-1]
    return (
        len(name.words) > 1
        and any(len(f.words) == 1 and f.words[0] == last for f in forms)
        and personal_shape(name, lex)
    )


def _a_place(word: str, lex: Lexicon) -> bool:
    """A place the gazetteer knows or a point of the compass: what a people's adjective
    before it makes a place of a time or a people ("Soviet Georgia", "American Southwest")."""
    return lex.is_place(word) or word in lex.compass_points


def _team(name: Form, lex: Lexicon) -> bool:
    """A known place, then a capitalised plural that names no kind of place: a team or a
    paper named after its home ("Chicago Bulls", "Green Bay Packers", "Seattle Times"),
    not "Cayman Islands", "Victoria Falls", nor a place known whole ("New South Wales") or
    by its last word ("West Texas"), nor a person whose given name is a place's ("Jordan
    Adams"), nor a people ("South Africans")."""
    words = name.words
    last = words[-1]
    if not last.endswith("s") or last.endswith(("ss", "us", "is")) or last in lex.kind_heads:
        return False  # (asked first: most names end in no plural)
    if is_given_name(words[0]) or name.key in lex.demonyms:
        return False  # "South Africans": a people, though "South" names a town
    if lex.is_place(last) or last in lex.place_nouns or lex.is_place(name.key):
        return False  # "West Texas": "West" is a town too, "Texas" no team's plural
    if not lex.joiners.isdisjoint(words):
        return False
    return any(lex.is_place(" ".join(words[:k])) for k in range(1, len(words)))


def _addressed(name: Form, lex: Lexicon) -> bool:
    """A known town and its state's code ("Springfield D.C.", "Tulsa OK"); not letters
    after a person's name ("Jane Vorel M.D.")."""
    town, _, code = name.surface.rpartition(" ")
    return lex.is_state_code(code) and (lex.is_place(key(town)) or is_town(key(town)))


def _given_name(name: Form, lex: Lexicon) -> bool:
    """Whether the name opens with a given name (see opens_with_given_name), not the Arabic
    article (see arabic_article)."""
    surface = name.surface
    return not arabic_article(surface) and opens_with_given_name(name.words, surface.split(), lex)


_ARTICLE = compiled(r"(?:[Aa]l|[Ee]l)[ -][A-Z]")


def arabic_article(surface: str) -> bool:
    """Whether the name opens with the Arabic article ("Al Ahly", "Al-Tarik", "El Sabra",
    "al Shabaab" as wire copy writes it), which opens names of clubs, broadcasters, groups
    and towns: "Al" is also an English given name ("Al Vessey"), so the shape alone tells
    no person; a cue in the text must."""
    return surface[1:2] == "l" and _ARTICLE.match(surface) is not None  # the "l" first: cheap


def opens_with_given_name(
    words: tuple[str, ...] | list[str], surfaces: list[str], lex: Lexicon
) -> bool:
    """Whether a name of two or more words (keys, and as written) opens with a given name of
    any country ("Olusegun Adeyemi", "Mei-hua Lin") or holds a hyphenated given name whose
    second part is in lower case ("Chau Wing-yee", "Kim Dae-sung"): evidence of a person in
    any language. Not when a head word (but a middle name, see _middle_name) or an "&"
    stands inside the name ("Major League Baseball", "Harlan & Dorsey"), it
    opens with a place of more words than one ("San Marco Herald") or with an acronym ("GE
    Aviation": no given name is written in capitals), nor when it has no surname (see
    _no_surname)."""
    first = words[0]
    if "&" in words:
        return False  # "Harlan & Dorsey": a firm of partners, no one person's name
    if _acronym(surfaces[0]) or not (
        lex.kind_heads.isdisjoint(words[1:-1]) or _middle_name(words, lex)
    ):
        return False  # "Major League Baseball": a body's word inside, no personal name
    if len(words) > 2 and any(lex.is_place(" ".join(words[:k])) for k in range(2, len(words))):
        return False  # (a place of two words or more before the last: three words at least)
    if _no_surname(words, lex):
        return False
    if is_given_name(first):
        return True
    return len(words) <= 3 and any(map(hyphenated_given, surfaces))


def _middle_name(words: tuple[str, ...] | list[str], lex: Lexicon) -> bool:
    """A head word between a given name that is no English word and a last word that is
    no head: a middle name ("Tomas Temple Vellard"), not a site or a body named after
    someone ("Lincoln Park Zoo") nor a title's words ("Major League Baseball")."""
    first = words[0]
    given = is_given_name(first)
    english = first in common_words() or first in names_too() or lex.is_title_word(first)
    return given and not english and words[-1] not in lex.kind_heads


def _no_surname(words: tuple[str, ...] | list[str], lex: Lexicon) -> bool:
    """A first word that is also a place, a title or an English word, and a last word that
    English writes only in lower case: "Tulsa Transit", "Pearl Orchestra", "Leeds Mutual"
    name no person (but "Elizabeth II" does)."""
    first, last = words[0], words[-1]
    common = common_words()
    return (  # the last word first: few names end in a common word
        last in common
        and (lex.is_place(first) or first in common or lex.is_title_word(first))
        and not REGNAL.fullmatch(last)
    )


def _acronym(surface: str) -> bool:
    """ "GE", "KIM": a word of capitals only."""
    return len(surface) > 1 and surface.isalpha() and surface.isupper()


def personal_shape(name: Form, lex: Lexicon) -> bool:
    """Two or three capitalised words, none of them a connector, an initialism, a common
    English word ("Best Buy", "Apple Computer"), a demonym, a place ("Air Canada") or a word
    that names a kind: the shape of a personal name in any language ("Zaha Hadid", "Tosui
    Nakarai"), when nothing else speaks for a kind; a generation after them too ("Amara
    Osei Sr.", "Tomas Velquist Jr")."""
    surfaces = name.surface.split()
    words = name.words
    if len(surfaces) > 2 and surfaces[-1].rstrip(".").lower() in lex.generations:
        surfaces, words = surfaces[:-1], words[:-1]  # "Amara Osei Sr.": which Amara Osei
    if not 2 <= len(surfaces) <= 3:
        return False
    if not (  # the word sets first, each asked of all the words at once: most names fail one
        lex.joiners.isdisjoint(words)
        and lex.kind_heads.isdisjoint(words)
        and lex.place_nouns.isdisjoint(words)
        and lex.demonyms.isdisjoint(words)
        and lex.name_prefixes.isdisjoint(words)
        and common_words().keys().isdisjoint(words)
    ):
        return False
    if not all(w[0].isupper() and not w.isupper() and w[-1] != "." for w in surfaces):
        return False
    return not any(map(lex.is_place, words))


def _initialled(name: Form, lex: Lexicon) -> bool:
    """Initials, then one or two capitalised words that name no kind: "O.J. Velmont", "T. R.
    Olembe", the shape of a personal name. Not one letter of a compass point before a
    street's name ("S. Denver", "N. Main")."""
    surface = name.surface
    if "." not in surface:
        return False  # most names: no initial, which is written with its dot
    surfaces = surface.split()
    initials = 0
    while initials < len(surfaces) and _INITIALS.fullmatch(surfaces[initials]):
        initials += 1
    rest = name.words[initials:]
    if not initials or not 1 <= len(rest) <= 2 or not lex.kind_heads.isdisjoint(rest):
        return False
    return not (initials == 1 and surfaces[0][0].lower() in _COMPASS_LETTERS)


_INITIALS = compiled(r"(?:[A-Z]\.)+")


def initial_before_a_town(words: list[str], surfaces: list[str], lex: Lexicon) -> bool:
    """One initial, then a town's name ("E. Hampton", "P. Hampton"): a person's name as
    often as the town's (a cue in the text tells: "E. Hampton said"); not a compass
    point's initial before a country, a region or a state ("N. Korea", "S. Dakota")."""
    if len(surfaces) == 3 and surfaces[1] == ".":  # as tokens: "E", ".", "Hampton"
        words, surfaces = [words[0], words[2]], [surfaces[0] + ".", surfaces[2]]
    return (
        len(words) == 2
        and len(surfaces[0]) == 2
        and _INITIALS.fullmatch(surfaces[0]) is not None
        and lex.is_place(words[1])
        and words[1] not in lex.kind_heads
        and not _abbreviated_place(tuple(words), lex)
    )


_COMPASS_LETTERS = frozenset("nsew")


def person_shaped(words: list[str], surfaces: list[str], lex: Lexicon) -> bool:
    """Whether these words (keys, and as written) may name a person: not a known place nor a
    name with "&" ("Harlow & Finch"), an acronym after a hyphen ("Air France-KLM") or a
    company's suffix last ("Ana Vell Corp."), and
    none of a head word, a place or an industry last
    ("Air Portugal", "Okoro Petroleum"), an acronym first ("KIM Aviation") or a lower-case
    English word after a place or another English word ("Leeds Mutual") nor a country that
    is no given name first ("Ghana Cocoa Board"), unless a given name opens two or three of
    them ("Lena Park", "Park Min-jun", "Jack London": a surname that is also a head word or
    a place)."""
    if "&" in words or lex.is_place(" ".join(words)):
        return False
    if len(surfaces) > 1 and _hyphened_acronym(surfaces):
        return False  # "Air France-KLM": no personal name holds a part in capitals
    if len(words) == 1:
        return lex.kind_heads.isdisjoint(words)
    if words[-1] in lex.org_suffixes:
        return False  # "Walt Vell Co", "Tomas Vellander Corp.": a company named by its founder
    if words[0] in lex.countries and not is_given_name(words[0]):
        return False  # "Tanzania National Parks", "Ghana Cocoa Board": a body of the country
    if (
        lex.kind_heads.isdisjoint(words)
        and words[-1] not in lex.industry_words
        and not lex.is_place(words[-1])
        and not _acronym(surfaces[0])
        and not _no_surname(words, lex)
    ):
        return True
    return len(words) <= 3 and opens_with_given_name(words, surfaces, lex)


def _hyphened_acronym(surfaces: list[str]) -> bool:
    """Whether a part after a hyphen is an acronym ("France-KLM"): asked of the words with
    a hyphen only, few of them."""
    for word in surfaces:
        if "-" in word and any(_acronym(part) for part in word.split("-")[1:]):
            return True
    return False


def shaped_but_placed(words: list[str], surfaces: list[str], lex: Lexicon) -> bool:
    """Two to four capitalised words of a personal name's shape but for one of them that
    also names a place ("Rahmat Sahara", "Ma Wenchang", "Tin Myo Monywa"): towns and
    deserts are named after people, and people after them, so only the words around such
    a name tell whose it is (see actors._placed_person). Not a place of all its words or
    of its first ones ("Kansas City", "New York Yankees"), nor words that each name a
    place ("Kansas Pacific": a railway's shape), nor a word of a body, a kind, a
    trade, a connector, a demonym, an English word or an acronym inside ("Virgin
    Atlantic", "Qatar Airways", "Bank Negara Malaysia")."""
    places = sum(map(lex.is_place, words))
    if not 1 <= places < len(words) or len(words) > 4:
        return False  # "Kansas Pacific": all places, a railway's or a firm's shape
    if any(lex.is_place(" ".join(words[:k])) for k in range(2, len(words) + 1)):
        return False
    if words[0] in lex.countries or not all(
        w[:1].isupper() and w[1:].replace("-", "").islower() for w in surfaces
    ):
        return False
    common = common_words()
    return not any(
        (w in common and not is_given_name(w))  # "Shin", "Long": names too
        or w in lex.kind_heads
        or w in lex.org_suffixes
        or w in lex.org_prefixes
        or w in lex.industry_words
        or w in lex.joiners
        or w in lex.demonyms
        or w in lex.place_nouns
        for w in words
    )


def hyphenated_given(word: str) -> bool:
    """ "Wing-yee", "Dae-sung": two short syllables, a capital only on the first."""
    head, _, tail = word.partition("-")
    return (
        2 <= len(head) <= 6
        and 2 <= len(tail) <= 6
        and head.isalpha()
        and tail.isalpha()
        and head[0].isupper()
        and head[1:].islower()
        and tail.islower()
    )


def is_storm(words: tuple[str, ...], lex: Lexicon) -> bool:
    """ "Hurricane Velma", "Tropical Storm Ostra", "Super Typhoon Darra": a word of a storm
    before the last word names a storm; not a body ending in a head ("the Hurricane
    Office")."""
    return (
        len(words) > 1
        and not lex.storm_words.isdisjoint(words[:-1])
        and words[-1] not in lex.kind_heads
    )


def _thing(forms: list[Form]) -> bool:
    """Whether the text calls the actor a thing at half its mentions or more ("the X
    index", "the drug X"): a name it also calls a company elsewhere stays one."""
    if any(map(_SPELLED_OUT, forms)):
        return True  # "a ballistic missile (BM)"
    cues = sum(map(_THING_CUES, forms))
    return cues > 0 and cues * 2 >= _mentions(forms)


def made_thing(forms: list[Form]) -> bool:
    """Whether the text calls the actor a work or a product at half its mentions or more
    ("her novel The Copper Gate", "the tanker Dunmore Star", "its drug Velmaxa"): a title
    of a work, a vessel's or a product's name, no actor."""
    if any(f.spelled_out for f in forms):
        return True  # "a ballistic missile (BM)": a common noun's initials, no actor
    made = sum(map(_MADE, forms))
    return made > 0 and made * 2 >= _mentions(forms)


def _placed(forms: list[Form]) -> bool:
    """Whether the text places the actor at half its mentions or more ("in X", "flights
    from X", see actors._place_cue)."""
    cues = sum(map(_PLACE_CUES, forms))
    return cues > 0 and cues * 2 >= _mentions(forms)


def _mentions(forms: list[Form]) -> int:
    """The mentions of all the forms: asked only once a count is found to weigh them."""
    return sum(len(f.mentions) for f in forms)


def _determined(forms: list[Form]) -> bool:
    """Whether most mentions stand after "the" (see actors._determined): "the Red Cross",
    "the Grace Brothers", a body or a place, whatever its words."""
    determined = sum(map(_DETERMINED, forms))
    return determined > 0 and determined * 2 > _mentions(forms)


def _impersonal(forms: list[Form]) -> bool:
    """Whether a relative "which" refers back to a mention (see actors._which_of): no
    person, whatever the shape of the name and however often it speaks."""
    return any(f.impersonal for f in forms)


def _company(forms: list[Form], at_least: int = 1, deeds: bool = True) -> bool:
    """Whether the text treats the actor as a company more often than as a place (and at
    `at_least` mentions: a place's first word, "Rio", "Platz", takes two to outweigh, as
    "the market on Platz der Einheit sells cheese" is no company's), counting what it does
    ("X bought") unless `deeds` is false."""
    cues = sum(map(_COMPANY_CUES, forms))
    if not deeds:
        cues -= sum(map(_DEEDS, forms))
    return cues >= at_least and cues > sum(map(_PLACE_CUES, forms))


def _abbreviated_place(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether the gazetteer knows the place once the abbreviation opening its name is
    written out: Korean and other wire copy writes a compass point's initial ("S. Korea",
    "N. Macedonia", "N. Carolina"), as others write "Mt." and "St.". A compass point's
    initial writes out to a country, a region or a state only: before a town it is a
    person's initial as often ("E. Hampton said", "N. Charleston scored"), the town named
    so only where the text has it in full too (an alias of that place)."""
    if len(words) < 2:
        return False
    opening = _openings().get(words[0])
    if opening is None:
        return False
    written = " ".join((opening, *words[1:]))
    if opening in lex.compass_points:
        states = lex.postal_codes.values()  # "north carolina": states whose codes it knows
        return written in lex.countries or written in lex.regions or written in states
    return lex.is_place(written)


@cache
def _openings() -> dict[str, str]:
    """The abbreviations that open names, written out ("st": "saint", "s": "south")."""
    return table("name_abbreviations.json")["first"]
