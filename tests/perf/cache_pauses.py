"""How long the app's drawing thread waits while another thread keeps or reads back the
analysis of a huge article (the app does both in a worker thread).

    python tests/perf/cache_pauses.py [--megabytes 5]

The main thread wakes every millisecond; printed is the longest it waited past that,
best of three, while a thread saves the analysis to a fresh cache and reads it back,
against the same thread sleeping as long (the baseline: the machine's own jitter). A
long wait is a call that holds the interpreter: a full pass of the cycle collector, or
the standard library's JSON reading a whole document (460 ms for 5 MB).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1].parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "perf"))

from huge_article import write_huge  # noqa: E402

from reader.parsing import analyse  # noqa: E402
from reader.sources import load  # noqa: E402
from reader.store import Store  # noqa: E402


def longest_wait(work) -> float:
    """The longest this thread waited past its millisecond sleep while `work` ran in another."""
    done, worst = threading.Event(), 0.0
    thread = threading.Thread(target=lambda: (work(), done.set()))
    last = time.perf_counter()
    thread.start()
    while not done.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        worst, last = max(worst, now - last - 0.001), now
    thread.join()
    return worst


def print_waits(heading: str, sleeping: float, figures: dict[str, float]) -> None:
    """The longest waits, against the baseline of a thread that only sleeps."""
    print(heading)
    print(f"  baseline (a thread sleeping)  {sleeping * 1000:6.1f} ms")
    for name, figure in figures.items():
        print(f"  {name:<29} {figure * 1000:6.1f} ms")


def best(work) -> float:
    return min(longest_wait(work) for _ in range(3))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "huge.txt")
        write_huge(path, args.megabytes)
        article = load(str(path))[0]
        analysis = analyse(article.text, article.published)
        store = Store.open(Path(tmp, "cache"))
        saving = best(lambda: store.save_analysis(article, analysis))
        started = time.perf_counter()
        reading = best(lambda: store.cached_analysis(article))
        took = (time.perf_counter() - started) / 3
        sleeping = best(lambda: time.sleep(took))
        store.close()
    print_waits(
        f"{args.megabytes:g} MB article, longest wait of the drawing thread (best of 3):",
        sleeping,
        {"saving the analysis": saving, "reading it back": reading},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
