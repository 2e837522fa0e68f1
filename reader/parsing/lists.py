"""Names on one list are of one kind: "Ostrel, Varn and Kelby", "Apple, Vardo and Sony".

A name nothing in the text speaks for (a kind reader.parsing.kinds guessed from its shape
alone) takes the kind the other names of its list have, when they agree: "from Tulsa and
Quorvik" makes Quorvik a place, "writers Mark Twain, Selma Lagerlof and Ostrum" makes
Ostrum a person, "Tarvik Ossen and Delmar Quint shares rose" makes the first a company
though it is shaped like a person's name.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.model import Actor
from reader.parsing.forms import Form
from reader.parsing.lexicon import key, lexicon
from reader.parsing.names import Candidate, tells_a_life
from reader.parsing.tokens import Token


def listed(tokens: list[Token], prev: Candidate, cand: Candidate) -> bool:
    """Whether `cand` follows `prev` in a list: "in Ohio and Indiana", "in X, Y and Z",
    "to Asia and the Americas" (a comma alone goes on a list only when another comma or
    "and" follows)."""
    if not near(prev, cand):
        return False  # most names follow one another at a distance no list has
    # the words between are asked first: they join few names (all the tests are pure)
    return _joined_between(tokens, prev, cand) and not (
        # "Ana Vell and Kelby police chief Tom Dorsan": Kelby is the chief's
        _qualifies_a_title(tokens, cand.last + 1)
        # "Ana Vell and Norway's Ilse Marwick": Ilse Marwick is listed
        or _owns_a_name(tokens, cand)
    )


def near(prev: Candidate, cand: Candidate) -> bool:
    """Whether one to three words stand between the two names: as near as names on one
    list stand ("X and Y", "X, and the Y"); `listed`'s first test, which a caller may ask
    before costlier tests of its own."""
    return 0 < cand.first - prev.last - 1 <= 3


def _joined_between(tokens: list[Token], prev: Candidate, cand: Candidate) -> bool:
    """Whether the words between the two names join them as a list does (see `listed`)."""
    between = [t.key for t in tokens[prev.last + 1 : cand.first]]
    if between == [","]:
        j = cand.last + 1
        return (
            j < len(tokens)
            and tokens[j].key in (",", "and")
            and not closes_an_opening(tokens, prev.first, cand)
        )
    if between[-2:] in (["and", "the"], ["or", "the"]):
        between.pop()  # "X and the Y": the article is the second name's
    if between in ([",", "and"], [",", "or"]):
        return _comma_before(tokens, prev)  # "X, Y, and Z"; not "rose in X, and Y fell"
    return between in (["and"], ["or"])


def closes_an_opening(tokens: list[Token], first: int, cand: Candidate) -> bool:
    """Whether the comma between a name opening at `first` and `cand` closes a phrase
    that opens the sentence with a preposition ("In Kelby, Ana Vell and Tomas Ren met",
    "After the final in Kelby, Vell and Ren embraced"): the names after it are the
    subject, no members of a list with the name before nor its region. Not when the names
    after it end before a comma or a place's preposition: "In Kelby, Tarsk and Varn,
    farmers left" lists the places of the opening, "In Kelby, Velsulu on Monday, ..."
    names the town's region; nor when they are single words that no verb of a person
    ("were arrested") nor a company's noun ("shares") follows ("After the storm in Kelby,
    Tarsk and Varn were cut off": the places hit)."""
    lex = lexicon()
    if tokens[0].key not in lex.opening_prepositions:
        return False
    if any(t.text == "," for t in tokens[1:first]):
        return False  # "In Kelby, Tarsk, Varn and Orlo, ...": the comma of a list
    k = cand.last + 1
    while k < len(tokens) and (tokens[k].cap or tokens[k].key in ("and", "or", "the", ",")):
        if tokens[k].text == "," and not (k + 1 < len(tokens) and tokens[k + 1].cap):
            return False  # the opening goes on to a comma: its list of places
        k += 1
    if not (k < len(tokens) and tokens[k].word and tokens[k].key not in lex.after_a_place):
        return False
    two_words = any(tokens[m].cap and tokens[m + 1].cap for m in range(cand.first, k - 1))
    suffered = (
        tokens[k].key in ("was", "were")
        and k + 1 < len(tokens)
        and tokens[k + 1].key in lex.suffered_verbs
    )  # "In Lagos, Okonkwo and Halvarsen were arrested": persons
    owned = tokens[k].lower and tokens[k].key in lex.company_nouns  # "Velcor shares fell"
    return (
        two_words
        or suffered
        or owned
        or tokens[k].key in lex.subject_verbs
        or tells_a_life(tokens, k, lex)
    )


def _comma_before(tokens: list[Token], cand: Candidate) -> bool:
    """Whether a comma stands right before the name: a list of three or more names may
    write one before its "and" too ("X, Y, and Z"); two names with a comma and "and"
    between them stand in two clauses ("prices rose in X, and Y gained")."""
    return cand.first >= 1 and tokens[cand.first - 1].text == ","


def lists(tokens: list[Token], cands: list[Candidate]) -> Iterator[list[str]]:
    """The keys of the names of each list among the candidates of one sentence. Two names
    with a comma alone between them are no list but a name and its apposition ("the head
    of Vardo, Ana Vell, said"): a list of two is joined by "and" or "or", or goes on with
    one after the second ("X, Y and south-eastern Z")."""
    run = [cands[0]]  # (their keys made only for a list yielded)
    joined = False  # "and" or "or" joins two names of the run
    for prev, cand in zip(cands, cands[1:], strict=False):
        if not listed(tokens, prev, cand):
            if len(run) > 2 or (len(run) == 2 and joined):
                yield [key(c.text) for c in run]
            run, joined = [], False
        elif _joined(tokens, cand.first) or _and_after(tokens, cand):
            joined = True  # "X and Y", "X, Y and south-eastern Z"
        run.append(cand)
    if len(run) > 2 or (len(run) == 2 and joined):
        yield [key(c.text) for c in run]


def _qualifies_a_title(tokens: list[Token], at: int) -> bool:
    """Whether a title in lower case of one or two words, then a capitalised word, stands
    at `at`: the name before it says whose title it is ("Kelby police chief Tom Dorsan",
    "the Vardo spokesman Tim Quill"), no member of a list."""
    for k in range(at, min(at + 2, len(tokens) - 1)):
        token = tokens[k]
        if not (token.lower and (token.in_title or token.titled)):
            return False
        if tokens[k + 1].cap:
            return True
    return False


def _owns_a_name(tokens: list[Token], cand: Candidate) -> bool:
    """Whether the name is in the possessive before a capitalised word: the owner of the
    name after it, which is the one a list goes on with."""
    j = cand.last + 1
    return tokens[cand.last].possessive and j < len(tokens) and tokens[j].cap


def _joined(tokens: list[Token], first: int) -> bool:
    """Whether "and" or "or" stands before the name, or before its "the"."""
    before = first - 1 - (tokens[first - 1].key == "the")
    return tokens[before].key in ("and", "or")


def _and_after(tokens: list[Token], cand: Candidate) -> bool:
    """Whether "and" or "or" follows the name: the list goes on past it."""
    j = cand.last + 1
    return j < len(tokens) and tokens[j].key in ("and", "or")


def kinds_of_lists(actors: list[Actor], groups: list[list[Form]], runs: list[list[str]]) -> None:
    """Give each actor whose kind was guessed the one kind that the other actors of its
    lists have from the text, or else that their guesses from their shapes agree on (a
    default organisation takes it then); the actors and the groups of forms they were
    made of go in the same order."""
    if not runs:
        return  # most articles: no list of names of one kind
    actor_of = {
        form.key: actor for actor, group in zip(actors, groups, strict=True) for form in group
    }
    placed = {  # the text places the actor at a mention: "from Tulsa and Quorvik"
        id(actor): any(f.place_cues for f in group)
        for actor, group in zip(actors, groups, strict=True)
    }
    for run in runs:
        members = [actor_of[k] for k in run if k in actor_of]  # not a title's words
        evidenced = {a.kind for a in members if not a.kind_guessed}
        kinds = evidenced or {a.kind for a in members if not _defaulted(a)}
        if len(kinds) != 1:
            continue
        kind = next(iter(kinds))
        lex = lexicon()
        gazetteer = kind == "place" and any(lex.is_place(key(a.name)) for a in members)
        states = gazetteer and all(
            key(a.name) in lex.countries for a in members if not a.kind_guessed
        )
        for actor in members:
            if gazetteer and actor.kind_guessed and actor.name.isupper():
                continue  # "Kenya and the IMF agreed": an acronym beside a country is a body
            if states and actor.kind_guessed and not placed[id(actor)]:
                continue  # "Hamas and Israel agreed": a party beside a state, no country
            if _defaulted(actor) or (evidenced and actor.kind_guessed):
                actor.kind, actor.kind_guessed = kind, False


def _defaulted(actor: Actor) -> bool:
    """Whether the actor is an organisation only because nothing spoke for a kind: a kind
    weaker than one guessed from a name's shape ("Quorvik" of "Tulsa and Quorvik")."""
    return actor.kind_guessed and actor.kind == "organization"
