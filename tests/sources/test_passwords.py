"""A URL's password is hidden wherever a URL is shown (see urls.hide_password)."""

from __future__ import annotations

import pytest

from reader.sources.urls import hide_password, url_netloc


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("https://ana:s3cret@feeds.velkor.test/a", "https://ana:***@feeds.velkor.test/a"),
        ("https://ana:p@ss@velkor.test:8080/a?b@c", "https://ana:***@velkor.test:8080/a?b@c"),
        ("https://ana@velkor.test/a", "https://ana@velkor.test/a"),  # no password to hide
        ("https://velkor.test:8080/a@b", "https://velkor.test:8080/a@b"),
        ("mailto:desk@velkor.test", "mailto:desk@velkor.test"),
        (
            "redirect refused: http://a:x@velkor.test/ -> http://b:y@tarsk.test/",
            "redirect refused: http://a:***@velkor.test/ -> http://b:***@tarsk.test/",
        ),
    ],
)
def test_the_password_alone_is_hidden(text, shown):
    assert hide_password(text) == shown


def test_a_host_is_named_without_who_signs_in():
    assert url_netloc("https://ana:s3cret@velkor.test:8080/a") == "velkor.test:8080"
