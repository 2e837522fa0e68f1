"""Time `reader --no-cache parse FILE --format json` end to end on 1 MB and 4 MB of news.

Run: python tests/perf/cli_speed.py [--runs 3] [--corpus FOLDER]

The text is the articles of --corpus FOLDER, else the dev articles of ../shared/eval/dev
(beside the repository or its worktree's folder, else /work/shared/eval/dev), else the
bundled seeds/ (the first line says which: two trees compared must read the same),
repeated up to each size. Each figure
is the best wall time of --runs runs of the `reader` command beside this interpreter, in
wall time and in CPU time (user + system: the steadier figure on a machine others share).
Printed:

- start-up: `reader --version`, and the parse of a one-line file (imports, word lists,
  patterns: what any first analysis pays);
- 1 MB and 4 MB: seconds, and MB/s with the one-line parse subtracted (target >= 2); a
  long article's dates are worked out by a second process meanwhile (when a core is
  free: the load average is printed), so 1 MB again with --jobs 1 shows the figure of
  one process alone;
- linearity: the 4 MB time over the 1 MB time, both less the one-line parse (target <= 4.5);
- first analysis: in a fresh process, the first analysis of an article less a second
  one of the same article (target <= 100 ms);
- JSON: the 1 MB document written by the standard library with indent=1, compact, by
  reader.json_text, and by orjson when it is installed (for comparison only).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
READER = Path(sys.executable).with_name("reader")
TINY = "Lena Park met officials in Oslo on Monday.\n"


def corpus(folder: Path | None = None) -> tuple[str, Path]:
    """The news text to repeat, and the folder it comes from: `folder`'s articles, else the
    dev articles of shared/eval/dev beside the repository or its worktree's folder, else
    the workplace's (WORKPLACE_DEV: a tree checked out elsewhere reads the same text),
    else the seeds (two trees compared must read the same one: the first line of each
    script says which)."""
    if folder:
        folders = [folder]
    else:
        beside = [REPO.parent / "shared", REPO.parent.parent / "shared"]
        folders = [*(found / "eval" / "dev" for found in beside), WORKPLACE_DEV]
    for found in folders:
        files = sorted(found.glob("*.txt"))
        if files:
            break
    else:
        found = REPO / "seeds"
        files = sorted(found.glob("*.txt"))
    return "\n\n".join(f.read_text(encoding="utf-8") for f in files), found


WORKPLACE_DEV = Path("/work/shared/eval/dev")


def sized(text: str, size: int) -> str:
    copies = size // len(text) + 1
    return ("\n\n".join([text] * copies))[:size].rsplit("\n", 1)[0]


def best(command: list[str], runs: int) -> tuple[float, float]:
    """The best wall time and the best CPU time (user + system) of `runs` runs of the
    command, its output thrown away. On a machine others share, the CPU time is the
    steadier figure."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return min(walls), min(cpus)


FIRST_ANALYSIS = """
import sys, time
from reader.parsing import analyse
text = open(sys.argv[1], encoding="utf-8").read()
clock = time.process_time
start = clock(); analyse(text); first = clock() - start
start = clock(); analyse(text); second = clock() - start
print(first, second)
"""


def json_times(path: Path) -> list[tuple[str, float]]:
    sys.path.insert(0, str(REPO))
    from reader.json_text import readable
    from reader.model import document
    from reader.parsing import analyse
    from reader.sources import load

    article = load(str(path))[0]
    doc = document(article, analyse(article.text, article.published))
    writers = [
        ("stdlib indent=1", lambda: json.dumps(doc, ensure_ascii=False, indent=1)),
        ("stdlib compact", lambda: json.dumps(doc, ensure_ascii=False)),
        ("reader.json_text", lambda: readable(doc)),
    ]
    try:
        import orjson

        writers.append(("orjson indent 2", lambda: orjson.dumps(doc, option=orjson.OPT_INDENT_2)))
    except ImportError:
        pass
    result = []
    for name, write in writers:
        times = []
        for _ in range(3):
            start = time.process_time()
            write()
            times.append(time.process_time() - start)
        result.append((name, min(times)))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, help="a folder of .txt articles to repeat")
    args = parser.parse_args()
    base, source = corpus(args.corpus)
    print(f"news text: the articles of {source.resolve()}")
    with tempfile.TemporaryDirectory() as folder:
        tiny, one, four = (Path(folder) / name for name in ("tiny.txt", "1m.txt", "4m.txt"))
        tiny.write_text(TINY, encoding="utf-8")
        one.write_text(sized(base, 1_000_000), encoding="utf-8")
        four.write_text(sized(base, 4_000_000), encoding="utf-8")
        article = Path(folder) / "article.txt"
        article.write_text(sized(base, 5_000), encoding="utf-8")

        def parse(path: Path, runs: int, *options: str) -> tuple[float, float]:
            command = [str(READER), "--no-cache", "parse", str(path), "--format", "json"]
            return best([*command, *options], runs)

        version = best([str(READER), "--version"], args.runs + 2)
        startup = parse(tiny, args.runs + 2)
        print(f"{'':32} {'wall s':>7} {'MB/s':>5}   {'CPU s':>7} {'MB/s':>5}")
        print(f"{'reader --version':32} {version[0]:7.3f} {'':5}   {version[1]:7.3f}")
        print(f"{'parse of a one-line file':32} {startup[0]:7.3f} {'':5}   {startup[1]:7.3f}")
        one_s, four_s = parse(one, args.runs), parse(four, max(1, args.runs - 1))
        alone = parse(one, args.runs, "--jobs", "1")
        for label, path, seconds in (
            ("1 MB of news", one, one_s),
            ("4 MB of news", four, four_s),
            ("1 MB, --jobs 1", one, alone),
        ):
            megabytes = path.stat().st_size / 1e6
            rates = [megabytes / (seconds[i] - startup[i]) for i in (0, 1)]
            print(
                f"{'parse of ' + label:32} {seconds[0]:7.3f} {rates[0]:5.2f}"
                f"   {seconds[1]:7.3f} {rates[1]:5.2f}"
            )
        ratios = [(four_s[i] - startup[i]) / (one_s[i] - startup[i]) for i in (0, 1)]
        print(
            f"{'4 MB time / 1 MB time':32} {ratios[0]:7.2f} {'':5}   {ratios[1]:7.2f}"
            "   (linear: 4, target <= 4.5)"
        )
        print("(MB/s with the one-line parse, the start-up, subtracted; target >= 2)")
        print(
            f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: a 1 MB article"
            " has its dates worked out by a second process only while a core is free,"
            " so on a busy machine '1 MB of news' is one process too)"
        )
        firsts = []
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, "-c", FIRST_ANALYSIS, str(article)],
                capture_output=True,
                text=True,
                check=True,
                cwd=REPO,
            )
            first, second = map(float, done.stdout.split())
            firsts.append((first - second, first, second))
        over, first, second = min(firsts)
        print(
            f"first analysis over a warm one: {over * 1000:.0f} ms CPU"
            f" (first {first * 1000:.0f} ms, warm {second * 1000:.0f} ms, 5 KB; target <= 100)"
        )
        print("writing the 1 MB document as JSON (CPU):")
        times = json_times(one)
        baseline = times[0][1]
        for name, seconds in times:
            print(f"  {name:<20} {seconds:7.3f} s  {baseline / seconds:5.1f}x stdlib indent=1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
