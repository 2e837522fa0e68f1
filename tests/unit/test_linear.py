"""The parser is linear on any input: hostile shapes of text, at a small size and at
eight times that size. Linear work takes about eight times as long; quadratic work
takes sixty-four. The bound in between is generous, and the time is this process's CPU
time (best of three), so a loaded machine does not make the test fail. Memory is
measured by tracemalloc, which counts the same on any machine."""

from __future__ import annotations

import time
import tracemalloc
from datetime import date

import pytest

from reader.parsing import analyse

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


def _repeated(unit, size: int) -> str:
    parts, length, i = [], 0, 0
    while length < size:
        parts.append(unit(i))
        length += len(parts[-1])
        i += 1
    return "".join(parts)[:size]


SHAPES = {
    "trailing spaces": lambda n: "Lena Park met officials in Oslo." + " " * n,
    "blank lines": lambda n: "Lena Park met officials in Oslo." + " \n" * (n // 2),
    "numeric table": lambda n: _repeated(
        lambda i: f"{i * 7919 % 100000} " + ("\n" if i % 8 == 7 else ""), n
    ),
    "years": lambda n: _repeated(lambda i: f"{1900 + i % 120} ", n),
    "capitalised words": lambda n: _repeated(lambda i: WORDS[i * 7 % len(WORDS)] + " ", n),
    "all-caps lines": lambda n: _repeated(
        lambda i: WORDS[i % len(WORDS)].upper() + ("\n" if i % 6 == 5 else " "), n
    ),
    "weekdays": lambda n: _repeated(lambda i: DAYS[i % 7] + " ", n),
    "of chains": lambda n: _repeated(lambda i: WORDS[i % len(WORDS)] + " of ", n),
    "titles": lambda n: _repeated(lambda i: ("Mr. ", "Dr. ", "Ms. ", "Mr. Alder ")[i % 4], n),
}

SMALL, LARGE = 6_000, 48_000
PUBLISHED = date(2024, 1, 1)


def _cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        analyse(text, PUBLISHED)
        best = min(best, time.process_time() - start)
    return max(best, 1e-3)


@pytest.mark.parametrize("shape", SHAPES)
def test_time_grows_linearly(shape):
    small, large = SHAPES[shape](SMALL), SHAPES[shape](LARGE)
    analyse(small, PUBLISHED)  # word lists and patterns: a one-time cost
    growth = _cpu_seconds(large) / _cpu_seconds(small)
    assert growth < 24, f"{shape}: 8x the text took {growth:.0f}x the time"


@pytest.mark.parametrize("shape", SHAPES)
def test_memory_stays_proportional(shape):
    text = SHAPES[shape](20_000)
    analyse(text[:1000], PUBLISHED)
    tracemalloc.start()
    try:
        analyse(text, PUBLISHED)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * len(text), f"{shape}: peak {peak / len(text):.0f}x the text"
