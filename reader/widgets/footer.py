"""The footer: Textual's, recomposed only when the keys it shows change."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Every focus move and state change asks the footer to rebuild its keys; most
    leave the shown keys as they were, and rebuilding them is costly."""

    def __init__(self, compact: bool = False) -> None:
        super().__init__(compact=compact)
        self._shown: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        shown = tuple(
            (binding.key, binding.description, enabled)
            for _, binding, enabled, _ in screen.active_bindings.values()
            if binding.show
        )
        if shown == self._shown and self._bindings_ready:
            return
        super().bindings_changed(screen)
        if screen.app.app_focus:  # otherwise Footer waits for focus: keep asking
            self._shown = shown
