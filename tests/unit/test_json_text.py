"""The JSON text of documents: the same data as json.loads reads it, laid out in lines."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.json_text import one_line, readable, readable_analysed
from reader.model import Analysis, Article, Event, TimeExpression, document
from reader.parsing import analyse
from reader.sources.clean import escape_json

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


def test_only_the_pieces_that_can_need_it_are_searched_for_characters_to_escape(monkeypatch):
    """A document's text is escaped piece by piece: ASCII without DEL (most of an
    analysis) cannot hold a character to escape and is not searched; what can is."""
    import reader.json_text

    searched: list[str] = []

    def escape(text: str) -> str:
        searched.append(text)
        return escape_json(text)

    monkeypatch.setattr(reader.json_text, "escape_json", escape)
    article = Article(text="Lena Park met Omar Haddad in Oslo on Monday.", title="Talks")
    doc = document(article, analyse(article.text, date(2024, 3, 4)))
    assert json.loads(readable(doc)) == doc and searched == []
    doc["title"] = "Talks \u2066in\u2069 Oslo, caf\u00e9 \x7f"
    assert "\\u2066in\\u2069 Oslo, caf\u00e9 \\u007f" in readable(doc)
    assert searched == [json.dumps(doc["title"], ensure_ascii=False)]


def test_the_c_encoder_is_made_once_and_writes_what_json_dumps_does(monkeypatch):
    """Making the standard library's C encoder at every item (as json.dumps does) cost more
    than writing the item: a MB of news has ten thousand of them."""
    import json.encoder

    doc = _document()
    made: list[tuple] = []
    make = json.encoder.c_make_encoder
    monkeypatch.setattr(json.encoder, "c_make_encoder", lambda *a: made.append(a) or make(*a))
    line = one_line(doc)
    readable(doc)
    assert line == escape_json(json.dumps(doc, ensure_ascii=False))
    assert len(made) == 1  # json.dumps, above; none for the document's items


_TEXTS = st.text(st.characters(codec="utf-8"), max_size=12)  # marks to escape too
_MAYBE_TEXT = st.one_of(st.none(), _TEXTS, st.integers(), st.booleans())
_OFFSETS = st.one_of(st.integers(), st.booleans(), st.floats(allow_nan=False), st.none())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.builds(
            TimeExpression,
            id=_MAYBE_TEXT,
            text=_TEXTS,
            start=_OFFSETS,
            end=st.integers(),
            type=_MAYBE_TEXT,
            value=_MAYBE_TEXT,
            mod=_MAYBE_TEXT,
        ),
        max_size=4,
    ),
    st.lists(
        st.builds(
            Event,
            id=_TEXTS,
            date=_MAYBE_TEXT,
            timex=_MAYBE_TEXT,
            sentence=st.tuples(_OFFSETS, st.integers()),
            text=_TEXTS,
            actors=st.lists(_MAYBE_TEXT, max_size=3),
            end_date=_MAYBE_TEXT,
        ),
        max_size=4,
    ),
    st.integers(min_value=1, max_value=2),
)
def test_time_expressions_and_events_written_straight_are_the_document_s(timexes, events, count):
    """`reader parse --format json` writes the time expressions and events of an analysis
    straight from it (a MB of news has some 9,000): the text is what `readable` writes
    of the document, whatever the fields hold (one not of its type is written by the
    encoder, as before), for one document and for a list of them."""
    article = Article(text="Lena Park met Omar Haddad in Oslo.", title="Talks \u2066in\u2069")
    analysed = [(article, Analysis(timexes=timexes, events=events))] * count
    documents = [document(a, analysis) for a, analysis in analysed]
    assert readable_analysed(analysed) == readable(documents[0] if count == 1 else documents)
    assert readable_analysed([]) == readable([])
