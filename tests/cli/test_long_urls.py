"""A URL of megabytes from a feed is shown cut, as a title of megabytes is: every line
`reader add` and `reader list` print stays a line (see urls.shown_url)."""

from __future__ import annotations

import json

from tests.cli.test_feeds_cli import reader
from tests.sources.samples import FEED_TYPE, rss

LONG_LINK = "http://news.test/velkor-quay/" + "q" * 1_000_000


def test_an_entry_linked_to_megabytes_of_url_is_listed_in_a_line(site):
    entry = {"title": "Velkor quay", "link": LONG_LINK, "content": "Ana Vell met Ilse Marwick."}
    feed = site.add("/feed.xml", rss([entry]), content_type=FEED_TYPE)
    added = reader("add", feed)
    listed = reader("list")
    lines = (added.stdout + added.stderr + listed.stdout).splitlines()
    assert max(map(len, lines)) < 2_200
    assert "http://news.test/velkor-quay/qqq" in listed.stdout and "…" in listed.stdout
    assert json.loads(reader("list", "--json").stdout)[0]["source"] == LONG_LINK  # kept whole


def test_a_source_named_by_100_kb_fails_in_a_line(tmp_path):
    """A message about a source names it as a URL is shown: cut."""
    for name in (str(tmp_path / ("velkor" * 16_000)), "http://news.test/" + "q" * 100_000):
        failed = reader("add", name)
        assert failed.returncode == 2 and failed.stderr.count("\n") == 1
        assert len(failed.stderr) < 2_100
