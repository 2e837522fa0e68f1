"""Starred articles: kept for later, listed and counted apart, kept when a feed goes."""

from datetime import date

from reader.model import Article
from reader.store import Store, schema
from tests.store.older import older_library

HARBOUR, HILLS = "https://harbour.example/rss", "https://hills.example/rss"


def story(n: int, feed: str = "", day: int = 1) -> Article:
    link = f"https://news.example/{n}" if feed else ""
    text = f"Story {n}: the ferry to Wick ran late again."
    return Article(text, f"S{n}", date(2024, 5, day), link or f"test://{n}", link, feed)


def ids(entries) -> list[str]:
    return [e.title for e in entries]


def test_a_star_is_kept_listed_counted_and_taken_back(tmp_path):
    with Store.open(tmp_path) as store:
        entries = store.add_many([story(n, day=n) for n in range(1, 6)])
        store.star(entries[1].id)
        store.star(entries[3].id)
        store.mark_read(entries[3].id)
        assert ids(store.entries(starred=True)) == ["S4", "S2"]  # newest first
        assert store.counts(starred=True) == (1, 2)  # (unread, all) of the starred
        assert store.counts() == (4, 5)
        assert [e.starred for e in store.entries()] == [False, True, False, True, False]
        assert ids(store.each_entry(page=1, starred=True)) == ["S4", "S2"]  # page by page
        store.star(entries[3].id, False)
        assert ids(store.entries(starred=True)) == ["S2"]
    with Store.open(tmp_path) as store:  # kept on disk
        assert store.entry(entries[1].id).starred and not store.entry(entries[3].id).starred


def test_all_read_on_the_starred_marks_only_those(tmp_path):
    with Store.open(tmp_path) as store:
        entries = store.add_many([story(n) for n in range(1, 4)])
        store.star(entries[0].id)
        assert store.mark_all_read(starred=True) == 1
        assert store.counts() == (2, 3)


def test_unsubscribing_keeps_the_starred_unread_articles(tmp_path):
    with Store.open(tmp_path) as store:
        for url in (HARBOUR, HILLS):
            store.add_feed(url)
        harbour = store.add_many([story(1, HARBOUR), story(2, HARBOUR), story(3, HARBOUR)])
        store.add(story(4, HILLS))
        store.star(harbour[0].id)  # unread and starred: stays
        store.mark_read(harbour[1].id)  # read: stays
        assert store.kept_anyway(HARBOUR) == 1
        assert store.remove_feed(HARBOUR) == 1  # only the unread one nobody kept
        assert sorted(ids(store.entries())) == ["S1", "S2", "S4"]
        assert store.entry(harbour[0].id).starred


def test_a_library_from_before_stars_has_none_and_can_star(tmp_path):
    older_library(tmp_path, len(schema.MIGRATIONS) - 1, [story(1), story(2)], read=("S1",))
    with Store.open(tmp_path) as store:
        assert [(e.title, e.read, e.starred) for e in store.entries()] == [
            ("S2", False, False),
            ("S1", True, False),
        ]
        assert store.counts(starred=True) == (0, 0)
        store.star(store.entries()[0].id)
        assert ids(store.entries(starred=True)) == ["S2"]
