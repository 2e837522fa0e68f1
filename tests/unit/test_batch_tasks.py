"""How reader.batch groups sources into the pool's tasks: short articles many to a task
(a task costs about as much as a short analysis), long ones a few, so that the last
tasks do not leave one process working while the others wait."""

from __future__ import annotations

import threading

from reader.batch import _CHUNK, _TASK_CHARS, _chunks, _room, _source_chars


def _files(folder, count: int, chars: int) -> list[str]:
    paths = []
    for i in range(count):
        path = folder / f"story-{i:03d}.txt"
        path.write_text("A minister spoke in Oslo on Monday. " * (chars // 36 + 1))
        paths.append(str(path))
    return paths


def test_short_articles_go_many_to_a_task(tmp_path):
    paths = _files(tmp_path, _CHUNK, 600)
    assert _room(paths[:-1], _source_chars)
    assert not _room(paths, _source_chars)


def test_long_articles_go_a_few_to_a_task(tmp_path):
    paths = _files(tmp_path, 3, _TASK_CHARS // 2)
    assert _room(paths[:1], _source_chars)
    assert not _room(paths[:2], _source_chars)


def test_a_url_is_a_task_of_its_own(tmp_path):
    assert not _room(["https://news.example/a-story"], _source_chars)


def test_the_tasks_keep_the_sources_in_order(tmp_path):
    paths = _files(tmp_path, 40, 600)
    listed = [*paths[:20], "https://news.example/a-story", *paths[20:]]
    chunks = list(_chunks(iter(listed), threading.Event()))
    assert [source for chunk in chunks for source in chunk] == listed
    assert all(1 <= len(chunk) <= _CHUNK for chunk in chunks)
