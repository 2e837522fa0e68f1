"""Pilot tests: what other people and processes put in the way of the app.

Hostile strings reach neither the title bar nor the notifications nor the library.
"""

from __future__ import annotations

import json

from reader.model import Article
from reader.screens.library import LibraryScreen
from tests.app.conftest import settle
from tests.cli.test_hostile_strings import (
    HOSTILE,
    PAYLOADS,
    UNSAFE,
    WITH_SURROGATE,
    write_notices,
)


def assert_inert(text: str) -> None:
    assert not UNSAFE.search(text), repr(text)
    assert not [p for p in PAYLOADS if p in text], text


def title_bar(app) -> str:
    return str(app.screen.query_one("#title-bar").render())


async def test_hostile_front_matter_and_file_names_reach_neither_title_nor_notifications(
    make_app, tmp_path
):
    article = tmp_path / "harbour.md"
    header = f"title: {json.dumps(WITH_SURROGATE)}\nsource: {json.dumps(WITH_SURROGATE)}\n"
    article.write_text(f"---\n{header}---\nThe harbour at Dunmore opens on 3 June 2023.\n")
    missing = tmp_path / HOSTILE.replace("\x00", "").replace("/", "|")
    app = make_app(article, missing)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "Harbour news today" in title_bar(app)
        assert_inert(title_bar(app))
        notes = [f"{n.title} {n.message}" for n in app._notifications]
        assert any("no such file" in note for note in notes)
        for note in notes:
            assert_inert(note)


async def test_a_title_stored_uncleaned_is_cleaned_on_the_way_out(make_app, store):
    """An older reader kept titles as they came: the library and title bar clean them."""
    store.add(Article(text="The pier at Westvale closes on 4 June 2023.", title=HOSTILE))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "Harbour news today" in title_bar(app)
        assert_inert(title_bar(app))
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        entries = [str(o.prompt) for o in app.screen.query_one("#library-list")._options]
        assert entries and all("Harbour news" in e for e in entries)
        for entry in entries:
            assert_inert(entry)


async def test_a_lone_surrogate_in_one_file_sinks_none_of_the_others(make_app, tmp_path):
    folder = tmp_path / "notices"
    write_notices(folder, bad=0)
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert sorted(e.title for e in app.screen.entries) == ["Notice 0", "Notice 1", "Notice 2"]
        assert app.screen.title == "Notice 0"
