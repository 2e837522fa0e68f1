"""HTTP fetching with limits: every failure becomes a one-line SourceError.

Redirects are followed by hand so that a loop, a redirect to another scheme
(file://, ftp://, javascript:) and the redirect count are all caught with a clear
message.
One deadline bounds a whole fetch, connecting and headers included (see
transport), and the body is decoded as it is counted (see decoding).
httpx is imported only when something is fetched.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from reader import __version__
from reader.sources.errors import SourceError, Stopped, Unreachable
from reader.sources.urls import split_url, url_origin, url_scheme

if TYPE_CHECKING:
    import httpx

    from reader.sources.addresses import Guard

USER_AGENT = f"reader/{__version__} (terminal news reader; +https://pypi.org/project/reader-news/)"
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)
WEB_SCHEMES = ("http", "https")

log = logging.getLogger("reader.sources")


@dataclass(frozen=True)
class Limits:
    """How long and how much one fetch may take.

    `timeout` bounds connecting and each read; the whole fetch, from connecting to
    the last byte, must also end within `total` seconds so a server that drips
    bytes cannot hold us forever. The pages linked from a feed's short entries
    are all fetched within `pages` seconds of the start of a refresh.
    """

    timeout: float = 15.0
    total: float = 60.0
    pages: float = 120.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10

    @classmethod
    def from_env(cls) -> Limits:
        """Defaults, overridden by READER_FETCH_TIMEOUT (s) and READER_FETCH_MAX_BYTES;
        a value out of range is one warning and the default (an infinite or negative
        timeout failed inside the socket, a negative size cut every body short)."""
        limits = cls()
        seconds = _setting("READER_FETCH_TIMEOUT", float, MAX_TIMEOUT, "seconds")
        if seconds is not None:
            limits = replace(limits, timeout=seconds, total=4 * seconds, pages=8 * seconds)
        size = _setting("READER_FETCH_MAX_BYTES", int, MAX_BODY, "bytes")
        if size is not None:
            limits = replace(limits, max_bytes=size)
        return limits


Number = TypeVar("Number", int, float)
MAX_TIMEOUT = 24 * 3600.0  # READER_FETCH_TIMEOUT: at most a day a step
MAX_BODY = 2**40  # READER_FETCH_MAX_BYTES: at most a terabyte


def _setting(name: str, kind: Callable[[str], Number], most: float, unit: str) -> Number | None:
    """The environment's `name` as a number above 0 and at most `most`, or None (unset,
    or said to be bad in a warning)."""
    said = os.environ.get(name)
    if not said:
        return None
    try:
        value = kind(said)
    except ValueError:
        value = None
    if value is None or not 0 < value <= most:  # NaN is neither above 0 nor below
        wanted = f"a number of {unit} above 0, at most {most:,.0f}"
        log.warning(
            "warning: ignoring %s=%r (it wants %s): using the default", name, said[:40], wanted
        )
        return None
    return value


@dataclass(frozen=True)
class Response:
    """What a fetch brought back; `not_modified` for a 304 (then `content` is empty)."""

    url: str  # after redirects
    status: int
    content: bytes
    content_type: str  # media type, lower case, without parameters
    charset: str
    etag: str | None
    modified: str | None
    truncated: bool = False

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def client(limits: Limits | None = None) -> httpx.Client:
    """A client with our User-Agent and timeouts; redirects are handled by `fetch`."""
    import httpx

    from reader.sources.decoding import ACCEPTED
    from reader.sources.transport import Client

    limits = limits or Limits.from_env()
    return Client(
        timeout=httpx.Timeout(limits.timeout),
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": ACCEPTED},
        follow_redirects=False,
        event_hooks={"response": [_refuse_other_schemes]},
    )


def _refuse_other_schemes(response: httpx.Response) -> None:
    """A redirect to another scheme (file:, javascript:, data:) is refused as the answer
    comes, before httpx works out where it leads: it cannot join a URL with no path to
    the page's, and said 'bad URL' of the page asked for."""
    location = response.headers.get("location", "")
    if response.is_redirect and url_scheme(location) not in ("", *WEB_SCHEMES):
        raise SourceError(f"redirect to a non-web URL refused: {response.url} -> {location}")


def abort_all() -> None:
    """Cut every fetch in flight at once (the app is quitting): each fails as stopped."""
    transport = sys.modules.get("reader.sources.transport")  # none made: nothing to cut
    if transport is not None:
        transport.abort_all()


def fetch(
    url: str,
    *,
    etag: str | None = None,
    modified: str | None = None,
    limits: Limits | None = None,
    session: httpx.Client | None = None,
    until: float | None = None,
    linked_from: str | None = None,
) -> Response:
    """GET `url` within the limits, and by `until` (time.monotonic) when given;
    conditional when `etag` or `modified` is given.

    Internal addresses (see addresses) are called only when the user named one or
    a document on one links there: `linked_from` is the URL of the document whose
    link this is (None: the user's own), and a redirect counts as a link.
    """
    limits = limits or Limits.from_env()
    check_scheme(url)
    if session is None:
        with client(limits) as own:
            return fetch(
                url,
                etag=etag,
                modified=modified,
                limits=limits,
                session=own,
                until=until,
                linked_from=linked_from,
            )
    import httpx

    from reader.sources.addresses import Guard
    from reader.sources.transport import deadline

    headers = {}
    # a validator past ASCII (a server may send one) cannot go into a request: without
    # it the feed comes whole, where with it every refresh of the feed would fail
    if etag and etag.isascii():
        headers["If-None-Match"] = etag
    if modified and modified.isascii():
        headers["If-Modified-Since"] = modified
    start = time.monotonic()
    end = min(start + limits.total, until or float("inf"))
    try:
        guard = Guard(linked_from or url)
        with deadline(end, guard):
            return _follow(session, url, headers, limits, guard)
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        if getattr(session, "aborted", False):
            raise Stopped(f"stopped: reader is closing: {url}") from None
        if time.monotonic() >= end - 0.01:
            raise SourceError(f"download took longer than {end - start:.3g} s: {url}") from None
        raise _failure(error, url, limits) from None
    except ValueError as error:  # a host name IDNA refuses ("xn--"), as the request is made
        raise SourceError(f"bad URL ({error}): {url}") from None


def _failure(error: Exception, url: str, limits: Limits) -> SourceError:
    """The one-line message for a fetch that failed before its deadline."""
    import httpx

    if isinstance(error, httpx.ConnectTimeout):
        reason = f"timed out after {limits.timeout:g} s"
        return Unreachable(f"cannot reach {_host(url)} ({reason}): {url}", url_origin(url))
    if isinstance(error, httpx.TimeoutException):
        return SourceError(f"timed out after {limits.timeout:g} s: {url}")
    if isinstance(error, httpx.ConnectError):
        reason = _reason(error)
        return Unreachable(f"cannot reach {_host(url)} ({reason}): {url}", url_origin(url))
    if isinstance(error, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return SourceError(f"connection failed: {_reason(error)}: {url}")
    if isinstance(error, httpx.InvalidURL):
        return SourceError(f"bad URL ({error}): {url}")
    return SourceError(f"cannot fetch {url}: {_reason(error)}")


_REDIRECTS = frozenset((301, 302, 303, 307, 308))


def check_scheme(url: str) -> None:
    """Only http and https go over the network, to a URL that parses."""
    parts = split_url(url)
    if parts is None:
        raise SourceError(f"not a valid URL: {url}")
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES:
        raise SourceError(f"unsupported URL scheme {scheme!r} (only http and https): {url}")
    if not parts.hostname:
        raise SourceError(f"no host name in URL: {url}")


def _follow(
    session: httpx.Client, url: str, headers: dict, limits: Limits, guard: Guard
) -> Response:
    if guard.origin != url and (address := guard.internal(url)):
        raise SourceError(
            f"not fetched: {address} is an internal address and {guard.origin} is not: {url}"
        )
    seen = {url}
    current = url
    for _ in range(limits.max_redirects + 1):
        with session.stream("GET", current, headers=headers) as response:
            if response.is_redirect and "location" in response.headers:
                target = _signed_in(current, str(response.url.join(response.headers["location"])))
                if target in seen:
                    raise SourceError(f"redirect loop: {current} -> {target}")
                if address := guard.internal(target):
                    raise SourceError(
                        f"redirect to an internal address ({address}) refused: {current} -> {target}"
                    )
                seen.add(target)
                current = target
                continue
            phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
            if response.status_code >= 400:
                raise SourceError(f"HTTP {response.status_code}{phrase}: {current}")
            if response.status_code in _REDIRECTS:  # with no Location: is_redirect is false
                raise SourceError(
                    f"HTTP {response.status_code}{phrase} with no Location to go to: {current}"
                )
            content, truncated = b"", False
            if response.status_code != 304:
                content, truncated = _read(response, limits, current)
            media, _, params = response.headers.get("content-type", "").partition(";")
            return Response(
                url=str(response.url),
                status=response.status_code,
                content=content,
                content_type=media.strip().lower(),
                charset=_charset(params),
                etag=response.headers.get("etag"),
                modified=response.headers.get("last-modified"),
                truncated=truncated,
            )
    raise SourceError(f"too many redirects (over {limits.max_redirects}): {url}")


def _signed_in(current: str, target: str) -> str:
    """The redirect's target with the user name and password of the URL redirected from,
    when it names none and is on the same server, or the same host moved from http to
    https (each on its default port), as httpx and requests keep a sign-in: a feed at
    'http://ana:pw@host/rss' redirected to 'https://host/rss' or to an absolute URL of
    its own server failed with 401, the password dropped. Another server gets none."""
    before, after = split_url(current), split_url(target)
    if not (before and after and before.username is not None and after.username is None):
        return target
    same = url_origin(current) == url_origin(target)
    upgraded = (
        (before.scheme.lower(), after.scheme.lower()) == ("http", "https")
        and before.hostname == after.hostname
        and before.port in (None, 80)
        and after.port in (None, 443)
    )
    if not (same or upgraded):
        return target
    return after._replace(netloc=f"{before.netloc.rpartition('@')[0]}@{after.netloc}").geturl()


def _read(response: httpx.Response, limits: Limits, url: str) -> tuple[bytes, bool]:
    """The decoded body up to `max_bytes`; a longer one is cut there, with a warning.
    Counted as it is decoded: a compressed bomb stops at the limit too."""
    from reader.sources.decoding import decoded

    body = bytearray()
    for piece in decoded(response.iter_raw(), response.headers.get("content-encoding", "")):
        body += piece
        if len(body) >= limits.max_bytes:
            log.warning(
                "warning: response cut at the %s limit (the rest is not read): %s",
                size_words(limits.max_bytes),
                url,
            )
            return bytes(body[: limits.max_bytes]), True
    return bytes(body), False


def _charset(params: str) -> str:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'").lower()
    return ""


def _host(url: str) -> str:
    parts = split_url(url)
    return parts.hostname or url if parts else url


def _reason(error: Exception) -> str:
    """The innermost cause's text: httpx wraps socket errors ("[Errno 111] ..."), and h11
    quotes the malformed line it met as Python writes bytes, which is left out: "illegal
    header line: bytearray(b'Content-Type: text/xml\\x00...')" says "illegal header line"."""
    text = str(error) or type(error).__name__
    text = _QUOTED_BYTES.sub("", text)
    return text.split("] ", 1)[-1] if text.startswith("[Errno") else text


_QUOTED_BYTES = re.compile(r":? ?bytearray\(b?(['\"]).*\1\)\.?$", re.DOTALL)


def size_words(n: int) -> str:
    """A size limit in words: "10 MB", "1000 bytes"."""
    return f"{n / 1024 / 1024:.3g} MB" if n >= 1024 * 1024 else f"{n} bytes"
