"""Time the analysis (reader.parsing.analyse) on hostile shapes of text at 10 KB to 1 MB.

Run: python tests/perf/adversarial.py [--sizes 10K,100K,1M] [--shapes spaces,digits,...]
     [--timeout SECONDS]

Each shape is text no article has but anyone can hand the parser: a run of spaces,
a numeric table, a list of years, capitalised words with no full stop, all-caps
lines, weekday runs, "of" chains, names and dates in clauses with no full stop ("salad").
Each size runs in a fresh process (a shape that blows up is cut off at --timeout), once
for the time and once under tracemalloc for the peak memory (small sizes take the best
of a few runs). The time is the child's CPU time, so that other work on a shared machine
does not count. Printed per shape and size: seconds, peak memory as a multiple of the
input, and the growth of the time against the size ten times smaller (10 when
linear, 100 when quadratic). The targets: 100 KB under 1 s, 1 MB under 10 s, peak
memory under 50x the input.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

UNITS = {"K": 1_000, "M": 1_000_000}

WORDS = [
    "Alder",
    "Birch",
    "Cedar",
    "Dogwood",
    "Elm",
    "Fir",
    "Ginkgo",
    "Hazel",
    "Ivy",
    "Juniper",
    "Kapok",
    "Larch",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _cycle(unit, size: int) -> str:
    """`unit(i)` for i = 0, 1, ... joined until the text is `size` characters."""
    parts, length, i = [], 0, 0
    while length < size:
        part = unit(i)
        parts.append(part)
        length += len(part)
        i += 1
    return "".join(parts)[:size]


SHAPES = {
    # a sentence, then white space to the end (and blank lines)
    "spaces": lambda n: "Lena Park met officials in Oslo." + " " * (n - 32),
    "newlines": lambda n: "Lena Park met officials in Oslo." + " \n" * ((n - 32) // 2),
    # a numeric table: numbers and no full stop
    "digits": lambda n: _cycle(lambda i: f"{i * 7919 % 100000} " + ("\n" if i % 8 == 7 else ""), n),
    "years": lambda n: _cycle(lambda i: f"{1900 + i % 120} ", n),
    "capitalised": lambda n: _cycle(lambda i: WORDS[i * 7 % len(WORDS)] + " ", n),
    "all-caps": lambda n: _cycle(
        lambda i: WORDS[i % len(WORDS)].upper() + ("\n" if i % 6 == 5 else " "), n
    ),
    "weekdays": lambda n: _cycle(lambda i: DAYS[i % 7] + " ", n),
    "of-chains": lambda n: _cycle(lambda i: WORDS[i % len(WORDS)] + " of ", n),
    "dates": lambda n: _cycle(lambda i: f"{DAYS[i % 7]} {1 + i % 28} March {1990 + i % 30} ", n),
    # names, quotes, dates and clause breaks with no full stop: one sentence of thousands
    # of clauses and speakers
    "salad": lambda n: _cycle(
        lambda i: f'{WORDS[i % len(WORDS)]} Bank said "yes", and {DAYS[i % 7]} in {1990 + i % 30} ',
        n,
    ),
}


def parse_size(label: str) -> int:
    label = label.strip().upper()
    if label[-1] in UNITS:
        return int(float(label[:-1]) * UNITS[label[-1]])
    return int(label)


def child(shape: str, size: int, memory: bool) -> None:
    """In the fresh process: analyse the shape once and print seconds and peak bytes."""
    from datetime import date

    from reader.parsing import analyse

    analyse("Lena Park met officials in Oslo on Monday.", date(2024, 1, 1))  # first-call costs
    text = SHAPES[shape](size)
    if memory:
        import tracemalloc

        tracemalloc.start()
    seconds = float("inf")
    for _ in range(1 if memory else max(1, min(5, 200_000 // size))):  # small: best of a few
        start = time.process_time()
        analyse(text, date(2024, 1, 1))
        seconds = min(seconds, time.process_time() - start)
    peak = tracemalloc.get_traced_memory()[1] if memory else 0
    print(json.dumps({"seconds": seconds, "peak": peak}))


def run(shape: str, size: int, memory: bool, timeout: float) -> dict | None:
    command = [sys.executable, __file__, "--child", shape, str(size)]
    if memory:
        command.append("--memory")
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        return {"error": error.stderr.strip().splitlines()[-1]}
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10K,100K,1M")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.memory)
        return 0
    sizes = [(label, parse_size(label)) for label in args.sizes.split(",")]
    print(f"{'shape':<12} {'size':>6} {'seconds':>8} {'x input':>8} {'growth':>7}")
    for shape in args.shapes.split(","):
        previous = None
        for label, size in sizes:
            timed = run(shape, size, memory=False, timeout=args.timeout)
            if timed is None or "error" in timed:
                note = "timed out" if timed is None else timed["error"]
                print(f"{shape:<12} {label:>6} {note}")
                break
            traced = run(shape, size, memory=True, timeout=args.timeout * 3) or {"peak": 0}
            seconds, times = timed["seconds"], traced.get("peak", 0) / size
            growth = f"{seconds / previous:7.1f}" if previous else "      -"
            limit = 1.0 if size <= 100_000 else 10.0
            flag = "  OVER TARGET" if seconds > limit or times >= 50 else ""
            print(f"{shape:<12} {label:>6} {seconds:8.3f} {times:8.1f} {growth}{flag}")
            previous = max(seconds, 1e-4)
    return 0


if __name__ == "__main__":
    sys.exit(main())
