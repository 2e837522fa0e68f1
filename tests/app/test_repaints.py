"""What a change draws again: a line whose height is fixed lays nothing out, and a
layout that leaves a pane's size as it was draws none of its scrollbars."""

from __future__ import annotations

from textual.screen import Screen
from textual.scrollbar import ScrollBar

from reader.app import ReaderApp
from reader.sources import load
from tests.app.conftest import settle


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


async def test_moving_through_the_actors_lays_nothing_out(store, seed_path, monkeypatch):
    app = ReaderApp(store, articles=load(str(seed_path)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        layouts = counted(monkeypatch, Screen, "_refresh_layout")
        detail = app.screen.query_one("#actor-detail")
        before = str(detail.content)
        await pilot.press("j", "j")
        await settle(pilot)
        assert str(detail.content) != before  # the detail line follows the cursor
        assert layouts == []
