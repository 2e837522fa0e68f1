"""Pilot tests for the movement keys and the keys that reach outside the article."""

from __future__ import annotations

from reader.screens.library import LibraryScreen
from reader.widgets.actors_pane import ActorsPane
from reader.widgets.article_view import ArticleView
from tests.app.conftest import settle
from tests.app.helpers import select_actor


def long_article(tmp_path, name="long.md", title="Long story", extra=""):
    paragraphs = "\n\n".join(f"Paragraph {i} tells of Maria Lopez in Lisbon." for i in range(80))
    path = tmp_path / name
    path.write_text(f"# {title}\n\n{paragraphs}\n\n{extra}\n", encoding="utf-8")
    return path


async def test_article_scroll_keys(make_app, tmp_path):
    app = make_app(long_article(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        await pilot.press("j", "j", "j")
        await pilot.pause(0.3)
        assert view.scroll_y == 3
        await pilot.press("k")
        await pilot.pause(0.3)
        assert view.scroll_y == 2
        await pilot.press("space")
        await pilot.pause(0.3)
        paged = view.scroll_y
        assert paged > 20
        await pilot.press("b")
        await pilot.pause(0.3)
        assert view.scroll_y < paged
        await pilot.press("G")
        await pilot.pause(0.3)
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause(0.3)
        assert view.scroll_y == 0


async def test_list_movement_keys(make_app, seed_path):
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        actor_list = app.screen.query_one(ActorsPane)
        first = actor_list.highlighted
        await pilot.press("j")
        assert actor_list.highlighted == first + 1
        await pilot.press("k")
        assert actor_list.highlighted == first
        await pilot.press("G")
        assert actor_list.highlighted == actor_list.option_count - 1
        await pilot.press("g")
        assert actor_list.highlighted == first


async def test_a_lists_other_articles_with_the_actor(make_app, seed_path, tmp_path):
    other = tmp_path / "other.md"
    other.write_text("# Talks go on\n\nAnthony Blinken met ministers in Paris on 2 July 2023.\n")
    unrelated = tmp_path / "unrelated.md"
    unrelated.write_text("# Harvest\n\nFarmers in Kent began the harvest.\n")
    app = make_app(seed_path, other, unrelated)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        select_actor(app.screen, "Blinken")
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        entries = [str(o.prompt) for o in app.screen.query_one("#library-list")._options]
        assert len(entries) == 1 and "Talks go on" in entries[0]
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.title == "Talks go on"


async def test_slash_filters_the_other_articles_with_the_actor(make_app, seed_path, tmp_path):
    talks = tmp_path / "talks.md"
    talks.write_text("# Talks go on\n\nAnthony Blinken met ministers in Paris.\n")
    visit = tmp_path / "visit.md"
    visit.write_text("# Harbour visit\n\nAnthony Blinken toured the harbour in Lagos.\n")
    app = make_app(seed_path, talks, visit)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        select_actor(app.screen, "Blinken")
        await pilot.press("a")
        await settle(pilot)
        listed = app.screen.query_one("#library-list")
        assert listed.option_count == 2
        await pilot.press("slash", *"harb")
        await pilot.pause(0.4)
        await settle(pilot)
        assert [str(o.prompt) for o in listed._options][0].endswith("Harbour visit")
        assert listed.option_count == 1
        await pilot.press("escape")  # the words go: every article with the actor again
        await pilot.pause(0.4)
        await settle(pilot)
        assert listed.option_count == 2


async def test_o_opens_the_link_only_when_pressed(make_app, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setenv("DISPLAY", ":0")  # a browser can be started
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    article = tmp_path / "linked.md"
    article.write_text("---\ntitle: Linked\nurl: https://example.org/story\n---\nA story.\n")
    app = make_app(article)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert opened == []
        await pilot.press("o")
        await pilot.pause()
        assert opened == ["https://example.org/story"]


async def test_o_does_nothing_without_a_web_link(make_app, seed_path, monkeypatch):
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert opened == []


async def test_footer_shows_the_keys_that_apply_and_clicks_press_them(make_app, seed_path):
    from reader.screens.help import HelpScreen
    from reader.widgets.footer import KeyFooter

    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        line = str(footer.render())
        assert "tab Next pane" in line and "? Help" in line and "^p palette" in line
        assert "Next mention" not in line  # only once an actor is chosen
        await pilot.press("2", "enter")
        await pilot.pause()
        line = str(footer.render())
        assert "Show in article" in line and "n Next mention" in line
        await pilot.click(KeyFooter, offset=(line.index("? Help") + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_a_late_analysis_does_not_replace_the_article_chosen_since(
    make_app, seed_path, tmp_path, held_parser
):
    other = tmp_path / "other.md"
    other.write_text("# Slow story\n\nOn 4 May 2020 Alice Smith spoke in Paris.\n")
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = app.screen.title
        held_parser()
        app.open_sources([str(other)])  # a new, unparsed article: its worker waits
        await pilot.pause(0.3)
        await pilot.press("left_square_bracket")  # back to the cached seed at once
        await pilot.pause()
        assert app.screen.title == first
        held_parser.release()
        await settle(pilot)
        assert app.screen.title == first
