"""A one-line question in a modal: a file to open, a publication date."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from reader.widgets.footer import KeyFooter


class PromptScreen(ModalScreen[str | None]):
    """Asks for one value; enter returns it if `check` finds no fault, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        question: str,
        value: str = "",
        placeholder: str = "",
        check: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.question, self.value, self.placeholder = question, value, placeholder
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Label(self.question, markup=False)
            yield Input(self.value, placeholder=self.placeholder)
            yield Label("", id="prompt-error", markup=False)
        yield KeyFooter()

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        fault = self.check(event.value) if self.check else None
        if fault:
            self.query_one("#prompt-error", Label).update(fault)
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
