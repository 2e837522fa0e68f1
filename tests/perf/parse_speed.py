"""Time the whole analysis (reader.parsing.analyse) on 10 KB to 10 MB of news text.

Run: python tests/perf/parse_speed.py [--sizes 10K,100K,1M,10M] [--corpus FOLDER]

The text is that of tests/perf/cli_speed.py (--corpus FOLDER, else the dev articles of
../shared/eval/dev beside the repository or its worktree's folder, else of
/work/shared/eval/dev, else the bundled seeds/: the first line says which), repeated up
to each size. The reader measured is the one PYTHONPATH names when it is set (a tree
compared with another: PYTHONPATH=/work/main), else this checkout's: the second line
says which. Prints the cost of the first call (a one-time cost, measured apart), then
MB/s and peak memory per size and the throughput ratio between neighbouring sizes: a
ratio near 1 means the analysis grows linearly with the text. The target is >= 1 MB/s
on one core, so the time is this process's CPU time: other work on a shared machine
does not count against it (small sizes also take the best of several runs).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if not os.environ.get("PYTHONPATH"):  # else the tree it names, as a comparison asks
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from cli_speed import corpus, sized  # noqa: E402

import reader  # noqa: E402
from reader.parsing import analyse  # noqa: E402

UNITS = {"K": 1_000, "M": 1_000_000}


def parse_size(label: str) -> int:
    label = label.strip().upper()
    if label[-1] in UNITS:
        return int(float(label[:-1]) * UNITS[label[-1]])
    return int(label)


def measure(text: str, memory: bool) -> tuple[float, float]:
    """CPU seconds for one analysis, and peak traced memory in MB (0 when not traced)."""
    if memory:
        tracemalloc.start()
    start = time.process_time()
    analyse(text, date(2024, 1, 1))
    seconds = time.process_time() - start
    peak = 0.0
    if memory:
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    return seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10K,100K,1M,10M")
    parser.add_argument("--no-memory", action="store_true", help="skip tracemalloc (it slows runs)")
    parser.add_argument("--corpus", type=Path, help="a folder of .txt articles to repeat")
    args = parser.parse_args()
    base, source = corpus(args.corpus)
    print(f"news text: the articles of {source.resolve()}")
    print(f"reader measured: {Path(reader.__file__).parent}")
    start = time.process_time()
    analyse("Lena Park met officials in Oslo on Monday.", date(2024, 1, 1))
    first = time.process_time() - start
    print(f"first call, on a tiny text (word lists, gazetteers, patterns): {first * 1000:.0f} ms")
    analyse(base, date(2024, 1, 1))  # compile the patterns the corpus needs, once
    print(f"{'size':>8} {'seconds':>9} {'MB/s':>7} {'peak MB':>9}  ratio")
    previous = None
    for label in args.sizes.split(","):
        text = sized(base, parse_size(label))
        megabytes = len(text.encode("utf-8")) / 1e6
        runs = max(1, min(30, 3_000_000 // len(text)))  # small sizes: best of several runs
        seconds = min(measure(text, memory=False)[0] for _ in range(runs))
        peak = 0.0 if args.no_memory else measure(text, memory=True)[1]
        rate = megabytes / seconds
        ratio = f"{rate / previous:5.2f}" if previous else "    -"
        print(f"{label:>8} {seconds:9.3f} {rate:7.2f} {peak:9.1f}  {ratio}")
        previous = rate
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"max resident set size: {max_rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
