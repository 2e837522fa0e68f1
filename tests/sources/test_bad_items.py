"""One bad item never sinks the batch: a bad date, string or entry is a warning."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from reader.library import add
from reader.screens.feeds import source_name
from reader.sources import load
from reader.sources.errors import SourceError
from reader.store import Store
from reader.store.records import LibraryEntry
from tests.sources.samples import FEED_TYPE, rss

TEXT = "The ferry to Inishmore sails again from the new pier, the harbour master said."


def entry(n: int, date: str) -> dict[str, str]:
    return {
        "title": f"Ferry notice {n}",
        "link": f"http://news.test/ferry-{n}",
        "content": f"<p>{TEXT * 12} Notice {n}.</p>",
        "date": date,
    }


def test_an_entry_dated_year_0_is_a_warning_and_the_feed_is_kept(site, caplog):
    items = [
        entry(1, "Mon, 01 Mar 2021 10:00:00 GMT"),
        entry(2, "0000-01-01T00:00:00Z"),
        entry(3, "Mon, 08 Mar 2021 10:00:00 GMT"),
    ]
    url = site.add("/feed.xml", rss(items), content_type=FEED_TYPE)
    with caplog.at_level(logging.WARNING, logger="reader"):
        articles = load(url)
    # newest first; the entry with no date it can keep, last
    assert [a.title for a in articles] == ["Ferry notice 3", "Ferry notice 1", "Ferry notice 2"]
    assert articles[2].published is None
    assert "date outside the calendar (0000-01-01T00:00:00Z)" in caplog.text


def test_an_opml_list_with_such_a_feed_imports_every_feed(site, tmp_path):
    good = site.add(
        "/good.xml", rss([entry(1, "Mon, 01 Mar 2021 10:00:00 GMT")]), content_type=FEED_TYPE
    )
    odd = site.add(
        "/odd.xml",
        rss([entry(2, "0000-01-01T00:00:00Z"), entry(3, "Mon, 08 Mar 2021 10:00:00 GMT")]),
        content_type=FEED_TYPE,
    )
    opml = (
        '<?xml version="1.0"?><opml version="2.0"><body>'
        f'<outline text="Odd" xmlUrl="{odd}"/><outline text="Good" xmlUrl="{good}"/>'
        "</body></opml>"
    )
    listed = site.add("/list.opml", opml, content_type="text/x-opml")
    with Store.open(tmp_path / "cache") as store:
        found, _ = add(store, listed)
        articles, errors = found.articles, found.errors
        assert errors == []
        assert sorted(a.title for a in articles) == [f"Ferry notice {n}" for n in (1, 2, 3)]
        assert {f.url for f in store.feeds()} == {good, odd}


BAD_URLS = ["http://[::1", "http://[no-address]/x", "https://xn--/a", "http://news.test:port/"]


def test_links_that_do_not_parse_leave_their_entries_their_summaries(site, caplog):
    items = [entry(1, "Mon, 01 Mar 2021 10:00:00 GMT")] + [
        {"title": f"Odd link {n}", "link": url, "description": "A short summary."}
        for n, url in enumerate(BAD_URLS)
    ]
    url = site.add("/feed.xml", rss(items), content_type=FEED_TYPE)
    with caplog.at_level(logging.WARNING, logger="reader"):
        articles = load(url)
    assert [a.title for a in articles] == ["Ferry notice 1"] + [f"Odd link {n}" for n in range(4)]
    assert all(a.text == "A short summary." for a in articles[1:])
    assert "the linked page failed: bad URL" in caplog.text


def test_an_opml_list_with_urls_that_do_not_parse_subscribes_the_others(site, tmp_path):
    good = site.add(
        "/good.xml", rss([entry(1, "Mon, 01 Mar 2021 10:00:00 GMT")]), content_type=FEED_TYPE
    )
    outlines = "".join(f'<outline text="x" xmlUrl="{url}"/>' for url in [*BAD_URLS, good])
    opml = f'<?xml version="1.0"?><opml version="2.0"><body>{outlines}</body></opml>'
    listed = site.add("/list.opml", opml, content_type="text/x-opml")
    with Store.open(tmp_path / "cache") as store:
        found, _ = add(store, listed)
        assert good in [f.url for f in store.feeds()]
        assert sorted(url for url, _ in found.errors) == sorted(BAD_URLS)


@pytest.mark.parametrize("url", BAD_URLS)
def test_a_url_that_does_not_parse_is_a_source_error(url):
    with pytest.raises(SourceError, match="URL"):
        load(url)


def test_an_entry_whose_feed_url_does_not_parse_still_names_its_source():
    odd = LibraryEntry(1, "Title", "http://[::1", "http://[::1", "http://[::1", None, "", False, "")
    assert source_name(odd, {}) == "http://[::1"


@pytest.mark.parametrize("reference", ["&#xD800;", "&#57343;", "&#x110000;", "&#" + "9" * 30 + ";"])
def test_a_reference_to_no_character_spoils_only_itself(site, reference):
    """Not well-formed XML, so feedparser's lenient parser reads the feed: it made
    the reference a character with chr() and ended in a traceback."""
    items = [entry(1, "Mon, 01 Mar 2021 10:00:00 GMT"), entry(2, "Mon, 08 Mar 2021 10:00:00 GMT")]
    items[0]["title"] = f"Ferry {reference} notice"
    url = site.add("/feed.xml", rss(items), content_type=FEED_TYPE)
    articles = load(url)
    assert sorted(a.title for a in articles) == ["Ferry notice 2", "Ferry \ufffd notice"]


def test_an_entry_dated_past_tomorrow_is_a_warning_and_left_undated(site, caplog):
    """No entry was published after it was read: a date years ahead (a broken or
    hostile feed) would keep the entry at the top of the library for good."""
    items = [entry(1, "Fri, 31 Dec 9999 10:00:00 GMT"), entry(2, "Mon, 08 Mar 2021 10:00:00 GMT")]
    url = site.add("/feed.xml", rss(items), content_type=FEED_TYPE)
    with caplog.at_level(logging.WARNING, logger="reader"):
        articles = load(url)
    assert [(a.title, a.published) for a in articles] == [
        ("Ferry notice 2", date(2021, 3, 8)),
        ("Ferry notice 1", None),
    ]
    assert "ignored an entry's date in the future (9999-12-31)" in caplog.text


def test_an_entry_tag_of_a_hundred_thousand_attributes_is_read_in_a_moment(site):
    """The standard library's SAX looks each attribute up among all the others: an
    <item> of 100,000 attributes held 'reader add' for hours."""
    import time

    crowd = " ".join(f'data-v{n}="x"' for n in range(100_000))
    feed = rss([entry(1, "Mon, 01 Mar 2021 10:00:00 GMT")]).replace("<item>", f"<item {crowd}>")
    url = site.add("/feed.xml", feed, content_type=FEED_TYPE)
    start = time.monotonic()
    (article,) = load(url)
    assert article.title == "Ferry notice 1" and time.monotonic() - start < 10
