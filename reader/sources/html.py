"""A web page's article as Markdown, with its metadata, by trafilatura.

trafilatura finds the main text (dropping menus, footers and adverts) and
keeps paragraphs, headings, lists and emphasis as Markdown. It is imported
only when a page is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reader.sources.clean import clean_line, clean_markup, clean_text
from reader.sources.errors import SourceError
from reader.sources.files import parse_date, split_front_matter

# trafilatura keeps a page's menu links when it finds nothing better; fewer
# words than this is page furniture or an error page, not an article.
MIN_WORDS = 15


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
    import trafilatura

    text = trafilatura.extract(
        f"<html><body><article>{clean_text(html)}</article></body></html>",  # keep its headings
        output_format="markdown",
        include_formatting=True,
        include_comments=False,
        favor_recall=True,
    )
    return clean_text(text).strip() if text else fragment_text(html)


def fragment_text(html: str) -> str:
    """An HTML fragment's words as one line of plain text (a title, a short summary)."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fragment_fromstring(clean_text(html), create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        return ""
    for code in tree.iter("script", "style"):  # code, not words
        code.text = None
    return clean_line(tree.text_content())


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
