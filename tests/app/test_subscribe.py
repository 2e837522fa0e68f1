"""Pilot tests: subscribing from the app, removing with a confirmation, a feed given on the
command line opening on its list, a feed removed while it is refreshed."""

from __future__ import annotations

import threading

import pytest
from textual.app import App

import reader.sources.feeds
from reader.notices import AT_ONCE
from reader.screens.confirm import ConfirmScreen
from reader.screens.feeds import FeedList, FeedsScreen
from reader.screens.prompt import PromptScreen
from reader.screens.reading import ReadingScreen
from reader.widgets.footer import KeyFooter
from tests.app.conftest import settle
from tests.app.feeds_helpers import HARBOUR, HILLS, serve_feeds
from tests.app.helpers import option_texts, send_burst


def rows(app) -> list[str]:
    return option_texts(app.screen.query_one(FeedList))


def feed_route(site, path: str, text: str) -> str:
    return site.add(path, text.format(base=site.base), content_type="application/rss+xml")


async def type_in_prompt(pilot, text: str) -> None:
    await settle(pilot)
    assert isinstance(pilot.app.screen, PromptScreen)
    await pilot.press(*text)
    await pilot.press("enter")
    await settle(pilot)


async def test_subscribe_with_a_key_opens_the_feed_list(make_app, store, site, seed_path):
    url = feed_route(site, "/harbour.xml", HARBOUR)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await type_in_prompt(pilot, url)
        assert isinstance(app.screen, FeedsScreen)
        assert [line.split("  · ")[0] for line in rows(app)] == [
            "● Tue 27 Jun 2023  Ferry returns",
            "● Mon 26 Jun 2023  Quay repaired",
        ]
        assert [f.title for f in store.feeds()] == ["Harbour news"]
        assert store.unindexed_entries() == []  # analysed: who's who, t and a need not wait
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen) and app.screen.title == "Ferry returns"


async def test_a_failing_feed_url_is_a_message_and_adds_nothing(make_app, store, site, seed_path):
    bad = site.add("/gone.xml", "gone", status=404)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        before = [e.id for e in store.entries()]
        await pilot.press("ctrl+p")
        await pilot.press(*"subscribe")
        await pilot.press("enter")
        await type_in_prompt(pilot, bad)
        assert isinstance(app.screen, ReadingScreen)
        messages = [n.message for n in app._notifications if n.title == "Could not subscribe"]
        assert len(messages) == 1 and "404" in messages[0]
        assert store.feeds() == [] and [e.id for e in store.entries()] == before


async def test_the_palette_open_takes_a_url(make_app, store, site, seed_path):
    url = feed_route(site, "/hills.xml", HILLS)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"open file")
        await pilot.press("enter")
        await type_in_prompt(pilot, url)
        assert isinstance(app.screen, FeedsScreen)
        assert rows(app)[0].startswith("● Wed 28 Jun 2023  Bridge reopens")


async def test_remove_a_feed_and_an_article_after_confirming(make_app, store, site):
    urls = serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        await pilot.press("down", "down", "down", "d")  # Hill post: its one article is read
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert len(store.feeds()) == 3
        await pilot.press("d")
        assert "Its 1 read article stays." in str(app.screen.query_one("Label").render())
        await pilot.press("y")
        await settle(pilot)
        assert [f.url for f in store.feeds()] == [urls["harbour"], urls["broken"]]
        assert "Bridge reopens" in [e.title for e in store.entries()]  # opened: kept
        assert not any("Hill post" in line for line in rows(app))
        await pilot.press("up", "enter", "d")  # Harbour news, its first article
        await pilot.press("y")
        await settle(pilot)
        assert [line.split("  · ")[0] for line in rows(app)] == ["● Mon 26 Jun 2023  Quay repaired"]
        assert "Ferry returns" not in [e.title for e in store.entries()]
        await pilot.press("escape", "escape", "u")  # next unread steps over what is gone
        await settle(pilot)
        assert app.screen.title == "Quay repaired"


async def test_a_feed_given_on_the_command_line_opens_on_its_list_even_when_known(
    make_app, store, site
):
    url = feed_route(site, "/harbour.xml", HARBOUR)
    for _ in range(2):  # the second time every item is already in the library
        app = make_app(url)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, FeedsScreen)
            assert len(rows(app)) == 2 and "Ferry returns" in rows(app)[0]
            await pilot.press("escape", "escape")  # no choice: the newest is shown
            await settle(pilot)
            assert app.screen.title == "Ferry returns"


async def test_a_feed_removed_while_refreshing_is_not_added_back(
    make_app, store, site, monkeypatch
):
    urls = serve_feeds(site, store)
    real = reader.sources.feeds.read_feeds
    started, resume = threading.Event(), threading.Event()

    def slow_read(*args, **kwargs):
        started.set()
        resume.wait(5)
        yield from real(*args, **kwargs)

    monkeypatch.setattr(reader.sources.feeds, "read_feeds", slow_read)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        for _ in range(50):
            await pilot.pause(0.05)
            if started.is_set():
                break
        await pilot.press("F")  # opened while the refresh goes on: its footer says so
        await pilot.pause()
        assert "Refreshing feeds: 0 of 3" in str(app.screen.query_one(KeyFooter).render())
        await pilot.press("down", "down", "d", "y")  # Harbour news, mid-refresh
        await pilot.pause()
        resume.set()
        await settle(pilot)
        assert urls["harbour"] not in [f.url for f in store.feeds()]
        assert not any(e.feed == urls["harbour"] for e in store.entries(unread=True))


async def test_removing_articles_one_after_another_keeps_the_article_read_in_its_place(
    make_app, store, site
):
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("]", "]")  # the oldest of the library: Quay repaired
        await settle(pilot)
        assert app.screen.title == "Quay repaired"
        await pilot.press("F")
        await settle(pilot)
        await pilot.press("down", "down", "down", "enter", "d", "y")  # Hill post's article
        await settle(pilot)
        await pilot.press("escape", "up", "enter", "d", "y")  # Harbour news: Ferry returns
        await settle(pilot)
        assert [e.title for e in store.entries()] == ["Quay repaired"]
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert app.screen.title == "Quay repaired"
        await pilot.press("]")  # the one article left: said, not an error
        await settle(pilot)
        assert app.screen.title == "Quay repaired"
        assert any("only article" in n.message for n in app._notifications)


async def test_the_feeds_screen_subscribes_with_its_key(make_app, store, site, seed_path):
    url = feed_route(site, "/hills.xml", HILLS)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        await pilot.press("s")
        await type_in_prompt(pilot, url)
        assert isinstance(app.screen, FeedsScreen)
        assert rows(app)[0].startswith("● Wed 28 Jun 2023  Bridge reopens")
        assert [f.title for f in store.feeds()] == ["Hill post"]


@pytest.mark.parametrize("first", ["", "F"])
async def test_a_url_typed_at_once_after_s_is_the_feed_subscribed(
    make_app, store, site, seed_path, first
):
    """The key "s", a URL and enter sent in one burst (typed ahead, or from a script) lost the
    URL's first letters, and its "/" opened the find prompt over the question: the keys
    after "s" are the URL, on the reading screen and on the Feeds screen."""
    url = feed_route(site, "/hills.xml", HILLS)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if first:
            await pilot.press(first)
            await settle(pilot)
        send_burst(app, "s" + url, "enter")
        await settle(pilot)
        assert [f.title for f in store.feeds()] == ["Hill post"]
        assert isinstance(app.screen, FeedsScreen)


async def test_a_burst_of_warnings_shows_a_few_and_counts_the_rest(
    make_app, store, site, seed_path, monkeypatch
):
    # each entry's date outside the calendar is a warning of its own (its pages, which
    # fail too, would be told in four lines: the first three and one for the rest)
    items = "".join(
        f"<item><title>Item {i}</title><link>{site.base}/gone/{i}</link>"
        f"<pubDate>0000-01-{i + 1:02d}T00:00:00Z</pubDate>"
        "<description>Short.</description></item>"
        for i in range(12)
    )
    url = site.add(
        "/many.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>{items}'
        "</channel></rss>",
        content_type="application/rss+xml",
    )
    shown: list[str] = []  # what reaches Textual's toasts
    monkeypatch.setattr(App, "notify", lambda app, message, **kw: shown.append(message))
    app = make_app(seed_path)
    app.NOTIFICATION_TIMEOUT = 0.5
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await type_in_prompt(pilot, url)
        for _ in range(30):
            await pilot.pause(0.1)
            if len(shown) > AT_ONCE:
                break
        assert len(store.feeds()) == 1
        assert len(shown) == AT_ONCE + 1
        assert all("outside the calendar" in m for m in shown[:AT_ONCE])
        held = int(shown[-1].split()[0])
        assert held >= 12 - AT_ONCE and "more messages not shown; the last:" in shown[-1]


async def test_subscribing_again_says_already_subscribed(make_app, store, site, seed_path):
    url = feed_route(site, "/harbour.xml", HARBOUR)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(2):
            await pilot.press("s")
            await type_in_prompt(pilot, url)
            await pilot.press("escape")
            await settle(pilot)
        said = [n.message for n in app._notifications if "subscribed" in n.message.lower()]
        assert said == [
            "Subscribed to Harbour news: 2 articles.",
            "Already subscribed to Harbour news: 2 articles.",
        ]
        assert len(store.feeds()) == 1
