"""Analyses through the cache: keyed by text, parser version and date; never parsed twice."""

from datetime import date

import pytest

import reader.analysis
import reader.store.cache
from reader.analysis import analysis_for
from reader.model import Article
from reader.store import Store

TEXT = (
    "On Monday, the mayor of Eastbridge, Lena Marsh, opened the new bridge. "
    "Marsh said on 4 May 2019 that the river crossing would take two years."
)


@pytest.fixture
def parse_calls(monkeypatch):
    """Counts the articles really parsed (the parser itself still runs)."""
    calls = []
    real = reader.analysis.analyse

    def counting(text, published=None):
        calls.append((text, published))
        return real(text, published)

    monkeypatch.setattr(reader.analysis, "analyse", counting)
    return calls


def test_a_cached_article_is_not_parsed_again(tmp_path, parse_calls):
    article = Article(text=TEXT, title="Bridge", published=date(2019, 5, 6), source="t://1")
    with Store.open(tmp_path) as store:
        first = analysis_for(article, store)
        again = analysis_for(article, store)
    with Store.open(tmp_path) as store:  # and not after reopening the cache either
        reopened = analysis_for(article, store)
    assert len(parse_calls) == 1
    assert again == first and reopened == first
    assert first.actors  # a real analysis went through JSON and back


def test_a_changed_text_is_parsed(tmp_path, parse_calls):
    with Store.open(tmp_path) as store:
        analysis_for(Article(text=TEXT), store)
        analysis_for(Article(text=TEXT + " The bridge opened."), store)
    assert len(parse_calls) == 2


def test_the_publication_date_is_part_of_the_key(tmp_path, parse_calls):
    with Store.open(tmp_path) as store:
        for day in (date(2019, 6, 3), date(2019, 7, 1), None, date(2019, 6, 3)):
            analysis_for(Article(text=TEXT, published=day), store)
    # "Monday" means another day for each date: three analyses, the repeat cached
    assert [published for _, published in parse_calls] == [date(2019, 6, 3), date(2019, 7, 1), None]


def test_a_new_parser_version_re_analyses_lazily(tmp_path, parse_calls, monkeypatch):
    one = Article(text=TEXT, source="t://1")
    two = Article(text=TEXT + " Traffic was light.", source="t://2")
    with Store.open(tmp_path) as store:
        analysis_for(one, store)
        analysis_for(two, store)
        monkeypatch.setattr(reader.store.cache, "parser_version", lambda: "next")
        assert store.cached_analysis(one) is None
        analysis_for(one, store)  # only the article opened is re-made
        assert store.cached_analysis(one) is not None
        assert store.cached_analysis(two) is None
        assert store.info()["analyses"] == 2  # the old version of `one` was dropped
    assert len(parse_calls) == 3


def test_no_cache_still_analyses(tmp_path, parse_calls):
    with Store.open(tmp_path, enabled=False) as store:
        assert analysis_for(Article(text=TEXT), store).actors
        analysis_for(Article(text=TEXT), store)
    assert len(parse_calls) == 1  # in memory for the session, gone afterwards
    assert not any(tmp_path.iterdir())


def test_unreadable_cached_json_is_re_analysed(tmp_path, parse_calls):
    article = Article(text=TEXT)
    with Store.open(tmp_path) as store:
        analysis_for(article, store)
        store._conn.execute("UPDATE analyses SET data = '{not json'")
        assert analysis_for(article, store).actors
    assert len(parse_calls) == 2


def test_only_this_parser_s_analyses_lend_their_kinds(tmp_path, monkeypatch):
    """A kind an older parser gave (perhaps by a rule since mended) is no evidence."""
    with Store.open(tmp_path) as store:
        analysis_for(Article(text=TEXT, source="t://1"), store)
        assert store.known_kinds({"lena marsh"}) == {"lena marsh": "person"}
        monkeypatch.setattr(reader.store.cache, "parser_version", lambda: "next")
        assert store.known_kinds({"lena marsh"}) == {}
        analysis_for(Article(text=TEXT, source="t://1"), store)  # analysed again: known again
        assert store.known_kinds({"lena marsh"}) == {"lena marsh": "person"}
