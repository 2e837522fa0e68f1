"""Pilot tests: starring an article to keep it for later, from the article and a list."""

from __future__ import annotations

from reader.screens.feeds import FeedList, FeedsScreen
from reader.screens.reading import ReadingScreen
from tests.app.conftest import settle
from tests.app.feeds_helpers import serve_feeds
from tests.app.helpers import option_texts


def title_bar(app) -> str:
    return str(app.reading.query_one("#title-bar").render())


def rows(app) -> list[str]:
    return option_texts(app.screen.query_one(FeedList))


async def test_a_star_from_the_article_is_listed_under_starred_and_taken_back_there(
    make_app, store, site
):
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.title == "Bridge reopens" and "★" not in title_bar(app)
        await pilot.press("F")
        await settle(pilot)
        assert not any("Starred" in row for row in rows(app))  # none starred yet
        await pilot.press("escape", "asterisk")
        await settle(pilot)
        assert "★ Bridge reopens" in title_bar(app)
        await pilot.press("F")
        await settle(pilot)
        starred = next(i for i, row in enumerate(rows(app)) if "Starred" in row)
        assert rows(app)[starred].split() == ["0/1", "Starred"]  # read, starred
        await pilot.press(*["down"] * starred, "enter")
        await settle(pilot)
        [line] = rows(app)
        assert line.startswith("★ ") and "Bridge reopens" in line
        await pilot.press("asterisk")  # unstarred here: the list empties
        await settle(pilot)
        assert rows(app) == [] and "Starred ─ 0 articles" in str(
            app.screen.query_one("#feeds-title").render()
        )
        await pilot.press("escape")
        await settle(pilot)
        assert not any("Starred" in row for row in rows(app))
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)


async def test_a_star_taken_back_on_the_article_leaves_the_title_bar(make_app, store, site):
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("asterisk")
        await settle(pilot)
        assert "★" in title_bar(app) and store.counts(starred=True) == (0, 1)
        await pilot.press("asterisk")
        await settle(pilot)
        assert "★" not in title_bar(app) and store.counts(starred=True) == (0, 0)
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        await pilot.press("enter")  # All articles: the star is gone there too
        await settle(pilot)
        assert not any(row.startswith("★") for row in rows(app))
