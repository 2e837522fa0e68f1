"""What the actor tests ask of a text: its actors, and the kind each name gets."""

from __future__ import annotations

from reader.model import Actor
from reader.parsing.actors import find_actors
from reader.parsing.text import sentences


def actors_of(text: str) -> list[Actor]:
    return find_actors(text, sentences(text))


def kinds(actors: list[Actor]) -> dict[str, str]:
    return {a.name: a.kind for a in actors}
