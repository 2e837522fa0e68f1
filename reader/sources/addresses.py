"""Which hosts are internal: loopback, private, link-local and the like, by their addresses.

A feed or page from the internet may not make reader call such an address (a
router's admin page, a cloud's metadata service): the host name is resolved
and every address it has is looked at, so `localhost`, `127.1` and
`2130706433` count the same as `127.0.0.1`.
"""

from __future__ import annotations

import ipaddress
import socket

from reader.sources.urls import split_url


def internal_address(url: str) -> str | None:
    """The internal address that `url`'s host names, None when it has none (or does not
    resolve: then the fetch fails on its own)."""
    parts = split_url(url)
    host = (parts.hostname or "" if parts else "").strip("[]")
    try:
        found = {ipaddress.ip_address(host)}
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return None
        found = {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos}
    for address in sorted(found, key=str):
        if is_internal(address):
            return str(address)
    return None


def is_internal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Not on the public internet: loopback, private (10/8, 172.16/12, 192.168/16,
    fc00::/7), link-local (169.254/16, fe80::/10), unspecified, shared or reserved."""
    mapped = getattr(address, "ipv4_mapped", None)
    return not (mapped or address).is_global


class Guard:
    """Whether a fetch may call internal addresses: only when the document that led
    there is on one itself (worked out when first needed: it takes a name lookup).
    fetch asks it of each URL and redirect, transport of each connection."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self._inside: bool | None = None

    def internal(self, url: str) -> str | None:
        """The internal address `url` would call and this fetch may not, else None."""
        if self._inside is None:
            self._inside = internal_address(self.origin) is not None
        return None if self._inside else internal_address(url)

    @property
    def refuses_internal(self) -> bool:
        """Known by now that this fetch may not call internal addresses."""
        return self._inside is False
