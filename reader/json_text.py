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
        return _document(documents, "")
    if not documents:
        return "[]"
    inner = ",\n".join(" " + _document(d, " ") for d in documents)
    return f"[\n{inner}\n]"


def _encode(value: object) -> str:
    """The value's JSON, escaped (escape_json) piece by piece: ASCII without DEL, most
    of an analysis, has nothing to escape and is not searched."""
    text = _raw(value)
    return text if text.isascii() and "\x7f" not in text else escape_json(text)


def _document(document: dict, pad: str) -> str:
    """The document laid out in lines, its pieces joined once: a MB of news makes some
    2.5 MB of JSON, which joined level by level was copied three times over."""
    pieces = ["{\n"]
    for name, value in document.items():
        if len(pieces) > 1:
            pieces.append(",\n")
        pieces += (pad, " ", _encode(name), ": ")
        if name in _LISTED and value:
            pieces += ("[\n", pad, "  ", f",\n{pad}  ".join(map(_encode, value)), "\n", pad, " ]")
        else:
            pieces.append(_encode(value))
    pieces += ("\n", pad, "}")
    return "".join(pieces)
