"""The library: adding, listing, reading, searching, actors across articles, feeds."""

import threading
from dataclasses import replace
from datetime import date

import pytest

from reader.model import Actor, Analysis, Article
from reader.store import Store, schema
from reader.store import cache as store_cache
from tests.store.older import older_library


def article(n: int, text: str = "", published: date | None = None, **kw) -> Article:
    body = text or f"Story number {n}. The harbour council met on a quiet morning."
    return Article(
        text=body,
        title=kw.pop("title", f"Story {n}"),
        published=published,
        source=kw.pop("source", f"test://{n}"),
        **kw,
    )


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "cache") as s:
        yield s


def test_open_creates_the_database_in_the_folder(tmp_path):
    with Store.open(tmp_path / "deep" / "cache") as s:
        assert s.path == tmp_path / "deep" / "cache" / "reader.db"
        assert s.path.is_file()
        assert s.warnings == []


def test_no_cache_writes_nothing(tmp_path):
    with Store.open(tmp_path / "cache", enabled=False) as s:
        s.add(article(1))
        assert s.path is None
        assert [e.title for e in s.entries()] == ["Story 1"]
    assert not (tmp_path / "cache").exists()


def test_added_article_round_trips(store):
    original = article(1, published=date(2021, 3, 4), url="https://example.org/a", feed="f")
    entry = store.add(original)
    assert (entry.title, entry.source, entry.published, entry.read) == (
        "Story 1",
        "test://1",
        "2021-03-04",
        False,
    )
    assert entry.added.endswith("+00:00")
    assert store.article(entry.id) == original


def test_the_same_article_twice_is_one_entry(store):
    first = store.add(article(1))
    again = store.add(article(1, title="Story 1, updated headline"))
    assert again.id == first.id
    assert [e.title for e in store.entries()] == ["Story 1, updated headline"]
    assert store.search("updated")[0].id == first.id
    assert store.search("Story")[0].id == first.id


def test_same_source_with_new_text_is_a_new_entry(store):
    store.add(article(1, "The ferry left at dawn."))
    store.add(article(1, "The ferry left at noon."))
    assert len(store.entries()) == 2


def test_a_feed_entry_kept_under_its_feed_url_takes_its_own_identity(store):
    feed = "https://example.org/status.xml"
    old = store.add(article(1, source=feed, feed=feed))  # as an older reader kept it
    again = store.add(article(1, source=f"{feed}#entry-1a2b", feed=feed))
    assert again.id == old.id and again.source == f"{feed}#entry-1a2b"
    other = store.add(article(2, source=f"{feed}#entry-3c4d", feed=feed))
    assert other.id != old.id and len(store.entries()) == 2
    assert store.links() == {f"{feed}#entry-1a2b", f"{feed}#entry-3c4d"}


def test_entries_newest_first_then_undated(store):
    store.add(article(1, published=date(2020, 1, 1)))
    store.add(article(2))
    store.add(article(3, published=date(2022, 5, 1)))
    store.add(article(4, published=date(2020, 1, 1)))  # same day as 1, added later
    assert [e.title for e in store.entries()] == ["Story 3", "Story 4", "Story 1", "Story 2"]
    assert [e.title for e in store.entries(limit=2)] == ["Story 3", "Story 4"]


def test_missing_entry_raises_key_error(store):
    with pytest.raises(KeyError):
        store.article(42)


def test_mark_read(store):
    entry = store.add(article(1))
    store.mark_read(entry.id)
    assert store.entries()[0].read is True
    store.mark_read(entry.id, False)
    assert store.entries()[0].read is False
    assert store.add(article(1)).read is False  # re-adding keeps the flag as it was


def test_search_words_in_titles_and_text(store):
    store.add(article(1, "Lighthouse keepers voted to strike.", title="Coast news"))
    store.add(article(2, "The bakery reopened after the flood.", title="Lighthouse repairs"))
    store.add(article(3, "Nothing about the sea here.", title="Town"))
    assert {e.title for e in store.search("lighthouse")} == {"Coast news", "Lighthouse repairs"}
    assert [e.title for e in store.search("BAKERY flood")] == ["Lighthouse repairs"]
    # a word prefix matches (filtering while typing); undated: the later addition first
    assert [e.title for e in store.search("lightho")] == ["Lighthouse repairs", "Coast news"]
    assert store.search("lighthouse bakery strike") == []


def test_search_can_stop_at_a_limit(store):
    for n, text in enumerate(["Tides rose.", "The tide fell.", "Wind only."]):
        store.add(article(n, text))
    found = store.search("tide")
    assert len(found) == 2 and store.search("tide", limit=1) == found[:1]
    assert len(store.search("", limit=2)) == 2
    assert store.search('"(', limit=1) == store.entries(limit=1)


def test_search_ignores_accents(store):
    store.add(article(1, "The mayor of São Paulo spoke."))
    assert len(store.search("sao paulo")) == 1


@pytest.mark.parametrize("query", ['"', "AND", "a OR", "(x", "title:", "*", "NEAR(", "-", "'"])
def test_search_never_raises_on_fts_syntax(store, query):
    store.add(article(1, "A AND B went to title x near the sea."))
    assert isinstance(store.search(query), list)


def test_a_library_indexed_without_prefixes_keeps_everything_and_finds_short_prefixes(tmp_path):
    """The step that indexes words' first letters makes the index again from the texts:
    every entry, its read state and its words are kept, and the index stays sound."""
    step = next(n for n, s in enumerate(schema.MIGRATIONS) if "prefix=" in "".join(s))
    kept = [
        article(1, "Quarry workers held a vote.", title="Quarry"),
        article(2, "The ferry ran late in the fog.", title="Ferry"),
        article(3, "Snow closed the pass.", title="Pass"),
    ]
    older_library(tmp_path, step, kept, read=("Ferry",))
    with Store.open(tmp_path) as store:
        listed = [(e.title, e.read) for e in store.entries()]
        assert store.warnings == [] and listed == [
            ("Pass", False),
            ("Ferry", True),
            ("Quarry", False),
        ]
        assert [e.title for e in store.search("q")] == ["Quarry"]
        assert [e.title for e in store.search("fo")] == ["Ferry"]
        assert {e.title for e in store.search("the")} == {"Ferry", "Pass"}
        store.remove_entries([store.search("snow")[0].id])  # told the values it indexed
        assert [e.title for e in store.search("the")] == ["Ferry"]
        store._conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        declared = store._conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'"
        ).fetchone()[0]
    assert "prefix='1 2 3'" in declared


def test_a_library_indexed_by_id_lists_its_hits_newest_first(tmp_path):
    """The step that files the search index by the entries' places keeps every word and
    lists the hits in the library's order, the newest first, however they were added."""
    step = next(n for n, s in enumerate(schema.MIGRATIONS) if "articles_fts_placed" in "".join(s))
    kept = [
        article(1, "The ferry ran late.", date(2023, 5, 2), title="Late"),
        article(2, "The ferry ran early.", date(2024, 1, 9), title="Early"),
        article(3, "The ferry did not run.", title="Undated"),
        article(4, "The ferry ran on time.", date(2023, 5, 2), title="On time"),
    ]
    older_library(tmp_path, step, kept)
    with Store.open(tmp_path) as store:
        titles = [e.title for e in store.search("ferry")]
        assert (
            titles
            == [e.title for e in store.entries()]
            == [
                "Early",
                "On time",
                "Late",
                "Undated",
            ]
        )
        assert [e.title for e in store.search("ferry", limit=2, offset=1)] == ["On time", "Late"]
        store.remove_entries([store.search("early")[0].id])
        assert [e.title for e in store.search("ran")] == ["On time", "Late"]
        store._conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


def test_blank_search_is_the_whole_library(store):
    store.add(article(1))
    assert len(store.search("  ")) == 1


def test_appearances_match_names_and_aliases_case_insensitively(store):
    texts = {1: "Mira Holt spoke.", 2: "Holt replied.", 3: "Jon Bale waved.", 4: "MIRA HOLT left."}
    actors = {
        1: ("Mira Holt", ["Holt"]),
        2: ("Holt", []),
        3: ("Jon Bale", []),
        4: ("Mira Holt", []),
    }
    ids = {}
    for n, text in texts.items():
        a = article(n, text)
        ids[n] = store.add(a).id
        name, aliases = actors[n]
        store.save_analysis(a, Analysis(actors=[Actor("a1", name, "person", aliases=aliases)]))
    found = store.appearances(["mira holt", "HOLT"], exclude_entry=ids[1])
    assert {e.id for e in found} == {ids[2], ids[4]}
    assert {e.id for e in store.appearances(["Jon Bale"])} == {ids[3]}
    assert store.appearances(["Nobody"]) == []
    assert store.appearances([]) == []


def test_feeds(store):
    store.add_feed("https://example.org/rss")
    store.add_feed("https://example.org/rss", "Example")
    store.add_feed("https://example.org/rss")  # an empty title keeps the known one
    store.update_feed("https://example.org/rss", etag='"abc"', modified="Mon")
    store.update_feed("https://example.org/rss", error="timed out")
    [feed] = store.feeds()
    assert (feed.title, feed.etag, feed.modified, feed.last_error) == (
        "Example",
        '"abc"',
        "Mon",
        "timed out",
    )
    store.update_feed("https://example.org/rss", etag='"def"')  # success clears the error
    assert store.feeds()[0].last_error is None and store.feeds()[0].etag == '"def"'


def test_a_feed_is_refreshed_when_it_was_last_read_not_when_it_last_failed(store):
    url = "https://example.org/rss"
    store.update_feed(url, etag='"abc"')  # read at eight, say
    store._run(
        lambda c: c.execute("UPDATE feeds SET refreshed = '2023-06-27T08:00:00+00:00'"), True
    )
    store.update_feed(url, error="cannot reach example.org")  # offline since
    [feed] = store.feeds()
    assert (feed.refreshed, feed.last_error) == (
        "2023-06-27T08:00:00+00:00",
        "cannot reach example.org",
    )
    store.update_feed(url)  # read again (a 304 counts)
    assert store.feeds()[0].refreshed > "2023-06-27T08:00:00+00:00"


def test_info_and_clear(store):
    a = article(1)
    entry = store.add(a)
    store.mark_read(entry.id)
    store.save_analysis(a, Analysis(actors=[Actor("a1", "Mira Holt", "person")]))
    store.add_feed("https://example.org/rss", "Example")
    store.update_feed("https://example.org/rss", etag="x")
    info = store.info()
    assert (info["articles"], info["analyses"], info["feeds"], info["schema version"]) == (
        1,
        1,
        1,
        len(schema.MIGRATIONS),
    )
    assert info["path"] == str(store.path)
    assert store.clear() == 1
    assert store.cached_analysis(a) is None and store.appearances(["Mira Holt"]) == []
    # the library, its read state and the feeds stay
    assert [(e.id, e.read) for e in store.entries()] == [(entry.id, True)]
    assert len(store.search("harbour")) == 1
    assert [(f.title, f.etag) for f in store.feeds()] == [("Example", "x")]


def test_remove_entries_feeds_and_all(store):
    first, second, third = (store.add(article(n)) for n in (1, 2, 3))
    assert store.remove_entries([first.id, 999]) == 1
    assert [e.id for e in store.entries()] == [third.id, second.id]
    assert store.search("harbour") and first.id not in {e.id for e in store.search("harbour")}
    store.add(article(1))  # the same text again: a new entry, found once
    assert len([e for e in store.search("harbour") if e.title == first.title]) == 1
    assert store.remove_all() == 3
    assert store.entries() == [] and store.search("harbour") == []


def test_feed_counts_and_removal_keep_what_was_read(store):
    url = "https://example.org/rss"
    store.add_feed(url, "Example")
    entries = store.add_many([replace(article(n), feed=url) for n in (1, 2, 3)])
    store.mark_read(entries[0].id)
    [feed] = store.feeds()
    assert (feed.unread, feed.total, feed.refreshed) == (2, 3, None)
    store.update_feed(url, error="timed out")
    assert store.feeds()[0].refreshed is None  # never read: a failure is no refresh
    store.update_feed(url)
    assert store.feeds()[0].refreshed is not None
    ids = [e.id for e in entries]
    assert store.unread_count() == 2 and store.present(ids, unread=True) == set(ids[1:])
    assert [e.id for e in store.entries(feed=url, unread=True)] == sorted(
        (entries[1].id, entries[2].id), reverse=True
    )
    assert store.remove_feed(url) == 2
    assert store.feeds() == [] and [e.id for e in store.entries()] == [entries[0].id]
    assert store.remove_feed(url) is None


def test_feeds_count_their_unread_from_the_unread_entries(store):
    """A feed's unread are counted from the library's unread entries (on their index),
    not by looking up every entry each feed lists: a big library's Feeds screen stays
    quick. A feed without unread entries, or without entries, counts none."""
    plan = store._conn.execute(f"EXPLAIN QUERY PLAN {store_cache._FEEDS_COUNTED}").fetchall()
    assert any("articles_unread" in row[3] for row in plan)
    for url in ("https://quay.example/rss", "https://pier.example/rss", "https://dock.example/rss"):
        store.add_feed(url)
    quay = store.add_many([replace(article(n), feed="https://quay.example/rss") for n in (1, 2)])
    store.add(replace(article(3), feed="https://pier.example/rss"))
    store.mark_many([e.id for e in store.entries(feed="https://pier.example/rss")])
    store.mark_read(quay[0].id)
    assert [(f.unread, f.total) for f in store.feeds()] == [(1, 2), (0, 1), (0, 0)]


def test_library_survives_reopening(tmp_path):
    with Store.open(tmp_path) as s:
        entry_id = s.add(article(1)).id
        s.mark_read(entry_id)
    with Store.open(tmp_path) as s:
        assert [(e.id, e.read) for e in s.entries()] == [(entry_id, True)]


def test_threads_share_one_store(store):
    errors = []

    def work(t: int) -> None:
        try:
            for i in range(25):
                store.add(article(t * 100 + i))
                store.entries(limit=5)
                store.search("harbour")
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(store.entries()) == 200


def test_a_story_two_feeds_carry_is_kept_once_and_listed_under_both(store):
    harbour, hills = "https://harbour.example/rss", "https://hills.example/rss"
    store.add_feed(harbour, "Harbour")
    store.add_feed(hills, "Hills")
    link = "https://news.example/ferry"
    first = store.add(article(1, source=link, url=link, feed=harbour))
    # the second feed's summary of it has other words: the same article all the same
    again = store.add(
        article(1, "The ferry is back in service.", source=link, url=link, feed=hills)
    )
    assert again.id == first.id and again.feed == harbour  # named by the feed read first
    assert (
        [e.id for e in store.entries(feed=hills)] == [first.id] == [e.id for e in store.entries()]
    )
    assert [(f.unread, f.total) for f in store.feeds()] == [(1, 1), (1, 1)]
    assert store.mark_all_read(hills) == 1
    assert [(f.unread, f.total) for f in store.feeds()] == [(0, 1), (0, 1)]
    store.mark_read(first.id, False)
    assert store.remove_feed(harbour) == 0  # Hills carries it still
    assert store.entry(first.id).feed == hills
    assert store.remove_feed(hills) == 1


def test_a_feed_lists_what_it_carries_that_the_library_had_from_a_page(store):
    link = "https://news.example/bridge"
    page = store.add(article(2, source=link, url=link))  # opened as a web page
    store.add_feed("https://hills.example/rss")
    store.link_feed("https://hills.example/rss", [link, "https://news.example/not-kept"])
    assert [e.id for e in store.entries(feed="https://hills.example/rss")] == [page.id]
    store.remove_entries([page.id])
    assert store.feeds()[0].total == 0


def test_the_feeds_of_a_cache_from_before_the_link_table_keep_their_articles(tmp_path, monkeypatch):
    url = "https://harbour.example/rss"
    link_table = next(n for n, step in enumerate(schema.MIGRATIONS) if "feed_entries" in step[0])
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:link_table])
    with Store.open(tmp_path) as old:
        old._conn.execute(  # as an older reader wrote it: the feed in the row only
            "INSERT INTO articles (source, text_hash, title, feed, added) "
            "VALUES ('a', 'h', 'Ferry', ?, '2024-01-01')",
            (url,),
        )
        old.add_feed(url)
    monkeypatch.undo()
    with Store.open(tmp_path) as store:
        assert [(f.unread, f.total) for f in store.feeds()] == [(1, 1)]


def test_a_library_brought_up_to_date_says_so_before_the_work(tmp_path):
    """Making the search index again takes seconds in a big library, with nothing on the
    terminal: the store tells what it is doing first, once, and only when a library with
    entries in it is brought up to date (a new one, or one up to date, says nothing)."""
    said: list[str] = []
    with Store.open(tmp_path / "new", notice=said.append):
        pass
    assert said == []
    older_library(
        tmp_path, len(schema.MIGRATIONS) - 1, [article(1, "The ferry ran late.", title="Late")]
    )
    with Store.open(tmp_path, notice=said.append) as store:
        assert [e.title for e in store.entries()] == ["Late"]
    assert said == ["updating the library for this version of reader (once)"]
    with Store.open(tmp_path, notice=said.append):
        pass
    assert len(said) == 1
