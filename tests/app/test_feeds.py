"""Pilot test: `r` refreshes the feeds in the background, with progress and errors."""

from __future__ import annotations

import threading

import reader.library
from reader.widgets.footer import KeyFooter
from tests.app.conftest import settle

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour news</title><link>{base}/</link>
<item><title>Ferry returns to the harbour</title><link>{base}/ferry.html</link>
<pubDate>Tue, 27 Jun 2023 09:00:00 GMT</pubDate>
<description>{body}</description></item>
</channel></rss>"""


async def test_refresh_shows_progress_and_the_failing_feed(
    make_app, store, seed_path, site, monkeypatch
):
    body = " ".join(["The ferry from Oban returned to the harbour on Monday."] * 30)
    good = site.add(
        "/good.xml", RSS.format(base=site.base, body=body), content_type="application/rss+xml"
    )
    bad = site.add("/bad.xml", "down", status=503)
    store.add_feed(good)
    store.add_feed(bad)

    real = reader.library.refresh_feeds
    halfway, resume = threading.Event(), threading.Event()

    def paused_refresh(store_, on_progress=None, **kwargs):
        def progress(done, total, url):
            on_progress(done, total, url)
            if done == 1:
                halfway.set()
                resume.wait(5)

        return real(store_, progress, **kwargs)

    monkeypatch.setattr(reader.library, "refresh_feeds", paused_refresh)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        for _ in range(50):
            await pilot.pause(0.1)
            if halfway.is_set():
                break
        await pilot.pause(0.1)
        footer = app.screen.query_one(KeyFooter)
        assert "Refreshing feeds: 1 of 2" in str(footer.render())
        await pilot.press("2")  # the UI answers meanwhile
        assert app.focused.id == "actors"
        resume.set()
        await settle(pilot)
        assert "Refreshing" not in str(footer.render())
        messages = [n.message for n in app._notifications]
        assert any(bad in m and "503" in m for m in messages)
        assert any("2 feeds: 1 new article" in m and "1 failed" in m for m in messages)
        titles = [e.title for e in store.entries()]
        assert "Ferry returns to the harbour" in titles


async def test_a_feed_fetched_once_opens_offline(make_app, store, site):
    body = " ".join(["The lighthouse in Wick was repainted on Tuesday by volunteers."] * 30)
    feed = site.add(
        "/feed.xml", RSS.format(base=site.base, body=body), content_type="application/rss+xml"
    )
    app = make_app(feed)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the feed opens on its list of articles
        await settle(pilot)
        assert app.screen.title == "Ferry returns to the harbour"
    site.add("/feed.xml", "gone", status=503)  # the network is down now
    app = make_app(feed)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.title == "Ferry returns to the harbour"
        notes = [(n.title, n.message) for n in app._notifications]
        assert any("503" in m and "copy kept in the library" in t for t, m in notes), notes


async def test_feeds_that_fail_are_one_message_and_the_feeds_screen_names_each(
    make_app, store, seed_path, site
):
    from reader.screens.feeds import FeedList, FeedsScreen
    from tests.app.helpers import option_texts

    down = [site.add(f"/down{n}.xml", "down", status=503) for n in range(6)]
    for url in down:
        store.add_feed(url)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        said = [m for m in messages if "6 feeds could not be read: see Feeds (F)" in m]
        assert len(said) == 1 and "0 new articles" in said[0]
        assert not any(url in m for url in down for m in messages)  # one toast, not six
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        rows = option_texts(app.screen.query_one(FeedList))
        assert all(any(url in r and "failed: HTTP 503" in r for r in rows) for url in down)


async def test_an_entry_without_a_link_names_its_feed_in_the_title_bar(make_app, store, site):
    notes = """<?xml version="1.0"?><rss version="2.0"><channel><title>Status board</title>
    <item><title>Quay lights mended</title><description>The quay lights work again.</description>
    </item></channel></rss>"""
    feed = site.add("/status.xml", notes, content_type="application/rss+xml")
    app = make_app(feed)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the feed's list opens: its one article
        await settle(pilot)
        assert app.screen.title == "Quay lights mended"
        assert app.screen.sub_title == f"no date · {feed}"  # not its identity, feed#entry-…


async def test_failed_feeds_message_says_where_the_errors_are_from_the_feeds_screen(
    make_app, store, seed_path, site
):
    """On the Feeds screen "see Feeds (F)" pointed at where the user already was (and in
    a feed's list F is not bound): the message says what is true there."""
    from reader.screens.feeds import FeedsScreen

    for n in range(2):
        store.add_feed(site.add(f"/down{n}.xml", "down", status=503))
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        await pilot.press("r")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert any("2 feeds could not be read: each says why in the list." in m for m in said)
        await pilot.press("enter")  # All articles
        await pilot.press("r")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert any("2 feeds could not be read: escape lists them." in m for m in said)
        assert not any("see Feeds (F)" in m for m in said)


async def test_a_sloppy_feed_warns_once_a_session_not_at_every_refresh(make_app, store, site):
    """A feed that is not well-formed but readable warned at every refresh, the automatic
    ones every 30 minutes too: a morning's reading was interrupted by the same toast."""
    body = " ".join(["The ferry from Oban returned to the harbour on Monday."] * 30)
    sloppy = RSS.format(base=site.base, body=body).replace("</channel>", "")  # never closed
    store.add_feed(site.add("/sloppy.xml", sloppy, content_type="application/rss+xml"))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(2):
            await pilot.press("r")
            await settle(pilot)
        said = [n.message for n in app._notifications if "not well-formed" in n.message]
        assert len(said) == 1, said
