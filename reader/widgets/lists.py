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
    they are forgotten when the width they were drawn at changes, checked as they are
    drawn: a Resize event can arrive after the first frame at the new size, so it cannot
    be the signal (the lists kept their old wrapping after a resize).
    """

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]
    _drawn_width: int | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        width = self.scrollable_content_region.width
        if width != self._drawn_width:
            self._option_render_cache.clear()
            self._line_cache.clear()
            self._drawn_width = width
        return super().render_lines(crop)

    def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]  # Textual passes the event to a handler that names it
        event.prevent_default()  # skips OptionList's handler: render_lines sees the width
        self.refresh()
