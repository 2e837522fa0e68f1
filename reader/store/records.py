"""The rows the store hands out: library entries and feeds."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from reader.sources.clean import TITLE_MOST, clean_line, clean_title
from reader.sources.urls import shown_url

ENTRY_COLUMNS = "id, title, source, url, feed, published, added, read, text_hash, starred"


def stored_text(value: object) -> str:
    """A text column's value: another program may have stored a blob there (read as
    UTF-8, spoilt bytes replaced) or a number (read as its digits)."""
    if type(value) is str:
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


_DATES = (str, type(None))  # a stored date's types, as the reader keeps it


@dataclass
class LibraryEntry:
    """One article in the library, without its text (listing stays cheap)."""

    id: int
    title: str
    source: str
    url: str
    feed: str
    published: str | None  # ISO date
    added: str  # ISO datetime, UTC
    read: bool
    text_hash: str
    starred: bool = False  # kept for later by the reader

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_row(cls, row: sqlite3.Row | tuple) -> LibraryEntry:
        """An entry as shown: an older reader may have stored an uncleaned title or source."""
        id_, title, source, url, feed, published, added, read, text_hash, starred = row
        texts = type(title) is type(source) is type(url) is type(feed) is type(added) is str
        if texts and type(text_hash) is str and type(published) in _DATES:  # nearly always
            # (a long title alone takes the call that cuts it: 100,000 rows are listed at once)
            title = clean_line(title) if len(title) <= TITLE_MOST else clean_title(title)
            source = clean_line(source)
            published = published and clean_line(published)
        else:  # another program's blobs or numbers where the reader keeps text
            title, source = clean_title(stored_text(title)), clean_line(stored_text(source))
            url, feed, added, text_hash = map(stored_text, (url, feed, added, text_hash))
            published = None if published is None else clean_line(stored_text(published))
        return cls(
            id_, title, source, url, feed, published, added, bool(read), text_hash, bool(starred)
        )


@dataclass
class Feed:
    """A subscribed feed, what the last fetch left behind, and its articles counted."""

    url: str
    title: str
    etag: str | None
    modified: str | None
    last_error: str | None
    refreshed: str | None = None  # ISO datetime (UTC) of the last fetch, failed or not
    unread: int = 0
    total: int = 0

    @property
    def name(self) -> str:
        """What a line calls the feed: its title, else its address as shown."""
        return self.title or shown_url(self.url)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_row(cls, row: sqlite3.Row | tuple) -> Feed:
        """A feed as shown, its counts after its six texts (some may be NULL): an older
        reader or another program may have kept its name, error or time uncleaned. Its
        address is its key in the library and its validators (ETag, Last-Modified) go
        back to the server: these stay as they came."""
        url, title, etag, modified, last_error, refreshed = (
            None if value is None else stored_text(value) for value in row[:6]
        )
        return cls(
            url or "",
            clean_title(title or ""),
            etag,
            modified,
            last_error and clean_line(last_error),
            refreshed and clean_line(refreshed),
            *row[6:],
        )
