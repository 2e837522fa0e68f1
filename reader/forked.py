"""Calls run each in a process forked for it, whose arguments come with the fork.

A long article's dates are worked out in a second process while this one finds the
actors (see reader.parsing.analyse). A ProcessPoolExecutor sends a call and its
arguments through a queue that threads of this process feed and watch; while this
process's main thread is busy finding the actors, each of those threads waits its turn
for the interpreter, several times over for a long text, and the second process began
its work some 50 ms after the call (20 ms with no text to send). A process forked for
the call has its arguments from the start; its result comes back through one pipe,
read when it is asked for.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from multiprocessing.connection import Connection
from typing import Any


class Forked(Executor):
    """Runs each call submitted in a process of its own, forked from this one (only where
    processes are forked: Linux and other Unixes). Shut down, it ends the processes
    whose results were not asked for."""

    def __init__(self) -> None:
        self._calls: list[_Received] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        receiving, sending = multiprocessing.Pipe(duplex=False)
        _roomy(sending)
        process = multiprocessing.get_context("fork").Process(
            target=_sent, args=(sending, fn, args, kwargs)
        )
        process.start()
        sending.close()  # this process's copy: the child's alone is left, closed as it ends
        call = _Received(process, receiving)
        self._calls.append(call)
        return call

    def map(
        self, fn: Callable[..., Any], *iterables: Iterable[Any], timeout=None, chunksize=1
    ) -> Iterator[Any]:
        """The calls run in turn in one process forked for them all, each result sent as
        soon as it is made, so the first is had before the others are done (timeout and
        chunksize are unused); a result raises what its call raised."""
        calls = list(zip(*iterables, strict=False))  # as Executor.map: the shortest
        receiving, sending = multiprocessing.Pipe(duplex=False)
        _roomy(sending)
        process = multiprocessing.get_context("fork").Process(
            target=_sent_each, args=(sending, fn, calls)
        )
        process.start()
        sending.close()
        stream = _Received(process, receiving)
        self._calls.append(stream)
        return _each(stream, len(calls))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        for call in self._calls:
            call.end()
        self._calls.clear()


def _roomy(pipe: Connection) -> None:
    """The pipe given room for a long article's result where the system allows (Linux, up
    to 1 MB for any process): the forked process then writes all of it at once and ends,
    instead of waiting for each 64 KB to be read, this process reading at the pace of its
    wake-ups (1 MB of news: 750 KB of rows, received in 13-19 ms instead of 26-37 ms on a
    busy machine)."""
    import fcntl  # where processes are forked, there is fcntl

    grow = getattr(fcntl, "F_SETPIPE_SZ", None)  # Linux only
    if grow is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(pipe.fileno(), grow, _PIPE_BYTES)


_PIPE_BYTES = 1 << 20  # what Linux lets any process ask for (/proc/sys/fs/pipe-max-size)


def _sent(sending: Connection, fn: Callable[..., Any], args: tuple, kwargs: dict) -> bool:
    """In the forked process: the call's result, or what it raised, sent back; whether
    it returned."""
    try:
        outcome = (True, fn(*args, **kwargs))
    except BaseException as error:  # raised again where the result is asked for
        outcome = (False, error)
    sending.send(outcome)
    return outcome[0]


def _sent_each(sending: Connection, fn: Callable[..., Any], calls: list[tuple]) -> None:
    """In the forked process: each call's result sent back as it is made, up to the first
    that raised, what it raised sent instead."""
    for args in calls:
        if not _sent(sending, fn, args, {}):
            return


def _each(stream: _Received, count: int) -> Iterator[Any]:
    """The `count` results of a stream, in order, its process waited for after the last
    (or after one that raised: the last it sent)."""
    for number in range(count):
        done, value = stream.outcome()
        if not done or number == count - 1:
            stream.close()
        if not done:
            raise value
        yield value


class _Received(Future):
    """The result of a call in a forked process, received when first asked for."""

    def __init__(self, process: Any, receiving: Connection) -> None:
        super().__init__()
        self._process, self._receiving = process, receiving

    def result(self, timeout: float | None = None) -> Any:
        if not self.done():
            done, value = self.outcome()
            self.close()
            if done:
                self.set_result(value)
            else:
                self.set_exception(value)
        return super().result(timeout)

    def outcome(self) -> tuple[bool, Any]:
        """The next result sent, (True, it), or (False, what was raised)."""
        try:
            return self._receiving.recv()
        except EOFError:  # the process ended with nothing sent: killed, or out of memory
            return False, ChildProcessError("the forked process ended with no result")

    def close(self) -> None:
        """All that was sent read: the process reaped if it has ended, else left to end
        on its own (see `end`)."""
        self._receiving.close()
        self.end()

    def end(self) -> None:
        """The process ended at once and waited for if its result is left unread (it would
        wait for it to be read). One whose results were all read is reaped if it has
        ended, not waited for: it exits once it has sent the last, and its exit (the
        kernel freeing the memory it wrote, 10 ms and more for a long article's dates)
        went on while this process waited, before it wrote the analysis. multiprocessing
        reaps it later (when a process is next started, or at this one's exit)."""
        if not self._receiving.closed:
            self._receiving.close()
            self._process.terminate()
            self._process.join()
        else:
            self._process.join(0)
