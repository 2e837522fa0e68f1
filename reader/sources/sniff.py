"""What a downloaded or local document is: a page, a feed, an OPML list, text or binary.

Servers often send the wrong Content-Type (feeds as text/html, pages as
application/octet-stream), so the document's root element decides where it
has one, and the header only where it has not.
"""

from __future__ import annotations

import codecs
import re

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
BINARY_PREFIXES = ("image/", "audio/", "video/", "font/", "model/")
BINARY_TYPES = ("application/pdf", "application/zip", "application/gzip", "application/msword")
FEED_ROOTS = ("rss", "feed", "rdf:rdf", "rdf")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The first element's name, past the XML declaration, comments and the DOCTYPE.
_ROOT = re.compile(r"<([A-Za-z][\w.:-]*)")
_HEAD = 64 * 1024


def sniff(content: bytes, content_type: str = "") -> str:
    """One of "html", "feed", "opml", "text", "xml" (another XML document) or "binary"."""
    if content_type.startswith(BINARY_PREFIXES) or content_type in BINARY_TYPES:
        return "binary"
    text = _text(content[:_HEAD])
    if text is None:
        return "binary"
    root = root_element(text)
    if root in FEED_ROOTS:
        return "feed"
    if root == "opml":
        return "opml"
    if content_type in TEXT_TYPES:
        return "text"
    if root == "html" or content_type in HTML_TYPES:
        return "html"
    if content_type.endswith(("/xml", "+xml")):
        return "xml"
    return "html" if root else "text"


def root_element(text: str) -> str:
    """The lower-case name of the first element, "" when there is none."""
    match = _ROOT.search(text)
    return match.group(1).lower() if match else ""


def declares_entities(content: bytes) -> bool:
    """Whether the document declares XML entities: the way in for an expansion bomb.

    An XML parser that refuses entity declarations reads the prolog and stops at
    the root element (no declaration can follow it), so comments and processing
    instructions cannot hide a DOCTYPE from it. A prolog it cannot read is judged
    by the whole text: any `<!ENTITY` in it counts.
    """
    verdict = _prolog_declares(content)
    declared = _declared_text(content) if verdict is None else None
    if declared is not None:
        verdict = _prolog_declares(declared)  # an encoding only Python reads (UTF-7, GBK)
    if verdict is not None:
        return verdict
    return "<!entity" in (declared or _text(content) or "").lower()


def _prolog_declares(document: bytes | str) -> bool | None:
    """Whether the XML parser finds an entity declared before the root element; None when
    it cannot read the prolog, or the encoding: expat reads no multi-byte one but UTF's
    (Shift_JIS, GB18030, Big5, UTF-7 fail), given as text it takes any."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser, ParseError

    parser = DefusedXMLParser(target=_UntilRoot(), forbid_entities=True, forbid_external=True)
    try:
        parser.feed(document)
        parser.close()
    except _RootReached:
        return False
    except DefusedXmlException:
        return True
    except (ParseError, ValueError):  # ValueError: "multi-byte encodings are not supported"
        return None
    return None


def _declared_text(content: bytes) -> str | None:
    """The document decoded as its XML declaration says, when it says and Python knows
    that encoding; else None."""
    match = _DECLARED.match(content)
    if match is None:
        return None
    try:
        return content.decode(match.group(1).decode("ascii"), errors="replace")
    except LookupError:
        return None


_DECLARED = re.compile(rb"""\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']""")


class _RootReached(Exception):
    """Raised at the first element: the prolog, where entities are declared, is over."""


class _UntilRoot:
    """A parser target that stops the parse at the root element."""

    def start(self, tag, attrib):
        raise _RootReached


def _text(content: bytes) -> str | None:
    """Text good enough to find markup in; None for binary data (NUL bytes without a BOM)."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content[len(bom) :].decode(encoding, errors="ignore")
    if b"\x00" in content[:_HEAD]:
        return None
    return content.decode("latin-1")
