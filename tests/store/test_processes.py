"""Several processes on one cache, and a process killed in the middle of a write."""

import signal
import sqlite3
import subprocess
import sys
import time

from reader.store import Store

# A child process that adds articles to the cache in `folder` and reports each commit.
CHILD = """
import sys
import time
from pathlib import Path
from reader.model import Article
from reader.store import Store

folder, tag, count, batch = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
body = "The ferry from the north pier was late because of fog over the bay. " * 12

def make(i):
    return Article(text=f"{tag} {i}. {body}", title=f"{tag} {i}", source=f"{tag}://{i}")

with Store.open(folder) as store:
    assert not store.warnings, store.warnings
    print("ready", flush=True)
    while not (folder / "go").exists():  # start together with the other children
        time.sleep(0.005)
    print("start", time.time(), flush=True)
    for i in range(count):
        entry = store.add(make(i))
        print("committed", entry.id, flush=True)
    if batch:
        print("batch", flush=True)
        store.add_many(make(count + i) for i in range(batch))
        print("batch committed", flush=True)
    print("end", time.time(), flush=True)
"""


def child(folder, tag: str, count: int, batch: int = 0) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), tag, str(count), str(batch)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_write_the_same_cache_at_once(tmp_path):
    procs = [child(tmp_path, tag, 150) for tag in ("left", "right")]
    for proc in procs:  # both have the cache open before either writes
        assert proc.stdout.readline() == "ready\n", proc.stderr.read()
    (tmp_path / "go").touch()
    outputs = [p.communicate(timeout=120) for p in procs]
    spans = []
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.count("committed") == 150
        lines = [line.split() for line in out.splitlines()]
        times = {word: float(value) for word, value in lines if word in ("start", "end")}
        spans.append((times["start"], times["end"]))
    (start1, end1), (start2, end2) = spans
    assert start1 < end2 and start2 < end1  # the two really ran at the same time
    with Store.open(tmp_path) as store:
        tags = sorted(e.title.split()[0] for e in store.entries())
    assert tags == ["left"] * 150 + ["right"] * 150


def test_a_reader_keeps_reading_while_another_process_writes(tmp_path):
    writer = child(tmp_path, "w", 200)
    (tmp_path / "go").touch()
    seen = []
    with Store.open(tmp_path) as store:
        while writer.poll() is None:
            seen.append(len(store.entries()))
            store.search("ferry")
    assert writer.wait(timeout=120) == 0
    assert seen == sorted(seen)  # never a partial or vanishing list


def _consistent(folder) -> None:
    conn = sqlite3.connect(folder / "reader.db")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    orphans = conn.execute(
        "SELECT count(*) FROM articles a LEFT JOIN texts t ON t.hash = a.text_hash "
        "WHERE t.hash IS NULL"
    ).fetchone()[0]
    assert orphans == 0
    conn.close()


def test_a_process_killed_mid_write_loses_nothing_committed(tmp_path):
    (tmp_path / "go").touch()
    proc = child(tmp_path, "k", 100_000)  # adds until killed
    committed = []
    assert proc.stdout.readline() == "ready\n", proc.stderr.read()
    assert proc.stdout.readline().startswith("start"), proc.stderr.read()
    while len(committed) < 40:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        committed.append(int(line.split()[1]))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    told = proc.stdout.read().split("\n")[:-1]  # a line cut by the kill was never told
    committed += [int(line.split()[1]) for line in told]
    _consistent(tmp_path)
    with Store.open(tmp_path) as store:
        assert store.warnings == []
        ids = {e.id for e in store.entries()}
        assert set(committed) <= ids
        assert len(ids) <= len(committed) + 1  # at most the one committed but not yet told
        for entry_id in committed:
            assert store.article(entry_id).title.startswith("k ")


def test_a_batch_killed_mid_transaction_leaves_none_of_it(tmp_path):
    (tmp_path / "go").touch()
    proc = child(tmp_path, "b", 5, batch=20_000)
    while proc.stdout.readline().strip() != "batch":
        assert proc.poll() is None, proc.stderr.read()
    time.sleep(0.3)  # well inside the batch
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    _consistent(tmp_path)
    with Store.open(tmp_path) as store:
        count = len(store.entries())
        assert count in (5, 20_005)  # all of the batch or none of it, never a part
        assert count == 5, "the batch finished before the kill: make it bigger"
        assert store.add(store.article(store.entries()[0].id)).id  # and the cache still writes
