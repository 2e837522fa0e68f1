"""Long lists fill a chunk at a time, and the keys still reach every row."""

from __future__ import annotations

from textual.app import App, ComposeResult
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
