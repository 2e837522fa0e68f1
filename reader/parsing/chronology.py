"""The chronology: what happened when, in time order.

Each clause anchored by a calendar date becomes an event with that date (a
range for "from June 27 to 29", "June 27-29", "until June 29", "since 2004"),
a short summary (the clause, not the sentence) and the actors it mentions.
A sentence without a date that opens with an order cue ("In the wake of...",
"Earlier, ...") is placed just before or after the nearest dated one, with a
date such as "before 2023-06-27". Durations, sets, PRESENT_REF-style values and
the dates a figure is compared with ("up 8% from a year earlier") stay off the
timeline. Events are sorted by where their date starts (its middle or end when the text says
"mid-" or "the end of"); ties keep text order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date
from functools import cache

from reader.model import Actor, Event, TimeExpression
from reader.parsing import clauses
from reader.parsing.alternation import words
from reader.parsing.calendar_values import is_calendar, placed_key, range_end, sort_key, stretch
from reader.parsing.comparison import is_comparison_base
from reader.parsing.data import table
from reader.parsing.precompiled import compiled
from reader.parsing.tense import tense_at
from reader.parsing.text import Span

Clause = tuple[int, int]  # where an event's clause starts and ends in the text


def build_chronology(
    text: str,
    sentences: list[Span],
    timexes: list[TimeExpression],
    actors: list[Actor],
    published: date | None = None,
) -> list[Event]:
    """Events in time order, numbered e1, e2, ... in that order.

    `published` lets "will run until June 29" start on the day of writing.
    """
    return cast(placed_events(text, sentences, timexes, published), actors)


def event_dates(text: str, timexes: list[TimeExpression]) -> list[TimeExpression]:
    """The expressions that date events: days and times of the calendar, not the dates a
    figure is compared with ("up 8% from a year earlier")."""
    return [
        t
        for t in timexes
        if t.type in ("DATE", "TIME") and is_calendar(t.value) and not is_comparison_base(text, t)
    ]


def placed_events(
    text: str, sentences: list[Span], timexes: list[TimeExpression], published: date | None = None
) -> list[tuple[Event, Clause]]:
    """The events of build_chronology, each with the span of its clause, and no actors yet
    (see cast): all that the dates and the text tell, so that it can be worked out while
    the actors are being found."""
    dated = event_dates(text, timexes)
    keyed: list[tuple[tuple, Event, Clause]] = []
    undated: list[Span] = []
    for sentence, inside in _by_sentence(sentences, dated):
        if inside:
            keyed += _dated_events(text, sentence, inside, published)
        else:
            undated.append(sentence)
    keyed += _cued_events(text, undated, dated)
    keyed.sort(key=lambda placed: placed[0])
    for number, (_, event, _) in enumerate(keyed, 1):
        event.id = f"e{number}"
    return [(event, clause) for _, event, clause in keyed]


def cast(placed: list[tuple[Event, Clause]], actors: list[Actor]) -> list[Event]:
    """The events, each with the actors mentioned in its clause."""
    mentions = _Cast(actors)
    for event, clause in placed:
        event.actors = mentions.within(*clause)
    return [event for event, _ in placed]


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cues = table("chronology_cues.json")
    tail = r"(?:\s+|\s*,\s*)\Z"
    return {
        "until": compiled(rf"(?<![\w-]){words(cues['until'], fold=True)}{tail}"),
        "since": compiled(rf"(?<![\w-]){words(cues['since'], fold=True)}{tail}"),
        "range_start": compiled(rf"(?<![\w-]){words(cues['range_start'], fold=True)}{tail}"),
        "joiner": compiled(r"\s*(?:-|–|—|(?i:to|until|till|through|and))\s*"),
        "phrase": compiled(rf"(?:{words(cues['earlier_phrase'], fold=True)})\s+"),
        "clause": compiled(rf"(?:{words(cues['earlier_clause'], fold=True)})\s+"),
        "earlier": compiled(rf"(?:{words(cues['earlier_adverb'], fold=True)})\s*,?\s+"),
        "later": compiled(rf"(?:{words(cues['later_adverb'], fold=True)})\s*,?\s+"),
        "comma": compiled(r",\s"),
        # the words any of the four cues above opens with, to pass over most sentences at once
        "cue": compiled(
            words(
                cues["earlier_phrase"]
                + cues["earlier_clause"]
                + cues["earlier_adverb"]
                + cues["later_adverb"],
                fold=True,
            )
        ),
    }


def _by_sentence(sentences: list[Span], dated: list[TimeExpression]):
    """Each sentence with the dated expressions that start in it (both lists in text order)."""
    index = 0
    for sentence in sentences:
        while index < len(dated) and dated[index].start < sentence.start:
            index += 1
        inside = []
        while index < len(dated) and dated[index].start < sentence.end:
            inside.append(dated[index])
            index += 1
        yield sentence, inside


class _Cast:
    """Actor mentions in text order, to list the actors of a clause by bisection."""

    def __init__(self, actors: list[Actor]):
        self.mentions = sorted((s, e, a.id) for a in actors for s, e in a.mentions)
        self.starts = [m[0] for m in self.mentions]
        self.seen: dict[tuple[int, int], list[str]] = {}

    def within(self, start: int, end: int) -> list[str]:
        if (start, end) in self.seen:
            return list(self.seen[start, end])
        found: list[str] = []
        for index in range(bisect_left(self.starts, start), bisect_right(self.starts, end)):
            s, e, actor = self.mentions[index]
            if e <= end and actor not in found:
                found.append(actor)
        self.seen[start, end] = found
        return list(found)


def _dated_events(text, sentence, inside, published):
    groups = _ranges(text, inside)
    clauses_of = clauses.segments(
        text, sentence.start, sentence.end, [(g[0].start, g[-1].end) for g in groups]
    )
    seen = set()
    summaries: dict[tuple[int, int], str] = {}
    found: list[tuple[tuple[int, int], tuple, Event]] = []
    for group, (start, end, own_words) in zip(groups, clauses_of, strict=True):
        if own_words < clauses.MIN_WORDS:
            continue  # a date line or a heading, not an event
        first, last = group[0], group[-1]
        start_value, end_value = first.value, last.value if last is not first else None
        if end_value is None:
            start_value, end_value = _open_range(text, sentence, first, published)
        if (start, start_value) in seen:
            continue
        seen.add((start, start_value))
        if (start, end) not in summaries:
            joined = start != sentence.start
            summaries[start, end] = clauses.summary(
                text, (start, end), (first.start, last.end), joined
            )
        event = Event(
            id="",
            date=start_value,
            timex=first.id,
            sentence=(sentence.start, sentence.end),
            text=summaries[start, end],
            end_date=end_value if end_value != start_value else None,
        )
        key = placed_key(start_value, first.mod) if end_value is None else sort_key(start_value)
        found.append(((start, end), (key, 0, first.start), event))
    for clause, key, event in _most_precise(found):
        yield key, event, clause


def _most_precise(found):
    """One event per clause and date: of two dates of one clause where one lies within the
    other ("before this week", "before 27 June"), only the narrower one is kept."""
    by_clause: dict[tuple[int, int], list[Event]] = {}
    for clause, _, event in found:
        by_clause.setdefault(clause, []).append(event)  # a sentence may hold thousands
    kept = []
    for clause, key, event in found:
        if not any(
            other is not event
            and other.end_date is None
            and event.end_date is None
            and _narrower(other.date, event.date)
            for other in by_clause[clause]
        ):
            kept.append((clause, key, event))
    return kept


def _narrower(inner: str, outer: str) -> bool:
    """Whether `inner` names a shorter stretch of the calendar inside `outer`."""
    one, other = stretch(inner), stretch(outer)
    return (
        one is not None
        and other is not None
        and one != other
        and other[0] <= one[0]
        and one[1] <= other[1]
    )


def _ranges(text: str, inside: list[TimeExpression]) -> list[tuple[TimeExpression, ...]]:
    """Dates in groups of one or two: "from June 27 to June 29" and "between 2001 and 2003"
    are one range."""
    patterns = _patterns()
    groups: list[tuple[TimeExpression, ...]] = []
    for timex in inside:
        if groups and len(groups[-1]) == 1:
            left = groups[-1][0]
            joiner = patterns["joiner"].fullmatch(text, left.end, timex.start)
            if joiner and sort_key(left.value) < sort_key(timex.value):
                opened = patterns["range_start"].search(text, max(0, left.start - 12), left.start)
                if opened or "and" not in joiner.group().lower():
                    groups[-1] = (left, timex)
                    continue
        groups.append((timex,))
    return groups


def _open_range(text, sentence, timex, published):
    """(start, end) of a one-sided range: "June 27-29", "until June 29", "since 2004"."""
    end = range_end(timex)
    if end:
        return timex.value, end
    patterns = _patterns()
    before = max(sentence.start, timex.start - 12)
    if patterns["since"].search(text, before, timex.start):
        return timex.value, "PRESENT_REF"
    if published and patterns["until"].search(text, before, timex.start):
        tense = tense_at(text, timex.start, timex.end, sentence.start, sentence.end)
        today = published.isoformat()
        if tense != "past" and sort_key(today) < sort_key(timex.value):
            return today, timex.value
    return timex.value, None


def _cued_events(text, undated, dated):
    """Undated sentences opening with an order cue, placed next to the nearest dated one."""
    if not dated:
        return
    patterns = _patterns()
    positions = [t.start for t in dated]
    for sentence in undated:
        placed = _cue(text, sentence, patterns)
        if placed is None:
            continue
        direction, span = placed
        index = bisect_left(positions, sentence.start) - 1
        reference = dated[index] if index >= 0 else dated[0]
        event = Event(
            id="",
            date=f"{direction} {reference.value}",
            timex=None,
            sentence=(sentence.start, sentence.end),
            text=clauses.summary(text, span),
        )
        rank = -1 if direction == "before" else 1
        yield (sort_key(reference.value), rank, sentence.start), event, span


def _cue(text: str, sentence: Span, patterns) -> tuple[str, tuple[int, int]] | None:
    """("before" or "after", the span of the event) for a sentence opening with a cue."""
    start, end = sentence.start, sentence.end
    if not patterns["cue"].match(text, start, end):
        return None
    for name, direction in (("earlier", "before"), ("later", "after")):
        match = patterns[name].match(text, start, end)
        if match and ("," in match.group() or " " in match.group().strip()):
            return direction, (match.end(), end)
    match = patterns["phrase"].match(text, start, end)
    if match:
        comma = patterns["comma"].search(text, match.end(), end)
        return "before", (match.end(), comma.start() if comma else end)
    match = patterns["clause"].match(text, start, end)
    if match:
        comma = patterns["comma"].search(text, match.end(), end)
        if comma:
            return "before", (comma.end(), end)
    return None
