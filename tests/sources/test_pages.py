"""Web pages and local HTML files: the article's text as Markdown, with its metadata."""

from __future__ import annotations

from datetime import date

import pytest

from reader.sources import load, read_url
from reader.sources.errors import SourceError
from reader.sources.html import extract_page, fragment_markdown
from tests.sources.samples import FLOOD, flood_page, page


def test_the_article_keeps_paragraphs_and_headings_as_markdown():
    found = extract_page(flood_page().encode(), url="http://news.test/flood")
    paragraphs = found.text.split("\n\n")
    assert paragraphs[0] == FLOOD[0]
    assert "## Help is on the way" in paragraphs
    assert FLOOD[2] in paragraphs


def test_menus_footers_and_the_repeated_title_are_left_out():
    found = extract_page(flood_page().encode())
    assert "Sport" not in found.text
    assert "Copyright" not in found.text
    assert not found.text.startswith("# ")


def test_metadata_comes_from_the_page():
    found = extract_page(flood_page().encode(), url="http://news.test/flood")
    assert found.title == "River floods the lower town"
    assert found.author == "Nora Blake"
    assert found.site == "Valley Courier"
    assert found.published == date(2021, 10, 3)


def test_a_page_without_article_text_is_refused():
    empty = "<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a></nav>"
    with pytest.raises(SourceError, match=r"^no article text found in the page: here$"):
        extract_page((empty + "<p>Sign in</p></body></html>").encode(), where="here")


def test_a_url_gives_one_article(site):
    url = site.add("/flood.html", flood_page())
    (article,) = load(url)
    assert article.title == "River floods the lower town"
    assert article.published == date(2021, 10, 3)
    assert article.source == url
    assert article.url == url
    assert article.text.startswith(FLOOD[0])


def test_the_charset_of_the_response_is_used(site):
    text = page("Café owner honoured", [FLOOD[0].replace("Ardmore", "Sainte-Thérèse")] + FLOOD[1:])
    url = site.add("/latin.html", text.encode("latin-1"), content_type="text/html; charset=latin-1")
    (article,) = load(url)
    assert "Sainte-Thérèse" in article.text
    assert article.title == "Café owner honoured"


def test_terminal_escapes_in_a_page_are_removed(site):
    hostile = [FLOOD[0] + " \x1b[2J\x1b]0;pwned\x07Evil\x9b", *FLOOD[1:]]
    (article,) = load(site.add("/esc.html", page("Escapes", hostile)))
    assert "\x1b" not in article.text and "\x9b" not in article.text and "\x07" not in article.text
    assert "Evil" in article.text


def test_an_escape_sequence_in_a_title_leaves_nothing_of_itself():
    hostile = page("Calm \x1b]0;pwned\x07\x1b[2J\x9b31mnews", FLOOD).encode()
    found = extract_page(hostile)
    assert found.title == "Calm news"


def test_a_date_line_in_the_text_is_the_fallback_date(site):
    dated = page("Bridge opens", ["March 6, 2008", *FLOOD])
    (article,) = load(site.add("/dated.html", dated))
    assert article.published == date(2008, 3, 6)


def test_a_local_html_file_reads_like_the_page(tmp_path, site):
    path = tmp_path / "flood.html"
    path.write_text(flood_page(), encoding="utf-8")
    (from_file,) = load(str(path))
    (from_file_url,) = load(path.as_uri())
    (from_web,) = load(site.add("/flood.html", flood_page()))
    assert from_file.text == from_file_url.text == from_web.text
    assert from_file.title == from_web.title
    assert from_file.source == str(path)
    assert from_file.url == ""


def test_a_file_url_to_a_text_file_reads_the_text_file(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Ferry strike ends\n\nThe ferry crews went back to work on Friday.\n")
    (article,) = load(path.as_uri())
    assert article.title == "Ferry strike ends"


def test_a_plain_text_response_is_an_article(site):
    url = site.add("/story.txt", "Dam repaired\n\n" + FLOOD[1], content_type="text/plain")
    (article,) = load(url)
    assert article.title == "Dam repaired"
    assert FLOOD[1] in article.text


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "not a web page or feed (image/png)"),
        (b"PK\x03\x04\x00\x00zip", "application/octet-stream", "(application/octet-stream)"),
        (b"\x00\x01\x02\x03 no type", "", "not a web page or feed (binary data)"),
        (b"%PDF-1.4 ...", "application/pdf", "not a web page or feed (application/pdf)"),
        (
            b"<?xml version='1.0'?><svg/>",
            "application/xml",
            "an XML document (<svg>) but not a feed",
        ),
    ],
)
def test_a_non_html_response_is_refused(site, body, content_type, message):
    url = site.add("/thing", body, content_type=content_type)
    with pytest.raises(SourceError, match=r"^(not a web page or feed|an XML document)") as caught:
        load(url)
    assert message in str(caught.value)
    assert str(caught.value).endswith(url)


def test_an_oversized_page_is_cut_and_still_read(site, monkeypatch, caplog):
    monkeypatch.setenv("READER_FETCH_MAX_BYTES", "3000")
    long_page = page(
        "Long report",
        FLOOD + [f"Filler paragraph number {n} about the river." for n in range(300)],
    )
    (article,) = load(site.add("/long.html", long_page))
    assert article.text.startswith(FLOOD[0])
    assert len(article.text) < 3000
    assert "response cut at the 3000 bytes limit" in caplog.text


@pytest.mark.parametrize("url", ["ftp://example.invalid/a.html", "mailto:x@y.z", "data://text/x"])
def test_other_schemes_are_refused(url):
    with pytest.raises(SourceError, match="unsupported URL scheme"):
        load(url) if "://" in url else read_url(url)


def test_a_page_of_too_many_tags_is_read_as_plain_paragraphs(monkeypatch, caplog):
    """A page of a million tiny elements would hold trafilatura for minutes: past the
    limit its paragraphs are read in one pass, without its scripts, menus and footers."""
    monkeypatch.setattr("reader.sources.html.MAX_TAGS", 40)
    body = "".join(f"<p>{line} <b>now</b></p>" for line in FLOOD)
    hostile = page("Many tags", FLOOD).replace(
        "<body>", f"<body><script>var menu = 1;</script><nav>Home Sport</nav>{body * 5}"
    )
    found = extract_page(hostile.encode(), where="here")
    assert found.title == "Many tags"
    assert found.text.split("\n\n")[:2] == [f"{FLOOD[0]} now", f"{FLOOD[1]} now"]
    assert "var menu" not in found.text and "Home Sport" not in found.text
    assert "read as plain paragraphs: here" in caplog.text


def test_an_entry_of_too_many_tags_is_read_as_plain_paragraphs(monkeypatch):
    monkeypatch.setattr("reader.sources.html.MAX_TAGS", 10)
    entry = "".join(f"<p>{line}<br>more</p>" for line in FLOOD)
    assert fragment_markdown(entry).split("\n\n")[:3] == [FLOOD[0], "more", FLOOD[1]]


def _crowded(count: int) -> str:
    """A tag of `count` attributes, each of a name of its own."""
    return "<p " + " ".join(f"data-v{n}=x" for n in range(count)) + ">"


@pytest.mark.parametrize("crowd", [_crowded(100_000), _crowded(100_000).replace("=x", "")])
def test_a_tag_of_a_hundred_thousand_attributes_is_read_in_a_moment(crowd):
    """libxml2 weighs each attribute against the others: one such tag (1.5 MB) held
    'reader add' for hours, in C, where no deadline reaches."""
    import time

    story = " ".join(FLOOD)
    start = time.monotonic()
    html = f"<html><head><title>Velkor quay</title></head><body><article>{crowd}{story}</p>"
    read = extract_page(f"{html}<p>{story}</p></article></body></html>".encode(), "utf-8")
    assert time.monotonic() - start < 10
    assert FLOOD[0] in read.text
    fragment = fragment_markdown(f"{crowd}{story}</p>")
    assert FLOOD[0] in fragment and time.monotonic() - start < 20


def test_a_long_tag_of_few_attributes_keeps_them():
    """A long value (an inline SVG's path, a long description) costs nothing."""
    from reader.sources.clean import few_attributes

    svg = '<path class="line" d="' + "M 0 0 L 1 1 " * 5_000 + '"/>'
    assert few_attributes(svg) == svg
    assert few_attributes(_crowded(2_000) + "x</p>") == "<p>x</p>"


def test_a_tag_never_closed_is_passed_in_a_moment():
    """ "<a" and a megabyte of letters with no ">": the search for long tags backtracked
    over every start (hours for a megabyte); the page is read as it is, untouched."""
    import time

    from reader.sources.clean import few_attributes, few_attributes_of

    never_closed = "<a" + "b" * 1_000_000
    start = time.monotonic()
    assert few_attributes(never_closed) is never_closed
    assert time.monotonic() - start < 10
    page = "<p>café</p>".encode()
    assert few_attributes_of(page) is page  # nothing to cut: the bytes as they came


@pytest.mark.parametrize("charset", ["utf-16", "", "utf-16-be"])
def test_such_a_tag_in_utf_16_is_read_in_a_moment_too(charset):
    """Its tags' bytes are apart in UTF-16: read as bytes, the tag went unseen."""
    import time

    story = " ".join(FLOOD)
    html = f"<html><body><article>{_crowded(100_000)}{story}</p><p>{story}</p></article>"
    codec = charset or "utf-16"  # none said: its byte-order mark tells
    start = time.monotonic()
    read = extract_page((html + "</body></html>").encode(codec), charset)
    assert FLOOD[0] in read.text and time.monotonic() - start < 10
