"""Many articles analysed on several processes, given back in the order they came.

A thread reads the sources and hands each article that the cache does not hold to a
process pool; the caller gets each article with its analysis, in input order, as soon
as it and those before it are done. At most `window` articles are under way, so an
archive of any size goes through in constant memory, and the caller never waits for
more input to give out what is done (a pipe fed line by line streams). With one job
there is no pool and no thread: each article is analysed in place.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date

from reader.analysis import analysis_for, keep_analysis, with_library_kinds
from reader.model import Analysis, Article
from reader.parsing import analyse


@dataclass(frozen=True)
class Failed:
    """A source that gave no article, and why (one line)."""

    source: str
    message: str


Loader = Callable[[str], list[Article]]  # a source -> its articles; raises SourceError
Done = tuple[Article, Analysis] | Failed


def analysed(
    sources: Iterable[str],
    load: Loader,
    store,
    jobs: int,
    published: date | None = None,
) -> Iterator[Done]:
    """Each article of the sources with its analysis (through the cache), or a Failed
    source, in the order of the sources."""
    with Batch(store, jobs) as batch:
        yield from batch.analyses(_articles(sources, load, published))


class Batch:
    """Analyses through the cache on `jobs` processes; the pool starts with the first
    work that needs it and serves every call until the batch is closed."""

    def __init__(self, store, jobs: int) -> None:
        self.store = store
        self.jobs = jobs
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
            for item in items:
                if isinstance(item, Failed):
                    yield item
                elif self.kept:
                    yield item, analysis_for(item, self.store)
                else:
                    yield item, analyse(item.text, item.published)
            return
        yield from self._pooled(iter(items))

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.jobs)
            # the processes start now, from this thread, before a feeding thread exists
            # (a process forked beside another thread may inherit a held lock)
            self._pool.submit(int).result()
        return self._pool

    def _pooled(self, items: Iterator[Article | Failed]) -> Iterator[Done]:
        pool, store, kept = self._start(), self.store, self.kept
        window: queue.Queue = queue.Queue(maxsize=4 * self.jobs)  # bounds what is under way
        stop = threading.Event()

        def feed() -> None:
            try:
                for item in items:
                    job: object = item
                    if not isinstance(item, Failed):
                        cached = store.cached_analysis(item) if kept else None
                        job = (item, cached or pool.submit(analyse, item.text, item.published))
                    while not stop.is_set():
                        try:
                            window.put(job, timeout=0.1)
                            break
                        except queue.Full:
                            continue
                    if stop.is_set():
                        return
                window.put(_END)
            except BaseException as error:  # given to the caller's thread, raised there
                window.put(error)

        threading.Thread(target=feed, name="reader-batch-feed", daemon=True).start()
        try:
            while (item := window.get()) is not _END:
                if isinstance(item, BaseException):
                    raise item
                if isinstance(item, Failed):
                    yield item
                    continue
                article, result = item
                if isinstance(result, Future):  # kept in this thread, in order, as with one job
                    result = result.result()
                    if kept:
                        keep_analysis(article, result, store)
                yield article, with_library_kinds(result, store) if kept else result
        finally:  # all done, or the caller stopped early: the feeding thread stops too
            stop.set()


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
