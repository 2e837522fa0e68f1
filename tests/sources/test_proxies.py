"""Fetches go through the proxies the environment names, as curl's users expect."""

from __future__ import annotations

import socket

import pytest

from reader.sources.errors import SourceError
from reader.sources.fetch import Limits, fetch
from reader.sources.transport import environment_proxies

QUICK = Limits(timeout=0.5, total=2.0, max_bytes=64 * 1024, max_redirects=5)
ELSEWHERE = "http://news.example/feed.xml"  # a name no resolver knows: only a proxy reaches it


def test_a_fetch_goes_through_the_proxy_the_environment_names(site, monkeypatch):
    site.add(ELSEWHERE, "<rss></rss>", content_type="application/rss+xml")  # the site proxies
    monkeypatch.setenv("HTTP_PROXY", site.base)
    response = fetch(ELSEWHERE, limits=QUICK)
    assert response.status == 200 and response.content == b"<rss></rss>"
    assert [path for path, _, _ in site.requests] == [ELSEWHERE]  # asked of the proxy


def test_hosts_no_proxy_names_are_called_directly(site, monkeypatch):
    site.add(ELSEWHERE, "<rss></rss>")
    monkeypatch.setenv("http_proxy", site.base)
    monkeypatch.setenv("no_proxy", "example.org, .example")
    with pytest.raises(SourceError):  # called directly, the name resolves to nothing
        fetch(ELSEWHERE, limits=QUICK)
    assert site.requests == []


def test_this_machines_own_addresses_are_never_proxied(site, monkeypatch):
    with socket.socket() as sock:  # a proxy that nothing answers for
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    monkeypatch.setenv("HTTP_PROXY", dead)
    assert fetch(site.add("/a.html", "<p>here</p>"), limits=QUICK).content == b"<p>here</p>"


def test_an_unsupported_proxy_is_a_clear_message(monkeypatch):
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:1080")
    with pytest.raises(SourceError, match=r"^unsupported proxy socks5://127\.0\.0\.1:1080"):
        fetch(ELSEWHERE, limits=QUICK)


@pytest.mark.parametrize("proxy", ["http://[::1", "http://proxy.corp:port"])
def test_a_proxy_url_that_does_not_parse_is_a_clear_message(monkeypatch, proxy):
    monkeypatch.setenv("ALL_PROXY", proxy)
    with pytest.raises(SourceError, match=r"^bad proxy URL in the environment"):
        fetch("https://example.org/")


def test_the_environments_proxies_as_url_patterns(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "proxy.corp:3128")
    monkeypatch.setenv("NO_PROXY", "intranet.corp,10.1.2.3")
    assert environment_proxies() == {
        "https://": "http://proxy.corp:3128",
        "all://*intranet.corp": None,
        "all://10.1.2.3": None,
        "all://*localhost": None,
        "all://127.0.0.1": None,
        "all://[::1]": None,
    }
    monkeypatch.setenv("NO_PROXY", "*")
    assert environment_proxies() == {}
