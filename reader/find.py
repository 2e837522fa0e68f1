"""Finding words in an article's text, for `/` in the reading screen. No Textual here."""

from __future__ import annotations

import re


def find_words(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query is in the text, ignoring case and the spaces between its words:
    the whole phrase where it occurs, else each of its words. (start, end) in order."""
    words = query.split()
    if not words:
        return []
    phrase = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    found = [m.span() for m in phrase.finditer(text)]
    if found or len(words) == 1:
        return found
    any_word = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
    return [m.span() for m in any_word.finditer(text)]
