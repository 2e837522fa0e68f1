"""URLs from documents are untrusted: one that does not parse ("http://[::1", a port that
is no number, a host name no IDNA codec takes) is a message about that URL, never a crash."""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

from reader.sources.clean import clean_line

# The password of a URL's "user:password@" (up to the last "@" before the path).
_PASSWORD = re.compile(r"(://[^/?#@\s:]*):[^/?#\s]*@")


def split_url(url: str) -> SplitResult | None:
    """The URL's parts; None when it does not parse (the port is checked too: the
    standard library reads it only when asked)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (read for its check)
    except ValueError:
        return None
    return parts


def url_origin(url: str) -> str:
    """The server a URL names: its scheme, host and port, in lower case ("" when it does
    not parse)."""
    parts = split_url(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}".lower() if parts else ""


def url_scheme(url: str) -> str:
    """The URL's scheme in lower case; "" when it does not parse."""
    parts = split_url(url)
    return parts.scheme.lower() if parts else ""


def url_netloc(url: str) -> str:
    """The URL's host (and port), without a user name and password; "" when it does not
    parse."""
    parts = split_url(url)
    return parts.netloc.rpartition("@")[2] if parts else ""


def hide_password(text: str) -> str:
    """A URL, or a message naming URLs, with the password of each "user:password@"
    shown as ***: a feed keeps its address whole, to fetch it with, but a terminal's
    scrollback, a screen shared or a message pasted into a report should not show it."""
    return _PASSWORD.sub(r"\1:***@", text) if "@" in text else text


# A URL longer than this is cut where it is shown, "…" last: a feed may link an entry to
# megabytes of URL, which `reader add` and `reader list` printed whole (and a message
# naming it). Longer than the addresses of daily use (an old browser took no more).
URL_SHOWN_MOST = 2_000


def shown_url(url: str) -> str:
    """A URL, or a message naming URLs, as a line of the screen or the terminal shows
    it: cleaned, each password hidden, cut at URL_SHOWN_MOST characters."""
    line = hide_password(clean_line(url))  # hidden before the cut, which could split it
    return line if len(line) <= URL_SHOWN_MOST else line[: URL_SHOWN_MOST - 1] + "…"
