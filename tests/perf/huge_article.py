"""Benchmark: a huge article (5 MB of news) in the app, against one small article.

Measured with Pilot, the huge and the small article in the same run, each in a fresh
cache, each open in a process of its own (spawned, as a user's `reader FILE` is): the time from the app starting to the article text on screen, to
the analysis shown (Actors filled), the same two on a reopen from the cache, then to
everything laid out (the whole article wrapped, the lists filled, in the background),
n / N / escape with the most mentioned actor lit (from the key to the frame that shows
its effect), the longest the app did not answer
while the text was on screen (the analysis and the background layout running: a
scroll waits that long) and while it is laid out again at a new terminal width, and
the peak memory of the process.
A time "to X" ends with the frame that shows X: Pilot's plain pause() would also wait
for the process to go idle (up to a second), which it never does while the analysis
or the background layout runs.

    python tests/perf/huge_article.py [--megabytes 5]

Targets (issue 15): text on screen within 1 s of opening, the first screen of a
reopen within 1 s, n / N / escape within 50 ms with 6,000 mentions lit, memory
under 400 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from textual import events

from reader.app import ReaderApp
from reader.settings import Settings
from reader.sources import load
from reader.store import Store
from reader.widgets.actors_pane import ActorsPane
from reader.widgets.article_view import ArticleView
from reader.widgets.chronology_pane import ChronologyPane

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "eval" / "dev"
SEEDS = REPO / "seeds"
KEYS = ("n", "n", "N", "escape")


def news_files() -> list[Path]:
    folder = DEV if DEV.is_dir() else SEEDS
    return sorted(p for p in folder.iterdir() if p.suffix == ".txt")


def write_huge(path: Path, megabytes: float) -> None:
    """The news files one after the other, again and again, to `megabytes` of text."""
    pieces, size = [], 0
    files = news_files()
    while size < megabytes * 1e6:
        for file in files:
            text = file.read_text(encoding="utf-8").strip() + "\n\n"
            pieces.append(text)
            size += len(text.encode())
    path.write_text("# A huge article\n\n" + "".join(pieces), encoding="utf-8")


async def wait_for(pilot, condition, limit: float = 600) -> float:
    """Pause until `condition()` holds, then until the messages queued by then are
    handled (the frame that shows it); the time it took."""
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > limit:
            raise TimeoutError("the app never got there")
        await pilot.pause(0.002)
    await pilot.pause(0)
    return time.perf_counter() - started


def text_on_screen(app) -> bool:
    view = app.reading.query_one(ArticleView)
    drawn = range(min(40, len(view._line_starts)))
    return any(view._line_text(line).plain.strip() for line in drawn)


def analysis_on_screen(app) -> bool:
    return app.reading.analysis is not None and app.reading.query_one(ActorsPane).option_count > 0


def all_laid_out(app) -> bool:
    lists = app.reading.query(ActorsPane).results(), app.reading.query(ChronologyPane).results()
    done = not any(each.filling for found in lists for each in found)
    return done and app.reading.query_one(ArticleView).all_wrapped()


async def longest_gap(gaps: list[float], every: float = 0.005) -> None:
    """Wake every few milliseconds and keep the longest time between two wakings: how
    long a key or a scroll would have waited."""
    last = time.perf_counter()
    while True:
        await asyncio.sleep(every)
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last - every)
        last = now


def lit_state(app) -> tuple:
    """What n, N and escape change: which mention is current, and whether any is lit."""
    return app.reading._mention_index, len(app.reading._mentions)


def recorded_frames(app, state) -> list[tuple[float, tuple]]:
    """Each frame the app draws from now on (headless too: the compositor's update is made
    before the driver is asked to write it), with its time and the state it shows."""
    frames: list[tuple[float, tuple]] = []
    display = app._display

    def recorded(screen, renderable) -> None:
        if renderable is not None:
            frames.append((time.perf_counter(), state()))
        display(screen, renderable)

    app._display = recorded
    return frames


async def key_to_frame(app, key: str, frames: list[tuple[float, tuple]]) -> float:
    """From the key reaching the app, as a terminal's would, to the first frame drawn after
    the key changed what is lit. Pilot's press() also waits for the process to be idle,
    which alone costs a small article about 80 ms."""
    before = lit_state(app)
    started = time.perf_counter()
    app._driver.send_message(events.Key(key, key if len(key) == 1 else None))
    while True:
        await asyncio.sleep(0.001)
        shown = [at for at, state in frames if at > started and state != before]
        if shown:
            return shown[0] - started
        if time.perf_counter() - started > 60:
            raise TimeoutError(f"{key} never changed the screen")


async def one_open(path: Path, cache: Path, keys: bool) -> dict[str, float]:
    """Open the article once: times to the text, to the analysis, and of each key."""
    figures: dict[str, float] = {}
    gaps = [0.0]
    started = time.perf_counter()
    store = Store.open(cache)
    app = ReaderApp(store, articles=load(str(path)), settings=Settings(refresh_at_start=False))
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: text_on_screen(app))
        figures["text on screen"] = time.perf_counter() - started
        watch = asyncio.create_task(longest_gap(gaps))
        await wait_for(pilot, lambda: analysis_on_screen(app))
        figures["analysis on screen"] = time.perf_counter() - started
        await wait_for(pilot, lambda: all_laid_out(app))
        figures["all laid out"] = time.perf_counter() - started
        watch.cancel()
        figures["longest unanswered"] = gaps[0]
        if keys:
            actors = app.reading.analysis.actors
            most = max(range(len(actors)), key=lambda i: len(actors[i].mentions))
            figures["mentions lit"] = len(actors[most].mentions)
            pane = app.reading.query_one(ActorsPane)
            await pilot.press("2")
            actor_list = pane
            actor_list.highlighted = next(
                i
                for i in range(actor_list.option_count)
                if actors[most].name in str(actor_list.get_option_at_index(i).prompt)
            )
            started = time.perf_counter()
            await pilot.press("enter")
            await pilot.pause()
            figures["enter (light them)"] = time.perf_counter() - started
            assert pane is not None and app.reading._mentions
            frames = recorded_frames(app, lambda: lit_state(app))
            for key in KEYS:
                await pilot.pause()  # the key pressed with the app at rest, as a reader does
                figures.setdefault(f"key {key} to its frame", await key_to_frame(app, key, frames))
            gaps = [0.0]  # a narrower terminal: the article and the lists laid out again
            watch = asyncio.create_task(longest_gap(gaps))
            await pilot.resize_terminal(100, 40)
            await wait_for(pilot, lambda: all_laid_out(app))
            watch.cancel()
            figures["resized: longest unanswered"] = gaps[0]
    store.close()
    return figures


def open_here(path: str, cache: str, keys: bool) -> dict[str, float]:
    """One open in this process, with the peak memory of the process."""
    figures = asyncio.run(one_open(Path(path), Path(cache), keys))
    figures["peak memory"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def open_in_a_process(path: Path, cache: Path, keys: bool) -> dict[str, float]:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn) as pool:
        return pool.submit(open_here, str(path), str(cache), keys).result()


def measure(path: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        first = open_in_a_process(path, Path(tmp), keys=False)
        again = open_in_a_process(path, Path(tmp), keys=True)
    figures = {f"open: {k}": v for k, v in first.items()}
    figures.update({f"reopen: {k}": v for k, v in again.items()})
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        huge = Path(tmp, "huge.txt")
        write_huge(huge, args.megabytes)
        small = news_files()[0]
        size = huge.stat().st_size / 1e6
        base = measure(small)
        big = measure(huge)
    print(f"small article {small.stat().st_size / 1e3:.1f} kB against {size:.1f} MB")
    print(f"  {'':<34} {'small':>10} {'huge':>11}   ratio")
    for key in big:
        ratio = big[key] / base[key] if base[key] else float("inf")
        if "mentions lit" in key:
            print(f"  {key:<34} {base[key]:10.0f} {big[key]:11.0f}")
        elif "memory" in key:  # target < 400 MB
            print(f"  {key:<34} {base[key]:7.0f} MB {big[key]:8.0f} MB   {ratio:5.1f}x")
        else:
            ms = f"{base[key] * 1000:7.1f} ms {big[key] * 1000:8.1f} ms"
            print(f"  {key:<34} {ms}   {ratio:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
