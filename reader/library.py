"""The library's part of opening things: sources in, library entries out.

The one place that writes articles and feeds to the store: sources say what
they found (see reader.sources.found) and never see the store; the store does
the remembering; this decides what to keep and what to show. No Textual here:
the app calls these from its workers, the command line and tests directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.analysis import analysis_for
from reader.counts import count
from reader.model import Article
from reader.resources import seeds
from reader.sources import SourceError, gather, is_url, load, read, subscribable
from reader.sources.errors import Stopped
from reader.sources.fetch import Limits
from reader.sources.found import FeedState, Found
from reader.store.lineup import Lineup, Picked

if TYPE_CHECKING:
    from reader.sources.feeds import FeedResult

KEPT_NOTE = "; showing the copy kept in the library"  # a failure that is not a loss
FEED_WORKERS = 4  # feeds read at once by a refresh


def open_sources(
    store, sources: list[str], articles: Sequence[Article], whole_library: bool
) -> tuple[Lineup | Picked, list, list[str]]:
    """(entries to show, entries newly added, one message per source that failed).

    With `whole_library`, every entry is shown (a Lineup, read a page at a time), and
    the bundled seeds are added to an empty library first.
    """
    if whole_library and not store.entries(limit=1):
        sources = _bundled()
    loaded, failed = gather([s for s in sources if not is_url(s)])
    entries = keep(store, [*articles, *loaded])
    for url in filter(is_url, sources):
        found, messages = subscribe(store, url)
        entries += found
        failed += messages
    return (Lineup(store) if whole_library else Picked(store, entries)), entries, failed


def first_article(store) -> Article | None:
    """What the whole library opens on, read before the app's first frame: the entry
    opened last, else its newest, or on a first run the first bundled seed (open_sources
    is about to add them)."""
    newest = store.entries(limit=1)
    if newest:
        return store.article((store.last_opened() or newest[0]).id)
    bundled, _ = gather(_bundled())
    return bundled[0] if bundled else None


def _bundled() -> list[str]:
    """An empty library starts with the articles shipped in seeds/."""
    return [str(seeds())]


def keep(store, articles: Iterable[Article]) -> list:
    """These articles in the library, each as its entry (the same one again is the same)."""
    return store.add_many(articles)


def add(store, source: str) -> tuple[Found, list]:
    """Read a source and keep what it gives: the feeds a URL or a list names are
    subscribed to, and its articles not yet in the library are added, each as (entry,
    whether new). A feed already subscribed that cannot be read keeps the error as its
    last one."""
    subscribing = subscribable(source)
    known = _links(store) if subscribing else ()  # else a feed file is read whole
    try:
        found = read(source, known=known, subscribing=subscribing)
    except SourceError as error:
        if not isinstance(error, Stopped) and store.has_feed(source):
            store.update_feed(source, error=str(error).removesuffix(f": {source}"))
        raise
    for state in found.feeds:
        store.add_feed(state.url, state.title)
        save_feed(store, state)
    return found, store.add_telling(found.articles)


def subscribe(store, url: str) -> tuple[list, list[str]]:
    """A page's article, or a feed's entries (the feed is kept for refreshes); when the
    network fails, what the library kept of that page or feed."""
    try:
        found, added = add(store, url)
    except SourceError as error:
        kept = kept_from(store, url, [])
        return kept, [f"{error}{KEPT_NOTE if kept else ''}"]
    entries = kept_from(store, url, [entry for entry, _ in added])
    return entries, [f"{feed}: {message}" for feed, message in found.errors]


def kept_from(store, url: str, entries: list) -> list:
    """These entries and those the library already has from this page or feed."""
    known = {e.id for e in entries}
    kept = [e for e in store.entries(link=url) if e.id not in known]
    return [*entries, *kept]


def fetched(store, source: str) -> list[Article]:
    """A source's articles; a URL's are kept in the library, to open offline later."""
    articles = load(source)
    if is_url(source):
        keep(store, articles)
    return articles


def fetched_or_kept(store, source: str) -> tuple[list[Article], SourceError | None]:
    """Like fetched; a URL that cannot be read gives the copy the library kept, and why."""
    try:
        return fetched(store, source), None
    except SourceError as error:
        kept = kept_from(store, source, [])
        if not is_url(source) or not kept:
            raise
        return [store.article(e.id) for e in kept], error


def index(store, entries: list, cancelled: Callable[[], bool]) -> None:
    """Analyse new entries now, so that an actor's other articles can be found in
    all of them; older entries were analysed when they came in. One removed meanwhile
    is passed over."""
    for entry in entries:
        if cancelled():
            return
        try:
            article = store.article(entry.id)
        except KeyError:
            continue
        analysis_for(article, store)


@dataclass
class RefreshReport:
    """What a refresh did, feed by feed; `errors` is (feed URL, message)."""

    feeds: int = 0
    updated: int = 0
    unchanged: int = 0
    added: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    entries: list = field(default_factory=list)  # the new articles', to analyse soon

    def summary(self) -> str:
        parts = [count(self.added, "new article")]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        if self.errors:
            parts.append(f"{len(self.errors)} failed")
        return f"{count(self.feeds, 'feed')}: " + ", ".join(parts)


def refresh_feeds(
    store,
    on_progress: Callable[[int, int, str], None] | None = None,
    *,
    limits: Limits | None = None,
    workers: int = FEED_WORKERS,
) -> RefreshReport:
    """Reload every feed of the store; new entries go into the library.

    Conditional requests (ETag, Last-Modified) make an unchanged feed cost a
    304 and nothing more. `on_progress(done, total, feed_url)` is called from
    this thread, first with (0, total, "") and then after each feed.
    """
    from reader.sources.feeds import read_feeds  # only when feeds are read

    feeds = store.feeds()
    report = RefreshReport(feeds=len(feeds))
    if on_progress:
        on_progress(0, len(feeds), "")
    jobs = [(feed.url, feed.etag, feed.modified) for feed in feeds]
    results = read_feeds(jobs, known=_links(store), limits=limits, workers=workers)
    for done, result in enumerate(results, 1):
        record(store, result, report)
        if on_progress:
            on_progress(done, len(feeds), result.state.url)
    return report


def record(store, result: FeedResult, report: RefreshReport) -> None:
    """Add one feed's new articles to the library and save its state in `report` and `store`;
    nothing of a feed unsubscribed or cut short while it was being read."""
    state = result.state
    if state.stopped or not store.has_feed(state.url):
        return
    added = store.add_telling(result.articles)
    report.entries += [entry for entry, _ in added]
    save_feed(store, state)
    if state.error:
        report.errors.append((state.url, state.error))
    elif state.not_modified:
        report.unchanged += 1
    else:  # counted as the library took them: a story two feeds carry is new once
        report.added += sum(new for _, new in added)
        report.updated += 1


def save_feed(store, state: FeedState) -> None:
    """The feed's title, validators (ETag, Last-Modified) and error, cleared on success;
    the entries it lists that the library had already (a story another feed carries
    too) are listed under it as well."""
    if state.stopped:
        return
    store.link_feed(state.url, state.carried)
    if state.error:
        store.update_feed(state.url, error=state.error)
    elif state.not_modified:
        store.update_feed(state.url, error=None)
    else:
        store.update_feed(
            state.url,
            title=state.title or None,
            etag=state.etag,
            modified=state.modified,
            error=None,
        )


def _links(store) -> set[str]:
    """What names the feed entries already in the library (their links, else their
    sources): not fetched or added again."""
    return store.links()
