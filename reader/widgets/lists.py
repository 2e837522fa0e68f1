"""Lists moved with j / k / g / G as well as the arrows, drawn a line at a time.

KeyList replaces Textual's OptionList, keeping its looks, keys, mouse and messages:
OptionList turns every row into Textual Content to measure it and again to draw it,
about half a millisecond a row, which was most of the time the side panes added to
start-up. Here a row is rich Text, measured by where its lines break (one line when
the list does not wrap) and drawn only when on screen, a fifth of that. A pane that is
a list draws its fixed parts (a detail, a strip) in the list's padding, so that it is
one widget rather than a container of three.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import islice, pairwise
from time import perf_counter
from typing import Literal

from rich._wrap import divide_line  # as Text.wrap and Textual's Content break lines
from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style as RichStyle
from rich.text import Text
from textual import _widget_navigation as navigation
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size, clamp
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets.option_list import Option

from reader.widgets import steady

FIRST_ROWS = 100  # rows added at once: more than a screen
ROWS_AT_A_TIME = 20  # then as many twenties as fit in a slice, between frames
SLICE = 0.008  # seconds: a frame stays smooth
_KEPT = 2000  # rows drawn kept for the next frame at most
_ROW = "key-list--option"


def line_breaks(plain: str, width: int, wrap: bool, overflow: str) -> list[tuple[int, int]]:
    """Where a row's lines start and end in its text, as Textual's Content breaks them:
    at each newline, then at word boundaries within `width` when the list wraps (or
    every `width` cells when it folds without wrapping)."""
    breaks, first = [], 0
    for line in plain.split("\n"):
        if wrap:
            cuts = [0, *divide_line(line, width, fold=overflow == "fold"), len(line)]
        elif overflow == "fold":
            cuts = [*range(0, max(cell_len(line), 1), width), len(line)]
        else:
            cuts = [0, len(line)]
        breaks += [(first + start, first + end) for start, end in pairwise(cuts)]
        first += len(line) + 1
    return breaks


def draw_text(
    text: Text,
    width: int,
    wrap: bool,
    overflow: str,
    base: RichStyle,
    console: Console,
    fill: RichStyle | None = None,
) -> list[Strip]:
    """Text drawn `width` cells wide as Textual draws it: broken as `line_breaks` says, a
    line broken within the text without its spaces, its own style and spans over `base`,
    the cells after it in `fill` (as a list row: `base`; as Static text: the background)."""
    breaks = line_breaks(text.plain, width, wrap, overflow)
    own = console.get_style(text.style) if isinstance(text.style, str) else text.style
    strips = []
    for number, (start, end) in enumerate(breaks):
        line = text[start:end]
        if number < len(breaks) - 1 and breaks[number + 1][0] != end + 1:
            line.rstrip()
        line.truncate(width, overflow="ellipsis" if overflow == "ellipsis" else "crop")
        segments = Segment.apply_style(line.render(console), base + own)
        strips.append(Strip(segments).extend_cell_length(width, fill or base))
    return strips


class KeyList(ScrollView, can_focus=True):
    """A list of options with a cursor; subclasses name what enter does.

    `fill` gives it the first screens at once and the rest a few milliseconds at a
    time between frames, so that a list of ten thousand rows shows as soon as one of
    ten; a wrapping list is measured again so at a new width. A key that moves past
    the rows added so far adds the rows it needs first.
    """

    DEFAULT_CSS = """
    KeyList {
        height: auto;
        max-height: 100%;
        color: $foreground;
        overflow-x: hidden;
        border: tall $border-blurred;
        padding: 0 1;
        background: $surface;
        & > .key-list--option-highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
            & > .key-list--option-highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .key-list--option-disabled {
            color: $text-disabled;
        }
        & > .key-list--option-hover {
            background: $block-hover-background;
        }
    }
    """
    COMPONENT_CLASSES = {
        _ROW,
        "key-list--option-disabled",
        "key-list--option-highlighted",
        "key-list--option-hover",
    }
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        *(  # the keys of every Textual list (OptionList's): the help leaves them out
            Binding(key, action, description, show=False, system=True)
            for key, action, description in (
                ("down", "cursor_down", "Down"),
                ("up", "cursor_up", "Up"),
                ("home", "first", "First"),
                ("end", "last", "Last"),
                ("pagedown", "page_down", "Page Down"),
                ("pageup", "page_up", "Page Up"),
            )
        ),
    ]
    ALLOW_SELECT = False

    class OptionMessage(Message):
        """An option of a list: the list, the option and its place."""

        def __init__(self, option_list: KeyList, option: Option, index: int) -> None:
            super().__init__()
            self.option_list = option_list
            self.option = option
            self.option_id = option.id
            self.option_index = index

        @property
        def control(self) -> KeyList:
            return self.option_list

    class OptionHighlighted(OptionMessage):
        """The cursor moved to an option."""

    class OptionSelected(OptionMessage):
        """The user chose an option (enter, or a click)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._options: list[Option] = []
        self._highlighted: int | None = None
        self._hover: int | None = None  # the row under the mouse
        self._starts = array("l")  # the first line of each row, at `_width`
        self._lines = 0  # the lines of all the rows
        self._width = 0  # the width the rows were measured at; 0: not yet
        self._strips: dict[tuple[int, object], list[Strip]] = {}  # (row, style) -> drawn
        self._to_add: Iterator[Option] | None = None  # the rows `fill` has still to add
        self._filling = 0  # counts the fills begun: a chunk of an older one stops
        self._fixed: tuple[Size, tuple[list[Strip], list[Strip]]] | None = None  # as drawn

    # -- the rows -------------------------------------------------------------

    @property
    def options(self) -> list[Option]:
        return self._options

    @property
    def option_count(self) -> int:
        return len(self._options)

    def get_option_at_index(self, index: int) -> Option:
        return self._options[index]

    @property
    def highlighted_option(self) -> Option | None:
        return None if self._highlighted is None else self._options[self._highlighted]

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

    def clear_options(self) -> KeyList:
        self._to_add = None
        self._options = []
        self._highlighted = self._hover = None
        self._starts, self._lines = array("l"), 0
        self._strips.clear()
        self.scroll_y = 0
        self._update_size()
        self.refresh()
        return self

    def add_options(self, options: Iterable[Option]) -> KeyList:
        added = list(options)
        self._options += added
        if self._width:
            self._measure(added)
        self.refresh()
        return self

    def add_option(self, option: Option) -> KeyList:
        return self.add_options([option])

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

    # -- measuring --------------------------------------------------------------

    def _breaks(self, option: Option) -> list[tuple[int, int]]:
        styles = self.styles
        wrap = styles.text_wrap != "nowrap"
        return line_breaks(str(option.prompt), self._width, wrap, styles.text_overflow)

    def _measure(self, options: list[Option]) -> None:
        """The lines of these rows, the last added, at the width measured at."""
        one_line = self.styles.text_wrap == "nowrap" and self.styles.text_overflow != "fold"
        starts, lines = self._starts, self._lines
        for option in options:
            starts.append(lines)
            lines += str(option.prompt).count("\n") + 1 if one_line else len(self._breaks(option))
        self._lines = lines
        self._update_size()

    def _update_size(self) -> None:
        size = Size(self._width, self._lines)
        if size != self.virtual_size:
            self.virtual_size = size
            self._scroll_update(size)

    def _measure_at_width(self) -> None:
        """Rows measured at the width of the list now: a long list that wraps is measured
        again as `fill` measures it, the first screens (and the cursor's row) now and the
        rest between frames."""
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        measured, self._width = self._width, width
        self._strips.clear()
        if self.styles.text_wrap == "nowrap" and self.styles.text_overflow != "fold":
            if not measured:
                self._measure(self._options)
            self._update_size()
            return
        highlighted, rows = self._highlighted, [*self._options, *(self._to_add or ())]
        if measured and len(rows) > FIRST_ROWS:
            self.fill(rows)
            if highlighted is not None:
                self._add_through(highlighted)
                self.highlighted = highlighted
            return
        self._starts, self._lines = array("l"), 0
        self._measure(self._options)

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """A layout that finds the list as it was draws nothing (reader.widgets.steady)."""
        update = super()._size_updated
        return steady.size_updated(self, update, size, virtual_size, container_size, layout)

    # -- drawing ----------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        self._measure_at_width()
        lines = list(super().render_lines(crop))
        width, height = self.outer_size
        top, right, bottom, left = self.styles.border.spacing
        padding = self.styles.padding
        below_from = height - bottom - padding.bottom
        if crop.y >= top + padding.top and crop.bottom <= below_from:
            return lines  # only rows: nothing drawn in the padding
        if self._fixed is None or self._fixed[0] != self.outer_size:
            self._fixed = (self.outer_size, self.padding_lines())
        above, below = self._fixed[1]
        fixed = dict(enumerate(above, top))
        fixed.update(enumerate(below, below_from))
        filters, background = self.get_line_filters(), self.background_colors[1]
        for y in range(crop.y, crop.bottom):
            if y in fixed:  # between the borders of the line as Textual draws it
                whole = super().render_lines(Region(0, y, width, 1))[0]
                inside = fixed[y]
                for line_filter in filters:  # as Textual filters every line (dim colours)
                    inside = inside.apply_filter(line_filter, background)
                line = Strip.join([whole.crop(0, left), inside, whole.crop(width - right)])
                lines[y - crop.y] = line.crop(crop.x, crop.right)
        return lines

    def padding_lines(self) -> tuple[list[Strip], list[Strip]]:
        """Lines drawn across the padding above and below the rows, border to border, as
        many as the padding's height (none here): the parts of a pane that stay put
        while its rows scroll. Kept until `refresh_padding`, a new size or new styles."""
        return [], []

    def refresh_padding(self) -> None:
        """What the padding shows changed: it is drawn again."""
        self._fixed = None
        self.refresh()

    @property
    def inner_width(self) -> int:
        """The width between the borders."""
        border = self.styles.border.spacing
        return self.outer_size.width - border.left - border.right

    def text_lines(self, text: Text, component: str, height: int) -> list[Strip]:
        """Text across the list between its borders, `height` lines, as a Static with a
        space either side shows it (wrapped, and cut at that height)."""
        width = self.inner_width
        base = self.get_visual_style(component).rich_style
        blank = RichStyle(bgcolor=base.bgcolor)  # as Textual draws padding: no colour
        lines = draw_text(text, width - 2, True, "fold", base, self.app.console, blank)
        lines = lines[:height] + [Strip.blank(width - 2, base)] * (height - len(lines))
        space = Strip.blank(1, blank)
        return [Strip.join([space, line, space]) for line in lines]

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if line >= self._lines:
            return Strip.blank(width, self.get_visual_style(_ROW).rich_style)
        index = bisect_right(self._starts, line) - 1
        strips = self._row_strips(index)
        at = line - self._starts[index]
        return strips[at] if at < len(strips) else Strip.blank(width)

    def _row_strips(self, index: int) -> list[Strip]:
        """A row's lines as drawn: its state's colours under its own."""
        option = self._options[index]
        state = (
            "key-list--option-disabled"
            if option.disabled
            else "key-list--option-highlighted"
            if index == self._highlighted
            else "key-list--option-hover"
            if index == self._hover
            else None
        )
        style = self.get_visual_style(_ROW, state) if state else self.get_visual_style(_ROW)
        strips = self._strips.get((index, style))
        if strips is None:
            if len(self._strips) >= _KEPT:
                self._strips.clear()
            prompt = option.prompt if isinstance(option.prompt, Text) else Text(str(option.prompt))
            wrap, overflow = self.styles.text_wrap != "nowrap", self.styles.text_overflow
            base, console = style.rich_style, self.app.console
            strips = draw_text(prompt, self._width, wrap, overflow, base, console)
            self._strips[(index, style)] = strips
        return strips

    @property
    def focusable(self) -> bool:
        """Under a spinner too (Textual refuses the focus to a widget loading): a pane's
        list takes the focus while its rows are worked out."""
        return self.allow_focus() and self.visible and not self.disabled

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._fixed = None
        self.refresh()

    # -- the cursor -------------------------------------------------------------

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None:
            index = clamp(index, 0, len(self._options) - 1) if self._options else None
        if index == self._highlighted:
            return
        self._highlighted = index
        self.refresh()
        if index is not None and not self._options[index].disabled:
            self.scroll_to_highlight()
            self.post_message(self.OptionHighlighted(self, self._options[index], index))

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Scroll the cursor's row into view (once shown and measured)."""
        index = self._highlighted
        if index is None or not self.scrollable_content_region or index >= len(self._starts):
            return
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._lines
        region = Region(0, self._starts[index], self._width, end - self._starts[index])
        self.scroll_to_region(region, force=True, animate=False, top=top, immediate=True)

    def on_show(self) -> None:
        self.scroll_to_highlight()

    def action_cursor_down(self) -> None:
        self._add_through((self.highlighted or 0) + 2)  # never round to the top early
        self.highlighted = navigation.find_next_enabled(self._options, self.highlighted, 1)

    def action_cursor_up(self) -> None:
        if self.filling and not any(not o.disabled for o in self.options[: self.highlighted]):
            self._add(None)  # round to the bottom: the real one
        self.highlighted = navigation.find_next_enabled(self._options, self.highlighted, -1)

    def action_first(self) -> None:
        self.highlighted = navigation.find_first_enabled(self._options)

    def action_last(self) -> None:
        self._add(None)
        self.highlighted = navigation.find_last_enabled(self._options)

    def action_page_down(self) -> None:
        self._add_through((self.highlighted or 0) + self.scrollable_content_region.height + 2)
        self._move_page(1)

    def action_page_up(self) -> None:
        self._move_page(-1)

    def _move_page(self, direction: Literal[-1, 1]) -> None:
        """The cursor a page of lines on, onto an enabled row (none: the last)."""
        if self._highlighted is None:
            self.action_first() if direction < 0 else self.action_last()
            return
        if not self._lines or self._highlighted >= len(self._starts):
            return
        height = self.scrollable_content_region.height
        line = clamp(self._starts[self._highlighted] + direction * height, 0, self._lines - 1)
        self.highlighted = navigation.find_next_enabled_no_wrap(
            self._options, bisect_right(self._starts, line) - 1, direction, with_anchor=True
        )

    def action_select(self) -> None:
        index = self._highlighted
        if index is not None and not self._options[index].disabled:
            self.post_message(self.OptionSelected(self, self._options[index], index))

    # -- the mouse --------------------------------------------------------------

    def _row_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        line = None if offset is None else self.scroll_offset.y + offset.y
        if line is None or line >= self._lines:
            return None
        return bisect_right(self._starts, line) - 1

    async def _on_click(self, event: events.Click) -> None:
        index = self._row_at(event)
        if index is not None and not self._options[index].disabled:
            self.highlighted = index
            self.action_select()

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._row_at(event))

    def _on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            self._hover = index
            self.refresh()
