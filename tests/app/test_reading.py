"""Pilot tests: the reading screen driven from the keyboard, as a person would."""

from __future__ import annotations

from reader.screens.help import HelpScreen
from reader.screens.library import LibraryScreen
from reader.widgets.actors_pane import ActorsPane
from reader.widgets.article_view import ArticleView
from reader.widgets.chronology_pane import ChronologyPane
from tests.app.conftest import settle
from tests.app.helpers import (
    actor_lines,
    article_text,
    detail_lines,
    event_lines,
    select_actor,
    strip_lines,
    styled_pieces,
)


async def test_three_panes_show_the_seed_at_120x40(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert "Azerbaijan and Armenia foreign ministers" in screen.title
        assert "29 Jun 2023" in screen.sub_title
        assert "On June 27, the foreign ministers" in article_text(screen)
        lines = actor_lines(screen)
        assert "People" in lines
        assert any("Blinken" in line for line in lines)
        events = event_lines(screen)
        assert any(line.startswith("Tue 27 Jun 2023") for line in events)
        assert "●" in strip_lines(screen)[0]
        for pane in ("#article", "#actors", "#chronology"):
            widget = screen.query_one(pane)
            assert widget.display and widget.region.width > 0
            assert screen.region.contains_region(widget.region)


async def test_narrow_terminal_shows_one_pane_at_a_time(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.has_class("-narrow")
        for key, shown in (("2", "#actors"), ("3", "#chronology"), ("1", "#article")):
            await pilot.press(key)
            await pilot.pause()
            widget = screen.query_one(shown)
            assert widget.region.width == 80
            assert screen.region.contains_region(widget.region)
            others = {"#article", "#actors", "#chronology"} - {shown}
            assert all(screen.query_one(o).region.area == 0 for o in others)


async def test_tab_cycles_panes_and_numbers_focus_them(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleView)
        steps = [
            ("tab", ActorsPane),
            ("tab", ChronologyPane),
            ("tab", ArticleView),
            ("shift+tab", ChronologyPane),
            ("2", ActorsPane),
            ("1", ArticleView),
            ("3", ChronologyPane),
        ]
        for key, focused in steps:
            await pilot.press(key)
            assert isinstance(app.focused, focused), key


async def test_enter_on_an_actor_lights_up_every_mention(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("2")
        select_actor(screen, "Blinken")
        actor = screen.query_one("#actors").highlighted_actor
        await pilot.pause()
        detail = "\n".join(detail_lines(screen))
        assert "Secretary of State" in detail and "Also: Blinken" in detail
        await pilot.press("enter")
        await pilot.pause()
        pieces = styled_pieces(screen)
        assert len(pieces) == len(actor.mentions) >= 2
        assert all(piece in {actor.name, *actor.aliases} for piece in pieces)
        view = screen.query_one(ArticleView)
        assert view.border_subtitle == f"mention 1 of {len(actor.mentions)}"
        await pilot.press("n")
        assert view.border_subtitle == f"mention 2 of {len(actor.mentions)}"
        await pilot.press("N", "N")
        total = len(actor.mentions)
        assert view.border_subtitle == f"mention {total} of {total}"
        await pilot.press("escape")
        await pilot.pause()
        assert styled_pieces(screen) == []
        assert view.border_subtitle == ""


async def test_enter_on_an_event_scrolls_to_its_sentence(make_app, tmp_path):
    filler = "\n".join(f"Paragraph {i} says nothing dated at all." for i in range(60))
    article = tmp_path / "long.txt"
    article.write_text(
        f"A long story\n{filler}\nOn March 3, 2021 the council met in Leeds.\n", encoding="utf-8"
    )
    app = make_app(article)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        assert view.scroll_y == 0
        await pilot.press("3", "enter")
        await pilot.pause(0.2)
        assert view.scroll_y > 0
        assert any("council met in Leeds" in piece for piece in styled_pieces(screen))


async def test_mouse_click_on_an_actor_selects_it(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.click(ActorsPane, offset=(4, 2))  # the first actor's row
        await pilot.click(ActorsPane, offset=(4, 2))
        await pilot.pause()
        assert styled_pieces(app.screen)


async def test_help_lists_every_binding(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-box Static").content
        keys = [str(cell) for cell in table.columns[0]._cells]
        actions = [str(cell) for cell in table.columns[1]._cells]
        for key in (
            "tab",
            "n",
            "N",
            "l",
            "[",
            "]",
            "? / f1",
            "q",
            "ctrl+p",
            "g / home",
            "j",
            "G",
            "/",
        ):
            assert key in keys
        assert "Show in article" in actions
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_help_lists_the_keys_of_who_s_who_and_timeline_lists(make_app, seed_path):
    """'?' on the article lists every screen's keys: enter or t on who's who opens a
    timeline, enter on a timeline opens the article, as the screens' own help says."""
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        sections = dict(app.screen.sections)
        assert "enter,t" in [b.key for b in sections["Who's who list"]]
        assert "Open article" in [b.description for b in sections["Timeline list"]]


async def test_q_quits(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_ctrl_q_quits_from_any_pane(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3", "ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_brackets_step_between_articles(make_app, seed_path, tmp_path):
    other = tmp_path / "other.md"
    other.write_text("# Second story\n\nOn 4 May 2020 Alice Smith spoke in Paris.\n")
    app = make_app(seed_path, other)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = app.screen.title
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.screen.title == "Second story"
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert app.screen.title == first


async def test_library_lists_articles_and_opens_one(make_app, seed_path, tmp_path):
    other = tmp_path / "other.md"
    other.write_text("# Second story\n\nOn 4 May 2020 Alice Smith spoke in Paris.\n")
    app = make_app(seed_path, other)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        entries = [str(o.prompt) for o in app.screen.query_one("#library-list")._options]
        assert any("Second story" in e for e in entries)
        assert any("Azerbaijan and Armenia" in e for e in entries)
        await pilot.press("slash", *"Alice")
        await pilot.pause(0.3)  # the search runs once typing pauses
        await settle(pilot)
        entries = [str(o.prompt) for o in app.screen.query_one("#library-list")._options]
        assert len(entries) == 1 and "Second story" in entries[0]
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert app.screen.title == "Second story"


async def test_bad_source_is_a_notification_and_the_rest_opens(make_app, seed_path, tmp_path):
    app = make_app(tmp_path / "missing.txt", seed_path)
    app.NOTIFICATION_TIMEOUT = 60  # not gone before a loaded machine has settled
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("missing.txt" in m for m in messages)
        assert "On June 27" in article_text(app.screen)


async def test_article_text_is_shown_literally(make_app, tmp_path):
    article = tmp_path / "tricky.txt"
    article.write_text(
        "Markup test\nThe mayor said [bold red]x[/] and \x1b[31mred\x1b[0m then rang\x07 a bell.\n"
    )
    app = make_app(article)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = article_text(app.screen)
        assert "[bold red]x[/]" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        assert "red then rang a bell" in shown


async def test_parsing_runs_in_a_worker_and_shows_it(make_app, seed_path, held_parser):
    held_parser()
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        actors = app.screen.query_one("#actors")
        for _ in range(50):  # the spinner shows once parsing takes noticeably long
            await pilot.pause(0.1)
            if actors.loading:
                break
        assert actors.loading
        await pilot.press("2")  # the UI still answers keys (the screen's, while it spins)
        assert isinstance(app.screen.focused, ActorsPane)
        held_parser.release()
        await settle(pilot)
        assert not app.screen.query_one("#actors").loading
        assert actor_lines(app.screen)


async def test_command_palette_runs_the_apps_commands(make_app, seed_path, tmp_path):
    other = tmp_path / "other.md"
    other.write_text("# Second story\n\nOn 4 May 2020 Alice Smith spoke in Paris.\n")
    app = make_app(seed_path, other)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Next article")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.title == "Second story"


async def test_setting_the_publication_date_renormalises(make_app, tmp_path):
    article = tmp_path / "dated.md"
    article.write_text("# Dated\n\nOn Tuesday the board met in Oslo.\n")
    app = make_app(article)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.screen.republish(__import__("datetime").date(2023, 6, 29))
        await settle(pilot)
        assert "29 Jun 2023" in app.screen.sub_title
        assert event_lines(app.screen)[0].startswith("Tue 27 Jun 2023")


async def test_a_failing_analysis_is_reported_not_a_crash(make_app, seed_path, monkeypatch):
    import reader.analysis

    def broken(*args, **kwargs):
        raise ValueError("parser broke")

    monkeypatch.setattr(reader.analysis, "analyse", broken)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        await settle(pilot)
        assert app.is_running
        assert any("parser broke" in n.message for n in app._notifications)
        assert not app.screen.query_one("#actors").loading


async def test_each_new_article_is_parsed_once(make_app, seed_path, tmp_path, monkeypatch):
    import reader.analysis

    other = tmp_path / "other.md"
    other.write_text("# Second story\n\nOn 4 May 2020 Alice Smith spoke in Paris.\n")
    parsed = []
    real = reader.analysis.analyse

    def counted(text, published=None):
        parsed.append(text[:20])
        return real(text, published)

    monkeypatch.setattr(reader.analysis, "analyse", counted)
    app = make_app(seed_path, other)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket", "left_square_bracket")
        await settle(pilot)
    assert sorted(parsed) == sorted({*parsed}) and len(parsed) == 2


async def test_the_palette_offers_the_theme_once(make_app, seed_path):
    from textual.command import CommandList

    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"theme")
        await pilot.pause(0.5)
        found = app.screen.query_one(CommandList)
        prompts = [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]
        assert sum(p.startswith("Theme") for p in prompts) == 1, prompts


async def test_on_a_narrow_terminal_a_choice_brings_the_article_forward(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("2")
        select_actor(screen, "Blinken")
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.focused, ArticleView)
        assert screen.query_one("#article").region.width == 80
        assert styled_pieces(screen)
        await pilot.press("n")  # the mention keys still step
        assert screen.query_one(ArticleView).border_subtitle.startswith("mention 2 of")
        await pilot.press("3", "G", "enter")
        await pilot.pause(0.2)
        assert isinstance(app.focused, ArticleView)
        assert any("until June 29" in piece for piece in styled_pieces(screen))


async def test_the_palette_exports_the_article(make_app, seed_path, tmp_path):
    import icalendar

    app = make_app(seed_path)
    target = tmp_path / "meeting.ics"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Export")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+a", "ctrl+k", *"ics", "enter")  # the format
        await pilot.pause()
        await pilot.press("ctrl+a", "ctrl+k", *str(target), "enter")  # the file
        await settle(pilot)
        assert any(str(target) in n.message for n in app._notifications)
    calendar = icalendar.Calendar.from_ical(target.read_text())
    assert "2023-06-27" in [e.decoded("DTSTART").isoformat() for e in calendar.walk("VEVENT")]


async def test_down_from_the_library_filter_goes_to_the_list(make_app, seed_path, tmp_path):
    for name, town in (("quay", "Wick"), ("pier", "Thurso")):
        (tmp_path / f"{name}.md").write_text(f"# The {name} in {town}\n\nThe {name} reopened.\n")
    app = make_app(seed_path, tmp_path / "quay.md", tmp_path / "pier.md")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("slash", *"reopened")
        await pilot.pause(0.3)  # the search runs once typing pauses
        await settle(pilot)
        await pilot.press("down", "down", "enter")  # as in the who's who filter
        await settle(pilot)
        assert not isinstance(app.screen, LibraryScreen)
        assert app.screen.title in ("The quay in Wick", "The pier in Thurso")


async def test_an_article_without_actors_has_no_actor_detail(make_app, seed_path, tmp_path):
    plain = tmp_path / "plain.md"
    plain.write_text("# Tides\n\nthe tide comes in twice a day and goes out twice a day.\n")
    app = make_app(seed_path, plain)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert any(line.strip() for line in detail_lines(app.screen))  # the seed's first actor
        await pilot.press("right_square_bracket")  # analysed when it was opened: cached
        await settle(pilot)
        assert app.screen.title == "Tides"
        assert "No actors found" in actor_lines(app.screen)[0]
        assert not any(line.strip() for line in detail_lines(app.screen))


async def test_a_and_t_without_an_actor_say_so(make_app, tmp_path):
    plain = tmp_path / "plain.md"
    plain.write_text("# Tides\n\nthe tide comes in twice a day and goes out twice a day.\n")
    app = make_app(plain)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "a", "t")
        await settle(pilot)
        said = [n.message for n in app._notifications if "No actor" in n.message]
        assert said == ["No actor to follow in this article: it names none."] * 2


async def test_the_strip_ends_where_the_chronology_ends(make_app, tmp_path):
    """A date "by the end of the year" is listed after a day in March of that year; the
    strip above the list began with that year and ended in March."""
    path = tmp_path / "rates.md"
    path.write_text(
        "# Rates\n\nPublished: 2025-03-12\n\nThe Bank of Norland kept its rate on "
        "Wednesday. Governor Lars Eriksen said inflation would ease by the end of the year.\n"
    )
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        events = event_lines(app.screen)
        assert events[0].startswith("Wed 12 Mar 2025") and events[-1].startswith("2025 ")
        axis, labels = strip_lines(app.screen)
        assert labels.strip().startswith("Wed 12 Mar 2025") and labels.strip().endswith("2025")
        assert axis.strip().startswith("●") and axis.strip().endswith("●")
