"""JSON: the reader/1 document that `reader parse` prints, one or a list of them."""

from __future__ import annotations

from reader.model import Analysis, Article, document
from reader.sources.clean import json_dumps


def documents(items: list[tuple[Article, Analysis]]) -> str:
    docs = [document(article, analysis) for article, analysis in items]
    return json_dumps(docs[0] if len(docs) == 1 else docs, indent=1) + "\n"
