"""A cache that is damaged, unusable, or from another version never stops the reader."""

import os
import sqlite3

import pytest

from reader.analysis import analysis_for
from reader.model import Article
from reader.store import Store, StoreError, schema


def articles(n: int) -> list[Article]:
    body = "The harbour council met again and the ferry timetable changed. " * 15
    return [Article(text=f"{i}. {body}", title=f"Notice {i}", source=f"t://{i}") for i in range(n)]


def aside_files(folder):
    return sorted(p.name for p in folder.iterdir() if ".corrupt-" in p.name)


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path):
    (tmp_path / "reader.db").write_text("these are someone's notes, not SQLite\n" * 50)
    with Store.open(tmp_path) as store:
        assert len(store.warnings) == 1 and "damaged" in store.warnings[0]
        assert store.path == tmp_path / "reader.db"
        store.add(articles(1)[0])  # and it works, on disk
    [aside] = aside_files(tmp_path)
    assert aside.startswith("reader.db.corrupt-")
    assert (tmp_path / aside).read_text().startswith("these are someone's notes")
    with Store.open(tmp_path) as store:
        assert store.warnings == [] and len(store.entries()) == 1


def test_damage_found_mid_session_rebuilds_and_carries_on(tmp_path):
    with Store.open(tmp_path) as store:
        store.add_many(articles(300))
    with open(tmp_path / "reader.db", "r+b") as f:  # keep the header, ruin the pages after it
        f.seek(3 * 4096)
        f.write(os.urandom(20 * 4096))
    late = []
    with Store.open(tmp_path) as store:
        store.on_warning = late.append
        assert store.entries() == []  # the damaged pages are read here: rebuilt, not raised
        assert len(store.warnings) == 1 and late == store.warnings
        assert store.add(articles(1)[0]).id == 1
        assert len(store.search("harbour")) == 1
    assert len(aside_files(tmp_path)) == 1


def test_a_stale_wal_does_not_leak_into_the_new_database(tmp_path):
    (tmp_path / "reader.db").write_bytes(b"\x00garbage" * 1000)
    (tmp_path / "reader.db-wal").write_bytes(b"\x01stale" * 1000)
    with Store.open(tmp_path) as store:
        assert len(store.warnings) == 1
        store.add(articles(1)[0])
    with Store.open(tmp_path) as store:
        assert store.warnings == [] and len(store.entries()) == 1


@pytest.mark.parametrize("where", ["under a file", "database is a folder"])
def test_an_unusable_folder_runs_in_memory(tmp_path, where):
    if where == "under a file":
        (tmp_path / "file.txt").write_text("x")
        folder = tmp_path / "file.txt" / "sub"  # mkdir fails even for root
    else:
        folder = tmp_path / "cache"
        (folder / "reader.db").mkdir(parents=True)  # sqlite cannot open a folder
    with Store.open(folder) as store:
        assert store.path is None
        assert len(store.warnings) == 1 and "without a cache" in store.warnings[0]
        store.add(articles(1)[0])
        assert len(store.entries()) == 1
        assert store.info()["path"].startswith("(in memory")


def test_a_cache_from_a_newer_reader_is_left_alone(tmp_path):
    with Store.open(tmp_path) as store:
        store.add(articles(1)[0])
        store._conn.execute("PRAGMA user_version = 99")
    with Store.open(tmp_path) as store:
        assert store.path is None and "newer" in store.warnings[0]
        assert store.entries() == []
    conn = sqlite3.connect(tmp_path / "reader.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99  # untouched
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    conn.close()


def test_a_migration_brings_an_old_cache_forward(tmp_path, monkeypatch):
    with Store.open(tmp_path) as store:
        store.add(articles(1)[0])
    step = ("ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT ''",)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, step])
    with Store.open(tmp_path) as store:
        assert store.warnings == []
        assert store.info()["schema version"] == len(schema.MIGRATIONS)
        assert [e.title for e in store.entries()] == ["Notice 0"]
        assert store._conn.execute("SELECT note FROM articles").fetchall() == [("",)]


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    with Store.open(tmp_path) as store:
        store.add(articles(1)[0])
    step = ("CREATE TABLE extra (x)", "ALTER TABLE no_such_table ADD COLUMN y")
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, step])
    conn = sqlite3.connect(tmp_path / "reader.db", isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) - 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "extra" not in tables and "articles" in tables
    conn.close()


def test_a_cache_that_stops_taking_writes(tmp_path):
    with Store.open(tmp_path) as store:
        late = []
        store.on_warning = late.append
        store._conn.execute("PRAGMA query_only = ON")  # every write now fails, as on a full disk
        for article in articles(3):  # analysing still works; one warning, not one per article
            assert analysis_for(article, store) is not None
        assert len(late) == 1 and "could not save" in late[0]
        with pytest.raises(StoreError) as caught:  # adding must not pretend to succeed
            store.add(articles(1)[0])
        assert isinstance(caught.value, OSError) and "readonly" in str(caught.value)
        assert store.entries() == []  # and the store still reads


def test_a_full_disk_reads_the_library_and_says_the_disk_is_full(tmp_path, monkeypatch):
    """SQLite, which could not write the -shm file it reads through on a full disk, said
    'disk I/O error', and the library was shown empty until space was freed."""
    import shutil
    from collections import namedtuple

    from reader.store import db

    with Store.open(tmp_path) as store:
        store.add_many(articles(3))
    (tmp_path / "reader.db-wal").write_bytes(b"")  # as a full disk leaves them
    (tmp_path / "reader.db-shm").write_bytes(b"\0\0\0")
    full = sqlite3.OperationalError("disk I/O error")
    full.sqlite_errorcode = 4874  # SQLITE_IOERR_SHORT_READ

    def no_room(*args, **kwargs):
        raise full

    monkeypatch.setattr(db, "connect", no_room)
    monkeypatch.setattr(shutil, "disk_usage", lambda path: namedtuple("U", "free")(0))
    with Store.open(tmp_path) as store:
        assert len(store.entries()) == 3
        (warning,) = store.warnings
        assert "(the disk holding it is full): reading it, but nothing will be kept" in warning
