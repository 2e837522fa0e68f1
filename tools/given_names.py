"""Writes reader/parsing/data/given_names.txt from gender-guesser's name dictionary.

The dictionary (Jörg Michael's nam_dict.txt, GNU FDL 1.2 or later) rates about 48,000
first names by how common they are in each of 55 countries and regions, from Europe
to China, Korea, India and the Arab world. Kept: names rated 2 or more (on its
logarithmic scale from 1, rare, to 13) in at least one of them, in lower case, names
written with "+" with a hyphen ("Mei+Hua": "mei-hua", one word as a name's token is). Run once
with gender-guesser installed (`pip install gender-guesser`); the package is not a
dependency of reader.

    python tools/given_names.py
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

MIN_RATING = 2
OUT = Path(__file__).resolve().parents[1] / "reader" / "parsing" / "data" / "given_names.txt"
HEADER = """\
# Given names from many countries, lower case, one a line: those rated 2 or more (of 13)
# in at least one country in Jörg Michael's first-name dictionary (nam_dict.txt, as
# shipped in the gender-guesser package), GNU Free Documentation License 1.2 or later.
# Made by tools/given_names.py; see data/README.md.
"""


def ratings(lines):
    """(name, best rating) for each entry of the dictionary's name list."""
    for line in lines:
        # comments, equivalences, and the second copy of names with expanded umlauts
        if line.startswith(("#", "=")) or len(line) < 31 or line[29] == "+":
            continue
        name = line[3:29].strip()
        digits = [int(c, 16) for c in line[30:85] if c in "0123456789ABCDEF"]
        yield name, max(digits, default=0)


def main() -> int:
    source = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    names = set()
    for name, rating in ratings(source.read_text(encoding="utf-8").splitlines()):
        if rating >= MIN_RATING and " " not in name:
            names.add(name.replace("+", "-").casefold())
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
