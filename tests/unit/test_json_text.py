"""The JSON text of documents: the same data as json.loads reads it, laid out in lines."""

from __future__ import annotations

import json
from datetime import date

from reader.json_text import one_line, readable
from reader.model import Article, document
from reader.parsing import analyse

TEXT = (
    "Lena Park met Omar Haddad in Oslo on Monday. On 3 March 2024 the two signed a deal "
    "in Bergen.\n\nHaddad said the talks would resume next week.\u202e"
)


def _document() -> dict:
    article = Article(text=TEXT, title="Talks \u2066in\u2069 Oslo", published=date(2024, 3, 4))
    return document(article, analyse(article.text, article.published))


def test_readable_is_the_document_with_an_item_a_line():
    doc = _document()
    text = readable(doc)
    assert json.loads(text) == doc
    items = [json.loads(line.rstrip(",")) for line in text.splitlines() if line.startswith("  {")]
    assert items == doc["actors"] + doc["timexes"] + doc["events"]
    assert all(doc[name] for name in ("actors", "timexes", "events"))


def test_a_list_of_documents_reads_back_whole():
    docs = [_document(), _document()]
    assert json.loads(readable(docs)) == docs
    assert json.loads(readable([])) == []


def test_one_line_holds_the_document_and_escapes_bidi_controls():
    doc = _document()
    line = one_line(doc)
    assert "\n" not in line
    assert json.loads(line) == doc
    for text in (line, readable(doc)):
        assert "\u202e" not in text and "\u2066" not in text
        assert "\\u202e" in text and "\\u2066" in text
