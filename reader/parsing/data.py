"""Loading the parser's word lists and gazetteers from the data/ folder.

The parser does no I/O of its own at parse time: each list is read once, on
first use, from files shipped inside the package.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> frozenset[str]:
    """A set of lines from data/NAME, without blank lines and # comments."""
    return frozenset(
        line.strip()
        for line in _read(name).splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def table(name: str) -> dict:
    """A JSON mapping from data/NAME."""
    return json.loads(_read(name))
