"""The word lists and gazetteers that actor extraction looks names up in, built once.

Countries and their first-level subdivisions come from pycountry's ISO 3166 databases
(names, common and official names) plus the aliases in data/country_aliases.json;
everything else is a data file, so rules stay data-free.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from typing import Any

from reader.parsing import prebuilt
from reader.parsing.data import (
    package_table,
    read_words,
    single_words,
    sorted_lines,
    table,
    word_list,
    word_pairs,
)


@lru_cache(maxsize=100_000)  # names recur: most calls are for a form seen before
def key(name: str) -> str:
    """The form names are compared in: case, dots, curly apostrophes and spacing ignored."""
    folded = name.casefold().replace(".", "").replace("\u2019", "'")
    return " ".join(folded.split())


def initials(words: Iterable[str]) -> str:
    """The first letters of the words that open with one, as written ("Kelby Freight
    Union" -> "KFU"): what a short form is checked against, the same way everywhere."""
    return "".join(w[0] for w in words if w[:1].isalpha())


def spelled_initials(words: list[str]) -> tuple[str, str]:
    """The initials a short form of a name may be, in capitals: of its capitalised words
    and of all its words ("Voice of Velmora" -> "VV", "VOV")."""
    return initials(w for w in words if w[:1].isupper()), initials(words).upper()


@cache
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase ("chief" of "chief executive", "united" of "united
    states"): a word no phrase opens with opens none of them, which a look-up of the
    phrases at a word asks first."""
    return frozenset(phrase.split()[0] for phrase in phrases)


def ascii_folded(name: str) -> str:
    """The name without its accents and other marks: "Zahā Ḥadīd" -> "Zaha Hadid"."""
    if name.isascii():
        return name  # most names: nothing to take off
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, eq=False, repr=False)
class Lexicon:
    """Lookup sets, all of keys (see `key`) unless said otherwise. One of a process, compared
    with no other and too long to print: no __eq__ or __repr__ written and compiled for its
    seventy fields as the module is imported (1% of a process's first analysis)."""

    countries: dict[str, str]  # key -> ISO alpha-2 code
    regions: frozenset[str]  # continents, regions, nations within states (regions.txt)
    places: frozenset[str]  # cities, subdivisions, regions
    first_names: frozenset[str]
    demonyms: frozenset[str]  # singular and plural forms
    group_nouns: frozenset[str]
    non_names: frozenset[str]
    function_words: frozenset[str]
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    title_ranks: frozenset[str]  # modifiers that may end a title before a person
    portfolios: frozenset[str]  # "Aviation", "Enterprise": a ministry's field, or a firm's word
    portfolio_heads: frozenset[str]  # "minister", "secretary": the heads a portfolio opens
    honorifics: frozenset[str]
    malay_honours: frozenset[str]  # "Datuk", "Tun": open a Malay name, no part of it
    malay_honour_words: frozenset[str]  # "Seri" of "Datuk Seri": after a Malay honour
    pageant_honorifics: frozenset[str]  # "Miss" of "Miss World Ana Vell": a crown's title
    pageant_words: frozenset[str]  # "World", "Universe": a pageant's name after "Miss"
    body_titles: frozenset[str]  # "owner", "investor": titles a body holds too
    post_nominals: frozenset[str]  # as written: "KC", "PhD"
    rank_initials: frozenset[str]  # as written: "SP", "DCI" (a police rank before a name)
    connectors: frozenset[str]
    name_prefixes: frozenset[str]  # "St.", "Mt.": abbreviations a name goes on after
    place_prefixes: frozenset[str]  # "Lake", "Fort": first words of names of places
    place_suffixes: tuple[str, ...]  # "-stan", "-burg": endings of many names of places
    state_suffixes: tuple[str, ...]  # "-land", "-ia": of countries and regions, which speak
    results_nouns: frozenset[str]  # "X profit fell": what a company reports, no town
    company_kin: frozenset[str]  # "X rival Y", "X parent Y": both companies
    waiting_words: frozenset[str]  # "passengers at X": X an airport, a station, a port
    interest_words: frozenset[str]  # "interested in X": what X is, "in" does not say
    citing_words: frozenset[str]  # "X, citing officials, said": X is a source, a name
    taken_over: frozenset[str]  # "X was nationalised", "X was taken over": X is a company
    sold_off: frozenset[str]  # "X agreed to be bought": X is a company (a player is bought)
    unplaced_endings: tuple[str, ...]  # "-pedia": a place's ending in a name of no place
    area_words: frozenset[str]  # "Upper", "Greater": a part or the whole around a place
    company_verbs: frozenset[str]  # "X sells": X is a company
    match_words: frozenset[str]  # "X beat Y 2-1": X and Y are teams (see results.py)
    after_a_place: frozenset[str]  # "Kelby, Velsulu on Monday": words that end a place phrase
    gathering_verbs: frozenset[str]  # "economists polled by X": X a news agency or data firm
    maker_participles: frozenset[str]  # "engines built by X": X makes, owns or runs it
    sited_bodies: frozenset[str]  # "X Hospital, Y": bodies whose town follows a comma
    counted_people: frozenset[str]  # "two men from X": people copy counts, from a place
    plural_verbs: frozenset[str]  # "the Yoruba are": verbs in the plural, a people
    player_verbs: frozenset[str]  # "the Kenyan won": verbs of a player told by a demonym
    tally_nouns: frozenset[str]  # "X (13) and Y (8) nominations": counts in brackets, no ages
    people_takers: frozenset[str]  # "troops captured X": X may be people, no place told
    generations: frozenset[str]  # "Ana Vell Jr.": which of a family's bearers she is
    calls_to_act: frozenset[str]  # "Save the X", "Stop the X": a body named by its call
    disease_heads: frozenset[str]  # "Swine Flu", "Dengue Fever": an illness, no actor
    numbered_services: frozenset[str]  # "Tarsk Airways Flight 412": the carrier's service
    party_members: frozenset[str]  # "Democrat Ines Rautio": a member of a party, no name
    styles_of_address: frozenset[str]  # "His Highness", "Her Majesty": no names
    body_participles: frozenset[str]  # "X, a firm based in Y": a body's seat or owner
    word_prefixes: frozenset[str]  # "co" of "Co-author": an English prefix, hyphened
    linking_verbs: frozenset[str]  # "X (25) were killed": a verb after a bracketed age
    match_margins: frozenset[str]  # "X beat Y by six wickets"
    squad_roles: frozenset[str]  # "X striker Ana Vell": X is a team
    club_words: frozenset[str]  # "Dorvale Rovers", "Marsh United": last words of clubs
    period_tails: frozenset[str]  # "the Velkor-era cabinet": an adjective, no name
    sport_names: frozenset[str]  # "Cricket South Africa": a sport before a country's name
    agency_fields: frozenset[str]  # "Transport Canada": a state agency's field before it
    capitals: frozenset[str]  # "Moscow said it would": a government named by its capital
    surname_endings: tuple[str, ...]  # "-enko", "-escu": endings of family names
    impersonal_heads: frozenset[str]  # "Sydney Airport said": heads no surname is
    venue_verbs: frozenset[str]  # "held at X", "played at X": X is where it happened
    company_nouns: frozenset[str]  # "X's chief executive": X is a company
    company_objects: frozenset[str]  # "X cut 4,000 jobs", "X posted a loss": X is a company
    deal_nouns: frozenset[str]  # "the sale of X", "the acquisition of X": X is a company
    buying_verbs: frozenset[str]  # "agreed to buy X", "a merger with X" (and merging_words)
    rating_words: frozenset[str]  # "downgraded X", "its rating on X": X borrows, a company
    merging_words: frozenset[str]  # "X and Y agreed to merge": X and Y are companies
    visit_verbs: frozenset[str]  # "will visit X", "toured X": X is a place
    site_participles: frozenset[str]  # "X is located in", "X, nestled in": X is a place
    lying_verbs: frozenset[str]  # "X lies on the coast", "X sits on the shore of"
    officer_titles: frozenset[str]  # "X spokesman", "X chief executive": X is a company
    staff_titles: frozenset[str]  # "X economist Ana Vell": X employs her
    unit_nouns: frozenset[str]  # "the X unit", "its X subsidiary": a company owned
    member_nouns: frozenset[str]  # "X fighters", "X lawmakers": a body's members
    volunteer_nouns: frozenset[str]  # "X volunteers": a body's, or a candidate's campaign's
    member_plurals: frozenset[str]  # "African Union Troops", "UN troops": the people it sends
    leader_nouns: frozenset[str]  # "the X administration": X is a person
    industry_words: frozenset[str]  # "Okoro Petroleum": last in a company's name
    market_verbs: frozenset[str]  # "X fell 5 percent": X is a company or an index
    index_words: frozenset[str]  # "the X index", "the X average": X is a stock index
    index_modifiers: frozenset[str]  # "the X stock index": between a name and index_words
    credit_words: frozenset[str]  # "Photo: Ana Vell/X": X is the photographer's agency
    distance_units: frozenset[str]  # "3 miles off X": X is a place
    body_nouns: frozenset[str]  # "the firm X", "X, the state company": X is a body
    personal_body_nouns: frozenset[str]  # "producer": a body's noun that a person's work is too
    generic_bodies: frozenset[str]  # "the Government", "the Cabinet": no one body
    storm_words: frozenset[str]  # "Hurricane X", "Tropical Storm X": a storm, an event
    thing_nouns: frozenset[str]  # "the drug X", "the ship X": X is a thing
    model_styles: frozenset[str]  # "the X sedan", "its X electric SUVs": X is a car model
    disease_nouns: frozenset[str]  # "the X virus", "X outbreaks": X is a disease
    study_cues: frozenset[str]  # "studied X", "a degree in X": X may be a field of study
    body_heads: frozenset[str]  # "Commission": "Securities and Exchange Commission"
    particles: frozenset[str]
    descent_particles: frozenset[str]  # "arap", "ould": "son of", inside a person's name
    arabic_articles: frozenset[str]  # "al", "ash": hyphened to a family name ("ash-Shami")
    of_words: frozenset[str]  # "of", "de", "di": after a name's head word
    org_suffixes: frozenset[str]
    org_prefixes: frozenset[str]  # "Air", "Dinamo": first words of names of bodies
    org_heads: frozenset[str]
    facility_heads: frozenset[str]
    facility_compounds: frozenset[str]  # "opera house": a site, though "house" names a body
    place_heads: frozenset[str]
    event_heads: frozenset[str]
    # honours and clashes ("Medal", "Award", "Battle"): heads of events no name goes on after
    # with "of" ("the Battle of Kelby" leaves Kelby its own), unlike event_heads
    event_nouns: frozenset[str]
    place_nouns: frozenset[str]
    place_prepositions: frozenset[str]
    opening_prepositions: frozenset[str]  # "In Kelby, ...": a phrase a comma closes
    currency_words: frozenset[str]
    product_nouns: frozenset[str]
    descriptors: frozenset[str]  # words that open a sentence before a name, not in it
    standings: frozenset[str]  # "Leaders Kelby Town": descriptors before a club's name
    standing_tallies: frozenset[str]  # "rose 3 points in the polls": no price
    giving_verbs: frozenset[str]  # "sold Velkor 200 jets": Velkor receives them
    subject_verbs: frozenset[str]  # verbs whose subject at an opening is a name
    report_verbs: frozenset[str]  # "said Monday Velkor would": the weekday is the report's
    consensus_nouns: frozenset[str]  # "Wall Street's expectations": the market's forecast
    stake_nouns: frozenset[str]  # "shares in X": X is a company, not a place
    publication_nouns: frozenset[str]  # "an editorial in X": X is a publication, not a place
    sourced_nouns: frozenset[str]  # "data from X", "figures from X": X gathers or gives them
    adjective_endings: tuple[str, ...]  # "disused", "historic": a word of an adjective's shape
    scale_words: frozenset[str]  # "million", "crore": the words of a large number
    irregular_past: frozenset[str]  # "held", "cut": a body's deeds of no past tense's shape
    press_nouns: frozenset[str]  # "the journal X": X is the name of a paper, though a word
    research_nouns: frozenset[str]  # "a study published in X": X is a journal
    journal_heads: frozenset[str]  # "published in the Velkor Review": a journal's last word
    press_articles: frozenset[str]  # "El Diario", "Le Matin": articles that open a paper's name
    travel_nouns: frozenset[str]  # "the ferry from X to Y": X and Y are places
    resident_nouns: frozenset[str]  # "residents of X", "X residents": X is a place
    conquest_verbs: frozenset[str]  # "troops captured X": X is a place
    kin_nouns: frozenset[str]  # "his brother X", "X's wife": X is a person
    person_nouns: frozenset[str]  # "X, a rice trader from Y, said": X is a person
    life_verbs: frozenset[str]  # "X was born", "X died": X is a person
    suffered_verbs: frozenset[str]  # "X was arrested", "X had been jailed": X is a person
    naming_words: frozenset[str]  # "X, also known as Y": may stand before "known as"
    territorial_titles: frozenset[str]  # "the Earl of X", "the Mayor of X": X is a place
    constituency_titles: frozenset[str]  # "Governor Ana Vell of X": X is a place
    territory_offices: frozenset[str]  # "two former Ohio Governors": the holders, no name
    pronouns: frozenset[str]  # inside a capitalised run: a title of a work, no name
    possessive_heads: frozenset[str]  # "St John's College": a possessive goes on before them
    compass_points: frozenset[str]  # "south to X", "east from X": X is a place
    alias_phrases: frozenset[str]  # "X, also known as Y": Y is another name of X
    road_words: frozenset[str]  # "motorway", "junction": a text about roads
    place_particles: frozenset[str]  # "upon" of "Burton upon Trent"
    street_words: frozenset[str]  # "Street", "Ave": a street after an ordinal ("47th Street")
    compass_letters: frozenset[str]  # "N", "SW": a compass point before a street's number
    region_adjectives: frozenset[str]  # "northern X", "rural X": X is a place
    nationality_prefixes: frozenset[str]  # "anglo", "sino": "Anglo-Dutch" is an adjective
    border_nouns: frozenset[str]  # "the X border", "the border with X": X is a place
    state_offices: frozenset[str]  # "X's finance minister", "X's embassy": X is a state
    site_prepositions: frozenset[str]  # "X is located in", "X lies along": where X lies
    town_sites: frozenset[str]  # "the X airport", "the X dam": X is a place
    town_services: frozenset[str]  # "the X police station", "the X bus station": X's own
    unit_sites: frozenset[str]  # "its X plant", "the X branch of Y": X is a place
    occasion_nouns: frozenset[str]  # "the final at X", "talks at X": X is a venue
    territory_words: frozenset[str]  # "the City of X", "the Province of X": X is that place
    summit_words: frozenset[str]  # "Mount X", "Gunung X": X alone is that summit
    disaster_nouns: frozenset[str]  # "the cyclone hit X": X is a place
    impact_verbs: frozenset[str]
    postal_codes: dict[str, str]  # "OK", "ON", "NSW" (as written): a state after a town -> its key
    # unions of the sets above, asked often enough to keep whole
    kind_heads: frozenset[str]  # head words of organisations, facilities, places, events
    title_words: frozenset[str]  # title heads and modifiers
    joiners: frozenset[str]  # connectors and particles
    body_connectors: frozenset[str]  # "Sans" of "Médecins Sans Frontières": no person's
    listed: frozenset[str]  # the keys in any list a token is asked about (see tokens)

    def is_place(self, name_key: str) -> bool:
        if name_key in self.countries or name_key in self.places:
            return True
        # "Trinidad & Tobago": the gazetteers write "and"
        return "&" in name_key and self.is_place(name_key.replace("&", "and"))

    def is_state_code(self, surface: str) -> bool:
        """Whether an address's state code is written here ("OK", "D.C.", "N.Y."); with
        dots, not the form of a company ("S.A.", "Co.")."""
        code = surface.replace(".", "")
        return code in self.postal_codes and (
            code == surface or code.lower() not in self.org_suffixes
        )

    def is_title(self, word_key: str) -> bool:
        return word_key in self.title_heads  # plurals are in the set too

    def is_body_field(self, word_key: str) -> bool:
        """A sport or a field of a state's agency, which before a country's name names that
        country's body ("Rugby Australia", "Transport Canada")."""
        return word_key in self.sport_names or word_key in self.agency_fields

    def is_title_word(self, word_key: str) -> bool:
        return word_key in self.title_words

    def is_head(self, word_key: str) -> bool:
        """A word after which "of"/"for" continues the same name ("Bank of", "Center for")."""
        return word_key in self.kind_heads or word_key in self.title_heads


def looks_plural(word: str) -> bool:
    """Whether a word has a plural's shape: longer than three letters, ending in one "s"
    ("houses", "sales"; not "loss", "bus"). Shape only: some such words are singular."""
    return len(word) > 3 and word.endswith(("s", "S")) and not word.lower().endswith("ss")


# How every plural that singular() changes ends, in lower case ("ministers", "chairmen",
# "salespeople"): a key that ends in none of them is its own singular.
PLURAL_ENDINGS = ("s", "men", "people")


def singular(word: str) -> str:
    """The singular of a plural title word ("ministers" -> "minister"), case kept (see
    PLURAL_ENDINGS)."""
    lowered = word.lower()
    if lowered.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lowered.endswith("men"):
        return word[:-3] + "man"
    if lowered.endswith("people"):
        return word[:-6] + "person"
    if looks_plural(word):
        return word[:-1]
    return word


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("person"):
        return word[:-6] + "people"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "sh", "ch")) else "s")


def same_in_plural(demonym: str) -> bool:
    """A demonym that is its own plural ("Chinese", "Irish", "French", "Swiss")."""
    return demonym.endswith(("ese", "ish", "ch", "ss", "sh"))


def _plurals(demonym: str) -> set[str]:
    return {demonym} if same_in_plural(demonym) else {demonym, demonym + "s"}


def _countries(iso_countries: list[dict]) -> dict[str, str]:
    found: dict[str, str] = {}
    for country in iso_countries:
        for attr in ("name", "common_name", "official_name"):
            value = country.get(attr)
            if value and "," not in value:
                found[key(value)] = country["alpha_2"]
                found[key(ascii_folded(value))] = country["alpha_2"]
    for alias, code in table("country_aliases.json").items():
        if not alias.startswith("_"):
            found[key(alias)] = code
    return found


def _river_towns(cities: Iterable[str]) -> list[str]:
    """Towns German names with their river ("Frankfurt am Main", "Ludwigshafen am Rhein",
    "Frankfurt an der Oder"), by the words before it, as news names them."""
    return [
        city.split(river)[0] for city in cities for river in (" am ", " an der ") if river in city
    ]


def _subdivisions(iso_subdivisions: list[dict]) -> set[str]:
    """First-level subdivisions of the kinds news writes as places of their own (US states,
    Canadian provinces...): lower levels ("District", "Municipality") clash with common words."""
    kinds = word_list("subdivision_types.txt")
    names = [
        name
        for sub in iso_subdivisions
        if "parent" not in sub and sub["type"] in kinds
        for name in _as_news_writes(sub["name"])
    ]
    return set(_keys(names, unaccented=True))


# words for a kind of subdivision that ISO writes after the name in the local language
# (Chinese provinces and autonomous regions, Kazakh regions, Korean provinces)
_LOCAL_KINDS = (" Sheng", " Zizhiqu", " oblysy", "-do")


def _as_news_writes(name: str) -> list[str]:
    """A subdivision's name as ISO writes it, and as news does: without the local word for
    its kind ("Sichuan Sheng", "Gyeonggi-do") or before the comma of an inverted name
    ("Dagestan, Respublika"; not "wallonne, Région", an adjective)."""
    if "," in name:
        head = name.split(",")[0]
        return [head] if head[:1].isupper() else []
    for kind in _LOCAL_KINDS:
        if name.endswith(kind):
            return [name, name.removesuffix(kind)]
    return [name]


def _country_parts(countries: dict[str, str]) -> set[str]:
    """The parts of names of countries joined by "and", as news writes them alone: "Bosnia"
    and "Herzegovina", "Trinidad", "Saint Kitts", "the Grenadines"."""
    return {
        part.removeprefix("the ")
        for name in countries
        if " and " in name
        for part in name.split(" and ")
    }


def _inverted_names(iso_countries: list[dict]) -> set[str]:
    """The part before the comma of the names ISO writes inverted ("Korea, Republic of",
    "Virgin Islands, British"): the name news writes. Places, not countries: one such part
    may stand for two ("Korea")."""
    return {
        key(name.split(",")[0])
        for country in iso_countries
        for name in (country["name"], country.get("official_name") or "")
        if "," in name
    }


def _postal_codes(iso_subdivisions: list[dict]) -> dict[str, str]:
    """The codes that addresses write after a town for the US states, Canadian provinces and
    Australian states ("Tulsa, OK", "Guelph, ON"): their ISO 3166-2 codes without the country,
    each with the key of the name it stands for."""
    return {
        sub["code"].split("-", 1)[1]: key(sub["name"])
        for sub in iso_subdivisions
        if sub["code"][:3] in ("US-", "CA-", "AU-") and "parent" not in sub
    }


def _keys(words: Iterable[str], unaccented: bool = False) -> frozenset[str]:
    """The key of each word or name, and of its spelling without accents when `unaccented`
    ("Zürich", "Zurich"). Worked out for all the names at once, joined by a character that
    no name holds and that neither case folding nor spacing touches: one by one, the lists'
    20,000 names cost a third of the lexicon's build."""
    names = list(words)
    text = _APART.join(names)
    if names and text.count(_APART) == len(names) - 1:  # (no name holds it)
        found = _joined_keys(text)
        if not unaccented:
            return found
        # name by name: most names are ASCII, which ascii_folded passes over at once
        return found | _joined_keys(_APART.join(map(ascii_folded, names)))
    spellings = [*names, *map(ascii_folded, names)] if unaccented else names
    return frozenset(map(key, spellings))


_APART = "\x00"


def _joined_keys(text: str) -> frozenset[str]:
    """key() of each name of the text (names joined by _APART), at once."""
    folded = text.casefold().replace(".", "").replace("\u2019", "'")
    spaced = " ".join(folded.split()).replace(f"{_APART} ", _APART).replace(f" {_APART}", _APART)
    return frozenset(spaced.split(_APART))


@cache
def lexicon() -> Lexicon:
    """All lists, loaded on first use and kept for the process."""
    # ISO's databases are read once here and not kept: only the sets built from them are
    iso_countries = package_table("pycountry", "databases", "iso3166-1.json")["3166-1"]
    iso_subdivisions = package_table("pycountry", "databases", "iso3166-2.json")["3166-2"]
    own = prebuilt.word_sets() or word_sets()
    countries = _countries(iso_countries)
    iso_places = _subdivisions(iso_subdivisions)
    iso_places |= _country_parts(countries).difference(own["first_names"], own["demonyms"])
    iso_places |= _inverted_names(iso_countries).difference(countries)
    return Lexicon(
        **{
            **own,
            "places": own["places"] | iso_places,
            "listed": own["listed"].union(countries, iso_places),
        },
        countries=countries,
        postal_codes={**_postal_codes(iso_subdivisions), **state_abbreviations()},
    )


@cache
def state_abbreviations() -> dict[str, str]:
    """The abbreviations wire copy in the AP's style writes for a state after a town,
    without their full stop ("Tenn", "Calif"), each with the key of the state's name
    (data/state_abbreviations.json)."""
    return {
        short: key(name)
        for short, name in table("state_abbreviations.json").items()
        if not short.startswith("_")
    }


def word_sets() -> dict[str, Any]:
    """The lexicon's fields that this package's data files give, built from them: all but
    those of ISO's databases (countries, postal codes), and the places and the listed keys
    but for ISO's (see lexicon). data/lexicon.marshal holds them built (see prebuilt)."""
    words = table("name_words.json")
    place_words = table("place_words.json")
    titles = table("titles.json")
    cities = word_list("cities.txt")
    places = set(_keys([*cities, *_river_towns(cities)], unaccented=True))
    # "The Hague": names lose their "the" (see names.py), so the gazetteer's must too
    places |= {k[4:] for k in places if k.startswith("the ")}
    regions = _keys(word_list("regions.txt"))
    places |= regions
    demonym_forms: set[str] = set()
    # a language is no actor alone, as a demonym is not ("speaks Tagalog", "in Greek")
    for demonym in chain(word_list("demonyms.txt"), word_list("languages.txt")):
        demonym_forms |= _plurals(demonym)
    heads = {
        name: _keys(words[name])
        for name in (
            "organization_suffixes",
            "organization_heads",
            "facility_heads",
            "place_heads",
            "event_heads",
        )
    }
    # "co-leader", "vice-chair", "ex-minister": a head with a prefix is a head too
    heads_prefixed = [f"{p}-{w}" for p in titles["head_prefixes"] for w in titles["heads"]]
    title_heads = _keys(chain(titles["heads"], heads_prefixed))
    title_heads |= _keys(_plural(w) for w in chain(titles["heads"], heads_prefixed))
    title_modifiers = _keys(titles["modifiers"])
    honorifics = _keys(titles["honorifics"])
    kind_heads = frozenset().union(*heads.values())
    body_connectors = _keys(words["body_connectors"])
    joiners = _keys(words["connectors"]) | _keys(words["particles"]) | body_connectors
    first_names = _keys(word_list("first_names.txt"))
    # the days the date rules know by name are times, no actors ("Good Friday")
    non_names = _keys(word_list("non_names.txt")) | _keys(table("timex_lexicon.json")["holidays"])
    function_words = _keys(word_list("function_words.txt"))
    demonyms = _keys(demonym_forms)
    return dict(
        regions=regions,
        places=frozenset(places),
        capitals=_keys(word_list("capitals.txt"), unaccented=True),
        first_names=first_names,
        demonyms=demonyms,
        group_nouns=_keys(word_list("group_nouns.txt")),
        non_names=non_names,
        function_words=function_words,
        title_heads=title_heads,
        title_modifiers=title_modifiers,
        title_ranks=_keys(titles["ranks"]),
        portfolios=_keys(titles["portfolios"]),
        portfolio_heads=_keys(titles["portfolio_heads"]),
        honorifics=honorifics,
        malay_honours=_keys(titles["malay_honours"]),
        malay_honour_words=_keys(titles["malay_honour_words"]),
        pageant_honorifics=_keys(titles["pageant_honorifics"]),
        pageant_words=_keys(titles["pageant_words"]),
        body_titles=_keys(titles["body_titles"]),
        post_nominals=frozenset(titles["post_nominals"]),
        rank_initials=frozenset(titles["rank_initials"]),
        connectors=_keys(words["connectors"]),
        name_prefixes=_keys(words["name_prefixes"]),
        place_prefixes=_keys(words["place_prefixes"]),
        place_suffixes=tuple(words["place_suffixes"]),
        state_suffixes=tuple(words["state_suffixes"]),
        results_nouns=_keys(words["results_nouns"]),
        company_kin=_keys(words["company_kin"]),
        waiting_words=_keys(words["waiting_words"]),
        interest_words=_keys(words["interest_words"]),
        citing_words=_keys(words["citing_words"]),
        taken_over=_keys(words["taken_over"]),
        sold_off=_keys(words["sold_off"]),
        unplaced_endings=tuple(words["unplaced_endings"]),
        area_words=_keys(words["area_words"]),
        company_verbs=_keys(words["company_verbs"]),
        match_words=_keys(words["match_words"]),
        after_a_place=_keys(words["after_a_place"]),
        gathering_verbs=_keys(words["gathering_verbs"]),
        maker_participles=_keys(words["maker_participles"]),
        sited_bodies=_keys(words["sited_bodies"]),
        counted_people=_keys(words["counted_people"]),
        plural_verbs=_keys(words["plural_verbs"]),
        player_verbs=_keys(words["player_verbs"]),
        tally_nouns=_keys(words["tally_nouns"]),
        people_takers=_keys(words["people_takers"]),
        generations=_keys(words["generations"]),
        calls_to_act=_keys(words["calls_to_act"]),
        disease_heads=_keys(words["disease_heads"]),
        numbered_services=_keys(words["numbered_services"]),
        party_members=_keys(words["party_members"]),
        styles_of_address=_keys(words["styles_of_address"]),
        body_participles=_keys(words["body_participles"]),
        word_prefixes=_keys(words["word_prefixes"]),
        linking_verbs=_keys(words["linking_verbs"]),
        match_margins=_keys(words["match_margins"]),
        squad_roles=_keys(words["squad_roles"]),
        club_words=_keys(words["club_words"]),
        period_tails=_keys(words["period_tails"]),
        sport_names=_keys(words["sport_names"]),
        agency_fields=_keys(words["agency_fields"]),
        surname_endings=tuple(words["surname_endings"]),
        impersonal_heads=_keys(words["impersonal_heads"]),
        venue_verbs=_keys(words["venue_verbs"]),
        company_nouns=_keys(words["company_nouns"]),
        company_objects=_keys(words["company_objects"]),
        deal_nouns=_keys(words["deal_nouns"]),
        buying_verbs=_keys(words["buying_verbs"]) | _keys(words["merging_words"]),
        rating_words=_keys(words["rating_words"]),
        merging_words=_keys(words["merging_words"]),
        visit_verbs=_keys(words["visit_verbs"]),
        site_participles=_keys(words["site_participles"]),
        lying_verbs=_keys(words["lying_verbs"]),
        officer_titles=_keys(words["officer_titles"]),
        staff_titles=_keys(words["staff_titles"]),
        unit_nouns=_keys(words["unit_nouns"]),
        member_nouns=_keys(words["member_nouns"]),
        volunteer_nouns=_keys(words["volunteer_nouns"]),
        member_plurals=_keys(words["member_plurals"]),
        leader_nouns=_keys(words["leader_nouns"]),
        body_heads=_keys(words["body_heads"]),
        market_verbs=_keys(words["market_verbs"]),
        index_words=_keys(words["index_words"]),
        index_modifiers=_keys(words["index_modifiers"]),
        credit_words=_keys(words["credit_words"]),
        distance_units=_keys(words["distance_units"]),
        body_nouns=_keys(words["body_nouns"]),
        personal_body_nouns=_keys(words["personal_body_nouns"]),
        generic_bodies=_keys(words["generic_bodies"]),
        storm_words=_keys(words["storm_words"]),
        thing_nouns=_keys(words["thing_nouns"]),
        model_styles=_keys(words["model_styles"]),
        disease_nouns=_keys(words["disease_nouns"]),
        study_cues=_keys(words["study_cues"]),
        industry_words=_keys(words["industry_words"]),
        particles=_keys(words["particles"]),
        descent_particles=_keys(words["descent_particles"]),
        arabic_articles=_keys(words["arabic_articles"]),
        of_words=_keys(words["of_words"]),
        org_suffixes=heads["organization_suffixes"],
        org_prefixes=_keys(words["organization_prefixes"]),
        org_heads=heads["organization_heads"],
        facility_heads=heads["facility_heads"],
        facility_compounds=_keys(words["facility_compounds"]),
        place_heads=heads["place_heads"],
        event_heads=heads["event_heads"],
        event_nouns=_keys(words["event_nouns"]),
        place_nouns=_keys(words["place_nouns"]),
        place_prepositions=_keys(words["place_prepositions"]),
        opening_prepositions=_keys(words["opening_prepositions"]),
        currency_words=_keys(words["currency_words"]),
        product_nouns=_keys(words["product_nouns"]),
        descriptors=_keys(word_list("descriptors.txt") | word_list("standings.txt")),
        standings=_keys(word_list("standings.txt")),
        standing_tallies=_keys(word_list("standing_tallies.txt")),
        giving_verbs=_keys(word_list("giving_verbs.txt")),
        subject_verbs=_keys(words["subject_verbs"]),
        report_verbs=_keys(words["report_verbs"]),
        stake_nouns=_keys(words["stake_nouns"]),
        consensus_nouns=_keys(words["consensus_nouns"]),
        publication_nouns=_keys(words["publication_nouns"]),
        sourced_nouns=_keys(words["sourced_nouns"]),
        adjective_endings=tuple(words["adjective_endings"]),
        scale_words=_keys(words["scale_words"]),
        irregular_past=_keys(words["irregular_past"]),
        press_nouns=_keys(words["press_nouns"]),
        research_nouns=_keys(words["research_nouns"]),
        journal_heads=_keys(words["journal_heads"]),
        press_articles=_keys(words["press_articles"]),
        travel_nouns=_keys(words["travel_nouns"]),
        resident_nouns=_keys(words["resident_nouns"]),
        conquest_verbs=_keys(words["conquest_verbs"]),
        kin_nouns=_keys(words["kin_nouns"]),
        person_nouns=_keys(words["person_nouns"]),
        life_verbs=_keys(words["life_verbs"]),
        suffered_verbs=_keys(words["suffered_verbs"]),
        naming_words=frozenset(words["naming_words"]),
        territorial_titles=_keys(words["territorial_titles"]),
        constituency_titles=_keys(words["constituency_titles"]),
        territory_offices=_keys(words["territory_offices"]),
        pronouns=_keys(words["pronouns"]),
        possessive_heads=_keys(words["possessive_heads"]),
        compass_points=_keys(words["compass_points"]),
        alias_phrases=_keys(words["alias_phrases"]),
        road_words=_keys(place_words["road_words"]),
        place_particles=_keys(place_words["place_particles"]),
        street_words=_keys(place_words["street_words"]),
        compass_letters=_keys(place_words["compass_letters"]),
        region_adjectives=_keys(place_words["region_adjectives"]),
        nationality_prefixes=_keys(place_words["nationality_prefixes"]),
        border_nouns=_keys(place_words["border_nouns"]),
        state_offices=_keys(place_words["state_offices"]),
        site_prepositions=_keys(place_words["site_prepositions"]),
        town_sites=_keys(place_words["town_sites"]),
        town_services=_keys(place_words["town_services"]),
        unit_sites=_keys(place_words["unit_sites"]),
        occasion_nouns=_keys(place_words["occasion_nouns"]),
        territory_words=_keys(place_words["territory_words"]),
        summit_words=_keys(place_words["summit_words"]),
        disaster_nouns=_keys(place_words["disaster_nouns"]),
        impact_verbs=_keys(place_words["impact_verbs"]),
        kind_heads=kind_heads,
        title_words=title_heads | title_modifiers,
        joiners=joiners,
        body_connectors=body_connectors,
        listed=frozenset().union(
            places,
            first_names,
            demonyms,
            non_names,
            function_words,
            title_heads,
            title_modifiers,
            honorifics,
            joiners,
            kind_heads,
        ),
    )


@cache
def given_names() -> dict[str, None]:
    """Given names of many countries (data/given_names.txt), less the words that the other
    lists give a meaning of their own ("van", "general", "bay"). Loaded apart from the
    lexicon, on first use: only the typing of a name with no stronger evidence asks it."""
    lex = lexicon()
    names = read_words("given_names.txt")
    _take_out(names, lex.joiners, lex.function_words, lex.title_words, lex.kind_heads, lex.demonyms)
    return names


def is_given_name(word_key: str) -> bool:
    """Whether a list of given names holds the key: the census's or the world's ("anna",
    "olusegun"). Asked of each, not of a union of the two made for it (27,000 names: 5 ms
    of a process's first analysis)."""
    return word_key in lexicon().first_names or word_key in given_names()


@lru_cache(maxsize=100_000)  # names recur: most calls are for a form seen before
def is_town(name_key: str) -> bool:
    """Whether data/towns.txt lists the key: towns of 15,000 or more and other names of big
    cities, a gazetteer weaker than the lexicon's places. Only names nothing else types
    ask it, so it is read apart from the lexicon, on first use."""
    towns = sorted_lines("towns.txt")
    at = bisect_left(towns, name_key)
    return at < len(towns) and towns[at] == name_key


def is_city(name_key: str) -> bool:
    """Whether data/cities.txt lists the key (cities of 100,000 or more and capitals; no
    state, province or region, which the lexicon's places hold too). Read on first use:
    only a one-word place that speaks asks it."""
    return name_key in _city_keys()


@cache
def _city_keys() -> frozenset[str]:
    return _keys(word_list("cities.txt"), unaccented=True)


def city_spelling(name_key: str) -> str | None:
    """How data/cities.txt writes the city of the key ("Port-au-Prince", "McAllen"), if
    it lists it. Read on first use: only a name written in capitals asks it."""
    return _city_spellings().get(name_key)


@cache
def _city_spellings() -> dict[str, str]:
    return {key(name): name for name in word_list("cities.txt")}


@lru_cache(maxsize=100_000)
def is_listed_company(name_key: str) -> bool:
    """Whether data/companies.txt lists the key: the companies of twenty stock indices,
    with and without their legal form ("goldman sachs"). Read on first use, as towns are."""
    companies = sorted_lines("companies.txt")
    at = bisect_left(companies, name_key)
    return at < len(companies) and companies[at] == name_key


@cache
def full_given_names() -> dict[str, tuple[str, ...]]:
    """The full given names each short form clips ("tim" -> "timothy"; "tom" -> "thom",
    "thomas"), from data/short_given_names.txt (see data/README.md). Read on first use:
    only two names of one surname ask it."""
    full: dict[str, tuple[str, ...]] = {}
    for short, name in word_pairs("short_given_names.txt"):
        full[short] = (*full.get(short, ()), name)
    return full


@cache
def names_too() -> dict[str, None]:
    """English words that are names too (data/names_too.txt: SCOWL's words written in lower
    case and with a capital, "snow" and "Snow"): a capital at an opening says nothing."""
    return single_words("names_too.txt")


@cache
def common_words() -> dict[str, None]:
    """English words no name is made of alone (data/common_words.txt: SCOWL's words written
    only in lower case), less those the other lists give a meaning in names: head words
    ("airport", "senate"), titles, first names and places."""
    return _english_words()[0]


def is_english_word(word_key: str) -> bool:
    """Whether data/common_words.txt lists the word, whatever the other lists say of it."""
    common, named = _english_words()
    return word_key in common or word_key in named


@cache
def _english_words() -> tuple[dict[str, None], dict[str, None]]:
    """The words of data/common_words.txt in two: common_words(), and the others."""
    lex = lexicon()
    common = read_words("common_words.txt")
    named = _take_out(
        common,
        lex.kind_heads,
        lex.title_words,
        lex.first_names,
        lex.places,
        lex.countries,
        lex.demonyms,
    )
    return common, named


def _take_out(words: dict[str, None], *others: Iterable[str]) -> dict[str, None]:
    """Take the words that any of the others holds out of `words` (keys of a dict, see
    data.read_words), and give them: out of the list read, not out of a copy (60,000
    words take 3 MB, and a fresh process pays for each page it touches)."""
    taken: dict[str, None] = {}
    for other in others:
        for word in other:
            if word in words:
                taken[word] = words.pop(word)
    return taken
