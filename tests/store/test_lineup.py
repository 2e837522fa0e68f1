"""The library read a page at a time: its order asked of the store, and the Lineup."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from reader.model import Article
from reader.store import Store
from reader.store.lineup import Lineup, Picked


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "cache") as opened:
        yield opened


def fill(store, count: int) -> None:
    """`count` articles in one transaction: three share each date, every fifth has none,
    so that the order leans on all of its keys (date, when added, id)."""
    store.add_many(
        Article(
            text=f"Bulletin {n}. The harbour council met about the quay.",
            title=f"Bulletin {n}",
            published=None if n % 5 == 0 else date(2023, 1, 1 + n // 3),
            source=f"test://{n}",
        )
        for n in range(count)
    )


def test_position_and_next_entry_follow_the_library_order(store):
    fill(store, 23)
    library = store.entries()
    assert library[-1].published is None  # the undated ones come last
    for place, entry in enumerate(library):
        assert store.position(entry.id) == place
        after = library[(place + 1) % len(library)]
        before = library[place - 1]
        assert store.next_entry(entry, 1) == after
        assert store.next_entry(entry, -1) == before
    assert store.position(10_000) is None


def test_stepping_reads_the_next_entry_on_the_index(store):
    """The next or the previous entry, read or unread, is the first of each stretch in
    the library's order read on the index: no query gathers and sorts all that lies
    beyond (a fifth of a second in a library of 100,000)."""
    fill(store, 23)
    library = store.entries()
    asked: list[str] = []
    store._conn.set_trace_callback(asked.append)
    for entry in (library[0], library[10], library[-1]):
        for step in (1, -1):
            assert store.next_entry(entry, step) is not None
            store.next_entry(entry, step, unread=True)
    store._conn.set_trace_callback(None)
    plans = [
        " ".join(row[3] for row in store._conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        for sql in asked
        if sql.startswith("SELECT")
    ]
    assert len(plans) >= 12 and not [plan for plan in plans if "TEMP B-TREE" in plan]


def test_each_entry_reads_the_library_a_page_at_a_time(store):
    """The whole library in its order, read in pages after the last entry read, so that
    `reader list` holds a page, not the library; no query reads it whole."""
    fill(store, 23)  # dates shared by three, every fifth undated: pages end mid-day
    library = store.entries()
    asked: list[str] = []
    store._conn.set_trace_callback(asked.append)
    assert list(store.each_entry(page=4)) == library
    store._conn.set_trace_callback(None)
    assert all("LIMIT" in sql for sql in asked if sql.startswith("SELECT"))
    assert list(store.each_entry(page=23)) == library == list(store.each_entry(page=100))


def test_next_unread_skips_the_read_and_rounds_the_ends(store):
    fill(store, 10)
    library = store.entries()
    store.mark_many([e.id for e in library[1:9]])  # unread: the first and the last
    first, last = library[0], library[-1]
    assert store.next_entry(first, 1, unread=True).id == last.id
    assert store.next_entry(last, 1, unread=True).id == first.id  # round again
    assert store.next_entry(library[4], -1, unread=True).id == first.id
    store.mark_read(last.id)
    assert store.next_entry(first, 1, unread=True) is None  # no other unread one


def test_next_entry_from_an_entry_removed_meanwhile(store):
    fill(store, 5)
    a, b, c, *_ = store.entries()
    store.remove_entries([b.id])
    assert store.next_entry(b, 1) == c and store.next_entry(b, -1) == a


def test_links_are_the_web_links_kept(store):
    store.add(Article("One.", "One", None, "https://example.org/a", url="https://example.org/a"))
    store.add(Article("Two.", "Two", None, "notes.txt"))
    assert store.links() == {"https://example.org/a"}


def test_present_says_which_entries_remain(store):
    fill(store, 3)
    ids = [e.id for e in store.entries()]
    store.remove_entries([ids[0]])
    store.mark_read(ids[1])
    assert store.present([*ids, 999]) == set(ids[1:])
    assert store.present(ids, unread=True) == {ids[2]}


def test_a_lineup_reads_pages_and_answers_as_the_list_would(store, monkeypatch):
    fill(store, 23)
    asked: list[tuple] = []
    entries = store.entries

    def counted(limit=None, **kwargs):
        asked.append((limit, kwargs.get("offset", 0)))
        return entries(limit, **kwargs)

    library = store.entries()
    monkeypatch.setattr(store, "entries", counted)
    lineup = Lineup(store, page=4)
    assert len(lineup) == 23 and lineup[0] == library[0] and lineup[-1] == library[-1]
    assert asked == [(4, 0), (4, 20)]  # the first page and the last, nothing else
    assert list(lineup) == library and lineup[5:8] == library[5:8]
    assert lineup.index(library[13]) == 13 and library[13] in lineup
    with pytest.raises(IndexError):
        lineup[23]
    assert all(limit == 4 for limit, _ in asked)


def test_a_lineup_follows_the_library_once_told(store):
    fill(store, 6)
    lineup = Lineup(store, page=4)
    newest = lineup[0]
    store.add(Article("Later news.", "Later", date(2024, 1, 1), "test://later"))
    assert lineup[0] == newest  # what was read stays until changed() is called
    lineup.changed()
    assert lineup[0].title == "Later" and len(lineup) == 7 and lineup.index(newest) == 1
    store.remove_entries([newest.id])
    del lineup[1]  # found removed
    assert newest not in lineup and len(lineup) == 6


def test_a_page_of_search_hits_is_the_first_page_of_all_of_them(store):
    fill(store, 40)
    store.add(Article("A note on the ferry timetable.", "Ferry", date(2023, 3, 1), "test://f"))
    for query in ("harbour", "harb qua", "ferry", "bulletin 1", "nothing", ""):
        hits = store.search(query)
        assert store.search(query, 7) == hits[:7]
        assert store.search(query, 7, offset=7) == hits[7:14]  # the next page
        assert store.search(query, offset=30) == hits[30:]
    assert [e.title for e in store.search("ferry", 7)] == ["Ferry"]
    assert store.search("harbour") == [e for e in store.entries() if e.title != "Ferry"]


def test_the_ids_matching_a_query_are_those_of_its_search_hits(store):
    fill(store, 12)
    for query in ("harbour", "bulletin 1", "quay nothing"):
        assert store.matching(query) == {e.id for e in store.search(query)}
    assert store.matching(" ,; ") is None  # no words: nothing to filter by


def test_a_new_date_moves_an_entry_among_the_search_hits(store):
    """The search index holds each entry under its place: a date given later moves it."""
    fill(store, 10)
    undated = store.search("bulletin")[-1]
    assert undated.published is None
    store.add(replace(store.article(undated.id), published=date(2024, 1, 1)))
    assert store.search("bulletin")[0].id == undated.id
    assert store.search("harbour") == store.entries()
    store.remove_entries([undated.id])  # taken out of the index under its new place
    assert undated.id not in {e.id for e in store.search("bulletin")}
    store._conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


@pytest.mark.parametrize("kind", ["library", "picked"])
def test_both_lists_answer_the_reading_screen_alike(store, kind):
    """The whole library and entries picked from it take, forget and step to unread
    entries the same way, so the screen never asks which one it holds."""
    fill(store, 6)
    library = store.entries()
    entries = Lineup(store) if kind == "library" else Picked(store, library[:4])
    assert entries.take([library[2]]) == 2  # already there: its place
    store.mark_many([e.id for e in library[1:3]])
    assert entries.next_unread(0, 1) == library[3]
    assert entries.next_unread(0, -1) == library[-1 if kind == "library" else 3]
    store.remove_entries([library[3].id])
    entries.forget_removed()
    assert library[3] not in entries and library[2] in entries
    assert entries.next_unread(2, 1) == library[4 if kind == "library" else 0]


def test_picked_entries_take_new_ones_at_the_end(store):
    fill(store, 4)
    library = store.entries()
    picked = Picked(store, library[:2])
    assert picked.take([library[3], library[0]]) == 2
    assert picked == [library[0], library[1], library[3]]
    store.mark_many([e.id for e in library])
    assert picked.next_unread(0, 1) is None


def test_the_entries_of_a_link_are_asked_of_the_store(store):
    """A feed, a web address or a source names its entries without the library read whole."""
    store.add(Article("One.", "One", None, "https://example.org/a", url="https://example.org/a"))
    store.add(Article("Two.", "Two", None, "notes.txt"))
    store.add(
        Article("Three.", "Three", None, "https://example.org/c", feed="https://example.org/rss")
    )
    assert [e.title for e in store.entries(link="https://example.org/a")] == ["One"]
    assert [e.title for e in store.entries(link="notes.txt")] == ["Two"]
    assert [e.title for e in store.entries(link="https://example.org/rss")] == ["Three"]
    assert store.entries(link="https://example.org/") == []
