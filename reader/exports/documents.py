"""JSON: the reader/1 document that `reader parse` prints, one or a list of them."""

from __future__ import annotations

import json

from reader.model import Analysis, Article, document


def documents(items: list[tuple[Article, Analysis]]) -> str:
    docs = [document(article, analysis) for article, analysis in items]
    return json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=1) + "\n"
