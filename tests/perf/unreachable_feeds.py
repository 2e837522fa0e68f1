"""An OPML list of unreachable feeds: `reader add LIST.opml` end to end, small list against large.

Every feed is on 127.0.0.1 at a port nothing listens on, so each fetch fails at
once and what is measured is reader's own cost per feed (client set-up, threads,
the cache). The baseline is the same command on a list of BASE feeds in the same
run; the figure is the per-feed cost of the large list against it (near 1:
linear) and the large list's seconds (target: seconds, not minutes).
Run: python tests/perf/unreachable_feeds.py [FEEDS] (default 10000)
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE = 100


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def opml(count: int, port: int) -> str:
    lines = [
        f'<outline type="rss" text="f{n}" xmlUrl="http://127.0.0.1:{port}/feed-{n}.xml"/>'
        for n in range(count)
    ]
    return '<opml version="2.0"><body>\n' + "\n".join(lines) + "\n</body></opml>\n"


def add(count: int, folder: Path) -> tuple[float, int]:
    """Seconds for `reader add` of a list of `count` unreachable feeds, and the failures said."""
    listing = folder / f"list-{count}.opml"
    listing.write_text(opml(count, free_port()))
    command = [sys.executable, "-m", "reader", "--cache-dir", str(folder / f"cache-{count}")]
    start = time.perf_counter()
    done = subprocess.run([*command, "add", str(listing)], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    return seconds, done.stderr.count("feed failed:")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("feeds", nargs="?", type=int, default=10_000, help="in the large list")
    count = parser.parse_args().feeds
    with tempfile.TemporaryDirectory() as tmp:
        base, base_failed = add(BASE, Path(tmp))
        large, large_failed = add(count, Path(tmp))
    print(f"{BASE} feeds: {base:.2f} s ({base_failed} failures reported)")
    print(f"{count} feeds: {large:.2f} s ({large_failed} failures reported)")
    print(f"per-feed cost, {count} against {BASE}: {large / count / (base / BASE):.2f}x")


if __name__ == "__main__":
    main()
