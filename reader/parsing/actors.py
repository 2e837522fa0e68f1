"""Actors: names found, typed, given roles and merged with their short forms.

The steps, each its own module: names (candidate names per sentence), roles (titles
and appositions), aliases (short forms to full names), kinds (person, place...).
One pass over the sentences, then work on the distinct forms: linear in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache, lru_cache, partial
from itertools import chain
from operator import attrgetter
from typing import Any

from reader.model import Actor
from reader.parsing.aliases import group_forms
from reader.parsing.data import single_words, table
from reader.parsing.forms import Form
from reader.parsing.kinds import (
    an_event_head,
    arabic_article,
    initial_before_a_town,
    kind_of,
    made_thing,
    names_an_event,
    person_shaped,
    shaped_but_placed,
)
from reader.parsing.lexicon import (
    Lexicon,
    city_spelling,
    common_words,
    first_words,
    initials,
    is_city,
    is_english_word,
    is_given_name,
    is_listed_company,
    is_town,
    key,
    lexicon,
    names_too,
    singular,
    spelled_initials,
)
from reader.parsing.lists import closes_an_opening, kinds_of_lists, listed, lists, near
from reader.parsing.moves import (
    MARKET_HEADS,
    SESSION_VERBS,
    SUMMING,
    held_in,
    moved,
    moved_by_percent,
    moved_up_or_down,
    share_of_their_own,
    traded,
)
from reader.parsing.names import (
    CLOSING_QUOTES,
    DETERMINERS,
    INSTRUMENT_CODE,
    NICKNAME_WORDS,
    OPENING_QUOTES,
    ORDINAL,
    Candidate,
    NameFinder,
    adverb,
    age_in_brackets,
    aged,
    aged_in_brackets,
    article_evidence,
    calendar_word,
    code_after_an_exchange,
    counted,
    exchange_in_brackets,
    meridiem_after_clock,
    model_number,
    own_runs,
    participle_after,
    runs_found,
    service_number,
    short_form_apposed,
    tells_a_life,
    ticker_after,
)
from reader.parsing.precompiled import compiled
from reader.parsing.results import at_the_ground, one_score, played, staffed
from reader.parsing.roles import RoleFinder
from reader.parsing.text import Span
from reader.parsing.tokens import (
    DASHES,
    Sentence,
    Token,
    after_dateline,
    bare,
    keys_around,
    opens_dateline,
    tokenize,
)

_KEY = attrgetter("key")
_LOWER = attrgetter("lower")
_CAP = attrgetter("cap")
_ROLE_WORD = compiled(r"[\w'-]+")
_SPEECH_VERBS = frozenset({"said", "says", "told", "added", "asked", "explained", "wrote"})
_TRANSITIVE = frozenset({"added", "asked", "wrote"})  # speech only before a quote or "that"
# verbs of holding to a view: a speaker's, "he" or "she" after them is the speaker
_AVOWING = frozenset({"insisted", "denied", "argued", "claimed", "admitted", "conceded", "stated"})
_PREPOSITIONS = frozenset({"at", "of", "for", "from", "with", "by", "in", "on"})
_LISTING = frozenset({",", "and"})  # what stands between the names of a list
_TRAVEL_PREPOSITIONS = frozenset({"from", "to", "via", "through", "between"})
_MOVED_THINGS_OF = _PREPOSITIONS | {"to"}  # "exports to X fell": the exports moved
# "A7", "M25", "US 90", "N7a": the number of a road, when the text speaks of roads (see
# road_words in data/name_words.json); elsewhere such a name is a product or a plane
_ROAD_NUMBER = compiled(r"(?:[A-Z]{1,2}|US)[- ]?\d{1,4}[A-Za-z]?")
_QUOTE_STOPS = frozenset(".,!?")  # the marks that may end a quoted clause
_TITLE_WORDS = 12  # the most words between a name and a mark of the quotation around it
_REPORTED_WORDS = 5  # lower-case words between a speech verb and "he"/"she", at most
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
_ROLE_STOP = frozenset({"the", "of", "for", "to", "a", "an", "and", "in", "on", "at"})
# an article whose typed places outnumber its bodies so (twice, and five more) places the
# names nothing typed (see _default_by_article)
_PLACES_PER_BODY, _PLACES_MORE = 2, 5
_INNER_CAPITAL = compiled(r"\w[A-Z]")  # "IATA", "WestJet": a capital after a letter


def find_actors(
    text: str, sentences: list[Span], later: Callable[[], Any] | None = None
) -> list[Actor]:
    """Every actor of the text once, most mentioned first, with ids a1, a2, ... `later`:
    asked first for the scans of the text's later stretches, made by another process (see
    tokenize), then for the runs of capitalised words of their sentences (see
    names.later_runs), when the sentences before are done; the runs of those before are
    found first (see names.own_runs)."""
    lex = lexicon()
    tokenized = tokenize(text, sentences, later, own_runs if later else None)
    finder = NameFinder(text, lex, article_evidence(tokenized))
    respectively = frozenset(t for t in tokenized.distinct if t.key == "respectively")
    roads = not lex.road_words.isdisjoint(map(_KEY, tokenized.distinct))
    role_finder = RoleFinder(text, lex, respectively)
    forms: dict[str, Form] = {}
    halves: dict[str, tuple[str, str]] = {}  # a name joined around a nickname: its halves
    links: list[tuple[str, str]] = []
    shaped: dict[object, bool] = {}  # _could_be_person of each run of tokens seen
    runs: list[list[str]] = []  # the keys of names of one kind: a list, X known as Y
    labels: set[str] = set()  # initials opening a line before a colon: "RA: I wrote it"
    sentences_ = tokenized.sentences
    received = tokenized.received  # the first sentence another process scanned
    for number, sentence in enumerate(sentences_):
        if number == received and later is not None:
            runs_found(sentences_[number:], later())  # its runs of capitalised words there
        cands = finder.candidates(sentence)
        if not cands:
            continue
        tokens = sentence.tokens
        cands = [c for c in cands if not _maker_before_its_model(tokens, c, lex)]
        if len(cands) > 1:
            cands = _joined_around_nicknames(tokens, cands, halves)
        # a name of a person's address ("Tomas Vell, 34, of Mill Road, Kelby, a baker")
        # takes no role nor person's cue from an apposition after it
        personal = [
            (_personal(c, lex, shaped) or _placed_person(tokens, c, lex))
            and not _of_an_address(tokens, c.first, lex)
            for c in cands
        ]
        coded = _codes(tokens, cands, personal) if len(cands) > 1 else ()
        roles = role_finder.roles(sentence, cands, personal)
        placed = False  # the candidate before had a place cue
        quotes_i = _Once(partial(_quoted_i, tokens))  # asked of its speakers, read once
        for i, cand in enumerate(cands):
            form = _form(forms, cand)
            surfaces = form.surfaces
            surfaces[cand.text] = surfaces.get(cand.text, 0) + 1
            form.mentions.append((cand.start, cand.end))
            # "Calgary-based Velkor said it": a place, Velkor's base; the cues are Velkor's
            described = _described_place(cand)
            form.place_cues += described
            press = _press_noun_after(tokens, cand, lex)  # "official X news agency": no role
            # "Researcher ShelfMetrics said": a trade capitalised as the sentence opens is
            # no title of a brand's name (see _brand_shaped)
            brand = cand.first == cand.last and _brand_shaped(cand.text)
            if i in roles and not (press or brand):
                form.roles.extend(roles[i])
            determined = _determined(tokens, cand, lex)
            form.determined += determined
            form.impersonal += cand.first <= 1 and _which_of(tokens, cand)  # the subject's
            form.coded += i in coded
            # "according to X", "X reported that", "told Le Matin": a paper, though it speaks
            source = _news_source(tokens, cand, lex) or press
            cue = (
                _person_cue(tokens, cand, i in roles, cands, sentences_, number, lex, quotes_i)
                if not determined
                and not source
                and (  # after a title (see names._person_like) or an editor's given name
                    personal[i]
                    or (cand.title_cue and not brand)
                    or _bracketed_before(tokens, cand, lex)
                    or _player_before(tokens, cand, lex)
                )
                and not _other_bodies(tokens, cand.last, lex)  # "said X and other groups"
                # "carmaker X said"; not "concrete supplier Jang Seo-yeon, 44,"
                and not (_body_before(tokens, cand.first, lex) and not _aged(tokens, cand.last))
                else 0
            )
            cue = 0 if described else cue
            form.person_cues += cue > 0
            form.spoken += cue == _SPOKEN
            form.speaks += not described and _speaks(tokens, cand, lex)
            company = not described and (source or _company_cue(tokens, cand, lex))
            form.company_cues += company
            form.deeds += company and _deed(tokens, cand.last + 1, lex)
            # a person who wins a match is no club ("Ana Vell beat ... 6-4"); a town is, and
            # so is a name before a player's role ("Harriet striker Tomas Vell"), and one word
            # no given name in a match told with one score, no sets ("Tarsk beat Velkor 2-1")
            if (
                not personal[i]
                or is_town(form.key)
                or arabic_article(cand.text)
                or staffed(tokens, cand.last + 1, lex)
            ):
                form.played += played(tokens, cand, lex)
            elif cand.first == cand.last and not is_given_name(form.key):
                form.played += played(tokens, cand, lex) and one_score(tokens)
            form.person_cues += (  # "Pep Guardiola's side": asked of a possessive only
                tokens[cand.last].possessive and _manager_of_a_side(tokens, cand, lex)
            ) or (tokens[0].key == "by" and _byline_in_capitals(tokens, cand, lex))
            made = (
                _thing_before(tokens, cand, lex)
                or _disease_after(tokens, cand, lex)
                or _field_of_study(tokens, cand, lex)
                or _styled_model(tokens, cand, lex)
            )
            form.made += made
            form.spelled_out |= _spelled_out_before(tokens, cand, lex)
            form.thing_cues += (
                made or _storm_before(tokens, cand, lex) or _index_cue(tokens, cand, lex)
            )
            own = not company and (
                _place_cue(tokens, cand, lex)
                or (roads and _ROAD_NUMBER.fullmatch(cand.text) is not None)
                or _numbered_street(cand, lex)
            )
            beside = (  # a place listed next to it: only where names stand together
                not (company or own)
                and len(cands) > 1
                and _beside_a_place(tokens, cands, i, placed, lex)
            )
            placed = own or beside
            form.place_cues += placed
            form.beside += (
                beside
                and _list_priced(tokens, cand, lex)
                and not _list_placed(tokens, cand.first, lex)
            )
            form.sited += placed and _sited(tokens, cand.last, lex)
            form.named_place += placed and (
                _named_a_place(tokens, cand.first, lex)
                or _in_a_named_unit(tokens, cand, lex)
                or _of_an_address(tokens, cand.first, lex)
            )
            form.unquoted = form.unquoted or not _in_titled_quote(tokens, cand, lex)
            if cand.first == 0 and _initials_label(tokens, cand):
                labels.add(form.key)
        for joined in halves.keys() & forms.keys():
            forms[joined].person_cues += 1
        if len(cands) > 1:
            links.extend(_bracketed(tokens, cands, coded, lex))
            runs.extend(lists(tokens, cands))
            for first, other, same in _also_named(tokens, cands, lex):
                if same:
                    links.append((first, other))
                else:
                    runs.append([first, other])
    if received == len(sentences_) and later is not None:
        later()  # (the runs of no sentence: another process scanned none)
    links.extend(_speakers_initialled(labels, forms))
    groups = [
        group
        for group in group_forms(forms, links, lex)
        if any(f.unquoted for f in group)
        and not _generic_body(group, lex)
        and not all(f.coded == len(f.mentions) for f in group)
    ]
    actors = [_actor(group, lex, halves) for group in groups]
    kinds_of_lists(actors, groups, runs)
    _default_by_article(actors, groups)
    actors = list(_without_events(actors, groups, lex))
    actors.sort(key=lambda a: (-len(a.mentions), a.mentions[0]))
    for number, actor in enumerate(actors, 1):
        actor.id = f"a{number}"
    return actors


class _Once:
    """A question about a sentence, asked on first need and answered once: made for every
    sentence with names, so lighter than functools.cache (a wrapper copied each time)."""

    __slots__ = ("_ask", "_answer")

    def __init__(self, ask: Callable[[], bool]) -> None:
        self._ask = ask
        self._answer: bool | None = None

    def __call__(self) -> bool:
        if self._answer is None:
            self._answer = self._ask()
        return self._answer


def _initials_label(tokens: list[Token], cand: Candidate) -> bool:
    """Two or three capitals opening a line before a colon ("RA: I wrote it in one
    winter."): a speaker in an interview's transcript, labelled by initials."""
    text = cand.text
    return (
        cand.first == cand.last
        and 2 <= len(text) <= 3
        and text.isalpha()
        and text.isupper()
        and cand.last + 1 < len(tokens)
        and tokens[cand.last + 1].text == ":"
    )


def _speakers_initialled(labels: set[str], forms: dict[str, Form]) -> list[tuple[str, str]]:
    """Each speaker's label of initials with the one name of as many words that they are
    the first letters of ("RA" of "Rosalind Achebe", "MO" of "Miriam Osei"): a transcript
    names the speaker in full once, then by initials. A label two names fit stays apart."""
    found = []
    for label in labels:
        fits = [
            k
            for k, form in forms.items()
            if len(form.words) == len(label) and all(map(str.startswith, form.words, label))
        ]
        if len(fits) == 1:
            found.append((label, fits[0]))
    return found


def _in_titled_quote(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name stands inside a quotation in title case, only capitalised words
    and function words between the quotation marks ("Notes on Card Games", "Quiet
    Harbours"): the title of a work or a slogan. A name only ever written inside one is
    part of the title, no actor ("Ostrum on Sailing"); one named elsewhere too stays, and
    so does a place the gazetteer knows ("Protector of Peru") or a name with a head word
    ("the Vesk Bridge"). The marks are looked for a few words away at most: a title is
    short, and a long run of capitalised words is read once, not once for each name."""
    i = cand.first - 1
    stop = max(cand.first - _TITLE_WORDS, 0)
    while i >= stop and tokens[i].text not in OPENING_QUOTES:
        if not _in_title_case(tokens[i]):
            return False
        i -= 1
    if i < stop:
        return False
    j = cand.last + 1
    stop = min(cand.last + _TITLE_WORDS, len(tokens) - 1)
    while j <= stop and tokens[j].text not in CLOSING_QUOTES:
        if not _in_title_case(tokens[j]) and not _closes_quoted_clause(tokens, j):
            return False
        j += 1
    return j <= stop and not (tokens[cand.last].head or lex.is_place(key(cand.text)))


def _closes_quoted_clause(tokens: list[Token], j: int) -> bool:
    """A stop, comma or mark just before the closing quotation mark ("We Did It Well."):
    a slogan or a quoted headline in title case ends its clause inside the quotation."""
    return (
        tokens[j].text in _QUOTE_STOPS
        and j + 1 < len(tokens)
        and tokens[j + 1].text in CLOSING_QUOTES
    )


def _in_title_case(token: Token) -> bool:
    """A word a title in title case holds: capitalised, a function word, or a number."""
    return token.cap or token.leading or token.text[:1].isdigit()


def _form(forms: dict[str, Form], cand: Candidate) -> Form:
    text, last = cand.text, cand.tokens[cand.last]
    if last.possessive and text.endswith(last.text):
        text = text[:-2]  # "Moody's said", shown whole: the same name as "Moody's rating"
    k = key(text)
    form = forms.get(k)
    if form is None:
        form = forms[k] = Form(k, tuple(k.split()))
    return form


def _personal(cand: Candidate, lex: Lexicon, shaped: dict[object, bool]) -> bool:
    """_could_be_person, worked out once for each run of tokens: it reads only the name's
    own tokens (shared objects, see tokens.Token), and names recur."""
    i, j = cand.first, cand.last
    run = cand.tokens[i] if i == j else tuple(cand.tokens[i : j + 1])
    found = shaped.get(run)
    if found is None:
        found = shaped[run] = _could_be_person(cand, lex)
    return found


def _placed_person(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """A name of a person's shape but for a word that also names a place (see
    kinds.shaped_but_placed), opening with no given name the lists know ("Rahmat Sahara",
    "Bakari Kandahar": one that opens with a given name is a person's shape already, see
    _could_be_person), where the words around it tell of a person only: a title, a
    trade or a kinship before it or a life after it ("resident Tin Myo Monywa", see
    _personal_context) or a title in lower case ("party spokesperson Bago Aung Shin"), an
    age ("Rahmat Sahara, 52,") or a title in apposition ("Rahmat Sahara, head of the
    council,"). A speech verb alone does not ("Virgin Atlantic said" is a company's
    voice), nor "who" after a comma, which sports news writes of a club too ("Ajax
    Amsterdam, who lead the table,"), nor a title a company holds too ("owner Gazprom
    Moscow", "Kansas Pacific, owner of the line,")."""
    i, j = cand.first, cand.last
    if i == j:
        return False
    run = cand.tokens[i : j + 1]
    if not shaped_but_placed([t.key for t in run], [t.text for t in run], lex):
        return False
    if i >= 1 and _body_title(tokens[i - 1], lex):
        return False  # "the club's new owner Gazprom Moscow": a title a company holds too
    if _aged(tokens, j) or _personal_context(tokens, cand, lex):
        return True
    if i >= 1 and tokens[i - 1].lower and lex.is_title(tokens[i - 1].key):
        return True  # "party spokesperson Tin Myo Monywa": a title in lower case
    after = tokens[j + 1 : j + 4]
    return (
        len(after) == 3
        and after[0].text == ","
        and after[1].lower
        and lex.is_title(after[1].key)
        and not _body_title(after[1], lex)  # "Kansas Pacific, owner of the line,"
        and after[2].key in ("of", ",")
    )


def _body_title(token: Token, lex: Lexicon) -> bool:
    """A title that a company holds as well as a person ("owner", "investors",
    "sponsor"): no evidence of a person by itself. Not an office a party or a club gives
    a person ("Party leader Wondimu Harar", "the club's founder"), which stays a cue."""
    return singular(token.key) in lex.body_titles


def _brand_shaped(word: str) -> bool:
    """A word with a capital inside after four lower-case letters or more ("ShopperTrak",
    "BlackRock", "PetroVelka"): a brand's compound, as firms name themselves; no person's
    name has that shape ("McCain", "MacArthur", "DiCaprio", "FitzGerald": a short
    prefix)."""
    if word[1:].islower() or word.isupper():
        return False  # most names: no capital inside (asked first: cheap)
    lower = 0
    for ch in word[1:]:
        if ch.isupper():
            return lower >= 4
        lower = lower + 1 if ch.islower() else 0
    return False


def _byline_in_capitals(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Two or three words in capitals in a line a "By" opens and nothing in lower case
    but "and" goes on ("By ANA VELKOVA", "By TOM RASK and LENA PARK, Associated Press"): a
    byline as agencies print it, whose authors are people though no given name is written
    in capitals; not a clause ("By NEXT SPRING, the bridge will open"), nor a desk or an
    agency ("By KELBY NEWS STAFF": a word of a body's kind or of a title)."""
    i, j = cand.first, cand.last
    words = cand.tokens[i : j + 1]
    return (
        1 <= j - i <= 2
        and all(t.text.isupper() and t.text.isalpha() for t in words)
        and all(t.key in ("and", ",") or t.text.isupper() for t in tokens[1:i])
        and (j + 1 == len(tokens) or tokens[j + 1].key in ("and", ","))
        and _line_without_a_clause(tokens, j + 1)
        and not any(
            t.key in lex.kind_heads or t.key in lex.org_suffixes or lex.is_title_word(t.key)
            for t in words
        )
    )


def _line_without_a_clause(tokens: list[Token], k: int) -> bool:
    """Whether no word in lower case but "and" stands from `k` to the end of its line (the
    next word at a place where any word is capitalised): names and their agency, no verb."""
    for token in tokens[k:]:
        if token.initial:
            return True
        if token.lower and token.key != "and":
            return False
    return True


def _could_be_person(cand: Candidate, lex: Lexicon) -> bool:
    end = cand.tokens[cand.last].key
    if end in lex.demonyms or end in lex.group_nouns or end in lex.impersonal_heads:
        return False  # "Sydney Airport said": a given name before a site's head, no person
    if cand.first == cand.last:  # most names: the steps below for one word
        return not (lex.is_place(end) or end in lex.kind_heads or _brand_shaped(cand.text))
    run = cand.tokens[cand.first : cand.last + 1]
    words, surfaces = [t.key for t in run], [t.text for t in run]
    return person_shaped(words, surfaces, lex) or initial_before_a_town(words, surfaces, lex)


def _determined(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether "the" stands before the name and no noun after it: "the Red Cross said",
    "the Red Cross opened clinics", "aid from the Halvard Trust.", which no person is
    called. Not "the Anna Quill case", where a person's name qualifies the noun after
    it."""
    i, j = cand.first, cand.last
    if i < 1 or tokens[i - 1].key != "the" or cand.title_cue:
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        after is None
        or not after.lower
        or after.function
        or after.key in lex.subject_verbs
        or after.key in _SPEECH_VERBS
        or _past_tense(after)  # "the Red Cross opened clinics"
    )


def _past_tense(token: Token) -> bool:
    """A word in lower case of the shape of a verb in the past tense ("opened", "donated",
    "ruled"), which a noun seldom has ("bed", "speed", "shed")."""
    k = token.key
    return token.lower and len(k) > 4 and k.endswith("ed") and not k.endswith("eed")


def _which_of(tokens: list[Token], cand: Candidate) -> bool:
    """A sentence's subject that ", which" follows ("Pryor Calloway, which advised on the
    deal, said ..."): what "which" refers to is no person. Only the subject: in "the bill
    of Ana Vell, which passed", "which" is the bill's."""
    i, j = cand.first, cand.last
    opens = i == 0 or (i == 1 and tokens[0].key == "the")
    return (
        opens and j + 2 < len(tokens) and tokens[j + 1].text == "," and tokens[j + 2].key == "which"
    )


_SPOKEN, _PERSONAL = 1, 2  # a person cue a body's name may take too, and one it may not


def _person_cue(
    tokens: list[Token],
    cand: Candidate,
    role: bool,
    cands: list[Candidate],
    sentences: list[Sentence],
    number: int,
    lex: Lexicon,
    quotes_i: Callable[[], bool],
) -> int:
    """How strongly the words around a name that may be a person's speak for a person:
    _PERSONAL for a title, a role, a personal context or a speech cue only a person takes
    (see `_speech_cue`), or the subject called he or she in the sentence after;
    _SPOKEN for what a company's name takes too ("X said", "X said it had started a
    search for his successor": its spokesman's words, its chairman's successor), which
    the text's evidence of a company outweighs (see kinds); 0 for none."""
    if cand.title_cue or role or _personal_context(tokens, cand, lex):
        return _PERSONAL
    subject = cand is cands[0] and _subject(tokens, cand)
    if subject and _referred(sentences, number):
        return _PERSONAL
    cue = _speech_cue(tokens, cand, lex, quotes_i)
    return cue or (_SPOKEN if subject and _his_after(tokens, cands) else 0)


def _speech_cue(
    tokens: list[Token], cand: Candidate, lex: Lexicon, quotes_i: Callable[[], bool]
) -> int:
    """Evidence of a person that holds in any language (_PERSONAL): an age ("Adeyemi, 54,
    ..."), a speech verb then "he" or "she" ("Adeyemi said she ...", "Adeyemi explained how
    she ..."), or "who" after a comma ("Adeyemi, who ...": organisations take "which");
    weaker (_SPOKEN), a speech verb next to a full name ("..., said Mehmet Demir", "Lin
    Mei-hua told ..."), which a company's name takes too. "Added", "asked" and "wrote"
    speak only before a mark, "that", "he" or "she": "Vardo Computer added sound to its
    players" is no speaker. `quotes_i` tells whether the sentence quotes an "I" (see
    `_quoted_i`), worked out once a sentence: a text with no full stop is one sentence of
    thousands of speakers."""
    i, j = cand.first, cand.last
    said = j + 1 < len(tokens) and tokens[j + 1].key in _SPEECH_VERBS
    if _attributed(tokens, cand, said) and quotes_i():
        return _PERSONAL  # '"I will not resign," Ostrum said': a body speaks as "we"
    if i >= 1 and j > i and tokens[i - 1].key in _SPEECH_VERBS and _inverted(tokens, i - 1):
        return _SPOKEN
    if i >= 1 and tokens[i - 1].key in _PREPOSITIONS:
        return 0  # "Analysts at Vardo Capital said": the speaker is before the name
    if said:
        after = [t.key for t in tokens[j + 1 : j + 4]]
        # a body's initials tell of another man or woman: "VKN reports that he died"
        initials = cand.text.isupper() and len(cand.text) > 1
        if after[1:2] in (["he"], ["she"]):
            return 0 if initials else _PERSONAL
        if after[:2] in (["said", "her"], ["says", "her"]):
            return _SPOKEN  # "X said her union ...": her own, as "his" (see _his_after)
        if after[0] in _TRANSITIVE and after[1:2] and after[1][:1].isalnum():
            return _SPOKEN if after[1] == "that" else 0  # "X added audio playback": no speech
        if j > i and not _said_it(tokens, j + 2, lex, True):
            return _SPOKEN  # not "Goldman Sachs said on Monday that its profit rose": a body
        return _PERSONAL if _reported_subject(tokens, j + 2) and not initials else 0
    nxt = tokens[j + 1].key if j + 1 < len(tokens) else ""
    if nxt in _AVOWING:
        return _PERSONAL if _reported_subject(tokens, j + 2) else 0  # "Ostrum denied he ..."
    if nxt == "," and j + 2 < len(tokens) and tokens[j + 2].key == "who":
        return _PERSONAL
    return _PERSONAL if _aged(tokens, j) else 0


def _speaks(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name is the subject of a verb of saying, alone or with other names
    before the verb ("Velkor said", "Velkor and Tarsk Motors said", "Velkor told"): what
    bodies and people do, and no town does but one speaking for its government (a state's
    capital, see kinds). Not after a preposition, or on a list after one: "officials in
    Velkor said", "operators in Kelby and Velkor said"; nor telling its residents. A
    preposition before a month or a weekday is the date's ("Sales fell in May, Velkor
    said"), no list's."""
    b, k = cand.first - 1, cand.last + 1
    if k >= len(tokens) or tokens[k].cap or tokens[k].key in _LISTING:
        k = _after_the_list(tokens, k)  # "Velkor and Tarsk Motors said"; else the word after
    if k < 0 or tokens[k].key not in _SAYING:
        return False  # most names: no verb of saying after them (asked first: cheap)
    if k + 1 < len(tokens) and tokens[k + 1].key in lex.resident_nouns:
        return False  # "Mumbai told residents to stay indoors": the town's government
    start = max(0, b - _LIST_REACH)
    while b >= start and (tokens[b].cap or tokens[b].key in _LISTING):
        if calendar_word(tokens[b].text):
            return True  # "Sales fell in May, Velkor said": the preposition is the date's
        b -= 1  # "operators in Kelby and Velkor said": the list's preposition
    return not (b >= 0 and tokens[b].lower and tokens[b].key in _PREPOSITIONS | _PLACED)


def _after_the_list(tokens: list[Token], k: int) -> int:
    """The index of the first word past the names that go on at `k` with their commas and
    "and" ("Velkor and Tarsk Motors said", "Toyota and Honda cut"), or -1 when they run to
    the end or past the few words a list takes (see _before_the_list, its other end)."""
    end = min(len(tokens), k + _LIST_REACH)
    while k < end and (tokens[k].cap or tokens[k].key in _LISTING):
        k += 1
    return k if k < end else -1


_SAYING = _SPEECH_VERBS - _TRANSITIVE  # "said", "told": no quote or "that" asked for
_LIST_REACH = 8  # the most words of names and their commas and "and" on a list of speakers
_PLACED = _TRAVEL_PREPOSITIONS | {"near", "into", "across", "around", "outside"}


def _aged(tokens: list[Token], last: int) -> bool:
    """Whether an age in commas follows the name that ends at `last` ("Jang Seo-yeon, 44,"):
    a person's, even after a noun a firm takes too ("concrete supplier", "contractor"),
    which trades and firms share; no body is told with its age so."""
    return last + 2 < len(tokens) and tokens[last + 1].text == "," and aged(tokens, last + 2)


def _inverted(tokens: list[Token], verb: int) -> bool:
    """Whether the speech verb at `verb` stands before its speaker: after a quotation, a
    comma or at the opening ('"...," said Mehmet Demir', "..., said Lin Mei-hua"). After a
    word it has its subject before it, and the name after it opens what is reported ("the
    coach said La Liga was the hardest league"): no speaker."""
    return verb == 0 or not tokens[verb - 1].word


def _attributed(tokens: list[Token], cand: Candidate, said: bool) -> bool:
    """Whether a quotation is given to the name by a speech verb next to both: '"...," X
    said', '"...," said X', 'X said: "..."'."""
    i, j = cand.first, cand.last
    if said:
        return (i >= 1 and tokens[i - 1].text in _DOUBLE_QUOTES) or (
            j + 2 < len(tokens) and tokens[j + 2].text in _OPENING_QUOTE
        )
    return i >= 2 and tokens[i - 1].key in _SPEECH_VERBS and tokens[i - 2].text in _DOUBLE_QUOTES


def _quoted_i(tokens: list[Token]) -> bool:
    """Whether the sentence quotes someone saying "I", "me", "my" or "myself" between
    double quotation marks: a person's words, which the speech verb gives the name next
    to it ('"I will not resign," Ostrum said', 'Ostrum said: "My union ..."')."""
    quoted = False
    for token in tokens:
        if token.text in _DOUBLE_QUOTES:
            quoted = token.text == "\u201c" or (token.text == '"' and not quoted)
        elif quoted and token.key in _FIRST_PERSON and (token.key != "i" or token.text == "I"):
            return True
    return False


_DOUBLE_QUOTES = frozenset({'"', "\u201c", "\u201d"})
_OPENING_QUOTE = frozenset({":", '"', "\u201c"})  # after "said": a quotation opens
_FIRST_PERSON = frozenset({"i", "me", "my", "myself"})


def _reported_subject(tokens: list[Token], at: int) -> bool:
    """Whether "he" or "she" opens the clause reported after a speech verb, a few words in
    lower case or words that name no one (a day, a month) on at most ("X told reporters
    that he ...", "X said on Friday that she ..."): the speaker is a person. Not after an
    object pronoun or a person's name ("X told her she ...", "X told Ana Vell she ..."),
    which the pronoun may mean; a paper's name told with an article is no person ("X
    told the Kelby Star he ...", "X told El Vigia she ...")."""
    lex = lexicon()
    n = len(tokens)
    if at + 1 < n and (tokens[at].key == "the" or tokens[at].key in lex.press_articles):
        while at + 1 < n and tokens[at + 1].cap:
            at += 1  # the paper's name (no name may follow "the" in lower case)
        at += tokens[at].cap
    for token in tokens[at : at + _REPORTED_WORDS]:
        if token.key in ("he", "she"):
            return True
        if token.key in _OBJECT_PRONOUNS or not (
            (token.lower and token.word) or (token.cap and token.key in lex.non_names)
        ):
            return False
    return False


def _player_before(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """A player's role in lower case just before a name of two words or more ("defender
    Thiago Pereira", "the striker Ana Vell"): a person, though a word of the name is a
    town's ("Pereira") or no list knows the given name; not one word ("the Kelby
    defender"), which a club may be."""
    i = cand.first
    return i >= 1 and cand.last > i and tokens[i - 1].lower and tokens[i - 1].key in lex.squad_roles


def _personal_context(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Evidence of a person that holds whatever the name: a title or honorific just before
    it though not in its run ("Dr. Ostrum"), a given name opening a photograph's credit
    ("Image: Lena Park"), a trade in lower case before it ("actor Velan"), a kinship word
    before it ("his brother Tamas", "her father, Ilkka") or after its possessive ("Ostrum's wife"), or a verb of
    a life after it ("Ostrum died", "Ostrum was born", "Ostrum, born in 1950", "Ostrum
    (b. 1950)"), an apposition that only a person takes ("Ostrum, a farmer, ..."), the
    object of "appointed" ("the council appointed Ostrum"; not an acronym: "appointed
    KPMG"), a given name an editor put in brackets before it ("[Anna] Ostrum") or letters
    of an honour, a degree or an office after it ("Ostrum KC")."""
    i, j = cand.first, cand.last
    if j > i and is_given_name(tokens[i].key) and _credited(tokens, j, lex):
        return True  # "Photo: Lena Park": a photographer, though "Park" ends places
    if i >= 1:
        before = tokens[i - 1]
        if before.titled and before.cap and not meridiem_after_clock(tokens, i - 1):
            return True  # not "at 10 PM Velkor time": the clock's half of the day
        if _player_before(tokens, cand, lex):
            return True
        if before.lower and before.key in lex.person_nouns and not before.possessive:
            return True  # "the phone of actor Velan", "the singer Ana Ostrum": a trade's
        if before.key == "appointed" and not cand.text.isupper():
            return True
        if before.key == "as" and i >= 2 and tokens[i - 2].key == "identified":
            return True  # "the victim was identified as Velmara": a person named
        if _bracketed_before(tokens, cand, lex):
            return True
        if before.text == "," and i >= 2:
            before = tokens[i - 2]
        if before.lower and before.key in lex.kin_nouns:
            return True
    if j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if cand.tokens[j].possessive:
        return after.lower and after.key in lex.kin_nouns
    if after.text in lex.post_nominals:
        return True  # "Ana Vell KC": letters only a person's name takes
    if after.lower and after.key in lex.leader_nouns and i >= 1 and tokens[i - 1].key == "the":
        return _leader(cand, lex)  # "the Obama administration", "the Velkar era"
    if after.text == "," and _apposed_person(tokens, j + 2, lex):
        return True
    if after.text == "(" and aged_in_brackets(tokens, j + 1, key(cand.text), lex):
        return True  # "Junaid (25) and Umair (18) died": a person by the age after the name
    # "the chief executive of X resigned", "the village of X was buried": what the verb
    # tells befell the noun before "of", not X (an apposition after a comma is X's own)
    of = i >= 1 and tokens[i - 1].key == "of"
    if after.key in ("was", "is", ",", "("):
        told = _born(tokens, j + 2) or _suffered(tokens, j + 1, lex)
        return told and not (of and after.key in ("was", "is"))
    if after.key == "had":
        return _suffered(tokens, j + 1, lex) and not of
    return tells_a_life(tokens, j + 1, lex) and not of


def _leader(cand: Candidate, lex: Lexicon) -> bool:
    """Whether a name before "administration", "presidency" or "era" names its leader: one
    word that no gazetteer, no list of English words nor of kinds of people holds ("the
    Velkar era"; not "the Kenya presidency", "the Victorian era", "the Labour era")."""
    if cand.first != cand.last:
        return False
    k = cand.tokens[cand.first].key
    return not (lex.is_place(k) or k in common_words() or k in single_words("kind_words.txt"))


def _apposed_person(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether an apposition at `at` says what only a person is: "a", "an" or "the", a few
    words in lower case, and a noun of a trade, a title or a part in an event at its head
    ("a rice trader from ...", "an elderly farmer,", "a 23-year-old student", "the town's
    librarian,"); "a maker of chips" and "a farmer cooperative" say nothing of a person."""
    if at >= len(tokens) or tokens[at].key not in ("a", "an", "the"):
        return False
    for k in range(at + 1, min(at + 5, len(tokens))):
        token = tokens[k]
        if token.cap or not token.word:
            return False
        if token.key in lex.person_nouns or _agent_noun(token, lex):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            return nxt is None or not (nxt.lower and nxt.word) or nxt.function
    return False


def _agent_noun(token: Token, lex: Lexicon) -> bool:
    """A noun of what a person does: a title ("the spokesman", "the chief executive") or
    a trade in "-ian" or "-ist" ("the librarian", "an economist"), not the possessive of
    an owner ("the economist's report")."""
    k = token.key
    return not token.possessive and (lex.is_title(k) or (len(k) > 5 and k.endswith(_AGENTS)))


_AGENTS = ("ian", "ist", "ians", "ists")


def _suffered(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether "was" or "had been" at `at` comes before a verb of what only a person
    undergoes ("was arrested", "had been jailed")."""
    keys = [t.key for t in tokens[at : at + 3]]
    verb = keys[2:3] if keys[:2] == ["had", "been"] else keys[1:2] if keys[:1] == ["was"] else []
    return bool(verb) and verb[0] in lex.suffered_verbs


def _born(tokens: list[Token], at: int) -> bool:
    """Whether "born" stands at `at`, or "b." as lists of people abbreviate it ("Ostrum
    (b. 1950)")."""
    if at >= len(tokens):
        return False
    if tokens[at].text == "b":
        return at + 1 < len(tokens) and tokens[at + 1].text == "."
    return tokens[at].key == "born"


def _bracketed_before(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether an editor's given name in brackets stands right before the name ("[Tomas]
    Houston"): a person's, though a place has the name too."""
    i = cand.first
    return i >= 1 and tokens[i - 1].text == "]" and _bracketed_given_name(tokens, i - 1, lex)


def _bracketed_given_name(tokens: list[Token], close: int, lex: Lexicon) -> bool:
    """Whether the brackets that end at `close` open with a given name: "[Anna] Ostrum",
    "[Anna M.] Ostrum", "[Anna M. T.] Ostrum", the given name an editor added to a
    surname."""
    for at in range(close - 1, max(close - 8, -1), -1):
        if tokens[at].text == "[":
            given = tokens[at + 1]
            return given.cap and is_given_name(given.key)
    return False


def _subject(tokens: list[Token], cand: Candidate) -> bool:
    """Whether the name opens the sentence as its subject: a lower-case word follows it, not
    a title ("Vesta CEO Anna Quill ...": the subject is the person after the title)."""
    j = cand.last + 1
    return cand.first == 0 and j < len(tokens) and tokens[j].lower and not tokens[j].in_title


def _referred(sentences: list[Sentence], number: int) -> bool:
    """Whether the sentence after sentences[number] calls its subject he or she ("Adeyemi
    resigned. She said ...")."""
    return number + 1 < len(sentences) and _personal_pronoun(sentences[number + 1])


def _his_after(tokens: list[Token], cands: list[Candidate]) -> bool:
    """Whether "his" follows the first name of the sentence before the next name: the
    subject's possessive ("Ostrum sold his house"; a body's is "its"). Not "her", which is
    an object too ("Vardo hired her")."""
    end = cands[1].first if len(cands) > 1 else len(tokens)
    return any(t.key == "his" for t in tokens[cands[0].last + 1 : end])


def _personal_pronoun(sentence: Sentence) -> bool:
    """Whether the sentence opens with "He" or "She" (or "He said", "She added" after a quote)."""
    return bool(sentence.tokens) and sentence.tokens[0].key in ("he", "she")


def _place_cue(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """ "in X", "northern X", "the region of X", "X, California", "the X river", "the ferry
    from X to Y", "won 2-1 at X", "moved south to X", "a town called X", "from X to Paris", "residents of
    X", "X's mayor", "troops captured X", "X (Reuters) - ...": cues that X is a place."""
    i, j = cand.first, cand.last
    if i == 0 and opens_dateline(tokens, j):
        return True  # the town of a wire story's dateline
    if cand.tokens[j].possessive:  # "X's mayor", "X's north", "X's outskirts"
        return j + 1 < len(tokens) and (
            _civic(tokens[j + 1], lex)
            or _edge(tokens[j + 1], lex)
            or (_state_office(tokens, j + 1, lex) and not _body_initials(cand, lex))
            or _area_named_after(tokens, j + 1, lex)
        )
    # Each rule below is asked only where the word it reads stands (a cheap test of the
    # word before or after the name first, here or as the rule's own first test): most
    # names have none of them around.
    if i >= 1:
        before = tokens[i - 1]
        bk, comma = before.key, before.text == ","
        if comma and i >= 2 and tokens[i - 2].cap and lex.is_state_code(cand.text):
            return True  # the "OK" of "Tulsa, OK"
        prepositional = (not before.cap or before.initial) and bk in lex.place_prepositions
        after_in = i >= 2 and bk == "in"
        if prepositional and not (after_in and tokens[i - 2].key in lex.interest_words):
            # "losses in X and Y": shares
            return not (after_in and _a_move(tokens[i - 2], lex))
        # "interested in X", "invested in X": no place said; an apposition may say one
        if bk == "over" and i >= 2 and tokens[i - 2].key == "all":
            return True  # "felt all over X", "fans from all over X": a place's whole
        if (bk == "of" or comma or before.cap) and _of_an_address(tokens, i, lex):
            return True  # "Tomas Vell, 34, of Mill Road, Kelby,": his street and town
        if before.possessive and _in_a_named_unit(tokens, cand, lex):
            return True  # "in Kelby's Tarsko area": the town's area
        if (
            i >= 2
            and bk == "of"
            and (_place_noun(tokens[i - 2].key, lex) or _of_a_place(tokens[i - 2], lex))
        ):
            return True  # "the region of X", "the areas of X and Y", "the western tip of X"
        if bk == "at":
            if i >= 2 and _site_noun(tokens[i - 2], lex):
                return True  # "the dam at X", "a checkpoint at X": a site in a place
            if _venue(tokens, i - 1, lex):
                return True  # "held at X", "took place at X", "play Wales at X": the venue
            if i >= 2 and tokens[i - 2].key in lex.waiting_words:
                # "passengers at X", "stranded at X": an airport, a station, a port; not a
                # name with a body's or a trade's head ("tourists at Velkor Hotels")
                end = cand.tokens[j].key
                return not (end in lex.org_suffixes or end in lex.industry_words)
        at = i - 2 if bk == "the" else i - 1  # "at X", "at the X"
        if at >= 1 and tokens[at].key == "at" and at_the_ground(tokens, at):
            return True  # "beat Harwick 2-1 at (the) X": the ground of a match
        if i >= 2 and bk == "of":
            if tokens[i - 2].key in lex.resident_nouns:
                return True  # "residents of X"
            if _office_of_a_state(tokens[i - 2], cand, lex):
                return True  # "a former health minister of X", "the government of X"
        if comma and i >= 2:
            if _region_of_a_town(tokens, cand, lex):
                return True  # "shot in Kelby, Velsulu on Monday": the town's province
            if _a_site_s_town(tokens, cand, lex):
                return True  # "St. Anne's Hospital, Okpolo", "Kelby Stadium, Tarsk": its town
        if (
            i >= 2
            and bk == "from"
            and (_people_of_a_place(tokens[i - 2], lex) or _counted_from(tokens, i - 2))
        ):
            return not _known_company(cand, lex)  # "two men from X", "a family from X"
        if _examples_of_places(tokens, i, lex):
            return True  # "towns such as X", "provinces including X"
        if (comma or (before.lower and bk in lex.place_nouns)) and _named_by_a_place_noun(
            tokens, cand, lex
        ):
            return True  # "the villages X and Y", "the island X"
        if i >= 2 and bk == "off" and tokens[i - 2].key in lex.distance_units:
            return True  # "3 miles off X": a coast or an island
        if before.lower:
            if bk in lex.conquest_verbs or bk in lex.region_adjectives:
                return True  # "troops captured X", "in northern X"
            if bk in lex.impact_verbs and _disaster_before(tokens, i - 1, lex):
                return True  # "the cyclone hit X", "Typhoon Velma battered X"
            if bk in lex.visit_verbs:
                return not is_given_name(cand.tokens[i].key)  # "will visit X", not "visited Maria"
        if bk == "of":
            if i >= 2 and tokens[i - 2].key in lex.territorial_titles:
                return True  # "the Earl of X", "the Mayor of X"
            if _serves_before(tokens, i, lex):
                return True  # "Governor Ana Vell of X", "Sen. Tom Rask of X": the place served
        if (  # "in the X", where X ends the phrase ("in the X to Y", "in the X on Monday"):
            # not "in the X series", "in the X and Y comedy", nor an acronym
            i >= 2
            and before.text == "the"  # not "in The Lantern": a paper or a party so named
            and tokens[i - 2].lower
            and tokens[i - 2].key in lex.place_prepositions
            and not cand.text.isupper()
            and not (j + 1 < len(tokens) and _goes_on(tokens[j + 1]))
        ):
            return True
        if bk in _TRAVEL_PREPOSITIONS and _travel(tokens, i - 1, lex):
            return True
        if bk in ("with", "between") and i >= 2 and tokens[i - 2].key in lex.border_nouns:
            return True  # "the border with X", "the frontier between X and Y"
        if _called(tokens, i, lex) or _between_places(tokens, cand, lex):
            return True
        if comma and i >= 3 and _apposed_to_a_place(tokens, i - 2, lex):
            return True  # "the capital, X", "Ostrava's old town, X"
        if bk in ("from", "to") and i >= 2 and tokens[i - 2].key in lex.compass_points:
            return tokens[i - 2].lower  # "moved south to X", "looking east from X"
    if j + 1 < len(tokens):
        after = tokens[j + 1]
        ak, lower = after.key, after.lower
        if (
            not after.cap
            and ak in lex.place_heads
            and not ak.endswith("s")
            and not _branch_title(tokens, cand, j + 2, lex)
        ):
            return True  # "the Volga river" (plurals are verbs too: "Nikkei falls")
        # a list goes on, or a plural noun follows (see _before_plural_place)
        plural = ak in _LISTING or (lower and ak.endswith("s"))
        if plural and _before_plural_place(tokens, j + 1, lex):
            return True  # "the Thornby and Ellis districts"
        if ak == "in" and _in_a_region(tokens, j + 2, lex):
            # "X in eastern province", "X in the north", "X in Ampara district"; not the
            # agent of a deed done there: "a lunch organized by X in Kelby City"
            return not (cand.first > 0 and tokens[cand.first - 1].key == "by")
        if lower:
            if ak in lex.resident_nouns or ak in lex.border_nouns:
                return True  # "X residents", "the X border"
            if (ak in lex.town_sites or ak in lex.town_services) and _sited(tokens, j, lex):
                return True  # "the X airport", "the X police station"
            if ak in lex.unit_sites and _owned_unit(tokens, cand, lex):
                return True  # "its X plant", "the X branch of Kelby Bank"
        if _situated(tokens, j + 1, lex):
            return True  # "X is located in", "X lies on the coast", "X, nestled in"
        if _civic(after, lex):
            return True  # "the X mayor"
        if after.cap and _territory_titled(tokens, j + 1, lex):
            return True  # "X Mayor Ana Vell opened the bridge": her town
        if after.text == "," and j + 2 < len(tokens) and tokens[j + 2].cap:
            state = tokens[j + 2]  # "X, California", "X, OK"; not "X, Denver Zoo"
            if state.possessive:
                return False  # "X, Norway's biggest bank": an apposition, no address
            if j + 3 < len(tokens) and tokens[j + 3].cap:
                return False
            return lex.is_place(state.key) or lex.is_state_code(state.text)
        return _called_a_place(tokens, j + 1, lex)
    return False


def _examples_of_places(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether "such as", "including" or "like" after a plural noun of places stands
    right before `i` ("timber towns such as X and Y", "provinces, including X"): the
    name is one of those places, whatever its shape (a given name: "Florence")."""
    k = i - 1
    if tokens[k].key in ("including", "like"):
        k -= 1
    elif k >= 2 and tokens[k].key == "as" and tokens[k - 1].key == "such":
        k -= 2
    else:
        return False
    if k >= 1 and tokens[k].text == ",":
        k -= 1
    place = tokens[k]
    lower = place.lower or place.initial  # "Cities including X were hit"
    return k >= 0 and lower and _plural_place_noun(place.key, lex)


def _place_noun(word_key: str, lex: Lexicon) -> bool:
    """A place noun, in the singular or the plural ("region", "areas")."""
    return word_key in lex.place_nouns or _plural_place_noun(word_key, lex)


def _plural_place_noun(word_key: str, lex: Lexicon) -> bool:
    """A place noun in the plural: listed so ("towns", "cities") or the singular listed
    and an "s" ("areas", "ports", "wards" of "area", "port", "ward")."""
    return word_key.endswith("s") and (
        word_key in lex.place_nouns or word_key[:-1] in lex.place_nouns
    )


def _disaster_before(tokens: list[Token], verb: int, lex: Lexicon) -> bool:
    """Whether a noun of a disaster stands a few words before the verb at `verb`, in its
    clause: "the cyclone hit", "a 6.1 magnitude quake struck", "Typhoon Velma battered",
    "floods that swept": the verb's object is a place the disaster struck."""
    for k in range(verb - 1, max(verb - _DISASTER_REACH - 1, -1), -1):
        token = tokens[k]
        if token.key in lex.disaster_nouns:
            return True
        if not token.word:
            return False
    return False


_DISASTER_REACH = 5  # the most words from a disaster's noun to the verb of its impact


def _named_by_a_place_noun(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a place noun in lower case stands right before the name, in the plural ("the
    villages X and Y": the names are those places; with a comma, before a list only: "two
    islands, X and Y", not "in the suburbs, X said"), or after "the" ("the island X", "the
    port X"). Not a point of the compass ("the north X"), nor "state", which stands
    before a state's company in wire copy ("state Velkor Oil")."""
    i, j = cand.first, cand.last
    comma = tokens[i - 1].text == "," and i >= 2
    if comma and not (j + 1 < len(tokens) and tokens[j + 1].key in (",", "and")):
        return False
    at = i - 1 - comma
    noun = tokens[at]
    if not noun.lower or noun.key not in lex.place_nouns or noun.key in _NOT_NAMING:
        return False
    if noun.key in lex.compass_points:
        return False
    return noun.key.endswith("s") or (not comma and at >= 1 and tokens[at - 1].key == "the")


_NOT_NAMING = frozenset({"state", "states"})


def _situated(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the words from `k` on tell where the name before them lies: a participle of
    a site and a preposition ("is located in", ", nestled between", "is beautifully
    situated on"), or a verb of lying and a place's part or edge ("lies on the coast",
    "sits on the northern shore of", "stands at the foot of"). Not "sits on the board":
    people sit and stand too, but on no shore."""
    n = len(tokens)
    if k < n and tokens[k].text == ",":
        k += 1
    if k < n and tokens[k].key in _BE:
        k += 1
    if k < n and tokens[k].lower and tokens[k].key.endswith("ly"):
        k += 1  # "beautifully situated"
    if k + 1 >= n or not tokens[k].lower or tokens[k + 1].key not in lex.site_prepositions:
        return False
    if tokens[k].key in lex.site_participles:
        return True
    if tokens[k].key not in lex.lying_verbs:
        return False
    m = k + 3 if k + 2 < n and tokens[k + 2].key == "the" else k + 2
    for token in tokens[m : m + 3]:  # "the rugged northern shore"
        if not token.lower or token.key in ("of", "and"):
            return False
        if _of_a_place(token, lex) or _of_a_place_plural(token, lex):
            return True
    return False


def _of_a_place_plural(token: Token, lex: Lexicon) -> bool:
    """ "shore" of "shores": a place's noun the lists hold in the plural only."""
    plural = token.key + "s"
    return token.lower and (plural in lex.place_nouns or plural in lex.border_nouns)


def _branch_title(tokens: list[Token], cand: Candidate, at: int, lex: Lexicon) -> bool:
    """Initials before a place's word and a title ("the VPK state chairman", "XYZ county
    leader"): the title of a party's or a body's branch, so the initials are the body's."""
    return (
        cand.text.isupper()
        and at < len(tokens)
        and tokens[at].lower
        and lex.is_title_word(tokens[at].key)
    )


def _sited(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a site's noun in lower case follows the name that ends at `j` ("the X
    airport", "the X dam"), or a town's service and its site ("the X police station", "the
    X bus station", "the X army base"): X is the place the site is at or is named for, a
    place even when named after a person ("Charles de Gaulle airport"). Not a body's own
    unit ("the X command center"), nor a service's site named after a body, in capitals or
    ending in a body's or a trade's word ("the NATO army base", "the Velkor Rail bus
    station")."""
    if j + 1 >= len(tokens) or not tokens[j + 1].lower:
        return False
    nxt = tokens[j + 1].key
    if nxt in lex.town_sites:
        return True
    end = tokens[j]
    if end.text.isupper() or end.key in lex.kind_heads or end.key in lex.industry_words:
        return False
    return (
        nxt in lex.town_services
        and j + 2 < len(tokens)
        and tokens[j + 2].lower
        and tokens[j + 2].key in lex.facility_heads
    )


def _owned_unit(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a noun of a body's plant, office or branch in lower case follows the name,
    after an owner ("its X plant", "the firm's X office", "Velkor's X refinery") or before
    "of" and the owner ("the X branch of Kelby Bank"): X is the town the unit is in. After
    "the" alone the name is the owner's ("the Toyota plant")."""
    i, j = cand.first, cand.last
    if j + 1 >= len(tokens) or not tokens[j + 1].lower or tokens[j + 1].key not in lex.unit_sites:
        return False
    if j + 2 < len(tokens) and tokens[j + 2].key == "of":
        return True
    owner = tokens[i - 1] if i else None
    return owner is not None and (owner.key in _BODIES_OWN or owner.possessive)


_BODIES_OWN = frozenset({"its", "their"})


def _named_a_place(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the words before the name at `i` say it is a place, whatever its shape:
    "the city of X", "the port town of X", "in northern X", "the final at X", "troops
    shelled X". Weaker cues ("in X") also take people ("confidence in X", "drove in X" in
    baseball), as some conquest verbs do ("police captured X")."""
    before = tokens[i - 1] if i else None
    if before is None or not before.lower:
        return False
    if before.key == "of":  # "the city of X", "the areas of X and Y"
        return i >= 2 and _place_noun(tokens[i - 2].key, lex)
    if before.key == "at":  # "the final at X", "talks at X"
        return i >= 2 and tokens[i - 2].lower and tokens[i - 2].key in lex.occasion_nouns
    if before.key in lex.conquest_verbs:  # "troops entered X", "shelled X"
        return before.key not in lex.people_takers
    return before.key in lex.region_adjectives


def _region_of_a_town(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name follows a town placed by its preposition and a comma, and ends the
    phrase, as copy names a town and its province or country ("killed in Jolo, Sulu",
    "in Kelby, Velsulu on Monday"); not a speaker after it ("in Kelby, Rask said")."""
    k = cand.first - 2
    while k >= 0 and cand.first - 2 - k < _TOWN_WORDS and tokens[k].cap:
        k -= 1
    if not (k >= 0 and k < cand.first - 2 and tokens[k].lower):
        return False
    if tokens[k].key not in lex.place_prepositions:
        return False
    return _ends_a_phrase(tokens, cand.last + 1, lex) and not closes_an_opening(
        tokens, k + 1, cand
    )  # not "After the final in Kelby, Rask and Vell shook hands": the subject


_TOWN_WORDS = 4  # the words of a town's name between its preposition and the comma


def _ends_a_phrase(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a place's name ending before `j` ends its phrase, as a town or region
    after another place and a comma does: a mark or the end after it, or a preposition
    or "and" that opens no clause ("Velsulu on Monday.", "Okpolo for treatment"). A name
    that a verb follows is the next clause's subject ("Kelby University, Pfizer said",
    "in Lagos, Tinubu on Monday condemned it", "in Kelby, Rask and Vell embraced")."""
    nxt = tokens[j] if j < len(tokens) else None
    if nxt is None or not nxt.word:
        return True
    if not (nxt.lower and nxt.key in lex.after_a_place):
        return False
    k = j + 1
    while k < len(tokens) and k - j <= _TOWN_WORDS and tokens[k].cap:
        k += 1
    return not (k > j + 1 and k < len(tokens) and tokens[k].lower and _verb(tokens[k], lex))


def _a_site_s_town(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name follows a site's name and its comma and ends a phrase, the way
    copy tells the town a hospital, a school or a stadium stands in ("admitted to St.
    Anne's Hospital, Okpolo for treatment")."""
    site = tokens[cand.first - 2]
    if not (site.cap and (site.key in lex.facility_heads or site.key in lex.sited_bodies)):
        return False
    return _ends_a_phrase(tokens, cand.last + 1, lex)


def _people_of_a_place(token: Token, lex: Lexicon) -> bool:
    """Whether the word is a noun of people that "from" and a name after it place: its
    residents, or men, women and families as police and disaster copy counts them ("two
    men from X were charged"); not "a spokesman from X", whose employer it may be. A weak
    cue: a listed company stays one ("two men from Velkor were charged", see
    _known_company)."""
    return token.lower and (token.key in lex.resident_nouns or token.key in lex.counted_people)


def _office_of_a_state(office: Token, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an office or an organ of a state in lower case stands before "of" and the
    name ("a former health minister of X", "the government of X", "the ambassador of
    X"): the state, as it is after the name's possessive ("X's finance minister"); not a
    body's name ("the ambassador of the Velkor Foundation") nor a ruler's ("the government
    of Ana Vell", "the government of Velo arap Tanui"): one word, no given name; nor a
    minister's field ("the minister of Health"): no English word."""
    word = cand.tokens[cand.first].key
    return (
        office.lower
        and office.key in lex.state_offices
        and cand.first == cand.last
        and not cand.tokens[cand.last].head
        and not cand.tokens[cand.last].possessive
        and not is_given_name(word)
        and not is_english_word(word)
    )


def _counted_from(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k], before "from" and a name, counts the people the name places, as
    health and disaster copy tallies them ("six are from X, five from Y, one each from
    Z"): a count, "each" after one, or "are" or "were" after a count."""
    if tokens[k].key in ("are", "were") and k >= 1 or tokens[k].key == "each" and k >= 1:
        k -= 1
    return counted(tokens[k])


def _known_company(cand: Candidate, lex: Lexicon) -> bool:
    """Whether the list of companies names the candidate and no gazetteer does: a body a
    weak place cue ("men from X") leaves as it is."""
    name = key(cand.text)
    return is_listed_company(name) and not lex.is_place(name)


def _area_named_after(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether a name of up to three words at `at` and a place's head in lower case after
    it follow a possessive: the town's area or neighbourhood ("Kelby's Tarsko area",
    "Ostrava's al-Velmin neighborhood"), so the owner is a town."""
    k = at
    while k < len(tokens) and k - at < 3 and tokens[k].lead and not tokens[k].possessive:
        k += 1
    if k == at or k >= len(tokens):
        return False
    head = tokens[k]
    return head.lower and (head.key in lex.place_heads or head.key in lex.place_nouns)


def _of_an_address(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the name at `i` is part of an address told after a person's age, as court
    and police copy in Britain writes where the accused lives: "Tomas Vell, 34, of Mill
    Road, Kelby, was jailed". The names after "of" up to the next word in lower case are
    the street and the town, whatever their shape."""
    k = i - 1
    while k > 0 and i - k <= _ADDRESS_WORDS and (tokens[k].cap or tokens[k].text == ","):
        k -= 1
    if not (k >= 3 and tokens[k].key == "of" and tokens[k - 1].text == ","):
        return False
    return aged(tokens, k - 2) or (k >= 5 and age_in_brackets(tokens, k - 4, lex))  # "(52), of"


_ADDRESS_WORDS = 8  # a street's and a town's words and their commas before a name


def _in_a_named_unit(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a place's preposition or a town's possessive stands before the name and a
    place's head in lower case after it ("in Bala Tarsk district", "near Maria Vell
    village", "in Kelby's Sohrab Velth area"): the name is that district's, village's or
    area's, whatever its shape; no person stands so."""
    i, j = cand.first, cand.last
    before = tokens[i - 1] if i >= 1 else None
    placed = before is not None and before.lower and before.key in lex.place_prepositions
    if not (placed or (before is not None and before.cap and before.possessive)):
        return False  # nor "in" nor a town's possessive ("in Kelby's Tarsko area")
    head = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        head is not None
        and head.lower
        and (head.key in lex.place_heads or head.key in lex.place_nouns)
        and not head.key.endswith("s")
    )


def _a_move(token: Token, lex: Lexicon) -> bool:
    """ "losses", "gains", "falls", "rallies": a plural noun of a price's move, after which
    "in" names what moved ("losses in X and Y": shares, no places)."""
    return (
        token.lower
        and token.key.endswith("s")
        and (token.key in lex.market_verbs or token.key == "losses")
    )


def _goes_on(token: Token) -> bool:
    """Whether a lower-case word after a name goes on with its phrase: a noun ("the X
    series") or a joiner ("the X and Y comedy"), not a function word that opens another
    ("in the X to Y", "in the X on Monday")."""
    return token.lower and (token.joiner or not token.function)


def _numbered_street(cand: Candidate, lex: Lexicon) -> bool:
    """ "47th Street", "S 9th Ave", "102nd Place": a street word after an ordinal in figures
    ends the name (see NameFinder._street_number), a street whatever its word."""
    j = cand.last
    return (
        j > cand.first
        and cand.tokens[j].key in lex.street_words
        and ORDINAL.fullmatch(cand.tokens[j - 1].text) is not None
    )


def _before_plural_place(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether a plural place noun follows at `at`, or after a list the name opens: "the
    Thornby and Ellis districts", "Ostrel, Pashvi and Dumbar provinces" (the noun covers
    each name of the list)."""
    listed = False
    for token in tokens[at : at + 8]:
        if token.key in (",", "and"):
            listed = True
        elif not token.cap:
            return token.lower and _plural_place_noun(token.key, lex)
        elif not listed:
            return False  # a capitalised word right after the name: not a list of names
    return False


def _manager_of_a_side(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name is a person's of two or three words in the possessive before
    "side" or "men": sports copy names a team by its manager ("Pep Guardiola's side",
    "Tomas Vellander's men"), whatever the given name (an English word: "Pep"). A club's
    own name there is one word or holds a club's or a place's word ("Chelsea's side",
    "Kelby Rovers' men", "Real Tarsk's side")."""
    i, j = cand.first, cand.last
    if not (0 < j - i <= 2 and tokens[j].possessive and j + 1 < len(tokens)):
        return False
    if tokens[j + 1].key not in ("side", "men") or not tokens[j + 1].lower:
        return False
    run = tokens[i : j + 1]
    words = [t.key for t in run]
    if words[0] in lex.org_prefixes or words[-1] in lex.club_words:
        return False  # "Real Tarsk's side", "Kelby Rovers' men"
    return person_shaped(words, [bare(t) for t in run], lex)


def _before_plural_body(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """Whether the name at tokens[i..j] is listed with others before a body's noun in the
    plural: "the Colorado and National parties", "Kelby, Tarsk and Ostrel clubs" (the noun
    covers each name of the list, as a place noun's plural does: see _before_plural_place).
    One name before it is not ("the Kelby banks": the banks in Kelby), nor a name before
    a comma with no other name after it ("In Kelby, banks closed")."""
    listed = i >= 2 and tokens[i - 1].key in _LISTING and tokens[i - 2].cap
    after_listing = False
    for token in tokens[j + 1 : j + 9]:
        if token.key in _LISTING:
            after_listing = True
        elif token.cap:
            listed = listed or after_listing  # a second name after a comma or "and"
        else:
            plural = token.key
            return (
                listed and plural[-1:] == "s" and token.lower and singular(plural) in lex.body_nouns
            )
    return False


def _in_a_region(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether the words from `at`, after a name and "in", are a place noun in lower case
    with at most "the" and two words before it: the region the name lies in ("Velmarudu in
    eastern province", "in the north", "in the Kelby district"), or a name ending in one
    ("in the West Akyem Municipality"), so the name is a place too. A noun of its own there is not ("Velkor in the first round"), nor a place noun
    before another noun ("Velkor in the state vote"), nor the noun alone before a
    phrase of time or place: the scene of an event ("arrested X in the city on Monday")."""
    k = at + 1 if at < len(tokens) and tokens[at].key == "the" else at
    for m, token in enumerate(tokens[k : k + 3], k):
        nxt = tokens[m + 1] if m + 1 < len(tokens) else None
        if token.lower and _place_noun(token.key, lex):
            if nxt is None or not nxt.lower or nxt.key == "of":
                return True  # it ends its phrase
            return m > k and nxt.key in _ROLE_STOP  # "in eastern province on Friday"
        if m > k and token.cap and token.key in lex.place_nouns and not (nxt and nxt.cap):
            return True  # the place noun ending a region's name: "in the West Kelby District"
        if not (token.cap or token.key in lex.region_adjectives):
            return False
    return False


def _apposed_to_a_place(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether the noun at `at`, before a comma and a name, is a place noun right after
    "the" or a possessive: "the capital, X", "Ostrava's capital, X"; not a compass point
    ("in the south, X said"), nor a noun with another modifier ("the last financial
    quarter, X"). A people's name, a place noun or a region's adjective may come between
    ("the Kenyan capital, X", "the port city, X", "the northern town, X"): what kind of
    place it is."""
    before = tokens[at - 1]
    if at >= 2 and _place_modifier(before, lex):
        before = tokens[at - 2]
    return (
        (before.key in ("the", "its", "their") or before.possessive)
        and tokens[at].key not in lex.compass_points
        and _of_a_place(tokens[at], lex)
    )


def _place_modifier(token: Token, lex: Lexicon) -> bool:
    """A word that tells what kind of place a place noun names: a people's name ("the
    Kenyan capital"), a place noun in lower case ("the port city") or a region's adjective
    ("the northern town")."""
    if token.cap:
        return token.key in lex.demonyms
    return token.lower and (token.key in lex.place_nouns or token.key in lex.region_adjectives)


def _edge(token: Token, lex: Lexicon) -> bool:
    """A part or an edge of a place after its possessive: "X's north", "X's outskirts",
    "X's border"; not what a person has too ("X's hometown", "X's country")."""
    return token.lower and (token.key in lex.compass_points or token.key in lex.border_nouns)


def _of_a_place(token: Token, lex: Lexicon) -> bool:
    """A lower-case noun that only a place has or is: "north", "outskirts", "capital",
    "border"."""
    return token.lower and (token.key in lex.place_nouns or token.key in lex.border_nouns)


def _called_a_place(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """ "X is a small town", "X, a neighbourhood of ...", "X, a museum of maps": a place
    noun, or a site's noun heading its phrase (see _heads_the_apposition), said of the name, in a copula or an
    apposition, within a few words. Not a place noun in the possessive: it is of the noun
    after it ("X, the country's largest bank"); nor a site's noun before another noun
    ("X, an airport operator": the company)."""
    if tokens[at].key not in (",", "is", "was") or at + 2 >= len(tokens):
        return False
    if tokens[at + 1].key not in ("a", "an", "the"):
        return False
    for k in range(at + 2, min(at + 5, len(tokens))):
        token = tokens[k]
        if token.key in lex.place_nouns:
            return not token.possessive
        if not token.lower:
            return False
        if token.key in lex.facility_heads and _heads_the_apposition(tokens, at + 2, k, lex):
            return k + 1 == len(tokens) or _ends_a_noun_phrase(tokens[k + 1], lex)
    return False


def _heads_the_apposition(tokens: list[Token], start: int, k: int, lex: Lexicon) -> bool:
    """Whether the site's noun at `k` opens the phrase after its article, or follows one
    word of an adjective's shape ("a museum", "a disused prison", "a historic palace"); not
    a noun after another noun ("a technology park": a business's compound)."""
    return k == start or (k == start + 1 and tokens[start].key.endswith(lex.adjective_endings))


def _ends_a_noun_phrase(nxt: Token, lex: Lexicon) -> bool:
    """Whether the word after a noun leaves it the head of its phrase: a mark, a function
    word or a participle ("a museum of maps", "a vault holding seeds", "a stadium built in
    1990"); not another noun it qualifies ("an airport operator")."""
    return not nxt.lower or nxt.key in lex.function_words or nxt.key.endswith(("ing", "ed"))


def _site_noun(token: Token, lex: Lexicon) -> bool:
    """A noun of a site or an occasion written in lower case ("dam", "station", "final",
    "talks"): a name after it and "at" is where the site stands or the occasion is held."""
    return token.lower and (
        token.key in lex.facility_heads
        or token.key in lex.town_sites  # "the harbour at X"
        or token.key in lex.occasion_nouns
    )


def _state_office(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether an office or an organ of a state follows a name's possessive, maybe after a
    few words in lower case: "X's finance minister", "X's first female foreign minister",
    "X's embassy", "X's parliament", "X's army", "X's central bank", "X's defence minister
    said": X is a country or a state, whose offices and forces they are."""
    for k in range(at, min(at + 4, len(tokens))):
        if not tokens[k].lower:
            return False
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        office = tokens[k].key in lex.state_offices or (
            k > at and f"{tokens[k - 1].key} {tokens[k].key}" in lex.state_offices
        )  # "X's central bank"
        if office and not (nxt and nxt.lower and not nxt.function and not _verb(nxt, lex)):
            return True  # the phrase ends there: not "X's government relations chief"
    return False


def _body_initials(cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name is initials no gazetteer holds ("WHO", "OECD", "G.M."): a body's,
    whose envoys and officers are its own ("the WHO's envoy"); a state's initials are
    places the gazetteer knows ("the US's envoy")."""
    letters = cand.text.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and not lex.is_place(key(cand.text))


def _verb(token: Token, lex: Lexicon) -> bool:
    """A word that is a verb after a subject, no noun: "said", "is", "has", "will", "met",
    "opened" (see _past_tense)."""
    k = token.key
    return (
        k in _SPEECH_VERBS
        or k in lex.subject_verbs
        or k in _BE
        or k in _AUXILIARIES
        or k in lex.irregular_past
        or _past_tense(token)
    )


_AUXILIARIES = frozenset({"has", "had", "have", "will", "would", "can", "could", "may", "might"})


def _civic(token: Token, lex: Lexicon) -> bool:
    """A title of a territory written in lower case after a name: "the X mayor", "X's
    governor"."""
    return token.lower and token.key in lex.territorial_titles


def _territory_titled(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a title of a territory in title case stands at tokens[i], glued between a
    name and a person's name ("Kelby Mayor Ana Vell", "Ostrava Governor Tomas Rask"):
    local government and wire copy write the town before its office, capitalised, as it
    writes "the Kelby mayor"; the name is the territory, no body."""
    if i + 1 >= len(tokens):
        return False
    title, after = tokens[i], tokens[i + 1]
    return (
        title.cap
        and not title.initial
        and title.key in lex.territorial_titles
        and after.cap
        and not after.head
    )


def _called(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """ "a village called X", "the district known as X", "a town named X": a place noun
    names the name after it."""
    at = i - 1
    if at >= 1 and tokens[at].key == "as" and tokens[at - 1].key == "known":
        at -= 1
    elif not (at >= 0 and tokens[at].key in ("called", "named")):
        return False
    return at >= 1 and tokens[at - 1].key in lex.place_nouns


def _between_places(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """ "from X to Paris", "from Paris to X": a span from one place to another. The other
    end must be a place the gazetteer knows ("from Monday to X", "from Labour to X" are
    none)."""
    i, j = cand.first, cand.last
    if i >= 1 and tokens[i - 1].key == "from" and j + 2 < len(tokens):
        return tokens[j + 1].key == "to" and _known_place(tokens, j + 2, lex)
    if i >= 3 and tokens[i - 1].key == "to":
        start = i - 2
        while start > 0 and tokens[start - 1].cap and not tokens[start - 1].initial:
            start -= 1
        return tokens[start - 1].key == "from" and _known_place(tokens, start, lex)
    return False


def _known_place(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether the capitalised words from `at` on are a place the gazetteer knows."""
    end = at
    while end < len(tokens) and tokens[end].cap:
        end += 1
    return end > at and lex.is_place(" ".join(t.key for t in tokens[at:end]))


def _travel(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether the "from"/"to" at `at` belongs to a travel word: "the ferry from", "flew
    to", "heading to", or the "to" of "a flight from X to", "sailing from X port in East
    Java to" (a few words about where it left from may stand between)."""
    if at and tokens[at - 1].key in lex.travel_nouns:
        return True
    if tokens[at].key != "to":
        return False
    for k in range(at - 1, max(at - 9, 0), -1):
        if tokens[k].key == "from":
            return tokens[k - 1].key in lex.travel_nouns
    return False


def _beside_a_place(
    tokens: list[Token], cands: list[Candidate], i: int, placed: bool, lex: Lexicon
) -> bool:
    """Whether the name at `i` is listed next to a place, one the gazetteer knows or one
    the text placed: "in Ohio and Indiana", "Tulsa, Sapulpa and Jenks", "Kelso and
    Scotland". Names on one list are mostly of one kind, but not an acronym no gazetteer
    knows: a body news lists beside countries as a party to talks or a deal ("Kenya and
    the IMF agreed a loan", "Ukraine and NATO signed"); nor any name beside a country the
    text does not place ("Hamas and Israel agreed a truce": the gazetteer knows every
    country, so a name it does not know beside one is a party, not another country), nor
    a company the list of companies knows ("advised by Goldman Sachs and Altamira"), nor
    names a verb of saying follows ("Ford and Toyota said sales fell": no place speaks)."""
    cand = cands[i]
    prev = cands[i - 1] if i else None
    nxt = cands[i + 1] if i + 1 < len(cands) else None
    # names on one list stand one to three words apart (lists.near, listed's first
    # test): the gazetteer is asked of a neighbour only that near
    beside = (
        prev is not None
        and near(prev, cand)
        and (placed or _a_place_not_a_state(prev, lex))
        and listed(tokens, prev, cand)
    ) or (
        nxt is not None
        and near(cand, nxt)
        and _a_place_not_a_state(nxt, lex)
        and not tokens[nxt.last].possessive  # "X and Norway's Y": Y is the one listed
        and listed(tokens, cand, nxt)
    )
    if not beside:
        return False  # most names: no place listed next to them (asked first: cheap)
    if cand.text.isupper() or is_listed_company(key(cand.text)):
        return False
    return not _speaks(tokens, cand, lex)


def _list_placed(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a preposition of place opens the list of names the name at `i` is on ("in
    Kelby, Tarsk and Velm"): each is a place, not only beside one."""
    b = _before_the_list(tokens, i)
    return b >= 0 and tokens[b].key in lex.place_prepositions


def _list_priced(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the list of names the name is on goes on to a price's move or standing
    ("Ford and Kelby were flat", "X and Leeds fell 2 percent", "X and Leeds were down 3
    percent"): share prices, whose names a town's may be; not "Lincoln and Boston were
    flooded": towns."""
    k = _past_summing(tokens, _after_the_list(tokens, cand.last + 1))  # "X and Leeds both fell"
    if not 0 <= k < len(tokens) - 1:
        return False
    if tokens[k].key in lex.market_verbs:
        return moved(tokens, k)
    # "were flat", "were down 3 percent", "closed higher"
    return (tokens[k].key in _BE or tokens[k].key in SESSION_VERBS) and tokens[k + 1].key in _MOVES


def _past_summing(tokens: list[Token], k: int) -> int:
    """The index past the words at `k` that sum a list up ("both", "all", "also")."""
    while 0 <= k < len(tokens) and tokens[k].key in SUMMING:
        k += 1
    return k


def _a_place_not_a_state(cand: Candidate, lex: Lexicon) -> bool:
    """A place the gazetteer knows that is no country ("Ohio", "Kelso")."""
    k = key(cand.text)
    return lex.is_place(k) and k not in lex.countries


_RESEARCH_REACH = 6  # the words between a noun of research and its "published"
_JOURNAL_ENDINGS = ("ology", "ics")  # "Velmology", "Velmometrics": a field, a journal's name


def _journal(tokens: list[Token], published: int, cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name after "published in" at `published` is a journal's: research is
    published there ("the findings, published in X", "a study published in X"), or the
    name is shaped like a journal's ("Velkor Letters", "Velmometrics"). Not a town a novel
    or a poem was published in ("published in Tarsk"), nor one the gazetteer knows."""
    if lex.is_place(key(cand.text)):
        return False
    last = cand.tokens[cand.last].key
    if last in lex.journal_heads or last.endswith(_JOURNAL_ENDINGS):
        return True
    before = tokens[max(0, published - _RESEARCH_REACH) : published]
    return any(t.key in lex.research_nouns for t in before)


def _company_cue(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """ "shares in X", "a stake in X", "X shares", "X sells", "X's chief executive", "X said
    it/its ...", "X and its", "an editorial in (the) X", "X analysts", "the X unit": cues
    that X is a company (or
    another body "it" refers to, or a publication).

    Most cues stand in the word right before the name or right after it: each rule is
    asked only where the word it needs first stands (`before`, `nxt`, or the rule's own
    first test; most names have none of them), and the rules of a word after in lower
    case apart from those of one capitalised, as no word is both."""
    i, j = cand.first, cand.last
    n = len(tokens)
    before, nxt = keys_around(tokens, i, j)
    if i >= 2 and tokens[i - 1].possessive and _dealt_in_a_country(tokens, i - 1, lex):
        # "a stake in Brazil's X", "agreed to buy Spain's X", "the sale of Japan's X": the
        # company of that country; not "a deal with Italy's Marco Bellini", a person
        return not (_given_name_opens(tokens, i, lex) or lex.is_place(key(cand.text)))
    if held_in(tokens, i, lex.stake_nouns) and not _unit_sited_in(tokens, i, lex):
        # "shares in Europe's biggest bank": its owner; "stocks in X fell": X's market
        return not (cand.tokens[j].possessive or _stocks_in(tokens, i))
    if before == "(" and (_dateline_agency(tokens, i, j) or _opening_agency(tokens, i, j)):
        return True  # "TOKYO (Bloomberg) - ...": the news agency, though named like a town
    bracket = nxt == "("
    if bracket and (
        _instrument_code(tokens, j)
        or ((i == j or exchange_in_brackets(tokens, j)) and ticker_after(tokens, i, j, lex))
    ):
        # "Velse Boerse (VB1Gn.DE) said", "Tarsk (TRK) rose", "Corvan Bio (NYSE: CRVB)": a
        # listed company (not a results row's "Amara Velkonen (KEL) 1:58.20", a person's
        # and a country's code; an exchange named before the code tells a ticker)
        return True
    if i >= 2 and tokens[i - 1].text == "/" and _credited(tokens, i - 2, lex):
        return True  # "Photo: Ana Vell/X": the photographer's agency
    if _body_before(tokens, i, lex) or _body_apposed(tokens, j, lex):
        return True  # "the Dublin firm X", "X, the state company that ..."
    if (
        before == "of"
        and j > i
        and _employs_one_before(tokens, i, lex)
        and not lex.is_place(key(cand.text))
    ):
        return True  # "Ilse Marwick of Orvik Halvorsen said": her employer
    if i == j and _maker_by(tokens, i, lex):
        return not is_given_name(key(cand.text))  # "engines built by X", not "by Ana"
    # "the chairman of Hong Kong-based X": X's place
    at = _described_from(tokens, i) if "-" in before else i
    if at >= 2 and tokens[at - 1].key == "of" and _officer_of(tokens, at - 2, lex):
        return True  # "the chief executive of X", "the chairman of X": X employs them
    if at < i and at >= 2 and _employed_at(tokens[at - 1], tokens[at - 2], lex):
        return True  # "analysts at Oslo-listed X"
    if before == "of" and _deal_of(tokens, i, lex):
        return not lex.is_place(key(cand.text))  # "the sale of X to Y" (not "of Crimea")
    if (before == "on" or before in lex.rating_words) and i >= 2 and _rated(tokens, i, lex):
        # "Moody's downgraded X", "cut its rating on X" (not a state: "downgraded Greece";
        # a city's name may be a company's: "downgraded Lincoln")
        return not (_state_or_region(key(cand.text), lex) or _given_name_opens(tokens, i, lex))
    if (before == "with" or before in lex.buying_verbs) and _bought(tokens, i, lex):
        # "agreed to buy X", "a merger with X" (not "buy Derby", "buy Ana Vell from Y",
        # "buy Kelby Farm": a site; nor a player's transfer: "buy Vellano from Harnby")
        return not (
            _site_named(cand, lex)
            or lex.is_place(key(cand.text))
            or _given_name_opens(tokens, i, lex)
            or _transferred(tokens, cand)
        )
    if i >= 2 and _employed_at(tokens[i - 1], tokens[i - 2], lex):
        # "analysts at X", "an economist at X", "an analyst with X": X employs them (not
        # "staff at X airport", nor "told reporters at Kelby Park": a site's name)
        return not (_site_named(cand, lex) or nxt in lex.kind_heads)
    k = i - 1 - (before == "the")  # the "in" of "in (the) X"
    if k >= 1 and tokens[k].key == "in":
        if tokens[k - 1].key in lex.publication_nouns:
            return True
        if tokens[k - 1].key == "published":
            return _journal(tokens, k - 1, cand, lex)  # "findings published in X"
    if (nxt == "and" and _other_bodies(tokens, j, lex)) or _claimed(tokens, j):
        return True
    if j + 1 < n:
        after = tokens[j + 1]
        if (nxt in lex.consensus_nouns or cand.tokens[j].key in MARKET_HEADS) and (
            _market_street(tokens, cand, lex) or _consensus_of(tokens, cand, lex)
        ):
            return True  # "Wall Street fell", "Wall Street's expectations": the market
        if nxt in lex.market_verbs and moved(tokens, j + 1):
            # "the index in X fell"; "X rose 3 points in the polls": a candidate
            return not (_things_listed_of(tokens, i) or _standing_moved(tokens, cand, j + 1, lex))
        if moved_up_or_down(tokens, j + 1) and not _state_or_region(key(cand.text), lex):
            # "X was down 1.5 percent"; not "Ana Vell was down 3 points in the polls", nor
            # "Ohio was up 4 percent in jobless claims": a state's figures
            return not (_things_listed_of(tokens, i) or _standing_moved(tokens, cand, j + 2, lex))
        if after.lower and nxt in lex.company_verbs:
            # "X sells", "X and Y merged"; not "the plant in X employs 900", "the towns of
            # X and Y merged": what the verb tells of is a thing of theirs
            return not _things_listed_of(tokens, i)
        if nxt in _BE and j + 2 < n and _company_verb_ing(tokens[j + 2], lex):
            # "X is buying the UK's TSB Bank", "X was selling its stake"; not "Maria Lopez is
            # buying a new car": a person's full name
            return not _given_name_opens(tokens, i, lex)
        passive = nxt in _BE or nxt == "agreed" or nxt in _LISTING
        after_list = _after_the_list(tokens, j + 1) if passive else -1
        if after_list >= 0 and _taken_over(tokens, after_list, lex):
            # "X was nationalised", "X and Y were taken over by the state", "X agreed to be
            # bought by Y"; not "the plant in X was sold": a thing of theirs
            return not _things_listed_of(tokens, i)
        if (nxt in _LISTING or before in _LISTING) and _before_plural_body(tokens, i, j, lex):
            return True  # "the Colorado and National parties", "the Kelby and Tarsk clubs"
        if nxt == "group" and after.lower and before == "the":
            return True  # "the Ostrel State group": a group, though named like a state
        if (
            after.lower
            and i >= 1
            and _owner_before_a_body(tokens[i - 1])
            and _body_noun_after(tokens, j + 1, lex)
        ):
            # "the Xinhua news agency said", "his Velkor Unity party", "Vell's X party"
            return not lex.is_place(key(cand.text))
        if (nxt in lex.press_nouns or nxt == "news") and _press_speaks(tokens, cand, lex):
            return True  # "Nordposten newspaper reported", "Velkor News Agency said"
        if after.text == "," and _which_trades(tokens, j + 2, lex):
            # "X, which makes tyres,": a company (a person is "who"); not "a plant in
            # Oshawa, Ontario, which makes trucks": "which" is the plant's, the state a place
            return not (_things_listed_of(tokens, i) and _region_told(tokens, i, lex))
        if cand.tokens[j].possessive and nxt in lex.company_nouns:
            return not _market_noun(tokens, j + 2, lex)  # not "Mumbai's stock market"
        if after.lower and (
            cand.tokens[j].possessive  # "X's domestic sales": see _described_company_noun
            or nxt in _staff_words(lex)
            or (nxt.endswith("s") and _plural_staff(nxt))  # "X analysts": see _staff_or_unit
        ):
            if nxt in lex.company_kin and j + 2 < n:
                # "Airbus parent EADS", "Velkor rival Tarsko": a company's kin is a company;
                # not a person's rival ("Tom Rask rival Ana Vell won the final"), nor a
                # person the kin's word names ("Kelby parent Ana Vell said": a school's parent)
                return (
                    tokens[j + 2].cap
                    and key(cand.text) not in lex.countries
                    and not _given_name_opens(tokens, i, lex)
                    and not _given_name_opens(tokens, j + 2, lex)
                )
            if nxt in lex.results_nouns:
                # "X profit falls 20 percent", "X earnings beat forecasts": a company's
                # results, though named like a town; a state's are its economy's ("Kenya
                # revenue")
                return not (key(cand.text) in lex.countries or key(cand.text) in lex.capitals)
            if cand.tokens[j].possessive and _described_company_noun(tokens, j + 1, lex):
                # "X's domestic sales", "X's largest plant"; not "Ana Vell's annual earnings"
                return not (lex.is_place(key(cand.text)) or _given_name_opens(tokens, i, lex))
            if _officer_title(tokens, j + 1, lex):
                return True
            if (
                (nxt in lex.title_words or nxt in lex.staff_titles)  # see _on_staff
                and _on_staff(tokens, j + 1, lex)
                and not lex.is_place(key(cand.text))
            ):
                return True  # "Varo economist Ana Vell" (not "Ohio senator Tom Rask")
            if _staff_or_unit(after, lex) and not lex.is_place(key(cand.text)):
                return True  # "X analysts expect", "the X unit" (not "Kelby workers")
            if nxt in lex.member_nouns and not lex.is_place(key(cand.text)):
                return True  # "Boko Haram fighters", "Renewal lawmakers" (not "Ohio lawmakers")
            if nxt in lex.volunteer_nouns and not lex.is_place(key(cand.text)):
                # "Red Cross volunteers"; not "Ana Vell volunteers": a candidate's campaign
                return not _given_name_opens(tokens, i, lex)
        elif after.cap:
            if _officer_before_name(tokens, j + 1, lex):
                return not lex.is_place(key(cand.text))  # "X Chairman Ana Vell": her firm
            if service_number(tokens, j + 1, lex):
                return not lex.is_place(key(cand.text))  # "Nordavia Flight 88": its carrier
    if _listed_price_moves(tokens, cand, lex) or _listed_company_clause(tokens, cand, lex):
        return True  # "X and Velkor fell 5 percent", "X and Velkor cut 4,000 jobs"
    if (
        j + 1 < n
        and tokens[j + 1].lower
        and tokens[j + 1].word  # the clause's first word: see _company_clause
        and not _thing_of_before(tokens, i)
        and not (before == "the" and _modifies_a_noun(tokens, i, j))
        and _company_clause(tokens, j + 1, lex, subject=cand)
        and not _state_or_region(key(cand.text), lex)
    ):
        # "X cut 4,000 jobs", "X also raised its dividend", "X agreed to merge" (not "Texas
        # cut output")
        return True
    if before == "the" and j > i and _site_speaks(tokens, cand, lex):
        return True  # "the National Hurricane Center said": the agency, not its building
    if j + 2 < n and nxt in _SPEECH_VERBS:
        # "X said it would", not "X, it was" nor "the embassy in X said it": the embassy
        placed = before in lex.place_prepositions
        return _said_it(tokens, j + 2, lex) and not placed
    if j + 2 < n and tokens[j + 2].key == "its":
        # "X and its partners", "X, its parent, said": a body; not "Ana Vell, its
        # engineer, said": a person's full name, whose apposition tells a post at the body
        # "its" names
        return nxt == "and" or (nxt == "," and not _given_name_opens(tokens, i, lex))
    return nxt in ("shares", "stock") and not tokens[j + 1].cap


def _described_from(tokens: list[Token], i: int) -> int:
    """Where the place glued to a participle right before the name at `i` starts ("Hong"
    of "Hong Kong-based X", "Oslo-listed X"), or `i` when none stands there."""
    if i < 1 or "-" not in tokens[i - 1].text or not participle_after(tokens[i - 1]):
        return i
    at = i - 1
    while at > 0 and tokens[at - 1].cap and tokens[at - 1].text[0].isalpha():
        at -= 1
    return at


def _described_place(cand: Candidate) -> bool:
    """Whether the name is a place split off the participle glued to it ("Calgary" of
    "Calgary-based Velkor said it", "Oslo" of "analysts at Oslo-listed Velkor"): it tells
    where the name after it is based or listed, and the cues around are that name's."""
    last = cand.tokens[cand.last].text
    return (
        "-" in last
        and last != cand.text.rsplit(" ", 1)[-1]
        and bool(participle_after(cand.tokens[cand.last]))
    )


def _maker_by(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the name at `i` is the agent of a participle of making, owning, running or
    paying for ("engines built by X", "the ferry operated by X", "a deal financed by X",
    "a vaccine made by Japan's X"): who makes, owns, runs or pays is a body or a person,
    no place, though named like a town."""
    if i >= 1 and tokens[i - 1].possessive and tokens[i - 1].key in lex.countries:
        i -= 1  # "made by Japan's X": the maker's country
    return i >= 2 and tokens[i - 1].key == "by" and tokens[i - 2].key in lex.maker_participles


def _rated(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a word of a credit rating stands right before the name at `i`, or before
    "on" and the name ("Moody's downgraded X to junk", "cut its rating on X"): a borrower
    rated, a company, or a state the gazetteer names."""
    before = tokens[i - 1]
    if before.key == "on":
        before = tokens[i - 2]
    return before.lower and before.key in lex.rating_words


def _dealt_in_a_country(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether the country's possessive at `at` stands where a company's cue places what
    is traded: after a stake's noun and "in" or "of", a verb of buying or merging, or a
    deal's noun and "of" ("a stake in Brazil's ...", "to buy Spain's ...", "the sale of
    Japan's ..."): the name after it is that country's company."""
    return tokens[at].key in lex.countries and (
        held_in(tokens, at, lex.stake_nouns)
        or _bought(tokens, at, lex)
        or _deal_of(tokens, at, lex)
    )


def _deal_of(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether a deal's noun and "of" stand right before `at` ("the sale of", "the merger
    of"): what follows is what is dealt in."""
    return at >= 2 and tokens[at - 1].key == "of" and tokens[at - 2].key in lex.deal_nouns


def _bought(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a verb of buying or merging stands right before the name at `i`, or before
    "with" and the name ("Velkor agreed to buy X", "will acquire X", "a merger with X",
    "merged with X"): what is bought or merged with is a company, though named like a
    town."""
    before = tokens[i - 1]
    if before.key == "with" and i >= 2:
        before = tokens[i - 2]
    return before.lower and before.key in lex.buying_verbs


def _market_street(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a street's name is the subject of a market's or a session's verb that tells
    of trading ("Wall Street fell on Tuesday as banks slid", "Bay Street closed higher"):
    the market that trades there, which rises and falls as no street does; not "Main
    Street closed for the festival", "Bourbon Street fell silent"."""
    after = tokens[cand.last + 1].key
    return (
        cand.tokens[cand.last].key in MARKET_HEADS
        and (after in lex.market_verbs or after in SESSION_VERBS)
        and traded(tokens, cand.last + 1)
    )


def _consensus_of(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a noun of analysts' forecasts follows the name's possessive, or a street's
    name ("beat Velkor's expectations", "twice Wall Street estimates"): the market's or a
    firm's consensus, no place's; not a person's ("Ana Vell's expectations"), nor a
    verb after a town ("Kelby estimates the damage at $3 million")."""
    j = cand.last
    last = cand.tokens[j]
    return (
        j + 1 < len(tokens)
        and tokens[j + 1].key in lex.consensus_nouns
        and tokens[j + 1].lower
        and (last.possessive or last.key in MARKET_HEADS)
        and not _given_name_opens(tokens, cand.first, lex)
    )


def _unit_sited_in(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a noun of a company's unit and "in" stand before the name at `i` ("its sales
    unit in Torrance", "a subsidiary in Kelby"): where the unit is, a place, as "the
    unit of X" names its owner."""
    return tokens[i - 1].key == "in" and tokens[i - 2].key in lex.unit_nouns


def _site_named(cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name ends in a site's or a place's head ("Ostmark Farm", "Kelby Park"):
    a site, which is bought or worked at as a company is."""
    last = cand.tokens[cand.last].key
    return last in lex.facility_heads or last in lex.place_heads


def _transferred(tokens: list[Token], cand: Candidate) -> bool:
    """Whether one word bought stands before "from" and a name ("agreed to buy Vellano from
    Harnby for 40 million euros"): as often a player a club sells as a company its owner
    does, so the verb tells nothing of its kind; a company listed on an index still is
    one."""
    j = cand.last
    return (
        cand.first == j
        and j + 2 < len(tokens)
        and tokens[j + 1].key == "from"
        and tokens[j + 2].cap
        and not is_listed_company(key(cand.text))
    )


def _stocks_in(tokens: list[Token], i: int) -> bool:
    """Whether "stocks in" stands before the name at `i` ("Stocks in Frankfurt fell",
    "stocks in Velkor and Tarsk rose"): a market's stocks, in the place it trades; a
    company's are its shares or its stock ("shares in Velkor", "stock in Velkor")."""
    return tokens[i - 1].key == "in" and tokens[i - 2].key == "stocks"


def _maker_before_its_model(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the one-word name is a maker's before its model's number in figures, after
    "a" or before a product's noun or the model's name, or before a variant's number
    ("a Velkor 737 crashed", "the Velkor 787 Dreamliner", "Velkor 767 jets", "the Velkor
    737-800 landed"): the product, which names no actor (as
    "the Velkor A380" does not); the maker is one where the text names it alone. Not a
    count ("sent Velmar 200 emails", "sold Velkor 200 jets": see _count_given), a year
    nor an index ("the Ostra 300 fell"), nor a
    maker in the possessive ("Velkor's 787 Dreamliner flew"): the company owns the model."""
    j = cand.last
    if cand.first != j or j + 2 >= len(tokens) or tokens[j].possessive:
        return False
    number = tokens[j + 1]
    if not (number.text[:1].isdigit() and model_number(number)):
        return False  # most names: no number after them (asked first: cheap); a year
    if _count_given(tokens, j, lex):
        return False
    after = tokens[j + 2]
    article = j >= 1 and tokens[j - 1].key in ("a", "an")
    named = (
        after.cap
        and not after.function
        and not calendar_word(after.text)
        and after.key not in lex.index_words  # "the Velkor 500 Index"
    )
    variant = "-" in number.text  # "the Velkor 737-800 landed": no count nor index so made
    return article or named or variant or (after.lower and after.key in lex.product_nouns)


def _count_given(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a verb of giving stands before the name at `j` and the number after it
    counts products in the plural ("The lessor sold Velkor 200 jets", "leased Tarsk 120
    planes"): the name receives them, an actor; not when the things go to another ("sold
    Velkor 737 jets to Kelby Air": the maker's model)."""
    if j < 1 or tokens[j - 1].key not in lex.giving_verbs:
        return False
    noun = tokens[j + 2].key
    to_another = j + 3 < len(tokens) and tokens[j + 3].key in ("to", "for")
    return noun.endswith("s") and noun[:-1] in lex.product_nouns and not to_another


def _listed_price_moves(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name is on a list of names before a market's verb that moves them by
    an amount, or before "also" and such a verb, or before "up" or "down" and an amount
    ("Ana Vell Group and Tarsk fell 5 percent", "Ostrel Lynch also rose 2 percent",
    "Bolton and Derby were down 3 percent"), a word that sums the list up between
    ("X and Y both fell 9 percent", "X, Y and Z all rose"): share prices or indexes, whatever the
    names' shapes; no person falls 5 percent. Not on a list after a preposition ("exports
    to Kelby and Velkor fell 5 percent": the exports moved), nor a country's, a state's or
    a region's name ("Ohio and Michigan were down 2 percent in jobless claims": their
    figures; a town may name a company, "Preston and Wigan were down 3 percent")."""
    k = cand.last + 1
    if k >= len(tokens) or not (
        tokens[k].cap or tokens[k].key in _LISTING or tokens[k].key in SUMMING
    ):
        return False  # most names: neither a list nor "also" goes on (asked first: cheap)
    listed = _after_the_list(tokens, k)
    k = _past_summing(tokens, listed)  # "X and Y both fell", "X also rose"
    if not 0 <= k < len(tokens) or k == cand.last + 1:
        return False  # right after the name, the caller asked already
    if tokens[k].key in lex.market_verbs:
        move = k if moved(tokens, k) else -1
    else:  # "were down 3 percent": the move is the word after the verb of being
        move = k + 1 if moved_up_or_down(tokens, k) else -1
    if move < 0 or _standing_moved(tokens, cand, move, lex):
        return False
    listed_before = cand.first > 0 and tokens[cand.first - 1].key in _LISTING
    summed = k > listed and (listed > cand.last + 1 or listed_before)
    return not (
        _things_listed_of(tokens, cand.first)
        or _state_or_region(key(cand.text), lex)
        or ((summed or share_of_their_own(tokens, move)) and _two_words_of_a_person(cand, lex))
    )


def _two_words_of_a_person(cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name has two words of a person's shape: on a list summed up before its
    move ("Ana Vell and Tom Rask both fell 9 percent") or before a share of something of
    theirs ("each lost 5 percent of their body weight"), people, who each do things;
    companies so summed are named by their trade ("Coleridge Financial and Ashby Mutual
    both fell"), and a list not summed up stays of prices ("Marta Ostrel and Tarsk fell 5
    percent")."""
    return cand.last == cand.first + 1 and _could_be_person(cand, lex)


def _listed_company_clause(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name is on a list of names, the last right before a clause of a
    company's deed (see _company_clause): "Toyota and Honda cut 4,000 jobs", "Santander
    and Banco Galicia closed their branches" ("Tarsk and Velkor cut 4,000 jobs"), each a
    company as the last is. Not on a list after a preposition ("In Leeds and York ...")."""
    k = cand.last + 1
    if k >= len(tokens) or tokens[k].key not in _LISTING:
        return False  # most names: no list goes on after them (asked first: cheap)
    k = _after_the_list(tokens, k)
    if k < 0 or not (tokens[k - 1].cap and tokens[k].lower):
        return False
    return _company_clause(tokens, k, lex, True, cand) and not _things_listed_of(tokens, cand.first)


def _deals_tell(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a deal its clause tells of makes the subject a company: not a person's full
    name ("Ana Vell agreed to buy Tarsk", "Ana Vell announced a merger"), nor a place the
    gazetteer knows ("Leeds and Bradford agreed to merge": councils, whose kind the place
    keeps)."""
    return not (_given_name_opens(tokens, cand.first, lex) or lex.is_place(key(cand.text)))


def _things_listed_of(tokens: list[Token], i: int) -> bool:
    """Whether a preposition stands before the name at `i` or before the list of names it
    is on: what a verb after them tells of is a thing of theirs ("exports to Kelby and
    Velkor fell", "stocks in Leeds and Bolton fell"; see _thing_of_before)."""
    b = _before_the_list(tokens, i)
    return b >= 0 and tokens[b].key in _MOVED_THINGS_OF


def _before_the_list(tokens: list[Token], i: int) -> int:
    """The index of the word before the list of names the name at `i` is on (capitalised
    words, commas and "and" back from it: "exports to Kelby, Tarsk and X"), or -1 when
    the list opens the sentence or runs past the few words a list takes."""
    for b in range(i - 1, max(i - 1 - _LISTED_WORDS, -1), -1):
        if not (tokens[b].cap or tokens[b].key in _LISTING):
            return b
    return -1


def _standing_moved(tokens: list[Token], cand: Candidate, verb: int, lex: Lexicon) -> bool:
    """Whether the move at `verb` (a market's verb, or "up" or "down") after the name is a
    standing's, no price's: in a tally ("rose 3 points in the polls"), or of a name of a
    person's shape by points ("Ana Vell was down 3 points": a candidate's or a player's),
    where a company named so moves by percent ("Morgan Vell fell 3 percent")."""
    if _in_the_polls(tokens, verb, lex):
        return True
    return not moved_by_percent(tokens, verb) and _given_name_opens(tokens, cand.first, lex)


def _in_the_polls(tokens: list[Token], verb: int, lex: Lexicon) -> bool:
    """Whether a tally's noun closes the few words after a move at `verb` ("rose 3 points
    in the polls", "gained 4 percent in a survey", "fell 5 percent behind in the count",
    "rose 500 points in the rankings"): a candidate's or a player's standing, no price."""
    return any(t.key in lex.standing_tallies for t in tokens[verb + 3 : verb + 7])


def _described_company_noun(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether a word in lower case and a company's figures or sites stand at `at`, after a
    name's possessive ("X's domestic sales", "X's net profit", "X's largest plants"): what
    only a company has, described (a company's noun that its deeds take too: not "Ana
    Vell's former chief", whose chief of staff it may be)."""
    noun = tokens[at + 1].key if at + 1 < len(tokens) else ""
    return (
        noun in lex.company_nouns
        and noun in lex.company_objects
        and tokens[at].lower
        and not tokens[at].function
    )


def _modifies_a_noun(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name from `i` to `j` stands between "the" and a word in lower case that
    is no adverb nor auxiliary ("the Kelby plant will cut 300 jobs", "the Tarsk mill ran
    at half capacity"): it names the noun after it, whose clause tells nothing of the
    name (a town's plant or a company's: other cues tell which). Not "the Dorsk reportedly
    cut 300 jobs", "the Dorsk already cut 300 jobs": the name's own clause."""
    if i < 1 or j + 1 >= len(tokens) or tokens[i - 1].key != "the":
        return False
    after = tokens[j + 1]
    if not (after.lower and after.word):
        return False
    k = after.key
    return not (k in SUMMING or k in _AUXILIARIES or k in _ADVERBS or adverb(k))


# adverbs no suffix shows ("still", "never", "already"), as tense reads them
_ADVERBS = frozenset(table("timex_tense_cues.json")["perfect_adverbs"])


def _thing_of_before(tokens: list[Token], i: int) -> bool:
    """Whether a preposition stands before the name at `i`: what a verb after it tells of
    is a thing of the name's, named before it ("the index in X fell", "exports to X
    fell", "rates from Y to X rose"), not the name."""
    return i >= 1 and tokens[i - 1].key in _MOVED_THINGS_OF


def _deed(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether a company's verb in lower case stands at `at`, after a name: "(X) bought",
    "(X) sold", "(X) hired": what companies do, and people too ("Ana Vell sold her
    stake")."""
    return at < len(tokens) and tokens[at].lower and tokens[at].key in lex.company_verbs


def _spelled_out_before(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether initials in brackets spell the words in lower case right before them ("a
    submarine-launched ballistic missile (SLBM)", "weapons of mass destruction (WMD)",
    "unmanned aerial vehicles (UAVs)", "decentralized finance (DeFi)": the capitals of a
    short form in mixed case), a hyphened word's first part alone maybe
    ("twenty-foot equivalent units (TEU)"), the first maybe opening the sentence
    ("Foreign direct investment (FDI) rose"): the text defines a common noun's short
    form, no actor; a name's initials follow it in capitals ("the Kelby Freight Union
    (KFU)")."""
    i = cand.first
    if i != cand.last or i < 2 or tokens[i - 1].text != "(" or i + 1 >= len(tokens):
        return False
    letters = cand.text.removesuffix("s")
    if tokens[i + 1].text != ")" or not letters.isalpha():
        return False
    if not letters.isupper():
        # "decentralized finance (DeFi)": the capitals of a short form in mixed case, each
        # with one small letter at most ("De", "Fi"); longer syllables coin a brand's name
        # ("a fintech startup (FinStar)", "a video platform (VidPort)")
        capitals = [at for at, c in enumerate(letters) if c.isupper()]
        if len(capitals) < 2 or capitals[0] != 0:
            return False
        ends = [*capitals[1:], len(letters)]
        if any(end - at > 2 for at, end in zip(capitals, ends, strict=True)):
            return False
        letters = "".join(letters[at] for at in capitals)
    words: list[Token] = []
    for token in reversed(tokens[max(0, i - 2 - 2 * len(letters)) : i - 1]):
        if not ((token.lower or token.initial) and token.word):
            break
        words.insert(0, token)
        if token.initial:
            break  # the sentence's first word
    spelled = initials(p for t in words for p in t.text.split("-"))
    content = initials(
        p for t in words if t.key not in lex.function_words for p in t.text.split("-")
    )
    whole = initials(t.text for t in words)  # "twenty-foot equivalent unit (TEU)"
    return any(s.upper().endswith(letters) for s in (spelled, content, whole)) and bool(words)


def _press_noun_after(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a name no given name opens stands before a noun of the press in lower case
    ("Tarsk's official Velpress news agency reported", "the VENA agency", "the Kelby
    Courier newspaper"): the paper or the agency, though a title stands before it. Initials
    in capitals are an agency's though they spell a given name ("the official ANA news
    agency"). Not a town the paper is of: one the gazetteer knows ("the Lagos newspaper"),
    or one word after "a" or "the" ("a Tarsk broadcaster said")."""
    i, j = cand.first, cand.last
    opening = tokens[i]  # an agency's initials may spell a given name ("KUNA")
    if j + 2 >= len(tokens) or cand.tokens[j].possessive:
        return False
    noun = tokens[j + 1]
    if noun.lower and noun.key == "news":
        noun = tokens[j + 2]  # "news agency", "news channel"
    if not (noun.lower and (noun.key in lex.press_nouns or noun.key == "agency")):
        return False  # most names (asked first: cheap)
    if is_given_name(opening.key) and not opening.text.isupper():
        return False
    if lex.is_place(key(cand.text)):
        return False
    return not (
        i == j and not opening.text.isupper() and i and tokens[i - 1].key in ("a", "an", "the")
    )


def _news_source(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a name of a paper's or an agency's shape is told as the source of news:
    after "according to", "a report by" (or "from") or "polled by", before "reported"
    and "that", "on", a day or a comma, before "said in a report", "quoted" or ", citing"
    (or another of citing_words: ", quoting"), or after
    "told" when an article of another language opens it ("told Le Matin she ..."). A
    paper's shape: one word that is no given name, no place and no common word
    ("Velkorbladet"), or such an article and one word that is no given name ("El
    Diario", "La Voz"). People are told with their full names first, and "according to
    Ana Vell" keeps its given name."""
    i, j = cand.first, cand.last
    if j > i + 1:
        return False  # no paper's shape
    before, nxt = keys_around(tokens, i, j)
    if not (nxt in _SOURCE_VERBS or before in _SOURCE_BEFORE or nxt == ","):
        return False  # (most names) no source's place: asked before the words after are
    after = [t.key for t in tokens[j + 1 : j + 5]]
    cites = nxt == "," and len(after) > 1 and after[1] in lex.citing_words  # ", citing"
    if nxt == "," and before not in _SOURCE_BEFORE and not cites:
        return False
    words = [t.key for t in tokens[i : j + 1]]
    if j == i:
        if is_given_name(words[0]) or lex.is_place(words[0]) or words[0] in common_words():
            return False
    elif words[0] not in lex.press_articles or is_given_name(words[1]):
        return False
    if before == "to" and i >= 2 and tokens[i - 2].key == "according":
        return True
    if before in ("by", "from") and i >= 2 and tokens[i - 2].key in _REPORTS:
        return True  # "a report by X" (not "an essay by X": its writer's)
    if before == "by" and i >= 2 and tokens[i - 2].key in lex.gathering_verbs:
        return True  # "analysts polled by X", "estimates compiled by X": who gathers figures
    reported = after[1] if after[:1] == ["reported"] and after[1:2] else ""
    if reported and (reported in ("that", "on", ",") or reported in lex.non_names):
        return True  # "X reported that", "X reported Monday"
    if after[:2] == ["said", "in"] and after[3:4] and after[3] in lex.publication_nouns:
        return True
    if after[:1] == ["quoted"] or cites:
        return True  # "X quoted the minister as saying", "X, citing officials, said"
    return j > i and before == "told"


_SOURCE_VERBS = frozenset({"reported", "said", "quoted"})
_SOURCE_BEFORE = frozenset({"to", "told", "by", "from"})
_REPORTS = frozenset({"report", "reports"})


def _venue(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether the "at" at `at` follows a verb of where something happened, its object's
    name between them or none: "held at", "took place at", "face New Zealand at"."""
    k = at - 1
    while k > 0 and tokens[k].cap and not tokens[k].initial:
        k -= 1
    return k >= 0 and tokens[k].lower and tokens[k].key in lex.venue_verbs


def _dateline_agency(tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens[i..j] stand in the brackets that end a wire story's dateline, before
    its dash or the story's first word: the news agency that sent the story ("LONDON
    (Reuters) - ...", "Kelby, Feb 1 (Velnap) Four ...")."""
    if not (i >= 1 and tokens[i - 1].text == "(" and j + 2 < len(tokens)):
        return False
    after = after_dateline(tokens, 0, len(tokens)) if tokens[j + 1].text == ")" else None
    # the story's first word after the bracket, or after its dash ("-", "--", or ".-" as
    # Spanish agencies glue it: "(Velnap).- The ...")
    marks = tokens[j + 2 : after] if after is not None else []
    if marks and marks[0].text == "." and len(marks) > 1:
        marks = marks[1:]
    return after is not None and j + 2 <= after <= j + 4 and all(t.text in DASHES for t in marks)


def _opening_agency(tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens[i..j] alone in brackets open the story before its dash and its first
    capitalised word, with no town before them: the news agency that sent it, as some
    agencies' copy opens ("(Velnap) — Velkor Inc. tumbled ...", "(Harrowberg) -- ...");
    a town bracketed with its country ("(KELBY, Tarsk) — ...") has a comma after it. One
    word, no given name: a speaker's name opens a transcript so ("(Ana Vell) — Thank you")."""
    if not (
        i == j == 1 and tokens[0].text == "(" and j + 3 < len(tokens) and tokens[j + 1].text == ")"
    ):
        return False
    if is_given_name(tokens[i].key) and not tokens[i].text.isupper():
        return False  # "(Ana) — Thank you": the speaker
    k = j + 2
    while k < len(tokens) and tokens[k].text in DASHES:
        k += 1
    return j + 2 < k < len(tokens) and k <= j + 4 and tokens[k].cap


def _site_speaks(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether "the" and a name of two words or more ending in a site's head ("Center",
    "Centre", "Observatory") stand before a verb of saying, warning or measuring: a
    building does not speak, the agency or institute housed there does ("the Kelby Storm
    Center said", "the Ostrel Observatory warned", "the Kelby Flood Warning Centre in
    Tarsk said", "the Velkor Seismic Observatory has recorded"), nor is it told as the
    source ("according to the Kelby Storm Center") or as the one data come from ("data
    from the Velda Seismology Center"). After "the" no person's name stands ("Tomas Hall
    said" stays a speaker)."""
    i, j = cand.first, cand.last
    if not (j > i >= 1 and tokens[i - 1].key == "the" and tokens[j].key in lex.facility_heads):
        return False
    if i >= 3 and tokens[i - 2].key == "to" and tokens[i - 3].key == "according":
        return True
    if i >= 3 and tokens[i - 2].key == "from" and tokens[i - 3].key in lex.sourced_nouns:
        return True
    k = _past_its_town(tokens, j + 1)
    if k < len(tokens) and tokens[k].key in _PERFECT:
        k += 1  # "has issued", "had forecast"
    return k < len(tokens) and tokens[k].key in _ANNOUNCING


def _past_its_town(tokens: list[Token], k: int) -> int:
    """Where the clause goes on after "in" and the capitalised name of a town at `k` ("the
    Warning Centre in Tarsk said"); `k` when none stands there."""
    if k + 1 >= len(tokens) or tokens[k].key != "in" or not tokens[k + 1].cap:
        return k
    end = k + 1
    while end < len(tokens) and tokens[end].cap:
        end += 1
    return end


_PERFECT = frozenset({"has", "had", "have"})
_ANNOUNCING = _SPEECH_VERBS | {
    *("warned", "warns", "announced", "reported", "forecast", "forecasts", "predicted"),
    *("issued", "issues", "recorded", "records", "measured", "estimated", "estimates"),
}
_REACH_IT = 8  # the most words between a verb of saying and the "it" of its subject
_OTHER_SUBJECTS = frozenset({"he", "she", "they", "his", "her", "their", "i", "we"})
_EMPTY_IT = frozenset({"is", "was", "'s", "seems", "seemed", "appears", "appeared"})


def _market_noun(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a noun of a market or an index stands at `k`, after "stock" or "share": "X's
    stock market", "X's share index" are a place's, no company's stock."""
    return (
        k < len(tokens)
        and tokens[k].lower
        and (tokens[k].key in _MARKETS or tokens[k].key in lex.index_words)
    )


_MARKETS = frozenset({"market", "markets", "exchange", "exchanges"})


def _said_it(tokens: list[Token], at: int, lex: Lexicon, its_only: bool = False) -> bool:
    """Whether "it" or "its" is the first pronoun from `at` on, after a verb of saying,
    with only words in lower case, dates and times between ("X said on Monday that it
    would", "X said in a statement its sales fell"): the speaker is a body. Not after
    another name, a mark or another pronoun ("X said Vardo and its partners", "X said
    he"), nor an "it" of no one after words ("X said that it was a shame"); with
    `its_only`, an "it" only before what a company does ("X said it would cut 4,000
    jobs"; "Ana Vell said it was over" is a person's "it")."""
    for k in range(at, min(at + _REACH_IT, len(tokens))):
        token = tokens[k]
        if token.key == "its":
            return True
        if token.key == "it":
            after = tokens[k + 1].key if k + 1 < len(tokens) else ""
            if its_only:  # "X said it would cut 4,000 jobs": still a company's "it"
                return _company_clause(tokens, k + 1, lex)
            return k == at or after not in _EMPTY_IT
        if token.key in _OTHER_SUBJECTS or not (token.lower or (token.cap and token.nameless)):
            return False
    return False


def _taken_over(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether a verb of being, or "agreed to be", stands at `at` before a participle of a
    company's change of owner ("was nationalised", "were taken over", "agreed to be
    bought"): what is so bought or taken over is a company. A participle a person takes
    too ("was bought": a player) counts only after "agreed to be" and before "by" and a
    buyer's name, no club's ("agreed to be bought by Velkor Holdings"; not "agreed to be
    sold to Kelby City", "agreed to be bought by Kelby Rovers": a player). Any buyer
    after "by" is a body ("taken over by the state"; not "taken over by grief")."""
    agreed = tokens[at].key == "agreed" and [t.key for t in tokens[at + 1 : at + 3]] == ["to", "be"]
    k = at + 3 if agreed else at + 1
    if not (agreed or tokens[at].key in _BE) or k >= len(tokens):
        return False
    two = f"{tokens[k].key} {tokens[k + 1].key}" if k + 1 < len(tokens) else ""
    if tokens[k].key in lex.taken_over:
        by = k + 1
    elif two in lex.taken_over:
        by = k + 2
    elif agreed and tokens[k].key in lex.sold_off:
        return _bought_by_a_body(tokens, k + 1, lex, named=True)
    else:
        return False
    return _bought_by_a_body(tokens, by, lex, named=False)


def _bought_by_a_body(tokens: list[Token], by: int, lex: Lexicon, named: bool) -> bool:
    """Whether "by" at `by` and a buyer that is a body follow a participle of a change of
    owner: a name no club's ("by Velkor Holdings"; not "by Kelby Rovers"), or the state
    ("by the government", "by the state"). With no "by", only a buyer not `named` asked."""
    if by >= len(tokens) or tokens[by].key != "by":
        return not named
    m = by + 1
    if m < len(tokens) and tokens[m].cap:
        while m + 1 < len(tokens) and tokens[m + 1].cap:
            m += 1
        return tokens[m].key not in lex.club_words
    state = tokens[m + 1].key if m + 1 < len(tokens) and tokens[m].key == "the" else ""
    return state in lex.generic_bodies or state == _STATE


_STATE = "state"  # "taken over by the state": the government as a buyer


def _company_verb_ing(token: Token, lex: Lexicon) -> bool:
    """Whether the word is a company's verb in its form in "-ing" ("buying", "selling",
    "acquiring", "shipping"), whose present company_verbs list ("buys", "acquires")."""
    k = token.key
    if not (token.lower and k.endswith("ing") and len(k) > 5):
        return False
    stem = k[:-3]
    undoubled = stem[:-1] if stem[-1] == stem[-2] else stem  # "shipping": "ship"
    return any(f in lex.company_verbs for f in (stem + "s", stem + "es", undoubled + "s"))


def _company_clause(
    tokens: list[Token],
    at: int,
    lex: Lexicon,
    listed: bool = False,
    subject: Candidate | None = None,
) -> bool:
    """Whether the words from `at` on, in lower case or figures, hold a verb and a noun of
    what a company has as its object (see company_objects): "cut 4,000 jobs", "posted a
    second-quarter loss", "also raised its dividend", "would cut jobs" (after "X said it").
    A deal is one too, of a `subject` _deals_tell allows (a person buys too, and towns
    merge): buying or merging with a company ("agreed to buy Tarsk": see _bought), or
    merging with no thing as the object ("agreed to merge", "announced a merger"; not
    "agreed to merge their bus services"). What a person says ("said profits fell") tells nothing of the
    speaker; a form of "be" ("it was a loss"), a pronoun of another ("lost her job") or a
    name ends the clause; "their" is the subject's own after a list of names (`listed`: "X
    and Y closed their branches")."""
    verb = False
    objects, merging = lex.company_objects, lex.merging_words
    for k in range(at, min(at + _REACH_OBJECT, len(tokens))):
        token = tokens[k]
        if token.key in _CLAUSE_ENDS and not (listed and token.key == "their"):
            return False
        if token.lower and token.word:
            if verb and token.key in objects:
                nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                return nxt is None or not (nxt.lower and nxt.word) or nxt.function
            if verb and token.key in merging:
                nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                merged = nxt is None or not (nxt.lower and nxt.word) or _no_thing_merged(nxt)
                return merged and (subject is None or _deals_tell(tokens, subject, lex))
            verb = True
        elif token.cap and k > at and _bought(tokens, k, lex):
            # "agreed to buy Tarsk", "will merge with Tarsk": a company's deal
            return subject is None or _deals_tell(tokens, subject, lex)
        elif not (token.text[:1].isdigit() or token.text in _FIGURE_MARKS) or k == at:
            return False
    return False


def _no_thing_merged(token: Token) -> bool:
    """Whether the word after a merging word leaves the merger's parties its subject's ("merge
    on Monday", "merge with"): a function word that determines no thing merged ("merge
    their bus services", "merge the two schools")."""
    return token.function and not (_owner_before_a_body(token) or token.key in ("a", "an"))


_REACH_OBJECT = 6  # the most words from a name or its "it" to the noun its verb takes
_BE = frozenset({"is", "was", "were", "be", "been", "'s", "are"})
_CLAUSE_ENDS = _SPEECH_VERBS | _BE | _OTHER_SUBJECTS  # one look-up for a word of the clause
_FIGURE_MARKS = frozenset({",", "$", "€", "£", "¥"})  # "2,300 jobs", "a $3 billion loss"


def _state_or_region(name: str, lex: Lexicon) -> bool:
    """Whether the gazetteer's place `name` is no city: a country, a state, a province or a
    region ("Texas", "Alberta"), whose government cuts output and jobs as a company does
    ("Texas cut production at its refineries"); a city may name a company too ("Toyota")."""
    return lex.is_place(name) and not is_city(name)


def _region_told(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the place the gazetteer knows at `i` (one word) is a state or a region, or
    follows a town and a comma as an address writes it ("in Oshawa, Ontario"): the place,
    though a city elsewhere bears its name."""
    name = tokens[i].key
    town_before = i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].cap
    return _state_or_region(name, lex) or (town_before and lex.is_place(name))


def _which_trades(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether "which" and a verb of a company's trade stand at `at` ("which makes",
    "which employs")."""
    return (
        at + 1 < len(tokens)
        and tokens[at].key == "which"
        and tokens[at + 1].key in lex.company_verbs
    )


def _other_bodies(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether "and other" and a plural noun of a kind of body follow the name that ends
    at `j`, a word of lower case at most between: "X and other groups", "X and other
    state lenders". The name is one such body, whatever its shape."""
    if j + 3 >= len(tokens) or tokens[j + 1].key != "and" or tokens[j + 2].key != "other":
        return False
    for token in tokens[j + 3 : j + 5]:
        if not token.lower:
            return False
        if _plural_body(token.key):
            return True
    return False


@lru_cache(maxsize=100_000)  # asked of the word before most names: once for each word
def _plural_body(word: str) -> bool:
    """ "groups", "lenders", "parties": a noun of a kind of body in the plural."""
    one = singular(word)
    return one != word and one in lexicon().body_nouns


def _claimed(tokens: list[Token], j: int) -> bool:
    """ "X claimed responsibility": what claims an attack is a group, no place."""
    return (
        j + 2 < len(tokens)
        and tokens[j + 1].key in ("claimed", "claims")
        and tokens[j + 2].key == "responsibility"
    )


def _storm_before(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a word of a storm in lower case stands right before the name ("tropical
    storm X", "typhoon X"): the name is a storm's, no person's."""
    i = cand.first
    return i >= 1 and tokens[i - 1].lower and tokens[i - 1].key in lex.storm_words


def _thing_before(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a noun of a thing in lower case stands right before the name, after "the"
    or a possessive and at most two words ("its obesity drug X", "the navy ship X", "the
    novel X", "her novel The Salt Road"). The name is that thing, no person, body or
    place."""
    i = cand.first
    if i >= 1 and tokens[i - 1].text == "The" and not tokens[i - 1].initial:
        i -= 1  # "her novel The Salt Road": the title's own "The", left out of the name
    if i < 2 or not (tokens[i - 1].lower and tokens[i - 1].key in lex.thing_nouns):
        return False
    for k in range(i - 2, max(i - 5, -1), -1):
        token = tokens[k]
        if token.key in DETERMINERS or token.possessive:
            return True
        if not token.word or token.function:
            return False
    return False


def _styled_model(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a car's body style follows the name, maybe after a word in lower case, or
    after the other names of a list ("the Corvale sedan", "its Corvale and Tessaro
    electric SUVs"): the model, a product, no actor. A maker the text names elsewhere
    stays one (see kinds.made_thing: half the mentions); an airline before "jetliner"
    is its operator, no model ("a Kelby Air jetliner")."""
    n = len(tokens)
    j = cand.last + 1
    while j + 1 < n and tokens[j].key in (",", "and") and tokens[j + 1].mid_capital:
        j += 2  # past the list's other names: "Corvale and Tessaro"
        while j < n and tokens[j].mid_capital:
            j += 1
    if j < n and tokens[j].key in lex.model_styles:
        return True
    return j + 1 < n and tokens[j].lower and tokens[j + 1].key in lex.model_styles  # "electric"


def _field_of_study(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name, of English words only, is a field studied or taught: after a cue
    of study ("studied X", "a degree in X", "professor of X"), maybe on a list it opens
    ("studied Physics, Chemistry and Marine Biology"). A subject is no person, body or
    place; a name no dictionary holds stays ("studied Kelby", "a degree in Tarsk"). The
    cue is looked for first: most names have none, and the dictionary is asked of each
    word of the name (of 11,805 names in 1 MB of news, 20 ms of CPU)."""
    k = cand.first - 1
    while k >= 1 and tokens[k].key in _LISTING:  # back over the list's items before
        k -= 1
        while k >= 0 and tokens[k].cap and not tokens[k].initial:
            k -= 1
    if k >= 1 and tokens[k].key in ("in", "of") and tokens[k].lower:
        k -= 1
    if not (k >= 0 and tokens[k].lower and tokens[k].key in lex.study_cues):
        return False
    also = names_too()
    return all(is_english_word(t.key) or t.key in also for t in tokens[cand.first : cand.last + 1])


def _disease_after(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a noun of a disease in lower case follows a name of one word that no
    gazetteer places ("the Zika virus", "Ebola outbreaks", "an Ebola vaccine"): the name
    is the disease's, no person, body or place ("the Kelby outbreak" is where it is)."""
    j = cand.first
    if cand.last != j or j + 1 >= len(tokens) or tokens[j].possessive:
        return False
    nxt = tokens[j + 1]
    return nxt.lower and nxt.key in lex.disease_nouns and not lex.is_place(tokens[j].key)


def _index_cue(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """ "the X index", "the X stock index", "the X 225 average", "the X 100 Index", "X
    futures", "X crude": a word of an index after the name, with a number or a modifier
    between, makes X a market's benchmark (its level moves like a company's shares, but it
    is neither a company nor a person). Not a name in the possessive: "the Varno Stock
    Exchange's main index" is the exchange's. So is a name after "the" that closes or opens
    a session up or down (see `_session_closed`)."""
    if cand.tokens[cand.last].possessive:
        return False
    the = cand.first >= 1 and tokens[cand.first - 1].key == "the"  # both rules below need it
    if the and _session_closed(tokens, cand):
        return True  # "the X closed lower", "the X ended 2 percent higher"
    if the and _numbered_benchmark_moved(tokens, cand, lex):
        return True  # "the Kelby 300 fell 2 percent"
    for token in cand.tokens[cand.last + 1 : cand.last + 4]:
        if token.key in lex.index_words:
            return True  # "the X index", "the X 100 Index"
        if not token.lower and not token.text.isdigit():
            return False
        if not (token.text.isdigit() or token.key in lex.index_modifiers):
            return False
    return False


def _numbered_benchmark_moved(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a name after "the" ends in the count of its members and a market's verb
    follows ("the Kelby 300 fell 2 percent", "the Velkor & Tarn's 500 rose"): a
    benchmark named by how many shares it holds, as market copy writes it."""
    i, j = cand.first, cand.last
    return (
        j > i >= 1
        and tokens[i - 1].key == "the"
        and cand.tokens[j].text.isdigit()
        and j + 1 < len(tokens)
        and tokens[j + 1].key in lex.market_verbs
    )


def _body_noun_after(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether a noun of a kind of body in lower case, maybe after one lower-case word
    that is no place's noun, stands at `at` and ends the phrase: "(the X) news agency
    said", "(the X) militant group", "(the X) party"; not "(the X) city council", nor a
    noun before another name ("the Dublin firm Velmar": Velmar is the firm)."""
    for k in (at, at + 1):
        if k >= len(tokens) or not tokens[k].lower:
            return False
        if tokens[k].key in lex.body_nouns:
            return not (k + 1 < len(tokens) and tokens[k + 1].cap)
        if tokens[k].key in lex.place_nouns or tokens[k].key in lex.function_words:
            return False
    return False


def _press_speaks(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a noun of the press ("newspaper", "daily") or "news agency" follows the
    name, no "a" before it, and a verb of a subject or a comma after: the paper's name
    ("Nordposten newspaper said", "Tarvik news agency reported"); not "a Kelby
    newspaper said" (a town's paper) nor a known place ("Paris newspaper")."""
    i, j = cand.first, cand.last
    k = j + 1 + (j + 2 < len(tokens) and tokens[j + 1].key == "news")
    if k + 1 >= len(tokens) or not tokens[k].lower:
        return False
    noun, then = tokens[k].key, tokens[k + 1]
    press = noun in lex.press_nouns or (noun == "agency" and k == j + 2)
    if not press or (i >= 1 and tokens[i - 1].key in ("a", "an")):
        return False
    return (then.key in lex.subject_verbs or then.text == ",") and not lex.is_place(key(cand.text))


def _session_closed(tokens: list[Token], cand: Candidate) -> bool:
    """Whether "the" stands before the name and a verb of a trading session and a move
    after it: "The X closed lower", "the X ended the day 1.2 percent higher", "the X opened
    flat". A market report's index, though shaped like a person's name ("the Dow Jones");
    a company's shares move without "the" ("Vardo closed 3 percent higher")."""
    i, j = cand.first, cand.last
    if i < 1 or tokens[i - 1].key != "the" or j + 2 >= len(tokens):
        return False
    if tokens[j + 1].key not in SESSION_VERBS:
        return False
    k = j + 2
    if tokens[k].key == "the" and k + 2 < len(tokens) and tokens[k + 1].key in _SESSIONS:
        k += 2  # "ended the day", "closed the session"
    if tokens[k].key == "at":
        return _level(tokens, k + 1)  # "closed at 5,234.12"; not "closes at noon"
    return tokens[k].key in _MOVES or moved(tokens, k - 1)


def _level(tokens: list[Token], k: int) -> bool:
    """Whether the figure at `k`, after "at", is a level, not a clock time: a number with
    no letters ("9am"), no colon or clock word after it ("17:30", "9 p.m.") and, alone,
    past the hours of a day ("at 9", "at noon" are times; "at 98.5", "at 5,234" levels)."""
    text = tokens[k].text if k < len(tokens) else ""
    after = tokens[k + 1].key if k + 1 < len(tokens) else ""
    if not text.replace(".", "").isdigit() or after == ":" or after in _CLOCK_WORDS:
        return False
    return not (text.isdigit() and int(text) <= 24 and after != ",")


_MOVES = frozenset({"up", "down", "higher", "lower", "flat", "unchanged"})
_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc"})
_SESSIONS = frozenset({"day", "session", "week", "month", "year"})


def _body_before(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a noun of a kind of body, or "rival", stands right before the name at `i`,
    in lower case or opening the sentence: "the firm X", "the Dublin firm X", "the ruling
    coalition X", and in wire copy with no "the": "German carmaker X", "insurers X and Y",
    "Rival X", "Mining giant X". Not after "a" or a person's possessive ("his rival Ana Vell"), nor a noun in
    the possessive ("the carmaker's X plant"), nor before a given name without "the" or a
    modifier ("coal miner Tom Rask": miners, operators and brokers are people too); "a
    bank manager X" has no body's noun before the name."""
    if i < 1:
        return False
    noun = tokens[i - 1]
    if noun.key in _LISTING:
        return _listed_after_bodies(tokens, i - 1, lex) or _named_after_comma(tokens, i - 1, lex)
    if noun.key in _INCLUDING:
        return _included_in_bodies(tokens, i - 1, lex)  # "airlines including X"
    if not (noun.lower or noun.initial) or noun.possessive:
        return False  # "the carmaker's Wolfsburg plant": the carmaker owns what is named
    if not (noun.key in _body_words(lex) or _plural_body(noun.key)):
        return False
    if noun.key in _RIVALS and _given_name_opens(tokens, i, lex):
        return False  # "Tom Rask rival Ana Vell won the final": a player's rival
    if noun.key in lex.personal_body_nouns and _given_name_opens(tokens, i, lex):
        return False  # "Dutch producer Pieter Vell", "the publisher Ana Vell": a person
    before = tokens[i - 2] if i >= 2 else None
    if before is not None and (before.key == "the" or (i >= 3 and tokens[i - 3].key == "the")):
        return True
    if before is not None and before.key in _NOT_A_BODY_S:
        return False
    modified = before is not None and (before.cap or before.demonym)  # "German carmaker X"
    # "the defence group Leonardo", "oil firm Marco": a trade's noun before a body's noun
    # that names no one's work makes a compound no person is called, though a given name
    # follows ("the company Marco founded" has none)
    compound = (
        before is not None
        and before.lower
        and not before.function
        and noun.key not in lex.personal_body_nouns
    )
    return modified or compound or tokens[i].key not in lex.first_names


@cache
def _body_words(lex: Lexicon) -> frozenset[str]:
    """The nouns of a kind of body and of the press ("the newspaper El Faro said"), "rival"
    and "giant": what _body_before asks of the word before a name, in one look-up."""
    return lex.body_nouns | lex.press_nouns | _RIVALS | _GIANTS


def _given_name_opens(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a given name and a capitalised word or a particle ("Pieter van der Berg")
    stand at `i`: a person's full name."""
    if i + 1 >= len(tokens) or not is_given_name(tokens[i].key):
        return False
    after = tokens[i + 1]
    return after.cap or after.key in lex.particles


def _named_after_comma(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the comma at `k` follows "the", "its", "their" or a name's possessive and a
    noun of a kind of body, two words maybe between: "The construction firm, X, said", "the
    ruling party, X,", "Dravik's party, X,", "the national grid operator, X,": the name
    after it is that body's. Not after "his" or "her": "his publisher, X, who" may be a
    person."""
    if tokens[k].text != "," or k < 2:
        return False
    noun = tokens[k - 1]
    if not noun.lower or noun.key not in lex.body_nouns:
        return False
    return any(_owner(tokens[m]) for m in range(k - 2, max(k - 3 - _BODY_MODIFIERS, -1), -1))


_BODY_MODIFIERS = 2  # the most words between an owner and its body's noun ("the national grid")


def _owner(token: Token) -> bool:
    """ "the", a body's possessive pronoun or a name's possessive: what a body's noun after
    it is determined by ("the party", "its unit", "Dravik's party")."""
    return token.key in _DETERMINING or (token.possessive and token.cap)


_DETERMINING = frozenset({"the", "its", "their", "our"})


def _owner_before_a_body(token: Token) -> bool:
    """ "the", a possessive pronoun or a name's possessive before a name and a body's noun:
    the body is the name's ("the X news agency", "his X party", "Ana Vell's X party"),
    whoever leads or owns it."""
    return _owner(token) or token.key in _PERSONS_OWN


_PERSONS_OWN = frozenset({"his", "her", "my", "your"})


def _listed_after_bodies(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the "and" or comma at `k` goes on a list of capitalised names that a plural
    noun of bodies opens: "insurers X, Y and Z", "carmakers X and Y", or a holding in
    them: "shares of X and Y", "stakes in X, Y and Z" (each a company, as the first is)."""
    at = _before_the_list(tokens, k)
    if at < 1:
        return False
    token = tokens[at]
    if token.key in _INCLUDING:
        return _included_in_bodies(tokens, at, lex)  # "airlines including X and Y"
    if token.key in ("in", "of"):
        return (
            held_in(tokens, at + 1, lex.stake_nouns)
            and not _stocks_in(tokens, at + 1)
            and not _unit_sited_in(tokens, at + 1, lex)
        )
    return (token.lower or token.initial) and (_plural_body(token.key) or token.key in _RIVALS)


def _included_in_bodies(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether "including", "like" or "such as" at `k` (its last word) follows a plural
    noun of bodies, a comma maybe between: "airlines including X and Y", "lenders, such as
    X," name those bodies, whatever their names' shapes (a region's, a person's); so does
    "rivals" before a name that opens with no given name ("rivals such as X", not "rivals
    such as Ana Vell": players have rivals too)."""
    first = tokens[k + 1] if k + 1 < len(tokens) else None
    if tokens[k].key == "as":
        if k < 1 or tokens[k - 1].key != "such":
            return False
        k -= 1
    k -= 1 + (k >= 2 and tokens[k - 1].text == ",")
    noun = tokens[k] if k >= 0 else None
    return (
        noun is not None
        and (noun.lower or noun.initial)
        and (
            _plural_body(noun.key)
            or (noun.key in _RIVALS and first is not None and first.key not in lex.first_names)
        )
    )


_LISTED_WORDS = 10  # the most words of a list back to the noun that opens it
_RIVALS = frozenset({"rival", "rivals"})
# "Mining giant X", "the retail giant X": wire copy's word for a big company before its name
# (not a body's noun in an apposition: "X, a giant of the stage," is a person)
_GIANTS = frozenset({"giant", "giants"})
_INCLUDING = frozenset({"including", "like", "as"})  # "as" of "such as"
_NOT_A_BODY_S = frozenset({"a", "an", "his", "her", "my", "your", "our", "their"})


def _employs_one_before(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether "of" after another name stands before the name at `i`: "Ana Vell of X Y
    said" names the body she speaks for (or her home, which the caller asks the gazetteer
    about; a name of one word after "of" is as often an estate or a town: "Gordon of
    Auchleuchries"); not "the Duke of X", "the Bank of X": a title or a body's head, nor
    "Residents of X" opening a sentence, nor a point of the compass capitalised by habit
    ("20 miles Northwest of X": the town a distance is measured from)."""
    if i < 2 or tokens[i - 1].key != "of":
        return False
    owner = tokens[i - 2]
    if owner.initial and owner.key in common_words():
        return False  # "Residents of X": a plain noun, capitalised as it opens a sentence
    if _serves_before(tokens, i, lex):
        return False  # "Governor Ana Vell of X State": the state she governs
    return (
        owner.cap
        and not owner.function
        and owner.key not in lex.kind_heads
        and not lex.is_title_word(owner.key)
        and owner.key not in lex.territorial_titles
        and owner.key not in lex.compass_points
        and not lex.is_place(owner.key)
    )


def _serves_before(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether "of" before the name at `i` follows a person's name after a title of an
    office held for a territory ("Governor Ana Vell of X", "Sen. Tom Rask of X", "Chief
    Minister Ravi Tennal of X", "King Olav of X"): the name is the state, the town or the
    country served, not the body a name before "of" speaks for ("Ana Vell of Kelby
    Mining"); nor is an acronym, a party's shape ("former prime minister Tomas Vell of
    KDP"). "Minister of X" names a portfolio: no name stands between, nor is an English
    word no gazetteer lists a place ("Minister Ana Vell of Finance"). The title is
    capitalised: "our rep Tom Rask of X" is no office's (X his employer, or his home)."""
    served = tokens[i].key
    if tokens[i].text.isupper() or (is_english_word(served) and not lex.is_place(served)):
        return False
    k = i - 2
    named = 0  # the words of the person's name, read back from "of"
    while k >= 0 and named <= _NAME_WORDS:
        token = tokens[k]
        if token.key in lex.constituency_titles or token.key in lex.territorial_titles:
            return named > 0 and token.cap
        if not token.cap or token.function:
            return False
        named += 1
        k -= 1
    return False


_NAME_WORDS = 3  # the most words of a person's name between a title and "of"


def _body_apposed(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether an apposition after the name that ends at `j` is headed by a noun of a kind
    of body: "X, the state company that ...", "X, the country's biggest lender,"; the noun
    is the apposition's head when a function word or a mark follows it ("X, a former bank
    manager," is a person), not a name: in "in X, the state news agency Ostpress said",
    the noun is Ostpress's, and X the place the news came from; nor a verb of a clause
    ("According to Ana Vell, the company has enough cash": the company is its subject)."""
    n = len(tokens)
    if j + 4 < n and tokens[j + 1].text == "(" and tokens[j + 3].text == ")":
        j += 3  # "X (JAD), a group that ...": the name's acronym in brackets between
    if j + 3 >= n or tokens[j + 1].text != ",":
        return False
    if tokens[j + 2].key not in ("the", "a", "an") and not tokens[j + 2].possessive:
        return False  # "X, the state company", "X, Norway's biggest bank"
    for k in range(j + 3, min(j + 7, n)):
        token = tokens[k]
        # "X, the state copper giant,": a giant after a word of its trade (not "X, a giant
        # of the stage," a person)
        giant = token.key in _GIANTS and k > j + 3
        if token.lower and (token.key in lex.body_nouns or giant):
            nxt = tokens[k + 1] if k + 1 < n else None
            # "X, a yacht charter firm based in Y", "X, a company owned by Y": a participle
            # of the body's seat or owner ends the noun phrase too
            if nxt is not None and (nxt.key in _AUXILIARIES or nxt.key in _CLAUSE_ENDS):
                return False  # "According to X, the company has ...": the clause's subject
            return (
                nxt is None
                or nxt.function
                or not (nxt.lower or nxt.lead)
                or nxt.key in lex.body_participles
            )
        if token.function or not token.word:
            return False
    return False


def _credited(tokens: list[Token], last: int, lex: Lexicon) -> bool:
    """Whether a credit names someone ending at `last`: "Photo: Ana Vell", "(Picture by A.
    N. Vell", "Reporting by Ana Vell", a byline ("By Lena Park and Tomas Brandt"): the
    capitalised words (and initials, commas and "and") back to a credit word and its colon
    or "by", or to a "By" opening the line."""
    k = last
    while k > 0 and (tokens[k].cap or tokens[k].text in _CREDIT_LISTS or tokens[k].key == "and"):
        k -= 1
    if k == 0 and k < last and tokens[0].key == "by":
        return True  # "By Lena Park and Tomas Brandt": a byline
    return (
        k < last
        and k >= 1
        and tokens[k].key in (":", "by")
        and (tokens[k - 1].key in lex.credit_words)
    )


_CREDIT_LISTS = frozenset({".", ","})  # "Photo: A. N. Vell, Tom Rask and ..."


def _employed_at(link: Token, job: Token, lex: Lexicon) -> bool:
    """Whether a job and "at" stand before a name ("an economist at X"), or a job a body
    employs someone in and "with" ("an analyst with X": "the president with X" is
    company, not employment)."""
    if link.key == "at":
        return _job(job, lex)
    return link.key == "with" and (job.lower or job.initial) and job.key in lex.staff_titles


def _job(token: Token, lex: Lexicon) -> bool:
    """A title or occupation written in lower case, or opening a sentence ("Analysts")."""
    return (token.lower or token.initial) and lex.is_title_word(token.key)


def _officer_title(
    tokens: list[Token], i: int, lex: Lexicon, case: Callable[[Token], bool] = _LOWER
) -> int:
    """How many words a company officer's title takes that opens tokens[i:] in lower case
    ("spokesman", "chief executive", "vice president"), or in the `case` asked: the name
    before it is the officer's company. 0 for none."""
    if tokens[i].key not in first_words(lex.officer_titles):
        return 0  # most words open no title: the joins below are for the few that do
    longest = 0
    for n, token in enumerate(tokens[i : i + 3], 1):
        if not case(token):
            break
        if " ".join(t.key for t in tokens[i : i + n]) in lex.officer_titles:
            longest = n
    return longest


def _officer_before_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a company officer's title in title case opens tokens[i:] before a
    capitalised name ("Chairman Ana Vell", "Chief Executive Tom Rask"): the name before
    the title is the officer's firm, as wire copy glues it on ("Velmar Adams Chairman Ana
    Vell said")."""
    size = _officer_title(tokens, i, lex, _CAP)
    after = i + size
    return bool(size) and after < len(tokens) and tokens[after].cap and not tokens[after].titled


def _officer_of(tokens: list[Token], last: int, lex: Lexicon) -> bool:
    """Whether a company officer's title, a job a body employs someone in or a role in a
    team ends at `last`, in lower case or opening the sentence ("the chief executive",
    "Chairman", "an economist", "coach"), or written in capitals ("CEO", "CFO"): the name
    after its "of" is a company, a club or another body. Not a title of
    office ("the mayor of X", "the president of X" are of places too)."""
    words: list[str] = []
    for token in tokens[max(last - 2, 0) : last + 1][::-1]:
        if not (token.lower or token.initial or token.text.isupper()) or not token.word:
            break
        words.insert(0, token.key)
        if " ".join(words) in lex.officer_titles:
            return True
    # "the coach of X", "captain of X": a team's roles too
    return len(words) > 0 and (words[-1] in lex.staff_titles or words[-1] in lex.squad_roles)


def _on_staff(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a job a body employs someone in ("economist", "senior analyst") stands at
    tokens[i], then a capitalised word: the name before it is that person's employer."""
    k = i + (tokens[i].key in lex.title_words and tokens[i].key not in lex.staff_titles)
    return (
        k + 1 < len(tokens)
        and tokens[k].lower
        and tokens[k].key in lex.staff_titles
        and tokens[k + 1].cap
    )


def _staff_or_unit(token: Token, lex: Lexicon) -> bool:
    """A body's staff in the plural ("analysts", "employees") or a unit of a company
    ("unit", "subsidiary"): the name before it is a company's."""
    k = token.key
    return k in lex.unit_nouns or (k.endswith("s") and _plural_staff(k))


@cache
def _staff_words(lex: Lexicon) -> frozenset[str]:
    """The words in lower case after a name that make it a company's in _company_cue, but
    a plural of staff and a word after a possessive: its kin ("parent"), its results, its
    officers' and its staff's titles, its units, members and volunteers ("X profit", "X
    spokesman", "X economist Ana Vell", "the X unit", "X fighters"), in one look-up."""
    return (
        lex.company_kin
        | lex.results_nouns
        | first_words(lex.officer_titles)
        | lex.title_words
        | lex.staff_titles
        | lex.unit_nouns
        | lex.member_nouns
        | lex.volunteer_nouns
    )


@lru_cache(maxsize=100_000)  # asked of the word after most names: once for each word
def _plural_staff(word: str) -> bool:
    """ "analysts", "employees": a body's staff in the plural."""
    return singular(word) in lexicon().staff_titles


def _joined_around_nicknames(
    tokens: list[Token], cands: list[Candidate], halves: dict[str, tuple[str, str]]
) -> list[Candidate]:
    """The candidates with each name around a quoted nickname joined into one, its two
    halves written together ('Ana "Duchess" Marsh' is Ana Marsh), and no name inside the
    nickname ("the Falcon"): one person's name, as a body takes no nickname. Each joined
    name's halves go into `halves`: the person's other names ("Ana", "Marsh")."""
    nicknamed = list(_nicknamed(tokens, cands))
    if not nicknamed:
        return cands
    joined = {
        given.first: Candidate(
            tokens,
            given.first,
            surname.last,
            given.start,
            surname.end,
            f"{given.text} {surname.text}",
            given.title_cue,
        )
        for given, surname in nicknamed
    }
    for given, surname in nicknamed:
        halves[key(joined[given.first].text)] = (given.text, surname.text)
    parts = {c.first for pair in nicknamed for c in pair}
    return [
        joined.get(c.first, c)
        for c in cands
        if c.first in joined
        or not (c.first in parts or any(a.last < c.first < b.first for a, b in nicknamed))
    ]


def _nicknamed(tokens: list[Token], cands: list[Candidate]):
    """'Tarek "the Falcon" Ossaya', "Joss 'Red' Varnel": a name, a nickname of a few words
    in quotation marks, a name; the two names, one person's (a body takes no nickname
    between its words)."""
    for cand in cands:
        j = cand.last + 1
        if j >= len(tokens) or tokens[j].text not in OPENING_QUOTES or tokens[j].attached:
            continue
        for k in range(j + 2, min(j + 2 + NICKNAME_WORDS, len(tokens) - 1)):
            if tokens[k].text in CLOSING_QUOTES and tokens[k].attached:
                # the name that opens right after the quote (looked for only here: few
                # names have a quote after them); the last of two that open there (the
                # halves of a hyphened pair, "Kenya-Uganda", share a token)
                surname = next((c for c in reversed(cands) if c.first == k + 1), None)
                if surname is not None and not tokens[k + 1].attached:
                    yield cand, surname
                break
            if not tokens[k].word:
                break


def _codes(tokens: list[Token], cands: list[Candidate], personal: list[bool]) -> set[int]:
    """The indexes of the candidates that are codes in capitals in brackets right after a
    person's name of two words or more, as results and lists of athletes or candidates
    give a country, a team or a party ("Ana Vell (KEN) 3:53.11", "Tomas Reyes (GBR)"): the
    person's side for the table, no other name of the person and, where the text names it
    nowhere else, no actor of its own; nor is a company's ticker and the market before it
    ("Velkor Mining (NYSE: VKM)", "(Nasdaq:VLKR)"), which name the shares, not the market."""
    found: set[int] = set()
    for i in range(1, len(cands)):
        cand, before = cands[i], cands[i - 1]
        at = cand.first
        # one mark between the names ("(", ":"), as a ticker, an instrument's code and a
        # person's code have (asked first: most names stand farther apart)
        marked = before.last == at - 2
        if marked and _ticker(tokens, before, cand):
            found.update((i - 1, i))
            continue
        if at == cand.last and code_after_an_exchange(tokens, at):
            found.add(i)  # "(Nasdaq: HLV)": the market no name, the shares' code no actor
            continue
        if marked and _instrument_code(tokens, before.last):
            found.add(i)  # "Velkor (VLK.L)": the shares' code on their market, no actor
            continue
        if (
            at == cand.last
            and marked
            and before.last > before.first
            and personal[i - 1]
            and tokens[at - 1].text == "("
            and at + 1 < len(tokens)
            and tokens[at + 1].text == ")"
            and cand.text.isupper()
            and cand.text.isalpha()
        ):
            found.add(i)
    return found


def _instrument_code(tokens: list[Token], last: int) -> bool:
    """Whether an instrument's code stands alone in brackets after the name ending at
    `last`, as Reuters copy writes a listed company's ("Velkor Mining (VKM.L)", "Tarsk
    Motors (7203.T)", "Velse Boerse (VB1Gn.DE)"): letters or figures, a dot and the
    market's letters. The name is a company's; the code names its shares. Not a degree or
    a state's letters ("Ana Vell (Ph.D)", "Tom Rask (R.I)"): a code has two capitals or
    figures before its dot at least."""
    if last + 3 >= len(tokens) or tokens[last + 1].text != "(" or tokens[last + 3].text != ")":
        return False
    code = INSTRUMENT_CODE.fullmatch(tokens[last + 2].text)
    return code is not None and sum(c.isupper() or c.isdigit() for c in code[1]) >= 2


def _ticker(tokens: list[Token], market: Candidate, code: Candidate) -> bool:
    """Whether `market` and `code` stand as "(NYSE: VKM)" or "(Kelby Stock Exchange: VKM)":
    a market, a colon and a code in capitals, alone in brackets."""
    at = market.first
    return (
        at > 0
        and code.first == market.last + 2
        and code.last == code.first
        and tokens[at - 1].text == "("
        and tokens[market.last + 1].text == ":"
        and code.first + 1 < len(tokens)
        and tokens[code.first + 1].text == ")"
        and code.text.isupper()
    )


def _bracketed(tokens: list[Token], cands: list[Candidate], coded: Collection[int], lex: Lexicon):
    """ "European Aeronautic Defence and Space Company (EADS)": the pair of keys; not a
    person's code that is no initials of the name's words, or of its capitalised ones
    ("Ana Vell (KEN)"; "(AV)" is, "(VOV)" of "Voice of Velmora" and "(PRV)" of "Partido
    Renovador de Velmora", named like a person too)."""
    for n, (long, short) in enumerate(zip(cands, cands[1:], strict=False)):
        j = long.last + 1
        if short.first != j + 1:
            continue  # most names: not one mark between them, as both rules need
        # "Voice of Velmora (VOV)" spells every word; "Partido Renovador de Velmora (PRV)"
        # leaves out a particle in lower case
        # a person's code: only initials of the name's words
        if n + 1 in coded and short.text not in spelled_initials(long.text.split()):
            continue
        if (
            tokens[j].text == "("
            and short.last + 1 < len(tokens)
            and tokens[short.last + 1].text == ")"
            and short.first == short.last
            and (
                _abbreviates(short.text, long.text)
                or _foreign_initials(short, long, lex)
                or ticker_after(tokens, long.first, long.last, lex)  # "Tarsk (TRK)"
            )
        ) or short_form_apposed(tokens, long, short):  # "the Kelby Central Bank, KCB,"
            yield key(long.text), key(short.text)


def _foreign_initials(short: Candidate, long: Candidate, lex: Lexicon) -> bool:
    """Whether `short`, in brackets after a body's name of two words or more, is the
    body's initials in its own language ("the Republican People's Party (CHP)", "the
    General Confederation of Labour (CGT)"): capitals of two to six letters, whose letters
    need not run through the English name."""
    text = short.text
    if long.last == long.first or not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return False
    words = [t.key for t in long.tokens[long.first : long.last + 1]]
    head = next(
        (words[p - 1] for p in range(1, len(words)) if words[p] in ("of", "for")), words[-1]
    )
    return head in lex.org_heads or head in lex.body_heads


# what may stand around an alias phrase: "X, also known as Y", "X (aka "The Y")"
_ALIAS_MARKS = frozenset({",", "(", "the", '"', "'", "\u201c", "\u2018"})


def _also_named(tokens: list[Token], cands: list[Candidate], lex: Lexicon):
    """ "Daresh Holdings, also known as Tarvex", "the Velka Expressway (formerly the Dunmore
    Parkway)": the keys of a name and another name of it that an alias phrase right after
    it gives, and True: one actor. "Tulsa, once known as Quorvik", "York was known as Eboracum":
    the keys and False, a name it had or has among some, often the place of another time:
    an actor of its own, of the same kind. Not a name that only qualifies what follows
    ("Ruiz, formerly Vesta's chief", "formerly Vesta chairman"), nor one after "of" ("the
    old square of Ostrel, known as the Amber Yard": the phrase names what the name is of)."""
    openers = first_words(lex.alias_phrases)
    for first, other in zip(cands, cands[1:], strict=False):
        at = first.last + 1
        while at < other.first and tokens[at].key in _ALIAS_MARKS:
            at += 1
        opener = tokens[at].key if at < other.first else ""
        if opener not in openers and opener not in lex.naming_words:
            continue  # most names have no alias phrase between them: no words to join
        words = [t.key for t in tokens[at : other.first] if t.key not in _ALIAS_MARKS]
        same = " ".join(words) in lex.alias_phrases
        if not same and "known" in words:  # "X, once known as Y", "X was known as Y"
            named = lex.naming_words.issuperset(words[: words.index("known")])
            if not (named and words[words.index("known") + 1 :] == ["as"]):
                continue
        elif not same:
            continue
        if first.first and tokens[first.first - 1].key == "of":
            continue
        after = tokens[other.last + 1] if other.last + 1 < len(tokens) else None
        qualifies = after is not None and after.lower and lex.is_title_word(after.key)
        if not (other.tokens[other.last].possessive or qualifies):
            yield key(first.text), key(other.text), same


def _abbreviates(short: str, long: str) -> bool:
    """Whether the letters of `short` run through `long` from the start of one of its words."""
    letters = "".join(ch for ch in short.lower() if ch.isalpha())
    words = long.lower().split()
    return bool(letters) and any(
        _subsequence(letters, " ".join(words[i:]))
        for i in range(len(words))
        if words[i][0] == letters[0]
    )


def _subsequence(letters: str, text: str) -> bool:
    pos = 0
    for ch in letters:
        pos = text.find(ch, pos) + 1
        if not pos:
            return False
    return True


def _default_by_article(actors: list[Actor], groups: list[list[Form]]) -> None:
    """A one-word name nothing in the text typed, in an article whose typed names are
    mostly places (a travel guide, a history: "walk from Coppergate to the Shambles",
    "he fled to Sardica"), is a place rather than the organisation news would guess; not
    an initialism ("IATA") nor a word with a capital inside ("WestJet"), bodies' shapes,
    nor a name the text makes a speaker ("Maersk and Velkor said vessels were diverted"):
    no town speaks but for its government, and a capital the gazetteer types already."""
    places = bodies = 0
    for actor in actors:
        if not actor.kind_guessed:
            places += actor.kind == "place"
            bodies += actor.kind == "organization"
    if places < _PLACES_PER_BODY * bodies + _PLACES_MORE:
        return
    for actor, group in zip(actors, groups, strict=True):
        name = actor.name
        if (
            actor.kind_guessed
            and actor.kind == "organization"
            and " " not in name
            and not _INNER_CAPITAL.search(name)
            and not any(f.speaks for f in group)
        ):
            actor.kind = "place"


def _fullest(forms: list[Form]) -> Form:
    """The form an actor is named by: the longest, the most mentioned of equals; the one
    form of most actors, with nothing to compare."""
    if len(forms) == 1:
        return forms[0]
    return max(forms, key=lambda f: (len(f.words), len(f.key), len(f.mentions)))


def _an_event(actor: Actor, forms: list[Form], lex: Lexicon) -> bool:
    """An event or an honour (see kinds.names_an_event), or a work or a product the text
    calls one (see kinds.made_thing): listed no more than a date is."""
    if actor.kind != "other":
        return False
    return made_thing(forms) or names_an_event(_fullest(forms), actor.kind, lex)


def _without_events(actors: list[Actor], groups: list[list[Form]], lex: Lexicon):
    """The actors but events, honours, works and products (see _an_event); a short form
    merged into an event that does not hold its head stays an actor of its own (the town
    "Kessaly" of "the Kessaly Film Festival")."""
    for actor, group in zip(actors, groups, strict=True):
        if not _an_event(actor, group, lex):
            yield actor
            continue
        rest = [
            f
            for f in group
            if not (f.made or f.spelled_out or any(an_event_head(w, lex) for w in f.words))
        ]
        if rest:
            yield _actor(rest, lex)


def _generic_body(forms: list[Form], lex: Lexicon) -> bool:
    """Whether every form of a name is a kind of body alone, maybe after a demonym ("the
    Government said", "the Opposition", "Spanish Court Orders Retrial"): capitalised by a
    house style or a headline, it names no one body. Merged into a name that has one ("the
    Cairo Criminal Court ... the Court") it stays that name's short form."""
    return all(
        f.words[-1] in lex.generic_bodies and lex.demonyms.issuperset(f.words[:-1]) for f in forms
    )


def _actor(
    forms: list[Form], lex: Lexicon, halves: dict[str, tuple[str, str]] | None = None
) -> Actor:
    name = _fullest(forms)
    mentions = sorted(chain.from_iterable([f.mentions for f in forms]))
    roles = _distinct_roles([r for f in forms for r in f.roles])
    aliases = []
    for form in forms if len(forms) == 1 else sorted(forms, key=lambda f: f.first):
        if form is not name and form.surface not in aliases:
            aliases.append(form.surface)
        # 'Ana "Duchess" Marsh': "Ana" and "Marsh" are names of hers too
        if halves and form.key in halves:
            aliases.extend(h for h in halves[form.key] if h not in aliases)
    kind, guessed = kind_of(forms, name, lex)
    return Actor(
        id="",
        name=_shown(name, kind, lex),
        kind=kind,
        kind_guessed=guessed,
        roles=roles,
        aliases=aliases,
        mentions=mentions,
    )


def _shown(name: Form, kind: str, lex: Lexicon) -> str:
    """The name as the actors' list shows it: a place a gazetteer knows, written only in
    capitals by a dateline ("NEW YORK, May 4 (Reuters) -"), as the list of cities writes it
    ("Port-au-Prince", "McAllen"), else in title case, its particles in lower case ("Rio de
    Janeiro"); short ones may be initials ("USA"), and a name whose capitals title case
    would lose ("GUINEA-BISSAU", "MCALLEN") stays as written."""
    shown = name.shown
    if not (shown.isupper() and kind == "place" and len(shown) > 4 and lex.is_place(name.key)):
        return shown
    spelled = city_spelling(name.key)
    if spelled is not None:
        return spelled
    if "-" in shown or shown.startswith(("MC", "MAC")):
        return shown
    return " ".join(
        w.lower() if i and w.lower() in lex.joiners else w.capitalize()
        for i, w in enumerate(shown.split())
    )


def _distinct_roles(roles: list[str]) -> list[str]:
    """Roles without repeats (the first spelling of each set of words); one whose words
    another role holds is left out. Repeats go first: an actor named often has many; most
    have none."""
    if not roles:
        return []
    first_of: dict[frozenset[str], str] = {}
    for role in roles:
        words = frozenset(w for w in _ROLE_WORD.findall(role.casefold()) if w not in _ROLE_STOP)
        first_of.setdefault(words, role)
    return [
        role for words, role in first_of.items() if not any(words < other for other in first_of)
    ]
