"""No fetch outlives its deadline: slow heads, compressed bombs, and the pages of a refresh."""

from __future__ import annotations

import gzip
import logging
import time
import tracemalloc

import pytest

from reader.sources.errors import SourceError
from reader.sources.feeds import parse_feed
from reader.sources.fetch import Limits, client, fetch
from tests.sources.samples import FLOOD, flood_page, rss

QUICK = Limits(timeout=0.5, total=2.0, max_bytes=64 * 1024)


def test_a_status_line_dripped_a_byte_at_a_time_ends_at_the_total_deadline(site):
    url = site.add("/drip-head", drip_head=0.1)  # each byte well within the 0.5 s timeout
    start = time.monotonic()
    with pytest.raises(SourceError, match=r"^download took longer than 2 s: "):
        fetch(url, limits=QUICK)
    assert time.monotonic() - start < 4.0  # the server alone would take 17 s


def test_nested_gzip_is_counted_as_it_is_decoded(site, caplog):
    bomb = gzip.compress(gzip.compress(bytes(100 * 1024 * 1024)))  # 100 MB of zeros
    assert len(bomb) < 200_000
    url = site.add(
        "/bomb", bomb, content_type="text/plain", headers={"Content-Encoding": "gzip, gzip"}
    )
    tracemalloc.start()
    try:
        with caplog.at_level(logging.WARNING, logger="reader.sources"):
            response = fetch(url, limits=QUICK)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert response.truncated
    assert response.content == bytes(QUICK.max_bytes)
    assert peak < 8 * 1024 * 1024
    assert "response cut at the 65536 bytes limit" in caplog.text


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_compressed_pages_still_read_whole(site, coding):
    import zlib

    body = flood_page().encode()
    packed = gzip.compress(body) if coding == "gzip" else zlib.compress(body)
    url = site.add("/page", packed, headers={"Content-Encoding": coding})
    assert fetch(url, limits=QUICK).content == body


def test_an_unknown_content_encoding_is_named(site):
    url = site.add("/odd", b"xx", headers={"Content-Encoding": "compress"})
    with pytest.raises(SourceError, match=r"^unsupported Content-Encoding 'compress'"):
        fetch(url, limits=QUICK)


def test_codings_stacked_by_the_thousand_are_refused_by_name(site):
    """Each is a layer undone within the one before: 1,500 of them ended in a traceback
    (RecursionError) before a byte was read."""
    url = site.add("/stack", b"xx", headers={"Content-Encoding": ", ".join(["gzip"] * 1500)})
    with pytest.raises(
        SourceError, match=r"^too many Content-Encodings \(1500; at most 4 are undone\)$"
    ):
        fetch(url, limits=QUICK)


def teasers(site, count: int, **route) -> bytes:
    """A feed of `count` one-line entries, each linking to a slow page of its own."""
    entries = []
    for n in range(count):
        link = site.add(f"/story-{n}.html", flood_page(), **route)
        entries.append({"title": f"Story {n}", "link": link, "description": "A short summary."})
    return rss(entries).encode()


def test_linked_pages_are_fetched_a_few_at_a_time(site):
    content = teasers(site, 12, delay=0.5)  # each page keeps its request open 0.5 s
    limits = Limits(timeout=5.0, total=10.0)
    with client(limits) as session:
        _, articles = parse_feed(content, site.url("/feed"), session=session, limits=limits)
    assert all(FLOOD[0] in a.text for a in articles)
    assert 2 <= site.most_at_once <= 4  # one after another, it would be 1


def test_linked_pages_share_one_budget_and_late_ones_keep_their_summary(site, caplog):
    content = teasers(site, 12, drip=0.1)  # each page takes 10 s to arrive
    # a read timeout longer than the pages' budget: under load a page must not time out alone
    limits = Limits(timeout=2.0, total=4.0, pages=1.0)
    start = time.monotonic()
    with client(limits) as session, caplog.at_level(logging.WARNING, logger="reader.sources"):
        _, articles = parse_feed(content, site.url("/feed"), session=session, limits=limits)
    assert time.monotonic() - start < 3.0  # one after another: 12 pages of 4 s (the total) each
    assert [a.text for a in articles] == ["A short summary."] * 12
    assert (
        "kept the summaries of 12 entries: their pages did not come within the 1 s allowed for linked pages"
        in caplog.text
    )


def test_a_name_lookup_that_hangs_ends_at_the_total_deadline(site, monkeypatch):
    import socket

    real = socket.getaddrinfo

    def slow_resolver(host, *args, **kwargs):
        if host == "slow-dns.test":
            time.sleep(8)
        return real("127.0.0.1" if host == "slow-dns.test" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", slow_resolver)
    url = site.add("/a.html", flood_page()).replace("127.0.0.1", "slow-dns.test")
    start = time.monotonic()
    with pytest.raises(SourceError, match=r"^download took longer than 1 s: "):
        fetch(url, limits=Limits(timeout=5.0, total=1.0))
    assert time.monotonic() - start < 2.5  # the lookup alone takes 8 s
