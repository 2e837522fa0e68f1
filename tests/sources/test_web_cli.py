"""The command line on web sources: `reader parse URL`, `reader add FEED`, `reader list --opml`,
and one clear line on stderr for each kind of bad input."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from reader.cli import main
from reader.sources.opml import read_opml
from tests.sources.samples import FEED_TYPE, FLOOD, flood_page, rss

HEAVY = ("httpx", "trafilatura", "feedparser", "lxml", "defusedxml")


def reader(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, timeout=60
    )


def test_parse_a_url_as_json(site):
    url = site.add("/flood.html", flood_page())
    done = reader("parse", url, "--format", "json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["title"] == "River floods the lower town"
    assert document["published"] == "2021-10-03"
    assert document["source"] == url
    assert "\n\n## Help is on the way\n\n" in document["text"]
    assert {"actors", "timexes", "events"} <= set(document)


def test_add_a_feed_then_export_the_feeds_as_opml(site):
    entries = [
        {"title": f"Story {n}", "link": f"http://news.test/{n}", "content": " ".join(FLOOD)}
        for n in (1, 2)
    ]
    url = site.add("/feed.xml", rss(entries), content_type=FEED_TYPE)
    added = reader("add", url)
    assert added.returncode == 0, added.stderr
    lines = added.stdout.splitlines()
    assert len(lines) == 3 and "Story 1" in lines[0] and "Story 2" in lines[1]
    assert lines[2] == f"2 new articles from Valley Courier ({url})"
    again = reader("add", url)
    assert again.returncode == 0  # nothing new, and it says so
    assert again.stdout == f"0 new articles from Valley Courier ({url}), 2 in all\n"
    exported = reader("list", "--opml")
    assert exported.returncode == 0
    assert [(o.url, o.title) for o in read_opml(exported.stdout.encode())] == [
        (url, "Valley Courier")
    ]


def test_a_password_in_a_feed_address_is_not_shown(site):
    """It goes to the server; the terminal (its scrollback, a pasted report) shows ***.
    The feeds' OPML and the JSON keep it whole: they are data, for another program."""
    entries = [{"title": "Story 1", "content": " ".join(FLOOD)}]  # no link: named by the feed
    site.add("/feed.xml", rss(entries), content_type=FEED_TYPE)
    url = site.url("/feed.xml").replace("://", "://ana:Velk0r-secret@")
    shown = url.replace("Velk0r-secret", "***")
    added = reader("add", url)
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines()[-1] == f"1 new article from Valley Courier ({shown})"
    site.routes.pop("/feed.xml")
    for command in (["feeds"], ["feeds", "--refresh"], ["list"]):
        done = reader(*command)
        assert "Velk0r" not in done.stdout + done.stderr, command
    assert f"({shown})" in reader("feeds").stdout
    parsed = reader("parse", url)  # the kept copy, as JSON: data, like the OPML
    assert parsed.stderr.startswith(f"reader: HTTP 404 Not Found: {shown}; using the copy")
    assert [o.url for o in read_opml(reader("list", "--opml").stdout.encode())] == [url]


def test_add_an_opml_list_reports_the_feeds_that_failed(site, tmp_path):
    good = site.add(
        "/a.xml", rss([{"title": "Kept", "content": " ".join(FLOOD)}]), content_type=FEED_TYPE
    )
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        f'<opml version="2.0"><body><outline xmlUrl="{good}"/>'
        f'<outline xmlUrl="{site.url("/gone.xml")}"/></body></opml>'
    )
    done = reader("add", str(opml))
    assert done.returncode == 2
    assert "Kept" in done.stdout
    assert done.stderr == f"reader: feed failed: {site.url('/gone.xml')}: HTTP 404 Not Found\n"
    exported = reader("list", "--opml")
    assert len(read_opml(exported.stdout.encode())) == 2  # both feeds are registered


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


BOMB = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    "<rss version='2.0'><channel><title>&b;</title></channel></rss>"
)


def bad_inputs(site) -> list[tuple[str, str]]:
    """(source, expected start of the message) for each kind of bad input."""
    site.add(
        "/empty.html", "<html><body><nav><a href='/'>Home</a></nav><p>Sign in</p></body></html>"
    )
    site.add("/image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", content_type="image/png")
    site.add("/slow.html", flood_page(), delay=2)
    site.add("/error", "no", status=500)
    site.add("/bomb.xml", BOMB, content_type=FEED_TYPE)
    site.add("/junk.xml", "<rss version='2.0'><<<>>> &&&", content_type=FEED_TYPE)
    site.redirect("/loop1", "/loop2")
    site.redirect("/loop2", "/loop1")
    return [
        (f"http://127.0.0.1:{closed_port()}/x.html", "cannot reach 127.0.0.1 ("),
        (site.url("/slow.html"), "timed out after 1 s: "),
        (site.url("/missing.html"), "HTTP 404 Not Found: "),
        (site.url("/error"), "HTTP 500 Internal Server Error: "),
        (site.url("/empty.html"), "no article text found in the page: "),
        (site.url("/image.png"), "not a web page or feed (image/png): "),
        (site.url("/bomb.xml"), "feed refused: it declares XML entities (DOCTYPE/ENTITY): "),
        (site.url("/junk.xml"), "not a readable feed ("),
        (site.url("/loop1"), "redirect loop: "),
        ("ftp://127.0.0.1/file.html", "unsupported URL scheme 'ftp' (use http, https or file): "),
    ]


def test_each_bad_input_gives_one_clear_line_and_exit_2(site, capsys):
    for source, message in bad_inputs(site):  # in this process: a subprocess each is slow
        assert main(["parse", source]) == 2, source
        out, err = capsys.readouterr()
        assert out == ""
        assert err.startswith(f"reader: {message}"), (source, err)
        assert err.count("\n") == 1


def test_a_bad_input_from_the_command_line(site):
    done = reader("parse", site.url("/missing.html"))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"reader: HTTP 404 Not Found: {site.url('/missing.html')}\n"


def test_an_oversized_page_is_read_up_to_the_limit_with_a_warning(site, monkeypatch):
    monkeypatch.setenv("READER_FETCH_MAX_BYTES", "4000")
    filler = [f"Paragraph {n} of the long report on the river and its banks." for n in range(400)]
    url = site.add(
        "/long.html",
        flood_page().replace("</article>", "".join(f"<p>{p}</p>" for p in filler) + "</article>"),
    )
    done = reader("parse", url, "--format", "json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["text"].startswith(FLOOD[0])
    assert (
        done.stderr
        == f"reader: warning: response cut at the 4000 bytes limit (the rest is not read): {url}\n"
    )


def test_web_libraries_load_only_for_web_sources(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Dam repaired\n\n" + FLOOD[0])
    code = (
        "import sys, reader.cli, reader.sources, reader.sources.web, reader.sources.feeds, "
        "reader.sources.fetch, reader.sources.html, reader.sources.opml\n"
        f"reader.sources.load({str(article)!r})\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


@pytest.mark.parametrize("suffix", [".html", ".rss"])
def test_a_missing_local_web_file_is_named(tmp_path, suffix, capsys):
    missing = tmp_path / f"nothing{suffix}"
    assert main(["parse", str(missing)]) == 2
    assert capsys.readouterr().err == f"reader: no such file or folder: {missing}\n"


def test_parse_a_url_offline_uses_the_kept_copy(site):
    url = site.add("/story.html", flood_page())
    assert reader("parse", url).returncode == 0
    site.add("/story.html", "gone", status=503)
    again = reader("parse", url, "--format", "json")
    assert again.returncode == 0
    assert json.loads(again.stdout)["text"].startswith(FLOOD[0])
    assert (
        again.stderr.startswith("reader: HTTP 503") and "copy kept in the library" in again.stderr
    )
