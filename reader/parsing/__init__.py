"""The parsing module: article text in, Analysis out.

Pure Python, deterministic, no Textual and no I/O: it takes a string and a
reference date and gives back plain dataclasses (reader.model).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date

from reader.model import Analysis


def analyse(
    text: str, published: date | None = None, known: Mapping[str, str] | None = None
) -> Analysis:
    """Actors, time expressions and the chronology of one article.

    `known` maps names to kinds known from other articles: evidence for actors whose
    text gives none (see reader.parsing.known). The rules are imported here, not above,
    so that a cached article opens without loading them (and their gazetteers) at all.
    """
    from reader.parsing.actors import find_actors
    from reader.parsing.chronology import build_chronology
    from reader.parsing.text import sentences
    from reader.parsing.timex import find_timexes

    with _cycle_collection_paused():
        spans = sentences(text)
        actors = find_actors(text, spans)
        timexes = find_timexes(text, published, spans)
        events = build_chronology(text, spans, timexes, actors, published)
    analysis = Analysis(actors=actors, timexes=timexes, events=events)
    if known:
        from reader.parsing.known import with_known_kinds

        analysis = with_known_kinds(analysis, known)
    return analysis


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """The analysis holds about 200,000 small objects per MB of text (a token per word) and
    makes no reference cycles; the cycle collector would walk all of them again at every
    full collection, a fifth of the running time. Reference counting still frees memory."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
