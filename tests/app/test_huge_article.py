"""A huge article: its first screen shows before its analysis and before the rest of it
is laid out, on a first open and from the cache; and while an article is analysed, it
is the one in the title bar and the one `/` searches."""

from __future__ import annotations

import threading

import pytest
from markdown_it import MarkdownIt

import reader.analysis
import reader.screens.reading
from reader.app import ReaderApp
from reader.model import Actor, Analysis, Event
from reader.settings import Settings
from reader.sources import load
from reader.store import Store
from reader.widgets.article_view import ArticleView
from reader.widgets.chronology_pane import ChronologyPane
from tests.app.conftest import settle
from tests.app.helpers import actor_lines, event_lines, styled_pieces

PARAGRAPH = "Paragraph {}: the ferry to Stornoway left late, and Ada Byron met the council in Lyon."


def huge_article(tmp_path, megabytes: float = 1.0):
    count = int(megabytes * 1e6 / len(PARAGRAPH))
    body = "\n\n".join(PARAGRAPH.format(i) for i in range(count))
    path = tmp_path / "huge.md"
    path.write_text(f"# A huge story\n\n{body}\n", encoding="utf-8")
    return path


def made_analysis(text: str, events: int = 0) -> Analysis:
    """Ada Byron at each of her mentions, and an event for each of the first paragraphs:
    what a parser would find, made by hand so that the test does not wait for one."""
    mentions, start = [], text.find("Ada Byron")
    while start >= 0:
        mentions.append((start, start + 9))
        start = text.find("Ada Byron", start + 9)
    ada = Actor("a1", "Ada Byron", "person", mentions=mentions)
    sentences = [(m[0] - 60, m[1] + 30) for m in mentions[:events]]
    dated = [
        Event(f"e{i}", "2023-06-27", None, sentence, "Ada Byron met the council")
        for i, sentence in enumerate(sentences)
    ]
    return Analysis(actors=[ada], events=dated)


@pytest.fixture
def first_screen(monkeypatch):
    """What had been done when the article's first line of text was drawn: the
    characters of Markdown parsed, the events listed, the analysis shown (or None)."""
    seen: dict = {}
    parsed = [0]
    real_parse, real_line = MarkdownIt.parse, ArticleView.render_line

    def parse(self, src, env=None):
        parsed[0] += len(src)
        return real_parse(self, src, env)

    def render_line(view, y):
        strip = real_line(view, y)
        if not seen and strip.text.strip():
            screen = view.screen
            listed = screen.query_one(ChronologyPane).option_count
            seen.update(parsed=parsed[0], events=listed, analysis=screen.analysis)
        return strip

    monkeypatch.setattr(MarkdownIt, "parse", parse)
    monkeypatch.setattr(ArticleView, "render_line", render_line)
    return seen


async def until(pilot, condition, limit: float = 20) -> None:
    for _ in range(int(limit / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never got there")


def title_bar(app) -> str:
    return str(app.screen.query_one("#title-bar").render())


async def test_a_huge_article_s_first_screen_waits_neither_for_its_analysis_nor_its_length(
    make_app, tmp_path, monkeypatch, first_screen
):
    path = huge_article(tmp_path)
    length = len(path.read_text(encoding="utf-8"))
    gate = threading.Event()

    def held(text, published=None):
        gate.wait(10)
        return made_analysis(text)

    monkeypatch.setattr(reader.analysis, "analyse", held)
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        view = screen.query_one(ArticleView)
        await until(pilot, lambda: first_screen)
        assert first_screen["analysis"] is None  # the analysis is still held
        assert first_screen["parsed"] < length / 20  # its first part, not the whole text
        drawn = [view.render_line(y).text for y in range(5)]
        assert any("Paragraph 0: the ferry to Stornoway" in line for line in drawn)
        assert "A huge story" in title_bar(app)
        actors = screen.query_one("#actors")
        await until(pilot, lambda: actors.loading)  # the other panes spin
        assert not view.loading
        await pilot.press("space")  # read on while the analysis runs
        await pilot.pause()
        scrolled = view.scroll_offset.y
        assert scrolled > 0 and screen.analysis is None
        gate.set()
        await settle(pilot)
        assert screen.analysis is not None
        assert any("Ada Byron" in line for line in actor_lines(screen))
        assert view.scroll_offset.y == scrolled  # the analysis leaves the reader's place


async def test_a_huge_article_from_the_cache_shows_its_first_screen_before_its_analysis_and_lists(
    make_app, store, tmp_path, first_screen
):
    path = huge_article(tmp_path)
    article = load(str(path))[0]
    store.save_analysis(article, made_analysis(article.text, events=5000))
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        events = app.screen.query_one(ChronologyPane)
        await until(pilot, lambda: first_screen)
        assert first_screen["analysis"] is None  # read from the cache after the text shows
        assert first_screen["parsed"] < len(article.text) / 20
        assert first_screen["events"] < 5000  # the first rows; the others come after
        await until(pilot, lambda: events.option_count == 5000)
        assert event_lines(app.screen)[-1].startswith("Tue 27 Jun 2023")


async def test_the_article_being_analysed_is_the_one_titled_and_searched(
    make_app, tmp_path, monkeypatch
):
    (tmp_path / "a_harbour.md").write_text("# Harbour news\n\nThe ferry to Stornoway left late.\n")
    (tmp_path / "b_orchard.md").write_text(
        "# Orchard news\n\nThe apple harvest in Westvale started late.\n"
    )
    gate = threading.Event()
    real = reader.analysis.analyse

    def held(text, *args, **kwargs):
        if "Westvale" in text:
            gate.wait(10)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(reader.analysis, "analyse", held)
    app = make_app(tmp_path / "a_harbour.md", tmp_path / "b_orchard.md")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.analysis is not None and len(screen.entries) == 2)
        assert "Harbour news" in title_bar(app)
        await pilot.press("right_square_bracket")
        await until(pilot, lambda: "Orchard news" in title_bar(app))
        assert screen.analysis is None  # still held: the title came with the text
        assert actor_lines(screen) == [] and event_lines(screen) == []  # not the harbour's
        await pilot.press("slash", *"westvale", "enter")
        await pilot.pause()
        assert styled_pieces(screen) == ["Westvale"]  # found in the new text
        gate.set()
        await settle(pilot)
        assert screen.analysis is not None and "Orchard news" in title_bar(app)
        assert styled_pieces(screen) == ["Westvale"]  # what was found stays lit


async def test_the_article_shown_first_is_not_read_again_when_the_library_loads(
    store, tmp_path, monkeypatch
):
    path = huge_article(tmp_path, megabytes=0.1)
    read = []
    real = Store.article

    def article(self, entry_id):
        read.append(entry_id)
        return real(self, entry_id)

    monkeypatch.setattr(Store, "article", article)
    app = ReaderApp(store, articles=load(str(path)), settings=Settings(refresh_at_start=False))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.analysis is not None and len(app.screen.entries) == 1
        assert read == []  # as `reader FILE` opens it: the text in hand is the one shown


async def test_a_huge_article_on_one_line_shows_before_the_line_is_wrapped_and_reads_on(
    make_app, tmp_path, monkeypatch
):
    line = " ".join(PARAGRAPH.format(i) for i in range(6_000))  # 0.5 MB, no line break
    path = tmp_path / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    monkeypatch.setattr(reader.analysis, "analyse", lambda text, published=None: Analysis())
    wrapped, at_first_screen = [0], []
    real_breaks, real_line = ArticleView._breaks, ArticleView.render_line

    def breaks(block, width):
        wrapped[0] += len(block.plain)
        return real_breaks(block, width)

    def render_line(view, y):
        strip = real_line(view, y)
        if not at_first_screen and strip.text.strip():
            at_first_screen.append(wrapped[0])
        return strip

    monkeypatch.setattr(ArticleView, "_breaks", staticmethod(breaks))
    monkeypatch.setattr(ArticleView, "render_line", render_line)
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await until(pilot, lambda: at_first_screen)
        assert at_first_screen[0] < len(line) / 20  # the first screen's share of the line
        await until(pilot, lambda: wrapped[0] >= len(line))  # the rest, between frames
        assert -1 not in view._line_starts  # one paragraph: no blank line anywhere in it
        drawn = "".join(
            view._line_text(i).plain.strip() + " " for i in range(len(view._line_starts))
        )
        assert drawn.split() == line.split()


async def test_what_a_huge_article_made_is_frozen_out_of_collection_once_it_is_laid_out(
    make_app, store, tmp_path, monkeypatch
):
    """A full pass of the cycle collector over a 5 MB article's blocks, lists and analysis
    took 110 ms and more, and fell in a keystroke now and then: once its text is wrapped
    and its lists filled, and not before, they are frozen out of the collector's walks."""
    import reader.screens.reading

    path = huge_article(tmp_path, megabytes=0.3)
    article = load(str(path))[0]
    store.save_analysis(article, made_analysis(article.text, events=3000))
    frozen_when: list[tuple[bool, int]] = []
    app = make_app(path)
    real_shown = app.article_shown

    def shown(large: bool = False) -> None:
        if large:
            screen = app.screen
            view, events = screen.query_one(ArticleView), screen.query_one(ChronologyPane)
            frozen_when.append((view.all_wrapped(), events.option_count))
        real_shown(large)

    monkeypatch.setattr(app, "article_shown", shown)
    monkeypatch.setattr(reader.screens.reading, "LARGE_ARTICLE", 100_000)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: frozen_when)
        assert frozen_when == [(True, 3000)]


async def test_young_garbage_is_collected_while_an_analysis_runs_and_no_longer_after(
    make_app, tmp_path, monkeypatch
):
    path = huge_article(tmp_path, 0.3)
    gate = threading.Event()

    def held(text, published=None):
        gate.wait(10)
        return made_analysis(text)

    sweeps: list[int] = []
    monkeypatch.setattr(reader.analysis, "analyse", held)
    monkeypatch.setattr(reader.screens.reading, "SWEEP_EVERY", 0.05)
    monkeypatch.setattr(reader.screens.reading, "young_garbage_collected", lambda: sweeps.append(1))
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: len(sweeps) >= 3)  # under the spinners
        gate.set()
        await until(pilot, lambda: app.screen.analysis is not None)
        await pilot.pause(0.1)
        done = len(sweeps)
        await pilot.pause(0.3)
        assert len(sweeps) == done
