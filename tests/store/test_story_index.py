"""The story index: written when an article is analysed, read by timelines and the
who's-who without parsing again; an older cache is indexed on the first question."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

import reader.analysis
from reader.analysis import analysis_for
from reader.model import Article
from reader.store import Store
from reader.stories import library_timeline, whos_who

ARTICLES = [
    Article(
        text="On May 2, Foreign Minister Elena Vidal opened the harbour talks in Valletta.\n"
        "Boris Johnson arrived in Valletta on May 2.",
        title="Talks open",
        published=date(2024, 5, 3),
        source="gazette/1",
    ),
    Article(
        text="Vidal and Tomas Berg signed the harbour accord on May 9.\n"
        "Lyndon Johnson was remembered in Austin on May 9.",
        title="Accord signed",
        published=date(2024, 5, 10),
        source="gazette/2",
    ),
    Article(
        text="The USA welcomed the accord on May 11, and Elena Vidal thanked the United States.",
        title="Washington reacts",
        published=date(2024, 5, 12),
        source="gazette/3",
    ),
]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path) as opened:
        opened.add_many(ARTICLES)
        for article in ARTICLES:
            analysis_for(article, opened)
        yield opened


@pytest.fixture
def no_parsing(monkeypatch):
    def refuse(text, published=None):
        raise AssertionError("parsed again")

    monkeypatch.setattr(reader.analysis, "analyse", refuse)


def test_a_library_timeline_reads_the_index_and_parses_nothing(store, no_parsing):
    events = library_timeline(store, "Elena Vidal")
    assert [(e.date, e.report.title) for e in events] == [
        ("2024-05-02", "Talks open"),
        ("2024-05-09", "Accord signed"),
        ("2024-05-11", "Washington reacts"),
    ]
    assert all(e.report.entry is not None for e in events)


def test_whos_who_counts_articles_and_keeps_namesakes_apart(store, no_parsing):
    people = {w.name: w for w in whos_who(store)}
    assert people["Elena Vidal"].articles == 3  # "Vidal" alone joins the full name
    assert (people["Elena Vidal"].first, people["Elena Vidal"].last) == ("2024-05-03", "2024-05-12")
    assert "Foreign Minister" in people["Elena Vidal"].roles
    assert people["Boris Johnson"].articles == people["Lyndon Johnson"].articles == 1
    united = [w for w in people.values() if w.name in ("USA", "United States")]
    assert len(united) == 1 and united[0].articles == 1


def test_whos_who_filters_by_any_part_of_a_name(store, no_parsing):
    assert [w.name for w in whos_who(store, "johns")] == ["Boris Johnson", "Lyndon Johnson"]
    assert whos_who(store, "100%_") == []


def test_a_name_longer_than_sqlite_compares_is_no_one(store, no_parsing):
    """A paste of pages into the filter or `reader timeline`: SQLite refuses a LIKE
    pattern over 50,000 bytes, and no name is that long."""
    pasted = "Vidal " * 10_000
    assert whos_who(store, pasted) == []
    library_timeline(store, pasted)  # no failure; what it finds is its identity's


def test_a_whos_who_edited_into_nonsense_is_read_as_it_can_be(store, tmp_path, no_parsing):
    with sqlite3.connect(tmp_path / "reader.db") as other:
        other.execute("UPDATE whos_who SET roles = 'nope' WHERE name = 'Elena Vidal'")
        other.execute("UPDATE whos_who SET roles = '{\"a\": 1}' WHERE name = 'Boris Johnson'")
        other.execute("UPDATE whos_who SET articles = 'many', first = X'ff' WHERE kind = 'place'")
    people = {w.name: w for w in whos_who(store)}
    assert people["Elena Vidal"].roles == [] and people["Boris Johnson"].roles == []


def test_an_old_cache_without_the_index_is_indexed_on_the_first_question(
    store, tmp_path, no_parsing
):
    for table in ("stories", "story_actors", "whos_who"):  # as a cache from before the index
        with sqlite3.connect(tmp_path / "reader.db") as conn:
            conn.execute(f"DELETE FROM {table}")
    assert len(store.unindexed_entries()) == 3
    assert [w.name for w in whos_who(store, "vidal")] == ["Elena Vidal"]
    assert store.unindexed_entries() == []
    assert len(library_timeline(store, "Vidal")) == 3


def test_clearing_the_cache_clears_the_index(store):
    store.clear()
    assert store.whos_who() == []
    assert len(store.unindexed_entries()) == 3


def test_a_new_parser_does_not_make_a_timeline_analyse_the_library(store, monkeypatch):
    monkeypatch.setattr("reader.store.cache.parser_version", lambda: "a-newer-parser")
    calls = []
    monkeypatch.setattr(reader.analysis, "analyse", lambda *a, **k: calls.append(a))
    assert store.unindexed_entries() == []
    assert len(library_timeline(store, "Elena Vidal")) == 3
    assert calls == []


def _kept_together(folder) -> Store:
    """A store that kept the articles' analyses in one transaction (as `reader add` does)."""
    from reader.analysis import to_keep
    from reader.parsing import analyse

    opened = Store.open(folder)
    opened.add_many(ARTICLES)
    opened.save_analyses([to_keep(a, analyse(a.text, a.published)) for a in ARTICLES])
    return opened


def test_analyses_kept_together_read_as_those_kept_one_at_a_time(store, tmp_path):
    with _kept_together(tmp_path / "together") as together:
        assert whos_who(together) == whos_who(store)
        assert library_timeline(together, "Elena Vidal") == library_timeline(store, "Elena Vidal")
        for article in ARTICLES:
            assert together.cached_analysis(article) == store.cached_analysis(article)


def test_analyses_kept_together_total_their_actors_at_once(tmp_path):
    """The who's-who totals of the actors of several articles are written by one statement
    for them all: with a large library, each totalling reads all of an actor's articles."""
    written: list[str] = []

    def traced(sql: str) -> None:
        if "INTO whos_who" in sql:
            written.append(sql)

    from reader.store import cache

    real = cache.db.connect

    def connect(path, notice=None):
        conn = real(path, notice)
        conn.set_trace_callback(traced)
        return conn

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cache.db, "connect", connect)
        together = _kept_together(tmp_path)
    with together:
        assert len(written) == 1
        assert len(whos_who(together)) > 3


def test_articles_not_yet_analysed_are_analysed_with_their_progress_told(tmp_path):
    with Store.open(tmp_path) as fresh:
        fresh.add_many(ARTICLES)  # added, never analysed
        told: list[tuple[int, int]] = []
        people = {w.name for w in whos_who(fresh, progress=lambda *p: told.append(p))}
        assert "Elena Vidal" in people
        assert told == [(1, 3), (2, 3), (3, 3)]
        assert whos_who(fresh, progress=lambda *p: told.append(p)) and len(told) == 3
