"""Writes reader/parsing/data/kind_words.txt from SCOWL's American English word list.

SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; permissive licence, see
data/README.md) gives a plural only to the capitalised words English inflects like
common nouns: names of kinds of people or things ("Nazi"/"Nazis", "Jesuit"/"Jesuits",
"Republican"/"Republicans"), not of one person, place or company ("Apple", "Google").
Kept: those words, lower case, letters only. The list is Debian's wamerican package:

    apt-get install wamerican && python tools/kind_words.py [/usr/share/dict/american-english]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "reader" / "parsing" / "data" / "kind_words.txt"
HEADER = """\
# Capitalised words that SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; the
# american-english list of Debian's wamerican package, size 50) also lists in the plural:
# names of kinds ("Nazi", "Jesuit"), lower case. Made by tools/kind_words.py; see
# data/README.md.
"""


def main(source: str = "/usr/share/dict/american-english") -> int:
    words = [w for w in Path(source).read_text(encoding="utf-8").split() if "'" not in w]
    capitalised = {w for w in words if w[0].isupper()}
    kinds = sorted(
        {
            w.lower()
            for w in capitalised
            if w.isalpha() and (w + "s" in capitalised or w + "es" in capitalised)
        }
    )
    OUT.write_text(HEADER + "\n".join(kinds) + "\n", encoding="utf-8")
    print(f"{len(kinds)} words -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
