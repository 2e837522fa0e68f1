"""Pilot tests: feeds refreshed at start and every N minutes, in the background; the article
being read never changes, the counts and lists follow."""

from __future__ import annotations

import reader.app
from reader.screens.feeds import FeedList, FeedsScreen
from reader.settings import Settings
from tests.app.conftest import settle
from tests.app.feeds_helpers import HARBOUR, HILLS
from tests.app.helpers import option_texts


def keep_notifications(app) -> list[str]:
    """Every message the app says (shown notifications expire on a slow machine)."""
    told, notify = [], app.notify

    def telling(message, *args, **kwargs):
        told.append(message)
        notify(message, *args, **kwargs)

    app.notify = telling
    return told


def subscribe_unread(site, store) -> dict[str, str]:
    """Three feeds subscribed but never fetched (one of them failing)."""
    urls = {
        "harbour": site.add(
            "/harbour.xml", HARBOUR.format(base=site.base), content_type="application/rss+xml"
        ),
        "hills": site.add(
            "/hills.xml", HILLS.format(base=site.base), content_type="application/rss+xml"
        ),
        "broken": site.add("/broken.xml", "down", status=503),
    }
    for url in urls.values():
        store.add_feed(url)
    return urls


async def test_feeds_refresh_at_start_without_moving_the_article(make_app, store, site, seed_path):
    subscribe_unread(site, store)
    app = make_app(seed_path, settings=Settings(refresh_at_start=True))
    told = keep_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        seed_title = app.screen.title
        assert seed_title and seed_title not in ("Ferry returns", "Quay repaired")
        assert {e.title for e in store.entries(unread=True)} >= {"Ferry returns", "Bridge reopens"}
        assert "3 unread" in str(app.reading.query_one("#title-bar").render())
        assert [m for m in told if "Feeds refreshed" in m] == [
            "Feeds refreshed: 3 feeds: 3 new articles, 1 failed"
        ]
        await pilot.press("F")
        await settle(pilot)
        lines = option_texts(app.screen.query_one(FeedList))
        assert lines[2].startswith("    2/2     Harbour news") and "failed: HTTP 503" in lines[4]


async def test_no_refresh_at_start_when_set_off(make_app, store, site, seed_path):
    subscribe_unread(site, store)
    app = make_app(seed_path, settings=Settings(refresh_at_start=False))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert site.requests == [] and store.entries(unread=True) == []


async def test_feeds_refresh_every_interval_and_the_open_list_follows(
    make_app, store, site, seed_path, monkeypatch
):
    monkeypatch.setattr(reader.app, "MINUTE", 0.2)  # an interval of 1 "minute": 0.2 s
    urls = subscribe_unread(site, store)
    app = make_app(seed_path, settings=Settings(refresh_at_start=False, refresh_interval=1))
    told = keep_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        seed_title = app.screen.title
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        for _ in range(40):
            await pilot.pause(0.1)
            if len(site.hits("/harbour.xml")) >= 1:
                break
        await settle(pilot)
        await pilot.pause(0.3)
        await settle(pilot)
        lines = option_texts(app.screen.query_one(FeedList))
        assert lines[2].startswith("    2/2     Harbour news")  # the list on screen redrawn
        assert app.reading.title == seed_title  # the article read stays
        hits = len(site.hits("/harbour.xml"))
        for _ in range(20):
            await pilot.pause(0.1)
        await settle(pilot)
        assert len(site.hits("/harbour.xml")) > hits  # and again
        said = [m for m in told if "Feeds refreshed" in m]
        assert said == ["Feeds refreshed: 3 feeds: 3 new articles, 1 failed"]  # not at each
        assert urls["broken"] in [f.url for f in store.feeds() if f.last_error]
