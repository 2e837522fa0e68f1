"""Benchmark: story timelines and the who's-who over a library of 10,000 articles.

Builds the library once (each article analysed, so its story is indexed as it would
be when added), then measures, against a one-article library in the same run:

- `reader timeline NAME --format json` end to end (a fresh process, as a user runs it);
- the timeline inside one process (what the app's timeline screen waits for);
- the who's-who list and its filter as typed, one letter at a time.

    python tests/perf/timeline_perf.py [--articles 10000] [--keep DIR]

Targets: a timeline under 200 ms in process, the who's-who list and each filter
under 50 ms; the command within a few times the small library's.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from reader.analysis import analysis_for
from reader.model import Article
from reader.store import Store
from reader.stories import library_timeline, whos_who

RUNS = 7
GIVEN = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Irene", "Jonas"]
FAMILY = [
    "Berg",
    "Castro",
    "Dumont",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lopez",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
    "Sato",
    "Tanaka",
    "Umarov",
    "Vidal",
    "Weber",
    "Yilmaz",
    "Zhou",
]
ORGS = ["Northwind Airlines", "Harbour Bank", "Atlas Motors", "Meridian Energy", "Civic Union"]
PLACES = ["Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Tbilisi", "Quebec", "Perth"]
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "te",
    "su",
    "vo",
    "ne",
    "di",
    "pa",
    "ro",
    "li",
    "ba",
    "ze",
    "to",
    "fu",
    "ga",
    "hi",
    "jo",
    "we",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def article(n: int, rng: random.Random) -> Article:
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
    one, two = (f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(2))
    org, place = rng.choice(ORGS), rng.choice(PLACES)
    earlier = day - timedelta(days=rng.randrange(1, 20))
    spokesperson = "".join(SYLLABLES[(n // 20**i) % 20] for i in range(3)).title()
    text = (
        f"On {MONTHS[earlier.month - 1]} {earlier.day}, {one} met {two} in {place}.\n"
        f"{one.split()[1]} said the talks with {org} would go on, spokesperson "
        f"{rng.choice(GIVEN)} {spokesperson} told reporters.\n"
        f"{two} left {place} on {MONTHS[day.month - 1]} {day.day} (report {n})."
    )
    return Article(text=text, title=f"Report {n}", published=day, source=f"bench/{n}")


def build(folder: Path, count: int) -> str:
    """The library in `folder` (kept between runs); a person's name to ask about."""
    rng = random.Random(count)
    with Store.open(folder) as store:
        if len(store.entries(limit=count)) < count:
            started = time.perf_counter()
            articles = [article(n, rng) for n in range(count)]
            store.add_many(articles)
            for item in articles:
                analysis_for(item, store)
            print(f"built {count} articles in {time.perf_counter() - started:.0f} s")
    return f"{GIVEN[0]} {FAMILY[0]}"


def best(runs: list[float]) -> str:
    return f"{min(runs) * 1000:.1f} ms (median {statistics.median(runs) * 1000:.1f})"


def timed(work) -> list[float]:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times


def command(folder: Path, name: str) -> list[float]:
    argv = [
        sys.executable,
        "-m",
        "reader",
        "--cache-dir",
        str(folder),
        "timeline",
        name,
        "--format",
        "json",
    ]
    return timed(lambda: subprocess.run(argv, capture_output=True, check=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the big library here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        big = args.keep or Path(scratch) / "big"
        small = Path(scratch) / "small"
        name = build(big, args.articles)
        build(small, 1)
        with Store.open(big) as store:
            events = library_timeline(store, name)
            in_process = timed(lambda: library_timeline(store, name))
            listing = timed(lambda: whos_who(store))
            typed = [timed(lambda p=prefix: whos_who(store, p)) for prefix in ("v", "vi", "vid")]
            actors = len(whos_who(store, limit=100_000))
        big_cmd, small_cmd = command(big, name), command(small, name)
    print(f"library: {args.articles} articles, {actors} actors; {name}: {len(events)} events")
    print(f"timeline in process: {best(in_process)}")
    print(f"who's-who list: {best(listing)}")
    for prefix, runs in zip(("v", "vi", "vid"), typed, strict=True):
        print(f"who's-who filter {prefix!r}: {best(runs)}")
    ratio = min(big_cmd) / min(small_cmd)
    print(f"reader timeline: {best(big_cmd)} vs one article {best(small_cmd)}: x{ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
