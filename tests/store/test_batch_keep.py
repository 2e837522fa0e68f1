"""reader add keeps the analyses of many articles in one transaction (a commit, and the
who's-who totals of their actors, for them all), and says each as soon as it is kept."""

from __future__ import annotations

import pytest

from reader.batch import _KEPT, _KEPT_CHARS, Batch, Failed
from reader.model import Article
from reader.store import Store


def _articles(count: int, words: int = 12) -> list[Article]:
    return [
        Article(
            text=f"Mayor Ilse Varga opened bridge number {i} in Kestrel on Monday. "
            + "The crowd cheered. " * words,
            title=f"Bridge {i}",
            source=f"paper/{i}",
        )
        for i in range(count)
    ]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path) as opened:
        yield opened


def _transactions(store, monkeypatch) -> list[int]:
    sizes: list[int] = []
    real = store.save_analyses

    def counted(analysed):
        sizes.append(len(analysed))
        real(analysed)

    monkeypatch.setattr(store, "save_analyses", counted)
    return sizes


@pytest.mark.parametrize("jobs", [1, 2])
def test_many_short_articles_are_kept_in_one_transaction(store, monkeypatch, jobs):
    articles = _articles(_KEPT + 3)
    sizes = _transactions(store, monkeypatch)
    with Batch(store, jobs) as batch:
        assert list(batch.keep(articles, len(articles))) == articles
    assert sizes == [_KEPT, 3]
    assert all(store.cached_analysis(a) is not None for a in articles)


def test_long_articles_are_kept_a_few_at_a_time(store, monkeypatch):
    articles = _articles(4, words=_KEPT_CHARS // 38 + 1)  # each over half of it
    sizes = _transactions(store, monkeypatch)
    with Batch(store, 1) as batch:
        list(batch.keep(articles, len(articles)))
    assert sizes == [2, 2]


def test_what_the_cache_has_and_what_failed_pass_in_their_place(store, monkeypatch):
    articles = _articles(3)
    with Batch(store, 1) as batch:
        list(batch.keep(articles[:1], 1))
    failed = Failed("paper/gone", "no such file")
    sizes = _transactions(store, monkeypatch)
    with Batch(store, 2) as batch:
        assert list(batch.keep([articles[0], failed, *articles[1:]])) == [
            articles[0],
            failed,
            *articles[1:],
        ]
    assert sizes == [2]


def test_a_pool_started_before_the_reading_keeps_what_one_job_keeps(store, tmp_path):
    """`reader add FOLDER` starts the pool before it reads the folder (its processes warm
    up meanwhile): what it keeps is what one job keeps."""
    articles = _articles(5)
    with Batch(store, 2) as batch:
        batch.start()
        assert list(batch.keep(articles, len(articles))) == articles
    with Store.open(tmp_path / "one-job") as alone, Batch(alone, 1) as batch:
        batch.start()  # one job: no pool to start
        assert list(batch.keep(articles, len(articles))) == articles
        assert [alone.cached_analysis(a) for a in articles] == [
            store.cached_analysis(a) for a in articles
        ]
