"""Opening the SQLite file, and moving a damaged one out of the way.

Kept apart from the Store so the recovery rules (what counts as damage, where
the damaged file goes) are in one short place.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from reader.store import schema

BUSY_TIMEOUT_S = 5.0
_BUSY, _READONLY, _IOERR, _FULL, _CANTOPEN = 5, 8, 10, 13, 14  # SQLite's primary result codes
# SQLite result codes that mean "this file is not a usable database".
_DAMAGE_CODES = {11: "SQLITE_CORRUPT", 26: "SQLITE_NOTADB"}
_LOST_PARTS = ("no such table", "no such column")  # SQLite says these in words only


def connect(path: Path | None, notice: Callable[[str], None] | None = None) -> sqlite3.Connection:
    """A ready connection (WAL, busy timeout, current schema); None means in memory.
    `notice` hears of a long update of the schema before it starts (see schema.migrate).

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
            _into_wal(conn)  # the first read: fails on a non-database
            # In WAL mode NORMAL keeps every commit through a killed process;
            # only a power cut may drop the last ones, never corrupt.
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        schema.migrate(conn, notice)
    except BaseException:
        conn.close()
        raise
    return conn


def _into_wal(conn: sqlite3.Connection) -> None:
    """WAL mode. Switching a new file to it takes a lock SQLite does not wait for (the
    busy timeout does not apply), so two readers opening a new cache at once would
    see "database is locked": retried here for as long as the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if _code(error) != _BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def copy_in_memory(path: Path) -> sqlite3.Connection:
    """The database at `path` read without writing to it, copied into memory at the
    current schema: a cache that cannot be written is still read, and worked on."""
    source = sqlite3.connect(read_only_uri(path), uri=True)
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        source.backup(memory)
        schema.migrate(memory)
    except BaseException:
        memory.close()
        raise
    finally:
        source.close()
    return memory


def read_only_uri(path: Path) -> str:
    """A URI to read `path` without writing beside it: as an unchanging file when it
    has no WAL to read, or an empty one (a read-only WAL reader would otherwise need a
    -shm, which a full disk may have left unwritten)."""
    try:
        wal = Path(f"{path}-wal").stat().st_size
    except OSError:
        wal = 0
    immutable = "" if wal else "&immutable=1"
    return f"{path.resolve().as_uri()}?mode=ro{immutable}"


def renew_companions(path: Path) -> None:
    """Replace a -wal or -shm file this process cannot write (left by a read-only spell,
    or by another user's reader) with a writable copy: SQLite would otherwise refuse
    every write. The copy keeps the WAL's committed pages."""
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists() and not os.access(companion, os.W_OK):
            fresh = companion.with_name(f"{companion.name}.renew")
            fresh.write_bytes(companion.read_bytes())
            os.replace(fresh, companion)


def is_read_only(error: BaseException) -> bool:
    """Whether an error says the file (or its folder) cannot be written."""
    if isinstance(error, OSError):
        return error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    return _code(error) in (_READONLY, _CANTOPEN)


def is_disk_full(error: BaseException, folder: Path) -> bool:
    """Whether an error comes of a full disk: said so, or an I/O error with less than
    FULL_BELOW bytes left there (SQLite could not write the -shm file it reads through)."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if _code(error) == _FULL:
        return True
    if _code(error) != _IOERR and not isinstance(error, OSError):
        return False
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


FULL_BELOW = 1 << 20


def _code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_damage(error: BaseException) -> bool:
    """Whether an error says the database file itself is broken (not busy, not read-only),
    or is no longer the cache's shape: another program dropped a table or a column of it
    ("no such table: feeds"), which every later command would stop at. Its rows are
    saved into a new cache as a broken file's are."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(error, sqlite3.OperationalError) and str(error).startswith(_LOST_PARTS):
        return True
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
