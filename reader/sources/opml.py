"""OPML subscription lists: read (safely, with defusedxml) and write.

Nested outlines (folders) are flattened: the library has one list of feeds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from reader.sources.clean import clean_line
from reader.sources.errors import SourceError


@dataclass(frozen=True)
class Outline:
    """One feed of an OPML list."""

    url: str
    title: str = ""


def read_opml(data: bytes, where: str = "") -> list[Outline]:
    """The feeds an OPML document lists, in order, each once."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(data)
    except DefusedXmlException:
        raise SourceError(f"OPML refused: it declares XML entities or a DTD: {where}") from None
    except ParseError as error:
        raise SourceError(f"not a well-formed OPML file ({error}): {where}") from None
    if root.tag.lower() != "opml":
        raise SourceError(f"not an OPML file (root element <{root.tag}>): {where}")
    outlines, seen = [], set()
    for node in root.iter("outline"):
        attrs = {key.lower(): clean_line(value) for key, value in node.attrib.items()}
        url = attrs.get("xmlurl", "")
        if url and url not in seen:
            seen.add(url)
            outlines.append(Outline(url, attrs.get("title") or attrs.get("text", "")))
    return outlines


# What XML 1.0 cannot hold, which ElementTree writes as it is: controls but tab and line
# ends, surrogates, and the noncharacters U+FFFE and U+FFFF (a lenient parse of a broken
# feed keeps them in its title). Written, they make a list no reader can import.
_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def write_opml(feeds: Iterable, title: str = "reader feeds") -> str:
    """An OPML 2.0 document of `feeds` (anything with `url` and `title`)."""
    root = Element("opml", version="2.0")
    SubElement(SubElement(root, "head"), "title").text = title
    body = SubElement(root, "body")
    for feed in feeds:
        url = _NOT_XML.sub("", feed.url)
        name = _NOT_XML.sub("", feed.title) or url
        SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=url)
    indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode")
