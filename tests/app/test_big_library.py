"""A library of more than a page: the app asks the store for what it shows, never for
every entry, and the keys still reach every article."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reader.screens import library
from reader.screens.library import EntryList
from reader.store.lineup import PAGE
from tests.app.conftest import settle

COUNT = PAGE + 5


@pytest.fixture
def big(store, monkeypatch):
    """COUNT articles, one a day, newest "Bulletin 0"; every call for the whole library
    (entries() with no limit) is recorded."""
    from reader.model import Article

    first = date(2023, 1, 1)
    store.add_many(
        Article(
            text=f"Bulletin {n}. The harbour council met on the quay.",
            title=f"Bulletin {n}",
            published=first + timedelta(days=COUNT - n),
            source=f"test://{n}",
        )
        for n in range(COUNT)
    )
    whole: list[dict] = []
    entries = store.entries

    def recorded(limit=None, **kwargs):
        if limit is None:
            whole.append(kwargs)
        return entries(limit, **kwargs)

    monkeypatch.setattr(store, "entries", recorded)
    return whole


def notes(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_opening_and_stepping_never_read_the_whole_library(make_app, big):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.title == "Bulletin 0"
        assert app.reading.unread == COUNT - 1  # the one on screen is read
        await pilot.press("left_square_bracket")  # round again: the oldest, a page away
        await settle(pilot)
        assert app.screen.title == f"Bulletin {COUNT - 1}"
        assert "Round again to the last article." in notes(app)
        await pilot.press(*["left_square_bracket"] * 6)  # back into the first page
        await settle(pilot)
        assert app.screen.title == f"Bulletin {COUNT - 7}"
        await pilot.press("u")  # the next unread: the older ones were read, round again
        await settle(pilot)
        assert app.screen.title == "Bulletin 1"
        await pilot.press("U")  # the previous unread: the newest was read, round again
        await settle(pilot)
        assert app.screen.title == f"Bulletin {COUNT - 8}"
        await pilot.press(*["right_square_bracket"] * 8)  # past the oldest
        await settle(pilot)
        assert app.screen.title == "Bulletin 0"
        assert "Back to the first article." in notes(app)
    assert big == []


async def test_an_entry_chosen_in_the_library_is_placed_in_it(make_app, big, store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("slash", *"bulletin 150")
        await pilot.pause(0.3)  # the filter waits for a pause in the typing
        await settle(pilot)
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert app.screen.title == "Bulletin 150"
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.screen.title == "Bulletin 151"
    assert big == []


def listed(app) -> tuple[int, str]:
    count = app.screen.query_one("#library-count")
    return app.screen.query_one("#library-list").option_count, str(count.render())


async def test_the_library_list_reads_the_next_page_near_its_end(make_app, big):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert listed(app) == (PAGE, f"The newest {PAGE} articles; more further down; / filters")
        await pilot.press("G")  # the last row listed: the next page comes
        await settle(pilot)
        assert listed(app) == (COUNT, f"{COUNT} articles")
        await pilot.press("slash", *"bulletin")  # a filter pages the same way
        await pilot.pause(0.3)
        await settle(pilot)
        assert listed(app)[0] == PAGE
        await pilot.press("enter", "G")
        await settle(pilot)
        assert listed(app) == (COUNT, f"{COUNT} articles")
        await pilot.press("G", "enter")  # the oldest, from the second page
        await settle(pilot)
        assert app.screen.title == f"Bulletin {COUNT - 1}"
    assert big == []


async def test_the_filter_asks_once_typing_pauses_and_narrows_the_list(
    make_app, big, store, monkeypatch
):
    """A burst of keys in the filter is one search, and the list narrows to its hits,
    newest first, as typed."""
    monkeypatch.setattr(library, "TYPING_PAUSE", 0.5)  # wider than any gap between keys
    asked: list[str] = []
    search = store.search

    def recorded(query, *args, **kwargs):
        asked.append(query)
        return search(query, *args, **kwargs)

    monkeypatch.setattr(store, "search", recorded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        asked.clear()
        await pilot.press("slash", *"bulletin 15")
        await pilot.pause(0.8)
        await settle(pilot)
        assert asked == ["bulletin 15"]
        titles = [str(o.prompt).split("  ")[-1] for o in app.screen.query_one(EntryList)._options]
        assert titles == ["Bulletin 15", *(f"Bulletin {n}" for n in range(150, 160))]
        assert listed(app) == (11, "11 articles")
