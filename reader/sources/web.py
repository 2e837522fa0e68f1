"""Web sources: pages, feeds and OPML lists, by URL (http, https, file) or local file.

The entry points of reader.sources for anything that is not a plain article
file. The document is fetched or read once, then its content decides what it
is (see sniff). Heavy libraries load only inside the functions that use them.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from reader.counts import count
from reader.model import Article
from reader.sources.clean import clean_line, clean_text
from reader.sources.errors import SourceError, Stopped
from reader.sources.fetch import WEB_SCHEMES, Limits, client, fetch
from reader.sources.files import guess_title, publication_date, read_local, split_front_matter
from reader.sources.sniff import root_element, sniff

WEB_SUFFIXES = (".html", ".htm", ".xml", ".rss", ".atom", ".opml")
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


def load_url(url: str) -> list[Article]:
    """The articles at an http, https or file URL: a page, a feed's entries, an OPML's feeds."""
    _check_source(url, urlsplit(url).scheme.lower())
    return _load(url, store=None)[0]


def load_path(path: Path) -> list[Article]:
    """The articles of a local .html, .xml, .rss, .atom or .opml file."""
    return _articles(_read_path(path), store=None)[0]


def subscribe(source: str, store) -> tuple[list[Article], list[tuple[str, str]]]:
    """Like load_url, and every feed found (a feed URL, an OPML's list) is added to `store`.

    Returns the articles not yet in the library, and (feed URL, message) for
    each listed feed that could not be read; the feeds stay registered. A feed
    already subscribed that cannot be read keeps the error as its last one.
    """
    try:
        return _load(source, store)
    except SourceError as error:
        if not isinstance(error, Stopped) and any(feed.url == source for feed in store.feeds()):
            store.update_feed(source, error=str(error).removesuffix(f": {source}"))
        raise


def _load(source: str, store) -> tuple[list[Article], list[tuple[str, str]]]:
    scheme = urlsplit(source).scheme.lower() if "://" in source else ""
    if scheme == "file":
        path = _file_path(source)
        if path.suffix.lower() not in WEB_SUFFIXES:
            from reader.sources import load

            return load(str(path)), []
        return _articles(_read_path(path), store)
    if not scheme:
        return _articles(_read_path(Path(source).expanduser()), store)
    _check_source(source, scheme)
    response = fetch(source)
    document = _Document(
        content=response.content,
        where=source,
        url=response.url,
        content_type=response.content_type,
        charset=response.charset,
        etag=response.etag,
        modified=response.modified,
        remote=True,
    )
    return _articles(document, store)


def _check_source(source: str, scheme: str) -> None:
    """What the user names may be a file: URL; what a document links to may not (see fetch)."""
    if scheme not in (*WEB_SCHEMES, "file"):
        raise SourceError(f"unsupported URL scheme {scheme!r} (use http, https or file): {source}")


def _articles(document: _Document, store) -> tuple[list[Article], list[tuple[str, str]]]:
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
        return _feed(document, store), []
    if kind == "opml":
        return _opml(document, store)
    if kind == "text":
        return [_text_article(document)], []
    return [_page_article(document)], []


def _page_article(document: _Document) -> Article:
    from reader.sources.html import extract_page

    page = extract_page(document.content, document.charset, document.url, where=document.where)
    return Article(
        text=page.text,
        title=page.title or guess_title(page.text, markdown=True) or clean_line(document.where),
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
        title=meta.get("title") or guess_title(body, markdown=True) or clean_line(document.where),
        published=publication_date(meta.get("published") or meta.get("date"), body),
        source=clean_line(document.where),
        url=clean_line(document.url) if document.remote else "",
    )


def _feed(document: _Document, store) -> list[Article]:
    from reader.sources.feeds import parse_feed

    feed_url = document.where if document.remote else document.url
    limits = Limits.from_env()
    with client(limits) as session:
        title, articles = parse_feed(
            document.content,
            feed_url,
            base=document.url,
            content_type=document.content_type,
            known=_known(store),
            session=session,
            limits=limits,
        )
    if store is not None and document.remote:
        store.add_feed(feed_url, title)
        store.update_feed(
            feed_url,
            title=title or None,
            etag=document.etag,
            modified=document.modified,
            error=None,
        )
    elif not articles:
        raise SourceError(f"no entries in the feed: {document.where}")
    return articles


def _opml(document: _Document, store) -> tuple[list[Article], list[tuple[str, str]]]:
    """Every feed of an OPML list, read in parallel; registered when there is a store."""
    from reader.sources.feeds import read_feeds, save_state
    from reader.sources.opml import read_opml

    outlines = read_opml(document.content, document.where)
    if not outlines:
        raise SourceError(f"no feeds (outlines with xmlUrl) in the OPML list: {document.where}")
    internal = _internal_hosts(document, [o.url for o in outlines])
    web, errors = [], []
    for outline in outlines:
        if urlsplit(outline.url).scheme.lower() not in WEB_SCHEMES:
            errors.append((outline.url, NOT_WEB_FEED))
        elif address := internal.get(urlsplit(outline.url).netloc):
            errors.append((outline.url, f"skipped: {address} is an internal address"))
        else:
            web.append(outline)
    if store is not None:
        for outline in web:
            store.add_feed(outline.url, outline.title)
    articles = []
    jobs: list[tuple[str, str | None, str | None]] = [(o.url, None, None) for o in web]
    for result in read_feeds(jobs, known=_known(store)):
        if store is not None:
            save_state(store, result)
        articles += result.articles
        if result.error:
            errors.append((result.url, result.error))
    if store is None:
        if not articles and errors:
            url, message = errors[0]
            raise SourceError(
                f"none of the {count(len(outlines), 'feed')} could be read ({url}: {message})"
            )
        for url, message in errors:
            log.warning("warning: feed skipped: %s: %s", url, message)
    return articles, errors


def _internal_hosts(document: _Document, urls: list[str]) -> dict[str, str]:
    """For a list fetched from the internet, its feeds' hosts (netloc) that name an
    internal address, and that address: those feeds are not subscribed (see
    addresses). For a list on the user's disk or network, none. The names are
    looked up a few at a time, once per host."""
    from reader.sources.addresses import internal_address

    if not document.remote or internal_address(document.url):
        return {}
    hosts = {urlsplit(url).netloc: url for url in urls if urlsplit(url).scheme in WEB_SCHEMES}
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


def _file_path(url: str) -> Path:
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise SourceError(f"file URL on another host ({parts.netloc}) is not supported: {url}")
    return Path(unquote(parts.path))


def _known(store) -> set[str]:
    """Links of the articles already in the library: not fetched or added again."""
    return {entry.url for entry in store.entries() if entry.url} if store is not None else set()
