"""Plain data passed between the sources, the parser, the store and the app.

Every offset is a character index into `Article.text`, so any pane can point
back into the article without searching it again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SCHEMA = "reader/1"

KINDS = ("person", "organization", "place", "group", "other")
KIND_HEADINGS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "group": "Groups",
    "other": "Other",
}


@dataclass(frozen=True)
class Article:
    """One article as a source gives it: Markdown or plain text plus metadata."""

    text: str
    title: str = ""
    published: date | None = None
    source: str = ""
    url: str = ""
    feed: str = ""  # the feed URL an entry came from, "" otherwise


@dataclass
class Actor:
    """A person, organisation, place or group, once, with all its mentions."""

    id: str
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    # the kind is only the parser's default: nothing in the text spoke for one
    kind_guessed: bool = False


@dataclass(slots=True)  # one every few characters of a list of dates: kept small
class TimeExpression:
    """A time expression and its TIMEX3 type and value."""

    id: str
    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION or SET
    value: str
    mod: str = ""  # TimeML's START, MID or END: "the late 1970s" is 197, END


@dataclass
class Event:
    """A dated clause of the article: one entry of the chronology.

    `date` is a TIMEX3 value; `end_date` is set for ranges ("until June 29").
    `sentence` spans the sentence, `text` is the short summary shown in the pane.
    """

    id: str
    date: str
    timex: str | None
    sentence: tuple[int, int]
    text: str
    actors: list[str] = field(default_factory=list)
    end_date: str | None = None


@dataclass
class Analysis:
    """What the parser found in one article's text."""

    actors: list[Actor] = field(default_factory=list)
    timexes: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "roles": list(a.roles),
                    "aliases": list(a.aliases),
                    "mentions": [list(m) for m in a.mentions],
                    **({"kind_guessed": True} if a.kind_guessed else {}),
                }
                for a in self.actors
            ],
            "timexes": [
                {
                    "id": t.id,
                    "text": t.text,
                    "start": t.start,
                    "end": t.end,
                    "type": t.type,
                    "value": t.value,
                    **({"mod": t.mod} if t.mod else {}),
                }
                for t in self.timexes
            ],
            "events": [
                {
                    "id": e.id,
                    "date": e.date,
                    **({"end_date": e.end_date} if e.end_date else {}),
                    "timex": e.timex,
                    "sentence": list(e.sentence),
                    "text": e.text,
                    "actors": list(e.actors),
                }
                for e in self.events
            ],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Analysis:
        return cls(
            actors=[
                Actor(
                    id=a["id"],
                    name=a["name"],
                    kind=a["kind"],
                    roles=list(a.get("roles", [])),
                    aliases=list(a.get("aliases", [])),
                    mentions=[(m[0], m[1]) for m in a.get("mentions", [])],
                    kind_guessed=bool(a.get("kind_guessed", False)),
                )
                for a in data.get("actors", [])
            ],
            timexes=[TimeExpression(**t) for t in data.get("timexes", [])],
            events=[
                Event(
                    id=e["id"],
                    date=e["date"],
                    timex=e.get("timex"),
                    sentence=(e["sentence"][0], e["sentence"][1]),
                    text=e["text"],
                    actors=list(e.get("actors", [])),
                    end_date=e.get("end_date"),
                )
                for e in data.get("events", [])
            ],
        )


def document(article: Article, analysis: Analysis) -> dict:
    """The JSON document of `reader parse --format json` (schema reader/1)."""
    return {
        "schema": SCHEMA,
        "source": article.source,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "text": article.text,
        **analysis.to_dict(),
    }
