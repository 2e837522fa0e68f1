"""Long lists fill a chunk at a time, and the keys still reach every row."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.events import Resize
from textual.geometry import Size
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.widgets.lists import FIRST_ROWS, KeyList

ROWS = 1000


class ListApp(App):
    CSS = "KeyList { height: 1fr; }"  # as the app's lists: a size before any row

    def compose(self) -> ComposeResult:
        yield KeyList()


def rows():
    return (Option(f"Row {i}", id=f"r{i}") for i in range(ROWS))


async def test_a_long_list_fills_between_frames_and_the_keys_reach_rows_not_added_yet():
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        listed = app.query_one(KeyList)
        listed.fill(rows())
        assert listed.option_count == FIRST_ROWS and listed.filling  # the first screens
        listed.highlighted = 0
        listed.action_cursor_up()  # round to the real bottom, not the last row added
        assert listed.highlighted == ROWS - 1 and not listed.filling

        listed.fill(rows())
        listed.highlighted = FIRST_ROWS - 1
        listed.action_cursor_down()  # on, not round to the top
        assert listed.highlighted == FIRST_ROWS
        listed.action_page_down()
        assert listed.highlighted > FIRST_ROWS + 10
        listed.action_last()
        assert listed.highlighted == ROWS - 1 and listed.option_count == ROWS

        listed.fill(rows())
        listed.fill(Option(f"Other {i}") for i in range(3 * ROWS))
        for _ in range(200):  # the rest comes between frames; the older fill stops
            if not listed.filling:
                break
            await pilot.pause(0.02)
        assert listed.option_count == 3 * ROWS
        assert str(listed.get_option_at_index(ROWS).prompt) == f"Other {ROWS}"


async def test_a_long_list_at_a_new_width_is_measured_again_a_slice_at_a_time():
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        listed = app.query_one(KeyList)
        listed.fill(Option(f"Row {i} " + "word " * (i % 20), id=f"r{i}") for i in range(ROWS))
        for _ in range(200):
            if not listed.filling:
                break
            await pilot.pause(0.02)
        listed.highlighted = 150
        wide = listed.virtual_size.width  # the width the rows were measured at
        app.post_message(Resize(Size(40, 20), Size(40, 20)))  # Pilot's would wait for idle
        for _ in range(500):  # until measured at the new width
            if listed.virtual_size.width < wide:
                break
            await pilot.pause(0)
        assert listed.filling and listed.option_count < ROWS  # not all measured in a frame
        assert listed.highlighted == 150  # the cursor stays on its row
        for _ in range(200):
            if not listed.filling:
                break
            await pilot.pause(0.02)
        assert listed.option_count == ROWS and listed.highlighted == 150
        listed.action_last()
        await pilot.pause()
        drawn = [listed.render_line(y).text.rstrip() for y in range(listed.size.height)]
        assert drawn[-3].startswith("Row 999 word")  # the last row wraps to three lines
        assert " ".join(drawn[-3:]).split() == ("Row 999 " + "word " * 19).split()
        assert max(map(len, drawn)) <= listed.scrollable_content_region.width < 40


class Twins(App):
    """A KeyList and Textual's OptionList, the same size, given the same rows."""

    CSS = """
    KeyList, OptionList { height: 9; width: 32; }
    .one-line { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def compose(self) -> ComposeResult:
        yield KeyList()
        yield OptionList()


def twin_rows() -> list[Option]:
    return [
        Option(Text("Harbour staff", style="bold underline"), disabled=True),
        Option(Text.assemble(("Ada Quill", "bold"), ("  keeper of the north light", "italic"))),
        Option(Text.assemble("Tom Reeve", ("  ×12", "dim")), id="tom"),
        Option("A plain row long enough to wrap onto a second line and a third"),
        Option(Text("First line\nsecond line", style="italic")),
    ]


def cells(widget) -> list[list[tuple[str, str]]]:
    """Each line the widget draws: its characters and their styles."""
    return [
        [(char, str(segment.style)) for segment in widget.render_line(y) for char in segment.text]
        for y in range(widget.size.height)
    ]


async def test_a_key_list_draws_its_rows_as_textual_s_option_list_does():
    app = Twins()
    async with app.run_test(size=(80, 24)) as pilot:
        ours, theirs = app.query_one(KeyList), app.query_one(OptionList)
        for one_line in (False, True):
            for widget in (ours, theirs):
                widget.set_class(one_line, "one-line")
                widget.clear_options()
                widget.add_options(twin_rows())
                widget.highlighted = 2
            theirs.focus()
            await pilot.pause()
            ours_blurred, theirs_focused = cells(ours), cells(theirs)
            ours.focus()
            await pilot.pause()
            ours_focused, theirs_blurred = cells(ours), cells(theirs)
            assert ours_blurred == theirs_blurred and ours_focused == theirs_focused
            assert ours_focused != ours_blurred  # the cursor's colours follow the focus
            assert "".join(c for c, _ in ours_focused[0]).startswith("Harbour staff")
