"""The parser's version can be worked out ahead, in a thread, and is then the same."""

from __future__ import annotations

import threading

import reader.parser_version as version


def test_a_version_worked_out_ahead_is_given_without_reading_again(monkeypatch):
    monkeypatch.setattr(version, "_version", None)  # as in a new process
    readers: list[str] = []
    digest = version._digest

    def counted() -> str:
        readers.append(threading.current_thread().name)
        return digest()

    monkeypatch.setattr(version, "_digest", counted)
    version.prefetch().join(5)
    assert readers == ["parser-version"]
    assert version.parser_version() == digest()
    assert readers == ["parser-version"]  # asked again: not read again


def test_threads_asking_at_once_read_the_files_once(monkeypatch):
    monkeypatch.setattr(version, "_version", None)
    calls: list[int] = []
    gate = threading.Event()

    def slow() -> str:
        calls.append(1)
        gate.wait(5)
        return "v1"

    monkeypatch.setattr(version, "_digest", slow)
    ahead = version.prefetch()
    answers: list[str] = []
    asking = threading.Thread(target=lambda: answers.append(version.parser_version()))
    asking.start()
    gate.set()
    ahead.join(5)
    asking.join(5)
    assert answers == ["v1"]
    assert calls == [1]
