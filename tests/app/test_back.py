"""Pilot tests: escape with nothing lit goes back to the list the article came from."""

from __future__ import annotations

from reader.screens.feeds import FeedList, FeedsScreen
from reader.screens.library import LibraryScreen
from reader.screens.reading import ReadingScreen
from tests.app.conftest import settle
from tests.app.feeds_helpers import serve_feeds
from tests.app.helpers import option_texts


def feeds_title(app) -> str:
    return str(app.screen.query_one("#feeds-title").render())


async def test_escape_goes_back_to_the_feeds_list_once_words_found_are_cleared(
    make_app, store, site
):
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("escape")  # opened at start, from no list: escape stays here
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        await pilot.press("F")
        await settle(pilot)
        harbour = next(
            i
            for i, row in enumerate(option_texts(app.screen.query_one(FeedList)))
            if "Harbour news" in row
        )
        await pilot.press(*["down"] * harbour, "enter", "down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen) and app.screen.title == "Quay repaired"
        await pilot.press("slash", *"rowing", "enter")
        await settle(pilot)
        await pilot.press("escape")  # the words found go first
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        assert "─ Harbour news ─" in feeds_title(app)
        assert app.screen.query_one(FeedList).highlighted == 1  # on the article it opened
        await pilot.press("escape", "escape")  # to the feeds, then back to the article
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        await pilot.press("escape")  # back once only: no loop into the Feeds screen
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen) and app.screen.title == "Quay repaired"


async def test_escape_goes_back_to_the_library_an_article_was_opened_from(make_app, store, site):
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
