"""Pilot tests for what a first week of use found (issue 11), one per item."""

from __future__ import annotations

from reader.widgets.actors_pane import ActorList
from reader.widgets.article_view import ArticleView
from reader.widgets.chronology_pane import EventList, TimelineStrip
from tests.app.conftest import settle
from tests.app.helpers import event_lines, select_actor, styled_pieces

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


async def test_item_3_event_summaries_are_plain_text(make_app, tmp_path):
    from tests.cli.test_first_week_cli import MARKDOWN_STORY

    story = tmp_path / "story.md"
    story.write_text(MARKDOWN_STORY, encoding="utf-8")
    app = make_app(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        events = event_lines(app.screen)
        assert any(
            "meeting in Arlington, Virginia with Maria Lopez and officials" in e for e in events
        )
        assert not any(mark in e for e in events for mark in ("**", "](", "`", "…")), events


async def test_item_4_no_empty_state_line_above_events(make_app, tmp_path):
    story = tmp_path / "months.md"
    story.write_text(
        "# Budget passes\n\nIn June 2023 the council of Leeds approved the new budget.\n\n"
        "The mayor of Leeds signed the budget in the first quarter of 2024.\n",
        encoding="utf-8",
    )
    app = make_app(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        events = event_lines(app.screen)
        assert len(events) == 2 and "No dated events" not in events
        strip = str(app.screen.query_one(TimelineStrip).render())
        assert "no dated events" not in strip.lower()
        assert strip.count("●") == 2  # item 12: every dated event is on the strip
        assert events[0].startswith("Jun 2023") and "Jun 2023" in strip  # written the same


async def test_item_4_empty_state_line_once_when_nothing_is_dated(make_app, tmp_path):
    story = tmp_path / "undated.md"
    story.write_text("# Quiet\n\nThe council of Leeds approved the new budget.\n", encoding="utf-8")
    app = make_app(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert event_lines(app.screen) == ["No dated events"]
        assert str(app.screen.query_one(TimelineStrip).render()).strip() == ""
