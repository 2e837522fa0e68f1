"""Option lists moved with j / k / g / G as well as the arrows."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import OptionList


class KeyList(OptionList):
    """An OptionList with vi-style movement; subclasses name what enter does.

    OptionList forgets its rendered options at every Resize event, and the first one
    arrives just after the first frame, so every list was drawn twice at start-up. Here
    they are forgotten only when the width they were drawn at has changed.
    """

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]
    _drawn_width: int | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        self._drawn_width = self.scrollable_content_region.width
        return super().render_lines(crop)

    def _on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width == self._drawn_width:
            event.prevent_default()  # skips OptionList's handler, which drops them
