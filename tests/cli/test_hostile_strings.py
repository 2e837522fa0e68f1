"""Every string from outside reaches no terminal with a live escape sequence in it.

One hostile string, carrying every kind of trouble, is fed through each way a
string gets in (front matter, a JSON sidecar, a file name, a server's reason
phrase and Content-Type, a feed's titles and links, an OPML list); nothing of
it may come out of `reader add`, `reader list`, `reader parse`.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading

import pytest

from tests.localsite import fast_limits, site  # noqa: F401 (fixtures)

# Set the window title, write the clipboard (OSC 52), draw a hyperlink (OSC 8, 8-bit),
# colour (CSI, 7- and 8-bit), reorder (bidi override and isolate), break a line,
# return, NUL, bell; the lone surrogate is added where JSON can spell it.
HOSTILE = (
    "Harbour\x1b]0;TITLEPAYLOAD\x07 news\x1b]52;c;Q0xJUFBBWUxPQUQ=\x1b\\ today"
    "\x9d8;;http://LINKPAYLOAD.test\x9c here\x1b[31m red\x9b1m bold"
    "\u202eoverride\u2066isolate\u2069\nsecond line\rreturn\x00nul\x07bell"
)
WITH_SURROGATE = HOSTILE + "\ud800end"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# What the 7-bit sequences carry. (A server's 8-bit bytes or a feed's &#157; do not
# arrive as C1 controls: httpx drops them, feedparser reads them as windows-1252.)
PAYLOADS = ("TITLEPAYLOAD", "Q0xJUFBBWUxPQUQ")


def reader(*args, sequences: bool = True) -> subprocess.CompletedProcess:
    """Run reader; its output must be inert (and, with `sequences`, hold no payload of
    the 7-bit sequences, which the input carried whole)."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", *map(str, args)],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:surrogateescape"},
    )
    out = result.stdout.decode("utf-8", "surrogateescape")
    err = result.stderr.decode("utf-8", "surrogateescape")
    assert "Traceback" not in err
    for stream in (out, err):
        assert_inert(stream, sequences)
    return subprocess.CompletedProcess(result.args, result.returncode, out, err)


def assert_inert(output: str, sequences: bool = True) -> None:
    """No control, bidi or surrogate character, and none of the sequences' payloads
    (a sequence is removed whole, not only its ESC)."""
    assert not [line for line in output.split("\n") if UNSAFE.search(line)], output
    assert not sequences or not [p for p in PAYLOADS if p in output], output


def test_front_matter_reaches_no_output(tmp_path):
    article = tmp_path / "harbour.md"
    header = f"title: {json.dumps(WITH_SURROGATE)}\nsource: {json.dumps(WITH_SURROGATE)}\n"
    article.write_text(f"---\n{header}---\nThe harbour at Dunmore opens on 3 June 2023.\n")
    added = reader("add", article)
    assert added.returncode == 0 and "Harbour news today here red bold" in added.stdout
    listed = reader("list")
    assert "Harbour news" in listed.stdout
    assert "Harbour news" in json.loads(reader("list", "--json").stdout)[0]["title"]
    for form in ("text", "markdown", "json"):
        assert "Harbour news" in reader("parse", article, "--format", form).stdout


def test_a_json_sidecar_reaches_no_output(tmp_path):
    article = tmp_path / "pier.txt"
    article.write_text("The pier at Westvale closes on 4 June 2023 for repairs.\n")
    meta = {"title": WITH_SURROGATE, "source": WITH_SURROGATE, "url": WITH_SURROGATE}
    (tmp_path / "pier.json").write_text(json.dumps(meta))  # \u001b: a real ESC once read
    assert "\\u001b" in (tmp_path / "pier.json").read_text()
    assert reader("add", article).returncode == 0
    assert "Harbour news" in reader("list").stdout
    entry = json.loads(reader("list", "--json").stdout)[0]
    assert "Harbour news" in entry["title"]
    assert "Harbour news" in reader("parse", article, "--format", "text").stdout


def test_file_names_reach_no_output(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    hostile = HOSTILE.replace("\x00", "").replace("/", "|")
    name = os.fsencode(hostile) + b"\xff"  # and not UTF-8
    base = os.fsencode(folder) + b"/" + name
    with open(base + b".txt", "wb") as file:
        file.write(b"The quay reopens on 5 June 2023, the council said today.\n")
    with open(base + b".md", "wb"):
        pass  # empty: an error message names it
    added = reader("add", folder)
    assert added.returncode == 0  # the bad file is a warning; the good one is kept
    assert "added" in added.stdout and "empty article" in added.stderr
    assert "Harbour" in reader("list").stdout


def test_a_target_to_remove_reaches_no_output():
    """`reader remove` said which argument was not in the library as it was given."""
    done = reader("remove", HOSTILE.replace("\x00", ""), "https://ana:Velk0r@tarsk.test/rss")
    assert done.returncode == 2 and done.stderr.count("not in the library") == 2
    assert "https://ana:***@tarsk.test/rss" in done.stderr and "Velk0r" not in done.stderr


@pytest.fixture
def raw_server():
    """Answers every request with the bytes given for its path (status line and all)."""
    answers: dict[str, bytes] = {}
    server = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                path = conn.recv(65536).split(b" ", 2)[1].decode()
                conn.sendall(answers.get(path, b"HTTP/1.1 404 Not Found\r\n\r\n"))

    threading.Thread(target=serve, daemon=True).start()
    base = f"http://127.0.0.1:{server.getsockname()[1]}"
    yield base, answers
    server.close()


def test_reason_phrase_and_content_type_reach_no_output(raw_server):
    base, answers = raw_server
    hostile = HOSTILE.replace("\n", " ").replace("\r", " ").replace("\x00", "")
    answers["/reason"] = f"HTTP/1.1 404 {hostile}\r\nContent-Length: 0\r\n\r\n".encode()
    answers["/type"] = (
        f"HTTP/1.1 200 OK\r\nContent-Type: image/{hostile}\r\nContent-Length: 4\r\n\r\n"
    ).encode() + b"\x00\x01\x02\x03"
    for path in ("/reason", "/type"):
        result = reader("add", base + path)
        assert result.returncode == 2 and result.stderr.count("\n") == 1


def feed(title: str, link: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://news.test/</link><item><title>{title}</title>"
        f"<link>{link}</link><description>The harbour at Dunmore opens on 3 June 2023."
        "</description></item></channel></rss>"
    )


def as_xml(text: str) -> str:
    """Every character as a character reference, control characters included."""
    return "".join(f"&#{ord(c)};" for c in text)


def test_feed_titles_links_and_opml_reach_no_output(site):  # noqa: F811 (fixture)
    title, link = as_xml(HOSTILE), "https://news.test/a" + as_xml(HOSTILE)
    url = site.add("/feed.xml", feed(title, link), content_type="application/rss+xml")
    added = reader("add", url)
    assert added.returncode == 0 and "Harbour" in added.stdout
    assert "Harbour" in reader("list").stdout
    assert "Harbour" in reader("list", "--opml").stdout
    # XML 1.0 has no C0 controls (not even as references): the rest of the string then
    title = as_xml(re.sub("[\x00-\x1f]", "", HOSTILE))
    opml = (
        '<?xml version="1.0"?><opml version="2.0"><body>'
        f'<outline text="{title}" xmlUrl="{site.url("/missing")}{title}"/>'
        "</body></opml>"
    )
    listed = site.add("/list.opml", opml, content_type="text/x-opml")
    result = reader("add", listed, sequences=False)
    assert result.returncode == 2 and "feed failed" in result.stderr


def write_notices(folder, bad: int) -> list:
    """Three notices; the `bad` one has a lone surrogate in its front matter."""
    folder.mkdir()
    paths = []
    for n in range(3):
        title = json.dumps(f"Notice {n} \ud800" if n == bad else f"Notice {n}")
        path = folder / f"notice-{n}.md"
        path.write_text(f"---\ntitle: {title}\n---\nThe quay at Dunmore reopens on {n + 1} May.\n")
        paths.append(path)
    return paths


def test_a_lone_surrogate_in_one_file_sinks_none_of_the_others(tmp_path):
    paths = write_notices(tmp_path / "notices", bad=1)
    added = reader("add", *paths)
    assert added.returncode == 0 and added.stdout.count("added") == 3
    titles = sorted(e["title"] for e in json.loads(reader("list", "--json").stdout))
    assert titles == ["Notice 0", "Notice 1", "Notice 2"]
