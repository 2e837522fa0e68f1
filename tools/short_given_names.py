"""Writes reader/parsing/data/short_given_names.txt from the `nicknames` package's names.csv.

The package (Carlton Northern, Nick Crews; Apache License 2.0, see data/README.md) pairs
English given names with their nicknames. Kept: the clipped forms, those shorter than the
full name that open it with its first two letters ("tim" of "timothy", "mike" of "michael")
or whose letters it holds in order from the same first letter ("tom" of "thomas"): a
short form of that name, not another name ("peter" of "patrick" is dropped). Run:

    pip download --no-deps nicknames==1.0.1 && unzip nicknames-1.0.1-py3-none-any.whl
    python tools/short_given_names.py nicknames/names.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "reader" / "parsing" / "data" / "short_given_names.txt"
HEADER = """\
# Short forms of English given names, "short full" a line: the clipped pairs of names.csv
# of the `nicknames` package 1.0.1 by Carlton Northern and Nick Crews, licensed
# under the Apache License 2.0 (short_given_names.Apache-2.0.txt beside this file).
# Changed from the original: only pairs whose short form is shorter than the full name
# and opens it with its first two letters or holds its letters in order from the same
# first letter; one pair a line. Made by tools/short_given_names.py; see data/README.md.
"""


def clipped(short: str, full: str) -> bool:
    """Whether `short` is a clipped form of `full` (see the module's docstring)."""
    if len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full)
    return full.startswith(short[:2]) or all(letter in rest for letter in short)


def main(source: str) -> int:
    with open(source, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    pairs = sorted(
        {
            (row["name2"], row["name1"])
            for row in rows
            if row["relationship"] == "has_nickname" and clipped(row["name2"], row["name1"])
        }
    )
    OUT.write_text(HEADER + "".join(f"{s} {f}\n" for s, f in pairs), encoding="utf-8")
    print(f"{len(pairs)} pairs -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
