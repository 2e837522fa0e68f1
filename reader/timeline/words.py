"""The word lists of reader/timeline/data/, read once."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> frozenset[str]:
    """The lines of data/NAME, without blank lines and # comments."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
