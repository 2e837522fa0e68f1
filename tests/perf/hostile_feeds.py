"""Hostile feeds: `reader add FEED` end to end on shapes a server can send, against a plain one.

The baseline is `reader add` of a plain feed of 1 MB (200 entries of news text) in the
same run. Each hostile shape is timed the same way, in a fresh process with a fresh
cache, and printed as seconds, peak memory and the ratio to the baseline:
- nested: one entry whose HTML is 1 MB of nested tags;
- flood: 10 MB of tiny entries (what a 10 MB cut of an endless feed holds).
Targets: seconds, not minutes, and under 200 MB.
Run: python tests/perf/hostile_feeds.py
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.sources.samples import FLOOD, rss  # noqa: E402


def plain() -> str:
    text = " ".join(FLOOD * 5)
    items = [
        {"title": f"Story {n}", "link": f"http://f.test/{n}", "content": text} for n in range(200)
    ]
    return rss(items)


def nested() -> str:
    body = "<div>" * 90_000 + "words" + "</div>" * 90_000
    return rss([{"title": "Nested", "link": "http://f.test/n", "content": body}])


def flood() -> str:
    return rss([{"title": "a"}] * 330_000)


def add(feed: str, folder: Path) -> tuple[float, int]:
    """Seconds and peak kilobytes of `reader add` on this feed, in a fresh process."""
    folder.mkdir()
    path = folder / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    env = {**os.environ, "READER_CACHE_DIR": str(folder / "cache")}
    command = [sys.executable, "-c", _CHILD, str(path)]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, int(done.stdout.split()[-1])


_CHILD = """
import resource, sys
from reader.cli import main
code = main(["add", sys.argv[1]])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base, base_kb = add(plain(), folder / "plain")
        print(f"plain 1 MB feed: {base:.2f} s, {base_kb // 1024} MB (baseline)")
        for name, shape in (("nested", nested), ("flood", flood)):
            took, kb = add(shape(), folder / name)
            print(f"{name}: {took:.2f} s, {kb // 1024} MB, {took / base:.1f}x the baseline")


if __name__ == "__main__":
    main()
