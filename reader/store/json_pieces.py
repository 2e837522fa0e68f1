"""JSON objects of long lists read and written an item at a time.

The standard library's decoder and encoder in C hold the interpreter for a whole
document: 460 ms to read the analysis of 5 MB of news and 220 ms to write it, while
the app's thread that draws waits (a scroll, a key). A piece at a time, the thread
that reads gives way between items, and the longest it holds on is one item. The
text is the same as json.dumps writes compactly, so either reads the other's.
"""

from __future__ import annotations

import json
from typing import Any

from reader.json_text import encoder

_DECODER = json.JSONDecoder()
# json.dumps(value, ensure_ascii=False, separators=(",", ":")), its encoder made once
_dumps = encoder((",", ":"))


def dumps(document: dict[str, object]) -> str:
    """`document` as json.dumps writes it with separators (",", ":"), lists item by item."""
    members = []
    for key, value in document.items():
        if isinstance(value, list):
            encoded = "[" + ",".join(_dumps(item) for item in value) + "]"
        else:
            encoded = _dumps(value)
        members.append(f"{_dumps(key)}:{encoded}")
    return "{" + ",".join(members) + "}"


def loads(text: str) -> Any:
    """What json.loads reads; an object of compact JSON (as `dumps` writes) is read a
    member, and a member's list an item, at a time."""
    try:
        return _object(text)
    except (IndexError, ValueError):
        return json.loads(text)  # not compact: read at once (or its error raised)


def _object(text: str) -> dict[str, object]:
    if not text.startswith("{"):
        raise ValueError("not an object")
    found: dict[str, object] = {}
    at = 1
    while text[at] != "}":
        key, at = _DECODER.raw_decode(text, at)
        if text[at] != ":":
            raise ValueError("not compact")
        at += 1
        if text[at] == "[":
            items, at = _items(text, at + 1)
            found[key] = items
        else:
            found[key], at = _DECODER.raw_decode(text, at)
        at += text[at] == ","
    if at != len(text) - 1:
        raise ValueError("more after the object")
    return found


def _items(text: str, at: int) -> tuple[list[object], int]:
    """The items of a list from `at` (after its "["), and the offset after its "]"."""
    items = []
    while text[at] != "]":
        item, at = _DECODER.raw_decode(text, at)
        items.append(item)
        if text[at] == ",":
            at += 1
        elif text[at] != "]":
            raise ValueError("not compact")
    return items, at + 1
