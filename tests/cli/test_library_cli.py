"""`reader add`, `reader list`, `reader cache ...` and the global options, as a user runs them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def reader(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def cache() -> Path:
    return Path(os.environ["READER_CACHE_DIR"])  # set by the autouse fixture


@pytest.fixture
def two_articles(tmp_path) -> list[Path]:
    one = tmp_path / "quay.md"
    one.write_text(
        "---\ntitle: Quay repairs begin\npublished: 2022-02-01\n---\n"
        "Workers from Dunmore started repairing the old quay on Monday.\n"
    )
    two = tmp_path / "orchard.txt"
    two.write_text("Orchard harvest is late\n\nThe apple harvest in Westvale started late.\n")
    return [one, two]


def assert_clean_failure(result, code: int) -> None:
    assert result.returncode == code
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_add_prints_one_line_per_article_and_list_shows_them(two_articles, cache):
    added = reader("add", *map(str, two_articles))
    assert added.returncode == 0, added.stderr
    lines = added.stdout.splitlines()
    assert len(lines) == 2 and "Quay repairs begin" in lines[0] and "2022-02-01" in lines[0]
    assert (cache / "reader.db").is_file()
    listed = reader("list")
    assert listed.returncode == 0
    first, second = listed.stdout.splitlines()
    assert "Quay repairs begin" in first  # dated, so before the undated one
    assert "Orchard harvest is late" in second and first.startswith("*")  # "*": unread


def test_list_starred_lists_only_the_starred_and_says_when_there_are_none(two_articles, cache):
    from reader.store import Store

    assert reader("add", *map(str, two_articles)).returncode == 0
    none = reader("list", "--starred")
    assert none.returncode == 0 and none.stdout == ""
    assert none.stderr.startswith("No article is starred")
    with Store.open(cache) as store:
        store.star(next(e.id for e in store.entries() if e.title == "Orchard harvest is late"))
    listed = reader("list", "--starred")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 1
    assert "  ★ Orchard harvest is late  (" in listed.stdout  # ★ as in the app's lists
    plain = reader("list").stdout
    assert "  Quay repairs begin  (" in plain and "★ Quay" not in plain
    every = json.loads(reader("list", "--json").stdout)
    assert {e["title"]: e["starred"] for e in every} == {
        "Quay repairs begin": False,
        "Orchard harvest is late": True,
    }


def test_adding_twice_keeps_one_entry(two_articles):
    reader("add", str(two_articles[0]))
    reader("add", str(two_articles[0]))
    entries = json.loads(reader("list", "--json").stdout)
    assert [e["title"] for e in entries] == ["Quay repairs begin"]
    assert set(entries[0]) >= {"id", "title", "source", "published", "added", "read"}
    assert entries[0]["published"] == "2022-02-01" and entries[0]["read"] is False


def test_add_a_folder(two_articles):
    result = reader("add", str(two_articles[0].parent))
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 2


def test_add_a_missing_file_fails_cleanly_but_adds_the_rest(two_articles, tmp_path):
    result = reader("add", str(tmp_path / "missing.txt"), str(two_articles[1]))
    assert_clean_failure(result, 2)
    assert "missing.txt" in result.stderr
    assert len(json.loads(reader("list", "--json").stdout)) == 1


def test_empty_library(cache):
    result = reader("list", "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == []
    assert result.stderr == ""
    listed = reader("list")  # a person is told why nothing is listed; a script reads nothing
    assert listed.returncode == 0 and listed.stdout == ""
    assert listed.stderr == "The library is empty (reader add SOURCE adds to it).\n"


def test_cache_path_info_clear(two_articles, cache):
    assert reader("cache", "path").stdout.strip() == str(cache / "reader.db")
    reader("add", *map(str, two_articles))
    info = dict(line.split(": ", 1) for line in reader("cache", "info").stdout.splitlines())
    assert info["path"] == str(cache / "reader.db")
    assert (info["articles"], info["analyses"]) == ("2", "2")
    cleared = reader("cache", "clear")
    assert cleared.returncode == 0
    assert len(json.loads(reader("list", "--json").stdout)) == 2  # the library stays
    info = dict(line.split(": ", 1) for line in reader("cache", "info").stdout.splitlines())
    assert (info["articles"], info["analyses"]) == ("2", "0")


@pytest.mark.parametrize("where", ["before", "after"])
def test_cache_dir_option_before_and_after_the_command(tmp_path, two_articles, where, cache):
    other = tmp_path / "elsewhere"
    option = ["--cache-dir", str(other)]
    args = (
        [*option, "add", str(two_articles[0])]
        if where == "before"
        else ["add", str(two_articles[0]), *option]
    )
    assert reader(*args).returncode == 0
    assert (other / "reader.db").is_file()
    assert not cache.exists()
    assert "Quay" in reader("list", "--cache-dir", str(other)).stdout
    assert reader("list").stdout == ""


@pytest.mark.parametrize("where", ["before", "after"])
def test_no_cache_before_and_after_the_command(two_articles, where, cache):
    args = ["--no-cache", "parse", str(two_articles[0])]
    if where == "after":
        args = [*args[1:], "--no-cache"]
    result = reader(*args)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Quay repairs begin"
    assert not cache.exists()
    assert reader("cache", "path", "--no-cache").stdout.strip() == "(no cache)"


@pytest.mark.parametrize("command", [["add", "ARTICLE"], ["remove", "ARTICLE"], ["cache", "clear"]])
def test_commands_that_keep_refuse_no_cache_rather_than_pretend(two_articles, cache, command):
    args = [str(two_articles[0]) if word == "ARTICLE" else word for word in command]
    result = reader("--no-cache", *args)
    assert result.returncode == 2 and result.stdout == ""
    [error] = result.stderr.splitlines()
    assert "--no-cache" in error and "nothing was" in error
    assert not cache.exists()


def test_environment_variable_picks_the_folder(tmp_path, two_articles):
    folder = tmp_path / "from-env"
    reader("add", str(two_articles[0]), env={"READER_CACHE_DIR": str(folder)})
    assert (folder / "reader.db").is_file()


def test_a_damaged_cache_gives_one_warning_and_carries_on(two_articles, cache):
    cache.mkdir(parents=True)
    (cache / "reader.db").write_bytes(b"not a database at all\n" * 200)
    result = reader("add", str(two_articles[0]))
    assert result.returncode == 0
    assert "Quay repairs begin" in result.stdout
    [warning] = result.stderr.splitlines()
    assert warning.startswith("reader: warning:") and "damaged" in warning
    assert any(p.name.startswith("reader.db.corrupt-") for p in cache.iterdir())
    again = reader("list")
    assert again.stderr == "" and "Quay" in again.stdout


def test_an_unusable_cache_folder_refuses_to_add_and_reads_run_in_memory(tmp_path, two_articles):
    (tmp_path / "file.txt").write_text("a file, so no folder can be made under it")
    env = {"READER_CACHE_DIR": str(tmp_path / "file.txt" / "sub")}
    result = reader("add", str(two_articles[0]), env=env)
    assert result.returncode == 1 and result.stdout == ""  # not "added": nothing is kept
    [error] = result.stderr.splitlines()
    assert "nothing was added" in error
    listed = reader("list", env=env)
    assert listed.returncode == 0 and "without a cache" in listed.stderr
    assert reader("cache", "path", env=env).stdout.strip() == "(no cache)"


def test_two_commands_at_once_on_one_cache(tmp_path):
    folders = []
    for side in ("east", "west"):
        folder = tmp_path / side
        folder.mkdir()
        for i in range(15):
            (folder / f"{i}.txt").write_text(
                f"{side.title()} notice {i}\n\nThe {side} pier closes at {i} o'clock.\n"
            )
        folders.append(folder)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "reader", "add", str(f)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in folders
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert len(out.splitlines()) == 15
    assert len(json.loads(reader("list", "--json").stdout)) == 30


def test_bad_usage_is_one_line_and_exit_2():
    assert_clean_failure(reader("cache", "explode"), 2)
    assert_clean_failure(reader("list", "--bogus"), 2)


def test_a_library_of_an_older_reader_is_updated_with_a_line_that_says_so(
    run_reader, tmp_path, two_articles
):
    """Making an older library's search index again takes seconds with nothing on the
    terminal: the command says what it is doing first, on stderr, once."""
    from reader.sources import load
    from reader.store import schema
    from tests.store.older import older_library

    articles = [load(str(path))[0] for path in two_articles]
    older_library(tmp_path, len(schema.MIGRATIONS) - 1, articles)
    first = run_reader("--cache-dir", tmp_path, "list")
    assert first.returncode == 0 and len(first.stdout.splitlines()) == 2
    assert first.stderr == "reader: updating the library for this version of reader (once)…\n"
    again = run_reader("--cache-dir", tmp_path, "list")
    assert again.stderr == "" and again.stdout == first.stdout
