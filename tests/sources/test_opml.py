"""OPML lists: read safely, written back, and imported into the library."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pytest

import reader.sources.feeds
from reader.library import add
from reader.sources import load
from reader.sources.errors import SourceError
from reader.sources.feeds import read_feeds
from reader.sources.opml import Outline, read_opml, write_opml
from reader.store import Store
from tests.sources.samples import FEED_TYPE, FLOOD, rss

NESTED = b"""<?xml version="1.0"?>
<opml version="1.0"><head><title>mine</title></head><body>
 <outline text="News">
  <outline text="Valley" type="rss" xmlUrl="http://valley.test/rss"/>
  <outline title="Harbour" text="ignored" type="rss" xmlurl="http://harbour.test/atom"/>
 </outline>
 <outline text="Valley again" xmlUrl="http://valley.test/rss"/>
 <outline text="a plain link" htmlUrl="http://no-feed.test/"/>
</body></opml>"""


@dataclass
class Feed:
    url: str
    title: str


def test_nested_outlines_are_flattened_once_each():
    assert read_opml(NESTED) == [
        Outline("http://valley.test/rss", "Valley"),
        Outline("http://harbour.test/atom", "Harbour"),
    ]


def test_written_opml_reads_back_with_awkward_titles():
    feeds = [Feed("http://a.test/rss?x=1&y=2", 'Tom & "Jerry" <news>'), Feed("http://b.test/", "")]
    text = write_opml(feeds)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    assert read_opml(text.encode()) == [
        Outline("http://a.test/rss?x=1&y=2", 'Tom & "Jerry" <news>'),
        Outline("http://b.test/", "http://b.test/"),
    ]


def test_written_opml_reads_back_with_what_xml_cannot_hold_left_out():
    """A feed's title may hold the noncharacters U+FFFE and U+FFFF (a lenient parse of a
    broken feed keeps them), a hand-edited address a control: XML 1.0 allows neither."""
    feeds = [Feed("http://velkor.test/rss\x1b", "Velkor \ufffe news \uffff\x01today")]
    assert read_opml(write_opml(feeds).encode()) == [
        Outline("http://velkor.test/rss", "Velkor news today")
    ]


def test_entity_declarations_are_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body/></opml>'
    with pytest.raises(SourceError, match="^OPML refused: it declares XML entities or a DTD: x$"):
        read_opml(bomb, "x")


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"<rss/>", "not an OPML file (root element <rss>)"), (b"<opml><body>", "not a well-formed")],
)
def test_other_documents_are_not_opml(data, message):
    with pytest.raises(SourceError) as caught:
        read_opml(data, "x")
    assert str(caught.value).startswith(message)
    assert str(caught.value).endswith(": x")


def opml_of(*urls: str) -> str:
    return write_opml([Feed(url, "") for url in urls])


def entry(n: int) -> dict[str, str]:
    return {"title": f"Story {n}", "link": f"http://news.test/{n}", "content": " ".join(FLOOD)}


def test_a_local_opml_file_loads_every_feed_and_warns_of_the_failures(site, tmp_path, caplog):
    good = site.add("/a.xml", rss([entry(1), entry(2)]), content_type=FEED_TYPE)
    path = tmp_path / "feeds.opml"
    path.write_text(opml_of(good, site.url("/gone.xml")))
    with caplog.at_level(logging.WARNING, logger="reader.sources"):
        articles = load(str(path))
    assert [a.title for a in articles] == ["Story 1", "Story 2"]
    assert f"feed skipped: {site.url('/gone.xml')}: HTTP 404 Not Found" in caplog.text


def test_an_opml_list_whose_feeds_all_fail_is_an_error(site, tmp_path):
    path = tmp_path / "feeds.opml"
    path.write_text(opml_of(site.url("/gone.xml")))
    with pytest.raises(SourceError, match=r"^none of the 1 feed could be read \(.*HTTP 404"):
        load(str(path))


def test_subscribing_to_an_opml_list_registers_every_feed(site, tmp_path):
    good = site.add("/a.xml", rss([entry(1)], title="Feed A"), content_type=FEED_TYPE)
    gone = site.url("/gone.xml")
    path = tmp_path / "feeds.opml"
    path.write_text(opml_of(good, gone))
    with Store.open(tmp_path / "cache") as store:
        found, _ = add(store, str(path))
        articles, errors = found.articles, found.errors
        feeds = {f.url: f for f in store.feeds()}
    assert [a.title for a in articles] == ["Story 1"]
    assert errors == [(gone, "HTTP 404 Not Found")]
    assert set(feeds) == {good, gone}
    assert feeds[good].title == "Feed A"
    assert feeds[gone].last_error == "HTTP 404 Not Found"


def test_an_opml_list_over_http_is_read_too(site):
    good = site.add("/a.xml", rss([entry(1)]), content_type=FEED_TYPE)
    url = site.add("/list.opml", opml_of(good), content_type="text/x-opml")
    assert [a.title for a in load(url)] == ["Story 1"]


NOT_WEB = [
    "javascript:alert(1)",
    "data:application/rss+xml,<rss/>",
    "file:///etc/passwd",
    "ftp://files.test/feed.xml",
]


def test_only_http_and_https_feeds_of_a_list_are_subscribed(site, tmp_path):
    good = site.add("/a.xml", rss([entry(1)]), content_type=FEED_TYPE)
    path = tmp_path / "feeds.opml"
    path.write_text(opml_of(*NOT_WEB, good))
    with Store.open(tmp_path / "cache") as store:
        found, _ = add(store, str(path))
        articles, errors = found.articles, found.errors
        feeds = [f.url for f in store.feeds()]
    assert feeds == [good]
    assert [a.title for a in articles] == ["Story 1"]
    assert errors == [(url, "skipped: only http and https feeds are read") for url in NOT_WEB]


def test_a_list_of_only_other_schemes_says_why_nothing_was_read(tmp_path):
    path = tmp_path / "feeds.opml"
    path.write_text(opml_of("file:///etc/hosts"))
    with pytest.raises(SourceError) as caught:
        load(str(path))
    assert "only http and https feeds are read" in str(caught.value)
    assert "use http, https or file" not in str(caught.value)


def test_feeds_share_one_client_and_are_read_a_few_at_a_time(site, monkeypatch):
    urls = [
        site.add(f"/f{n}.xml", rss([entry(n)]), content_type=FEED_TYPE, delay=0.2)
        for n in range(12)
    ]
    made = []
    real = reader.sources.feeds.client

    def counted(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(reader.sources.feeds, "client", counted)
    results = list(read_feeds([(url, None, None) for url in urls], workers=4))
    assert sorted(r.state.url for r in results) == sorted(urls)
    assert not [r.state.error for r in results if r.state.error]
    assert len(made) == 1
    assert 2 <= site.most_at_once <= 4
