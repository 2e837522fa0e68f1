"""A local web site for tests: pages, feeds and broken responses on 127.0.0.1.

Nothing here needs the internet. Fetch limits are made small (1 s timeouts)
so the failure cases stay fast.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before answering
    drip: float = 0.0  # between 10-byte pieces of the body
    drip_head: float = 0.0  # between single bytes of the status line and headers


@dataclass
class Site:
    """Routes to serve and the requests seen (path, headers, status sent)."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str], int]] = field(default_factory=list)
    most_at_once: int = 0  # the most requests waiting for their answer at the same time
    _in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: str | bytes = b"", **kwargs) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **kwargs)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.add(path, status=status, headers={"Location": to})

    def hits(self, path: str) -> list[int]:
        """The statuses sent for `path`, in order."""
        return [status for seen, _, status in self.requests if seen == path]


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        with self.site._lock:
            self.site._in_flight += 1
            self.site.most_at_once = max(self.site.most_at_once, self.site._in_flight)
        self._waiting = True
        try:
            self._answer()
        finally:
            self._answering()

    def _answering(self) -> None:
        """The request no longer waits: counted out before its answer is sent, since the
        client may send its next request as soon as the answer has come, before this
        thread runs again (counted out after, two requests of one client could overlap)."""
        if self._waiting:
            self._waiting = False
            with self.site._lock:
                self.site._in_flight -= 1

    def _answer(self) -> None:
        route = self.site.routes.get(self.path)
        if route is None:
            route = Route(b"<html><body>not here</body></html>", status=404)
        status = route.status
        etag = route.headers.get("ETag")
        modified = route.headers.get("Last-Modified")
        if (etag and self.headers.get("If-None-Match") == etag) or (
            modified and self.headers.get("If-Modified-Since") == modified
        ):
            status = 304
        self.site.requests.append((self.path, dict(self.headers), status))
        if route.delay:
            time.sleep(route.delay)
        self._answering()
        if route.drip_head:
            self._drip_head(route)
            return
        try:
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.end_headers()
            if status != 304:
                piece = 10 if route.drip else max(1, len(route.body))
                for start in range(0, len(route.body), piece):
                    self.wfile.write(route.body[start : start + piece])
                    self.wfile.flush()
                    time.sleep(route.drip)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading (a size limit): expected

    def _drip_head(self, route: Route) -> None:
        """A status line and headers sent one byte at a time (then no body)."""
        head = f"HTTP/1.1 {route.status} OK{' ok' * 40}\r\nContent-Length: 0\r\n\r\n"
        try:
            for byte in head.encode():
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(route.drip_head)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def site():
    """A fresh local site per test; shut down afterwards."""
    yield from serve("127.0.0.1")


def serve(host: str):
    """A site on `host` (any loopback address) until the generator is closed."""
    served = Site()
    handler = type("Handler", (_Handler,), {"site": served})
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    served.base = f"http://{host}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def fast_limits(monkeypatch):
    """Short timeouts for every fetch, in this process and in CLI subprocesses."""
    monkeypatch.setenv("READER_FETCH_TIMEOUT", "1")
    monkeypatch.delenv("READER_FETCH_MAX_BYTES", raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
