"""Strings from an article made safe for one line of another format."""

from __future__ import annotations

import re

_SPACE = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")


def one_line(text: str) -> str:
    """Control characters and line breaks become single spaces: article text is untrusted."""
    return _SPACE.sub(" ", text).strip()


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")


def markdown_literal(text: str) -> str:
    """Untrusted text as literal Markdown, on one line: no emphasis, links or HTML of its
    own wherever the Markdown is rendered."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))


def sentence(article_text: str, span: tuple[int, int]) -> str:
    start, end = span
    return one_line(article_text[start:end])
