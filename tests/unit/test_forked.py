"""Calls run in a process forked for each: their arguments come with the fork, their
results (or what they raised) come back when asked for."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from reader.forked import Forked

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no fork on Windows")


def _pid_and_length(text: str) -> tuple[int, int]:
    return os.getpid(), len(text)


def _rows(count: int) -> list[tuple[str, int]]:
    return [(f"Velkor {n}", n) for n in range(count)]


def _refused(word: str) -> None:
    raise ValueError(f"no {word}")


def _killed() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _waits_forever() -> None:
    signal.pause()


def test_a_call_runs_in_another_process_with_its_arguments():
    with Forked() as elsewhere:
        pid, length = elsewhere.submit(_pid_and_length, "Velkor " * 200_000).result()
    assert pid != os.getpid()
    assert length == 1_400_000


@pytest.mark.parametrize(
    "count", [10, 200_000]
)  # a result that fits the pipe, and one that does not
def test_a_result_comes_back_whole(count):
    with Forked() as elsewhere:
        assert elsewhere.submit(_rows, count).result() == _rows(count)


def test_what_the_call_raised_is_raised_where_the_result_is_asked_for():
    with Forked() as elsewhere:
        future = elsewhere.submit(_refused, "Tarsk")
        with pytest.raises(ValueError, match="no Tarsk"):
            future.result()


def test_a_process_ended_with_no_result_raises():
    with Forked() as elsewhere:
        future = elsewhere.submit(_killed)
        with pytest.raises(ChildProcessError):
            future.result()


def test_a_result_never_asked_for_ends_its_process_at_shutdown():
    elsewhere = Forked()
    future = elsewhere.submit(_waits_forever)
    process = future._process  # type: ignore[attr-defined]
    elsewhere.shutdown()
    assert not process.is_alive()


def _first_then(step: str, word: str) -> str:
    """A call whose first turn returns at once and whose second waits for ever."""
    if step == "wait":
        signal.pause()
    if step == "refuse":
        _refused(word)
    return f"{word} {os.getpid()}"


def test_mapped_calls_run_in_turn_in_one_process_each_result_had_as_made():
    with Forked() as elsewhere:
        results = elsewhere.map(_first_then, ["now", "now"], ["Velkor", "Tarsk"])
        first, second = list(results)
    assert first.split()[0] == "Velkor" and second.split()[0] == "Tarsk"
    assert first.split()[1] == second.split()[1] != str(os.getpid())


def test_a_mapped_result_comes_before_the_next_call_ends():
    elsewhere = Forked()
    results = elsewhere.map(_first_then, ["now", "wait"], ["Velkor", "Tarsk"])
    assert next(results).startswith("Velkor ")
    process = elsewhere._calls[0]._process  # type: ignore[attr-defined]
    elsewhere.shutdown()  # the second result never asked for: its process ended
    assert not process.is_alive()


def test_a_mapped_call_that_raises_raises_at_its_result_and_the_rest_do_not_run():
    with Forked() as elsewhere:
        results = elsewhere.map(_first_then, ["now", "refuse", "wait"], ["Ana", "Tarsk", "Vell"])
        assert next(results).startswith("Ana ")
        with pytest.raises(ValueError, match="no Tarsk"):
            next(results)


def test_a_process_whose_results_were_all_read_is_reaped_not_waited_for(monkeypatch):
    """Its exit (the kernel freeing what it wrote) goes on while this process writes the
    analysis: it is reaped if it has ended (a wait of no time), else by multiprocessing
    later."""
    elsewhere = Forked()
    results = elsewhere.map(_first_then, ["now"], ["Velkor"])
    process = elsewhere._calls[0]._process  # type: ignore[attr-defined]
    timeouts: list[float | None] = []
    join = process.join
    monkeypatch.setattr(
        process, "join", lambda timeout=None: timeouts.append(timeout) or join(timeout)
    )
    assert next(results).startswith("Velkor ")
    elsewhere.shutdown()
    assert timeouts and set(timeouts) == {0}
    join()  # (the test leaves no process behind)
