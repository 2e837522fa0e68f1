"""The JSON text of article documents (reader/1): readable for `--format json`, one line
each for `--format jsonl`.

Both are written by the standard library's encoder in C: with `indent` it falls back
to Python and costs a call per value, several times the time of the analysis'
output. Readable here means a member of the document a line, and each actor, time
expression and event on a line of its own (compact inside), which also suits grep.
orjson would be faster still, but has no wheel for every platform Python runs on.
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable

from reader.model import Analysis, Article, Event, TimeExpression, document
from reader.sources.clean import escape_json


def encoder(separators: tuple[str, str] = (", ", ": ")) -> Callable[[object], str]:
    """The standard library's encoder with these item and key separators, without indent,
    as JSONEncoder.encode writes: its encoder in C made once here, not at every call
    (making it and the Python around it cost more than writing an item of an analysis,
    of which a MB of news has ten thousand). A document is a tree of plain values
    (reader.model.document): no cycle to look for, which saves the encoder an id()
    look-up for every list and object."""
    standard = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=separators)
    make = getattr(json.encoder, "c_make_encoder", None)  # what JSONEncoder.iterencode calls
    if make is None:  # an interpreter without the C encoder
        return standard.encode
    strings = json.encoder.encode_basestring  # as written with ensure_ascii=False
    items, keys = separators
    chunks = make(None, standard.default, strings, None, keys, items, False, False, True)
    return lambda value: "".join(chunks(value, 0))


_raw = encoder()
_LISTED = ("actors", "timexes", "events")  # the lists laid out an item a line


def one_line(document: dict) -> str:
    """The document as one line of JSON (JSON Lines)."""
    return _encode(document)


def readable(documents: dict | list[dict]) -> str:
    """One document, or a list of them, laid out in lines."""
    if isinstance(documents, dict):
        return _document(documents, None, "")
    if not documents:
        return "[]"
    inner = ",\n".join(" " + _document(d, None, " ") for d in documents)
    return f"[\n{inner}\n]"


def readable_analysed(analysed: list[tuple[Article, Analysis]]) -> str:
    """The text `readable` gives of the articles' documents (reader.model.document), one
    or a list of them, with their time expressions and events written straight from the
    analyses: a MB of news has some 9,000, made into dicts for the encoder and written
    by it one by one (the document of 1 MB of news: 31 ms of CPU; now 19)."""
    written = [_written(article, analysis) for article, analysis in analysed]
    if len(written) == 1:
        return _document(*written[0], "")
    if not written:
        return "[]"
    inner = ",\n".join(" " + _document(doc, lines, " ") for doc, lines in written)
    return f"[\n{inner}\n]"


def _written(article: Article, analysis: Analysis) -> tuple[dict, dict[str, list[str]]]:
    """The article's document with no time expressions or events, and their lines."""
    lines = {
        "timexes": [
            _timex_line(t) or _encode(Analysis(timexes=[t]).to_dict()["timexes"][0])
            for t in analysis.timexes
        ],
        "events": [
            _event_line(e) or _encode(Analysis(events=[e]).to_dict()["events"][0])
            for e in analysis.events
        ],
    }
    return document(article, Analysis(actors=analysis.actors)), lines


_STR = json.encoder.encode_basestring  # as _raw writes a string


def _timex_line(t: TimeExpression) -> str | None:
    """What _encode writes of the time expression's dict (see Analysis.to_dict), or None
    where a field is not of the type written here (_STR takes only strings)."""
    if type(t.start) is not int or type(t.end) is not int:
        return None
    try:
        line = (
            f'{{"id": {_STR(t.id)}, "text": {_STR(t.text)}, "start": {t.start}, "end": {t.end},'
            f' "type": {_STR(t.type)}, "value": {_STR(t.value)}'
            + (f', "mod": {_STR(t.mod)}}}' if t.mod else "}")
        )
    except TypeError:
        return None
    return _escaped(line)


def _event_line(e: Event) -> str | None:
    """What _encode writes of the event's dict (see Analysis.to_dict), or None where a
    field is not of the type written here (_STR takes only strings)."""
    sentence, timex, end = e.sentence, e.timex, e.end_date
    if len(sentence) != 2 or type(sentence[0]) is not int or type(sentence[1]) is not int:
        return None
    try:
        line = (
            f'{{"id": {_STR(e.id)}, "date": {_STR(e.date)}'
            + (f', "end_date": {_STR(end)}' if end else "")
            + f', "timex": {"null" if timex is None else _STR(timex)}'
            f', "sentence": [{sentence[0]}, {sentence[1]}], "text": {_STR(e.text)}'
            f', "actors": [{", ".join(map(_STR, e.actors))}]}}'
        )
    except TypeError:
        return None
    return _escaped(line)


def _encode(value: object) -> str:
    """The value's JSON, escaped (escape_json) piece by piece: ASCII without DEL, most
    of an analysis, has nothing to escape and is not searched."""
    return _escaped(_raw(value))


def _escaped(text: str) -> str:
    return text if text.isascii() and "\x7f" not in text else escape_json(text)


def _document(document: dict, lines: dict[str, list[str]] | None, pad: str) -> str:
    """The document laid out in lines, its pieces joined once: a MB of news makes some
    2.5 MB of JSON, which joined level by level was copied three times over. `lines`:
    those of the lists it names, written already (their values in the document unread)."""
    pieces = ["{\n"]
    for name, value in document.items():
        if len(pieces) > 1:
            pieces.append(",\n")
        pieces += (pad, " ", _encode(name), ": ")
        items = lines.get(name) if lines else None
        if items is None and name in _LISTED and value:
            items = list(map(_encode, value))
        if items:
            pieces += ("[\n", pad, "  ", f",\n{pad}  ".join(items), "\n", pad, " ]")
        else:
            pieces.append("[]" if items is not None else _encode(value))
    pieces += ("\n", pad, "}")
    return "".join(pieces)
