"""Pilot tests: what other people and processes put in the way of the app.

Hostile strings reach neither the title bar nor the notifications nor the library.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date

from reader.model import Article
from reader.screens.library import LibraryScreen
from tests.app.conftest import settle
from tests.app.helpers import article_text
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


def three_notices(store) -> list:
    """Three entries, newest first as the library lists them: C, B, A."""
    for day, name in ((1, "A"), (2, "B"), (3, "C")):
        store.add(
            Article(
                text=f"Notice {name}: the quay at Dunmore reopens on {day} May 2023.",
                title=f"Notice {name}",
                published=date(2023, 5, day),
                source=f"notice-{name}.txt",
            )
        )
    return store.entries()


def remove_elsewhere(store, entry) -> None:
    """Another process takes the entry out of the library."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "remove", str(entry.id)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "READER_CACHE_DIR": str(store.path.parent)},
    )
    assert result.returncode == 0, result.stderr


def skipped(app) -> list[str]:
    return [n.message for n in app._notifications if n.title == "Skipped"]


async def test_stepping_to_entries_another_process_removed_skips_them(make_app, store):
    c, b, a = three_notices(store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.title == "Notice C"
        remove_elsewhere(store, b)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.screen.title == "Notice A"
        assert skipped(app) == ["Notice B: no longer in the library (removed by another reader?)"]
        remove_elsewhere(store, c)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert app.screen.title == "Notice A"
        assert len(skipped(app)) == 2
        assert [e.title for e in app.screen.entries] == ["Notice A"]


async def test_choosing_an_entry_another_process_removed_keeps_the_article_shown(make_app, store):
    c, b, a = three_notices(store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        remove_elsewhere(store, c)  # listed first, and highlighted
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, LibraryScreen)
        assert skipped(app) and app.screen.title == "Notice C"  # still on screen, not lost
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.screen.title == "Notice B"


async def test_a_stored_text_no_longer_utf8_is_damage_to_that_entry_only(make_app, store):
    c, b, a = three_notices(store)
    with sqlite3.connect(store.path) as other:  # another program writes bytes, not UTF-8
        other.execute(
            "UPDATE texts SET text = CAST(X'4e6f74696365ff20422e' AS TEXT) WHERE hash = ?",
            (b.text_hash,),
        )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.screen.title == "Notice B"
        assert "Notice\ufffd B." in article_text(app.screen)
        assert any("not valid UTF-8" in n.message for n in app._notifications)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert "Notice A: the quay" in article_text(app.screen)


async def test_a_title_of_megabytes_is_cut_wherever_it_is_shown(make_app, store):
    """A feed or page may send one: the library's list stopped drawing at one of 10 MB."""
    from reader.sources.clean import TITLE_MOST

    huge = "Velkor harbour " * 200_000  # 3 MB
    store.add(Article(text="The pier at Westvale closes on 4 June 2023.", title=huge))
    store.add_feed("https://velkor.test/rss", "Velkor " * 200_000)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.reading.article.title.endswith("…")
        await pilot.press("l")
        await settle(pilot)
        entries = [str(o.prompt) for o in app.screen.query_one("#library-list")._options]
        assert len(entries) == 1 and "Velkor harbour" in entries[0]
        assert len(entries[0]) < TITLE_MOST + 100
    assert len(store.feeds()[0].title) <= TITLE_MOST and len(store.entries()[0].title) <= TITLE_MOST


async def test_a_warning_naming_a_feed_reaches_the_screen_as_on_the_command_line(
    make_app, store, site
):
    """The command line writes warnings cleaned, a URL's password hidden: so do the app's
    toasts. (The feed's date is quoted too: 8-bit OSC and a bidi override are well-formed
    XML, though feedparser drops them on the way.)"""
    date_said = "0000-01-01T00:00:00Z \u009d0;TITLEPAYLOAD\u009c\u202eevil"
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wick</title>'
        f"<item><title>Quay</title><link>{site.url('/q')}</link><pubDate>{date_said}</pubDate>"
        "<description>The quay in Wick was mended on Monday.</description></item></channel></rss>"
    )
    url = site.add("/wick.xml", feed.encode("utf-8"), content_type="application/rss+xml")
    url = url.replace("://", "://ana:Velk0r-secret@")
    store.add_feed(url)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.refresh_feeds()
        await settle(pilot)
        notes = [f"{n.title} {n.message}" for n in app._notifications]
        assert any("outside the calendar" in note for note in notes), notes
        for note in notes:
            assert_inert(note)
            assert "Velk0r" not in note
