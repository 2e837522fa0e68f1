"""The cache schema and its migrations, tracked with `PRAGMA user_version`.

MIGRATIONS[n] takes a database from version n to n + 1. A new release appends a
step and never edits an old one, so any older cache can be brought forward.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

MIGRATIONS: list[tuple[str, ...]] = [
    (
        # The library: one row per article (source + text hash). Texts live in
        # their own table so listing the library never reads them.
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            feed TEXT NOT NULL DEFAULT '',
            published TEXT,
            added TEXT NOT NULL,
            read INTEGER NOT NULL DEFAULT 0,
            UNIQUE (source, text_hash)
        )""",
        "CREATE INDEX articles_newest ON articles (published, added)",
        "CREATE INDEX articles_hash ON articles (text_hash)",
        "CREATE TABLE texts (hash TEXT PRIMARY KEY, text TEXT NOT NULL)",
        # Contentless: the words are indexed, the text is kept once (in texts).
        """CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, text, content='', tokenize='unicode61 remove_diacritics 2'
        )""",
        # Analyses as JSON, keyed by what determines them.
        """CREATE TABLE analyses (
            text_hash TEXT NOT NULL,
            parser_version TEXT NOT NULL,
            published TEXT NOT NULL,
            data TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (text_hash, parser_version, published)
        )""",
        # Actors' names and aliases, case-folded, for cross-article search.
        """CREATE TABLE actor_names (
            name TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            PRIMARY KEY (name, text_hash)
        ) WITHOUT ROWID""",
        "CREATE INDEX actor_names_hash ON actor_names (text_hash)",
        """CREATE TABLE feeds (
            url TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            etag TEXT,
            modified TEXT,
            last_error TEXT,
            added TEXT NOT NULL
        )""",
    ),
    (
        # When each feed was last fetched, and articles counted per feed and read state.
        "ALTER TABLE feeds ADD COLUMN refreshed TEXT",
        "CREATE INDEX articles_feed ON articles (feed, read)",
    ),
    (
        # Story timelines and the who's-who, written when an article is analysed: each
        # analysed text's actors and dated sentences (JSON, see reader.stories), its actors
        # under an identity key, and per key the totals the who's-who lists.
        """CREATE TABLE stories (
            text_hash TEXT NOT NULL,
            parser_version TEXT NOT NULL,
            published TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (text_hash, parser_version, published)
        ) WITHOUT ROWID""",
        """CREATE TABLE story_actors (
            key TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            roles TEXT NOT NULL,
            published TEXT NOT NULL,
            PRIMARY KEY (key, text_hash)
        ) WITHOUT ROWID""",
        "CREATE INDEX story_actors_hash ON story_actors (text_hash)",
        """CREATE TABLE whos_who (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            roles TEXT NOT NULL,
            articles INTEGER NOT NULL,
            first TEXT NOT NULL,
            last TEXT NOT NULL
        )""",
        "CREATE INDEX whos_who_frequent ON whos_who (articles DESC, name)",
    ),
    (
        # The kind the text gave evidence of for each actor name (NULL: only a guess), so
        # that other articles can type the same name alike (reader.parsing.known).
        "ALTER TABLE actor_names ADD COLUMN kind TEXT",
    ),
    (
        # The stories' keys apart from their data: finding the library's articles not yet
        # indexed then reads this small index, not the stories themselves.
        "CREATE INDEX stories_keys ON stories (text_hash, parser_version, published)",
    ),
    (
        # The article last opened: the library opens on it again (a row, or none).
        "CREATE TABLE last_opened (one INTEGER PRIMARY KEY CHECK (one = 1), entry INTEGER)",
    ),
    (
        # Which feeds carry each article: a story two feeds share is kept once (its read
        # state shared) and listed under both. articles.feed stays the feed it was first
        # read from (what the title bar names); the entries kept so far are their feed's.
        """CREATE TABLE feed_entries (
            feed TEXT NOT NULL,
            entry INTEGER NOT NULL,
            PRIMARY KEY (feed, entry)
        ) WITHOUT ROWID""",
        "CREATE INDEX feed_entries_entry ON feed_entries (entry)",
        # A feed entry is looked up by its link: one another feed carried first is the same.
        "CREATE INDEX articles_url ON articles (url)",
        "INSERT INTO feed_entries (feed, entry) SELECT feed, id FROM articles WHERE feed != ''",
    ),
    (
        # The feed entries the reader removed, by feed and identity (reader.sources.feeds):
        # a refresh does not bring them back; unsubscribing from the feed forgets them.
        """CREATE TABLE removed_entries (
            feed TEXT NOT NULL,
            link TEXT NOT NULL,
            PRIMARY KEY (feed, link)
        ) WITHOUT ROWID""",
    ),
    (
        # (Made the search index again with words' first letters indexed too, on main for
        # an hour: the next step makes it again, prefixes and all, so that a cache from
        # before both is indexed once; a cache at this version has a sound index.)
    ),
    (
        # The search index again, each text under its place in the library (PLACE), and
        # words' first one, two and three letters indexed too. FTS5 then walks the hits
        # newest first and stops at a page, where they were all found and sorted; and a
        # short word typed ('a', 'the'), taken as a prefix, is one list, not the merged
        # lists of every word it begins (each 20-300 ms in a library of 100,000 articles).
        # Contentless, so made again from the texts.
        """CREATE VIRTUAL TABLE articles_fts_placed USING fts5 (
            title, text, content='', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
        )""",
        "INSERT INTO articles_fts_placed (rowid, title, text) SELECT "
        "(coalesce(CAST(julianday(a.published) AS INTEGER), 0) << 40) | a.id, a.title, "
        "coalesce(t.text, '') FROM articles a LEFT JOIN texts t ON t.hash = a.text_hash "
        "ORDER BY 1",  # in order of place: FTS5 writes out what it holds at a lower rowid
        "DROP TABLE articles_fts",
        "ALTER TABLE articles_fts_placed RENAME TO articles_fts",
    ),
    (
        # The unread entries, few in a library mostly read: the Feeds screen counts each
        # feed's unread from them, not from every entry the feed lists (100 feeds listing
        # 114,000 entries: 270 -> 15 ms).
        "CREATE INDEX articles_unread ON articles (id) WHERE read = 0",
    ),
    (
        # The unread entries in the library's order, so that the next unread one and a
        # page of them are read in order too (by their ids alone, SQLite sorted them all
        # to find the next one); the Feeds screen counts from them as before.
        "DROP INDEX articles_unread",
        "CREATE INDEX articles_unread ON articles (published, added) WHERE read = 0",
    ),
    (
        # Starred articles, kept for later: few, listed and counted from their own index;
        # unsubscribing from a feed leaves them in the library.
        "ALTER TABLE articles ADD COLUMN starred INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX articles_starred ON articles (published, added) WHERE starred = 1",
    ),
]

# An entry's place in the library, the search index's rowid: its publication day (the
# Julian day number; 0 undated, or a date another program spoilt) above its id, so that
# the rowids run newest first as the library does (a day's entries by id, the order they
# were added). Days fit 23 bits, ids the 40 below them.
ID_BITS = (1 << 40) - 1
PLACE = "((coalesce(CAST(julianday(published) AS INTEGER), 0) << 40) | id)"


class SchemaTooNew(Exception):
    """The cache was written by a newer reader: leave it alone."""


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


UPDATING = "updating the library for this version of reader (once)"


def migrate(conn: sqlite3.Connection, notice: Callable[[str], None] | None = None) -> None:
    """Bring the database to len(MIGRATIONS), atomically, safe against a concurrent process.
    A library with entries in it is told to `notice` first: some steps make the search
    index again, seconds in a big library."""
    target = len(MIGRATIONS)
    if _check(version(conn), target):  # the common case: no write lock taken
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = version(conn)  # again, under the lock: another process may have migrated
        if not _check(current, target) and notice and _has_entries(conn):
            notice(UPDATING)
        for step in MIGRATIONS[current:]:
            for statement in step:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _has_entries(conn: sqlite3.Connection) -> bool:
    tables = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'"
    return bool(conn.execute(tables).fetchone()) and bool(
        conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone()
    )


def _check(current: int, target: int) -> bool:
    """True when up to date; raises when the cache is from a newer reader."""
    if current > target:
        raise SchemaTooNew(f"its schema ({current}) is newer than this reader's ({target})")
    return current == target
