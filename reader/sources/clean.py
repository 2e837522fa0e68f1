"""Untrusted text made safe to show: the one place every outside string is cleaned.

A file, a sidecar, a web server or a feed can put terminal escape sequences
(set the window title, write the clipboard, draw links), bidi overrides (show
text in another order than it is stored) and lone surrogates (cannot be
written as UTF-8) in any string. Sources call `clean_text` on bodies and
`clean_line` on one-line fields (titles, sources, URLs, messages) where the
string enters the program; `json_dumps` writes JSON that keeps such characters
escaped even when an older cache still holds them.
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata

# Escape sequences, 7-bit (ESC ...) and 8-bit (C1): control strings (OSC, DCS,
# SOS, PM, APC) up to their terminator (BEL or ST), CSI with its parameters,
# and the other ESC sequences (intermediates and a final byte).
_SEQUENCES = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|\x1b[ -/]*[0-~]"
)
# The same in raw bytes, the 8-bit ones as UTF-8 writes them: an HTML parser drops
# each ESC or C1 and would leave the rest of its sequence as text ("]0;title").
_BYTE_SEQUENCES = re.compile(
    rb"(?:\x1b[\]PX^_]|\xc2[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\xc2]*(?:\x07|\x1b\\|\xc2\x9c)"
    rb"|(?:\x1b\[|\xc2\x9b)[0-?]*[ -/]*[@-~]"
    rb"|\x1b[ -/]*[0-~]"
)
# What is left: C0 and C1 controls but tab and newline, DEL, bidi embeddings,
# overrides and isolates, and surrogates (a str holds them only unpaired).
_UNSAFE = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_CONTROLS = re.compile(f"[{_UNSAFE}]")
# Characters a one-line field never shows: the zero-width space, Mongolian vowel
# separator, word joiner, invisible operators and zero-width no-break space (a
# byte-order mark), and the soft hyphen (a line that never breaks never shows it).
# Terminals differ on their width, so a row holding one has its border moved. So
# does the emoji variation selector: Textual gives "\u2764\ufe0f" two cells, tmux one;
# without it the symbol takes one cell in both. Joiners and non-joiners stay: they make
# one emoji of several (two cells in both), or spell a word in Persian or Hindi.
# The noncharacters U+FFFE and U+FFFF (a broken feed's title may hold them) go too:
# terminals draw them in different widths. Bodies keep them all: offsets point into them.
_ZERO_WIDTH = re.compile(r"[\u00ad\u180e\u200b\u2060-\u2064\ufe0f\ufeff\ufffe\uffff]")
# In JSON the above (C0 is escaped by json itself), bidi marks and line separators
# are written as \\uXXXX escapes, so that printing the document is safe too.
_JSON_ESCAPED = re.compile(
    r"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def clean_text(text: str) -> str:
    """The text without escape sequences or unsafe characters, no character carrying more
    than MOST_JOINED others; line ends normalised to \\n."""
    if "\r" in text:  # a search for one character: most texts have none to replace
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _carried_maybe(text):
        text = _JOINED.sub(_few_joined, _CROWDED.sub(_few_joined, text))
    if _printable(text) or _CONTROLS.search(text) is None:  # a sequence opens with a control
        return text
    return _CONTROLS.sub("", _SEQUENCES.sub("", text))


# A character carries at most this many others that draw nothing of their own: marks,
# and what a joiner joins to it. Textual draws a character and all it carries as one
# cell, sent whole at each repaint: a letter under a megabyte of accents (Zalgo text)
# sent 2 MB to the terminal at each key press. Unicode's Stream-Safe Text Format allows
# 30 marks in a row too; no script's writing stacks more.
MOST_JOINED = 30
# Where a character may carry that many: runs of characters past Latin and the IPA
# (marks start at U+0300), or of characters each joined to the next.
_CROWDED = re.compile(r"[^\x00-\u02ff]{31,}")
_JOINED = re.compile(r"(?:[^\n]\u200d){15,}[^\n]?")


def _carried_maybe(text: str) -> bool:
    """Whether a character of the text may carry more than MOST_JOINED others: one of
    every (MOST_JOINED + 1)th characters is then a joiner or draws nothing. Told without
    a walk through a text of none (most texts, Russian or Chinese ones too)."""
    if "\u200d" in text:
        return True
    sample = text[:: MOST_JOINED + 1]
    if sample.isascii():
        return False
    return any(_draws_nothing(char) for char in set(sample) if char > "\u02ff")


def _few_joined(run: re.Match[str]) -> str:
    """The run without the characters past the MOST_JOINED carried by one character."""
    text = run.group()
    if not _carried_maybe(text):
        return text
    kept, joined, after_joiner = [], 0, False
    for char in text:
        if after_joiner or char == "\u200d" or _draws_nothing(char):
            joined += 1
        else:
            joined = 0
        after_joiner = char == "\u200d"
        if joined <= MOST_JOINED:
            kept.append(char)
    return "".join(kept)


def _draws_nothing(char: str) -> bool:
    """Whether Textual gives the character no cell of its own (it joins the one before):
    marks, format characters, skin tones and Hangul's vowels and final consonants."""
    return (
        unicodedata.category(char) in _CARRIED_CATEGORIES
        or "\U0001f3fb" <= char <= "\U0001f3ff"
        or "\u1160" <= char <= "\u11ff"
        or "\ud7b0" <= char <= "\ud7ff"
    )


_CARRIED_CATEGORIES = frozenset(("Mn", "Mc", "Me", "Cf"))


def _printable(text: str) -> bool:
    """Whether every character of the text but newlines and tabs is printable: then none is
    unsafe (controls, bidi marks and surrogates are all unprintable), as the C loop of
    str.isprintable tells several times sooner than a search for them (most texts)."""
    return text.replace("\n", " ").replace("\t", " ").isprintable()


def clean_markup(content: bytes) -> bytes:
    """A page's raw bytes without escape sequences, whole, for a parser that would keep
    all of each but its first byte."""
    if b"\x1b" not in content and b"\xc2" not in content:
        return content
    return _BYTE_SEQUENCES.sub(b"", content)


# libxml2 (pages) and the standard library's SAX (feedparser) weigh each attribute of a
# tag against the others: one tag of 40,000 attributes of names of their own (350 KB)
# took 25 s to parse, one of 100,000 hours, where no deadline reaches. A tag of more
# names than this keeps its element, not them (a long value, an inline SVG's path,
# costs nothing and is kept).
MOST_ATTRIBUTES = 1_000
# long enough for that many; possessive, so a "<" never closed is passed in linear time
_LONG_TAG = re.compile(r"<([A-Za-z][^\s<>/]*+)([^<>]{4000,}+)>")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")


def few_attributes(markup: str) -> str:
    """The markup with each tag of more than MOST_ATTRIBUTES attributes bare: "<p>"."""

    def bare(tag: re.Match[str]) -> str:
        names = _QUOTED.sub("", tag.group(2)).split()
        return tag.group() if len(names) <= MOST_ATTRIBUTES else f"<{tag.group(1)}>"

    return _LONG_TAG.sub(bare, markup)


def few_attributes_of(content: bytes, charset: str = "") -> bytes:
    """few_attributes of a document's bytes, whatever their encoding: one of UTF-16 or
    UTF-32 (by its `charset` or its byte-order mark) is read as such, where the tags'
    bytes are apart; any other is read as latin-1, which keeps each byte as it is."""
    codec = _wide_codec(content, charset) or "latin-1"
    text = content.decode(codec, "replace")
    cut = few_attributes(text)
    return content if cut is text else cut.encode(codec)  # nothing cut: the bytes as they came


def _wide_codec(content: bytes, charset: str) -> str:
    named = charset.lower().replace("_", "-")
    if named.startswith(("utf-16", "utf-32")) and named in _WIDE_CODECS:
        return named
    return next((codec for bom, codec in _BYTE_ORDER_MARKS if content.startswith(bom)), "")


_WIDE_CODECS = frozenset(
    f"utf-{bits}{order}" for bits in ("16", "32") for order in ("", "le", "be", "-le", "-be")
)
_BYTE_ORDER_MARKS = (  # UTF-32's first: UTF-16's little-endian mark begins its own
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def clean_line(text: str) -> str:
    """A one-line field (title, source, URL, message): cleaned, without zero-width
    characters, every run of white space (newlines and tabs included) one space."""
    # The common case: no expression, often nothing to do at all. The zero-width
    # characters are unprintable (format characters), but for the variation selector.
    if text.isprintable() and "\ufe0f" not in text:
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
    else:
        text = _ZERO_WIDTH.sub("", clean_text(text))
    return " ".join(text.split())


# A title longer than this is cut: a feed or a page may send one of megabytes, which every
# list row, title bar and line of `reader list` would carry whole (the app's library
# stopped drawing at one of 10 MB). Longer than any headline or paper's title.
TITLE_MOST = 300


def clean_title(text: str) -> str:
    """A title as one line (see clean_line), cut at TITLE_MOST characters, "…" last.
    Only its start is cleaned: a title of megabytes costs no more than a short one."""
    line = clean_line(text[: 4 * TITLE_MOST])
    if len(line) > TITLE_MOST or len(text) > 4 * TITLE_MOST:
        return line[: TITLE_MOST - 1].rstrip() + "…"
    return line


def json_dumps(value: object, indent: int | None = None) -> str:
    """JSON as `json.dumps(ensure_ascii=False)` writes it, but with control, bidi and
    surrogate characters escaped."""
    return escape_json(json.dumps(value, ensure_ascii=False, indent=indent))


def escape_json(text: str) -> str:
    """JSON text with control, bidi and surrogate characters written as \\uXXXX escapes."""
    if text.isprintable():  # none to escape (all are unprintable): most texts, found at once
        return text
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
