"""Actors: names found, typed, given roles and merged with their short forms.

The steps, each its own module: names (candidate names per sentence), roles (titles
and appositions), aliases (short forms to full names), kinds (person, place...).
One pass over the sentences, then work on the distinct forms: linear in the text.
"""

from __future__ import annotations

import re

from reader.model import Actor
from reader.parsing.aliases import group_forms
from reader.parsing.forms import Form
from reader.parsing.kinds import kind_of
from reader.parsing.lexicon import Lexicon, key, lexicon
from reader.parsing.names import Candidate, NameFinder, article_evidence
from reader.parsing.roles import RoleFinder
from reader.parsing.text import Span
from reader.parsing.tokens import Token, tokenize

_ROLE_WORD = re.compile(r"[\w'-]+")
_SPEECH_VERBS = frozenset({"said", "says", "told", "added", "asked", "explained", "wrote"})
_ROLE_STOP = frozenset({"the", "of", "for", "to", "a", "an", "and", "in", "on", "at"})


def find_actors(text: str, sentences: list[Span]) -> list[Actor]:
    """Every actor of the text once, most mentioned first, with ids a1, a2, ..."""
    lex = lexicon()
    tokenized = tokenize(text, sentences, lex.function_words)
    finder = NameFinder(text, lex, article_evidence(tokenized))
    role_finder = RoleFinder(text, lex)
    forms: dict[str, Form] = {}
    links: list[tuple[str, str]] = []
    for tokens in tokenized:
        cands = finder.candidates(tokens)
        personal = [_could_be_person(c, lex) for c in cands]
        roles = role_finder.roles(tokens, cands, personal)
        for i, cand in enumerate(cands):
            form = _form(forms, cand)
            form.surfaces[cand.text] += 1
            form.mentions.append((cand.start, cand.end))
            form.roles.extend(roles.get(i, ()))
            cued = personal[i] and (cand.title_cue or i in roles or _speech_cue(tokens, cand))
            form.person_cues += int(bool(cued))
            form.place_cues += _place_cue(tokens, cand, lex)
        links.extend(_bracketed(tokens, cands))
    actors = [_actor(group, lex) for group in group_forms(forms, links, lex)]
    actors.sort(key=lambda a: (-len(a.mentions), a.mentions[0]))
    for number, actor in enumerate(actors, 1):
        actor.id = f"a{number}"
    return actors


def _form(forms: dict[str, Form], cand: Candidate) -> Form:
    k = key(cand.text)
    form = forms.get(k)
    if form is None:
        form = forms[k] = Form(k, tuple(k.split()))
    return form


def _could_be_person(cand: Candidate, lex: Lexicon) -> bool:
    words = [t.key for t in cand.tokens[cand.first : cand.last + 1]]
    if lex.is_place(" ".join(words)) or words[-1] in lex.demonyms or words[-1] in lex.group_nouns:
        return False
    if len(words) == 2 and words[0] in lex.first_names:
        return True  # "Lena Park": a surname that is also a head word
    return not any(w in lex.kind_heads for w in words)


def _speech_cue(tokens: list[Token], cand: Candidate) -> bool:
    """ "Papermaster, 49, ...", "..., said Mehmet Demir": an age or a "said" before a
    full name marks a person."""
    i, j = cand.first, cand.last
    if i >= 1 and j > i and tokens[i - 1].key in _SPEECH_VERBS:
        return True
    if j + 3 < len(tokens) and tokens[j + 1].text == "," and tokens[j + 3].text == ",":
        return tokens[j + 2].text.isdigit() and len(tokens[j + 2].text) <= 3
    return False


def _place_cue(tokens: list[Token], cand: Candidate, lex: Lexicon) -> int:
    """ "in X", "the region of X", "X, California": cues that X is a place."""
    i, j = cand.first, cand.last
    if cand.tokens[j].possessive:
        return 0
    if i >= 1 and not tokens[i - 1].cap and tokens[i - 1].key in lex.place_prepositions:
        return 1
    if i >= 2 and tokens[i - 1].key == "of" and tokens[i - 2].key in lex.place_nouns:
        return 1
    if j + 2 < len(tokens) and tokens[j + 1].text == "," and tokens[j + 2].cap:
        return int(lex.is_place(tokens[j + 2].key))
    return 0


def _bracketed(tokens: list[Token], cands: list[Candidate]):
    """ "European Aeronautic Defence and Space Company (EADS)": the pair of keys."""
    for long, short in zip(cands, cands[1:], strict=False):
        j = long.last + 1
        if (
            short.first == j + 1
            and tokens[j].text == "("
            and short.last + 1 < len(tokens)
            and tokens[short.last + 1].text == ")"
            and short.first == short.last
            and _abbreviates(short.text, long.text)
        ):
            yield key(long.text), key(short.text)


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


def _actor(forms: list[Form], lex: Lexicon) -> Actor:
    name = max(forms, key=lambda f: (len(f.words), len(f.key), len(f.mentions)))
    mentions = sorted(m for f in forms for m in f.mentions)
    roles = _distinct_roles([r for f in forms for r in f.roles])
    aliases = []
    for form in sorted(forms, key=lambda f: f.first):
        if form is not name:
            aliases.append(form.surface)
    return Actor(
        id="",
        name=name.surface,
        kind=kind_of(forms, name, lex),
        roles=roles,
        aliases=aliases,
        mentions=mentions,
    )


def _distinct_roles(roles: list[str]) -> list[str]:
    """Roles without repeats (the first spelling of each set of words); one whose words
    another role holds is left out. Repeats go first: an actor named often has many."""
    first_of: dict[frozenset[str], str] = {}
    for role in roles:
        words = frozenset(w for w in _ROLE_WORD.findall(role.casefold()) if w not in _ROLE_STOP)
        first_of.setdefault(words, role)
    return [
        role for words, role in first_of.items() if not any(words < other for other in first_of)
    ]
