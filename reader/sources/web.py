"""Web sources: pages, feeds and OPML lists, by http or https URL or local file.

reader.sources sends here what is fetched, and the local files whose names say
web (see WEB_SUFFIXES). The document is fetched or read once, then its content
decides what it is (see sniff). Heavy libraries load only inside the functions
that use them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from reader.counts import count
from reader.model import Article
from reader.sources.clean import clean_line, clean_text
from reader.sources.errors import SourceError
from reader.sources.fetch import WEB_SCHEMES, Limits, client, fetch
from reader.sources.files import guess_title, publication_date, read_local, split_front_matter
from reader.sources.found import FeedState, Found
from reader.sources.sniff import root_element, sniff
from reader.sources.urls import split_url

# An OPML list's javascript:, data:, file: or ftp: "feed" is listed as skipped, never read.
NOT_WEB_FEED = "skipped: only http and https feeds are read"
LOOKUPS = 16  # host names of an OPML list looked up at once

log = logging.getLogger("reader.sources")


@dataclass(frozen=True)
class _Document:
    """A fetched or local document, before we know what it is."""

    content: bytes
    where: str  # as the user gave it: shown in messages, kept as the source
    url: str  # after redirects; a file: URI for a local file
    content_type: str = ""
    charset: str = ""
    etag: str | None = None
    modified: str | None = None
    remote: bool = False


def read_url(url: str, *, known: Iterable[str] = (), subscribing: bool = False) -> Found:
    """What an http or https URL gives: a page, a feed's entries, an OPML list's feeds.

    `known`: links of the articles the library has (their entries are not read
    again). `subscribing`: the feeds found are to be subscribed
    to (they are in `feeds`), so a feed without entries is no error, and the feeds
    of a list that fail are reported in `errors` rather than warned about.
    """
    response = fetch(url)
    document = _Document(
        content=response.content,
        where=url,
        url=response.url,
        content_type=response.content_type,
        charset=response.charset,
        etag=response.etag,
        modified=response.modified,
        remote=True,
    )
    return _found(document, known, subscribing)


def read_path(path: Path, *, known: Iterable[str] = (), subscribing: bool = False) -> Found:
    """What a local .html, .xml, .rss, .atom or .opml file gives (see read_url)."""
    return _found(_read_path(path), known, subscribing)


def _found(document: _Document, known: Iterable[str], subscribing: bool) -> Found:
    kind = sniff(document.content, document.content_type)
    where = document.where
    if kind == "binary":
        raise SourceError(
            f"not a web page or feed ({document.content_type or 'binary data'}): {where}"
        )
    if kind == "xml":
        root = root_element(document.content[:4096].decode("latin-1"))
        raise SourceError(f"an XML document (<{root}>) but not a feed or OPML list: {where}")
    if kind == "feed":
        return _feed(document, known, subscribing)
    if kind == "opml":
        return _opml(document, known, subscribing)
    if kind == "text":
        return Found([_text_article(document)])
    return Found([_page_article(document)])


def _page_article(document: _Document) -> Article:
    from reader.sources.html import extract_page

    page = extract_page(document.content, document.charset, document.url, where=document.where)
    return Article(
        text=page.text,
        title=page.title or guess_title(page.text) or clean_line(document.where),
        published=publication_date(page.published, page.text),
        source=clean_line(document.where),
        url=page.url if document.remote or page.url != document.url else "",
    )


def _text_article(document: _Document) -> Article:
    """A text/plain or Markdown document served over the web."""
    text = document.content.decode(document.charset or "utf-8", errors="replace")
    meta, body = split_front_matter(clean_text(text).lstrip("\ufeff"))
    if not body.strip():
        raise SourceError(f"empty document: {document.where}")
    return Article(
        text=body,
        title=meta.get("title") or guess_title(body) or clean_line(document.where),
        published=publication_date(meta.get("published") or meta.get("date"), body),
        source=clean_line(document.where),
        url=clean_line(document.url) if document.remote else "",
    )


def _feed(document: _Document, known: Iterable[str], subscribing: bool) -> Found:
    """The feed's new entries; one fetched from the web is a feed to subscribe to."""
    from reader.sources.feeds import parse_feed

    feed_url = document.where if document.remote else document.url
    limits = Limits.from_env()
    carried: set[str] = set()
    with client(limits) as session:
        title, articles = parse_feed(
            document.content,
            feed_url,
            base=document.url,
            content_type=document.content_type,
            known=known,
            carried=carried,
            session=session,
            limits=limits,
        )
    if not (subscribing and document.remote):  # only a feed on the web is subscribed to
        if not articles:
            raise SourceError(f"no entries in the feed: {document.where}")
        return Found(articles)
    state = FeedState(feed_url, title, document.etag, document.modified, carried=frozenset(carried))
    return Found(articles, [state])


def _opml(document: _Document, known: Iterable[str], subscribing: bool) -> Found:
    """Every feed of an OPML list, read in parallel."""
    from reader.sources.feeds import read_feeds
    from reader.sources.opml import read_opml

    outlines = read_opml(document.content, document.where)
    if not outlines:
        raise SourceError(f"no feeds (outlines with xmlUrl) in the OPML list: {document.where}")
    internal = _internal_hosts(document, [o.url for o in outlines])
    web: dict[str, str] = {}  # URL: title
    errors = []
    for outline in outlines:
        parts = split_url(outline.url)
        if parts is None:
            errors.append((outline.url, "not a valid URL"))
        elif parts.scheme.lower() not in WEB_SCHEMES:
            errors.append((outline.url, NOT_WEB_FEED))
        elif address := internal.get(parts.netloc):
            errors.append((outline.url, f"skipped: {address} is an internal address"))
        else:
            web[outline.url] = outline.title or web.get(outline.url, "")  # listed twice: once
    found = Found(errors=errors)
    jobs: list[tuple[str, str | None, str | None]] = [(url, None, None) for url in web]
    for result in read_feeds(jobs, known=known):
        state = result.state
        if subscribing:
            found.feeds.append(replace(state, title=state.title or web[state.url]))
        found.articles += result.articles
        if state.error:
            errors.append((state.url, state.error))
    if not subscribing:
        if not found.articles and errors:
            url, message = errors[0]
            raise SourceError(
                f"none of the {count(len(outlines), 'feed')} could be read ({url}: {message})"
            )
        for url, message in errors:
            log.warning("warning: feed skipped: %s: %s", url, message)
    return found


def _internal_hosts(document: _Document, feed_urls: list[str]) -> dict[str, str]:
    """For a list fetched from the internet, its feeds' hosts (netloc) that name an
    internal address, and that address: those feeds are not subscribed (see
    addresses). For a list on the user's disk or network, none. The names are
    looked up a few at a time, once per host."""
    from reader.sources.addresses import internal_address

    if not document.remote or internal_address(document.url):
        return {}
    split = [(parts, url) for url in feed_urls if (parts := split_url(url))]
    hosts = {parts.netloc: url for parts, url in split if parts.scheme.lower() in WEB_SCHEMES}
    with ThreadPoolExecutor(max_workers=LOOKUPS) as pool:
        found = dict(zip(hosts, pool.map(internal_address, hosts.values()), strict=True))
    return {host: address for host, address in found.items() if address}


def _read_path(path: Path) -> _Document:
    """A local file's bytes, cut at the fetch size limit like a download."""
    limit = Limits.from_env().max_bytes
    content = read_local(path, limit)
    if len(content) > limit:
        log.warning(
            "warning: file cut at the %d-byte limit (the rest is not read): %s", limit, path
        )
        content = content[:limit]
    return _Document(content=content, where=str(path), url=path.resolve().as_uri())
