"""The footer: the keys that apply where the focus is, on one line, and the
progress of background work at its right end.

One widget that redraws its line, rather than Textual's Footer, which mounts a
widget per key and rebuilds them at every focus move: start-up and every move
stay cheap. A click on a key presses it.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.screen import Screen
from textual.widget import Widget


class KeyFooter(Widget):
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """
    COMPONENT_CLASSES = {"key-footer--key", "key-footer--disabled", "key-footer--status"}

    def __init__(self) -> None:
        super().__init__()
        self._keys: list[tuple[str, str, str, bool]] = []  # key, shown as, description, enabled
        self.status = ""

    def show_status(self, text: str) -> None:
        self.status = text
        self.refresh()

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, screen: Screen) -> None:
        seen: set[str] = set()
        keys = []
        for _, binding, enabled, _ in screen.active_bindings.values():
            if binding.show and binding.action not in seen:
                seen.add(binding.action)
                keys.append(
                    (binding.key, self.app.get_key_display(binding), binding.description, enabled)
                )
        if keys != self._keys:
            self._keys = keys
            self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-footer--key")
        disabled = self.get_component_rich_style("key-footer--disabled")
        line = Text(no_wrap=True, overflow="crop")
        for key, shown, description, enabled in self._keys:
            click = Style(meta={"@click": f"app.simulate_key({key!r})"})
            line.append(f" {shown} ", (key_style if enabled else disabled) + click)
            line.append(f"{description} ", (Style() if enabled else disabled) + click)
        right = Text(
            " ^p palette ", style=key_style + Style(meta={"@click": "app.command_palette"})
        )
        if self.status:  # background work: kept in view, the keys give way
            status = Text(f" {self.status} ", self.get_component_rich_style("key-footer--status"))
            right = status + right
        room = self.size.width - right.cell_len
        line.truncate(max(room, 0), overflow="ellipsis")
        line.pad_right(max(room - line.cell_len, 0))
        return line + right
