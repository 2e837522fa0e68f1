"""Strings from an article made safe for one line of another format."""

from __future__ import annotations

import re

_SPACE = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")


def one_line(text: str) -> str:
    """Control characters and line breaks become single spaces: article text is untrusted."""
    return _SPACE.sub(" ", text).strip()


def sentence(article_text: str, span: tuple[int, int]) -> str:
    start, end = span
    return one_line(article_text[start:end])
