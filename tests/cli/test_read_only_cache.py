"""Say the truth when nothing can be written: a read-only cache is read, writes are
refused in one line, stale read-only -wal/-shm files do not block later writes, and
readers opening a new cache at once all get it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from reader.store import Store

NOBODY = 65534


@pytest.fixture
def home():
    """A folder the command's user can reach. Root may write anywhere, so as root the
    commands run as nobody (setpriv), in a folder outside root's private temp folder."""
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: no folder can be read-only")
    base = Path(tempfile.mkdtemp(prefix="reader-read-only-"))
    base.chmod(0o777)
    for n, place in enumerate(("harbour", "pier", "quay")):
        article = base / f"{place}.txt"
        article.write_text(
            f"{place.title()} news\n\nThe {place} at Dunmore opens on {n + 3} June.\n"
        )
        article.chmod(0o644)
    yield base
    shutil.rmtree(base, ignore_errors=True)


def as_user(home: Path, *command: str) -> subprocess.CompletedProcess:
    drop = ["setpriv", "--reuid", str(NOBODY), "--regid", str(NOBODY), "--clear-groups"]
    env = {**os.environ, "READER_CACHE_DIR": str(home / "cache"), "HOME": str(home)}
    env |= {name: str(home / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    result = subprocess.run(
        [*(drop if os.geteuid() == 0 else []), *command],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=home,
        env=env,
    )
    assert "Traceback" not in result.stderr
    return result


def reader(home: Path, *args: str) -> subprocess.CompletedProcess:
    return as_user(home, sys.executable, "-m", "reader", *args)


def test_a_read_only_cache_is_listed_and_adding_is_refused_in_one_line(home):
    assert reader(home, "add", "harbour.txt").returncode == 0
    (home / "cache").chmod(0o555)

    refused = reader(home, "add", "pier.txt")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "nothing was added" in refused.stderr
    listed = reader(home, "list")
    assert listed.returncode == 0 and "Harbour news" in listed.stdout
    assert reader(home, "cache", "clear").returncode == 1

    (home / "cache").chmod(0o755)
    assert "Pier news" not in reader(home, "list").stdout  # it was not kept: as it said


CRASHED = """
import os, sys
from reader.sources import load
from reader.store import Store
store = Store.open()
store.add(load(sys.argv[1])[0])
os._exit(0)  # killed: the -wal and -shm files stay behind
"""


def test_stale_read_only_wal_and_shm_files_do_not_block_writes(home):
    assert reader(home, "add", "harbour.txt").returncode == 0
    assert as_user(home, sys.executable, "-c", CRASHED, "pier.txt").returncode == 0
    cache = home / "cache"
    for suffix in ("-wal", "-shm"):
        Path(f"{cache / 'reader.db'}{suffix}").chmod(0o444)

    added = reader(home, "add", "quay.txt")
    assert added.returncode == 0 and "added" in added.stdout
    listed = reader(home, "list").stdout
    assert all(f"{name} news" in listed for name in ("Harbour", "Pier", "Quay"))


def open_at_once(folder: Path, readers: int) -> list[str]:
    """Each reader's `not_kept` (empty when it got the file), all opening together."""
    start, not_kept = threading.Barrier(readers), []

    def open_cache() -> None:
        start.wait()
        with Store.open(folder) as store:
            not_kept.append(store.not_kept)

    threads = [threading.Thread(target=open_cache) for _ in range(readers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return not_kept


def test_readers_opening_a_new_cache_at_once_all_get_the_file(tmp_path):
    """Switching a new file to WAL is not covered by SQLite's busy timeout: a reader
    that lost that race ran without the cache, and what it added was lost."""
    for trial in range(100):
        assert open_at_once(tmp_path / str(trial), 4) == [""] * 4
