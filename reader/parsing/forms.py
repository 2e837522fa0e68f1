"""One written form of a name ("Blinken", "Azerbaijan") with everything seen around it."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter

_COUNT = itemgetter(1)


@dataclass(slots=True)
class Form:
    """All mentions of one name form (same key), with the cues found at them (slotted: its
    counts are updated at every mention)."""

    key: str
    words: tuple[str, ...]  # keys of its words
    surfaces: dict[str, int] = field(default_factory=dict)  # spelling -> mentions
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    person_cues: int = 0
    spoken: int = 0  # of them, cues a company's name takes too: "X said" (see actors)
    speaks: int = 0  # mentions as the subject of a speech verb, of any name: "X said" (see actors)
    place_cues: int = 0
    sited: int = 0  # mentions before a site's noun: "the X airport" (see actors._sited)
    named_place: int = 0  # mentions after "the city of", "northern" (see actors._named_a_place)
    # of the place cues, those of a list beside a place, no preposition before it ("X and
    # Leeds were flat", not "in X and Leeds")
    beside: int = 0
    company_cues: int = 0
    deeds: int = 0  # of them, a company's verb after the name alone: "X bought" (see actors)
    played: int = 0  # mentions as a side in a match told with its score (see results.py)
    thing_cues: int = 0  # "the X index", "the drug X" (see actors._thing_cue)
    made: int = 0  # of them, after a noun of a work or a product: "the novel X", "the drug X"
    # a mention outside a quotation in title case (see actors._in_titled_quote): once one
    # is, the others need not be asked
    unquoted: bool = False
    determined: int = 0  # mentions after "the", standing alone (see actors._determined)
    impersonal: int = 0  # mentions a relative "which" refers back to (see actors._which_of)
    coded: int = 0  # mentions as a code in brackets after a person's name: "Ana Vell (KEN)"
    # initials the text spells out in lower case before them: "a ballistic missile (BM)"
    spelled_out: bool = False

    @property
    def surface(self) -> str:
        """The spelling used most often (the first seen on a tie); most forms are written
        one way only, and that one needs no counts compared."""
        surfaces = self.surfaces
        if len(surfaces) == 1:
            return next(iter(surfaces))
        return max(surfaces.items(), key=_COUNT)[0]

    @property
    def shown(self) -> str:
        """The spelling to show: the surface, unless it is in capitals for a dateline or a
        headline ("PARIS, March 6 (Reuters) -") where the text spells it in lower case too
        ("Paris"); an acronym ("NATO") has no other spelling and stays."""
        surface = self.surface
        if not surface.isupper():
            return surface
        lower = [item for item in self.surfaces.items() if not item[0].isupper()]
        return max(lower, key=_COUNT)[0] if lower else surface

    @property
    def first(self) -> int:
        return self.mentions[0][0]
