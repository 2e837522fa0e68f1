"""Writes reader/parsing/data/surnames.txt from the 1990 US Census surname table.

The table (public domain, a work of the US federal government) lists the 88,799
surnames borne by 90% of the people counted, most frequent first; the `names`
package (MIT) ships it as dist.all.last. Kept: the surnames that SCOWL (Debian's
wamerican list, see common_words.py) does not write in lower case, so no English word
("Brown", "Church", "Apple") is taken for a surname. Run once with both at hand; the
package is not a dependency of reader:

    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    apt-get install wamerican
    python tools/surnames.py names-0.3.0/names/dist.all.last [/usr/share/dict/american-english]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "reader" / "parsing" / "data" / "surnames.txt"
HEADER = """\
# Surnames of the 1990 US Census (dist.all.last, as shipped in the names package), lower
# case, most frequent first, less the words SCOWL's american-english list writes in lower
# case. Public domain (US Census data). Made by tools/surnames.py; see data/README.md.
"""


def main(table: str, words: str = "/usr/share/dict/american-english") -> int:
    english = {w for w in Path(words).read_text(encoding="utf-8").split() if w.islower()}
    names = [line.split()[0].lower() for line in Path(table).read_text().splitlines() if line]
    kept = [n for n in names if n.isalpha() and n not in english]
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} surnames -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
