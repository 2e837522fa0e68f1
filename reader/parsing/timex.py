"""Time expressions and their TIMEX3 values. (First simple version.)"""

from __future__ import annotations

import re
from datetime import date

from reader.model import TimeExpression
from reader.parsing.text import Span

_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(),
        1,
    )
}
_MONTH_DAY = re.compile(
    r"\b(" + "|".join(m.capitalize() for m in _MONTHS) + r")\s+(\d{1,2})(?:,\s*(\d{4}))?\b"
)


def find_timexes(text: str, published: date | None, sentences: list[Span]) -> list[TimeExpression]:
    """Month-day dates, with the year of the publication date when none is given."""
    result = []
    for match in _MONTH_DAY.finditer(text):
        month, day = _MONTHS[match.group(1).lower()], int(match.group(2))
        year = match.group(3) or (str(published.year) if published else "XXXX")
        result.append(
            TimeExpression(
                id=f"t{len(result) + 1}",
                text=match.group(),
                start=match.start(),
                end=match.end(),
                type="DATE",
                value=f"{year}-{month:02d}-{day:02d}",
            )
        )
    return result


def dateline(text: str) -> date | None:
    """The publication date from a date line near the top ("March 06, 2008")."""
    for line in text.splitlines()[:3]:
        match = _MONTH_DAY.fullmatch(line.strip())
        if match and match.group(3):
            return date(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
    return None
