"""Pilot tests: `/` finds words in the article, lit like mentions, walked with n / N, cleared
with escape and when another article is shown."""

from __future__ import annotations

from reader.find import find_words
from reader.widgets.article_view import ArticleView
from tests.app.conftest import settle
from tests.app.helpers import send_burst, styled_pieces

PIER = (
    "---\ntitle: Pier repairs\npublished: 2023-06-27\n---\n"
    "The Pier at Wick was closed on Monday.\n\n"
    "Divers checked the old pier on Tuesday, and the council said the PIER would open "
    "again in July.\n"
)
ORCHARD = "Orchard harvest\n\nThe apple harvest in Westvale started late this year.\n"


def test_find_words_takes_the_phrase_else_each_word():
    text = "The old pier at Wick; an old\n pier again; the quay."
    quay, wick, second = text.index("quay"), text.index("Wick"), text.index("old\n")
    assert find_words(text, "old pier") == [(4, 12), (second, second + 9)]
    assert find_words(text, "QUAY") == [(quay, quay + 4)]
    assert find_words(text, "quay wick") == [(wick, wick + 4), (quay, quay + 4)]  # the words
    assert find_words(text, "   ") == [] and find_words(text, "[a") == []


async def test_slash_finds_n_walks_escape_clears_and_another_article_resets(make_app, tmp_path):
    (tmp_path / "a_pier.md").write_text(PIER)
    (tmp_path / "b_orchard.txt").write_text(ORCHARD)
    app = make_app(tmp_path / "a_pier.md", tmp_path / "b_orchard.txt")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.title == "Pier repairs"
        view = app.screen.query_one(ArticleView)
        await pilot.press("slash", *"pier", "enter")
        await settle(pilot)
        assert [p.lower() for p in styled_pieces(app.screen)] == ["pier", "pier", "pier"]
        assert view.border_subtitle == "match 1 of 3"
        await pilot.press("n")
        assert view.border_subtitle == "match 2 of 3"
        await pilot.press("N", "N")
        assert view.border_subtitle == "match 3 of 3"
        await pilot.press("escape")
        assert styled_pieces(app.screen) == [] and view.border_subtitle == ""
        await pilot.press("slash")
        await settle(pilot)
        await pilot.press(*"pier council", "enter")  # no phrase: each word
        await settle(pilot)
        assert [p.lower() for p in styled_pieces(app.screen)] == ["pier", "pier", "council", "pier"]
        await pilot.press("right_square_bracket")  # another article: nothing carried over
        await settle(pilot)
        assert app.screen.title == "Orchard harvest"
        assert styled_pieces(app.screen) == [] and view.border_subtitle == ""
        assert app.screen._search == ""
        await pilot.press("slash", *"pear", "enter")
        await settle(pilot)
        assert styled_pieces(app.screen) == []
        assert any("Not in this article: pear" in n.message for n in app._notifications)


async def test_words_typed_at_once_with_slash_are_the_words_found(make_app, tmp_path):
    """Typed in one burst, the letters after "/" reached the find prompt before its field
    had the focus, and were lost: the field now takes them, in order."""
    from textual.widgets import Input

    from reader.screens.prompt import PromptScreen

    (tmp_path / "a_pier.md").write_text(PIER)
    app = make_app(tmp_path / "a_pier.md")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        send_burst(app, "/pier")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one(Input).value == "pier"
