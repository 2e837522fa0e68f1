"""What a change draws again: a line whose height is fixed lays nothing out, and a
layout that leaves a pane's size as it was draws none of its scrollbars."""

from __future__ import annotations

from textual.screen import Screen
from textual.scrollbar import ScrollBar

from reader.app import ReaderApp
from reader.sources import load
from reader.widgets.article_view import ArticleView
from tests.app.conftest import settle
from tests.app.helpers import detail_lines


def counted(monkeypatch, cls, name: str) -> list[object]:
    """The calls made from now on to cls.name (which still does its work)."""
    calls: list[object] = []
    real = getattr(cls, name)

    def counting(self, *args, **kwargs):
        calls.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, counting)
    return calls


async def test_a_layout_that_moves_nothing_draws_no_scrollbar(store, tmp_path, monkeypatch):
    long = tmp_path / "long.md"
    long.write_text(
        "# A long piece\n\n" + "\n\n".join(f"Paragraph {n} of many." for n in range(99))
    )
    app = ReaderApp(store, articles=load(str(long)))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        drawn = counted(monkeypatch, ScrollBar, "render")
        app.reading.refresh(layout=True)  # as a widget whose size might have changed asks
        await settle(pilot)
        assert drawn == []
        await pilot.resize_terminal(110, 30)  # a new size: the scrollbars follow it
        await settle(pilot)
        assert drawn


def drawn_screen(app) -> list[tuple]:
    """Every cell of the screen as last drawn: its text and its style."""
    return [tuple(strip) for strip in app.screen._compositor.render_strips()]


async def test_a_scrollbar_follows_text_wrapped_again_after_the_first_layout(store, seed_path):
    """A narrow terminal lays the panes out again after the first frame and the article
    is wrapped again: its scrollbar shows the new length at once, as a repaint would."""
    app = ReaderApp(store, articles=load(str(seed_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = drawn_screen(app)
        app.screen.query_one(ArticleView).vertical_scrollbar.refresh()
        await settle(pilot)
        assert drawn_screen(app) == shown


async def test_moving_through_the_actors_lays_nothing_out(store, seed_path, monkeypatch):
    app = ReaderApp(store, articles=load(str(seed_path)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        layouts = counted(monkeypatch, Screen, "_refresh_layout")
        before = detail_lines(app.screen)
        await pilot.press("j", "j")
        await settle(pilot)
        assert detail_lines(app.screen) != before  # the detail line follows the cursor
        assert layouts == []


async def test_the_next_article_repaints_its_panes_not_the_whole_screen(make_app, tmp_path):
    for name, title in (("a.md", "First piece"), ("b.md", "Second piece")):
        (tmp_path / name).write_text(f"# {title}\n\nMara Voss spoke in Lisbon on Monday.\n")
    app = make_app(tmp_path / "a.md", tmp_path / "b.md")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        whole: list[object] = []
        real = app.screen.refresh

        def refresh(*regions, **kwargs):
            if not regions:
                whole.append(kwargs)
            return real(*regions, **kwargs)

        app.screen.refresh = refresh  # type: ignore[method-assign]
        await pilot.press("]")
        await settle(pilot)
        assert app.screen.title == "Second piece"
        assert "Second piece" in str(app.screen.query_one("#title-bar").content)
        assert [w for w in whole if not w.get("layout")] == []
