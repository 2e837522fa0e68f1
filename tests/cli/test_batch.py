"""Many articles: `reader parse FOLDER|- --format jsonl` streams one document a line in
input order, on any number of processes; `reader add FOLDER` uses the same pool."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

PEOPLE = ["Lena Park", "Omar Haddad", "Ines Moreau", "Tomas Brandt", "Aiko Sato", "Ravi Menon"]
PLACES = ["Oslo", "Lisbon", "Nairobi", "Toronto", "Seoul", "Lima"]


def _write_archive(folder: Path, count: int) -> list[Path]:
    """`count` short articles, each with its own people, place and dates."""
    folder.mkdir()
    paths = []
    for i in range(count):
        who, other = PEOPLE[i % 6], PEOPLE[(i + 1) % 6]
        place = PLACES[(i * 5) % 6]
        text = (
            f"{who} met {other} in {place} on {1 + i % 27} March 2024.\n\n"
            f"The two ministers agreed to meet again in {2025 + i % 4}, {who} said on Monday. "
            f"Talks in {place} had stalled since the previous week."
        )
        path = folder / f"story-{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_of_a_folder_is_one_document_a_line_in_order(run_reader, tmp_path, jobs):
    paths = _write_archive(tmp_path / "archive", 6)
    result = run_reader(
        "--no-cache", "parse", tmp_path / "archive", "--format", "jsonl", "--jobs", jobs
    )
    assert result.returncode == 0, result.stderr
    docs = _lines(result.stdout)
    assert [d["source"] for d in docs] == [str(p) for p in paths]
    assert all(d["schema"] == "reader/1" and d["actors"] and d["timexes"] for d in docs)


def test_two_jobs_write_what_one_job_writes(run_reader, tmp_path):
    _write_archive(tmp_path / "archive", 24)
    outputs = [
        run_reader("--no-cache", "parse", tmp_path / "archive", "--format", "jsonl", "--jobs", n)
        for n in ("1", "2")
    ]
    assert outputs[0].returncode == outputs[1].returncode == 0
    assert len(outputs[0].stdout.splitlines()) == 24
    assert outputs[1].stdout == outputs[0].stdout


@pytest.mark.parametrize("cache", [(), ("--no-cache",)], ids=["cache", "no-cache"])
@pytest.mark.parametrize("format", ["jsonl", "text", "markdown"])
def test_two_jobs_write_every_format_as_one_job_does(run_reader, tmp_path, format, cache):
    """With no cache the pool reads, analyses and writes each article; with one, this
    process looks up and keeps the analyses and writes them: the same text either way."""
    _write_archive(tmp_path / "archive", 20)
    command = (*cache, "parse", tmp_path / "archive", "--format", format, "--published")
    outputs = [run_reader(*command, "2023-05-06", "--jobs", n) for n in ("1", "2")]
    assert outputs[0].returncode == outputs[1].returncode == 0, outputs[1].stderr
    assert outputs[0].stdout.count("story-0") >= 20
    assert outputs[1].stdout == outputs[0].stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_stdin_streams_the_first_line_before_the_last_source_is_read(tmp_path, jobs):
    """The paths go in one at a time through a pipe; the first document must come out
    while the pipe is still open and the second path not yet written."""
    first, second = _write_archive(tmp_path / "archive", 2)
    command = [sys.executable, "-m", "reader", "--no-cache", "parse", "-", "--format", "jsonl"]
    process = subprocess.Popen(
        [*command, "--jobs", jobs],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout], daemon=True
    ).start()
    try:
        process.stdin.write(f"{first}\n")
        process.stdin.flush()
        try:
            early = lines.get(timeout=60)
        except queue.Empty:
            pytest.fail("no line came out while the input was still open")
        assert json.loads(early)["source"] == str(first)
        process.stdin.write(f"\n{second}\n")
        process.stdin.close()
        assert process.wait(timeout=60) == 0, process.stderr.read()
        assert json.loads(lines.get(timeout=10))["source"] == str(second)
    finally:
        process.kill()


def test_a_bad_source_is_one_line_and_the_rest_is_written(tmp_path):
    (good,) = _write_archive(tmp_path / "archive", 1)
    command = [sys.executable, "-m", "reader", "--no-cache", "parse", "-", "--format", "jsonl"]
    result = subprocess.run(
        [*command, "--jobs", "2"],
        input=f"{tmp_path / 'missing.txt'}\n{good}\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert [d["source"] for d in _lines(result.stdout)] == [str(good)]
    assert result.stderr.strip() == f"reader: no such file or folder: {tmp_path / 'missing.txt'}"


def test_a_source_line_with_a_nul_byte_is_one_bad_source(tmp_path):
    """A list of sources made by another program may hold a NUL, which no path can."""
    (good,) = _write_archive(tmp_path / "archive", 1)
    command = [sys.executable, "-m", "reader", "--no-cache", "parse", "-", "--format", "jsonl"]
    result = subprocess.run(
        [*command, "--jobs", "2"],
        input=f"{tmp_path}/sto\0ry.txt\n{good}\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert [d["source"] for d in _lines(result.stdout)] == [str(good)]
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_line_of_stdin_with_no_end_is_read_past_in_little_memory(tmp_path):
    """A pipe may send hundreds of megabytes with no newline (a binary file given by
    mistake): no path or URL is that long, so the line is read past, not held whole, and
    named in one line, cut."""
    (good,) = _write_archive(tmp_path / "archive", 1)
    (tmp_path / "peak.py").write_text(PEAK)
    line = "head -c 400000000 /dev/zero | tr '\\0' v"  # 400 MB
    process = subprocess.Popen(  # the shell forked from this process: its peak is ours
        ["sh", "-c", f"({line}; printf '\\n%s\\n' '{good}') | {sys.executable} peak.py"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stdout, stderr = process.communicate(timeout=120)
    *said, peak = stderr.splitlines()
    assert process.returncode == 2
    assert [d["source"] for d in _lines(stdout)] == [str(good)]
    assert len(said) == 1 and len(said[0]) < 2_100 and "Traceback" not in said[0]
    assert int(peak) < 300_000  # KB


# reader run by a small process, which says on stderr the most memory reader held
PEAK = """
import resource, subprocess, sys
command = [sys.executable, "-m", "reader", "--no-cache", "parse", "-", "--format", "jsonl"]
done = subprocess.run(command)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(done.returncode)
"""


def test_stdin_wants_jsonl_and_jobs_a_number(run_reader):
    for args, message in (
        (("parse", "-"), "goes with --format jsonl"),
        (("parse", "x.txt", "--jobs", "0"), "--jobs"),
    ):
        result = run_reader(*args)
        assert result.returncode == 2
        assert message in result.stderr and len(result.stderr.splitlines()) == 1


def test_jobs_beyond_four_a_core_start_no_more_processes(run_reader, tmp_path):
    """A mistyped --jobs 100000 (or one past what an int holds) analyses on four
    processes a core at most; it started that many processes, or failed inside."""
    import argparse

    from reader.cli.common import jobs_option
    from reader.cores import usable_cores

    parser = argparse.ArgumentParser()
    jobs_option(parser)
    held = 4 * usable_cores()
    assert parser.parse_args(["--jobs", "100000"]).jobs == held
    assert parser.parse_args(["--jobs", "3"]).jobs == min(3, held)
    paths = _write_archive(tmp_path / "archive", 3)
    for jobs in ("100000", "99999999999"):
        archive = tmp_path / "archive"
        result = run_reader("--no-cache", "parse", archive, "--format", "jsonl", "--jobs", jobs)
        assert result.returncode == 0, result.stderr
        assert result.stderr.splitlines() == [
            f"reader: --jobs {jobs} is held to {held}, four a core"
        ]
        sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
        assert sources == [str(p) for p in paths]


def test_add_a_folder_on_two_jobs_says_each_article_in_order(run_reader, tmp_path):
    paths = _write_archive(tmp_path / "archive", 8)
    result = run_reader("add", tmp_path / "archive", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no progress bar when not on a terminal
    lines = result.stdout.splitlines()
    assert [line.rsplit("(", 1)[1].rstrip(")") for line in lines] == [str(p) for p in paths]
    assert all(line.startswith("added  ") for line in lines)
    again = run_reader("add", tmp_path / "archive", "--jobs", "2")
    assert all(line.startswith("already in the library") for line in again.stdout.splitlines())
    info = run_reader("cache", "info").stdout.splitlines()
    assert "articles: 8" in info and "analyses: 8" in info  # the pool's analyses were kept
    timeline = json.loads(run_reader("timeline", "Lena Park", "--format", "json").stdout)
    assert {event["source"] for event in timeline["events"]} >= {str(paths[0]), str(paths[6])}


def test_the_pool_indexes_the_stories_as_one_process_does(run_reader, tmp_path):
    """On two jobs the pool works out each story's row for the timelines' index; the
    timelines read from it are those that one job indexes."""
    _write_archive(tmp_path / "archive", 12)
    timelines = []
    for jobs in ("1", "2"):
        cache = ("--cache-dir", tmp_path / f"cache-{jobs}")
        assert run_reader(*cache, "add", tmp_path / "archive", "--jobs", jobs).returncode == 0
        timelines.append(
            [run_reader(*cache, "timeline", name, "--format", "json").stdout for name in PEOPLE]
        )
    assert all(json.loads(text)["events"] for text in timelines[0])
    assert timelines[1] == timelines[0]


def test_with_no_cache_the_pool_alone_loads_the_parser(tmp_path):
    """`reader --no-cache parse FOLDER --jobs 2`: the processes of the pool warm up while
    this one lists the folder; this one never loads the rules (nor waits for them)."""
    _write_archive(tmp_path / "archive", 4)
    script = (
        "import sys, io; from reader.cli import main; sys.stdout = io.StringIO();"
        f" code = main(['--no-cache', 'parse', {str(tmp_path / 'archive')!r},"
        " '--format', 'jsonl', '--jobs', '2']); lines = sys.stdout.getvalue().splitlines();"
        " sys.stdout = sys.__stdout__;"
        " print(code, len(lines), 'reader.parsing.actors' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split() == ["0", "4", "False"], done.stderr


def test_the_command_line_freezes_what_is_left_as_the_process_ends(monkeypatch):
    """The process ends when main() returns for its own command line: the collector's
    passes at exit need not walk what is left. main() with arguments (in a test, in
    another program) leaves the collector as it was."""
    import gc

    from reader.cli import main

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    usage_error = ["reader", "parse", "-", "--format", "json"]
    assert main(usage_error[1:]) == 2 and frozen == []
    monkeypatch.setattr(sys, "argv", usage_error)
    assert main() == 2 and frozen == [True]
