"""One reader for `key: value` headers: Markdown front matter and trafilatura's metadata."""

from __future__ import annotations

from reader.sources.files import load_file, split_front_matter


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


def test_a_heading_names_the_article_in_any_file_and_a_tag_does_not(tmp_path):
    """A `.txt` file is shown as Markdown, so its heading line is its title too."""
    cases = {
        "a.txt": (
            "# Tide tables reprinted\n\nThe tables were reprinted.\n",
            "Tide tables reprinted",
        ),
        "b.md": ("## Lighthouse keeper retires ##\n\nShe retired.\n", "Lighthouse keeper retires"),
        "c.txt": ("#harbour news of the week\n\nBoats.\n", "#harbour news of the week"),
    }
    for name, (text, title) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert load_file(tmp_path / name).title == title


def test_a_date_line_on_top_is_the_date_and_the_headline_or_file_name_the_title(tmp_path):
    cases = {
        "a.txt": ("March 4, 2019\nFerry strike ends\n\nThe strike ended.\n", "Ferry strike ends"),
        "12_Ferry_strike_ends.txt": (
            "4 March 2019\nThe strike ended on Monday.\n",
            "12 Ferry strike ends",
        ),
        "c.txt": ("2019: a year at sea\n\nA review.\n", "2019: a year at sea"),
    }
    for name, (text, title) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        article = load_file(tmp_path / name)
        assert article.title == title
    assert load_file(tmp_path / "a.txt").published.isoformat() == "2019-03-04"
