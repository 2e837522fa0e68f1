"""The cache when another program, the disk or the file system got at it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def reader(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture
def cache() -> Path:
    return Path(os.environ["READER_CACHE_DIR"])  # set by the autouse fixture


def notices(folder: Path, count: int) -> Path:
    """`count` short articles, each with its own title and date."""
    folder.mkdir()
    for n in range(count):
        (folder / f"notice-{n:02d}.md").write_text(
            f"---\ntitle: Harbour notice {n}\npublished: 2023-05-{n + 1:02d}\n---\n"
            f"Berth {n} at the Dunmore quay closes on {n + 1} June for dredging.\n\n"
            + f"Pilot boats from Kilcar will use berth {n + 2} until the work ends.\n\n"
            * 30
        )
    return folder


def test_a_title_no_longer_utf8_spoils_that_line_only(tmp_path, cache):
    assert reader("add", str(notices(tmp_path / "n", 3))).returncode == 0
    with sqlite3.connect(cache / "reader.db") as other:
        other.execute(
            "UPDATE articles SET title = CAST(X'4265727468ff' AS TEXT) WHERE title LIKE '%1'"
        )
    listed = reader("list")
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == 3 and "Berth\ufffd" in listed.stdout
    assert "not valid UTF-8" in listed.stderr
    assert len(json.loads(reader("list", "--json").stdout)) == 3


def test_bytes_and_numbers_stored_for_text_spoil_nothing(tmp_path, cache):
    """Another program may store a blob or a number where the reader keeps text."""
    assert reader("add", str(notices(tmp_path / "n", 3))).returncode == 0
    with sqlite3.connect(cache / "reader.db") as other:
        other.execute(
            "UPDATE articles SET title = X'4265727468ff', published = X'00ff' WHERE id = 1"
        )
        other.execute(
            "UPDATE articles SET title = 42, source = 7, published = 20230501 WHERE id = 2"
        )
        other.execute(
            "INSERT INTO feeds (url, title, etag, added, refreshed) "
            "VALUES ('http://velkor.invalid/feed', X'4265727468ff', X'ff', '2026-01-01', X'32')"
        )
    listed = reader("list")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3
    assert "Berth\ufffd" in listed.stdout and "42" in listed.stdout
    assert len(json.loads(reader("list", "--json").stdout)) == 3
    for entry in ("1", "2"):
        exported = reader("export", entry)
        assert exported.returncode == 0 and "Dunmore" in exported.stdout
    assert reader("timeline", "Dunmore").returncode == 0
    feeds = reader("feeds")
    assert feeds.returncode == 0 and "Berth\ufffd" in feeds.stdout
    assert json.loads(reader("feeds", "--json").stdout)[0]["url"] == "http://velkor.invalid/feed"


def test_a_timeline_reads_past_a_blob_title_and_a_lost_text(tmp_path, cache):
    """The timeline reads the library's rows its own way: as damaged as the others."""
    assert reader("add", str(notices(tmp_path / "n", 3))).returncode == 0
    assert reader("timeline", "Dunmore").returncode == 0  # indexed
    with sqlite3.connect(cache / "reader.db") as other:
        other.execute("UPDATE articles SET title = X'4265727468ff' WHERE id = 1")
        other.execute("UPDATE articles SET published = '2023-06-30' WHERE id = 2")  # unindexed
        other.execute(
            "DELETE FROM texts WHERE hash = (SELECT text_hash FROM articles WHERE id = 2)"
        )
    result = reader("timeline", "Dunmore")
    assert result.returncode == 0 and "Berth\ufffd" in result.stdout


def test_an_index_edited_into_nonsense_loses_only_its_rows(tmp_path, cache):
    """Analyses and stories are JSON another program may replace with any JSON or none."""
    assert reader("add", str(notices(tmp_path / "n", 3))).returncode == 0
    assert reader("timeline", "Dunmore").returncode == 0  # indexed
    with sqlite3.connect(cache / "reader.db") as other:
        first, second = (r[0] for r in other.execute("SELECT text_hash FROM articles LIMIT 2"))
        other.execute("UPDATE analyses SET data = '[]' WHERE text_hash = ?", (first,))
        other.execute("UPDATE stories SET data = 'garbage' WHERE text_hash = ?", (first,))
        other.execute("UPDATE stories SET data = '{}' WHERE text_hash = ?", (second,))
    assert all(reader("export", n).returncode == 0 for n in ("1", "2", "3"))
    result = reader("timeline", "Dunmore")
    assert result.returncode == 0 and "Harbour notice" in result.stdout


def test_an_index_nested_past_the_stack_loses_only_its_rows(tmp_path, cache):
    """JSON is read by recursion: an analysis, a story or an actor's roles edited into
    a list nested a hundred thousand deep ended the command in a RecursionError."""
    assert reader("add", str(notices(tmp_path / "n", 3))).returncode == 0
    assert reader("timeline", "Dunmore").returncode == 0  # indexed
    deep = "[" * 100_000 + "]" * 100_000
    with sqlite3.connect(cache / "reader.db") as other:
        first, second = (r[0] for r in other.execute("SELECT text_hash FROM articles LIMIT 2"))
        other.execute("UPDATE analyses SET data = ? WHERE text_hash = ?", (deep, first))
        other.execute("UPDATE stories SET data = ? WHERE text_hash = ?", (deep, second))
        other.execute("UPDATE whos_who SET roles = ?", (deep,))
        other.execute("UPDATE story_actors SET roles = ?", (deep,))
    assert all(reader("export", n).returncode == 0 for n in ("1", "2", "3"))
    result = reader("timeline", "Dunmore")
    assert result.returncode == 0 and "Harbour notice" in result.stdout
    from reader.store import Store

    with Store.open(cache) as store:  # the app's Who's who
        assert store.whos_who() and all(row[3] == [] for row in store.whos_who())


def test_a_feed_stored_uncleaned_is_cleaned_on_the_way_out(cache):
    """Another program (or an older reader) may have kept a feed's name with escapes."""
    assert reader("list").returncode == 0  # makes the cache
    with sqlite3.connect(cache / "reader.db") as other:
        other.execute(
            "INSERT INTO feeds (url, title, added, refreshed, last_error) VALUES "
            "('http://velkor.invalid/feed' || char(27) || '[5m', char(27) || ']0;owned' || char(7) || 'Velkor news', "
            "'2026-01-01', '2026-01-02T10:00:00' || char(27) || '[2J', 'gone' || char(155) || '31m')"
        )
    listed = reader("feeds")
    assert listed.returncode == 0 and "Velkor news" in listed.stdout and "gone" in listed.stdout
    assert not {"\x1b", "\x07", "\x9b"} & set(listed.stdout)


def pages_of(db: Path, table: str, kind: str = "leaf") -> list[tuple[int, int]]:
    """(page number, rows on it) of a table's or an index's pages, from SQLite's dbstat."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT pageno, ncell FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
            (table, kind),
        ).fetchall()


def zero_pages(db: Path, pages: list[int]) -> None:
    with sqlite3.connect(db) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with db.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * size)
            file.write(bytes(size))


def listed(result: subprocess.CompletedProcess) -> list[dict]:
    return json.loads(result.stdout)


def test_three_zeroed_pages_lose_only_their_rows(tmp_path, cache):
    assert reader("add", str(notices(tmp_path / "n", 10))).returncode == 0
    db = cache / "reader.db"
    with sqlite3.connect(db, isolation_level=None) as conn:  # one read, to see it kept
        conn.execute("UPDATE articles SET read = 1 WHERE title = 'Harbour notice 1'")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    text_page, lost = pages_of(db, "texts")[2]
    analysis_page, _ = pages_of(db, "analyses")[0]
    index_page, _ = pages_of(db, "articles_newest")[0]  # what listing reads first
    zero_pages(db, [index_page, text_page, analysis_page])

    result = reader("list", "--json")
    assert result.returncode == 0
    entries = listed(result)
    assert len(entries) == 10 - lost  # only the entries whose text was on the zeroed page
    assert f"saved {10 - lost} library entries" in result.stderr
    assert [e["title"] for e in entries if e["read"]] == ["Harbour notice 1"]
    assert list(cache.glob("reader.db.corrupt-*"))  # the damaged file is kept aside
    again = reader("list", "--json")
    assert listed(again) == entries and again.stderr == ""
    parsed = reader("parse", str(tmp_path / "n" / "notice-01.md"))
    assert parsed.returncode == 0 and parsed.stderr == ""


def test_a_truncated_file_keeps_what_it_still_holds(tmp_path, cache):
    assert reader("add", str(notices(tmp_path / "n", 10))).returncode == 0
    db = cache / "reader.db"
    with sqlite3.connect(db, isolation_level=None) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with db.open("r+b") as file:
        file.truncate(db.stat().st_size * 3 // 4)

    result = reader("list", "--json")
    assert result.returncode == 0
    kept = len(listed(result))
    assert kept > 0 and f"saved {kept} library entries" in result.stderr
    assert "Harbour notice" in reader("list").stdout


@pytest.mark.parametrize("table", ["feeds", "analyses", "stories", "removed_entries"])
def test_a_table_another_program_dropped_is_made_again(tmp_path, cache, table):
    """The rest of the library is kept; the commands that read the lost table work."""
    assert reader("add", str(notices(tmp_path / "n", 3))).returncode == 0
    with sqlite3.connect(cache / "reader.db") as other:
        other.execute(f"DROP TABLE {table}")

    for command in (["timeline", "Dunmore"], ["feeds"], ["export"]):
        assert reader(*command).returncode == 0, command
    result = reader("list", "--json")
    assert result.returncode == 0 and len(listed(result)) == 3
    again = reader("add", str(tmp_path / "n" / "notice-01.md"))
    assert again.returncode == 0 and again.stderr == ""


def test_a_column_another_program_dropped_is_made_again(tmp_path, cache):
    assert reader("add", str(notices(tmp_path / "n", 3))).returncode == 0
    with sqlite3.connect(cache / "reader.db") as other:
        other.execute("ALTER TABLE feeds DROP COLUMN refreshed")

    result = reader("feeds")
    assert result.returncode == 0, result.stderr
    assert "no such column: f.refreshed" in result.stderr  # said once, as damage is
    assert len(listed(reader("list", "--json"))) == 3
