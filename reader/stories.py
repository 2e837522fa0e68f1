"""Story timelines over the library, or over articles given on the command line.

The glue between the store and reader.timeline (pure). When an article is
analysed, its story (actors and dated sentences) is written to the store's
index, so that a timeline over the library reads the few articles that name the
wanted, and parses nothing. A cache from before the index is indexed on the
first question (from the cached analyses, so still without parsing).
"""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from reader.collector import collection_paused
from reader.model import Analysis, Article
from reader.store import json_pieces
from reader.timeline import ArticleStory, Moment, TimelineEvent, moments, timeline
from reader.timeline.identity import identity_key, join_surnames, name_of


def story_of(
    article: Article, analysis: Analysis, location: str, entry: int | None = None
) -> ArticleStory:
    """What a timeline needs of one article; `location` is its file or URL."""
    return ArticleStory(
        source=location,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        text=article.text,
        actors=analysis.actors,
        moments=moments(article.text, analysis, article.published),
        entry=entry,
    )


def index_story(store, article: Article, analysis: Analysis, row: StoryRow | None = None) -> None:
    """Write the article's story to the store's index (called when it is analysed);
    `row`, its story_row when a pool worked it out already."""
    text, listed = row or story_row(article, analysis)
    store.save_story(article, text, listed)


StoryRow = tuple[str, list[tuple[str, str, str, list[str]]]]


def story_row(article: Article, analysis: Analysis) -> StoryRow:
    """What the index keeps of the article's story: its JSON (actors and dated moments),
    and its actors as (identity key, name, kind, roles). No store: a pool can do it.
    Made with the cycle collector paused, as an analysis is: a huge article's story is
    hundreds of thousands of small lists, no cycles and gone once written, over which
    with the analysis the collector's full passes walked, 0.3-0.5 s each for 5 MB."""
    with collection_paused():
        found = moments(article.text, analysis, article.published)
        data = {
            "actors": Analysis(actors=analysis.actors).to_dict()["actors"],
            "moments": [_moment_row(m) for m in found],
        }
        # an item at a time: one call of the encoder over a huge article's story held the
        # interpreter for a fifth of a second, while the app's drawing waited
        written = json_pieces.dumps(data)
        del found, data  # freed before the collector's next pass, which would walk them
    listed = {}
    for actor in analysis.actors:
        key = identity_key(actor.name, actor.kind)
        if key and key not in listed:
            listed[key] = (key, actor.name, actor.kind, list(actor.roles))
    return written, list(listed.values())


def ensure_indexed(store, progress: Callable[[int, int], None] | None = None) -> int:
    """Index the library's articles that are not yet (from their cached analyses, or
    analysing those that have none); how many, with `progress(done, total)` after each.
    Checked once per open store: what is analysed later is indexed as it is analysed.
    One thread at a time: a second asking meanwhile waits for the first, not redoes it."""
    from reader.analysis import analysis_for

    with _INDEXING:
        if store in _CHECKED:
            return 0
        missing = store.unindexed_entries()
        for done, entry_id in enumerate(missing, 1):
            try:
                article = store.article(entry_id)
            except KeyError:  # its text lost (another program's doing): nothing to index
                continue
            cached = store.cached_analysis(article)
            if cached is None:
                analysis_for(article, store)  # analyses and indexes
            else:
                index_story(store, article, cached)
            if progress:
                progress(done, len(missing))
        _CHECKED.add(store)
        return len(missing)


_CHECKED: weakref.WeakSet = weakref.WeakSet()
_INDEXING = threading.Lock()


def library_timeline(store, name: str) -> list[TimelineEvent]:
    """The timeline of `name` over the library, from the index: the articles that write
    the name, or name an actor it can be (its identity key; for a surname, the full
    names ending with it; for a full name, the surname alone)."""
    ensure_indexed(store)
    stories = []
    keys = identity_keys(store, name)
    for entry, title, source, url, published, text, data in store.story_candidates([name], keys):
        try:
            story = json.loads(data)
            actors = Analysis.from_dict({"actors": story["actors"]}).actors
            moments = [_moment_of(row) for row in story["moments"]]
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):  # another
            continue  # program's doing: that article is left out, the others' timeline stands
        stories.append(
            ArticleStory(
                source=url or source,
                title=title,
                published=published,
                text=text,
                actors=actors,
                moments=moments,
                entry=entry,
            )
        )
    return timeline(name, stories)


def identity_keys(store, name: str, kind: str | None = None) -> list[str]:
    """The identity keys of the actors `name` can be: its own; for a surname, the full
    names in the library ending with it; for a full name, the surname alone. A name
    known to be no person's has only its own ("Velkor Bank" is no "Bank")."""
    wanted = name_of(name)
    keys = [identity_key(name, kind)]
    if kind in (None, "person") and not wanted.country and wanted.words:
        keys += store.keys_ending(wanted.surname) if not wanted.given else [wanted.surname]
    return keys


@dataclass(frozen=True)
class WhoIsWho:
    """One actor across the library."""

    name: str
    kind: str
    roles: list[str]
    articles: int
    first: str  # ISO date, "" when no article is dated
    last: str


def whos_who(
    store, contains: str = "", limit: int = 500, progress: Callable[[int, int], None] | None = None
) -> list[WhoIsWho]:
    """The library's actors, the most frequent first, a surname alone counted with the one
    full name it can belong to; `contains` filters by name. `progress` as ensure_indexed."""
    ensure_indexed(store, progress)
    rows = store.whos_who(contains, limit)
    joined = join_surnames([row[0] for row in rows])
    merged: dict[str, list] = {}
    for key, name, kind, roles, articles, first, last in rows:
        home = merged.get(joined[key])
        if home is None:
            merged[joined[key]] = [name, kind, roles, articles, first, last]
            continue
        if len(name) > len(home[0]):
            home[:3] = [name, kind, roles or home[2]]
        home[3] += articles
        home[4] = min(d for d in (home[4], first) if d) if home[4] or first else ""
        home[5] = max(home[5], last)
    found = [WhoIsWho(*values) for values in merged.values()]
    return sorted(found, key=lambda w: (-w.articles, w.name.casefold()))


def located_stories(store, located: list[tuple[str, Article]]) -> list[ArticleStory]:
    """These articles, added to the library as `reader add` does."""
    from reader.analysis import analysis_for
    from reader.library import keep

    entries = keep(store, [article for _, article in located])
    return [
        story_of(article, analysis_for(article, store), location, entry.id)
        for (location, article), entry in zip(located, entries, strict=True)
    ]


def _moment_row(m: Moment) -> list:
    return [
        m.start,
        m.end,
        m.reference,
        [list(d) for d in m.dates],
        list(m.reports),
        list(m.actors),
        m.text,
    ]


def _moment_of(row: list) -> Moment:
    start, end, reference, dates, reports, actors, text = row
    return Moment(
        start, end, reference, tuple((o, v) for o, v in dates), tuple(reports), tuple(actors), text
    )
