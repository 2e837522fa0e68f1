"""A story timeline: what happened to one actor (or any name) across articles.

Each article brings its actors and its dated sentences (moments). A sentence is
part of the story when it names the actor (any of its forms, judged by
reader.timeline.identity), names the query itself as written (a product, a
treaty: "iPhone 4"), or opens with a pronoun standing for it (the last person
named was the actor: "He also announced..."). One event reported by several
articles (the same date, other actors and words in common) is one entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from reader.model import Actor
from reader.parsing.calendar_values import sort_key
from reader.parsing.lexicon import lexicon
from reader.timeline.identity import Name, name_of, same_actor
from reader.timeline.moments import Moment, date_at
from reader.timeline.words import word_list


@dataclass(frozen=True)
class Report:
    """Where an event is told: an article and the sentence in it."""

    source: str
    title: str
    published: str | None
    sentence: tuple[int, int]
    text: str
    entry: int | None = None  # the library entry, when the article is in the library


@dataclass
class TimelineEvent:
    """One entry of a timeline: a date, the report it is shown from, and the others."""

    date: str | None
    report: Report
    actors: list[str]  # the other actors named, by their fullest name
    also: list[Report] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The form of `reader timeline --format json` (schema reader-timeline/1)."""
        return {
            "date": self.date,
            **_report_dict(self.report),
            "actors": list(self.actors),
            "also": [_report_dict(r) for r in self.also],
        }


@dataclass
class ArticleStory:
    """What a timeline needs of one article: its text, actors and moments."""

    source: str
    title: str
    published: str | None
    text: str
    actors: list[Actor]
    moments: list[Moment]
    entry: int | None = None


def timeline(query: str, stories: Iterable[ArticleStory]) -> list[TimelineEvent]:
    """The dated events involving `query` across the articles, in time order."""
    wanted = name_of(query)
    pattern = _phrase(query)
    found: list[tuple[tuple, TimelineEvent, frozenset[str]]] = []
    for story in stories:
        for moment, position, others in _involving(wanted, pattern, story):
            day = date_at(moment, position)
            report = Report(
                story.source,
                story.title,
                story.published,
                (moment.start, moment.end),
                moment.text,
                story.entry,
            )
            words = _content_words(moment.text)
            key = (*_date_key(day), story.published or "", story.source, moment.start)
            found.append((key, TimelineEvent(day, report, others), words))
    found.sort(key=lambda item: item[0])
    return _merged(found)


def _involving(
    wanted: Name, pattern: re.Pattern[str], story: ArticleStory
) -> Iterable[tuple[Moment, int, list[str]]]:
    """The story's sentences that involve the wanted name: each with where in it (a mention
    or the pronoun standing for it) and the other actors it names."""
    by_id = {a.id: a for a in story.actors}
    text = story.text
    mentions = sorted((s, e, a.id) for a in story.actors for s, e in a.mentions)
    own = _without_namesakes({a.id for a in story.actors if _is_wanted(wanted, a)}, by_id)
    matches = _matches(pattern, text, mentions, _is_person(wanted, own, by_id))
    # an actor written as the end of the query ("Apple Corps" in "the Beatles' Apple Corps")
    heads = {i for s, e, i in mentions for ms, me in matches if ms < e and me == e} - own
    spans = [(s, e) for s, e, i in mentions if i in heads]
    spans += [(s, e) for s, e, i in mentions if i in own and _counts(wanted, text[s:e], by_id[i])]
    spans = sorted(spans + matches)
    own |= heads
    person = _is_person(wanted, own, by_id)
    if own and person:
        spans = sorted(spans + _given_name_alone(wanted, text, own, by_id))
    subject: dict[str, bool] = {"person": False, "thing": False}  # is the wanted the subject
    for moment in story.moments:
        inside = [
            s
            for s, e in spans
            if moment.start <= s < moment.end
            and not _possessive(text, e)
            and not (not person and _oblique(text, s))
        ]
        opening = _pronoun(text, moment)
        kind = "person" if person else "thing"
        if inside:
            position = inside[0]
        elif opening is not None and opening[1] == kind and subject[kind]:
            position = opening[0]
        else:
            position = None
        if position is not None:
            others = [by_id[i].name for i in moment.actors if i not in own]
            yield moment, position, [n for n in dict.fromkeys(others)]
        if opening is None:  # who the next "he" or "it" stands for: the first named
            first = _first_named(moment, mentions, by_id, inside)
            for side in subject:
                if side in first:
                    subject[side] = first[side]


def _matches(pattern: re.Pattern[str], text: str, mentions, person: bool) -> list[tuple[int, int]]:
    """Where the query is written, but not as the start of a longer name: "iPod" in "iPod
    Classic" (a capitalised word follows, or another actor's mention) or in "iPod nano"
    (the article puts the same word after it again and again)."""
    starts = {s for s, _, _ in mentions}
    found = [m.span() for m in pattern.finditer(text)]
    following = [_NEXT_WORD.match(text, end) for _, end in found]
    words = [m.group(1).casefold() if m else "" for m in following]
    repeated = {w for w in words if w and words.count(w) >= REPEATS and w not in _common()}
    kept = []
    for span, next_word, word in zip(found, following, words, strict=True):
        if next_word and (
            span[1] + 1 in starts
            or word in repeated
            or not person
            and next_word.group(1)[0].isupper()
        ):
            continue
        kept.append(span)
    return kept


_NEXT_WORD = re.compile(r" (\w[\w-]*)")
REPEATS = 2  # times a word follows the query in one article to make a longer name of it


def _common() -> frozenset[str]:
    return lexicon().function_words


def _possessive(text: str, end: int) -> bool:
    """ "Jobs' health", "Apple's store": the name owns a thing and takes no part itself."""
    return text.startswith(("'s ", "’s ", "' ", "’ "), end) or text[end - 1 : end] in ("'", "’")


_OBLIQUE = re.compile(
    r"(?:of|for)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:\w+\s+)?\Z", re.IGNORECASE
)


def _oblique(text: str, start: int) -> bool:
    """ "owners of its new iPhone 4", "marketing for the iPod": the name only qualifies
    another noun, the sentence is not about it."""
    return _OBLIQUE.search(text, max(0, start - 30), start) is not None


def _is_person(wanted: Name, own: set[str], by_id: dict[str, Actor]) -> bool:
    return wanted.kind == "person" or any(by_id[i].kind == "person" for i in own)


def _given_name_alone(wanted: Name, text: str, own: set[str], by_id) -> list[tuple[int, int]]:
    """ "Steve" where the article names Steve Jobs: the given name, not followed by a surname."""
    given = {name_of(by_id[i].name).given[:1] for i in own} | {wanted.given[:1]}
    found = []
    for (first,) in filter(None, given):
        pattern = re.compile(rf"(?<![\w-]){re.escape(first)}\b(?!\s+[A-Z])", re.IGNORECASE)
        found += [m.span() for m in pattern.finditer(text) if text[m.start()].isupper()]
    return found


def _counts(wanted: Name, written: str, actor: Actor) -> bool:
    """Whether a mention of a wanted actor stands for the wanted: any, when the actor's
    full name is the wanted; only the forms that are, when a short form made it wanted
    ("Harbour Accord" but not "Harbour Accord Review")."""
    full = name_of(actor.name, actor.kind)
    return same_actor(wanted, full) or (
        not _person_name(full) and same_actor(wanted, name_of(written, actor.kind))
    )


def _is_wanted(wanted: Name, actor: Actor) -> bool:
    """Whether the actor is the wanted: by its full name, or by a short form unless its full
    name is a person's that says otherwise ("Berg" of Hugo Berg is not Anna Berg)."""
    full = name_of(actor.name, actor.kind)
    if same_actor(wanted, full):
        return True
    return not _person_name(full) and any(
        same_actor(wanted, name_of(form, actor.kind)) for form in actor.aliases
    )


def _without_namesakes(own: set[str], by_id: dict[str, Actor]) -> set[str]:
    """Without a surname alone ("Berg") where the article names another person of that
    surname in full (Hugo Berg): that is whom it means."""
    others = {
        name_of(a.name, a.kind).surname
        for i, a in by_id.items()
        if i not in own and _person_name(name_of(a.name, a.kind))
    }
    return {
        i
        for i in own
        if len(name_of(by_id[i].name).words) > 1 or name_of(by_id[i].name).surname not in others
    }


def _person_name(name: Name) -> bool:
    return name.kind == "person" and len(name.words) > 1


_PRONOUN = re.compile(
    r"(?:[\w,']+\s+){0,3}?(?:(?P<person>he|she|his|her)|(?P<thing>it|its))\b", re.IGNORECASE
)


def _pronoun(text: str, moment: Moment) -> tuple[int, str] | None:
    """(offset, "person" or "thing") of a pronoun among the first words of the sentence,
    or of an opening "The company" (a noun that stands for an organisation)."""
    match = _PRONOUN.match(text, moment.start, moment.end)
    if match is None:
        described = _DESCRIBED.match(text, moment.start, moment.end)
        if described and described.group(1).casefold() in word_list("organisation_nouns.txt"):
            return moment.start, "thing"
        return None
    if match.group("thing") and match.start("thing") != moment.start:
        return None  # "it" stands for the last thing only as the sentence's first word
    side = "person" if match.group("person") else "thing"
    return match.start(side), side


_DESCRIBED = re.compile(r"The (\w+)\b(?!\s+[A-Z])")


def _first_named(moment: Moment, mentions, by_id, inside: list[int]) -> dict[str, bool]:
    """For each side (person, thing) named in the sentence: whether its first is the wanted."""
    first: dict[str, tuple[int, bool]] = {}
    for start, _, actor in mentions:
        kind = by_id[actor].kind
        if moment.start <= start < moment.end and kind not in ("place", "group"):
            first.setdefault("person" if kind == "person" else "thing", (start, False))
    if inside:
        side = (
            "person"
            if any(s == inside[0] for s, _, i in mentions if by_id[i].kind == "person")
            else "thing"
        )
        if side not in first or inside[0] <= first[side][0]:
            first[side] = (inside[0], True)
    return {side: is_wanted for side, (_, is_wanted) in first.items()}


@lru_cache(maxsize=256)
def _phrase(query: str) -> re.Pattern[str]:
    """The query as written in a text: any case, a plural or possessive ending on a word,
    one word let in between ("iTunes store" finds "iTunes Music Store")."""
    words = re.findall(r"\w+", query)
    if not words:
        return re.compile(r"(?!)")
    joined = r"\W+(?:\w+\W+)?".join(re.escape(w) + _ending(w) for w in words)
    return re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)


def _ending(word: str) -> str:
    """A possessive after any word; a plural only after a word ending in a small letter."""
    return r"(?:'s|’s|s|es)?" if word[-1].islower() else r"(?:'s|’s)?"


def _date_key(value: str | None) -> tuple:
    """Sort by where the date starts; "before X" just before X, "after X" just after."""
    if not value:
        return (1, (), 0)
    rank = 0
    for word, side in (("before ", -1), ("after ", 1)):
        if value.startswith(word):
            value, rank = value[len(word) :], side
    return (0, sort_key(value), rank)


_WORD = re.compile(r"[^\W\d_]{3,}")


def _content_words(sentence: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(sentence))


SAME_WORDS = 0.5  # share of words two reports of one event have in common, at least
SAME_WORDS_ALONE = 0.8  # the same, of each, when neither names another actor


def _merged(found: list[tuple[tuple, TimelineEvent, frozenset[str]]]) -> list[TimelineEvent]:
    """One entry per event: a report from another article with the same date that tells
    the same event (_same_event) joins the first report's entry as `also`."""
    result: list[TimelineEvent] = []
    by_date: dict[str | None, list[tuple[TimelineEvent, frozenset[str]]]] = {}
    for _, event, words in found:
        same_day = by_date.setdefault(event.date, [])
        home = next(
            (
                kept
                for kept, kept_words in same_day
                if kept.report.source != event.report.source
                and _same_event(kept, kept_words, event, words)
            ),
            None,
        )
        if home is None or event.date is None:
            same_day.append((event, words))
            result.append(event)
        else:
            home.also.append(event.report)
    return result


def _same_event(
    kept: TimelineEvent, kept_words: frozenset[str], event: TimelineEvent, words: frozenset[str]
) -> bool:
    """Whether two reports of one day tell one event: an actor in common and most of the
    shorter one's words in the other; or, naming no other actor, nearly all the words of
    each in the other (one story in two feeds: the name and the date alone make half)."""
    if not words or not kept_words:
        return False
    shared = len(kept_words & words)
    if set(kept.actors) & set(event.actors):
        return shared / min(len(kept_words), len(words)) >= SAME_WORDS
    alone = not kept.actors and not event.actors
    return alone and shared / max(len(kept_words), len(words)) >= SAME_WORDS_ALONE


def _report_dict(report: Report) -> dict:
    return {
        "source": report.source,
        "title": report.title,
        "published": report.published,
        "sentence": list(report.sentence),
        "text": report.text,
    }
