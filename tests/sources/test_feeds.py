"""Feeds: RSS and Atom entries to articles, broken and hostile feeds, and refreshing."""

from __future__ import annotations

import logging
import socket
from datetime import date

import pytest

from reader.library import add, refresh_feeds
from reader.sources import load
from reader.sources.errors import SourceError
from reader.sources.feeds import PAGE_WORKERS, parse_feed
from reader.store import Store
from tests.sources.samples import FEED_TYPE, FLOOD, flood_page, rss

LONG = " ".join(FLOOD * 8)  # well over a summary's length


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "cache") as opened:
        yield opened


def full_entry(n: int, day: int) -> dict[str, str]:
    return {
        "title": f"Council meeting number {n}",
        "link": f"http://news.test/meeting-{n}",
        "content": f"<p>Meeting {n}. {LONG}</p><h2>Votes</h2><p>The motion passed.</p>",
        "date": f"Mon, {day:02d} Mar 2021 10:00:00 GMT",
    }


def test_rss_entries_become_articles(site):
    url = site.add("/feed.xml", rss([full_entry(1, 1), full_entry(2, 8)]), content_type=FEED_TYPE)
    articles = load(url)
    assert [a.title for a in articles] == ["Council meeting number 2", "Council meeting number 1"]
    assert [a.published for a in articles] == [date(2021, 3, 8), date(2021, 3, 1)]  # newest first
    first = articles[1]
    assert first.feed == url
    assert first.url == first.source == "http://news.test/meeting-1"
    assert "\n\n## Votes\n\n" in first.text
    assert site.hits("/feed.xml") == [200]  # the content was full: no page fetched


def test_escape_sequences_in_a_feed_leave_nothing_of_themselves():
    entry = full_entry(1, 1) | {"title": "Council \x1b]0;pwned\x07meets \x9b31mtoday"}
    feed = rss([entry], title="Valley \x1b[2JCourier").encode()
    title, (article,) = parse_feed(feed, "http://news.test/feed.xml")
    assert (title, article.title) == ("Valley Courier", "Council meets today")


def test_atom_entries_become_articles(site):
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour log</title><id>urn:x</id>
<updated>2022-05-02T00:00:00Z</updated>
<entry><title type="html">Tug &lt;b&gt;rescues&lt;/b&gt; yacht</title>
<link href="/tug"/><id>urn:tug</id><updated>2022-05-02T09:00:00Z</updated>
<content type="html">&lt;p&gt;{LONG}&lt;/p&gt;</content></entry></feed>"""
    url = site.add("/atom", atom, content_type="application/atom+xml")
    (article,) = load(url)
    assert article.title == "Tug rescues yacht"
    assert article.published == date(2022, 5, 2)
    assert article.url == site.url("/tug")  # relative link resolved against the feed
    assert article.text.startswith(FLOOD[0])


def test_rss_1_0_and_0_91_are_read(site):
    rdf = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="x"><title>Old wire</title><link>http://x.test/</link><description>d</description></channel>
<item rdf:about="http://x.test/1"><title>Mill closes</title><link>http://x.test/1</link>
<description>{LONG}</description><dc:date>2004-07-09</dc:date></item></rdf:RDF>"""
    old = f"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
 "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Older wire</title><link>http://x.test/</link>
<description>d</description><language>en</language>
<item><title>Pier repaired</title><link>http://x.test/2</link><description>{LONG}</description></item>
</channel></rss>"""
    (from_rdf,) = load(site.add("/rdf", rdf, content_type="application/rdf+xml"))
    (from_091,) = load(site.add("/091", old, content_type="text/xml"))
    assert (from_rdf.title, from_rdf.published) == ("Mill closes", date(2004, 7, 9))
    assert from_091.title == "Pier repaired"
    assert from_091.text.startswith(FLOOD[0])


def test_a_summary_only_entry_gets_the_full_article_from_its_link(site):
    link = site.add("/flood.html", flood_page())
    teaser = {
        "title": "Flood",
        "link": link,
        "description": "Rain floods Ardmore.",
        "date": "Sun, 03 Oct 2021 08:00:00 GMT",
    }
    (article,) = load(site.add("/feed", rss([teaser]), content_type=FEED_TYPE))
    assert article.text.startswith(FLOOD[0])
    assert article.title == "Flood"  # the entry's own title wins
    assert article.published == date(2021, 10, 3)
    assert site.hits("/flood.html") == [200]


def test_when_the_linked_page_fails_the_summary_is_kept(site, caplog):
    teaser = {
        "title": "Gone",
        "link": site.url("/gone.html"),
        "description": "<p>A short <b>summary</b>.</p>",
    }
    with caplog.at_level(logging.WARNING, logger="reader.sources"):
        (article,) = load(site.add("/feed", rss([teaser]), content_type=FEED_TYPE))
    assert article.text == "A short **summary**."
    assert "kept the feed's summary; the linked page failed: HTTP 404" in caplog.text


def test_linked_pages_failing_by_the_thousand_are_told_in_a_few_lines(site, caplog):
    """A feed of 5,000 short entries whose pages all fail printed 5,000 warnings."""
    teasers = [
        {"title": f"Gone {n}", "link": site.url(f"/gone-{n}.html"), "description": "Short."}
        for n in range(12)
    ]
    with caplog.at_level(logging.WARNING, logger="reader.sources"):
        articles = load(site.add("/feed", rss(teasers), content_type=FEED_TYPE))
    assert len(articles) == 12
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 4, said
    assert all("the linked page failed: HTTP 404" in line for line in said[:3])
    assert said[3].startswith(
        "warning: kept the summaries of 9 more entries: their linked pages failed too "
        "(the last: HTTP 404 Not Found: http://"
    )
    assert said[3].endswith(f"): {site.url('/feed')}")


def test_links_to_a_server_that_cannot_be_reached_are_tried_once_not_each(site, caplog):
    """A feed of many short entries linked to a dead server is read in a moment: once the
    server refuses, its other links keep their summaries untried; other servers are read."""
    with socket.socket() as probe:  # a port nothing listens on: connections are refused
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    teasers = [
        {"title": f"Gone {n}", "link": f"http://127.0.0.1:{dead}/{n}", "description": "Short."}
        for n in range(40)
    ]
    alive = {"title": "Flood", "link": site.add("/flood.html", flood_page()), "description": "x"}
    with caplog.at_level(logging.WARNING, logger="reader.sources"):
        articles = load(site.add("/feed", rss([*teasers, alive]), content_type=FEED_TYPE))
    assert len(articles) == 41
    tried = caplog.text.count("cannot reach 127.0.0.1")
    assert 1 <= tried <= PAGE_WORKERS
    skipped = f"kept the summaries of {40 - tried} more entries: their pages are on "
    assert f"{skipped}http://127.0.0.1:{dead}, which could not be reached" in caplog.text
    assert site.hits("/flood.html") == [200]


def test_an_entry_without_a_date_falls_back_to_its_date_line(site):
    entry = {"title": "Quiet day", "content": f"<p>July 4, 2019</p><p>{LONG}</p>"}
    (article,) = load(site.add("/feed", rss([entry]), content_type=FEED_TYPE))
    assert article.published == date(2019, 7, 4)


def test_a_malformed_feed_keeps_what_can_be_read(site, caplog):
    broken = rss([full_entry(1, 1), full_entry(2, 2)]).replace(
        "</channel></rss>", "<item><title>cut"
    )
    with caplog.at_level(logging.WARNING, logger="reader.sources"):
        articles = load(site.add("/broken", broken, content_type=FEED_TYPE))
    assert [a.title for a in articles][:2] == [
        "Council meeting number 2",
        "Council meeting number 1",
    ]
    assert "feed is not well-formed" in caplog.text


def test_a_feed_with_a_wrong_content_type_is_read_without_warning(site, caplog):
    feed = rss([full_entry(1, 1)], title="Café Thérèse")
    with caplog.at_level(logging.WARNING, logger="reader.sources"):
        (article,) = load(site.add("/f", feed, content_type="text/html"))  # no charset
    assert article.title == "Council meeting number 1"
    assert caplog.text == ""


def test_a_feed_with_nothing_readable_is_refused(site):
    url = site.add("/junk", "<rss version='2.0'><<<>>> &&& </", content_type=FEED_TYPE)
    with pytest.raises(SourceError, match=r"^(not a readable feed|no entries in the feed)"):
        load(url)


BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title>
<item><title>&lol3;</title></item></channel></rss>"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_an_entity_bomb_is_refused_before_feedparser_sees_it(site, monkeypatch, encoding):
    import feedparser

    def never(*args, **kwargs):
        raise AssertionError("feedparser was given the bomb")

    monkeypatch.setattr(feedparser, "parse", never)
    url = site.add("/bomb", BOMB.encode(encoding), content_type=FEED_TYPE)
    with pytest.raises(SourceError, match=r"^feed refused: it declares XML entities"):
        load(url)


LAUGHS = '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
FEED_BODY = (
    '<rss version="2.0"><channel><title>&b;</title><item><title>&b;</title></item></channel></rss>'
)


@pytest.mark.parametrize(
    "prolog",
    [
        f"<!-- <rss> --><!DOCTYPE rss [{LAUGHS}]>",  # an element-like comment first
        f"<?note <b>bold</b>?><!DOCTYPE rss [{LAUGHS}]>",  # an element-like instruction first
        f"<!DOCTYPE rss [<!-- <x> -->{LAUGHS}]>",  # inside the internal subset
        f'<!DOCTYPE rss [<!ENTITY % p "{LAUGHS}">]>',  # a parameter entity
        f"\n <!-- <rss> --><!DOCTYPE rss [{LAUGHS}]>",  # a prolog the XML parser cannot read
    ],
)
def test_entity_declarations_are_found_however_they_are_hidden(prolog):
    content = f'<?xml version="1.0"?>{prolog}{FEED_BODY}'.encode()
    with pytest.raises(SourceError, match=r"^feed refused: it declares XML entities"):
        parse_feed(content, "http://f.test/")


@pytest.mark.parametrize("encoding", ["shift_jis", "euc-kr", "big5", "gb18030"])
def test_a_feed_in_a_multibyte_encoding_is_read(encoding):
    """The XML parser that looks for entities reads no multi-byte encoding but UTF's."""
    title = {"shift_jis": "港の便り", "euc-kr": "항구 소식", "big5": "港口消息"}.get(
        encoding, "港口消息"
    )
    feed = rss([{"title": title, "description": "Olusegun Adeyemi visited Velkor."}], title)
    content = feed.replace('encoding="UTF-8"', f'encoding="{encoding}"').encode(encoding)
    assert f'encoding="{encoding}"' in content.decode(encoding)
    assert parse_feed(content, "http://f.test/")[0] == title


@pytest.mark.parametrize("encoding", ["utf-7", "shift_jis"])
def test_entity_declarations_in_an_encoding_the_parser_cannot_read_are_found(encoding):
    content = f'<?xml version="1.0" encoding="{encoding}"?><!DOCTYPE rss [{LAUGHS}]>{FEED_BODY}'
    with pytest.raises(SourceError, match=r"^feed refused: it declares XML entities"):
        parse_feed(content.encode(encoding), "http://f.test/")


def test_markup_about_entities_inside_an_entry_is_only_text():
    text = "<![CDATA[Write &lt;!ENTITY a 'x'&gt; in a DOCTYPE to declare one.]]>"  # HTML
    content = f'<?xml version="1.0"?><rss version="2.0"><channel><title>XML tips</title><item><title>Entities</title><description>{text}</description></item></channel></rss>'
    title, (article,) = parse_feed(content.encode(), "http://f.test/")
    assert title == "XML tips"
    assert "<!ENTITY a 'x'>" in article.text


def test_parse_feed_skips_entries_already_known():
    content = rss([full_entry(1, 1), full_entry(2, 2)]).encode()
    title, articles = parse_feed(content, "http://f.test/", known={"http://news.test/meeting-1"})
    assert title == "Valley Courier"
    assert [a.url for a in articles] == ["http://news.test/meeting-2"]


# -- refreshing the library's feeds ------------------------------------------------


def test_refresh_adds_entries_and_reports_progress(site, store):
    a = site.add("/a.xml", rss([full_entry(1, 1)], title="Feed A"), content_type=FEED_TYPE)
    b = site.add("/b.xml", rss([full_entry(2, 2), full_entry(3, 3)]), content_type=FEED_TYPE)
    store.add_feed(a)
    store.add_feed(b)
    calls = []
    report = refresh_feeds(store, lambda done, total, url: calls.append((done, total, url)))
    assert (report.feeds, report.updated, report.added, report.errors) == (2, 2, 3, [])
    assert calls[0] == (0, 2, "")
    assert [(done, total) for done, total, _ in calls] == [(0, 2), (1, 2), (2, 2)]
    assert sorted(url for _, _, url in calls[1:]) == sorted([a, b])
    assert {e.title for e in store.entries()} == {f"Council meeting number {n}" for n in (1, 2, 3)}
    assert {e.feed for e in store.entries()} == {a, b}
    assert {f.url: f.title for f in store.feeds()}[a] == "Feed A"
    assert report.summary() == "2 feeds: 3 new articles"


def test_an_unchanged_feed_downloads_nothing_the_second_time(site, store):
    url = site.add(
        "/a.xml",
        rss([full_entry(1, 1)]),
        content_type=FEED_TYPE,
        headers={"ETag": '"r1"', "Last-Modified": "Mon, 01 Mar 2021 10:00:00 GMT"},
    )
    store.add_feed(url)
    refresh_feeds(store)
    (_, headers, _) = site.requests[-1]
    again = refresh_feeds(store)
    (_, headers, status) = site.requests[-1]
    assert headers["If-None-Match"] == '"r1"'
    assert headers["If-Modified-Since"] == "Mon, 01 Mar 2021 10:00:00 GMT"
    assert status == 304
    assert (again.unchanged, again.added) == (1, 0)
    assert again.summary() == "1 feed: 0 new articles, 1 unchanged"


def test_only_new_entries_are_added_and_fetched(site, store):
    link = site.add("/flood.html", flood_page())
    old = {"title": "Old", "link": link, "description": "teaser"}
    url = site.add("/a.xml", rss([old]), content_type=FEED_TYPE)
    store.add_feed(url)
    refresh_feeds(store)
    new = {"title": "New", "link": site.add("/new.html", flood_page()), "description": "teaser"}
    site.add("/a.xml", rss([new, old]), content_type=FEED_TYPE)
    report = refresh_feeds(store)
    assert report.added == 1
    assert site.hits("/flood.html") == [200]  # the known entry's page is not fetched again
    assert sorted(e.title for e in store.entries()) == ["New", "Old"]


def test_failed_feeds_are_listed_with_their_reason(site, store):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/feed"
    good = site.add("/good.xml", rss([full_entry(1, 1)]), content_type=FEED_TYPE)
    missing = site.url("/missing.xml")
    page = site.add("/page.html", flood_page())
    for url in (good, missing, dead, page):
        store.add_feed(url)
    report = refresh_feeds(store)
    errors = dict(report.errors)
    assert set(errors) == {missing, dead, page}
    assert errors[missing] == "HTTP 404 Not Found"
    assert errors[dead].startswith("cannot reach 127.0.0.1 (")
    assert not errors[dead].endswith(dead)  # the URL is not repeated
    assert errors[page] == "not a feed (text/html)"
    assert report.added == 1
    assert {f.url: f.last_error for f in store.feeds()}[missing] == "HTTP 404 Not Found"
    assert {f.url: f.last_error for f in store.feeds()}[good] is None


def test_offline_the_library_stays_and_the_refresh_says_why(site, store):
    url = site.add("/a.xml", rss([full_entry(1, 1)]), content_type=FEED_TYPE)
    store.add_feed(url)
    refresh_feeds(store)
    site.routes.clear()
    site.add("/a.xml", "", status=503)
    report = refresh_feeds(store)
    assert report.errors == [(url, "HTTP 503 Service Unavailable")]
    assert [e.title for e in store.entries()] == ["Council meeting number 1"]
    assert "1 failed" in report.summary()


def test_subscribing_registers_the_feed_with_its_validators(site, store):
    url = site.add(
        "/a.xml", rss([full_entry(1, 1)]), content_type=FEED_TYPE, headers={"ETag": '"e"'}
    )
    found, _ = add(store, url)
    articles, errors = found.articles, found.errors
    assert [a.title for a in articles] == ["Council meeting number 1"] and errors == []
    (feed,) = store.feeds()
    assert (feed.url, feed.title, feed.etag) == (url, "Valley Courier", '"e"')


def test_subscribing_to_a_page_registers_nothing(site, store):
    (article,) = add(store, site.add("/flood.html", flood_page()))[0].articles
    assert article.title == "River floods the lower town"
    assert store.feeds() == []


def test_item_12_a_page_has_one_date_through_its_feed_and_directly(site):
    link = site.add("/flood.html", flood_page())  # its metadata: 3 October 2021
    teaser = {
        "title": "Flood",
        "link": link,
        "description": "Rain floods Ardmore.",
        "date": "Sat, 02 Oct 2021 08:00:00 GMT",
    }
    (through_feed,) = load(site.add("/feed", rss([teaser]), content_type=FEED_TYPE))
    (direct,) = load(link)
    assert through_feed.published == direct.published == date(2021, 10, 3)


@pytest.mark.parametrize("listed", ["newest first", "oldest first", "newest first, no times"])
def test_a_days_entries_are_listed_as_published_newest_first(store, site, listed):
    hours = [10, 9, 8] if listed.startswith("newest") else [8, 9, 10]
    entries = [full_entry(n, 1) | {"date": f"Mon, 01 Mar 2021 {n:02d}:00:00 GMT"} for n in hours]
    if listed.endswith("no times"):
        entries = [{k: v for k, v in e.items() if k != "date"} for e in entries]
    url = site.add("/feed.xml", rss(entries), content_type=FEED_TYPE)
    add(store, url)
    assert [e.title for e in store.entries(feed=url)] == [
        "Council meeting number 10",
        "Council meeting number 9",
        "Council meeting number 8",
    ]


def test_scripts_and_styles_in_a_feeds_html_are_not_text():
    code = "&lt;script&gt;steal()&lt;/script&gt;&lt;style&gt;b {color: red}&lt;/style&gt;"
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Harbour {code}log</title>
<id>urn:x</id><updated>2022-05-02T00:00:00Z</updated>
<entry><title type="html">Tug {code}rescues yacht</title><link href="http://h.test/tug"/>
<id>urn:tug</id><updated>2022-05-02T09:00:00Z</updated>
<summary type="html">A tug {code}rescued a yacht.</summary></entry></feed>"""
    title, (article,) = parse_feed(atom.encode(), "http://h.test/atom")
    assert (title, article.title) == ("Harbour log", "Tug rescues yacht")
    assert "A tug rescued a yacht" in article.text
    assert "steal" not in article.text and "color" not in article.text


def test_a_flood_of_entries_is_read_up_to_the_limit(monkeypatch, caplog):
    monkeypatch.setattr("reader.sources.feeds.MAX_ENTRIES", 3)
    items = [
        {"title": f"Notice {n}", "link": f"http://f.test/{n}", "description": "x"} for n in range(7)
    ]
    title, articles = parse_feed(rss(items).encode(), "http://f.test/feed")
    assert title == "Valley Courier"
    assert [a.title for a in articles] == ["Notice 0", "Notice 1", "Notice 2"]
    (message,) = [r.getMessage() for r in caplog.records]
    assert message == "warning: the feed lists 7 entries; read the first 3: http://f.test/feed"


def test_an_entry_without_a_title_is_named_by_its_first_words():
    # A microblog's or a status page's feed: posts with no title, some with no link.
    post = (
        "<p>The ferry to <a href='http://x.test/stroma'>Stroma</a> is held by fog this "
        "morning; the harbour master says it sails at noon once the fog lifts.</p>"
    )
    feed = rss(
        [
            {"link": "http://social.test/@harbour/1", "description": post},
            {"description": "Quay lights mended."},
        ]
    ).encode()
    _, articles = parse_feed(feed, "http://social.test/@harbour.rss")
    assert [a.title for a in articles] == [
        "The ferry to Stroma is held by fog this morning; the harbour master says it…",
        "Quay lights mended.",
    ]


def test_a_broken_feed_with_a_title_but_no_entry_readable_is_refused(caplog):
    """A feed cut short (at the size limit, by a dropped connection) keeps its title and
    loses every entry: it was subscribed to as "0 articles" with "kept the 0 entries"
    at every refresh; nothing was read of it, so it is a feed that failed, and says why."""
    cut = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title><item>'
    with pytest.raises(SourceError, match=r"^not a readable feed \(.+\): http://f.test/$"):
        parse_feed(cut, "http://f.test/")
    assert "kept the 0" not in caplog.text


def test_a_feed_cut_at_the_size_limit_says_so_as_its_error(site):
    """A feed too big (a gzip bomb, a feed that never ends) failed with the parser's words,
    "no element found" at column 10485777; it says it was cut at the limit."""
    from reader.sources.feeds import read_feed
    from reader.sources.fetch import Limits

    head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title>'
    url = site.add("/big.xml", head + b" " * 5000, content_type=FEED_TYPE)
    result = read_feed(url, limits=Limits(timeout=1, total=4, max_bytes=1000))
    assert result.state.error == "not a readable feed: cut at the 1000 bytes limit", (
        result.state.error
    )
