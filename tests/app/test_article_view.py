"""The Article pane draws the whole article itself: wrapping, mentions far down, selection."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text
from textual.geometry import Offset
from textual.selection import Selection

from reader.markdown_blocks import Block, Segment
from reader.widgets.article_view import ArticleView
from tests.app.conftest import settle
from tests.app.helpers import select_actor, styled_pieces

WORDS = "The ferry to Stornoway left the harbour late because of the weather."


def article(tmp_path, paragraphs: int) -> str:
    body = "\n\n".join(f"{i}. {WORDS} " * 3 for i in range(paragraphs))
    path = tmp_path / "ferry.md"
    path.write_text(f"# Ferries\n\n{body}\n\nIn the end Ines Moreau met Ana Duarte.\n")
    return str(path)


def shown_lines(view: ArticleView) -> list[str]:
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


async def test_text_is_wrapped_to_the_pane_and_nothing_is_lost(make_app, tmp_path):
    app = make_app(article(tmp_path, 3))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        width = view.scrollable_content_region.width
        lines = shown_lines(view)
        assert all(len(line.rstrip()) <= width for line in lines)
        assert lines[0].startswith("Ferries")
        assert lines[1].strip() == ""  # a blank line between blocks
        everything = view.get_selection(Selection(None, None))[0]
        assert " ".join(everything.split()).count("Stornoway") == 9
        assert "Ines Moreau met Ana Duarte" in " ".join(everything.split())


async def test_a_mention_far_down_is_scrolled_into_view(make_app, tmp_path):
    app = make_app(article(tmp_path, 60))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        wrapped = view._line_starts
        await pilot.press("2")
        select_actor(app.screen, "Ines Moreau")
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert view._line_starts is wrapped  # lit without wrapping again
        assert len(view._styled) < len(view._blocks) // 2  # the blocks drawn, not all
        assert view.scroll_y > 0
        assert any("Ines Moreau" in line for line in shown_lines(view))
        assert styled_pieces(app.screen) == ["Ines Moreau"]


async def test_a_selection_copies_the_text_as_shown(make_app, tmp_path):
    app = make_app(article(tmp_path, 2))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        text, ending = view.get_selection(Selection(Offset(0, 0), Offset(7, 0)))
        assert (text, ending) == ("Ferries", "\n")


async def test_a_new_theme_recolours_the_article_but_a_focus_move_does_not_redraw_it(
    make_app, tmp_path
):
    app = make_app(article(tmp_path, 2))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        before = view.render_line(0)
        wrapped = view._line_starts
        await pilot.press("2")
        await pilot.pause()
        assert view._line_starts is wrapped  # focus moved away: the same wrapped lines
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        after = view.render_line(0)
        assert after.text == before.text
        assert [s.style for s in after] != [s.style for s in before]


async def test_g_reaches_the_end_of_a_long_article_however_far_it_is_wrapped(make_app, tmp_path):
    app = make_app(article(tmp_path, 2000))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        assert shown_lines(view)[0].startswith("Ferries")
        view.focus()
        await pilot.press("G")  # before the background wrap is done, or after
        await pilot.pause(0.2)
        await pilot.press("G")  # the end, once its lines are known
        await pilot.pause()
        assert "Ana Duarte." in " ".join(shown_lines(view))
        assert len(view._block_starts) == len(view._blocks)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["word", "a", "  ", " ", "longerwordthanthat", "\n", "日本語"]), max_size=30
    ),
    st.integers(min_value=4, max_value=30),  # under two columns Rich draws a wide one as a space
    st.sampled_from(["paragraph", "code"]),
)
def test_lines_break_where_rich_wraps_them(pieces, width, kind):
    text = "".join(pieces).strip("\n") if kind == "code" else "".join(pieces).replace("\n", " ")
    block = Block(kind, 0, len(text), segments=[Segment(text, 0)])
    wrapped = Text(text).wrap(Console(), max(1, width - 2) if kind == "code" else width)
    assert [text[start:end] for start, end in ArticleView._breaks(block, width)] == [
        line.plain for line in wrapped
    ]


async def test_a_frame_reads_the_pane_s_colours_once_not_a_line_at_a_time(
    make_app, tmp_path, monkeypatch
):
    from textual.dom import DOMNode
    from textual.geometry import Region

    app = make_app(article(tmp_path, 20))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        reads: list[DOMNode] = []
        colours = DOMNode.rich_style

        def counted(node):
            reads.append(node)
            return colours.fget(node)

        monkeypatch.setattr(DOMNode, "rich_style", property(counted))
        view._strips.clear()  # every line drawn afresh
        view.refresh()
        lines = view.render_lines(Region(0, 0, view.outer_size.width, view.outer_size.height))
        assert len(lines) > 30
        assert reads.count(view) <= 1


async def test_n_looks_up_only_the_mention_it_moves_to(make_app, tmp_path):
    """With every paragraph lit, n looked up the blocks of every mention again to find the
    two whose marks changed (55 ms with 12,000 mentions): it finds the block of the one it
    moves to, and the current one is drawn where it moved, the others still lit."""
    body = "\n\n".join(f"Ines Moreau spoke at stop {i} of the tour." for i in range(60))
    path = tmp_path / "tour.md"
    path.write_text(f"# Tour\n\n{body}\n")
    app = make_app(str(path))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        select_actor(app.screen, "Ines Moreau")
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        current = view.get_component_rich_style("article--current", partial=True)

        def current_blocks() -> list[int]:
            blocks = view.shown_blocks()
            return [
                i for i, text in enumerate(blocks) if any(s.style == current for s in text.spans)
            ]

        looked_up: list[tuple[int, int]] = []
        blocks_between = view._blocks_between
        view._blocks_between = lambda *span: (looked_up.append(span), blocks_between(*span))[1]
        before = current_blocks()
        await pilot.press("n")
        await settle(pilot)
        after = current_blocks()
        assert len(before) == len(after) == 1 and after[0] == before[0] + 1
        assert len({start for start, _ in looked_up}) == 1  # to mark it, and to scroll to it
        assert len(styled_pieces(app.screen)) == 60  # every mention still lit


async def test_an_article_of_nothing_shown_opens_blank(make_app, tmp_path):
    """A link definition alone is no block: the article's one part gave none, and the
    view took the first block of an empty list (IndexError, the app ended)."""
    only = tmp_path / "velkor.md"
    only.write_text("---\ntitle: Velkor links\n---\n[velkor]: https://velkor.test/quay\n")
    app = make_app(only)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        assert view.all_wrapped() and not "".join(shown_lines(view)).strip()
        assert "Velkor links" in str(app.screen.query_one("#title-bar").render())
