"""Writes reader/parsing/data/companies.txt from pytickersymbols' index tables.

pytickersymbols (MIT; see data/README.md) lists the companies of twenty stock indices
of Europe, the United States and Japan (S&P 500, Nasdaq 100, FTSE 100, DAX, CAC 40,
Nikkei 225...), about 1,800 of them. Kept, as keys (reader.parsing.lexicon.key, also
without accents): each name, and the name without its legal form ("Goldman Sachs Group,
Inc." gives "goldman sachs group, inc." and "goldman sachs"), unless it is a place the
gazetteers know: "Toyota" and "Phoenix" (of "Phoenix Group Holdings") are typed by what
the text says of them, as before. Run, with pytickersymbols
installed where Python finds it (`pip install pytickersymbols`; not a dependency of
reader):

    python tools/companies.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from reader.parsing.lexicon import ascii_folded, is_town, key, lexicon

OUT = Path(__file__).resolve().parents[1] / "reader" / "parsing" / "data" / "companies.txt"
# a legal form or a holding's word after a company's name: "Inc.", ", S.A.", "Group plc"
LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:the\s+)?(?:inc|corp|corporation|incorporated|co|company|ltd|limited|llc|plc"
    r"|ag|se|sa|s\.a|nv|n\.v|spa|s\.p\.a|asa|ab|oyj|oy|kgaa|group|holdings?|(?:and|&) co(?:mpany)?"
    r"|\(the\)|class [a-c])\.?)+$",
    re.IGNORECASE,
)
HEADER = """\
# Companies of twenty stock indices (S&P 500, Nasdaq 100, FTSE 100, DAX, CAC 40, Nikkei
# 225...), as keys (lower case, no full stops), one a line: each name and the name without
# its legal form ("goldman sachs"). From the pytickersymbols package (MIT; its licence is
# companies.MIT.txt). Made by tools/companies.py; see data/README.md.
"""


def main() -> int:
    try:
        from pytickersymbols import PyTickerSymbols
    except ImportError:
        raise SystemExit("install pytickersymbols first (pip install pytickersymbols)") from None
    lex = lexicon()
    names = {stock["name"] for stock in PyTickerSymbols().get_all_stocks()}
    short = {re.sub(r"^the\s+", "", LEGAL_FORM.sub("", n), flags=re.IGNORECASE) for n in names}
    every = names | short
    keys = {key(n) for n in every} | {key(ascii_folded(n)) for n in every}
    kept = sorted(k for k in keys if len(k) > 1 and not (lex.is_place(k) or is_town(k)))
    OUT.write_text(HEADER + "".join(f"{k}\n" for k in kept), encoding="utf-8")
    print(f"wrote {OUT}: {len(kept)} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
