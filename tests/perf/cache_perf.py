"""Benchmark: the library with 10,000 articles against one holding only the seed.

Measures start-up to a usable library (Store.open + entries(), in a fresh
process, and `reader list` as a subprocess), the library filter (FTS5), and the
peak memory of a process that opens and lists the big library.

    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python tests/perf/cache_perf.py \
        [--articles 100000] [--texts FOLDER]

Targets (issue #15, at 100,000 articles): start-up at most 1.2x the seed-only
cache, the library list and filter under 20 ms a page, peak memory under 150 MB.
The articles are variants of the evaluation's dev articles (--texts; the seeds
when that folder is absent).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from reader.analysis import analysis_for
from reader.library import first_article
from reader.sources import load
from reader.store import Store

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "eval" / "dev"
SEEDS = REPO / "seeds"
RUNS = 7
STARTUP_RATIO = 1.2
PAGE_MS = 20
PEAK_MB = 150
QUERIES = ["minister", "apple iphone", "the", "ann", "q", "nothing-matches-this", 'bad "query (']

PAGE = 200  # the Library screen's page (reader.screens.library.PAGE)
# Runs in a fresh process: the time from import to a listed library (the first
# page, then all of it), and peak memory.
OPEN_AND_LIST = f"""
import resource, sys, time
start = time.perf_counter()
from reader.store import Store
with Store.open(sys.argv[1]) as store:
    store.entries(limit={PAGE})
    page = time.perf_counter() - start
    store.entries()
    whole = time.perf_counter() - start
print(page, whole, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

# Runs in a fresh process: the app on this cache with no arguments (the library), to
# the first article shown, then the Library screen listed; peak memory.
APP_LIBRARY = """
import asyncio, resource, sys, time
start = time.perf_counter()
from reader.app import ReaderApp
from reader.store import Store

async def main():
    app = ReaderApp(Store.open(sys.argv[1]))
    async with app.run_test(size=(120, 40)) as pilot:
        while app.reading.analysis is None:
            await pilot.pause(0.005)
        await pilot.pause()
        shown = time.perf_counter() - start
        await pilot.press("l")
        while app.screen is app.reading or not app.screen.query_one("#library-list").option_count:
            await pilot.pause(0.005)
        await pilot.pause()
        listed = time.perf_counter() - start
    print(shown, listed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)

asyncio.run(main())
"""


def base_articles(folder: Path):
    """The articles in `folder` (the seeds when it is absent)."""
    return load(str(folder if folder.is_dir() else SEEDS))


def variants(bases, count: int):
    """`count` distinct articles: each base with its own opening line, title and date."""
    for i in range(count):
        base = bases[i % len(bases)]
        published = base.published + timedelta(days=i % 3650) if base.published else None
        yield replace(
            base,
            text=f"Bulletin {i}.\n{base.text}",
            title=f"{base.title} ({i})",
            published=published,
            source=f"perf://{i}",
        )


def build(folder: Path, count: int, texts: Path = DEV) -> float:
    """A cache with the seed and `count` - 1 varied articles; a few of them analysed, and
    the one the app opens on."""
    seed = load(str(SEEDS))
    started = time.perf_counter()
    with Store.open(folder) as store:
        for article in seed:
            store.add(article)
            analysis_for(article, store)
        if count > 1:
            others = list(variants(base_articles(texts), count - len(seed)))
            store.add_many(others)  # one transaction
            for article in others[:50]:  # enough actors for cross-article search
                analysis_for(article, store)
        # the article the app opens on is analysed, as the seed is in the one-article
        # cache: both apps start from the cache, or the big one measured a parse
        analysis_for(first_article(store), store)
    return time.perf_counter() - started


def run_child(args: list[str]) -> tuple[float, str, int]:
    """Wall-clock seconds, stdout, and peak memory (KB) of one child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{args} failed with {proc.returncode}")
    return elapsed, out, usage.ru_maxrss


def startup(folder: Path) -> dict[str, float]:
    """Median over RUNS of: in-process open+list time, that process's wall clock, `reader list`."""
    page, inner, wall, listing, memory, shown, listed = [], [], [], [], [], [], []
    for _ in range(RUNS):
        _, out, rss = run_child([sys.executable, "-c", APP_LIBRARY, str(folder)])
        first, library, self_rss = out.split()
        shown.append(float(first))
        listed.append(float(library))
        memory.append(max(rss, int(self_rss)))
        elapsed, out, rss = run_child([sys.executable, "-c", OPEN_AND_LIST, str(folder)])
        first, whole, self_rss = out.split()
        page.append(float(first))
        inner.append(float(whole))
        wall.append(elapsed)
        memory.append(max(rss, int(self_rss)))
        env_args = [sys.executable, "-m", "reader", "list", "--cache-dir", str(folder)]
        elapsed, _, rss = run_child(env_args)
        listing.append(elapsed)
        memory.append(rss)
    return {
        "app: first article shown": statistics.median(shown),
        "app: Library screen listed": statistics.median(listed),
        f"open+entries(limit={PAGE}) (in process)": statistics.median(page),
        "open+entries() (in process)": statistics.median(inner),
        "open+entries() (process wall clock)": statistics.median(wall),
        "reader list (wall clock)": statistics.median(listing),
        "peak memory MB": max(memory) / 1024,
    }


def filter_times(folder: Path) -> dict[str, tuple[float, float, int]]:
    """Median seconds of the Library screen's query (a page of hits) and of all hits,
    and the hit count, per query."""
    results = {}
    with Store.open(folder) as store:
        for query in QUERIES:
            figures = []
            for limit in (PAGE + 1, None):
                times = []
                for _ in range(RUNS):
                    started = time.perf_counter()
                    hits = store.search(query, limit)
                    times.append(time.perf_counter() - started)
                figures.append(statistics.median(times))
            results[query] = (*figures, len(hits))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--texts", type=Path, default=DEV, help="articles to vary")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp, "seed"), Path(tmp, "big")
        # built in a child: a child forked from a parent holding 100,000 articles would
        # count the parent's memory as its own peak
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            pool.apply(build, (small, 1))
            seconds = pool.apply(build, (big, args.articles, args.texts))
        size = sum(p.stat().st_size for p in big.iterdir()) / 1e6
        print(f"built {args.articles} articles in {seconds:.1f} s ({size:.1f} MB on disk)")

        base, large = startup(small), startup(big)
        print(f"\nstart-up, median of {RUNS}{'':<17}seed only   {args.articles} articles   ratio")
        for key in base:
            if key == "peak memory MB":
                continue
            ratio = large[key] / base[key]
            flag = "" if ratio <= STARTUP_RATIO else f"   (over {STARTUP_RATIO}x)"
            print(
                f"  {key:<40} {base[key] * 1000:7.1f} ms {large[key] * 1000:9.1f} ms"
                f"   {ratio:4.2f}x{flag}"
            )

        print(f"\nlibrary filter on {args.articles} articles (target < {PAGE_MS} ms a page)")
        print(f"  {'query':<24} {'a page':>10} {'all hits':>13} {'hits':>7}")
        worst = [0.0, 0.0]
        for query, (entries, ids, hits) in filter_times(big).items():
            worst = [max(worst[0], entries), max(worst[1], ids)]
            print(f"  {query!r:<24} {entries * 1000:7.1f} ms {ids * 1000:10.1f} ms {hits:7}")
        print(f"  {'worst':<24} {worst[0] * 1000:7.1f} ms {worst[1] * 1000:10.1f} ms")

        print(
            f"\npeak memory (target < {PEAK_MB} MB): seed only {base['peak memory MB']:.0f} MB, "
            f"{args.articles} articles {large['peak memory MB']:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
