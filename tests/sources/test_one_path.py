"""One path from sources to the store: sources never see the store, reader.library is the
only code that writes articles and feeds, and a source followed from `cli.main` to the
store enters each module once (nothing calls back up into a module it came through)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.sources.samples import FEED_TYPE, FLOOD, flood_page, rss
from tests.unit.test_architecture import PACKAGE, imported_modules, python_files

# The store's methods that put articles and feed state in (removing is the user's doing).
WRITES = {"add", "add_many", "add_telling", "add_feed", "update_feed"}
WRITERS = {"library.py"}  # and the store itself
ABOVE_SOURCES = ("reader.store", "reader.library", "reader.cli", "reader.app", "reader.batch")


def tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"))


def module_name(path: Path) -> str:
    return str(path.relative_to(PACKAGE).with_suffix(""))


def sources() -> list[Path]:
    return python_files("sources")


def store_writes(path: Path) -> list[str]:
    """`x.add_feed(...)`, `store.add(...)` and the like: the writes this module makes
    (`add` counts only on something called store: sets have an add too)."""
    found = []
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name, receiver = node.func.attr, node.func.value
            called = receiver.id if isinstance(receiver, ast.Name) else ""
            called = receiver.attr if isinstance(receiver, ast.Attribute) else called
            if name in WRITES and (name != "add" or called == "store"):
                found.append(f"{called}.{name} (line {node.lineno})")
    return found


@pytest.mark.parametrize("path", sources(), ids=module_name)
def test_sources_import_nothing_above_them(path):
    assert not {m for m in imported_modules(path) if m.startswith(ABOVE_SOURCES)}


@pytest.mark.parametrize("path", sources(), ids=module_name)
def test_no_source_takes_the_store(path):
    functions = [n for n in ast.walk(tree(path)) if isinstance(n, ast.FunctionDef)]
    assert not [f.name for f in functions if "store" in {a.arg for a in f.args.args}]


@pytest.mark.parametrize("path", [p for p in sources() if p.name != "__init__.py"], ids=module_name)
def test_the_readers_below_never_call_back_into_the_dispatch(path):
    """web, feeds and files are reached from reader.sources; none of them goes back to it
    (web once did, for a file: URL that named an article file)."""
    assert "reader.sources" not in imported_modules(path)


@pytest.mark.parametrize(
    "path",
    [p for p in python_files(".") if p.relative_to(PACKAGE).parts[0] != "store"],
    ids=module_name,
)
def test_only_the_library_writes_articles_and_feeds(path):
    assert path.relative_to(PACKAGE).as_posix() in WRITERS or not store_writes(path)


def test_the_write_finder_finds_writes(tmp_path):
    """The test above would pass on a finder that finds nothing: it does find them."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f(store, seen):\n    seen.add(1)\n    store.add(a)\n    x.add_feed(u)\n")
    assert store_writes(sample) == ["store.add (line 3)", "x.add_feed (line 4)"]


# -- the walk, followed as it runs -------------------------------------------------------


def walked_module(filename: str) -> str | None:
    """The module a frame runs in, on the way from the command line to the store: the
    store counts as one (its connection runs the cache's callbacks), the parser and the
    other helpers along the way are not part of the walk."""
    path = Path(filename)
    if PACKAGE not in path.parents:
        return None
    name = module_name(path)
    if name.startswith("store/"):
        return "store"
    if name.startswith(("cli/", "sources/")) or name == "library":
        return name
    return None


def walks(argv: list[str]) -> set[tuple[str, ...]]:
    """Every distinct chain of walked modules on the stack while `reader ARGV` runs."""
    codes: list[int] = []
    chains = traced(lambda: codes.append(main(argv)))
    assert codes == [0]
    return chains


def traced(run) -> set[tuple[str, ...]]:
    """Every distinct chain of walked modules on the stack while `run()` runs (in this
    thread: feeds read in worker threads start their own chains)."""
    seen: set[tuple[str, ...]] = set()

    def profile(frame, event, arg):
        if event != "call" or walked_module(frame.f_code.co_filename) is None:
            return
        chain: list[str] = []
        while frame is not None:
            module = walked_module(frame.f_code.co_filename)
            if module and (not chain or chain[-1] != module):
                chain.append(module)
            frame = frame.f_back
        seen.add(tuple(reversed(chain)))

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return seen


def reentered(chains: set[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return sorted(chain for chain in chains if len(set(chain)) < len(chain))


def short_article(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("Harbour wall repaired\n\nThe council repaired the harbour wall on Monday.\n")
    return path


@pytest.mark.parametrize("command", ["add", "parse"])
def test_a_file_url_is_read_once_through_the_dispatch(tmp_path, command):
    url = short_article(tmp_path, "wall.txt").as_uri()
    chains = walks([command, url, "--jobs", "1"])
    way = {"add": ("cli/add",), "parse": ("cli/parse", "cli/common")}[command]
    assert ("cli/__init__", *way, "library", "sources/__init__", "sources/files") in chains
    assert reentered(chains) == []


def test_a_folder_of_articles_and_pages_goes_one_way(tmp_path):
    short_article(tmp_path, "wall.txt")
    (tmp_path / "flood.html").write_text(flood_page())
    chains = walks(["add", str(tmp_path), "--jobs", "1"])
    assert ("cli/__init__", "cli/add", "library", "sources/__init__", "sources/web") in chains
    assert ("cli/__init__", "cli/add", "library", "store") in chains
    assert reentered(chains) == []


def test_feeds_and_lists_from_the_web_go_one_way_to_the_store(site, tmp_path):
    entries = [{"title": "Quay repairs", "link": "http://news.test/1", "content": FLOOD[0]}]
    url = site.add("/feed.xml", rss(entries), content_type=FEED_TYPE)
    listing = tmp_path / "feeds.opml"
    listing.write_text(f'<opml version="2.0"><body><outline xmlUrl="{url}"/></body></opml>')
    for source in (url, str(listing)):
        chains = walks(["add", source, "--jobs", "1"])
        assert ("cli/__init__", "cli/add", "library", "sources/__init__", "sources/web") in chains
        assert ("cli/__init__", "cli/add", "library", "store") in chains
        assert reentered(chains) == []


def test_a_refresh_goes_one_way_to_the_store(site, tmp_path):
    """What the app's r runs, in its worker: the library reads the feeds and keeps them."""
    from reader.library import refresh_feeds
    from reader.store import Store

    url = site.add(
        "/feed.xml", rss([{"title": "Quay", "content": FLOOD[0]}]), content_type=FEED_TYPE
    )
    with Store.open(tmp_path / "cache") as store:
        store.add_feed(url)
        chains = traced(lambda: refresh_feeds(store, workers=1))
        assert [e.title for e in store.entries()] == ["Quay"]
    assert ("library", "sources/feeds") in chains and ("library", "store") in chains
    assert reentered(chains) == []
