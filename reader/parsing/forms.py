"""One written form of a name ("Blinken", "Azerbaijan") with everything seen around it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Form:
    """All mentions of one name form (same key), with the cues found at them."""

    key: str
    words: tuple[str, ...]  # keys of its words
    surfaces: Counter = field(default_factory=Counter)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    person_cues: int = 0
    place_cues: int = 0
    company_cues: int = 0

    @property
    def surface(self) -> str:
        """The spelling used most often (the first seen on a tie)."""
        return self.surfaces.most_common(1)[0][0]

    @property
    def first(self) -> int:
        return self.mentions[0][0]
