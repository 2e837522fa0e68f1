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


async def test_an_actors_long_list_of_articles_pages_on_without_repeating(make_app, tmp_path):
    """`a` for an actor named in more than a page of articles: the next page comes as the
    cursor nears the end, each article once (the whole list again raised DuplicateID)."""
    from reader.model import Actor
    from reader.screens.library import PAGE, EntryList
    from reader.store.records import LibraryEntry

    found = [
        LibraryEntry(n, f"Story {n}", f"s{n}.txt", "", "", "2025-03-01", "", False, f"h{n}")
        for n in range(1, PAGE + 51)
    ]
    article = tmp_path / "a.txt"
    article.write_text("Ana Vell spoke in Kelby.\n", encoding="utf-8")
    app = make_app(article)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        actor = Actor("a1", "Ana Vell", "person")
        app.push_screen(LibraryScreen(app.store, actor=actor, found=found))
        await settle(pilot)
        await pilot.press("G")
        await settle(pilot)
        await pilot.press("G")
        await settle(pilot)
        entry_list = app.screen.query_one(EntryList)
        ids = [entry_list.get_option_at_index(i).id for i in range(entry_list.option_count)]
        assert ids == [str(n) for n in range(1, PAGE + 51)]
