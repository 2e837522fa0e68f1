"""Writes reader/parsing/data/common_words.txt from SCOWL's American and British word lists.

SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; permissive licence, see
data/README.md) writes proper names with a capital ("Bill", "China", "Christian") and
common words in lower case. Kept: the words it lists only in lower case, letters only,
without possessives; they are English words that are no name by themselves ("walked",
"visiting", "biologist", "conservation"). Also written: the words it lists both in lower
case and with a capital (names_too.txt: "snow" and "Snow", "frost" and "Frost"), English
words that are surnames too. The lists are Debian's wamerican and wbritish packages, both
read: wire copy and Wikinews write British spellings as often as American ones, and an
opening "Organised", "Unionised" or "Colour" is as little a name as "Organized":

    apt-get install wamerican wbritish && python tools/common_words.py [LIST ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "reader" / "parsing" / "data"
OUT = DATA / "common_words.txt"
OUT_NAMES_TOO = DATA / "names_too.txt"
HEADER = """\
# English words that SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; the
# american-english and british-english lists of Debian's wamerican and wbritish packages,
# size 50) writes only in lower case: common words, no name by themselves. Made by
# tools/common_words.py; see data/README.md.
"""
HEADER_NAMES_TOO = """\
# English words that SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; the
# american-english and british-english lists of Debian's wamerican and wbritish packages,
# size 50) writes in lower case and also with a capital: common words that are names
# too ("snow", "Snow"). Made by tools/common_words.py; see data/README.md.
"""


SOURCES = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")


def main(*sources: str) -> int:
    words = [
        w
        for source in sources or SOURCES
        for w in Path(source).read_text(encoding="utf-8").split()
        if "'" not in w
    ]
    capitalised = {w.lower() for w in words if w[0].isupper()}
    common = sorted({w for w in words if w.isalpha() and w.islower() and w not in capitalised})
    both = sorted({w for w in words if w.isalpha() and w.islower() and w in capitalised})
    OUT.write_text(HEADER + "\n".join(common) + "\n", encoding="utf-8")
    OUT_NAMES_TOO.write_text(HEADER_NAMES_TOO + "\n".join(both) + "\n", encoding="utf-8")
    print(f"{len(common)} words -> {OUT}, {len(both)} -> {OUT_NAMES_TOO}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
