"""Pilot tests for what a first week of use found (issue 11), one per item."""

from __future__ import annotations

from reader.widgets.actors_pane import ActorList
from reader.widgets.article_view import ArticleView
from reader.widgets.chronology_pane import EventList
from tests.app.conftest import settle
from tests.app.helpers import select_actor, styled_pieces

SECOND = "# Second story\n\nOn 4 May 2020 Alice Smith spoke in Paris. Alice Smith left.\n"


def second_article(tmp_path):
    path = tmp_path / "second.md"
    path.write_text(SECOND, encoding="utf-8")
    return path


def drawn_widths(option_list) -> set[int]:
    """The width of every line the list draws now."""
    return {option_list.render_line(y).cell_length for y in range(option_list.size.height)}


async def test_item_1_lists_rewrap_after_resize(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for width in (104, 130):
            await pilot.resize_terminal(width, 40)
            await pilot.pause(0.2)
            for widget in (app.screen.query_one(ActorList), app.screen.query_one(EventList)):
                assert drawn_widths(widget) == {widget.scrollable_content_region.width}, width


async def test_item_2_article_change_resets_per_article_state(make_app, seed_path, tmp_path):
    app = make_app(seed_path, second_article(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        await pilot.press("2")
        select_actor(screen, "Blinken")
        await pilot.press("enter")
        await pilot.pause()
        assert view.border_subtitle.startswith("mention 1 of")
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert screen.title == "Second story"
        assert view.border_subtitle == ""
        assert styled_pieces(screen) == []
        assert not screen.check_action("step_mention", (1,))


async def test_item_2_an_event_after_an_actor_drops_the_mention_counter(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        await pilot.press("2")
        select_actor(app.screen, "Blinken")
        await pilot.press("enter")
        await pilot.pause()
        assert view.border_subtitle.startswith("mention 1 of")
        await pilot.press("3", "enter")
        await pilot.pause()
        assert view.border_subtitle == ""
