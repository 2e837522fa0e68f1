"""How reader.batch groups sources into the pool's tasks: short articles many to a task
(a task costs about as much as a short analysis), long ones a few, so that the last
tasks do not leave one process working while the others wait."""

from __future__ import annotations

import queue
import threading

import reader.batch
from reader.batch import _CHUNK, _TASK_CHARS, Failed, _chunks, _render_all, _source_chars, _task


def _files(folder, count: int, chars: int) -> list[str]:
    paths = []
    for i in range(count):
        path = folder / f"story-{i:03d}.txt"
        path.write_text("A minister spoke in Oslo on Monday. " * (chars // 36 + 1))
        paths.append(str(path))
    return paths


def _waiting(items: list) -> queue.Queue:
    waiting: queue.Queue = queue.Queue()
    for item in items:
        waiting.put(item)
    return waiting


def test_short_articles_go_many_to_a_task(tmp_path):
    paths = _files(tmp_path, _CHUNK + 1, 600)
    assert _task(_waiting(paths), _source_chars) == paths[:_CHUNK]


def test_long_articles_go_a_few_to_a_task(tmp_path):
    paths = _files(tmp_path, 3, _TASK_CHARS // 2)
    assert _task(_waiting(paths), _source_chars) == paths[:2]


def test_a_url_is_a_task_of_its_own(tmp_path):
    listed = ["https://news.example/a-story", *_files(tmp_path, 2, 600)]
    assert _task(_waiting(listed), _source_chars) == listed[:1]


def test_a_task_takes_what_is_there_without_waiting(tmp_path):
    paths = _files(tmp_path, 2, 600)
    assert _task(_waiting(paths), _source_chars) == paths


def test_the_tasks_keep_the_sources_in_order(tmp_path):
    paths = _files(tmp_path, 40, 600)
    listed = [*paths[:20], "https://news.example/a-story", *paths[20:]]
    chunks = list(_chunks(iter(listed), threading.Event()))
    assert [source for chunk in chunks for source in chunk] == listed
    assert all(1 <= len(chunk) <= _CHUNK for chunk in chunks)


def test_no_source_is_measured_twice(tmp_path, monkeypatch):
    """A folder of many short articles: its sizes are read once at most, not once per
    article already in the task (that made the one process listing them a bottleneck)."""
    asked: list[str] = []

    def counted(source: str) -> int:
        asked.append(source)
        return _source_chars(source)

    monkeypatch.setattr(reader.batch, "_source_chars", counted)
    paths = _files(tmp_path, 3 * _CHUNK, 600)
    list(_chunks(iter(paths), threading.Event()))
    assert asked and len(asked) == len(set(asked))


def _first_word(article, analysis) -> str:
    return article.text.split()[0] + "\n"


def test_a_task_gives_back_one_text_between_sources_that_fail(tmp_path):
    """The process that writes the pool's work out gets one text for a task's articles
    (several when a source between them failed), each article as `render` writes it."""
    paths = []
    for word in ("Ministers", "Farmers", "Sailors"):
        paths.append(tmp_path / f"{word}.txt")
        paths[-1].write_text(f"{word} met in Oslo on Monday.", encoding="utf-8")
    missing = str(tmp_path / "gone.txt")
    sources = [str(paths[0]), str(paths[1]), missing, str(paths[2])]
    first, failed, last = _render_all(sources, None, _first_word)
    assert (first, last) == ("Ministers\nFarmers\n", "Sailors\n")
    assert isinstance(failed, Failed) and failed.source == missing


def test_sources_are_measured_on_the_thread_that_lists_them(tmp_path, monkeypatch):
    """A file's size is a system call: the thread that hands out the tasks does none."""
    threads: set[str] = set()

    def measured(source: str) -> int:
        threads.add(threading.current_thread().name)
        return _source_chars(source)

    monkeypatch.setattr(reader.batch, "_source_chars", measured)
    paths = _files(tmp_path, 2 * _CHUNK, 600)
    assert [s for chunk in _chunks(iter(paths), threading.Event()) for s in chunk] == paths
    assert threads == {"reader-batch-list"}
