"""The connections under every fetch: one deadline for all of a fetch, and a way to cut them.

httpx's timeouts bound each operation, so a server that sends its status line a
byte a second never trips them. Here every connect, read and write may take only
the time left before the deadline of the fetch running on that thread, and
`Client.abort` shuts every open socket (a blocked read returns at once) and
refuses new connections, so that quitting the app never waits on the network.
The proxies the environment names (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY, as
curl reads them) carry the fetches, on the same connections.
Imported only when something is fetched (httpx is heavy).
"""

from __future__ import annotations

import ipaddress
import math
import socket
import threading
import time
import urllib.request
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import httpcore
import httpx

from reader.sources.addresses import is_internal
from reader.sources.errors import SourceError

_local = threading.local()  # the deadline of the fetch running on this thread
_clients: weakref.WeakSet[Client] = weakref.WeakSet()


@contextmanager
def deadline(until: float, guard=None) -> Iterator[None]:
    """Every connection operation on this thread ends by `until` (time.monotonic); when
    `guard.refuses_internal`, no connection goes to an internal address, whatever a
    name said when it was checked before (a name may be made to change meanwhile)."""
    before = getattr(_local, "until", None), getattr(_local, "guard", None)
    _local.until, _local.guard = until, guard
    try:
        yield
    finally:
        _local.until, _local.guard = before


def abort_all() -> None:
    """Cut every connection of every client made so far, and refuse them new ones."""
    for client in list(_clients):
        client.abort()


class Client(httpx.Client):
    """An httpx client on deadline-bound connections that `abort` can cut."""

    def __init__(self, **options) -> None:
        proxies = environment_proxies()
        self._connections = _Connections({_proxy_url(url).host for url in proxies.values() if url})
        mounts = {
            pattern: _Transport(self._connections, url) if url else None
            for pattern, url in proxies.items()
        }
        super().__init__(transport=_Transport(self._connections), mounts=mounts, **options)
        _clients.add(self)

    @property
    def aborted(self) -> bool:
        return self._connections.aborted

    def abort(self) -> None:
        self._connections.abort()


def environment_proxies() -> dict[str, str | None]:
    """The environment's proxies as httpx mounts: a URL pattern and the proxy for it,
    None for the hosts NO_PROXY names. This machine's own addresses are never proxied."""
    found = urllib.request.getproxies_environment()  # keys: "http", "https", "all", "no"
    excepted = [h.strip() for h in found.get("no", "").split(",") if h.strip()]
    if "*" in excepted:
        return {}
    proxies: dict[str, str | None] = {
        f"{scheme}://": url if "://" in url else f"http://{url}"
        for scheme in ("all", "http", "https")
        if (url := found.get(scheme))
    }
    if not proxies:
        return {}
    for host in [*excepted, *_OWN_HOSTS]:
        host = host.lstrip("*")
        if ":" in host and not host.startswith("["):
            proxies[f"all://[{host}]"] = None  # an IPv6 address
        elif host.startswith(".") or not host[-1:].isdigit():
            proxies[f"all://*{host.lstrip('.')}"] = None  # a domain and its subdomains
        else:
            proxies[f"all://{host}"] = None
    return proxies


_OWN_HOSTS = ("localhost", "127.0.0.1", "::1")


def _proxy_url(proxy: str) -> httpx.URL:
    """A proxy the environment names, parsed; one that does not parse is a one-line error."""
    try:
        return httpx.URL(proxy)
    except (httpx.InvalidURL, ValueError) as error:
        raise SourceError(f"bad proxy URL in the environment ({error}): {proxy}") from None


class _Transport(httpx.HTTPTransport):
    """httpx's own transport, on our connections: httpx has no option for that, so its
    connection pool (through `proxy` when one is given) is made here, as its __init__
    would, with our network backend."""

    def __init__(self, connections: _Connections, proxy: str | None = None) -> None:
        context = httpx.create_ssl_context()
        if proxy is None:
            self._pool = httpcore.ConnectionPool(ssl_context=context, network_backend=connections)
            return
        url = _proxy_url(proxy)
        if url.scheme not in ("http", "https"):
            raise SourceError(f"unsupported proxy {proxy}: only http:// and https:// proxies")
        self._pool = httpcore.HTTPProxy(
            proxy_url=httpcore.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            proxy_auth=httpx.Proxy(url).raw_auth,
            ssl_context=context,
            network_backend=connections,
        )


def _left(timeout: float | None, expired: type[Exception]) -> float | None:
    """The operation's own timeout, cut to the time left before this thread's deadline."""
    until = getattr(_local, "until", None)
    if until is None:
        return timeout
    left = until - time.monotonic()
    if left <= 0:
        raise expired("the fetch's deadline has passed")
    return left if timeout is None else min(timeout, left)


def _refuse_internal(host: str, addresses: list[str]) -> None:
    guard = getattr(_local, "guard", None)
    if guard is None or not guard.refuses_internal:
        return
    for address in addresses:
        if is_internal(ipaddress.ip_address(address.split("%")[0])):
            raise SourceError(
                f"not fetched: {host} turned out to name an internal address ({address}), "
                f"reached from {guard.origin}"
            )


class _Connections(httpcore.NetworkBackend):
    """httpcore's own sockets, each operation bound by the deadline, all cut by `abort`.
    The proxies the user set (`proxy_hosts`) are called wherever they are: the guard
    against internal addresses looks at the names the fetch asks for instead."""

    def __init__(self, proxy_hosts: set[str]) -> None:
        self._proxy_hosts = proxy_hosts
        self._base = httpcore.SyncBackend()
        self._open: set[_Stream] = set()
        self._lock = threading.Lock()
        self.aborted = False

    def connect_tcp(
        self, host, port, timeout=None, local_address=None, socket_options=None
    ) -> httpcore.NetworkStream:
        if self.aborted:
            raise httpcore.ConnectError("reader is closing")
        problem: Exception = httpcore.ConnectError(f"no address for {host}")
        addresses = self._addresses(host, port, _left(timeout, httpcore.ConnectTimeout))
        if host not in self._proxy_hosts:
            _refuse_internal(host, addresses)
        for address in addresses:
            left = _left(timeout, httpcore.ConnectTimeout)
            try:  # as socket.create_connection does: each address in turn
                stream = self._base.connect_tcp(address, port, left, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                problem = error
                continue
            return self.track(stream)
        raise problem

    def _addresses(self, host: str, port: int, left: float | None) -> list[str]:
        """The host's addresses, looked up in a thread of its own and waited for only until
        the deadline or an abort: the system's resolver keeps time by its own rules."""
        try:
            return [str(ipaddress.ip_address(host.strip("[]")))]
        except ValueError:
            pass
        found: dict = {}
        done = threading.Event()

        def look_up() -> None:
            try:
                found["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError) as error:
                found["error"] = error
            done.set()

        threading.Thread(target=look_up, daemon=True).start()
        end = time.monotonic() + (math.inf if left is None else left)  # None: no limit
        while not done.wait(min(0.05, max(0.0, end - time.monotonic()))):
            if self.aborted:
                raise httpcore.ConnectError("reader is closing")
            if time.monotonic() >= end:
                raise httpcore.ConnectTimeout(f"looking up {host} took too long")
        if "error" in found:
            raise httpcore.ConnectError(str(found["error"]))
        return list(dict.fromkeys(info[4][0] for info in found["infos"]))

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("Unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def track(self, stream: httpcore.NetworkStream) -> _Stream:
        wrapped = _Stream(stream, self)
        with self._lock:
            self._open.add(wrapped)
            if self.aborted:
                wrapped.cut()
        return wrapped

    def forget(self, stream: _Stream) -> None:
        with self._lock:
            self._open.discard(stream)

    def abort(self) -> None:
        with self._lock:
            self.aborted = True
            streams = list(self._open)
        for stream in streams:
            stream.cut()


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, owner: _Connections) -> None:
        self._inner = inner
        self._owner = owner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._owner.forget(self)
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> _Stream:
        left = _left(timeout, httpcore.ConnectTimeout)
        self._owner.forget(self)
        return self._owner.track(self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)

    def cut(self) -> None:
        """Shut the socket down: a read blocked on it returns at once, from any thread."""
        sock = self._inner.get_extra_info("socket")
        with suppress(OSError, AttributeError):
            sock.shutdown(socket.SHUT_RDWR)
