"""`reader feeds`, `reader remove`, what `reader add` says, and `reader cache clear`
keeping the library and its read state: run as a user runs them."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest

from tests.sources.samples import FEED_TYPE, FLOOD, rss


def reader(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        text=True,
        timeout=60,
        env=os.environ.copy(),
    )
    assert "Traceback" not in result.stderr
    return result


def stories(*numbers: int) -> list[dict[str, str]]:
    return [
        {
            "title": f"Story {n}",
            "link": f"http://news.test/{n}",
            "content": " ".join(FLOOD),
            "date": f"Mon, 0{n} Oct 2021 08:00:00 GMT",
        }
        for n in numbers
    ]


def library() -> list[dict]:
    return json.loads(reader("list", "--json").stdout)


def test_feeds_json_counts_unread_and_total_and_keeps_the_last_error(site):
    good = site.add("/good.xml", rss(stories(1, 2, 3)), content_type=FEED_TYPE)
    bad = site.add("/bad.xml", rss(stories(4), title="Hill Post"), content_type=FEED_TYPE)
    assert reader("add", good, bad).returncode == 0
    first = next(e for e in library() if e["title"] == "Story 1")
    subprocess.run(  # read one article, as opening it in the app does
        [
            sys.executable,
            "-c",
            f"from reader.store import Store; Store.open().mark_read({first['id']})",
        ],
        check=True,
    )
    site.add("/bad.xml", "down", status=503)
    assert reader("add", bad).returncode == 2  # the failed fetch is recorded
    feeds = json.loads(reader("feeds", "--json").stdout)
    by_url = {f["url"]: f for f in feeds}
    assert [f["url"] for f in feeds] == [good, bad]
    assert (by_url[good]["title"], by_url[good]["unread"], by_url[good]["total"]) == (
        "Valley Courier",
        2,
        3,
    )
    assert by_url[good]["last_error"] is None and by_url[good]["refreshed"]
    assert (by_url[bad]["unread"], by_url[bad]["total"]) == (1, 1)
    assert "503" in by_url[bad]["last_error"]
    text = reader("feeds").stdout
    assert "   2/3     Valley Courier" in text and "failed: HTTP 503" in text


def test_add_says_added_already_or_how_many_new(site, tmp_path):
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: Quay repairs\n---\nWorkers repaired the quay on Monday.\n")
    first = reader("add", str(note))
    assert first.stdout.startswith("added  Quay repairs")
    again = reader("add", str(note))
    assert again.stdout.startswith("already in the library  Quay repairs")
    url = site.add("/feed.xml", rss(stories(1)), content_type=FEED_TYPE)
    assert (
        reader("add", url).stdout.splitlines()[-1] == f"1 new article from Valley Courier ({url})"
    )
    site.add("/feed.xml", rss(stories(1, 2)), content_type=FEED_TYPE)
    lines = reader("add", url).stdout.splitlines()
    assert "Story 2" in lines[0] and "Story 1" not in "".join(lines)
    assert lines[-1] == f"1 new article from Valley Courier ({url}), 2 in all"
    assert reader("add", url).stdout == f"0 new articles from Valley Courier ({url}), 2 in all\n"


def test_remove_a_feed_keeps_the_articles_read_unless_asked(site):
    url = site.add("/feed.xml", rss(stories(1, 2, 3)), content_type=FEED_TYPE)
    reader("add", url)
    read = next(e for e in library() if e["title"] == "Story 2")
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"from reader.store import Store; Store.open().mark_read({read['id']})",
        ],
        check=True,
    )
    done = reader("remove", url)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "removed feed Valley Courier and 2 articles; kept 1 read article\n"
    assert [e["title"] for e in library()] == ["Story 2"]
    assert json.loads(reader("feeds", "--json").stdout) == []
    reader("add", url)  # again, then with its articles
    done = reader("remove", url, "--with-articles")
    assert "and 3 articles" in done.stdout and library() == []


def test_remove_articles_by_id_or_source_and_unknown_ones_fail(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Note {name}\n\nThe pier in {name} was mended.\n")
    reader("add", str(tmp_path))
    ids = {e["title"]: e["id"] for e in library()}
    done = reader("remove", str(ids["Note a"]), str(tmp_path / "b.txt"), "12345")
    assert done.returncode == 2
    assert done.stderr == "reader: not in the library: 12345\n"
    assert [e["title"] for e in library()] == ["Note c"]
    listed = reader("list").stdout  # the search index forgot them too
    assert "Note a" not in listed and "Note b" not in listed


def test_remove_all_asks_and_refuses_without_yes_when_not_interactive(tmp_path):
    (tmp_path / "a.txt").write_text("Note\n\nThe pier was mended.\n")
    reader("add", str(tmp_path / "a.txt"))
    refused = reader("remove", "--all")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert len(library()) == 1
    assert reader("remove").returncode == 2  # nothing named
    done = reader("remove", "--all", "--yes")
    assert done.returncode == 0 and done.stdout == "removed 1 article and 0 feeds\n"
    assert library() == []


def test_cache_clear_keeps_the_library_its_read_state_and_feeds(site):
    url = site.add("/feed.xml", rss(stories(1, 2)), content_type=FEED_TYPE)
    reader("add", url)
    first = library()[0]
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"from reader.store import Store; Store.open().mark_read({first['id']})",
        ],
        check=True,
    )
    cleared = reader("cache", "clear")
    assert cleared.returncode == 0 and "cleared 2 analyses" in cleared.stdout
    assert [(e["title"], e["read"]) for e in library()] == [
        (first["title"], True),
        ("Story 1", False),
    ]
    [feed] = json.loads(reader("feeds", "--json").stdout)
    assert (feed["unread"], feed["total"]) == (1, 2)
    info = reader("cache", "info").stdout
    assert "articles: 2" in info and "analyses: 0" in info


@pytest.mark.parametrize(("answer", "left"), [("n", 1), ("y", 0)])
def test_remove_all_on_a_terminal_asks_first(tmp_path, answer, left):
    (tmp_path / "a.txt").write_text("Note\n\nThe pier was mended.\n")
    reader("add", str(tmp_path / "a.txt"))
    main, terminal = pty.openpty()  # stdin is a terminal: the question is asked
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "reader", "remove", "--all"],
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        os.write(main, f"{answer}\n".encode())
        out, err = process.communicate(timeout=60)
    finally:
        os.close(main)
        os.close(terminal)
    assert process.returncode == 0 and err == ""
    assert out.startswith("Remove 1 article and 0 feeds from the library? [y/N] ")
    assert len(library()) == left


def test_feeds_refresh_reads_every_feed_adds_and_analyses_what_is_new(site):
    good = site.add("/good.xml", rss(stories(1)), content_type=FEED_TYPE)
    other = site.add("/other.xml", rss(stories(2), title="Hill Post"), content_type=FEED_TYPE)
    assert reader("add", good, other).returncode == 0
    site.add("/good.xml", rss(stories(3, 1)), content_type=FEED_TYPE)  # one new story
    site.add("/other.xml", "down", status=503)
    refreshed = reader("feeds", "--refresh")
    assert refreshed.returncode == 1  # a feed failed: said on stderr, the rest kept
    assert f"reader: feed failed: {other}: HTTP 503" in refreshed.stderr
    assert refreshed.stdout.startswith("Refreshed 2 feeds: 1 new article, 1 failed\n")
    assert "   2/2     Valley Courier" in refreshed.stdout
    assert "Story 3" in [e["title"] for e in library()]
    unanalysed = "from reader.store import Store; print(len(Store.open().unindexed_entries()))"
    counted = subprocess.run([sys.executable, "-c", unanalysed], capture_output=True, text=True)
    assert counted.stdout.strip() == "0"  # the app opens it, who's who lists it, at once
    assert reader("feeds", "--refresh").stdout.startswith("Refreshed 2 feeds: 0 new articles")


def test_feeds_refresh_refuses_no_cache():
    refused = reader("--no-cache", "feeds", "--refresh")
    assert refused.returncode == 2 and "nothing was refreshed" in refused.stderr


def test_feeds_with_no_feeds_says_how_to_subscribe_on_stderr():
    result = reader("feeds")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == "No feeds yet (reader add URL subscribes to one).\n"
    assert reader("feeds", "--json").stderr == ""


def test_feeds_refresh_with_no_feeds_says_how_to_subscribe():
    result = reader("feeds", "--refresh")
    assert result.returncode == 0
    assert result.stdout == "No feeds to refresh (reader add URL subscribes to one).\n"


def notices(*texts: str) -> list[dict[str, str]]:
    """Entries with neither link nor guid, as a status page's feed writes them."""
    return [{"title": "Ferry notice", "description": text} for text in texts]


def test_entries_without_link_or_guid_are_each_their_own_article_once(site):
    fog, wind = "The ferry waits for the fog to lift.", "No sailings today: a gale."
    url = site.add("/status.xml", rss(notices(fog, wind, wind)), content_type=FEED_TYPE)
    added = reader("add", url).stdout.splitlines()
    assert added[-1] == f"2 new articles from Valley Courier ({url})"
    assert "already in the library" not in "".join(added)  # the repeat is one entry
    sources = {e["source"] for e in library()}
    assert len(sources) == 2 and all(s.startswith(f"{url}#") for s in sources)
    assert reader("feeds", "--refresh").stdout.startswith("Refreshed 1 feed: 0 new articles")
    site.add("/status.xml", rss(notices("Sailings resume at noon.", fog, wind)))
    assert reader("feeds", "--refresh").stdout.startswith("Refreshed 1 feed: 1 new article\n")
    assert reader("add", url).stdout == f"0 new articles from Valley Courier ({url}), 3 in all\n"
    assert {e["source"] for e in library()} > sources  # the same identity each time


def test_a_story_two_feeds_carry_is_one_new_article_in_a_refresh(site):
    first = site.add("/first.xml", rss([]), content_type=FEED_TYPE)
    second = site.add("/second.xml", rss([], title="Hill Post"), content_type=FEED_TYPE)
    assert reader("add", first, second).returncode == 0
    site.add("/first.xml", rss(stories(1)), content_type=FEED_TYPE)
    site.add("/second.xml", rss(stories(1), title="Hill Post"), content_type=FEED_TYPE)
    refreshed = reader("feeds", "--refresh").stdout
    assert refreshed.startswith("Refreshed 2 feeds: 1 new article\n")
    assert len(library()) == 1


def test_a_feed_never_read_says_never_refreshed(site):
    url = site.add("/feed.xml", rss(stories(1)), content_type=FEED_TYPE)
    assert reader("add", url).returncode == 0
    site.add("/feed.xml", "down", status=503)
    assert reader("feeds", "--refresh").returncode == 1
    lines = reader("feeds").stdout.splitlines()
    assert lines[1].startswith("           refreshed ") and "failed: HTTP 503" in lines[1]
    python = "from reader.store import Store; s = Store.open(); s.add_feed('http://x.test/f')"
    subprocess.run([sys.executable, "-c", python], check=True)
    said = reader("feeds").stdout
    assert "never refreshed" in said and "refreshed never" not in said


def feed_counts() -> dict[str, tuple[int, int]]:
    return {
        f["url"]: (f["unread"], f["total"]) for f in json.loads(reader("feeds", "--json").stdout)
    }


def test_a_story_two_feeds_carry_is_listed_and_counted_in_both(site):
    """A newsboat user expects each feed to list every entry it carries: the story the
    second feed shares with the first was in the first feed's list only, and the second
    counted 0 of 0. One article is kept (once in the list), its read state shared."""
    harbour = site.add("/harbour.xml", rss(stories(1, 2), title="Harbour"), content_type=FEED_TYPE)
    hills = site.add("/hills.xml", rss(stories(2, 3), title="Hills"), content_type=FEED_TYPE)
    assert reader("add", harbour).returncode == 0
    added = reader("add", hills)
    assert f"1 new article from Hills ({hills}), 2 in all" in added.stdout  # not "1", alone
    assert reader("feeds", "--refresh").returncode == 0  # a refresh keeps it so
    counted = feed_counts()
    assert counted == {harbour: (2, 2), hills: (2, 2)}
    assert sorted(e["title"] for e in library()) == ["Story 1", "Story 2", "Story 3"]
    shared = next(e for e in library() if e["title"] == "Story 2")
    mark = "from reader.store import Store; Store.open().mark_read({}, {})"
    subprocess.run([sys.executable, "-c", mark.format(shared["id"], True)], check=True)
    counted = feed_counts()
    assert counted == {harbour: (1, 2), hills: (1, 2)}
    subprocess.run([sys.executable, "-c", mark.format(shared["id"], False)], check=True)
    assert reader("remove", harbour).returncode == 0  # its unread go; the story Hills carries stays
    assert sorted(e["title"] for e in library()) == ["Story 2", "Story 3"]
    counted = feed_counts()
    assert counted == {hills: (2, 2)}


def test_an_article_removed_from_a_feed_stays_removed_at_the_next_refresh(site):
    """`d` on a feed's article (or `reader remove ID`) took it out of the library, and the
    next refresh brought it back, new and unread, as newsboat never does."""
    url = site.add("/feed.xml", rss(stories(1, 2)), content_type=FEED_TYPE)
    reader("add", url)
    gone = next(e for e in library() if e["title"] == "Story 1")
    assert reader("remove", str(gone["id"])).returncode == 0
    refreshed = reader("feeds", "--refresh")
    assert refreshed.stdout.startswith("Refreshed 1 feed: 0 new articles"), refreshed.stdout
    assert [e["title"] for e in library()] == ["Story 2"]
    assert reader("remove", url, "--with-articles").returncode == 0  # unsubscribing is no
    reader("add", url)  # removal of its articles one by one: subscribed again, they come
    assert sorted(e["title"] for e in library()) == ["Story 1", "Story 2"]


def test_feeds_failing_by_the_hundred_are_told_in_a_few_lines(site, tmp_path):
    """An OPML list of dead feeds: ten named, the rest counted, the library's feeds
    keep each one's error."""
    good = site.add("/good.xml", rss(stories(1)), content_type=FEED_TYPE)
    dead = [site.url(f"/dead{n}.xml") for n in range(40)]  # 404 each
    outlines = "".join(
        f'<outline type="rss" text="D{n}" xmlUrl="{u}"/>' for n, u in enumerate(dead)
    )
    listed = tmp_path / "velkor.opml"
    listed.write_text(
        f'<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" xmlUrl="{good}"/>'
        f"{outlines}</body></opml>"
    )
    added = reader("add", str(listed))
    assert added.returncode == 2
    said = added.stderr.splitlines()
    assert len(said) == 11 and said[-1] == "reader: 30 more feeds failed ('reader feeds' says why)"
    assert "1 new article from" in added.stdout
    feeds = json.loads(reader("feeds", "--json").stdout)
    assert sum("404" in (feed["last_error"] or "") for feed in feeds) == 40
    refreshed = reader("feeds", "--refresh")
    assert len(refreshed.stderr.splitlines()) == 11
