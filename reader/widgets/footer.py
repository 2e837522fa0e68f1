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
        # key, shown as, description, enabled, action
        self._keys: list[tuple[str, str, str, bool, str]] = []
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
                shown = self.app.get_key_display(binding)
                keys.append((binding.key, shown, binding.description, enabled, binding.action))
        if keys != self._keys:
            self._keys = keys
            self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-footer--key")
        disabled = self.get_component_rich_style("key-footer--disabled")
        right = Text(
            " ^p palette ", style=key_style + Style(meta={"@click": "app.command_palette"})
        )
        if self.status:  # background work: kept in view, the keys give way
            status = Text(f" {self.status} ", self.get_component_rich_style("key-footer--status"))
            right = status + right
        pieces = []
        for key, shown, description, enabled, _ in self._keys:
            click = Style(meta={"@click": f"app.simulate_key({key!r})"})
            piece = Text(f" {shown} ", (key_style if enabled else disabled) + click)
            piece.append(f"{description} ", (Style() if enabled else disabled) + click)
            pieces.append(piece)
        line = Text(no_wrap=True, overflow="crop").join(
            _fitting(pieces, [k[-1] for k in self._keys], self.size.width - right.cell_len)
        )
        line.pad_right(max(self.size.width - right.cell_len - line.cell_len, 0))
        return line + right


# Actions by how much they are used, most first: on a narrow terminal the footer drops whole
# keys from the end of this list (and keys not in it before them, the app's own last: a
# screen's keys are its own, refreshing and subscribing work on the article too); help
# always stays, and lists every key.
BY_USE = (
    "help",
    "select",
    "cycle_pane",
    "quit",
    "step_mention",
    "library",
    "filter",
    "close",
    "dismiss",
    "cancel",
    "appearances",
)


def _rank(action: str) -> int:
    name = action.removeprefix("app.").split("(", 1)[0]
    if name in BY_USE:
        return BY_USE.index(name)
    return len(BY_USE) + action.startswith("app.")


def _fitting(pieces: list[Text], actions: list[str], room: int) -> list[Text]:
    """The pieces that fit in `room` cells, the most used kept first, in their own order."""
    kept: set[int] = set()
    used = 0
    for index in sorted(range(len(pieces)), key=lambda i: (_rank(actions[i]), i)):
        width = pieces[index].cell_len
        if used + width <= room or _rank(actions[index]) == 0:
            kept.add(index)
            used += width
    return [piece for index, piece in enumerate(pieces) if index in kept]
