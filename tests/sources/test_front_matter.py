"""One reader for `key: value` headers: Markdown front matter and trafilatura's metadata."""

from __future__ import annotations

from reader.sources.files import split_front_matter


def test_keys_are_lower_case_and_quotes_come_off():
    meta, body = split_front_matter("---\nTitle: 'Harbour news'\nSource: \"Gazette\"\n---\nText\n")
    assert meta == {"title": "Harbour news", "source": "Gazette"}
    assert body == "Text\n"


def test_a_json_quoted_value_keeps_its_colons_and_escaped_quotes():
    header = '---\ntitle: "Ferry \\"Hebrides\\": back at 10:30"\nurl: https://news.test/a\n---\n'
    meta, _ = split_front_matter(header + "Body")
    assert meta["title"] == 'Ferry "Hebrides": back at 10:30'
    assert meta["url"] == "https://news.test/a"


def test_text_without_a_closed_header_is_all_body():
    for text in ("No header here", "---\ntitle: never closed\n"):
        assert split_front_matter(text) == ({}, text)
