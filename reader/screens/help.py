"""The help screen: every binding of every pane, read from the classes themselves."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.keys import format_key
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.widgets.article_view import SCROLL_KEYS
from reader.widgets.footer import KeyFooter

GLOBAL_KEYS = [("ctrl+p", "Command palette"), ("ctrl+q", "Quit")]


def _key_label(binding: Binding) -> str:
    return " / ".join(format_key(k.strip()) for k in binding.key.split(","))


def own_bindings(widget_class: type) -> list[Binding]:
    """The bindings a class of ours declares or inherits from another of ours (not the
    system ones, which only say why a key does nothing now)."""
    found = []
    for cls in reversed(widget_class.__mro__):
        if cls.__module__.startswith("reader.") and "BINDINGS" in vars(cls):
            found += [b for b in vars(cls)["BINDINGS"] if isinstance(b, Binding) and not b.system]
    return found


def bindings_table(sections: list[tuple[str, list]]) -> Table:
    """A two-column table: keys and what they do, one section per pane."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, bindings in sections:
        table.add_row(Text(title, style="bold underline"), "")
        for binding in bindings:
            if isinstance(binding, Binding):
                table.add_row(_key_label(binding), binding.description or binding.action)
            else:
                table.add_row(*binding)
        table.add_row("", "")
    return table


class HelpBox(VerticalScroll):
    """The keys' table, scrolled with the keys that scroll the article."""

    BINDINGS = SCROLL_KEYS


class HelpScreen(ModalScreen[None]):
    """Lists every key; escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close help")]

    def __init__(self, sections: list[tuple[str, type]]) -> None:
        super().__init__()
        self.sections = [(title, own_bindings(cls)) for title, cls in sections]

    def compose(self) -> ComposeResult:
        with HelpBox(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "j/k scroll, escape closes"
            yield Static(bindings_table([*self.sections, ("Anywhere", GLOBAL_KEYS)]))
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(HelpBox).focus()
