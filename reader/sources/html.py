"""A web page's article as Markdown, with its metadata, by trafilatura.

trafilatura finds the main text (dropping menus, footers and adverts) and
keeps paragraphs, headings, lists and emphasis as Markdown. It is imported
only when a page is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reader.sources.clean import (
    clean_line,
    clean_markup,
    clean_text,
    few_attributes,
    few_attributes_of,
)
from reader.sources.errors import SourceError
from reader.sources.files import parse_date, split_front_matter

# trafilatura keeps a page's menu links when it finds nothing better; fewer
# words than this is page furniture or an error page, not an article.
MIN_WORDS = 15
# trafilatura spends a tenth of a millisecond to a millisecond on each element of a page,
# so the million tiny elements 10 MB of markup can hold would take a core for many
# minutes. A page with more tags than this (a long article's page has a few thousand) is
# read plainly instead: its paragraphs in order, without trafilatura's choice of the
# main text.
MAX_TAGS = 20_000
# elements whose words are code or page furniture, and those that end a paragraph
_NOT_WORDS: tuple[str, ...] = ("head", "script", "style", "noscript", "template", "nav")
_NOT_WORDS += ("header", "footer", "aside")
_BLOCKS: tuple[str, ...] = ("p", "div", "br", "li", "tr", "td", "dd", "dt", "pre", "section")
_BLOCKS += ("blockquote", "article", "h1", "h2", "h3", "h4", "h5", "h6")


@dataclass(frozen=True)
class Page:
    """The article of one HTML page."""

    text: str  # Markdown
    title: str
    author: str
    site: str
    published: date | None
    url: str  # the page's own (canonical) URL where it gives one


def extract_page(content: bytes, charset: str = "", url: str = "", where: str = "") -> Page:
    """The main article of an HTML page; SourceError if the page has none.

    Without a `charset` (from the HTTP header) trafilatura detects the encoding.
    `where` names the page in messages (the URL or path the user gave).
    """
    content = few_attributes_of(content, charset)
    if content.count(b"<") > MAX_TAGS:
        return _plain_page(content, charset, url, where)
    import trafilatura

    output = trafilatura.extract(
        _decode(clean_markup(content), charset),
        url=url or None,
        output_format="markdown",
        with_metadata=True,
        include_formatting=True,
        include_links=False,
        include_comments=False,
        include_images=False,
        include_tables=True,
    )
    meta, body = split_front_matter(output or "")
    body = clean_text(body).strip()
    if len(body.split()) < MIN_WORDS:
        raise SourceError(f"no article text found in the page: {where or url}")
    title = clean_line(meta.get("title", ""))
    return Page(
        text=_drop_title_heading(body, title),
        title=title,
        author=clean_line(meta.get("author", "")),
        site=clean_line(meta.get("sitename", "") or meta.get("hostname", "")),
        published=parse_date(meta.get("date")),
        url=clean_line(meta.get("url", "") or url),
    )


def fragment_markdown(html: str) -> str:
    """An HTML fragment (a feed entry's content) as Markdown; "" when it has no text."""
    html = few_attributes(html)
    if html.count("<") > MAX_TAGS:
        return _plain_paragraphs(_tree(html))
    import trafilatura

    text = trafilatura.extract(
        f"<html><body><article>{clean_text(html)}</article></body></html>",  # keep its headings
        output_format="markdown",
        include_formatting=True,
        include_comments=False,
        favor_recall=True,
        fast=True,  # no fallback extractors: the fragment is all article (4-8 ms -> 0.4-2)
    )
    return clean_text(text).strip() if text else fragment_text(html)


def fragment_text(html: str) -> str:
    """An HTML fragment's words as one line of plain text (a title, a short summary)."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fragment_fromstring(clean_text(few_attributes(html)), create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        return ""
    for code in tree.iter("script", "style"):  # code, not words
        code.text = None
    return clean_line(tree.text_content())


def _plain_page(content: bytes, charset: str, url: str, where: str) -> Page:
    """A page of more than MAX_TAGS tags: its title and its paragraphs, read in one pass."""
    import logging

    logging.getLogger("reader.sources").warning(
        "warning: a page of more than %s tags, read as plain paragraphs: %s",
        f"{MAX_TAGS:,}",
        where or url,
    )
    tree = _tree(_decode(clean_markup(content), charset))
    title = clean_line(tree.findtext(".//title") or "") if tree is not None else ""
    body = _plain_paragraphs(tree)
    if len(body.split()) < MIN_WORDS:
        raise SourceError(f"no article text found in the page: {where or url}")
    return Page(text=body, title=title, author="", site="", published=None, url=url)


def _tree(html: bytes | str):
    """The parsed page, or None when lxml finds no document in it."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.LxmlError, ValueError):
        return None


def _plain_paragraphs(tree) -> str:
    """The words of a parsed page, a paragraph for each block element, in linear time
    (each block's start and end marked by a blank line, then the text read once)."""
    if tree is None:
        return ""
    for element in list(tree.iter(*_NOT_WORDS)):
        element.drop_tree()  # its tail, the words after it, stays
    for element in tree.iter(*_BLOCKS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    paragraphs = (clean_line(part) for part in tree.text_content().split("\n\n"))
    return "\n\n".join(part for part in paragraphs if part)


def _decode(content: bytes, charset: str) -> bytes | str:
    if charset:
        try:
            return content.decode(charset, errors="replace")
        except LookupError:  # an unknown charset name: let trafilatura guess
            pass
    return content


def _drop_title_heading(body: str, title: str) -> str:
    """The body without a first heading that repeats the title (shown apart)."""
    first, _, rest = body.partition("\n")
    if title and first.startswith("#") and first.lstrip("#").strip() == title:
        return rest.lstrip("\n")
    return body
