"""Many articles analysed on several processes, given back in the order they came.

One thread reads the sources, another hands the articles that the cache does not hold
to a process pool, as many as have been read at once (see _CHUNK) in one task; the
caller gets each article with its analysis, in input order, as soon as it and those
before it are done. A bounded number of articles is under way, so an archive of any
size goes through in constant memory, and the caller never waits for more input to
give out what is done (a pipe fed line by line streams). With one job there is no
pool and no thread: each article is analysed in place. With no cache to look in or
keep to, `rendered` sends the pool the sources themselves and gets back the text to
write, so this process is not the one that all the others wait for.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from operator import itemgetter
from typing import Any

from reader.analysis import analysis_for, keep_analysis, to_keep, with_library_kinds
from reader.cores import usable_cores
from reader.forked import Forked
from reader.model import Analysis, Article
from reader.parsing import analyse


@dataclass(frozen=True)
class Failed:
    """A source that gave no article, and why (one line)."""

    source: str
    message: str


Loader = Callable[[str], list[Article]]  # a source -> its articles; raises SourceError
Done = tuple[Article, Analysis] | Failed
Render = Callable[[Article, Analysis], str]  # an article and its analysis, as written out
Work = Callable[[list[Article]], list]  # on the pool: articles -> (analysis, what to keep) each


def analysed(
    sources: Iterable[str],
    load: Loader,
    store,
    jobs: int,
    published: date | None = None,
    before_wait: Callable[[], object] | None = None,
) -> Iterator[Done]:
    """Each article of the sources with its analysis (through the cache), or a Failed
    source, in the order of the sources. `before_wait` is called whenever the next one
    is not ready yet (to flush what was written, say)."""
    with Batch(store, jobs, before_wait) as batch:
        yield from batch.analyses(_articles(sources, load, published))


def rendered(
    sources: Iterable[str],
    load: Loader,
    store,
    jobs: int,
    render: Render,
    published: date | None = None,
    before_wait: Callable[[], object] | None = None,
) -> Iterator[str | Failed]:
    """The articles of the sources as `render` writes them (one text may hold several, one
    after the other), or a Failed source, in the order of the sources. With no cache and
    several jobs nothing is looked up or kept here, so each source is read, analysed and
    written on the pool and only its text comes back: this process does little more
    than list the sources and write the texts (`render` is then a module's function, and
    a source is read with reader.sources.load)."""
    if store.path is not None or jobs <= 1:
        for item in analysed(sources, load, store, jobs, published, before_wait):
            yield item if isinstance(item, Failed) else render(*item)
        return
    # the processes warm up on their own while this one lists the sources: this one
    # never loads the parser, so nothing it does first is in the way of the pool's start
    wait, pool = before_wait or (lambda: None), _started(jobs, warm_here=False)
    stop = threading.Event()
    window: queue.Queue = queue.Queue(maxsize=2 * jobs)  # tasks under way, in order

    def feed() -> None:  # the sources, a task of as many as are listed, to the pool
        try:
            for chunk in _chunks(sources, stop):
                if not _put(window, pool.submit(_render_all, chunk, published, render), stop):
                    return
            _put(window, _END, stop)
        except BaseException as error:  # given to the caller's thread, raised there
            _put(window, error, stop)

    threading.Thread(target=feed, name="reader-batch-feed", daemon=True).start()
    try:
        while (task := _get(window, wait)) is not _END:
            if isinstance(task, BaseException):
                raise task
            if not task.done():
                wait()
            yield from task.result()
    finally:  # all done, or the caller stopped early: the feeding thread stops too
        stop.set()
        pool.shutdown(cancel_futures=True)


class Batch:
    """Analyses through the cache on `jobs` processes; the pool starts with the first
    work that needs it and serves every call until the batch is closed."""

    def __init__(self, store, jobs: int, before_wait: Callable[[], object] | None = None) -> None:
        self.store = store
        self.jobs = jobs
        self.before_wait = before_wait or (lambda: None)
        # with --no-cache nothing outlives the command: no look-ups, no saving, no index
        # (in a batch they would cost as much as the analyses, all in this one process)
        self.kept = store.path is not None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def analyses(
        self, items: Iterable[Article | Failed], count: int | None = None
    ) -> Iterator[Done]:
        """Each article with its analysis, a Failed item as it is, in order. `count`, when
        known, spares a pool the work of one article (it would cost more than it saves)."""
        if self.jobs <= 1 or count is not None and count <= 1:
            for item in _each_after(items, self.before_wait):
                if isinstance(item, Failed):
                    yield item
                elif self.kept:
                    yield item, analysis_for(item, self.store, self._analysed)
                else:
                    yield item, self._analysed(item)
            return
        for item in self._pooled(iter(items), partial(_analyse_all, indexed=self.kept)):
            if isinstance(item, Failed):
                yield item
                continue
            article, analysis, story = item
            if self.kept:  # kept in this thread, in order, as with one job
                if story is not None:
                    keep_analysis(article, analysis, self.store, story)
                analysis = with_library_kinds(analysis, self.store)
            yield article, analysis

    def _analysed(self, article: Article) -> Analysis:
        """An article's analysis, in this process; a long one's dates and events in another
        meanwhile (see reader.parsing.analyse), when there are cores for it and that process
        is forked from this one (started afresh, it would first load the parser anew)."""
        if (
            self.jobs <= 1
            or len(article.text) < _SPLIT_CHARS
            or multiprocessing.get_start_method() != "fork"
            or not _cores_free()
        ):
            return analyse(article.text, article.published)
        with Forked() as elsewhere:
            return analyse(article.text, article.published, elsewhere=elsewhere)

    def keep(
        self, items: Iterable[Article | Failed], count: int | None = None
    ) -> Iterator[Article | Failed]:
        """Each article once its analysis is in the cache (worked out where it is not), a
        Failed item as it is, in order: for a command that keeps analyses and shows none
        (reader add). Many analyses are kept in one transaction (see _KEPT), so the one
        process that writes them is not the one the pool waits for."""
        if not self.kept:
            yield from items
            return
        if self.jobs <= 1 or count is not None and count <= 1:
            done: Iterator = map(self._fresh, items)
        else:
            done = self._pooled(iter(items), _kept_rows_all)
        unkept: list = []  # done, not yet kept: (article, analysis, story or None) or Failed
        chars = 0
        for item in done:
            unkept.append(item)
            chars += _fresh_chars(item)
            if len(unkept) >= _KEPT or chars >= _KEPT_CHARS:
                yield from _kept_all(unkept, self.store)
                unkept, chars = [], 0
        yield from _kept_all(unkept, self.store)

    def _fresh(self, item: Article | Failed) -> tuple | Failed:
        """An item as the pool gives it: an article the cache has not, with its analysis
        and its story's row; one it has, with no story to keep."""
        if isinstance(item, Failed) or self.store.cached_analysis(item) is not None:
            return item if isinstance(item, Failed) else (item, None, None)
        return (item, *_kept_rows_all([item])[0])

    def start(self) -> None:
        """Start the pool now, before this process has other work for it (reading the
        sources): its processes warm up on their own meanwhile, rather than wait for this
        one to warm up first. Nothing with one job."""
        if self._pool is None and self.jobs > 1:
            self._pool = _started(self.jobs, warm_here=False)

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = _started(self.jobs)
        return self._pool

    def _pooled(self, items: Iterator[Article | Failed], work: Work) -> Iterator[tuple | Failed]:
        """Each article with its analysis and what is to be kept of it, in order: for one the
        cache had, (article, analysis, None); for one the pool did, the article and what
        `work` gave for it."""
        pool, store, kept = self._start(), self.store, self.kept
        # what is read and not yet sent, and what is sent and not yet given out: both
        # bounded, so memory stays constant whatever the size of the archive
        loaded: queue.Queue = queue.Queue(maxsize=_CHUNK * self.jobs)
        window: queue.Queue = queue.Queue(maxsize=4 * _CHUNK * self.jobs)
        stop = threading.Event()

        def load() -> None:  # the sources, read (and looked up in the cache) in order
            try:
                for item in items:
                    if not isinstance(item, Failed):
                        cached = store.cached_analysis(item) if kept else None
                        if not _put(loaded, (item, cached), stop):
                            return
                    elif not _put(loaded, item, stop):
                        return
                _put(loaded, _END, stop)
            except BaseException as error:  # given to the caller's thread, raised there
                _put(loaded, error, stop)

        def feed() -> None:  # what is loaded, to the pool: as many as are there, one task
            last = False
            while not last and not stop.is_set():
                taken = _task(loaded, _todo_chars)
                last = _ends(taken[-1])
                todo = [t[0] for t in taken if isinstance(t, tuple) and t[1] is None]
                task = pool.submit(work, todo) if todo else None
                index = 0
                for item in taken:
                    if isinstance(item, tuple) and item[1] is None:
                        item, index = (item[0], (task, index)), index + 1
                    if not _put(window, item, stop):
                        return

        for step in (load, feed):
            threading.Thread(target=step, name=f"reader-batch-{step.__name__}", daemon=True).start()
        try:
            while (item := _get(window, self.before_wait)) is not _END:
                if isinstance(item, BaseException):
                    raise item
                if isinstance(item, Failed):
                    yield item
                    continue
                article, result = item
                if isinstance(result, tuple):
                    task, index = result
                    yield article, *task.result()[index]
                else:
                    yield article, result, None
        finally:  # all done, or the caller stopped early: the other threads stop too
            stop.set()


def _started(jobs: int, warm_here: bool = True) -> ProcessPoolExecutor:
    """A pool of `jobs` processes, started now, from this thread, before a feeding thread
    exists (a process forked beside another thread may inherit a held lock). Where the
    processes are forked, the parser warms up here first (unless not `warm_here`): its
    patterns are compiled and its word lists read once, not once in every process;
    else each process warms up as it starts, while this one goes on."""
    if warm_here and multiprocessing.get_start_method() == "fork":
        analyse(_WARM_UP, None)
    pool = ProcessPoolExecutor(jobs)
    pool.submit(int).result()
    if not warm_here:
        for _ in range(jobs):
            pool.submit(analyse, _WARM_UP, None)
    return pool


def _cores_free() -> bool:
    """Whether two cores are free now, one for this process and one for a second: a second
    process is faster only beside this one, not sharing a core with it; there its cost (a
    tenth more work) would slow the analysis down (1 MB of news with one core of two
    busy: 1.06x the time of one process). What runs now, not the load of the last minute:
    that average lags, and after a busy minute (the same command run just before, say)
    it counts as busy cores that are free again."""
    return _running() <= usable_cores() - 1


def _running() -> float:
    """How many processes (threads) are running or waiting for a core now, this one among
    them: the count that Linux's /proc/loadavg gives (a fork is only made where Linux
    runs); elsewhere the load of the last minute."""
    try:
        with open(_LOADAVG, encoding="ascii") as told:
            return int(told.read().split()[3].split("/")[0])
    except (OSError, IndexError, ValueError):
        return os.getloadavg()[0]


_LOADAVG = "/proc/loadavg"

# An article this long has its dates and events worked out by another process: starting it
# and sending them back costs about what the analysis of 100,000 characters saves.
_SPLIT_CHARS = 200_000

_WARM_UP = "Ann Lee met Bo Park in Oslo on 2 May 2024, the minister said on Monday."

# Articles sent to the pool as one task, at most: a task costs about as much as the
# analysis of a short article, so short ones go together. And about _TASK_CHARS of text
# at most: long ones go one or a few at a time, so that at the end no process is left
# with a long task while the others have nothing more to do.
_CHUNK = 16
_TASK_CHARS = 50_000  # about 35 ms of analysis
# Fresh analyses kept in one transaction, at most: a transaction costs a commit, and
# the who's-who totals of its actors read all their texts; and about _KEPT_CHARS of text
# at most, so that what is done is said (and kept) soon after.
_KEPT = 4 * _CHUNK
_KEPT_CHARS = 4 * _TASK_CHARS


def _task(waiting: queue.Queue, chars: Callable[[Any], int]) -> list:
    """The next item (waited for) and as many more as are there now, up to a task's worth;
    the last may be the end. Each item is measured once, as it is taken: the thread that
    does this is the one every process waits for."""
    taken, total = [waiting.get()], 0
    while not _ends(taken[-1]) and len(taken) < _CHUNK:
        total += chars(taken[-1])
        if total >= _TASK_CHARS:
            break
        try:
            taken.append(waiting.get_nowait())
        except queue.Empty:
            break  # a slow source (a pipe): send what there is now
    return taken


def _todo_chars(item: object) -> int:
    """The text an item loaded for the pool brings it (none when the cache had it)."""
    return len(item[0].text) if isinstance(item, tuple) and item[1] is None else 0


def _source_chars(source: str) -> int:
    """About how much text a source is: a file's size; a URL's, a task's worth."""
    try:
        return os.path.getsize(os.path.expanduser(source))
    except (OSError, ValueError):  # a URL, no such file, a NUL: its task fails at once
        return _TASK_CHARS


def _analyse_all(articles: list[Article], indexed: bool) -> list[tuple[Analysis, Any]]:
    """On the pool: each article's analysis, and when it is to be kept, its story's row
    for the index too (worked out here rather than in the one process that keeps it)."""
    from reader.stories import story_row

    done = []
    for article in articles:
        analysis = analyse(article.text, article.published)
        done.append((analysis, story_row(article, analysis) if indexed else None))
    return done


def _kept_rows_all(articles: list[Article]) -> list[tuple[None, tuple]]:
    """On the pool: what keeping each article's analysis writes (reader.analysis.to_keep),
    so the one process that writes it only writes; no analysis comes back."""
    return [
        (None, to_keep(article, analyse(article.text, article.published))) for article in articles
    ]


def _render_all(sources: list[str], published: date | None, render: Render) -> list[str | Failed]:
    """On the pool: the sources read, analysed and written, in order, with a Failed for
    each that gave no article. The texts between two of those are joined (most often
    all of them), so the one process that writes them out writes many articles at once."""
    from reader.sources import SourceError, load

    done: list[str | Failed] = []
    texts: list[str] = []  # written since the last Failed
    for source in sources:
        try:
            articles = load(source)
        except SourceError as error:
            done += [*_joined(texts), Failed(source, str(error))]
            texts = []
            continue
        articles = [replace(a, published=published) for a in articles] if published else articles
        texts += [render(a, analyse(a.text, a.published)) for a in articles]
    return [*done, *_joined(texts)]


def _joined(texts: list[str]) -> list[str]:
    return ["".join(texts)] if texts else []


def _chunks(items: Iterable[str], stop: threading.Event) -> Iterator[list[str]]:
    """The items in lists (see _CHUNK): as many as have come when a list is asked for, so
    a slow source (a pipe) is not waited for while there is work to send. Each is
    measured as it is listed, on the listing thread: a file's size is a system call,
    and one in the thread that hands out the tasks makes it trade the lock of the
    interpreter with the others at every source (a third of this process' work)."""
    listed: queue.Queue = queue.Queue(maxsize=_CHUNK)  # (item, its size), in order

    def list_all() -> None:
        try:
            for item in items:
                if not _put(listed, (item, _source_chars(item)), stop):
                    return
            _put(listed, _END, stop)
        except BaseException as error:
            _put(listed, error, stop)

    threading.Thread(target=list_all, name="reader-batch-list", daemon=True).start()
    last = False
    while not last:
        taken = _task(listed, itemgetter(1))
        last = _ends(taken[-1])
        if last and isinstance(taken[-1], BaseException):
            raise taken[-1]
        chunk = [item for item, _ in (taken[:-1] if last else taken)]
        if chunk:
            yield chunk


def _get(window: queue.Queue, before_wait: Callable[[], object]) -> Any:
    try:
        return window.get_nowait()
    except queue.Empty:
        before_wait()
        return window.get()


def _kept_all(items: list, store) -> list[Article | Failed]:
    """Keep the fresh analyses among these items in one transaction; the articles."""
    rows = [item[2] for item in items if isinstance(item, tuple) and item[2] is not None]
    if rows:
        store.save_analyses(rows)
    return [item if isinstance(item, Failed) else item[0] for item in items]


def _fresh_chars(item: object) -> int:
    return len(item[0].text) if isinstance(item, tuple) and item[2] is not None else 0


def _each_after(items: Iterable, before_wait: Callable[[], object]) -> Iterator:
    """The items, `before_wait` called before each is asked for (it may have to wait)."""
    for item in items:
        yield item
        before_wait()


def _ends(item: object) -> bool:
    return item is _END or isinstance(item, BaseException)


def _put(into: queue.Queue, item: object, stop: threading.Event) -> bool:
    """Put the item, waiting for room unless told to stop; whether it went in."""
    while not stop.is_set():
        try:
            into.put(item, timeout=0.1)
            return True
        except queue.Full:
            continue
    return False


def _articles(
    sources: Iterable[str], load: Loader, published: date | None
) -> Iterator[Article | Failed]:
    from reader.sources import SourceError

    for source in sources:
        try:
            articles = load(source)
        except SourceError as error:
            yield Failed(source, str(error))
            continue
        for article in articles:
            yield replace(article, published=published) if published else article


_END = object()
