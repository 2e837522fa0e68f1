"""Actors: names, kinds, roles, short forms merged. (First simple version.)"""

from __future__ import annotations

import re

from reader.model import Actor
from reader.parsing.text import Span

_NAME = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*")


def find_actors(text: str, sentences: list[Span]) -> list[Actor]:
    """Every capitalised name not at a sentence start, once, with its mentions."""
    by_name: dict[str, Actor] = {}
    for sentence in sentences:
        for match in _NAME.finditer(text, sentence.start, sentence.end):
            if match.start() == sentence.start:
                continue
            name = match.group()
            actor = by_name.setdefault(name, Actor(id="", name=name, kind="other"))
            actor.mentions.append((match.start(), match.end()))
    actors = sorted(by_name.values(), key=lambda a: -len(a.mentions))
    for number, actor in enumerate(actors, 1):
        actor.id = f"a{number}"
    return actors
