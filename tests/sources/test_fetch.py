"""HTTP fetching: limits, redirects, conditional requests, and a clear message for each failure."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from reader.sources.errors import SourceError
from reader.sources.fetch import USER_AGENT, Limits, fetch

QUICK = Limits(timeout=0.5, total=2.0, max_bytes=64 * 1024, max_redirects=5)


def test_a_page_comes_back_with_its_headers(site):
    url = site.add("/a.html", "<p>hello</p>", headers={"ETag": '"v1"'})
    response = fetch(url, limits=QUICK)
    assert response.status == 200
    assert response.content == b"<p>hello</p>"
    assert response.content_type == "text/html"
    assert response.charset == "utf-8"
    assert response.etag == '"v1"'
    assert not response.truncated


def test_the_request_says_who_we_are(site):
    fetch(site.add("/a.html", "x"), limits=QUICK)
    (_, headers, _), *_ = site.requests
    assert headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("reader/")


def test_redirects_are_followed_to_the_final_url(site):
    target = site.add("/new.html", "moved here")
    site.redirect("/old.html", "/middle.html", status=301)
    site.redirect("/middle.html", target)
    response = fetch(site.url("/old.html"), limits=QUICK)
    assert response.url == target
    assert response.content == b"moved here"


def test_a_sign_in_follows_a_redirect_to_its_own_server_alone(site):
    """A server names its redirect's target whole ('Location: http://host/rss'), or moves
    a feed from http to https on its host (checked in test_a_sign_in_moves_to_https):
    the password goes along; another host gets none."""
    target = site.add("/feed.xml", "<rss/>")
    site.redirect("/old.xml", target)
    site.redirect("/away.xml", target.replace("127.0.0.1", "localhost"))
    for path in ("/old.xml", "/away.xml"):
        fetch(site.url(path).replace("://", "://ana:s3cret@"), limits=QUICK)
    signed = [("Authorization" in headers) for _, headers, _ in site.requests]
    assert signed == [True, True, True, False]


@pytest.mark.parametrize(
    ("redirected", "signed"),
    [
        ("https://feeds.velkor.test/rss", True),
        ("https://feeds.velkor.test:8443/rss", False),
        ("https://other.velkor.test/rss", False),
        ("https://kim:pw@feeds.velkor.test/rss", False),  # its own
    ],
)
def test_a_sign_in_moves_to_https_on_its_host(redirected, signed):
    from reader.sources.fetch import _signed_in

    target = _signed_in("http://ana:s3cret@feeds.velkor.test/rss", redirected)
    assert ("ana:s3cret@" in target) is signed
    down = "http://feeds.velkor.test/rss"  # from https: never in the clear
    assert _signed_in("https://ana:s3cret@feeds.velkor.test/rss", down) == down


def test_a_malformed_header_is_named_without_the_bytes_of_it(site):
    """h11 quoted the line it refused as Python writes bytes: "illegal header line:
    bytearray(b'X-Velkor: quay\\x00tide')", in the feed's last error too."""
    url = site.add("/feed.xml", "<rss/>", headers={"X-Velkor": "quay\x00tide"})
    with pytest.raises(SourceError) as failed:
        fetch(url, limits=QUICK)
    assert str(failed.value) == f"connection failed: illegal header line: {url}"


def test_a_redirect_loop_is_named(site):
    site.redirect("/a", "/b")
    site.redirect("/b", "/a")
    with pytest.raises(SourceError, match=r"^redirect loop: .*/b -> .*/a$"):
        fetch(site.url("/a"), limits=QUICK)


def test_an_endless_redirect_chain_stops_at_the_limit(site):
    for n in range(10):
        site.redirect(f"/hop{n}", f"/hop{n + 1}")
    with pytest.raises(SourceError, match=r"too many redirects \(over 5\)"):
        fetch(site.url("/hop0"), limits=QUICK)
    assert len(site.requests) == 6


def test_a_redirect_to_a_local_file_is_refused(site):
    site.redirect("/sneaky", "file:///etc/passwd")
    with pytest.raises(SourceError, match="redirect to a non-web URL refused"):
        fetch(site.url("/sneaky"), limits=QUICK)


@pytest.mark.parametrize(
    "target", ["javascript:alert(1)", "data:text/xml,<rss/>", "mailto:desk@velkor.test"]
)
def test_a_redirect_to_a_url_of_no_path_is_refused_by_name(site, target):
    """httpx cannot join such a URL to the page's: it said 'bad URL (For absolute URLs,
    path must be empty or begin with /)' of the page that was asked for."""
    site.redirect("/sneaky", target)
    with pytest.raises(SourceError) as caught:
        fetch(site.url("/sneaky"), limits=QUICK)
    assert str(caught.value) == (
        f"redirect to a non-web URL refused: {site.url('/sneaky')} -> {target}"
    )


@pytest.mark.parametrize(("status", "phrase"), [(404, "Not Found"), (500, "Internal Server Error")])
def test_http_errors_give_the_status(site, status, phrase):
    url = site.add("/broken", "oops", status=status)
    with pytest.raises(SourceError) as caught:
        fetch(url, limits=QUICK)
    assert str(caught.value) == f"HTTP {status} {phrase}: {url}"


def test_a_redirect_with_nowhere_to_go_says_so(site):
    """A 302 without a Location was read as the document: an empty one, or its body."""
    url = site.add("/lost", "<rss/>", status=302)
    with pytest.raises(SourceError) as caught:
        fetch(url, limits=QUICK)
    assert str(caught.value) == f"HTTP 302 Found with no Location to go to: {url}"


def test_an_unreachable_host_is_named():
    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SourceError, match=r"^cannot reach 127\.0\.0\.1 \(.*refused\): http://"):
        fetch(f"http://127.0.0.1:{port}/", limits=QUICK)


def test_a_slow_server_times_out_quickly(site):
    url = site.add("/slow", "late", delay=1.5)
    start = time.monotonic()
    with pytest.raises(SourceError, match=r"^timed out after 0\.5 s: "):
        fetch(url, limits=QUICK)
    assert time.monotonic() - start < 1.4


def test_a_server_that_drips_bytes_hits_the_total_deadline(site):
    url = site.add("/drip", b"x" * 400, drip=0.05)  # 40 pieces, each well within the timeout
    start = time.monotonic()
    with pytest.raises(SourceError, match=r"^download took longer than 1 s: "):
        fetch(url, limits=Limits(timeout=0.5, total=1.0))
    assert time.monotonic() - start < 1.8


def test_an_oversized_response_is_cut_at_the_limit_with_a_warning(site, caplog):
    url = site.add("/big", b"x" * 200_000)
    with caplog.at_level(logging.WARNING, logger="reader.sources"):
        response = fetch(url, limits=QUICK)
    assert response.truncated
    assert len(response.content) == QUICK.max_bytes
    assert "response cut at the 65536 bytes limit" in caplog.text


def test_an_unchanged_resource_answers_304_with_no_body(site):
    url = site.add(
        "/feed", "<rss/>", headers={"ETag": '"abc"', "Last-Modified": "Mon, 01 Jan 2024"}
    )
    first = fetch(url, limits=QUICK)
    by_etag = fetch(url, etag=first.etag, limits=QUICK)
    by_date = fetch(url, modified=first.modified, limits=QUICK)
    assert by_etag.not_modified and by_etag.content == b""
    assert by_date.not_modified and by_date.content == b""
    assert site.hits("/feed") == [200, 304, 304]


def test_validators_past_ascii_are_not_sent_back(site):
    """A server may send an ETag or a Last-Modified of bytes past ASCII, which a request
    cannot carry: the feed is then fetched whole, not failed at every refresh."""
    url = site.add("/feed", "<rss/>")
    response = fetch(url, etag='"caf\xe9"', modified="Tue, 01 Dec 2026 \u20ac", limits=QUICK)
    assert response.status == 200 and response.content == b"<rss/>"
    (_, headers, _), *_ = site.requests
    assert "If-None-Match" not in headers and "If-Modified-Since" not in headers


@pytest.mark.parametrize(
    "url", ["ftp://example.invalid/a.html", "javascript:alert(1)", "gopher://x/"]
)
def test_only_web_schemes_go_over_the_network(url):
    with pytest.raises(SourceError, match=r"^unsupported URL scheme '\w+' \(only http and https\)"):
        fetch(url, limits=QUICK)


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("READER_FETCH_TIMEOUT", "2.5")
    monkeypatch.setenv("READER_FETCH_MAX_BYTES", "1000")
    limits = Limits.from_env()
    assert (limits.timeout, limits.total, limits.max_bytes) == (2.5, 10.0, 1000)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("READER_FETCH_TIMEOUT", "1e309"),  # infinite: failed inside the socket
        ("READER_FETCH_TIMEOUT", "nan"),
        ("READER_FETCH_TIMEOUT", "-5"),
        ("READER_FETCH_TIMEOUT", "ten"),
        ("READER_FETCH_MAX_BYTES", "-1"),  # cut every body short by a byte
        ("READER_FETCH_MAX_BYTES", "0"),
        ("READER_FETCH_MAX_BYTES", "9" * 30),
    ],
)
def test_a_limit_out_of_range_is_one_warning_and_the_default(monkeypatch, caplog, name, value):
    monkeypatch.delenv("READER_FETCH_TIMEOUT", raising=False)
    monkeypatch.delenv("READER_FETCH_MAX_BYTES", raising=False)
    monkeypatch.setenv(name, value)
    with caplog.at_level("WARNING"):
        assert Limits.from_env() == Limits()
    [message] = [record.getMessage() for record in caplog.records]
    assert message.startswith(f"warning: ignoring {name}={value!r} (it wants a number of ")
    assert message.endswith("): using the default")
