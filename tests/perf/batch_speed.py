"""Throughput of `reader parse FOLDER --format jsonl` on 2,000 articles, one job against N.

Run: python tests/perf/batch_speed.py [--articles 2000] [--jobs 2] [--repeat 5] [--add]

The articles are the dev articles of ../shared/eval/dev (or the bundled seeds/), each
copied with a line of its own so that no two texts are the same. Both runs use
--no-cache and write to a pipe that is read and thrown away. Printed: wall seconds and
articles per second for --jobs 1 and --jobs N, and the ratio of the two throughputs
(target on a 2-core machine: >= 1.7 with --jobs 2). The pool cannot beat the cores
that are free: the load average, and the same ratio for plain busy loops in a
multiprocessing pool (the ceiling any pool has on this machine now), are printed beside.
With --add the same is timed for `reader add FOLDER` into a new library each run (the
one process that keeps the analyses in SQLite caps what the pool can do there). Each
of --repeat rounds measures the ceiling, then runs one job and N jobs: the ratio is
taken pair by pair, and its median is printed with the lowest and highest (on a shared
machine one pair can be lucky or unlucky). The CPU seconds of each run (the command
and its pool together) show what the pool costs whatever the machine's load.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

REPO = Path(__file__).resolve().parents[2]
READER = Path(sys.executable).with_name("reader")


def articles() -> list[str]:
    for shared in (REPO.parent / "shared", REPO.parent.parent / "shared"):
        files = sorted((shared / "eval" / "dev").glob("*.txt"))
        if files:
            break
    else:
        files = sorted((REPO / "seeds").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def _busy(n: int) -> None:
    total = 0
    for i in range(n):
        total += i


def machine_ceiling(jobs: int) -> float:
    """How much faster `jobs` busy loops run in `jobs` processes than one after the other
    here, now: what a shared machine's free cores allow any pool (2.0 on two idle cores)."""
    from multiprocessing import Pool

    n = 10_000_000
    start = time.perf_counter()
    for _ in range(jobs):
        _busy(n)
    alone = time.perf_counter() - start
    with Pool(jobs) as pool:
        start = time.perf_counter()
        pool.map(_busy, [n] * jobs)
        together = time.perf_counter() - start
    return alone / together


def run(folder: Path, jobs: int, add: bool) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command and its pool) of one run: `reader parse`
    with no cache, or `reader add` into a new library."""
    with tempfile.TemporaryDirectory() as cache:
        if add:
            command = [str(READER), "--cache-dir", cache, "add", str(folder)]
        else:
            command = [str(READER), "--no-cache", "parse", str(folder), "--format", "jsonl"]
        before = _children_cpu()
        start = time.perf_counter()
        subprocess.run([*command, "--jobs", str(jobs)], stdout=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _spread(values: list[float]) -> str:
    """The median, and the lowest and highest: one lucky or unlucky pair moves neither much."""
    return f"{median(values):.2f} (from {min(values):.2f} to {max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--repeat", type=int, default=5, help="pairs of runs; medians are printed")
    parser.add_argument(
        "--add", action="store_true", help="time `reader add FOLDER` into a new library instead"
    )
    parser.add_argument(
        "--article-size",
        type=int,
        default=0,
        metavar="CHARS",
        help="join dev articles until each is this long (they are short: about 700)",
    )
    args = parser.parse_args()
    texts = articles()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        size = 0
        for i in range(args.articles):
            parts, k = [texts[i % len(texts)]], i
            while sum(map(len, parts)) < args.article_size:
                k += 1
                parts.append(texts[k % len(texts)])
            text = "\n\n".join(parts) + f"\n\nArchive copy number {i}.\n"
            (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")
            size += len(text.encode("utf-8"))
        print(
            f"{args.articles} articles, {size / 1e6:.1f} MB; load average {os.getloadavg()[0]:.1f}"
        )
        runs: dict[int, list[tuple[float, float]]] = {1: [], args.jobs: []}
        ratios, ceilings = [], []
        for _ in range(args.repeat):  # a pair of runs, and the ceiling, each time
            ceilings.append(machine_ceiling(args.jobs))
            for jobs in runs:
                runs[jobs].append(run(folder, jobs, args.add))
            ratios.append(runs[1][-1][0] / runs[args.jobs][-1][0])
    for jobs, times in runs.items():
        seconds, cpu = median([t for t, _ in times]), median([c for _, c in times])
        print(
            f"--jobs {jobs}: {seconds:7.2f} s  {args.articles / seconds:7.0f} articles/s"
            f"  {cpu:6.2f} CPU s  (medians of {len(times)})"
        )
    print(f"throughput ratio, --jobs {args.jobs} / --jobs 1: {_spread(ratios)}")
    print(
        f"the same ratio for {args.jobs} busy loops, the machine's ceiling now: {_spread(ceilings)}"
    )
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
