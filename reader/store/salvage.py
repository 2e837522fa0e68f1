"""What can still be read from a damaged cache file, copied into a new one.

A truncated file or a few zeroed pages spoil the rows on those pages, not the
rest: every table is read row by row in rowid order, and a stretch that cannot
be read is stepped over (seeking past it) rather than ending the table. The
search index is rebuilt from the saved articles and texts.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.store import schema
from reader.store.db import read_only_uri

_FIRST = 0  # the store's rowids count from 1
_MAX_JUMPS = 64  # doubling steps past a damaged stretch: enough for any rowid


def salvage(damaged: Path, fresh: sqlite3.Connection) -> dict[str, int]:
    """Copy the readable rows of `damaged` into `fresh` (a new cache with the current
    schema, in autocommit mode); how many rows of each table were saved."""
    try:
        source = sqlite3.connect(read_only_uri(damaged), uri=True)
        # Lets SQLite read a file shorter than its header says (a truncated one).
        source.execute("PRAGMA writable_schema = ON")
    except sqlite3.Error:
        return {}
    source.text_factory = lambda value: value.decode("utf-8", errors="replace")
    saved: dict[str, int] = {}
    try:
        fresh.execute("BEGIN IMMEDIATE")
        for table, columns in _shared_tables(source, fresh):
            marks = ", ".join("?" * len(columns))
            names = ", ".join(columns)
            insert = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})"
            rows = _readable_rows(source, table, names)
            saved[table] = sum(fresh.execute(insert, row).rowcount for row in rows)
        saved |= _rebuild_library(fresh)
        fresh.execute("COMMIT")
    except sqlite3.Error:
        if fresh.in_transaction:
            fresh.execute("ROLLBACK")
        return {}
    finally:
        source.close()
    return saved


def _shared_tables(source: sqlite3.Connection, fresh: sqlite3.Connection):
    """(table, columns in both) for each plain table of the new schema that the damaged
    file has too; search indexes (virtual tables and theirs) are rebuilt, not copied."""
    schema = fresh.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in schema if sql.upper().startswith("CREATE VIRTUAL")]
    for name, _ in schema:
        if name in virtual or any(name.startswith(f"{v}_") for v in virtual):
            continue
        try:
            old = {row[1] for row in source.execute(f"PRAGMA table_info({name})")}
        except sqlite3.DatabaseError:
            continue  # the table's definition itself is unreadable
        columns = [row[1] for row in fresh.execute(f"PRAGMA table_info({name})") if row[1] in old]
        if columns:
            yield name, columns


def _readable_rows(source: sqlite3.Connection, table: str, columns: str):
    """The table's rows that can be read, in rowid order, stepping over damaged stretches."""
    try:
        source.execute(f"SELECT rowid FROM {table} LIMIT 0")
    except sqlite3.DatabaseError:  # WITHOUT ROWID: read until the damage
        try:
            cursor = source.execute(f"SELECT {columns} FROM {table}")
        except sqlite3.DatabaseError:  # damaged from its first row on
            return
        yield from _until_damage(cursor)
        return
    # One row a query: a cursor reads a row ahead, and would lose a good row to a bad
    # one after it.
    query = f"SELECT rowid, {columns} FROM {table} WHERE rowid >= ? ORDER BY rowid LIMIT 1"
    start: int | None = _FIRST
    while start is not None:
        try:
            row = source.execute(query, (start,)).fetchone()
        except sqlite3.DatabaseError:
            start = _past_damage(source, query, start)
            continue
        if row is None:
            return
        start = row[0] + 1
        yield row[1:]


def _past_damage(source: sqlite3.Connection, query: str, start: int) -> int | None:
    """The smallest rowid after `start` from which the table reads again, found by
    doubling jumps and then halving back; None if nothing beyond can be read."""
    readable = None
    for jump in (2**n for n in range(_MAX_JUMPS)):
        if _reads_from(source, query, start + jump):
            readable = jump
            break
    if readable is None:
        return None
    low, high = readable // 2, readable  # from `high` it reads, from `low` not (or low is 0)
    while high - low > 1:
        middle = (low + high) // 2
        if _reads_from(source, query, start + middle):
            high = middle
        else:
            low = middle
    return start + high


def _reads_from(source: sqlite3.Connection, query: str, start: int) -> bool:
    if start >= 2**63:
        return False
    try:
        source.execute(query, (start,)).fetchone()
    except sqlite3.DatabaseError:
        return False
    return True


def _until_damage(cursor: sqlite3.Cursor):
    try:
        yield from cursor
    except sqlite3.DatabaseError:
        return


def _rebuild_library(fresh: sqlite3.Connection) -> dict[str, int]:
    """Entries whose text was lost go (there is nothing to show); the search index is
    made again from the rest. Returns the corrected count of library entries."""
    fresh.execute("DELETE FROM articles WHERE text_hash NOT IN (SELECT hash FROM texts)")
    # Which feeds carry what: the saved rows of entries still there, and each entry's own
    # feed (a file from before the link table, or a damaged one, lists them all so).
    fresh.execute("DELETE FROM feed_entries WHERE entry NOT IN (SELECT id FROM articles)")
    fresh.execute(
        "INSERT OR IGNORE INTO feed_entries (feed, entry) "
        "SELECT feed, id FROM articles WHERE feed != ''"
    )
    fresh.execute(
        f"INSERT INTO articles_fts (rowid, title, text) SELECT {schema.PLACE}, a.title, t.text "
        "FROM articles a JOIN texts t ON t.hash = a.text_hash ORDER BY 1"  # see cache._reindex
    )
    return {"articles": fresh.execute("SELECT count(*) FROM articles").fetchone()[0]}
