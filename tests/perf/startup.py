"""Start-up: launch to the three panes filled with the seed, against a bare Textual app.

The baseline is a bare Textual app that shows the same text in a Markdown widget
(ready once the widget has mounted its blocks). reader is started as `reader` (the
library: the seeds) and as `reader SEED`, each on a second launch (the analysis is in
the cache), and as a first launch with nothing cached (the seed is parsed). All are
fresh processes, started in turn, in the same run; the figure is the ratio of medians
(target: at most 1.1, issue 15). Each line also gives the median CPU time each process
spent after its imports (all its threads): on a busy machine the wall times spread
widely, that figure much less. Run: python tests/perf/startup.py [RUNS]
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_9ccef687f09b7d79.txt"

BARE = """
import asyncio, sys, time
from textual.app import App
from textual.widgets import Markdown
imported = time.process_time()

class Bare(App):
    def compose(self):
        yield Markdown(open(sys.argv[1], encoding="utf-8").read())

async def main():
    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        markdown = app.query_one(Markdown)
        while not markdown.children:  # the text is shown once its blocks are mounted
            await pilot.pause(0.005)
        await pilot.pause()
        print("READY", time.process_time() - imported, flush=True)

asyncio.run(main())
"""

READER = """
import asyncio, sys, time
from pathlib import Path
from reader.app import ReaderApp
from reader.sources import load
from reader.store import Store
imported = time.process_time()

async def main():
    store = Store.open(Path(sys.argv[2]), enabled=sys.argv[3] == "cache")
    app = ReaderApp(store, articles=load(sys.argv[1]) if sys.argv[1] != "-" else [])
    async with app.run_test(size=(120, 40)) as pilot:
        while app.reading.analysis is None:
            await pilot.pause(0.005)
        await pilot.pause()
        print("READY", time.process_time() - imported, flush=True)

asyncio.run(main())
"""


def launch(code: str, *args: str) -> tuple[float, float]:
    """Seconds from spawning the process to its READY line, and the CPU seconds it
    spent after its imports."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    for line in process.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            cpu = float(line.split()[1])
            break
    else:
        raise RuntimeError("the app never became ready")
    process.wait()
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=7, help="launches of each (7)")
    runs = parser.parse_args().runs
    # As pip does on install: compiled once, so no run pays for compiling our sources
    # (Textual's own were compiled when it was installed).
    compileall.compile_dir(REPO / "reader", quiet=1)
    with tempfile.TemporaryDirectory() as cache:
        launch(READER, "-", cache, "cache")  # the first launch: the library gets the seeds
        launch(READER, str(SEED), cache, "cache")
        launch(BARE, str(SEED))
        cases = {
            "bare": (BARE, str(SEED)),
            "reader": (READER, "-", cache, "cache"),
            "reader SEED": (READER, str(SEED), cache, "cache"),
            "first launch": (READER, "-", cache, "none"),  # nothing kept: parsed at start
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        cpus: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(runs):
            for name, (code, *args) in cases.items():
                elapsed, cpu = launch(code, *args)
                times[name].append(elapsed)
                cpus[name].append(cpu)
    base = statistics.median(times["bare"])
    for name, values in times.items():
        median = statistics.median(values)
        spread = f"{min(values) * 1000:.0f}-{max(values) * 1000:.0f}"
        cpu = statistics.median(cpus[name]) * 1000
        print(
            f"{name:13} median {median * 1000:7.1f} ms ({spread})  ratio {median / base:.2f}"
            f"  cpu after imports {cpu:5.1f} ms"
        )


if __name__ == "__main__":
    main()
