"""Option lists moved with j / k / g / G as well as the arrows, filled a chunk at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from time import perf_counter

from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.widgets import steady

FIRST_ROWS = 100  # rows added at once: more than a screen
ROWS_AT_A_TIME = 20  # then as many twenties as fit in a slice, between frames
SLICE = 0.008  # seconds: a frame stays smooth


class KeyList(OptionList):
    """An OptionList with vi-style movement; subclasses name what enter does.

    OptionList forgets its rendered options at every Resize event, and the first one
    arrives just after the first frame, so every list was drawn twice at start-up. Here
    they are forgotten when the width they were drawn at changes, checked as they are
    drawn: a Resize event can arrive after the first frame at the new size, so it cannot
    be the signal (the lists kept their old wrapping after a resize).

    OptionList measures every row it is given, a few tenths of a millisecond each:
    `fill` gives it the first screens at once and the rest a few milliseconds at a time
    between frames, so that a list of ten thousand rows shows as soon as one of ten; so
    it is measured again at a new width. A key that moves past the rows added so far
    adds the rows it needs first.
    """

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]
    _drawn_width: int | None = None
    _to_add: Iterator[Option] | None = None  # the rows `fill` has still to add
    _filling = 0  # counts the fills begun: a chunk of an older one stops

    def fill(self, options: Iterable[Option]) -> None:
        """Replace the rows with these: the first at once, the rest between frames."""
        self._filling += 1
        self.clear_options()
        self._to_add = iter(options)
        if self._add(FIRST_ROWS):
            self.set_timer(0.005, lambda filling=self._filling: self._fill_later(filling))

    @property
    def filling(self) -> bool:
        """Whether rows are still to be added."""
        return self._to_add is not None

    def _fill_later(self, filling: int) -> None:
        if filling != self._filling:
            return
        until = perf_counter() + SLICE
        while self._add(ROWS_AT_A_TIME) and perf_counter() < until:
            pass
        if self.filling:
            self.set_timer(0.005, lambda: self._fill_later(filling))

    def _add(self, count: int | None) -> bool:
        """Add the next `count` rows (None: all that are left); whether some are left."""
        if self._to_add is None:
            return False
        rows = list(islice(self._to_add, count))
        if rows:
            self.add_options(rows)
        if count is None or len(rows) < count:
            self._to_add = None
        return self._to_add is not None

    def _add_through(self, index: int) -> None:
        while self.option_count <= index and self._add(ROWS_AT_A_TIME):
            pass

    def clear_options(self):
        self._to_add = None
        return super().clear_options()

    def action_cursor_down(self) -> None:
        self._add_through((self.highlighted or 0) + 2)  # never round to the top early
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.filling and not any(not o.disabled for o in self.options[: self.highlighted]):
            self._add(None)  # round to the bottom: the real one
        super().action_cursor_up()

    def action_page_down(self) -> None:
        self._add_through((self.highlighted or 0) + self.scrollable_content_region.height + 2)
        super().action_page_down()

    def action_last(self) -> None:
        self._add(None)
        super().action_last()

    def render_lines(self, crop: Region) -> list[Strip]:
        width = self.scrollable_content_region.width
        if width != self._drawn_width:
            self._option_render_cache.clear()
            self._line_cache.clear()
            if self._drawn_width is not None and self.option_count > FIRST_ROWS:
                self._measure_again()
            self._drawn_width = width
        return super().render_lines(crop)

    def _measure_again(self) -> None:
        """A long list at a new width: its rows are measured again as `fill` measures
        them, the first screens (and the cursor's row) now and the rest between frames."""
        highlighted, rows = self.highlighted, [*self.options, *(self._to_add or ())]
        self.fill(rows)
        if highlighted is not None:
            self._add_through(highlighted)
            self.highlighted = highlighted

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """A layout that finds the list as it was draws nothing (reader.widgets.steady)."""
        update = super()._size_updated
        return steady.size_updated(self, update, size, virtual_size, container_size, layout)

    def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]  # Textual passes the event to a handler that names it
        event.prevent_default()  # skips OptionList's handler: render_lines sees the width
