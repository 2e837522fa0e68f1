"""How the work of a long article falls on the two processes of `reader parse`, in CPU time.

Run: python tests/perf/split_balance.py [--size 1000000] [--rounds 5]

A long article's dates and events are worked out by a second process while this one
finds the actors (see reader.parsing.analyse), after it scanned the later half of the
text into tokens for this one; this one then waits, and writes the JSON.
Its wall time on two free cores is about

    (this process before the wait, or the second one and the wait for it to begin,
     whichever is longer) + after the wait

so which of the two is longer tells where time can be won: work moved to the second
process pays only while it is the shorter. Wall times on a shared machine say little;
CPU times, read in each process, say this. Each round is a fresh process, as a command
is (word lists and patterns read cold), on the text of tests/perf/cli_speed.py with its
publication date. Printed: the median of each figure and of the sum above; the wait
for the second process to begin its work (from the call to it) is in wall time.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]


def one_round(path: str) -> tuple[float, float, float, float]:
    """In this process, cold: CPU seconds of this process from the start of the analysis to
    the wait, of the second process, and of this one from the wait to the JSON written; and
    the wall seconds from the start of the analysis to the second process's work begun."""
    sys.path.insert(0, str(REPO))
    import reader.parsing
    import reader.parsing.actors
    import reader.parsing.chronology  # noqa: F401 (imported before the timing, as any run does)
    from reader.forked import Forked
    from reader.json_text import readable_analysed
    from reader.sources import load

    article = load(path)[0]
    clock, marks = time.process_time, {}
    dated_rows, from_rows = reader.parsing._dated_rows, reader.parsing._from_rows
    scanned_later = reader.parsing._scanned_later
    begun: list[float] = []  # in the second process: when its first part (the scan) began

    def timed_scan(*args):
        begun.append(time.perf_counter())
        return scanned_later(*args)

    def timed_rows(*args):  # in the second process: its rows, its CPU time then, its start
        return dated_rows(*args), clock(), begun[0]

    def waited(rows, second, begun):  # here, once they are in (analyse unpacks what it is sent)
        marks["wait"], marks["second"], marks["begun"] = clock(), second, begun
        return from_rows(*rows)

    reader.parsing._dated_rows, reader.parsing._from_rows = timed_rows, waited
    reader.parsing._scanned_later = timed_scan
    start, start_wall = clock(), time.perf_counter()
    with Forked() as elsewhere:  # a process forked for the task, as `reader` does
        analysis = reader.parsing.analyse(article.text, article.published, elsewhere=elsewhere)
    readable_analysed([(article, analysis)])  # as reader parse --format json writes it
    end = clock()
    return marks["wait"] - start, marks["second"], end - marks["wait"], marks["begun"] - start_wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a round, in a process of its own
    args = parser.parse_args()
    if args.one:
        print(*one_round(args.one))
        return 0
    sys.path.insert(0, str(HERE.parent))
    from cli_speed import corpus, sized

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "news.txt"
        path.write_text(sized(corpus()[0], args.size), encoding="utf-8")
        rounds = [
            tuple(
                map(
                    float,
                    subprocess.check_output(
                        [sys.executable, str(HERE), "--one", str(path)], text=True
                    ).split(),
                )
            )
            for _ in range(args.rounds)
        ]
    before, second, after, begun = (statistics.median(r[i] for r in rounds) for i in range(4))
    wall = statistics.median(max(r[0], r[3] + r[1]) + r[2] for r in rounds)
    print(f"{args.size / 1e6:g} MB of news, medians of {args.rounds} fresh processes (CPU s):")
    print(f"  this process, analysis up to the wait     {before:6.3f}")
    print(f"  the second process (scan, dates, events)  {second:6.3f}")
    print(f"  the wait for the second to begin (wall)   {begun:6.3f}")
    print(f"  this process after the wait (and JSON)    {after:6.3f}")
    print(f"  the longer of the two paths + after       {wall:6.3f}  (about the wall time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
