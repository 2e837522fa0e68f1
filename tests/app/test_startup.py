"""A second launch shows the article from the cache in its first frame, without parsing."""

from __future__ import annotations

import pytest
from textual import events
from textual.screen import Screen

import reader.analysis
from reader.app import ReaderApp
from reader.sources import load
from reader.widgets.article_view import ArticleView
from tests.app.conftest import settle
from tests.app.helpers import actor_lines


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The titles of the articles the parser is asked to analyse."""
    calls: list[str] = []
    real = reader.analysis.analyse

    def counted(text, published=None):
        calls.append(text[:40])
        return real(text, published)

    monkeypatch.setattr(reader.analysis, "analyse", counted)
    return calls


def launch(store, seed_path, given: bool) -> ReaderApp:
    """As `reader` or `reader SEED` starts it (the command line reads local files first)."""
    return ReaderApp(store, articles=load(str(seed_path)) if given else [])


@pytest.mark.parametrize("given", [False, True], ids=["no arguments", "the file given"])
async def test_a_cached_article_is_in_the_first_frame(store, seed_path, parses, given):
    first = launch(store, seed_path, given)
    async with first.run_test(size=(120, 40)) as pilot:  # the first launch parses it
        await settle(pilot)
    assert len(parses) == 1
    again = launch(store, seed_path, given)
    async with again.run_test(size=(120, 40)) as pilot:
        assert again.reading.analysis is not None  # before any pause: in the first frame
        assert any("Blinken" in line for line in actor_lines(again.screen))
        lines = [again.screen.query_one(ArticleView).render_line(y).text for y in range(3)]
        assert "In the wake of a ceasefire violation" in lines[0]
        await settle(pilot)
    assert len(parses) == 1  # never parsed twice


async def test_the_library_loads_once_the_first_frame_is_painted(store, seed_path, monkeypatch):
    """Its worker starts right after the screen's first paint, not at the next refresh,
    which waits for the screen's update timer: start-up is over a refresh sooner."""
    ticks: list[int] = []
    tick = Screen._on_timer_update

    def counted(screen) -> None:
        ticks.append(1)
        tick(screen)

    monkeypatch.setattr(Screen, "_on_timer_update", counted)
    seen: list[tuple[int, int]] = []
    load = ReaderApp.load_library

    def loading(app) -> None:
        seen.append((app.reading.query_one(ArticleView).size.height, len(ticks)))
        load(app)

    monkeypatch.setattr(ReaderApp, "load_library", loading)
    app = launch(store, seed_path, given=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
    [(height, refreshes)] = seen
    assert height > 0  # laid out and painted
    assert refreshes == 0


@pytest.fixture
def styled(monkeypatch) -> list[str]:
    """The widgets the stylesheet is applied to, by class name, in turn."""
    from textual.css.stylesheet import Stylesheet

    names: list[str] = []
    apply = Stylesheet.apply

    def counted(stylesheet, node, *args, **kwargs):
        names.append(type(node).__name__)
        return apply(stylesheet, node, *args, **kwargs)

    monkeypatch.setattr(Stylesheet, "apply", counted)
    return names


async def test_start_up_styles_each_widget_once(store, seed_path, styled):
    """The reading screen's widgets are styled as they are mounted; the screen's first
    resume, right after, does not style them all again."""
    app = launch(store, seed_path, given=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert styled.count("KeyFooter") == styled.count("ChronologyPane") == 1
        styled.clear()
        app.screen.post_message(events.ScreenResume())  # as when it comes back later
        await settle(pilot)
    assert styled.count("ChronologyPane") == 1  # then all styled again


IMPORT_APP = """
import gc, os, sys
passes = []

def importing_the_app():
    frame = sys._getframe()
    while frame and not frame.f_code.co_filename.endswith(os.path.join("reader", "app.py")):
        frame = frame.f_back
    return frame is not None and frame.f_code.co_name == "<module>"

def count(phase, info):
    if phase == "start" and importing_the_app():
        passes.append(info["generation"])

gc.callbacks.append(count)
{before}
import reader.app
print(len(passes), gc.isenabled(), gc.get_freeze_count() > 10_000)
"""


@pytest.mark.parametrize(
    ("before", "enabled"), [("", True), ("gc.disable()", False)], ids=["on", "off"]
)
def test_importing_the_app_leaves_the_collector_as_it_was_after_no_pass(before, enabled):
    """The tens of thousands of objects Textual and the app make when imported are no
    work for the cycle collector: it waits for the imports, then they are frozen."""
    import subprocess
    import sys

    from tests.conftest import REPO

    code = IMPORT_APP.format(before=before)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout.split()
    assert out == ["0", str(enabled), "True"]
