"""What sources hand the library: articles, and the state of the feeds they read.

Sources never touch the store: they say what they found, and reader.library
decides what to keep (the one place that writes articles and feeds).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.model import Article


@dataclass(frozen=True)
class FeedState:
    """A feed as one read of it left it: what the library remembers of the feed."""

    url: str
    title: str = ""  # "" keeps the title known
    etag: str | None = None
    modified: str | None = None
    error: str = ""  # "" for a read that worked: it clears the last error
    not_modified: bool = False  # a 304: nothing new, only the last error is cleared
    stopped: bool = False  # cut short because reader is closing: nothing to record
    carried: frozenset[str] = frozenset()  # entries it lists that were known (see feeds)


@dataclass
class Found:
    """What one source gave: its articles; the feeds it names (a feed URL, an OPML
    list's feeds) for the library to subscribe to; and (feed URL, message) for each
    listed feed that was not read."""

    articles: list[Article] = field(default_factory=list)
    feeds: list[FeedState] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
