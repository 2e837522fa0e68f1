"""Time the actor finder (reader.parsing.actors.find_actors) on 1 MB of news, against
another tree's if asked.

Run: python tests/perf/actor_speed.py [--size 1000000] [--rounds 3] [--base PATH]

The text is that of tests/perf/cli_speed.py (the dev articles repeated up to the size,
else the seeds), and `--distinct` adds a second text: every article of the eval folders
once, which repeats no sentence, as one long real article does not (the finder works out
each run of capitalised words once per context, so repeated text flatters it). Each
figure is the best CPU time of a few calls in a fresh process of its own, at MB/s, with
the share of the whole analysis (reader.parsing.analyse, dates worked out in the same
process) that the finder takes. With --base PATH, a checkout of another commit (a
detached worktree of main, say), the same is timed with that tree's code, each round
running both trees one after the other so that the load of a shared machine falls on
both alike, and the ratio of their times is printed (above 1: this tree is faster).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
CALLS = 3  # calls of the finder in each process, the best one kept


def texts(size: int, distinct: bool) -> dict[str, str]:
    """The texts to time the finder on, by label."""
    sys.path.insert(0, str(HERE.parent))
    from cli_speed import corpus, sized

    found = {"repeated": sized(corpus()[0], size)}
    if distinct:
        shared = [REPO.parent / "shared", REPO.parent.parent / "shared"]
        folder = next((s / "eval" for s in shared if (s / "eval").is_dir()), None)
        if folder is not None:
            files = sorted(folder.glob("**/*.txt"))
            found["distinct"] = "\n\n".join(f.read_text(encoding="utf-8") for f in files)
    return found


def measure(size: int, distinct: bool) -> dict[str, list[float]]:
    """In this process: for each text, [finder's best CPU seconds, analysis's, size]."""
    import gc

    from reader.parsing import analyse
    from reader.parsing.actors import find_actors
    from reader.parsing.text import sentences

    result = {}
    for label, text in texts(size, distinct).items():
        analyse(text[:5000])  # word lists and patterns: a one-time cost, not timed
        spans = sentences(text)
        gc.disable()  # as analyse does (see reader.parsing._cycle_collection_paused)
        times = []
        for _ in range(CALLS):
            start = time.process_time()
            find_actors(text, spans)
            times.append(time.process_time() - start)
        gc.enable()
        start = time.process_time()
        analyse(text)
        result[label] = [min(times), time.process_time() - start, len(text.encode())]
    return result


def child(tree: Path, size: int, distinct: bool) -> dict[str, list[float]]:
    """`measure` in a fresh process that imports the reader package from `tree`."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, str(HERE), "--child", "--size", str(size)]
    done = subprocess.run(
        [*command, *(["--distinct"] if distinct else [])],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--base", type=Path, help="another checkout to compare with")
    parser.add_argument("--distinct", action="store_true", help="also the eval articles once")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.size, args.distinct)))
        return 0
    trees = {"this tree": REPO, **({"base": args.base.resolve()} if args.base else {})}
    best: dict[str, dict[str, list[float]]] = {}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            for label, figures in child(tree, args.size, args.distinct).items():
                kept = best.setdefault(name, {}).setdefault(label, figures)
                best[name][label] = [min(a, b) for a, b in zip(kept, figures, strict=True)]
    print(f"{'':10} {'text':9} {'find_actors s':>13} {'MB/s':>5} {'of analyse':>10}")
    for name, labels in best.items():
        for label, (finder, whole, size) in labels.items():
            print(
                f"{name:10} {label:9} {finder:13.3f} {size / 1e6 / finder:5.2f}"
                f" {finder / whole:10.0%}"
            )
    if args.base:
        for label, (finder, _, _) in best["this tree"].items():
            ratio = best["base"][label][0] / finder
            print(f"{label}: base time / this tree's time = {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
