"""URLs from documents are untrusted: one that does not parse ("http://[::1", a port that
is no number, a host name no IDNA codec takes) is a message about that URL, never a crash."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit


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
    """The URL's host (and port); "" when it does not parse."""
    parts = split_url(url)
    return parts.netloc if parts else ""
