"""Kinds of names known from other articles, applied where the text gave no evidence.

An analysis records which actors' kinds were only the parser's default (Actor.kind_guessed).
Names that other articles typed with evidence are better than that default, and never
better than evidence in the text itself: a person who is a person in one article is not an
organisation in the next, and "Jordan" typed as a place by its own text stays a place.
Pure: the mapping is an argument (the library passes what it knows).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from reader.model import Actor, Analysis

KINDS = frozenset({"person", "organization", "place", "group", "other"})


def guessed_names(analysis: Analysis) -> set[str]:
    """The case-folded names and aliases of the actors whose kind is only a guess."""
    return {
        name.casefold()
        for actor in analysis.actors
        if actor.kind_guessed
        for name in (actor.name, *actor.aliases)
    }


def with_known_kinds(analysis: Analysis, known: Mapping[str, str]) -> Analysis:
    """The analysis with each guessed kind replaced by the kind `known` gives for the
    actor's name (or else an alias); names are compared case-folded. Unchanged if none."""
    if not known:
        return analysis
    folded = {name.casefold(): kind for name, kind in known.items() if kind in KINDS}
    actors = [_retyped(actor, folded) for actor in analysis.actors]
    if all(a is b for a, b in zip(actors, analysis.actors, strict=True)):
        return analysis
    return replace(analysis, actors=actors)


def _retyped(actor: Actor, known: Mapping[str, str]) -> Actor:
    if not actor.kind_guessed:
        return actor
    for name in (actor.name, *actor.aliases):
        kind = known.get(name.casefold())
        if kind is not None:
            return replace(actor, kind=kind, kind_guessed=False)
    return actor
