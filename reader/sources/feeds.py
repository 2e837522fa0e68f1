"""RSS and Atom feeds: entries to Articles, and the state each read leaves.

feedparser reads RSS 0.9x/1.0/2.0 and Atom and keeps what it can of a broken
feed (its "bozo" flag is a warning here, not a failure). It is imported only
when a feed is read. Network and parsing run in worker threads; what they
find goes back to the caller (reader.library keeps it in the store).
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from reader.counts import count
from reader.model import Article
from reader.sources.clean import clean_line, clean_markup, clean_text, few_attributes_of
from reader.sources.errors import SourceError, Stopped, Unreachable
from reader.sources.fetch import WEB_SCHEMES, Limits, client, fetch, size_words
from reader.sources.files import guess_title, publication_date
from reader.sources.found import FeedState
from reader.sources.sniff import declares_entities, sniff
from reader.sources.urls import url_origin

if TYPE_CHECKING:
    import httpx

# A feed text shorter than this is a teaser: the article is fetched from the link.
SUMMARY_WORDS = 150
# Entries read from one feed: a firehose's newest. feedparser takes about half a
# millisecond an entry, so a flood of tiny ones (10 MB is 300,000) would hold a core
# for minutes and take half a gigabyte.
MAX_ENTRIES = 5_000
_ENTRY_START = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s/>]", re.IGNORECASE)
WORKERS = 4
TITLE_CHARS = 80  # an entry without a title is named by its first words, this many at most
PAGE_WORKERS = 4  # linked pages fetched at once for one feed
_SAYS_SOMETHING = ("title", "link", "id", "summary", "content")  # an entry with none is empty
# The numeric character references that may name no character: near the surrogates
# (D800-DFFF, 55296-57343), or long enough to pass U+10FFFF (or an int). Others are sound.
_ODD_REFERENCE = re.compile(
    rb"&#(?:[xX]0*([dD][89a-fA-F][0-9a-fA-F]{2}|[0-9a-fA-F]{6,})|0*(5[5-7][0-9]{3}|[0-9]{7,}));"
)
_FFFD = b"&#xFFFD;"  # the replacement character

log = logging.getLogger("reader.sources")


@dataclass
class FeedResult:
    """One feed read: its state, and its entries not yet in the library (none when
    it could not be read)."""

    state: FeedState
    articles: list[Article] = field(default_factory=list)


def parse_feed(
    content: bytes,
    url: str,
    *,
    base: str = "",
    content_type: str = "",
    known: Iterable[str] = (),
    carried: set[str] | None = None,
    session: httpx.Client | None = None,
    limits: Limits | None = None,
    pages_until: float | None = None,
) -> tuple[str, list[Article]]:
    """The feed's title and one Article per entry not in `known` (entry identities, see
    `_identity`; an entry listed twice is one), newest first by the times the entries
    give, else in the feed's order. The entries it lists that are in `known` go into
    `carried`: the library has them (perhaps from another feed), and lists them here too.

    `url` names the feed in the articles and messages; relative links resolve
    against `base` (where it was fetched from after redirects), else `url`.

    Entries that carry only a summary get their text from the linked page
    (through `session`, a few at a time, all by `pages_until`, by default
    `limits.pages` from now), or keep the summary when that page cannot be read.
    """
    import feedparser

    if declares_entities(content):
        raise SourceError(f"feed refused: it declares XML entities (DOCTYPE/ENTITY): {url}")
    content, listed = _first_entries(content)
    if listed > MAX_ENTRIES:
        log.warning(
            "warning: the feed lists %s entries; read the first %s: %s",
            f"{listed:,}",
            f"{MAX_ENTRIES:,}",
            url,
        )
    headers = {"content-location": base or url}
    if content_type:
        headers["content-type"] = content_type
    # Entry HTML is never shown: it becomes text through trafilatura or lxml, which
    # drop scripts and styles. feedparser's own sanitising and link resolving walk
    # every tag in pure Python (5 s for a MB of nested tags), so they are off.
    parsed = feedparser.parse(
        _sound_references(few_attributes_of(clean_markup(content))),
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    problem = parsed.get("bozo_exception")
    # A wrong Content-Type or charset header is the server's slip, not a broken feed.
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if parsed.bozo and not isinstance(problem, benign) and listed <= MAX_ENTRIES:
        reason = _reason(problem)
        # Cut short (at the size limit, a dropped connection), a feed keeps its title and
        # perhaps an entry begun and empty: nothing of it was read, so the feed failed.
        readable = [e for e in parsed.entries if any(e.get(k) for k in _SAYS_SOMETHING)]
        if not readable:
            raise SourceError(f"not a readable feed ({reason}): {url}")
        log.warning(
            "warning: feed is not well-formed (%s); kept the %s that could be read: %s",
            reason,
            count(len(readable), "entry", "entries"),
            url,
        )
    title = _plain(parsed.feed.get("title_detail"), parsed.feed.get("title", ""))
    known = set(known)
    entries = []
    for entry in parsed.entries:
        identity = _identity(entry, url)
        if identity in known:
            if carried is not None:
                carried.add(identity)
            continue
        known.add(identity)
        try:
            entries.append(_read_entry(entry, identity, url))
        except (ValueError, TypeError, KeyError, AttributeError) as error:  # this entry only
            log.warning("warning: skipped an entry that could not be read (%s): %s", error, url)
    entries.sort(key=lambda e: e.stamp, reverse=True)
    wanted = [
        e.link for e in entries if e.teaser and e.link.split(":", 1)[0].lower() in WEB_SCHEMES
    ]
    pages = _linked_pages(wanted, base or url, session, limits, pages_until) if session else {}
    articles = [_article(e, pages.get(e.link), url) for e in entries]
    return title, [article for article in articles if article is not None]


def read_feed(
    url: str,
    etag: str | None = None,
    modified: str | None = None,
    *,
    known: Iterable[str] = (),
    limits: Limits | None = None,
    session: httpx.Client | None = None,
    pages_until: float | None = None,
) -> FeedResult:
    """Fetch and parse one feed, conditionally; never raises (see `error`)."""
    limits = limits or Limits.from_env()
    if session is None:
        with client(limits) as own:
            return read_feed(
                url,
                etag,
                modified,
                known=known,
                limits=limits,
                session=own,
                pages_until=pages_until,
            )
    carried: set[str] = set()
    try:
        response = fetch(url, etag=etag, modified=modified, limits=limits, session=session)
        if response.not_modified:
            return FeedResult(FeedState(url, etag=etag, modified=modified, not_modified=True))
        kind = sniff(response.content, response.content_type)
        if kind != "feed":
            raise SourceError(f"not a feed ({response.content_type or kind}): {url}")
        try:
            title, articles = parse_feed(
                response.content,
                url,
                base=response.url,
                content_type=response.content_type,
                known=known,
                carried=carried,
                session=session,
                limits=limits,
                pages_until=pages_until,
            )
        except SourceError:
            if not response.truncated:
                raise
            # The parser's words ("no element found" at column 10485777) hide the cause.
            cut = size_words(limits.max_bytes)
            raise SourceError(f"not a readable feed: cut at the {cut} limit: {url}") from None
    except Stopped:
        return FeedResult(FeedState(url, stopped=True))
    except SourceError as error:
        return FeedResult(FeedState(url, error=str(error).removesuffix(f": {url}")))
    state = FeedState(url, title, response.etag, response.modified, carried=frozenset(carried))
    return FeedResult(state, articles)


def read_feeds(
    feeds: list[tuple[str, str | None, str | None]],
    *,
    known: Iterable[str] = (),
    limits: Limits | None = None,
    workers: int = WORKERS,
) -> Iterator[FeedResult]:
    """(url, etag, modified) feeds read `workers` at a time over one HTTP client (its
    connections and TLS set-up shared), yielded as each ends. The pages their short
    entries link to are all fetched within `limits.pages` from now."""
    known = frozenset(known)
    limits = limits or Limits.from_env()
    pages_until = time.monotonic() + limits.pages
    with client(limits) as session, ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = [
            pool.submit(
                read_feed,
                url,
                etag,
                modified,
                known=known,
                limits=limits,
                session=session,
                pages_until=pages_until,
            )
            for url, etag, modified in feeds
        ]
        try:
            for future in as_completed(futures):
                yield future.result()
        finally:  # the caller stopped (the app is quitting): the rest are not started
            for future in futures:
                future.cancel()


@dataclass
class _Entry:
    """A feed entry read, before the page it links to (when it is a teaser) is fetched."""

    link: str
    title: str
    published: date | None
    stamp: tuple[int, ...]  # when published, to the second (UTC); () when not said
    text: str
    source: str
    teaser: bool  # only a short summary: the linked page has the article
    opening: str  # the first words of an entry with no title: its name in the lists


def _sound_references(content: bytes) -> bytes:
    """The feed with each reference to no character (&#xD800;, &#x110000;) made U+FFFD's:
    feedparser's lenient parser, which reads a feed that is not well-formed, makes each
    reference a character with chr(), and ended in a traceback on one of these."""

    def sound(match: re.Match[bytes]) -> bytes:
        digits = match.group(1) or match.group(2)
        code = int(digits, 16 if match.group(1) else 10) if len(digits) <= 8 else -1
        return match.group() if 0 <= code < 0x110000 and not 0xD800 <= code < 0xE000 else _FFFD

    return _ODD_REFERENCE.sub(sound, content) if b"&#" in content else content


def _first_entries(content: bytes) -> tuple[bytes, int]:
    """The feed cut before its entry after the MAX_ENTRIES-th (feedparser keeps what
    precedes a cut), and the number of entries it lists."""
    starts = [match.start() for match in _ENTRY_START.finditer(content)]
    if len(starts) <= MAX_ENTRIES:
        return content, len(starts)
    return content[: starts[MAX_ENTRIES]], len(starts)


def _identity(entry, feed_url: str) -> str:
    """What names an entry from one read of its feed to the next (the source of its
    article): its link, else its guid, else the feed's URL with a fragment that is a
    hash of the entry's title, date and text as the feed writes them. Without one of
    its own each such entry took the feed's URL, and a refresh said it was new again."""
    if link := clean_line(entry.get("link", "")):
        return link
    if guid := clean_line(entry.get("id", "")):
        return guid
    found = _entry_time(entry)
    texts = [c.get("value", "") for c in entry.get("content", [])]
    said = [entry.get("title", ""), entry.get(found[0], "") if found else "", *texts]
    said.append(entry.get("summary", ""))
    digest = hashlib.sha256("\0".join(said).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{feed_url}#entry-{digest[:16]}"


def _read_entry(entry, identity: str, feed_url: str) -> _Entry:
    link = clean_line(entry.get("link", ""))
    text, summary_only = _entry_text(entry)
    title = _plain(entry.get("title_detail"), entry.get("title", ""))
    published = _entry_date(entry, feed_url)
    return _Entry(
        link=link,
        title=title,
        published=published,
        stamp=_entry_stamp(entry) if published else (),  # an ignored date orders nothing
        text=text,
        source=identity,
        teaser=not text or summary_only and len(text.split()) < SUMMARY_WORDS,
        opening="" if title else _opening(entry),
    )


def _opening(entry) -> str:
    """An entry's first words as one line of plain text, cut at a word (a microblog's
    posts have no titles: their links, or the feed's URL, named them all alike)."""
    contents = [c for c in entry.get("content", []) if c.get("value")]
    first = contents[0] if contents else entry.get("summary_detail")
    words = _plain(first, first.get("value", "")) if first else ""
    if len(words) <= TITLE_CHARS:
        return words
    return words[: TITLE_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _article(entry: _Entry, page, feed_url: str) -> Article | None:
    """One entry as an Article, with its linked page's text when there is one; None for
    an entry with neither text nor title."""
    text, title, published = entry.text, entry.title, entry.published
    if page is not None:
        # the page's own date wins over the feed's: one article, one date, however reached
        text, title, published = page.text, title or page.title, page.published or published
    text = text or title
    if not text:
        return None
    return Article(
        text=text,
        title=title or guess_title(text) or entry.opening or entry.link or feed_url,
        published=publication_date(published, text),
        source=entry.source,
        url=entry.link,
        feed=feed_url,
    )


def _entry_text(entry) -> tuple[str, bool]:
    """The entry's fullest text as Markdown, and whether it is only a summary."""
    contents = [c for c in entry.get("content", []) if c.get("value")]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return _markdown(best.get("type", ""), best["value"]), False
    return _plain_or_markdown(entry.get("summary_detail"), entry.get("summary", "")), True


def _linked_pages(
    links: list[str], feed_url: str, session, limits: Limits | None, until: float | None
) -> dict:
    """The pages that short entries link to, PAGE_WORKERS at a time, all by `until`.
    A page that fails or comes too late leaves its entry the summary, with a warning.
    `feed_url` is where the feed came from: it decides whether links may be internal.
    Once a host cannot be reached, the feed's other links there are not tried: a feed of
    thousands of links to a dead host is read in seconds, not in the time allowed. The
    first FAILURES_SAID pages that fail are warned of each, the others in one line."""
    limits = limits or Limits.from_env()
    until = until or time.monotonic() + limits.pages
    pages, late, skipped, failed = {}, 0, 0, []
    unreachable: set[str] = set()
    with ThreadPoolExecutor(max_workers=PAGE_WORKERS) as pool:
        futures = {
            pool.submit(_linked_page, link, feed_url, session, limits, until, unreachable): link
            for link in dict.fromkeys(links)
        }
        for future in as_completed(futures):
            page = future.result()
            if page is _LATE:
                late += 1
            elif page is _SKIPPED:
                skipped += 1
            elif isinstance(page, SourceError):
                failed.append(page)
            else:
                pages[futures[future]] = page
    for error in failed[:FAILURES_SAID]:
        log.warning("warning: kept the feed's summary; the linked page failed: %s", error)
    if len(failed) > FAILURES_SAID:
        log.warning(
            "warning: kept the summaries of %d more entries: their linked pages failed too "
            "(the last: %s): %s",
            len(failed) - FAILURES_SAID,
            failed[-1],
            feed_url,
        )
    if late:
        log.warning(
            "warning: kept the summaries of %d entries: their pages did not come within "
            "the %g s allowed for linked pages: %s",
            late,
            limits.pages,
            feed_url,
        )
    if skipped:
        log.warning(
            "warning: kept the summaries of %d more entries: their pages are on %s, "
            "which could not be reached: %s",
            skipped,
            ", ".join(sorted(unreachable)),
            feed_url,
        )
    return pages


FAILURES_SAID = 3  # linked pages of a feed whose failures are warned of one by one
_LATE = object()  # a linked page not fetched in the time allowed for all of them
_SKIPPED = object()  # a linked page on a host that could not be reached for another


def _linked_page(
    link: str, feed_url: str, session, limits: Limits, until: float, unreachable: set[str]
):
    """The article at an entry's link; why not when it cannot be read (a SourceError),
    _LATE when the time for linked pages ran out first, _SKIPPED when its host is in
    `unreachable` (the servers that could not be connected to for another link)."""
    from reader.sources.html import extract_page

    if time.monotonic() >= until:
        return _LATE
    if url_origin(link) in unreachable:
        return _SKIPPED
    try:
        response = fetch(link, limits=limits, session=session, until=until, linked_from=feed_url)
        kind = sniff(response.content, response.content_type)
        if kind != "html":
            raise SourceError(f"not a web page ({response.content_type or kind}): {link}")
        return extract_page(response.content, response.charset, response.url, where=link)
    except Stopped:
        raise  # the whole feed stops: its entries are not kept with their summaries
    except SourceError as error:
        if time.monotonic() >= until - 0.01:
            return _LATE
        if isinstance(error, Unreachable):
            unreachable.add(error.origin)
        return error


def _markdown(content_type: str, value: str) -> str:
    if "html" in content_type:
        from reader.sources.html import fragment_markdown

        return fragment_markdown(value)
    return clean_text(value).strip()


def _plain_or_markdown(detail, value: str) -> str:
    return _markdown(detail.get("type", "") if detail else "", value) if value else ""


def _plain(detail, value: str) -> str:
    """A title as one line of plain text (titles may be HTML in Atom)."""
    if detail and "html" in detail.get("type", "") and "<" in value:
        from reader.sources.html import fragment_text

        return fragment_text(value)
    return clean_line(value)


def _entry_time(entry) -> tuple[str, time.struct_time] | None:
    """The first time the entry gives (published, else updated, else created), as
    feedparser parsed it (UTC), with its key."""
    for key in ("published", "updated", "created"):
        if parsed := entry.get(f"{key}_parsed"):
            return key, parsed
    return None


def _entry_stamp(entry) -> tuple[int, ...]:
    """When the entry was published, to the second, for ordering; () when not said."""
    found = _entry_time(entry)
    return tuple(found[1][:6]) if found else ()


def _entry_date(entry, feed_url: str) -> date | None:
    """The entry's date; one outside the calendar (year 0) is a warning, and ignored. So
    is one after tomorrow (UTC, as feedparser gives it: a post scheduled a little ahead
    is kept): no entry was published after it was read, and a date years ahead, from a
    broken or hostile feed, would keep the entry at the top of the library for good."""
    if (found := _entry_time(entry)) is None:
        return None
    key, parsed = found
    try:
        day = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        log.warning(
            "warning: ignored an entry's date outside the calendar (%s): %s",
            entry.get(key, ""),
            feed_url,
        )
        return None
    if day > datetime.now(UTC).date() + timedelta(days=1):
        log.warning("warning: ignored an entry's date in the future (%s): %s", day, feed_url)
        return None
    return day


def _reason(error: BaseException | None) -> str:
    """The parser's complaint, its "<unknown>:2:20:" position said in words."""
    text = str(error or "unknown error").strip().splitlines()[0][:200]
    return re.sub(r"^<unknown>:(\d+):(\d+): ", r"line \1, column \2: ", text)
