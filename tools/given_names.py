"""Writes reader/parsing/data/given_names.txt from gender-guesser's name dictionary.

The dictionary (Jörg Michael's nam_dict.txt, GNU FDL 1.2 or later) rates about 48,000
first names by how common they are in each of 55 countries and regions, from Europe
to China, Korea, India and the Arab world. Kept: names rated 2 or more (on its
logarithmic scale from 1, rare, to 13) in at least one of them, in lower case, names
written with "+" with a hyphen ("Mei+Hua": "mei-hua", one word as a name's token is). Run once
with gender-guesser installed (`pip install gender-guesser`); the package is not a
dependency of reader. A name written with marks is kept without them too ("joão" and
"joao", "françois" and "francois"), as wire copy often drops them, unless that spelling
is a common English word or a place ("ángeles" gives no "angeles", "áfrica" no "africa").

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
# in at least one country in Jörg Michael's first-name dictionary (nam_dict.txt 1.2,
# 2008-11-30, as shipped in the gender-guesser package). Made by tools/given_names.py;
# see data/README.md.
#
# Source: nam_dict.txt, Copyright (c) 2007-2008 Jörg MICHAEL, Hannover, Germany.
# Modified version: kept only the names and not their genders or ratings, lower case;
# a name written with marks is also kept without them ("joão" and "joao").
# Permission is granted to copy, distribute and/or modify this document under the terms
# of the GNU Free Documentation License, Version 1.2 or any later version published by
# the Free Software Foundation; with no Invariant Sections, no Front-Cover Texts, and no
# Back-Cover Texts. A copy of the license is in given_names.GFDL-1.2.txt beside this file.
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


def unmarked(names: set[str]) -> set[str]:
    """The names written with marks, spelled without them where that spelling is new,
    plain ASCII, and no common English word or place the parser knows ("done" of "doné",
    "angeles" of "ángeles" would make names of words)."""
    from reader.parsing.lexicon import ascii_folded, common_words, is_town, lexicon

    common, lex = common_words(), lexicon()
    folded = {ascii_folded(n) for n in names if not n.isascii()}
    return {
        n
        for n in folded - names
        if n.isascii() and n not in common and not lex.is_place(n) and not is_town(n)
    }


def main() -> int:
    source = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    names = set()
    for name, rating in ratings(source.read_text(encoding="utf-8").splitlines()):
        if rating >= MIN_RATING and " " not in name:
            names.add(name.replace("+", "-").casefold())
    names |= unmarked(names)
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
