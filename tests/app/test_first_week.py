"""Pilot tests for what a first week of use found (issue 11), one per item."""

from __future__ import annotations

from textual.screen import ModalScreen

from reader.model import Article
from reader.screens.help import HelpScreen
from reader.screens.library import LibraryScreen
from reader.widgets.actors_pane import ActorsPane
from reader.widgets.article_view import ArticleView
from reader.widgets.chronology_pane import ChronologyPane
from reader.widgets.footer import KeyFooter
from tests.app.conftest import settle
from tests.app.helpers import (
    detail_lines,
    drawn_lines,
    event_lines,
    select_actor,
    strip_lines,
    styled_pieces,
)

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
            for widget in (app.screen.query_one(ActorsPane), app.screen.query_one(ChronologyPane)):
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
        await pilot.press("n")  # nothing of the old article is lit any more
        await pilot.pause()
        assert view.border_subtitle == "" and styled_pieces(screen) == []


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
        strip = "\n".join(strip_lines(app.screen))
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
        assert "".join(strip_lines(app.screen)).strip() == ""


async def test_the_strip_and_the_detail_follow_the_article_shown(make_app, seed_path, tmp_path):
    story = tmp_path / "undated.md"
    story.write_text("# Quiet\n\nThe council of Leeds met Rosa Kettle.\n", encoding="utf-8")
    app = make_app(seed_path, story)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        dated, detail = strip_lines(app.screen), detail_lines(app.screen)
        assert "●" in dated[0] and detail[0]
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert "".join(strip_lines(app.screen)).strip() == ""  # nothing dated here
        assert detail_lines(app.screen) != detail
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert strip_lines(app.screen) == dated and detail_lines(app.screen) == detail


def notes(app) -> list[tuple[str, str]]:
    return [(n.title, n.message) for n in app._notifications]


def modals(app) -> list:
    return [s for s in app.screen_stack if isinstance(s, ModalScreen)]


async def test_item_9_the_palette_does_not_stack_a_second_dialog(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("ctrl+p", *"Library")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert len(modals(app)) == 1


async def test_item_9_help_scrolls_with_the_apps_keys(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        box = app.screen.query_one("#help-box")
        assert box.max_scroll_y > 0
        for keys, where in ((("j", "j"), 2), (("k",), 1), (("G",), box.max_scroll_y), (("g",), 0)):
            await pilot.press(*keys)
            await pilot.pause(0.2)
            assert box.scroll_y == where, keys
        await pilot.press("space")
        await pilot.pause(0.2)
        assert box.scroll_y > 5


async def test_item_9_escape_closes_textuals_keys_panel(make_app, seed_path):
    from textual.widgets import HelpPanel

    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.action_show_help_panel()
        await pilot.pause()
        assert app.screen.query(HelpPanel)
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.query(HelpPanel)


async def test_item_9_q_closes_every_dialog_and_escape_too(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for opener in ("question_mark", "l"):
            for closer in ("q", "escape"):
                await pilot.press(opener)
                await settle(pilot)
                assert modals(app), opener
                await pilot.press(closer)
                await pilot.pause()
                assert not modals(app) and app.is_running, (opener, closer)


async def test_item_9_the_library_shows_its_own_keys(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        assert footer.region.height == 1
        line = str(footer.render())
        assert "Filter" in line and "Open" in line and "Next pane" not in line


async def test_the_library_has_the_help_key_and_stays_under_it(make_app, seed_path):
    """'?' is help everywhere: in the library (and its 'a' form) it lists the library's
    keys first, and escape goes back to the library as it was."""
    from reader.screens.help import HelpScreen
    from reader.screens.library import LibraryScreen

    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert "? Help" in str(app.screen.query_one(KeyFooter).render())
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert [title for title, _ in app.screen.sections[:2]] == ["Library", "Library list"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_item_10_offline_notice_says_what_happened(make_app, store, site):
    url = site.add("/story.html", "gone", status=503)
    store.add_many(
        [Article(text="The ferry sailed on Tuesday.", title="Ferry", source=url, url=url)]
    )
    app = make_app(url)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.title == "Ferry"
        titles = [title for title, _ in notes(app)]
        assert "Offline: showing the copy kept in the library" in titles
        assert "Could not open" not in titles


async def test_item_10_counts_are_singular_or_plural(make_app, tmp_path):
    story = tmp_path / "one.md"
    story.write_text("# One\n\nOn 4 May 2020 Alice Smith spoke to the crowd.\n", encoding="utf-8")
    app = make_app(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#chronology").border_subtitle == "1 event"
        assert app.screen.query_one("#actors").border_subtitle == "1 actor"


async def test_item_10_brackets_say_when_they_wrap_and_n_with_nothing_lit(
    make_app, seed_path, tmp_path
):
    app = make_app(seed_path, second_article(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert any("nothing is lit" in m.lower() for _, m in notes(app)), notes(app)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert not any("first article" in m for _, m in notes(app))
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert any("Back to the first article" in m for _, m in notes(app)), notes(app)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert any("the last article" in m for _, m in notes(app)), notes(app)


async def test_item_10_footer_drops_whole_keys_and_keeps_help(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for pane in ("1", "2", "3"):
            await pilot.press(pane)
            await pilot.pause()
            footer = app.screen.query_one(KeyFooter)
            line = str(footer.render())
            assert len(line) <= 80 and "…" not in line
            assert " ? Help " in line
            for _, binding, _, _ in app.screen.active_bindings.values():
                shown = app.get_key_display(binding)
                if binding.show and f" {shown} " in line:  # a key shown has its whole label
                    assert f" {shown} {binding.description} " in line, (pane, line)


async def test_item_10_actor_detail_has_a_fixed_height(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        heights = set()
        for name in ("Blinken", "Armenia"):
            select_actor(screen, name)
            await pilot.pause()
            drawn = drawn_lines(screen.query_one(ActorsPane))
            rule = next(y for y, line in enumerate(drawn) if "▔▔▔" in line)
            heights.add((len(drawn) - rule, screen.query_one(ActorsPane).size.height))
        assert len(heights) == 1, heights


def _rgb_themes(app) -> list[str]:
    """Built-in themes in RGB colours (an ANSI theme takes the terminal's own colours)."""
    from textual.color import Color, ColorParseError

    names = []
    for name, theme in sorted(app.available_themes.items()):
        try:
            if Color.parse(theme.background or "").ansi is None:
                names.append(name)
        except ColorParseError:
            continue
    return names


async def test_item_5_highlights_and_borders_reach_wcag_aa_in_every_theme(make_app, seed_path):
    from textual.color import Color

    from reader.contrast import contrast

    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        focused, blurred = app.screen.query_one("#article"), app.screen.query_one("#actors")
        themes = _rgb_themes(app)
        assert len(themes) >= 15
        failures = []
        for name in themes:
            app.theme = name
            await pilot.pause()
            base = view.rich_style
            for mark in ("article--mention", "article--current", "article--sentence"):
                style = view._style(mark)
                fg = Color.from_rich_color(style.color or base.color)
                bg = Color.from_rich_color(style.bgcolor or base.bgcolor)
                if contrast(fg, bg) < 4.5:
                    failures.append((name, mark, round(contrast(fg, bg), 1)))
            for pane, minimum in ((focused, 3.0), (blurred, 3.0)):
                surface = pane.styles.background
                border = pane.styles.border_top[1]
                if contrast(border, surface) < minimum:
                    failures.append((name, pane.id, "border", round(contrast(border, surface), 1)))
                title = pane.styles.border_title_color
                title = surface.blend(title, title.a) if title.a < 1 else title
                if contrast(title, surface) < 4.5:
                    failures.append((name, pane.id, "title", round(contrast(title, surface), 1)))
        assert not failures, failures


async def test_item_6_a_url_that_fails_closes_the_app_with_exit_2(make_app, site):
    url = site.add("/gone.html", "not here", status=404)
    app = make_app(url)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):  # the fetch fails in a worker, then the app closes itself
            await pilot.pause(0.1)
            if app.return_code is not None:
                break
    assert app.return_code == 2
    assert len(app.failed) == 1 and url in app.failed[0] and "404" in app.failed[0]


async def test_item_6_some_sources_failing_open_the_rest_and_say_which(make_app, seed_path, site):
    url = site.add("/gone.html", "not here", status=404)
    app = make_app(url, seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(50):  # the seed opens and the fetch fails in workers of their own
            await settle(pilot)
            if any(url in message for _, message in notes(app)):
                break
        assert app.is_running and "Azerbaijan" in app.screen.title
        assert any(url in message for _, message in notes(app))


def test_item_6_reader_url_that_fails_is_one_line_and_exit_2(site, tmp_path):
    import os
    import subprocess
    import sys

    url = site.add("/gone.html", "not here", status=404)
    env = {**os.environ, "READER_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "reader", url], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 2
    last = done.stderr.rstrip().splitlines()[-1]
    assert "Traceback" not in done.stderr
    # the app's screen goes to the terminal (stderr here); the error is the line after it
    assert "reader: " in last and "404" in last and url in last, last


def linked_article(tmp_path):
    path = tmp_path / "linked.md"
    path.write_text(
        "---\ntitle: Linked\nurl: https://example.org/story\n---\nThe ferry sailed on Tuesday.\n",
        encoding="utf-8",
    )
    return path


async def test_item_7_o_without_a_browser_offers_to_copy_the_link(make_app, tmp_path, monkeypatch):
    import webbrowser

    from reader.screens.confirm import ConfirmScreen

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: False)
    app = make_app(linked_article(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert not any(m.startswith("Opened") for _, m in notes(app))
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == "https://example.org/story"


async def test_item_7_o_with_no_display_tries_no_browser(make_app, tmp_path, monkeypatch):
    import webbrowser

    from reader.screens.confirm import ConfirmScreen

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"):
        monkeypatch.delenv(name, raising=False)
    tried = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: tried.append(url) or True)
    app = make_app(linked_article(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and tried == []


async def test_item_7_o_on_an_article_without_a_link_says_so(make_app, tmp_path):
    app = make_app(second_article(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert any("no web link" in m for _, m in notes(app)), notes(app)


async def test_item_11_a_with_no_other_article_is_a_short_message(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        select_actor(app.screen, "Blinken")
        await pilot.press("a")
        await settle(pilot)
        assert not modals(app)
        assert any("No other article" in m and "Blinken" in m for _, m in notes(app))


async def test_item_11_an_article_opened_from_a_lights_the_actor(make_app, seed_path, tmp_path):
    other = tmp_path / "other.md"
    other.write_text("# Talks go on\n\nAnthony Blinken met ministers in Paris. Blinken left.\n")
    app = make_app(seed_path, other)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        select_actor(app.screen, "Blinken")
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.title == "Talks go on"
        assert set(styled_pieces(app.screen)) == {"Anthony Blinken", "Blinken"}
        assert app.screen.query_one(ArticleView).border_subtitle == "mention 1 of 2"


async def test_item_12_the_title_bar_says_which_date_a_feed_article_has(make_app, store):
    from reader.screens.reading import FEED_DATE_RULE

    store.add_many(
        [
            Article(
                text="The ferry sailed on Tuesday.",
                title="Ferry",
                source="Courier",
                url="http://news.test/ferry",
                feed="http://news.test/feed.xml",
            )
        ]
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.title == "Ferry"
        assert app.screen.query_one("#title-bar").tooltip == FEED_DATE_RULE
