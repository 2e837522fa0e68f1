"""Pilot tests: keys typed ahead (sent in one burst, as a terminal sends a paste or keys
typed faster than the app handles them) do what the same keys pressed one by one do."""

from __future__ import annotations

from reader.screens.feeds import FeedsScreen
from reader.widgets.article_view import ArticleView
from tests.app.conftest import settle
from tests.app.feeds_helpers import serve_feeds
from tests.app.helpers import detail_lines, send_burst


async def test_a_pane_key_then_moves_then_enter_select_in_that_pane(make_app, seed_path):
    """ "2", down, down, enter in one burst scrolled the article and selected the first
    actor: the moves went to the pane focused before "2" was handled."""
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "down", "down", "enter")
        await settle(pilot)
        one_by_one = detail_lines(app.screen)

    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        send_burst(app, "2", "down", "down", "enter")
        await settle(pilot)
        assert detail_lines(app.screen) == one_by_one
        assert app.screen.query_one(ArticleView).scroll_y == 0


async def test_a_screen_key_then_its_filter_in_one_burst(make_app, store, site):
    """ "F" then "/" and words in one burst opened the find prompt over the article and
    lost the "F": the Feeds screen opens and its filter takes the words."""
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        send_burst(app, "F/harb")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        assert app.screen.query_one("#feeds-filter").value == "harb"


async def test_keys_behind_one_that_never_comes_through_go_on(make_app, seed_path, monkeypatch):
    """A key whose widget goes away never says it is through: the keys behind it wait
    half a second at most, then go on in order."""
    from textual.message import Message

    import reader.typed_ahead

    class Lost(Message):
        """Reaches no handler: every key in flight stays so."""

    monkeypatch.setattr(reader.typed_ahead, "KeyThrough", Lost)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        send_burst(app, "2", "down", "enter")
        await pilot.pause(3 * reader.typed_ahead.GIVE_UP + 0.5)
        await settle(pilot)
        assert detail_lines(app.screen)[0].endswith("(person)")
        assert not app._typed_ahead
