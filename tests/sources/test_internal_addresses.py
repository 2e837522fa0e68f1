"""A feed or page from the internet may not make reader call internal addresses.

The "internet" here is a site on 127.0.0.3 that the tests count as public; the
internal server is the usual one on 127.0.0.1, named in several ways. No test
sends anything to a private range: those are checked by address only.
"""

from __future__ import annotations

import ipaddress
import logging
import socket

import pytest

import reader.sources.addresses as addresses
from reader.library import add
from reader.sources import load
from reader.sources.addresses import internal_address
from reader.sources.errors import SourceError
from reader.sources.fetch import fetch
from reader.store import Store
from tests.localsite import serve
from tests.sources.samples import FEED_TYPE, flood_page, rss

PUBLIC = ipaddress.ip_address("127.0.0.3")


@pytest.fixture
def public_site(monkeypatch):
    """A site that reader takes for one on the internet."""
    real = addresses.is_internal
    monkeypatch.setattr(
        addresses, "is_internal", lambda address: address != PUBLIC and real(address)
    )
    yield from serve(str(PUBLIC))


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "127.1.2.3", "10.1.2.3", "172.16.5.4", "192.168.0.1", "169.254.169.254"]
    + ["0.0.0.0", "[::1]", "[fc00::1]", "[fd12:3456::1]", "[fe80::1]", "[::ffff:127.0.0.1]"]
    + ["localhost", "2130706433", "127.1"],
)
def test_internal_hosts_are_known_by_their_addresses(host):
    assert internal_address(f"http://{host}:8080/feed") is not None


@pytest.mark.parametrize("host", ["8.8.8.8", "[2001:4860:4860::8888]", "1.1.1.1"])
def test_public_hosts_are_not_internal(host):
    assert internal_address(f"http://{host}/feed") is None


def internal_links(site) -> list[str]:
    """One page on the internal server, named four ways."""
    port = site.base.rsplit(":", 1)[1]
    site.add("/secret", flood_page())
    return [
        site.url("/secret"),
        f"http://localhost:{port}/secret",
        f"http://2130706433:{port}/secret",
        f"http://[::1]:{port}/secret",
    ]


def test_a_public_feed_cannot_make_reader_fetch_internal_links(site, public_site, caplog):
    links = internal_links(site)
    entries = [
        {"title": f"Story {n}", "link": link, "description": "A short summary."}
        for n, link in enumerate(links)
    ]
    feed = public_site.add("/feed.xml", rss(entries), content_type=FEED_TYPE)
    with caplog.at_level(logging.WARNING, logger="reader.sources"):
        articles = load(feed)
    assert site.hits("/secret") == []
    assert [a.text for a in articles] == ["A short summary."] * 4
    assert [a.url for a in articles] == links  # kept as links, never called
    for link in links:
        assert f"is an internal address and {feed} is not: {link}" in caplog.text


def test_a_local_feed_may_link_local_pages(site):
    link = site.add("/story.html", flood_page())
    entry = {"title": "Story", "link": link, "description": "A short summary."}
    (article,) = load(site.add("/feed.xml", rss([entry]), content_type=FEED_TYPE))
    assert "Heavy rain flooded" in article.text


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost"])
def test_a_public_page_cannot_redirect_to_an_internal_one(site, public_site, name):
    target = site.add("/secret", flood_page()).replace("127.0.0.1", name)
    url = public_site.redirect("/moved", target)
    with pytest.raises(SourceError, match=r"^redirect to an internal address \(.*\) refused: "):
        fetch(url)
    assert site.hits("/secret") == []


def test_a_public_opml_list_cannot_subscribe_internal_feeds(site, public_site, tmp_path):
    inside = site.add("/feed.xml", rss([{"title": "Inside", "description": "Hello."}]))
    outside = public_site.add("/feed.xml", rss([{"title": "Outside", "description": "Hello."}]))
    opml = (
        '<opml version="2.0"><body>'
        f'<outline xmlUrl="{inside}"/><outline xmlUrl="{outside}"/></body></opml>'
    )
    listing = public_site.add("/list.opml", opml, content_type="text/x-opml")
    with Store.open(tmp_path / "cache") as store:
        errors = add(store, listing)[0].errors
        feeds = [f.url for f in store.feeds()]
    assert feeds == [outside]
    assert errors == [(inside, "skipped: 127.0.0.1 is an internal address")]
    assert site.hits("/feed.xml") == []


def test_a_name_that_turns_internal_after_the_check_is_still_refused(
    site, public_site, monkeypatch, caplog
):
    """DNS rebinding: the name says public when checked, internal when connected to."""
    real = socket.getaddrinfo
    answers = iter(["127.0.0.3"])  # the first lookup only; every later one is internal

    def rebinding(host, *args, **kwargs):
        if host == "rebind.test":
            host = next(answers, "127.0.0.1")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    port = site.base.rsplit(":", 1)[1]
    site.add("/secret", flood_page())
    link = f"http://rebind.test:{port}/secret"
    entry = {"title": "Story", "link": link, "description": "A short summary."}
    feed = public_site.add("/feed.xml", rss([entry]), content_type=FEED_TYPE)
    with caplog.at_level(logging.WARNING, logger="reader.sources"):
        (article,) = load(feed)
    assert site.hits("/secret") == []
    assert article.text == "A short summary."
    assert "rebind.test turned out to name an internal address (127.0.0.1)" in caplog.text
