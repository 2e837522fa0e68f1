"""Pilot tests: the who's-who screen and an actor's timeline across the library."""

from __future__ import annotations

import pytest

from reader.screens.library import LibraryScreen
from reader.screens.reading import ReadingScreen
from reader.screens.timeline import StoryList, TimelineScreen
from reader.screens.whos_who import WhoList, WhosWhoScreen
from reader.widgets.article_view import ArticleView
from tests.app.conftest import settle
from tests.app.helpers import option_texts, select_actor, styled_pieces

FILLER = "\n".join(f"Paragraph {i} says nothing dated at all." for i in range(50))
ARTICLES = {
    "first.txt": "Harbour talks open\nOn May 2, 2024, Elena Vidal opened the harbour talks in Valletta.\n"
    "Tomas Berg arrived on May 3, 2024.\n",
    "second.txt": f"Harbour accord signed\n{FILLER}\n"
    "Vidal and Tomas Berg signed the harbour accord on May 9, 2024.\n",
    "third.txt": "Markets calm\nMarco Rossi said markets were calm on May 6, 2024.\n",
}


PUBLISHED = {"first.txt": "2024-05-03", "second.txt": "2024-05-10", "third.txt": "2024-05-07"}


def write_articles(folder) -> list:
    paths = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        path.with_suffix(".json").write_text(f'{{"published": "{PUBLISHED[name]}"}}')
        paths.append(path)
    return paths


async def test_whos_who_lists_the_library_and_filters_as_you_type(make_app, tmp_path):
    app = make_app(*write_articles(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)
        assert isinstance(app.screen, WhosWhoScreen)
        lines = option_texts(app.screen.query_one(WhoList))
        assert lines[0].startswith("Elena Vidal  person")  # in two articles: listed first
        assert "2 articles" in lines[0] and "Fri 3 May 2024 – Fri 10 May 2024" in lines[0]
        assert any(line.startswith("Marco Rossi") for line in lines)
        await pilot.press("b", "e", "r")
        await settle(pilot)
        assert [line.split("  ")[0] for line in option_texts(app.screen.query_one(WhoList))] == [
            "Tomas Berg"
        ]
        await pilot.press("escape", "escape")  # clears the filter, then leaves
        assert isinstance(app.screen, ReadingScreen)


async def test_actor_to_timeline_to_the_article_at_the_sentence(make_app, tmp_path):
    app = make_app(*write_articles(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert "Harbour talks open" in screen.title
        await pilot.press("2")
        select_actor(screen, "Elena Vidal")
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        lines = option_texts(app.screen.query_one(StoryList))
        assert [line.split("  ")[0] for line in lines] == ["Thu 2 May 2024", "Thu 9 May 2024"]
        assert "Harbour accord signed" in lines[1] and "Tomas Berg" in lines[1]
        assert "●" in str(app.screen.query_one("#story-strip").render())
        await pilot.press("j", "enter")
        await settle(pilot)
        await pilot.pause(0.2)
        assert app.screen is screen
        assert "Harbour accord signed" in screen.title
        assert screen.query_one(ArticleView).scroll_y > 0  # the sentence is far down
        assert any("signed the harbour accord" in piece for piece in styled_pieces(screen))
        assert isinstance(app.focused, ArticleView)


async def test_t_is_a_key_of_the_actors_pane_and_w_is_in_the_footer(make_app, tmp_path):
    app = make_app(*write_articles(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = str(app.screen.query_one("KeyFooter").render())
        assert "Who's who" in footer and "Timeline" not in footer
        await pilot.press("t")
        assert isinstance(app.screen, ReadingScreen)
        await pilot.press("2")
        await pilot.pause()
        assert "Timeline" in str(app.screen.query_one("KeyFooter").render())


async def test_a_name_no_actor_bears_gets_the_timeline_of_its_mentions(make_app, tmp_path):
    app = make_app(*write_articles(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("W", *"harbour accord")
        await settle(pilot)
        assert "enter shows the timeline" in str(app.screen.query_one("#whos-who-count").render())
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        lines = option_texts(app.screen.query_one(StoryList))
        assert [line.split("  ")[0] for line in lines] == ["Thu 9 May 2024", "Fri 10 May 2024"]


async def test_escape_walks_back_from_the_article_to_the_timeline_to_whos_who(make_app, tmp_path):
    app = make_app(*write_articles(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)
        names = [line.split("  ")[0] for line in option_texts(app.screen.query_one(WhoList))]
        chosen = names.index("Tomas Berg")
        await pilot.press("down", *["down"] * chosen, "enter")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("down", "enter")  # the second event: the accord, far down
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert "Harbour accord signed" in app.screen.title
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.query_one(StoryList).highlighted == 1  # on the event it opened
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, WhosWhoScreen)
        who_list = app.screen.query_one(WhoList)
        assert who_list.highlighted == chosen and who_list.has_focus  # on the name chosen
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        await pilot.press("escape")  # back once only: no loop into the timeline
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)


async def test_escape_goes_back_to_the_articles_a_listed(make_app, tmp_path):
    app = make_app(*write_articles(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        select_actor(app.screen, "Tomas Berg")
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "Harbour accord signed" in app.screen.title
        await pilot.press("escape")  # the actor's mentions, lit, go first
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen) and not styled_pieces(app.screen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)


async def test_a_finds_an_article_naming_the_actor_by_surname_and_lights_it(make_app, tmp_path):
    app = make_app(*write_articles(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        select_actor(app.screen, "Elena Vidal")  # the second article writes "Vidal" alone
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert "Harbour accord signed" in app.screen.title
        assert set(styled_pieces(app.screen)) == {"Vidal"}


A_FINDS_NONE = [
    (  # a place is looked for by no surname: "York" is not "New York"
        "Port reopens\nThe port of New York reopened on Monday, May 6, 2024.\n",
        "Floods\nThe river flooded York on Monday, May 6, 2024.\n",
        "New York",
    ),
    (  # a body keeps a title word it opens with: no "Velkor School" with a judge
        "New dean\nThe Judge Velkor School named a new dean on May 6, 2024.\n",
        "Fees\nThe Velkor School raised its fees on May 6, 2024.\n",
        "Judge Velkor School",
    ),
]


@pytest.mark.parametrize(("text", "other_text", "actor"), A_FINDS_NONE)
async def test_a_finds_no_other_actor_by_part_of_a_name(
    make_app, tmp_path, text, other_text, actor
):
    first, other = tmp_path / "first.txt", tmp_path / "other.txt"
    first.write_text(text)
    other.write_text(other_text)
    app = make_app(first, other)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("]")  # the other article read, so it is analysed
        await settle(pilot)
        await pilot.press("[", "2")
        await settle(pilot)
        select_actor(app.screen, actor)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert any("No other article" in n.message for n in app._notifications)


async def test_back_from_a_timeline_whos_who_keeps_the_filter_typed(make_app, tmp_path):
    app = make_app(*write_articles(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("W", *"berg")
        await settle(pilot)
        await pilot.press("enter", "enter")  # to the list, then its one name's timeline
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, WhosWhoScreen)
        assert app.screen.query_one("#whos-who-filter").value == "berg"
        names = [line.split("  ")[0] for line in option_texts(app.screen.query_one(WhoList))]
        assert names == ["Tomas Berg"]
        assert app.screen.query_one(WhoList).has_focus
