"""Opening the SQLite file, and moving a damaged one out of the way.

Kept apart from the Store so the recovery rules (what counts as damage, where
the damaged file goes) are in one short place.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from reader.store import schema

BUSY_TIMEOUT_S = 5.0
# SQLite result codes that mean "this file is not a usable database".
_DAMAGE_CODES = {11: "SQLITE_CORRUPT", 26: "SQLITE_NOTADB"}


def connect(path: Path | None) -> sqlite3.Connection:
    """A ready connection (WAL, busy timeout, current schema); None means in memory.

    Raises sqlite3.DatabaseError if the file is damaged, schema.SchemaTooNew if a
    newer reader wrote it. Autocommit mode: the Store opens its own transactions.
    """
    conn = sqlite3.connect(
        ":memory:" if path is None else str(path),
        timeout=BUSY_TIMEOUT_S,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        if path is not None:
            conn.execute("PRAGMA journal_mode = WAL")  # the first read: fails on a non-database
            # In WAL mode NORMAL keeps every commit through a killed process;
            # only a power cut may drop the last ones, never corrupt.
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        schema.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def is_damage(error: BaseException) -> bool:
    """Whether an error says the database file itself is broken (not busy, not read-only)."""
    code = getattr(error, "sqlite_errorcode", None)
    return (
        isinstance(error, sqlite3.DatabaseError)
        and code is not None
        and code & 0xFF in _DAMAGE_CODES
    )


def file_id(path: Path) -> tuple[int, int] | None:
    """Identifies the file now at `path`, to tell whether another process replaced it."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) to NAME.corrupt-<timestamp>."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    return target
