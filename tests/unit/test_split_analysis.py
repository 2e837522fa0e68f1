"""A long article's time expressions worked out by another process while this one finds
the actors (that process first scans the later part of the text into tokens for this
one): the analysis is the same as one made in a single process."""

from __future__ import annotations

from concurrent.futures import Executor, Future, ProcessPoolExecutor
from datetime import date

import pytest

import reader.batch
import reader.parsing.tokens
from reader.batch import Batch
from reader.forked import Forked
from reader.model import Article
from reader.parsing import analyse
from reader.store import Store

STORY = (
    "Mayor Ilse Varga opened the Kestrel bridge on Monday, two years after work began. "
    "She told reporters in Dunmore that the second span would open by March 2027. "
    "Varga thanked the Harbour Trust, which paid for the first span in 2019.\n"
)
PUBLISHED = date(2025, 6, 4)


class _Recording(Executor):
    """Runs what it is given at once, in this process, and says what it ran."""

    def __init__(self) -> None:
        self.ran: list[str] = []

    def submit(self, fn, /, *args, **kwargs) -> Future:
        self.ran.append(fn.__name__)
        done: Future = Future()
        done.set_result(fn(*args, **kwargs))
        return done


def test_time_expressions_from_elsewhere_make_the_same_analysis():
    elsewhere = _Recording()
    assert analyse(STORY, PUBLISHED, elsewhere=elsewhere) == analyse(STORY, PUBLISHED)
    # the later part of the text scanned, the runs of capitalised words in it, then the dates
    assert len(elsewhere.ran) == 3


@pytest.mark.parametrize("executor", [lambda: ProcessPoolExecutor(1), Forked])
def test_time_expressions_from_another_process_make_the_same_analysis(executor, monkeypatch):
    monkeypatch.setattr(reader.parsing.tokens, "_STRETCH", 100)  # a sentence or two each
    text = STORY * 3
    with executor() as elsewhere:
        split = analyse(text, PUBLISHED, elsewhere=elsewhere)
    alone = analyse(text, PUBLISHED)
    assert split == alone
    assert [t.value for t in split.timexes][:3] == ["2025-06-02", "P2Y", "2027-03"]


@pytest.fixture
def uncached(tmp_path):
    with Store.open(tmp_path, enabled=False) as store:
        yield store


def _machine(monkeypatch, tmp_path, cores: int, loadavg: str | None) -> None:
    """This process may run on `cores` cores; `loadavg` is what Linux's /proc/loadavg
    says (None: there is no such file, as on other systems)."""
    monkeypatch.setattr(reader.batch.os, "sched_getaffinity", lambda pid: set(range(cores)))
    told = tmp_path / "loadavg"
    if loadavg is None:
        told.unlink(missing_ok=True)
    else:
        told.write_text(loadavg + "\n", encoding="ascii")
    monkeypatch.setattr(reader.batch, "_LOADAVG", str(told))


def _elsewhere_given(monkeypatch, tmp_path) -> list[bool]:
    """Whether each analysis was given a process of its own; two cores, this process the
    one running, unless the test tells another machine (_machine)."""
    _machine(monkeypatch, tmp_path, 2, "0.00 0.00 0.00 1/80 4242")
    given: list[bool] = []

    def recorded(text, published=None, known=None, elsewhere=None):
        given.append(elsewhere is not None)
        return analyse(text, published, known, elsewhere)

    monkeypatch.setattr(reader.batch, "analyse", recorded)
    return given


@pytest.mark.parametrize(
    ("jobs", "copies", "start", "split"),
    [(2, 40, "fork", True), (1, 40, "fork", False), (2, 1, "fork", False), (2, 40, "spawn", False)],
)
def test_only_a_long_article_with_cores_to_spare_is_split(
    uncached, monkeypatch, tmp_path, jobs, copies, start, split
):
    """A process started afresh would load the parser anew: only a forked one is worth it."""
    monkeypatch.setattr(reader.batch, "_SPLIT_CHARS", 20 * len(STORY))
    monkeypatch.setattr(reader.batch.multiprocessing, "get_start_method", lambda: start)
    given = _elsewhere_given(monkeypatch, tmp_path)
    article = Article(text=STORY * copies, title="Bridge", source="paper/1", published=PUBLISHED)
    with Batch(uncached, jobs) as batch:
        [(done, analysis)] = batch.analyses([article], 1)
    assert given == [split]
    assert done == article
    assert analysis == analyse(article.text, PUBLISHED)


def test_a_long_article_is_split_on_its_way_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(reader.batch, "_SPLIT_CHARS", 20 * len(STORY))
    given = _elsewhere_given(monkeypatch, tmp_path)
    article = Article(text=STORY * 40, title="Bridge", source="paper/1", published=PUBLISHED)
    with Store.open(tmp_path) as store, Batch(store, 2) as batch:
        [(_, analysis)] = batch.analyses([article], 1)
        assert given == [True]
        assert store.cached_analysis(article) == analysis == analyse(article.text, PUBLISHED)


@pytest.mark.parametrize(
    ("cores", "loadavg", "load", "split"),
    [
        (2, "0.00 0.00 0.00 1/80 4242", 0.0, True),  # this process alone runs
        (2, "1.92 1.95 1.90 1/80 4242", 1.9, True),  # busy of late, idle now
        (2, "0.05 0.02 0.00 2/80 4242", 0.0, False),  # another one runs now
        (4, "0.05 0.02 0.00 3/80 4242", 0.0, True),  # two others, two cores free
        (4, "0.05 0.02 0.00 4/80 4242", 0.0, False),
        (1, "0.00 0.00 0.00 1/80 4242", 0.0, False),  # one core this process may run on
        (2, None, 0.5, True),  # no /proc/loadavg: the last minute's load says
        (2, None, 1.5, False),
    ],
)
def test_a_busy_machine_analyses_a_long_article_in_one_process(
    uncached, monkeypatch, tmp_path, cores, loadavg, load, split
):
    """No two cores free now: the second process would share one with this one, and only
    add work. What runs now, not the load of the last minute, which lags: after a busy
    minute (the same command run before, say) it tells of cores that are free again."""
    monkeypatch.setattr(reader.batch, "_SPLIT_CHARS", 20 * len(STORY))
    given = _elsewhere_given(monkeypatch, tmp_path)
    _machine(monkeypatch, tmp_path, cores, loadavg)
    monkeypatch.setattr(reader.batch.os, "getloadavg", lambda: (load, load, load))
    article = Article(text=STORY * 40, title="Bridge", source="paper/1", published=PUBLISHED)
    with Batch(uncached, 2) as batch:
        [(_, analysis)] = batch.analyses([article], 1)
    assert given == [split]
    assert analysis == analyse(article.text, PUBLISHED)
