"""The library's part of opening things: sources in, library entries out.

No Textual here: the app calls these from its workers, and tests call them
directly. The store does the remembering; this decides what to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.analysis import analysis_for
from reader.model import Article
from reader.resources import seeds
from reader.sources import SourceError, gather, is_url

KEPT_NOTE = "; showing the copy kept in the library"  # a failure that is not a loss


def open_sources(
    store, sources: list[str], articles: Sequence[Article], whole_library: bool
) -> tuple[list, list, list[str]]:
    """(entries to show, entries newly added, one message per source that failed).

    With `whole_library`, every entry is shown, and the bundled seeds are added to
    an empty library first.
    """
    if whole_library and not store.entries(limit=1):
        sources = _bundled()
    loaded, failed = gather([s for s in sources if not is_url(s)])
    entries = store.add_many([*articles, *loaded])
    for url in filter(is_url, sources):
        found, messages = subscribe(store, url)
        entries += found
        failed += messages
    return (store.entries() if whole_library else entries), entries, failed


def first_article(store) -> Article | None:
    """What the whole library opens on, read before the app's first frame: its newest
    entry, or on a first run the first bundled seed (open_sources is about to add them)."""
    newest = store.entries(limit=1)
    if newest:
        return store.article(newest[0].id)
    bundled, _ = gather(_bundled())
    return bundled[0] if bundled else None


def _bundled() -> list[str]:
    """An empty library starts with the articles shipped in seeds/."""
    return [str(seeds())]


def subscribe(store, url: str) -> tuple[list, list[str]]:
    """A page's article, or a feed's entries (the feed is kept for refreshes); when the
    network fails, what the library kept of that page or feed."""
    from reader.sources.web import subscribe as fetch_and_subscribe

    try:
        articles, errors = fetch_and_subscribe(url, store)
    except SourceError as error:
        kept = kept_from(store, url, [])
        return kept, [f"{error}{KEPT_NOTE if kept else ''}"]
    entries = kept_from(store, url, store.add_many(articles))
    return entries, [f"{feed}: {message}" for feed, message in errors]


def kept_from(store, url: str, entries: list) -> list:
    """These entries and those the library already has from this page or feed."""
    known = {e.id for e in entries}
    kept = [e for e in store.entries() if url in (e.feed, e.url) and e.id not in known]
    return [*entries, *kept]


def index(store, entries: list, cancelled: Callable[[], bool]) -> None:
    """Analyse new entries now, so that an actor's other articles can be found in
    all of them; older entries were analysed when they came in."""
    for entry in entries:
        if cancelled():
            return
        analysis_for(store.article(entry.id), store)
