"""Events: dated sentences in time order. (First simple version.)"""

from __future__ import annotations

from reader.model import Actor, Event, TimeExpression
from reader.parsing.text import Span


def build_chronology(
    text: str, sentences: list[Span], timexes: list[TimeExpression], actors: list[Actor]
) -> list[Event]:
    """One event per sentence that holds a dated time expression, in date order."""
    events = []
    for sentence in sentences:
        timex = next(
            (t for t in timexes if sentence.start <= t.start < sentence.end and t.type == "DATE"),
            None,
        )
        if timex is None:
            continue
        inside = [
            a.id
            for a in actors
            if any(sentence.start <= s < sentence.end for s, _ in a.mentions)
        ]
        events.append(
            Event(
                id="",
                date=timex.value,
                timex=timex.id,
                sentence=(sentence.start, sentence.end),
                text=sentence.of(text),
                actors=inside,
            )
        )
    events.sort(key=lambda e: e.date)
    for number, event in enumerate(events, 1):
        event.id = f"e{number}"
    return events
