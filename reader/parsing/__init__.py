"""The parsing module: article text in, Analysis out.

Pure Python, deterministic, no Textual and no I/O: it takes a string and a
reference date and gives back plain dataclasses (reader.model).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields
from datetime import date
from functools import partial
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from reader.collector import collection_paused
from reader.model import Analysis, Event, TimeExpression

if TYPE_CHECKING:  # concurrent.futures not loaded for an article analysed in place
    from concurrent.futures import Executor

    from reader.parsing.chronology import Clause
    from reader.parsing.text import Span


def analyse(
    text: str,
    published: date | None = None,
    known: Mapping[str, str] | None = None,
    elsewhere: Executor | None = None,
) -> Analysis:
    """Actors, time expressions and the chronology of one article.

    `known` maps names to kinds known from other articles: evidence for actors whose
    text gives none (see reader.parsing.known). `elsewhere`, whose map runs its calls in
    turn in one process of their own (a reader.forked.Forked; a pool could part them, and
    _later_runs reads what _scanned_later left in its process), works out the time
    expressions and the events while this one finds the actors (both read the text
    alone; only the actors of each event wait for both), so
    a long article takes about the longer of the two. It first scans the later part of
    the text into tokens for this one (see reader.parsing.tokens.tokenize), then finds
    the runs of capitalised words of its sentences (see reader.parsing.names.later_runs):
    the actors take longer than the dates. The rules are imported here, not above, so that a
    cached article opens without loading them (and their gazetteers).
    """
    from reader.parsing.actors import find_actors
    from reader.parsing.chronology import cast
    from reader.parsing.text import sentences, unwrapped
    from reader.parsing.tokens import own_sentences

    text = unwrapped(text)  # wrapped lines run on, offsets kept
    with collection_paused():
        # the other process splits the sentences itself: sooner than sending them over
        later = (
            elsewhere.map(
                _then,
                (_scanned_later, _later_runs, _dated_rows),
                repeat(text),
                repeat(published),
            )
            if elsewhere
            else None
        )
        # this one splits only the lines it tokenizes itself (see tokenize)
        spans = own_sentences(text) if later else sentences(text)
        actors = find_actors(text, spans, partial(next, later) if later else None)
        timexes, placed = _from_rows(*next(later)) if later else _dated(text, published, spans)
        events = cast(placed, actors)
    analysis = Analysis(actors=actors, timexes=timexes, events=events)
    if known:
        from reader.parsing.known import with_known_kinds

        analysis = with_known_kinds(analysis, known)
    return analysis


def _dated(
    text: str, published: date | None, spans: list[Span] | None = None
) -> tuple[list[TimeExpression], list[tuple[Event, Clause]]]:
    """The time expressions of the text, and its events but for their actors (a module's
    function: the other process runs it)."""
    from reader.parsing.chronology import placed_events
    from reader.parsing.text import sentences
    from reader.parsing.timex import find_timexes

    with collection_paused():
        spans = sentences(text) if spans is None else spans
        timexes = find_timexes(text, published, spans)
        return timexes, placed_events(text, spans, timexes, published)


def _then(part: Callable[[str, date | None], Any], text: str, published: date | None) -> Any:
    """One part of the work of another process, in its turn (a module's function: that
    process runs it)."""
    return part(text, published)


def _scanned_later(text: str, published: date | None) -> list:
    """The later part of the text scanned into tokens (published: unread)."""
    from reader.parsing.tokens import scanned_later

    with collection_paused():
        return scanned_later(text)


def _later_runs(text: str, published: date | None) -> tuple | None:
    """The runs of capitalised words of the later part's sentences, as this process
    scanned them just before (None where it did not: see names.later_runs; text and
    published: unread)."""
    from reader.parsing.names import later_runs

    with collection_paused():
        return later_runs()


def _dated_rows(text: str, published: date | None) -> tuple[list[tuple], list[tuple]]:
    """What _dated gives, its time expressions and events as tuples of their fields: the
    pipe from the other process pickles and unpickles those several times faster than
    dataclasses (a module's function: that process runs it)."""
    from reader.parsing.tokens import sentences_here

    timexes, placed = _dated(text, published, sentences_here(text))
    return [_TIMEX_FIELDS(t) for t in timexes], [(_EVENT_FIELDS(e), c) for e, c in placed]


def _from_rows(
    timexes: list[tuple], placed: list[tuple]
) -> tuple[list[TimeExpression], list[tuple[Event, Clause]]]:
    return [TimeExpression(*row) for row in timexes], [(Event(*row), c) for row, c in placed]


_TIMEX_FIELDS = attrgetter(*(f.name for f in fields(TimeExpression)))
_EVENT_FIELDS = attrgetter(*(f.name for f in fields(Event)))
