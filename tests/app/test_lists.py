"""Long lists fill a chunk at a time, and the keys still reach every row."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.events import Resize
from textual.geometry import Size
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
        app.post_message(Resize(Size(40, 20), Size(40, 20)))  # Pilot's would wait for idle
        for _ in range(500):  # until drawn at the new width
            if listed._drawn_width < 40:
                break
            await pilot.pause(0)
        assert listed.filling and listed.option_count < ROWS  # not all measured in a frame
        assert listed.highlighted == 150  # the cursor stays on its row
        for _ in range(200):
            if not listed.filling:
                break
            await pilot.pause(0.02)
        assert listed.option_count == ROWS and listed.highlighted == 150
        heights = listed._line_cache.heights
        assert heights[ROWS - 1] == 3  # "Row 999 " and 19 words wrap to 40 columns
