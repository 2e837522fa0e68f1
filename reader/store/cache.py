"""The Store: analyses keyed by content, the library, feeds, in one SQLite file.

One connection, shared by the app's worker threads under a lock. Every write is
one transaction (BEGIN IMMEDIATE ... COMMIT), so a process killed mid-write
leaves the last committed state. A damaged file is moved aside and rebuilt, an
unusable folder means running in memory: the cache never stops the reader.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from reader import paths
from reader.collector import collection_paused
from reader.model import Analysis, Article
from reader.parser_version import parser_version
from reader.sources.clean import clean_line, clean_text, clean_title
from reader.store import db, json_pieces, schema
from reader.store.records import ENTRY_COLUMNS, Feed, LibraryEntry, stored_text

DB_NAME = "reader.db"
NEWEST_FIRST = "ORDER BY published DESC, added DESC, id DESC"  # undated ones last
OLDEST_FIRST = "ORDER BY published, added, id"  # exactly the other way round
_MATCHING_IDS = f"SELECT rowid & {schema.ID_BITS} FROM articles_fts WHERE articles_fts MATCH ?"
_CARRIED = "id IN (SELECT entry FROM feed_entries WHERE feed = ?)"  # the articles a feed lists
_COUNTS = "SELECT count(*) - coalesce(sum(read != 0), 0), count(*) FROM articles"
_STARRED = "starred = 1"  # as the index of starred articles is written
# Each feed with its unread and all its entries counted: the unread ones found from the
# library's unread (on their index, and CROSS JOIN keeps them the outer loop), where
# looking up every entry of every feed costs 270 ms in a library of 100,000.
_FEEDS_COUNTED = (
    "SELECT f.url, f.title, f.etag, f.modified, f.last_error, f.refreshed, "
    "coalesce(u.unread, 0), (SELECT count(*) FROM feed_entries e WHERE e.feed = f.url) "
    "FROM feeds f LEFT JOIN (SELECT e.feed, count(*) AS unread FROM articles a "
    "CROSS JOIN feed_entries e ON e.entry = a.id WHERE a.read = 0 GROUP BY e.feed) u "
    "ON u.feed = f.url ORDER BY f.added, f.rowid"
)
# A page of hits: the index's rowids are the entries' places (schema.PLACE), so FTS5
# walks them newest first and stops at the page; then each entry is looked up by id.
_HITS_PAGE = (
    f"SELECT {ENTRY_COLUMNS} FROM (SELECT rowid AS place FROM articles_fts "
    "WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?) "
    f"JOIN articles ON id = place & {schema.ID_BITS} ORDER BY place DESC"
)
# The articles of a feed that no other subscribed feed carries (what unsubscribing may
# take), and, for those another feed still carries, that feed named as theirs.
_ONLY_CARRIED_BY = (
    "SELECT a.id FROM feed_entries e JOIN articles a ON a.id = e.entry WHERE e.feed = ?{read} "
    "AND NOT EXISTS (SELECT 1 FROM feed_entries o JOIN feeds f ON f.url = o.feed "
    "WHERE o.entry = a.id)"
)
_FIRST_FEED_LEFT = (
    "UPDATE articles SET feed = coalesce((SELECT o.feed FROM feed_entries o JOIN feeds f "
    "ON f.url = o.feed WHERE o.entry = articles.id ORDER BY f.added, f.rowid LIMIT 1), feed) "
    "WHERE feed = ?1"
)
_INDEX_ADD = "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"
# A contentless index is told the values it indexed, to take them out.
_INDEX_DELETE = (
    "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)"
)
_PLACE_OF = f"SELECT {schema.PLACE} FROM articles WHERE id = ?"
IndexChange = tuple[str, int, str, str]  # the statement, the entry's place, title, text
T = TypeVar("T")
StoryActor = tuple[str, str, str, list[str]]  # identity key, name, kind, roles


class StoreError(OSError):
    """The cache failed for a reason other than damage (busy too long, disk full).

    An OSError, so callers that report I/O failures report this one the same way.
    """


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """The per-user cache and library. Use Store.open(), not the constructor."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, warnings: list[str]) -> None:
        self._conn = conn
        self.path = path
        self.warnings = warnings
        # Called with each warning that arises after open (the app shows them).
        self.on_warning: Callable[[str], None] | None = None
        self._file_id = db.file_id(path) if path else None
        self._lock = threading.RLock()
        self._save_failed = False
        self._said_undecodable = False
        self.not_kept = ""  # why nothing written is kept, when the cache could not be used

    @classmethod
    def open(
        cls,
        cache_dir: Path | None = None,
        enabled: bool = True,
        notice: Callable[[str], None] | None = None,
    ) -> Store:
        """The cache in `cache_dir` (see reader.paths), or in memory if disabled or unusable
        (then `not_kept` says why: a read-only cache is read, but nothing is kept).
        `notice` hears of a long update of an older library before it starts."""
        warnings: list[str] = []
        path = paths.cache_dir(cache_dir) / DB_NAME if enabled else None
        if path is None:
            return cls(db.connect(None), None, warnings)
        conn, not_kept = _open_file(path, warnings, notice=notice)
        store = cls(conn, None if not_kept else path, warnings)
        store.not_kept = not_kept
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- analyses ---------------------------------------------------------

    def cached_analysis(self, article: Article) -> Analysis | None:
        """The analysis saved for this text, parser version and date, if any."""
        row = self._run(
            lambda c: c.execute(
                "SELECT data FROM analyses WHERE text_hash = ? AND parser_version = ? "
                "AND published = ?",
                _analysis_key(article),
            ).fetchone()
        )
        if row is None:
            return None
        try:
            with collection_paused():
                return Analysis.from_dict(json_pieces.loads(row[0]))
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):  # not JSON
            return None  # or not its shape (or nested past the stack): analyse again

    def save_analysis(self, article: Article, analysis: Analysis) -> None:
        """Keep the analysis (as JSON) and its actors' names for cross-article search."""
        row = _analysis_row(article, analysis)
        self._saving(lambda c: _write_analysis(c, *row))

    # -- the library --------------------------------------------------------

    def add(self, article: Article) -> LibraryEntry:
        """Remember an article; the same source and text added again is the same entry."""
        return self.add_many([article])[0]

    def add_many(self, articles: Iterable[Article]) -> list[LibraryEntry]:
        """Add several articles in one transaction (all or none)."""
        return [entry for entry, _ in self.add_telling(articles)]

    def add_telling(self, articles: Iterable[Article]) -> list[tuple[LibraryEntry, bool]]:
        """Like add_many, each entry with whether it is new to the library (so that the
        command line can say "added" or "already in the library" truthfully).

        They go in last first: the library lists the last added of a day first, so a
        day's articles keep the order given (a feed's newest first)."""
        rows = [_article_row(a) for a in articles]

        def work(c: sqlite3.Connection) -> list[tuple[LibraryEntry, bool]]:
            changes: list[IndexChange] = []
            told = [_upsert(c, changes, *row) for row in reversed(rows)][::-1]
            _reindex(c, changes)
            return told

        return self._run(work, write=True)

    def entries(
        self,
        limit: int | None = None,
        *,
        offset: int = 0,
        feed: str | None = None,
        link: str | None = None,
        unread: bool = False,
        starred: bool = False,
    ) -> list[LibraryEntry]:
        """The library, newest first (by publication date, then when added); only the
        articles one feed carries with `feed` (another feed's too, when both carry it),
        only those of a feed, web address or source `link` names, only the unread ones
        with `unread`, only the starred with `starred`; `limit` of them from `offset` on
        (a page)."""
        where: list[str] = []
        params: list[str | int] = []
        if feed is not None:
            where.append(_CARRIED)
            params.append(feed)
        if link is not None:  # as stored: a file name no UTF-8 holds a lone surrogate
            link = clean_line(link)
            where.append(f"(? IN (url, source) OR {_CARRIED})")
            params += [link, link]
        if unread:
            where.append("read = 0")
        if starred:
            where.append(_STARRED)
        sql = f"SELECT {ENTRY_COLUMNS} FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" {NEWEST_FIRST}"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else limit, offset]
        return self._run(lambda c: [LibraryEntry.from_row(r) for r in c.execute(sql, params)])

    def links(self) -> set[str]:
        """The web links of the articles kept, and the source of each feed entry kept
        without one (a feed entry's identity: reader.sources.feeds), without reading
        their entries; and the feed entries removed, which stay out."""
        sql = (
            "SELECT url FROM articles WHERE url != '' "
            "UNION SELECT source FROM articles WHERE url = '' AND feed != '' "
            "UNION SELECT link FROM removed_entries"
        )
        return {r[0] for r in self._run(lambda c: c.execute(sql).fetchall())}

    def position(self, entry_id: int) -> int | None:
        """Where the entry is in the library, newest first (0 for the newest): how many
        come before it, counted on the index. None if there is no such entry."""
        key = self._order_key(entry_id)
        if key is None:
            return None
        before, params = _before(key)
        return self._run(
            lambda c: c.execute(f"SELECT count(*) FROM articles WHERE {before}", params).fetchone()
        )[0]

    def next_entry(
        self, entry: LibraryEntry, step: int, *, unread: bool = False
    ) -> LibraryEntry | None:
        """The entry after this one (`step` > 0) or before it, newest first, only an unread
        one with `unread`; past either end, round again from the other. None if there is
        no other. The entry itself may have left the library: its place is its key."""
        key = (entry.published, entry.added, entry.id)
        order = NEWEST_FIRST if step > 0 else OLDEST_FIRST
        wanted = "read = 0 AND " if unread else ""
        round_again = f"SELECT {ENTRY_COLUMNS} FROM articles WHERE {wanted}id != ? {order} LIMIT 1"

        def work(c: sqlite3.Connection) -> list[tuple]:
            nearest = _following(c, key, 1, forward=step > 0, wanted=wanted)
            return nearest or c.execute(round_again, (entry.id,)).fetchall()

        rows = self._run(work)
        return LibraryEntry.from_row(rows[0]) if rows else None

    def each_entry(self, page: int = 1000, *, starred: bool = False) -> Iterator[LibraryEntry]:
        """The whole library (only the starred articles with `starred`), newest first, read
        a page at a time after the last entry read (on the index, not skipping an offset),
        so that a library of any size is listed in constant memory."""
        entries = self.entries(page, starred=starred)
        wanted = f"{_STARRED} AND " if starred else ""
        while entries:
            yield from entries
            last = (entries[-1].published, entries[-1].added, entries[-1].id)
            following = partial(_following, key=last, limit=page, forward=True, wanted=wanted)
            rows = self._run(following)
            entries = [LibraryEntry.from_row(r) for r in rows]

    def present(self, entry_ids: Iterable[int], *, unread: bool = False) -> set[int]:
        """Which of these entries are still in the library (and unread, with `unread`)."""
        ids = list(entry_ids)
        wanted = " AND read = 0" if unread else ""

        def work(c: sqlite3.Connection) -> set[int]:
            found: set[int] = set()
            for low in range(0, len(ids), 500):  # within SQLite's limit on parameters
                chunk = ids[low : low + 500]
                marks = ", ".join("?" * len(chunk))
                sql = f"SELECT id FROM articles WHERE id IN ({marks}){wanted}"
                found.update(r[0] for r in c.execute(sql, chunk))
            return found

        return self._run(work)

    def _order_key(self, entry_id: int) -> tuple | None:
        """(published, added, id) of an entry: what places it in the library's order."""
        return self._run(
            lambda c: c.execute(
                "SELECT published, added, id FROM articles WHERE id = ?", (entry_id,)
            ).fetchone()
        )

    def entry(self, entry_id: int) -> LibraryEntry | None:
        if not _storable(entry_id):
            return None
        row = self._run(
            lambda c: c.execute(
                f"SELECT {ENTRY_COLUMNS} FROM articles WHERE id = ?", (entry_id,)
            ).fetchone()
        )
        return LibraryEntry.from_row(row) if row else None

    def unread_count(self) -> int:
        return self.counts()[0]

    def counts(self, *, starred: bool = False) -> tuple[int, int]:
        """(unread, total) articles in the library (of those starred, with `starred`)."""
        sql = f"{_COUNTS} WHERE {_STARRED}" if starred else _COUNTS
        return self._run(lambda c: c.execute(sql).fetchone())

    def article(self, entry_id: int) -> Article:
        """The whole article of a library entry; KeyError if there is none."""
        if not _storable(entry_id):
            raise KeyError(f"no library entry {entry_id}")
        row = self._run(
            lambda c: c.execute(
                "SELECT t.text, a.title, a.published, a.source, a.url, a.feed "
                "FROM articles a JOIN texts t ON t.hash = a.text_hash WHERE a.id = ?",
                (entry_id,),
            ).fetchone()
        )
        if row is None:
            raise KeyError(f"no library entry {entry_id}")
        text, title, published, source, url, feed = row
        return Article(  # cleaned again: an older reader may have stored them uncleaned
            text=clean_text(stored_text(text)),
            title=clean_title(stored_text(title)),
            published=_stored_date(published),
            source=clean_line(stored_text(source)),
            url=clean_line(stored_text(url)),
            feed=stored_text(feed),
        )

    def search(self, query: str, limit: int | None = None, offset: int = 0) -> list[LibraryEntry]:
        """Entries whose title or text has every word of the query (as word prefixes),
        newest first (as the library lists them; a day's entries the last added first);
        `limit` of them from `offset` on (a page)."""
        match = fts_query(query)
        if match is None:
            return self.entries(limit, offset=offset)
        page = (match, -1 if limit is None else limit, offset)
        rows = self._run(lambda c: c.execute(_HITS_PAGE, page).fetchall())
        return [LibraryEntry.from_row(r) for r in rows]

    def matching(self, query: str) -> set[int] | None:
        """The ids of the entries whose title or text has every word of the query (as
        `search` reads it), to filter a list found otherwise; None if no words."""
        match = fts_query(query)
        if match is None:
            return None
        sql = f"SELECT rowid & {schema.ID_BITS} FROM articles_fts WHERE articles_fts MATCH ?"
        return {row[0] for row in self._run(lambda c: c.execute(sql, (match,)).fetchall())}

    def mark_read(self, entry_id: int, read: bool = True) -> None:
        self.mark_many([entry_id], read)

    def opened(self, entry_id: int) -> None:
        """The reader opened this entry: it is read, and the library opens on it next time."""

        def work(c: sqlite3.Connection) -> None:
            c.execute("UPDATE articles SET read = 1 WHERE id = ?", (entry_id,))
            c.execute("INSERT OR REPLACE INTO last_opened (one, entry) VALUES (1, ?)", (entry_id,))

        self._run(work, write=True)

    def last_opened(self) -> LibraryEntry | None:
        """The entry opened last, while it is in the library."""
        sql = f"SELECT {ENTRY_COLUMNS} FROM articles WHERE id = (SELECT entry FROM last_opened)"
        row = self._run(lambda c: c.execute(sql).fetchone())
        return LibraryEntry.from_row(row) if row else None

    def mark_many(self, entry_ids: Iterable[int], read: bool = True) -> None:
        """Mark these entries read (or unread) in one transaction."""
        rows = [(int(read), entry_id) for entry_id in entry_ids]
        self._run(
            lambda c: c.executemany("UPDATE articles SET read = ? WHERE id = ?", rows),
            write=True,
        )

    def star(self, entry_id: int, starred: bool = True) -> None:
        """Keep an article for later (or no longer): listed under Starred, and kept when
        its feed is unsubscribed from."""
        self._run(
            lambda c: c.execute(
                "UPDATE articles SET starred = ? WHERE id = ?", (int(starred), entry_id)
            ),
            write=True,
        )

    def mark_all_read(self, feed: str | None = None, *, starred: bool = False) -> int:
        """Mark every unread article read (only `feed`'s, when given; only the starred,
        with `starred`); how many."""
        where, params = (f"AND {_CARRIED}", (feed,)) if feed is not None else ("", ())
        where += f" AND {_STARRED}" if starred else ""
        return self._run(
            lambda c: (
                c.execute(f"UPDATE articles SET read = 1 WHERE read = 0 {where}", params).rowcount
            ),
            write=True,
        )

    def remove_entries(self, entry_ids: Iterable[int]) -> int:
        """Take articles out of the library (their texts and search index too); how many.
        A feed's entry stays out: the feeds that carry it do not bring it back."""
        ids = list(entry_ids)

        def work(c: sqlite3.Connection) -> int:
            c.executemany(
                "INSERT OR IGNORE INTO removed_entries (feed, link) SELECT e.feed, a.source "
                "FROM feed_entries e JOIN articles a ON a.id = e.entry WHERE e.entry = ?",
                ((i,) for i in ids),
            )
            return _delete_entries(c, ids)

        return self._run(work, write=True)

    def remove_all(self) -> int:
        """Empty the library: every article and feed (analyses stay, as cache). How many
        articles went."""

        def work(c: sqlite3.Connection) -> int:
            count = c.execute("SELECT count(*) FROM articles").fetchone()[0]
            for table in ("articles", "texts", "feeds", "feed_entries", "removed_entries"):
                c.execute(f"DELETE FROM {table}")
            c.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
            return count

        removed = self._run(work, write=True)
        self._vacuum()
        return removed

    def appearances(
        self, names: list[str], exclude_entry: int | None = None, keys: Sequence[str] = ()
    ) -> list[LibraryEntry]:
        """Other entries whose analysed actors bear any of these names or aliases, or whose
        story names an actor under one of these identity keys."""
        folded = sorted({n.casefold() for n in names if n.strip()})
        if not folded and not keys:
            return []
        sql = (
            f"SELECT {ENTRY_COLUMNS} FROM articles WHERE (text_hash IN "
            f"(SELECT text_hash FROM actor_names WHERE name IN ({', '.join('?' * len(folded))})) "
            "OR text_hash IN (SELECT text_hash FROM story_actors WHERE key IN "
            f"({', '.join('?' * len(keys))})))"
            # the excluded entry, and any copy of the same text under another source
            "AND text_hash IS NOT (SELECT text_hash FROM articles WHERE id = ?) "
            f"{NEWEST_FIRST}"
        )
        params = (*folded, *keys, exclude_entry)
        return self._run(lambda c: [LibraryEntry.from_row(r) for r in c.execute(sql, params)])

    def known_kinds(self, names: set[str]) -> dict[str, str]:
        """The kind the library's analyses by this parser gave each of these (case-folded)
        names with evidence, the most frequent one where they differ; names without one
        are left out. An older parser's kinds are not evidence: a rule since mended would
        go on typing the name in every other article until its text is analysed again."""
        version = parser_version()

        def kinds(chunk: list[str]) -> list[tuple[str, str]]:
            sql = (
                "SELECT name, kind FROM actor_names WHERE kind IS NOT NULL AND name IN "
                f"({', '.join('?' * len(chunk))}) AND EXISTS (SELECT 1 FROM analyses a "
                "WHERE a.text_hash = actor_names.text_hash AND a.parser_version = ?) "
                "GROUP BY name, kind ORDER BY COUNT(*)"
            )
            return self._run(lambda c: c.execute(sql, [*chunk, version]).fetchall())

        keys = sorted(names)
        found: dict[str, str] = {}
        for low in range(0, len(keys), 500):  # within SQLite's limit on parameters
            found.update(kinds(keys[low : low + 500]))  # the most frequent kind comes last
        return found

    # -- the story index (reader.stories) ------------------------------------

    def save_story(self, article: Article, data: str, actors: list[StoryActor]) -> None:
        """Keep what timelines read of an analysed article: `data` (JSON) and its actors as
        (identity key, name, kind, roles); the who's-who totals of those keys follow."""
        row = _story_row(article, data, actors)
        self._saving(lambda c: _total_actors(c, _write_story(c, *row)))

    def save_analyses(self, rows: list[tuple]) -> None:
        """save_analysis and save_story for several articles, each as rows_to_save gives
        it, in one transaction: the who's-who totals of an actor named in many of them
        are worked out once, not once for each."""

        def work(c: sqlite3.Connection) -> None:
            keys: set[str] = set()
            for analysis_row, story_row in rows:
                _write_analysis(c, *analysis_row)
                keys |= _write_story(c, *story_row)
            _total_actors(c, keys)

        self._saving(work)

    def unindexed_entries(self) -> list[int]:
        """Library entries whose text has no story for its date (a cache from before the
        story index): index them before asking. A story from an older parser serves until
        the article is analysed again, so a new parser never re-analyses the library."""
        sql = (
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s "
            "INDEXED BY stories_keys WHERE s.text_hash = a.text_hash "
            "AND s.published = coalesce(a.published, '')) ORDER BY a.id"
        )
        return self._run(lambda c: [r[0] for r in c.execute(sql)])

    def story_candidates(self, words: list[str], keys: list[str]) -> list[tuple]:
        """(entry id, title, source, url, published, text, story JSON) of the library's
        articles with any of these words (as FTS queries) or actors under these keys."""
        matches = [m for m in (fts_query(w) for w in words) if m]
        where = [f"a.id IN ({_MATCHING_IDS})" for _ in matches]
        if keys:
            marks = ", ".join("?" * len(keys))
            where.append(
                f"a.text_hash IN (SELECT text_hash FROM story_actors WHERE key IN ({marks}))"
            )
        if not where:
            return []
        sql = (
            "SELECT a.id, a.title, a.source, a.url, a.published, t.text, s.data FROM articles a "
            "JOIN texts t ON t.hash = a.text_hash JOIN stories s ON s.text_hash = a.text_hash "
            "AND s.published = coalesce(a.published, '') "
            f"WHERE {' OR '.join(where)} ORDER BY a.id"
        )
        params = (*matches, *keys)
        rows = self._run(lambda c: c.execute(sql, params).fetchall())
        return [(row[0], *(v if v is None else stored_text(v) for v in row[1:])) for row in rows]

    def keys_ending(self, word: str) -> list[str]:
        """The identity keys that are this word or end with it (a surname's full names)."""
        sql = "SELECT key FROM whos_who WHERE key = ? OR key LIKE ? ESCAPE '\\'"
        like = _like_pattern("% ", word, "")
        if like is None:
            return []
        return self._run(lambda c: [r[0] for r in c.execute(sql, (word, like))])

    def whos_who(self, contains: str = "", limit: int = 500) -> list[tuple]:
        """(key, name, kind, roles, articles, first, last) of the actors across the library,
        the most frequent first; `contains` filters by name (any case)."""
        pattern = _like_pattern("%", contains, "%")
        if pattern is None:
            return []
        sql = (
            "SELECT key, name, kind, roles, articles, first, last FROM whos_who "
            "WHERE name LIKE ? ESCAPE '\\' ORDER BY articles DESC, name LIMIT ?"
        )
        rows = self._run(lambda c: c.execute(sql, (pattern, limit)).fetchall())
        return [_whos_who_row(*row) for row in rows]

    # -- feeds --------------------------------------------------------------

    def add_feed(self, url: str, title: str = "") -> None:
        """Subscribe to a feed; subscribing again only updates a non-empty title."""
        self._run(
            lambda c: c.execute(
                "INSERT INTO feeds (url, title, added) VALUES (?, ?, ?) ON CONFLICT (url) "
                "DO UPDATE SET title = CASE WHEN excluded.title != '' "
                "THEN excluded.title ELSE title END",
                (url, title, _now()),
            ),
            write=True,
        )

    def feeds(self) -> list[Feed]:
        """Every subscribed feed, in the order subscribed, with its articles counted."""
        rows = self._run(lambda c: c.execute(_FEEDS_COUNTED).fetchall())
        return [Feed.from_row(row) for row in rows]

    def has_feed(self, url: str) -> bool:
        url = clean_line(url)  # as stored: an address typed may hold a lone surrogate
        return bool(
            self._run(lambda c: c.execute("SELECT 1 FROM feeds WHERE url = ?", (url,)).fetchone())
        )

    def remove_feed(self, url: str, with_articles: bool = False) -> int | None:
        """Unsubscribe; the feed's unread articles go with it, the ones read or starred
        stay (all go `with_articles`), and so does what another feed still carries. How
        many articles went, or None if no such feed."""

        def work(c: sqlite3.Connection) -> int | None:
            if c.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount == 0:
                return None
            read = "" if with_articles else f" AND read = 0 AND NOT {_STARRED}"
            ids = [r[0] for r in c.execute(_ONLY_CARRIED_BY.format(read=read), (url,))]
            c.execute("DELETE FROM feed_entries WHERE feed = ?", (url,))
            c.execute("DELETE FROM removed_entries WHERE feed = ?", (url,))
            c.execute(_FIRST_FEED_LEFT, (url,))
            return _delete_entries(c, ids)

        return self._run(work, write=True)

    def kept_anyway(self, url: str) -> int:
        """How many of the feed's unread articles are starred or carried by another
        subscribed feed too (they stay when it is unsubscribed from)."""
        sql = (
            "SELECT count(*) FROM feed_entries e JOIN articles a ON a.id = e.entry "
            f"WHERE e.feed = ?1 AND a.read = 0 AND (a.{_STARRED} OR EXISTS (SELECT 1 "
            "FROM feed_entries o JOIN feeds f ON f.url = o.feed WHERE o.entry = a.id "
            "AND o.feed != ?1))"
        )
        return self._run(lambda c: c.execute(sql, (url,)).fetchone()[0])

    def link_feed(self, url: str, identities: Iterable[str]) -> None:
        """The feed carries these entries the library already has (their links, else
        their feed identities: see reader.sources.feeds): it lists them too."""
        names = sorted(set(identities))

        def work(c: sqlite3.Connection) -> None:
            for low in range(0, len(names), 400):  # within SQLite's limit on parameters
                chunk = names[low : low + 400]
                marks = ", ".join("?" * len(chunk))
                c.execute(
                    "INSERT OR IGNORE INTO feed_entries (feed, entry) SELECT ?, id FROM articles "
                    f"WHERE url IN ({marks}) OR source IN ({marks})",
                    (url, *chunk, *chunk),
                )

        if names:
            self._run(work, write=True)

    def update_feed(
        self,
        url: str,
        *,
        title: str | None = None,
        etag: str | None = None,
        modified: str | None = None,
        error: str | None = None,
    ) -> None:
        """Record a fetch: title, etag and modified change only when given; `error` is
        always written, so a fetch that succeeds (error=None) clears the last one. Only
        a fetch that succeeds says when the feed was refreshed: offline all morning, the
        Feeds screen says how old what it shows is, not when it last failed."""

        def work(c: sqlite3.Connection) -> None:
            c.execute(
                "INSERT OR IGNORE INTO feeds (url, title, added) VALUES (?, '', ?)", (url, _now())
            )
            c.execute(
                "UPDATE feeds SET title = coalesce(?, title), etag = coalesce(?, etag), "
                "modified = coalesce(?, modified), last_error = ?, "
                "refreshed = CASE WHEN ? IS NULL THEN ? ELSE refreshed END WHERE url = ?",
                (title, etag, modified, error, error, _now(), url),
            )

        self._run(work, write=True)

    # -- the cache as a whole ---------------------------------------------------

    def info(self) -> dict[str, str | int]:
        def work(c: sqlite3.Connection) -> tuple[int, ...]:
            counts = [
                c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "analyses", "feeds")
            ]
            pages = c.execute("PRAGMA page_count").fetchone()[0]
            page_size = c.execute("PRAGMA page_size").fetchone()[0]
            return (schema.version(c), *counts, pages * page_size)

        version, articles, analyses, feeds, size = self._run(work)
        if self.path is not None:
            size = sum(_size(Path(f"{self.path}{s}")) for s in ("", "-wal"))
        return {
            "path": str(self.path) if self.path else "(in memory: no cache)",
            "schema version": version,
            "parser version": parser_version(),
            "articles": articles,
            "analyses": analyses,
            "feeds": feeds,
            "size": _human_size(size),
        }

    def clear(self) -> int:
        """Forget every analysis (they are worked out again on demand); the library,
        its read state and the feeds stay. How many analyses went."""

        def work(c: sqlite3.Connection) -> int:
            count = c.execute("DELETE FROM analyses").rowcount
            for table in ("actor_names", "stories", "story_actors", "whos_who"):
                c.execute(f"DELETE FROM {table}")
            return count

        cleared = self._run(work, write=True)
        self._vacuum()
        return cleared

    def _vacuum(self) -> None:
        with contextlib.suppress(StoreError):  # giving the space back is a nicety
            self._run(lambda c: c.execute("VACUUM"))
            self._run(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)"))

    # -- plumbing -------------------------------------------------------------

    def _saving(self, work: Callable[[sqlite3.Connection], None]) -> None:
        """Write what was worked out, for next time: a failure is said once, not raised
        (the analysis is still shown; only the saving failed)."""
        try:
            self._run(work, write=True)
        except StoreError as error:
            if not self._save_failed:
                self._save_failed = True
                self._warn(f"could not save analyses in the cache ({error})")

    def _run(self, work: Callable[[sqlite3.Connection], T], write: bool = False) -> T:
        """Run `work` under the lock (in a write transaction if asked); on damage,
        rebuild the cache and try once more; other failures become StoreError."""
        with self._lock:
            for attempt in (1, 2):
                try:
                    return self._attempt(work, write)
                except sqlite3.DatabaseError as error:
                    if _undecodable(error):
                        return self._leniently(work, write)
                    if attempt == 2 or self.path is None or not db.is_damage(error):
                        raise StoreError(f"cache: {error}") from error
                    self._recover(error)
        raise AssertionError("unreachable")

    def _attempt(self, work: Callable[[sqlite3.Connection], T], write: bool) -> T:
        conn = self._conn
        if not write:
            return work(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = work(conn)
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        return result

    def _leniently(self, work: Callable[[sqlite3.Connection], T], write: bool) -> T:
        """Text another program stored as invalid UTF-8 is damage to its rows only: they
        are read with replacement characters (said once), the rest as it is."""
        if not self._said_undecodable:
            self._said_undecodable = True
            self._warn(
                "the cache holds text that is not valid UTF-8 (written by another "
                "program?); it is shown with replacement characters"
            )
        self._conn.text_factory = stored_text  # bytes no UTF-8 holds: read, spoilt ones replaced
        try:
            return self._attempt(work, write)
        finally:
            self._conn.text_factory = str

    def _recover(self, error: sqlite3.DatabaseError) -> None:
        """The file turned out damaged mid-session: set it aside, carry on with a new one."""
        assert self.path is not None
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        before = len(self.warnings)
        conn, self.not_kept = _open_file(self.path, self.warnings, damaged=(self._file_id, error))
        if self.not_kept:
            self.path = None
        self._conn = conn
        self._file_id = db.file_id(self.path) if self.path else None
        if self.on_warning:
            for warning in self.warnings[before:]:
                self.on_warning(warning)

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        if self.on_warning:
            self.on_warning(message)


def _open_file(
    path: Path,
    warnings: list[str],
    damaged: tuple[tuple[int, int] | None, BaseException] | None = None,
    notice: Callable[[str], None] | None = None,
) -> tuple[sqlite3.Connection, str]:
    """A connection to the cache file, setting a damaged one aside first, and "".

    When the file cannot be used: a copy in memory of what can be read of it (a
    read-only cache) or an empty database in memory, and why nothing will be kept.
    `damaged` is (the file's identity when opened, the error) when damage was
    found after opening.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if damaged:
            _set_aside(path, *damaged, warnings)
        opened = db.file_id(path)
        with contextlib.suppress(OSError):  # in a read-only folder: read as it is, below
            db.renew_companions(path)
        try:
            return db.connect(path, notice), ""
        except sqlite3.DatabaseError as error:
            if not db.is_damage(error):
                raise
            _set_aside(path, opened, error, warnings)
            return db.connect(path), ""
    except schema.SchemaTooNew as error:
        reason = f"not using the cache {path}: {error}"
    except (OSError, sqlite3.Error) as error:
        why = error.strerror if isinstance(error, OSError) and error.strerror else error
        full = db.is_disk_full(error, path.parent)
        why = "the disk holding it is full" if full else why
        reason = f"cannot write to the cache in {path.parent} ({why})"
        if db.is_read_only(error) or full:  # read as it is: the library is still all there
            copy = _read_only_copy(path)
            if copy is not None:
                warnings.append(f"{reason}: reading it, but nothing will be kept")
                return copy, reason
        reason = f"cannot use the cache in {path.parent} ({why})"
    warnings.append(f"{reason}; running without a cache")
    return db.connect(None), reason


def _read_only_copy(path: Path) -> sqlite3.Connection | None:
    """What a cache that cannot be written holds, copied into memory; None if unreadable."""
    try:
        return db.copy_in_memory(path) if path.is_file() else None
    except (OSError, sqlite3.Error, schema.SchemaTooNew):
        return None


def _set_aside(
    path: Path, opened: tuple[int, int] | None, error: BaseException, warnings: list[str]
) -> None:
    """Save what can still be read of the damaged file into a new one, which takes its
    place; the damaged file is kept aside. Nothing is done if another process already
    replaced it."""
    if opened is None or db.file_id(path) != opened:
        warnings.append(f"the cache was damaged ({error}); another reader has replaced it")
        return
    fresh = path.with_name(f"{path.name}.salvage")
    saved = _salvaged(path, fresh)
    aside = db.move_aside(path)
    if saved:
        os.replace(fresh, path)
    warnings.append(
        f"the cache was damaged ({error}); {_saved_words(saved)}; the damaged file is {aside}"
    )


def _salvaged(damaged: Path, fresh: Path) -> dict[str, int]:
    """The readable rows of `damaged` copied into a new cache at `fresh`; how many per table."""
    from reader.store.salvage import salvage

    for leftover in (fresh, Path(f"{fresh}-wal"), Path(f"{fresh}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        conn = db.connect(fresh)
    except sqlite3.Error:
        return {}
    try:
        return salvage(damaged, conn)
    finally:
        conn.close()


def _saved_words(saved: dict[str, int]) -> str:
    """What a salvage kept, in words: "saved 7 library entries, 5 analyses and 2 feeds
    (26 rows in all) into a new cache"."""
    total = sum(saved.values())
    if not total:
        return "nothing in it could be read; started a new one"
    named = {"articles": "library entries", "analyses": "analyses", "feeds": "feeds"}
    parts = [f"{saved.get(table, 0)} {words}" for table, words in named.items()]
    return f"saved {', '.join(parts[:-1])} and {parts[-1]} ({total} rows in all) into a new cache"


def _undecodable(error: sqlite3.DatabaseError) -> bool:
    """Python's sqlite3 says so in words only (no result code: SQLite itself is fine)."""
    return str(error).startswith("Could not decode to UTF-8")


def _stored_date(value: str | None) -> date | None:
    """A stored date; one another program spoilt is no date, not a failure."""
    try:
        return date.fromisoformat(stored_text(value)[:10]) if value else None
    except ValueError:
        return None


def _before(key: tuple) -> tuple[str, tuple]:
    """A WHERE clause for the entries that come before the one with this order key,
    newest first (SQLite sorts a missing date below every date), and its parameters.
    Written on the columns themselves, so that the index answers it."""
    published, added, entry_id = key
    later = "(added > ? OR (added = ? AND id > ?))"
    if published is None:
        return f"(published IS NOT NULL OR (published IS NULL AND {later}))", (
            added,
            added,
            entry_id,
        )
    return f"(published > ? OR (published = ? AND {later}))", (
        published,
        published,
        added,
        added,
        entry_id,
    )


def _following(
    c: sqlite3.Connection, key: tuple, limit: int, *, forward: bool, wanted: str = ""
) -> list[tuple]:
    """Up to `limit` entries after the one with this order key (`forward`: newest first)
    or before it (nearest first), each of the `wanted` clause (ending in AND) if given."""
    order = NEWEST_FIRST if forward else OLDEST_FIRST
    rows: list[tuple] = []
    for side, params in _older(key) if forward else _newer(key):
        sql = f"SELECT {ENTRY_COLUMNS} FROM articles WHERE {wanted}{side} {order} LIMIT ?"
        rows += c.execute(sql, (*params, limit - len(rows))).fetchall()
        if len(rows) == limit:
            break
    return rows


def _older(key: tuple) -> list[tuple[str, tuple]]:
    """WHERE clauses for the entries that come after the one with this order key, newest
    first, and their parameters: the rest of its day, the older days, the undated. Each
    is read on the index in the library's order, so the first one found ends the look;
    one clause for them all (an OR) made SQLite gather and sort every older entry."""
    published, added, entry_id = key
    later = ("(added < ? OR (added = ? AND id < ?))", (added, added, entry_id))
    if published is None:
        return [(f"published IS NULL AND {later[0]}", later[1])]
    return [
        (f"published = ? AND {later[0]}", (published, *later[1])),
        ("published < ?", (published,)),
        ("published IS NULL", ()),
    ]


def _newer(key: tuple) -> list[tuple[str, tuple]]:
    """WHERE clauses for the entries that come before it, oldest first (see _older)."""
    published, added, entry_id = key
    earlier = ("(added > ? OR (added = ? AND id > ?))", (added, added, entry_id))
    if published is None:
        return [(f"published IS NULL AND {earlier[0]}", earlier[1]), ("published IS NOT NULL", ())]
    return [
        (f"published = ? AND {earlier[0]}", (published, *earlier[1])),
        ("published > ?", (published,)),
    ]


_WORD = re.compile(r"\w+")


def _whos_who_row(key, name, kind, roles, articles, first, last) -> tuple:
    """A row of the Who's who as the reader keeps it, whatever another program left in
    it: texts as text, the roles a list, the count of articles a number."""
    texts = [stored_text(v) if v is not None else "" for v in (key, name, kind, first, last)]
    count = articles if type(articles) is int else 0
    return (*texts[:3], _roles(roles), count, *texts[3:])


def _roles(stored: str) -> list[str]:
    """An actor's roles as the index keeps them (a JSON list); none when another program
    left something else there."""
    try:
        roles = json.loads(stored)
    except (ValueError, TypeError, RecursionError):  # RecursionError: nested past the stack
        return []
    return roles if isinstance(roles, list) else []


def _like_pattern(before: str, text: str, after: str) -> str | None:
    """A LIKE pattern (ESCAPE '\\') matching `text` as written, between `before` and
    `after`; None when SQLite would refuse it as too long (over 50,000 bytes, say a paste
    of pages into a filter): no name kept is that long."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = before + escaped + after
    return pattern if len(pattern.encode("utf-8", "surrogatepass")) <= _LONGEST_LIKE else None


_LONGEST_LIKE = 50_000  # bytes: SQLITE_MAX_LIKE_PATTERN_LENGTH


def fts_query(query: str) -> str | None:
    """An FTS5 query for the words typed: each quoted (so no syntax can fail) and
    taken as a prefix (so the list filters while typing); None if no words."""
    words = _WORD.findall(query)
    return " ".join(f'"{w}"*' for w in words) if words else None


def _upsert(
    c: sqlite3.Connection,
    changes: list[IndexChange],
    digest: str,
    text: str,
    title: str,
    source: str,
    url: str,
    feed: str,
    published: str | None,
) -> tuple[LibraryEntry, bool]:
    """Insert an article, or refresh the metadata of the same (source, text); whether new.
    A feed entry whose source is its feed's URL and a fragment (it has no link: see
    reader.sources.feeds) is the same as its text kept under the bare feed URL, as an
    older reader kept it: that entry takes the new source, read state and all.
    A feed entry whose link the library has from elsewhere (another feed carries the
    story, with other words in its summary) is that article, listed under this feed too.
    What the search index is to be told is added to `changes`."""
    same = f"SELECT id, title, {schema.PLACE} FROM articles WHERE source = ? AND text_hash = ?"
    row = c.execute(same, (source, digest)).fetchone()
    if row is None and feed and source.startswith(f"{feed}#"):
        row = c.execute(same, (feed, digest)).fetchone()
    if row is None and feed and url:
        elsewhere = "SELECT id FROM articles WHERE url = ? AND feed != ? ORDER BY id LIMIT 1"
        if carried := c.execute(elsewhere, (url, feed)).fetchone():
            return _listed_under(c, feed, carried[0]), False
    if row is None:
        c.execute("INSERT OR IGNORE INTO texts (hash, text) VALUES (?, ?)", (digest, text))
        entry_id = c.execute(
            "INSERT INTO articles (source, text_hash, title, url, feed, published, added) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (source, digest, title, url, feed, published, _now()),
        ).lastrowid
        place = c.execute(_PLACE_OF, (entry_id,)).fetchone()[0]
        changes.append((_INDEX_ADD, place, title, text))
    else:
        entry_id, old_title, old_place = row
        c.execute(
            "UPDATE articles SET source = ?, title = coalesce(nullif(?, ''), title), "
            "url = coalesce(nullif(?, ''), url), feed = CASE feed WHEN '' THEN ? ELSE feed END, "
            "published = coalesce(?, published) WHERE id = ?",
            (source, title, url, feed, published, entry_id),
        )
        new_title = title or old_title
        place = c.execute(_PLACE_OF, (entry_id,)).fetchone()[0]
        if (new_title, place) != (old_title, old_place):  # a new title or date
            changes.append((_INDEX_DELETE, old_place, old_title, text))
            changes.append((_INDEX_ADD, place, new_title, text))
    return _listed_under(c, feed, entry_id), row is None


def _storable(entry_id: int) -> bool:
    """Whether an id fits SQLite's integers: a number typed by hand may not, and is no entry."""
    return -(1 << 63) <= entry_id < 1 << 63


def _listed_under(c: sqlite3.Connection, feed: str, entry_id: int | None) -> LibraryEntry:
    """The entry, listed under the feed that carries it (if any)."""
    if feed:
        c.execute(
            "INSERT OR IGNORE INTO feed_entries (feed, entry) VALUES (?, ?)", (feed, entry_id)
        )
    found = c.execute(f"SELECT {ENTRY_COLUMNS} FROM articles WHERE id = ?", (entry_id,))
    return LibraryEntry.from_row(found.fetchone())


def _reindex(c: sqlite3.Connection, changes: list[IndexChange]) -> None:
    """Tell the search index these changes in the order of their places (those of one
    place in the order made): FTS5 writes out what it holds whenever a rowid is not above
    the last one, and entries come in any order of date (a write for each, 3x slower)."""
    for sql, *values in sorted(changes, key=lambda change: change[1]):
        c.execute(sql, values)


def _delete_entries(c: sqlite3.Connection, entry_ids: list[int]) -> int:
    """Delete these articles, their search index entries, and their texts if nothing else
    shares them; how many there were."""
    changes: list[IndexChange] = []
    deleted = sum(_delete_entry(c, changes, i) for i in entry_ids)
    _reindex(c, changes)
    return deleted


def _delete_entry(c: sqlite3.Connection, changes: list[IndexChange], entry_id: int) -> int:
    """Delete one article, and its text if nothing else shares it; its search index entry
    goes into `changes`."""
    row = c.execute(
        f"SELECT a.title, a.text_hash, t.text, {schema.PLACE} FROM articles a "
        "LEFT JOIN texts t ON t.hash = a.text_hash WHERE a.id = ?",
        (entry_id,),
    ).fetchone()
    if row is None:
        return 0
    title, digest, text, place = row
    changes.append((_INDEX_DELETE, place, title, text or ""))
    c.execute("DELETE FROM articles WHERE id = ?", (entry_id,))
    c.execute("DELETE FROM feed_entries WHERE entry = ?", (entry_id,))
    c.execute(
        "DELETE FROM texts WHERE hash = ? AND NOT EXISTS "
        "(SELECT 1 FROM articles WHERE text_hash = ?)",
        (digest, digest),
    )
    return 1


def rows_to_save(
    article: Article, analysis: Analysis, data: str, actors: list[StoryActor]
) -> tuple:
    """What save_analyses writes of one article: its analysis, its story's data and
    actors (see save_story). No store: a pool can work it out."""
    return _analysis_row(article, analysis), _story_row(article, data, actors)


def _analysis_row(article: Article, analysis: Analysis) -> tuple:
    """What save_analysis writes: the key, the JSON, and the actors' names with their kinds."""
    digest, version, published = _analysis_key(article)
    with collection_paused():
        data = json_pieces.dumps(analysis.to_dict())
    names: dict[str, str | None] = {}
    for actor in analysis.actors:
        kind = None if actor.kind_guessed else actor.kind
        for name in (actor.name, *actor.aliases):
            if name.strip():
                names.setdefault(name.casefold(), kind)
    return digest, version, published, data, names


def _write_analysis(
    c: sqlite3.Connection,
    digest: str,
    version: str,
    published: str,
    data: str,
    names: dict[str, str | None],
) -> None:
    # An older parser's analyses of this text will not be read again.
    c.execute("DELETE FROM analyses WHERE text_hash = ? AND parser_version != ?", (digest, version))
    c.execute(
        "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)",
        (digest, version, published, data, _now()),
    )
    c.execute("DELETE FROM actor_names WHERE text_hash = ?", (digest,))
    c.executemany(
        "INSERT INTO actor_names (name, text_hash, kind) VALUES (?, ?, ?)",
        ((name, digest, kind) for name, kind in sorted(names.items())),
    )


def _story_row(article: Article, data: str, actors: list[StoryActor]) -> tuple:
    """What save_story writes: the key, the JSON, and a row for each actor."""
    digest, version, published = _analysis_key(article)
    rows = [
        (key, digest, name, kind, json.dumps(roles), published) for key, name, kind, roles in actors
    ]
    return digest, version, published, data, rows


def _write_story(
    c: sqlite3.Connection, digest: str, version: str, published: str, data: str, rows: list
) -> set[str]:
    """Write a story and its actors; the keys whose who's-who totals it changed."""
    c.execute("DELETE FROM stories WHERE text_hash = ? AND parser_version != ?", (digest, version))
    c.execute(
        "INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?)", (digest, version, published, data)
    )
    old = [r[0] for r in c.execute("SELECT key FROM story_actors WHERE text_hash = ?", (digest,))]
    c.execute("DELETE FROM story_actors WHERE text_hash = ?", (digest,))
    c.executemany("INSERT OR REPLACE INTO story_actors VALUES (?, ?, ?, ?, ?, ?)", rows)
    return {*old, *(row[0] for row in rows)}


def _total_actors(c: sqlite3.Connection, keys: set[str]) -> None:
    """The who's-who rows of these identity keys, from their actors in every analysed text:
    the fullest name (with roles, the longest, the first text of those), the kind and
    roles that name has, how many texts, the first and last day. A key no text names
    any more leaves the who's-who. A few statements for them all, not a few for each."""
    ordered = sorted(keys)
    for low in range(0, len(ordered), 500):  # within SQLite's limit on parameters
        chunk = ordered[low : low + 500]
        marks = ", ".join("?" * len(chunk))
        c.execute(
            f"DELETE FROM whos_who WHERE key IN ({marks}) AND NOT EXISTS "
            "(SELECT 1 FROM story_actors s WHERE s.key = whos_who.key)",
            chunk,
        )
        c.execute(_TOTALS.format(marks=marks), chunk)


_TOTALS = (
    "INSERT OR REPLACE INTO whos_who SELECT t.key, a.name, a.kind, a.roles, t.texts, "
    "t.first, t.last FROM (SELECT key, count(*) AS texts, "
    "coalesce(min(nullif(published, '')), '') AS first, "
    "coalesce(max(nullif(published, '')), '') AS last FROM story_actors "
    "WHERE key IN ({marks}) GROUP BY key) t JOIN story_actors a ON a.key = t.key "
    "AND a.text_hash = (SELECT text_hash FROM story_actors WHERE key = t.key "
    "ORDER BY length(roles) > 2 DESC, length(name) DESC, text_hash LIMIT 1)"
)


def _article_row(article: Article) -> tuple:
    published = article.published.isoformat() if article.published else None
    title = clean_title(article.title or article.source)
    return (
        text_hash(article.text),
        article.text,
        title,
        article.source,
        article.url,
        article.feed,
        published,
    )


def _analysis_key(article: Article) -> tuple[str, str, str]:
    """What an analysis depends on: the text, the parser, and the date it resolves against."""
    published = article.published.isoformat() if article.published else ""
    return text_hash(article.text), parser_version(), published


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _human_size(n: float) -> str:
    if n < 1024:
        return f"{n:.0f} bytes"
    for unit in ("KB", "MB", "GB"):
        n /= 1024
        if n < 1024 or unit == "GB":
            break
    return f"{n:.1f} {unit}"
