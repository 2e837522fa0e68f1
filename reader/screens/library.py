"""The library: every article kept, newest first; `/` filters by words."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from reader.counts import count as counted
from reader.dates import human_date
from reader.model import Actor
from reader.widgets.filter_field import FilterField
from reader.widgets.footer import KeyFooter
from reader.widgets.lists import KeyList

if TYPE_CHECKING:
    from reader.app import ReaderApp

PAGE = 200  # entries read at once; the next page comes as the cursor nears the end
NEAR_END = 20  # rows from the end of the list at which the next page is read
TYPING_PAUSE = 0.15  # seconds


def entry_prompt(entry) -> Text:
    """★ when starred, else ● when unread; the date; the title, bold when unread."""
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append("★ " if entry.starred else "  " if entry.read else "● ", style="bold")
    line.append(human_date(entry.published) if entry.published else "no date", style="dim")
    line.append("  ")
    line.append(entry.title or entry.source, style="" if entry.read else "bold")
    return line


class EntryList(KeyList):
    BINDINGS = [Binding("enter", "select", "Open")]


class LibraryScreen(ModalScreen):
    """Chooses an article; dismisses with its library entry, or None."""

    BINDINGS = [
        Binding("slash", "filter", "Filter", priority=True),
        Binding("escape,q", "close", "Close", key_display="esc"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
    ]

    @property
    def reader_app(self) -> ReaderApp:
        """The app with its own parts typed: the store, the workers."""
        return cast("ReaderApp", self.app)

    def __init__(self, store, actor: Actor | None = None, found: list | None = None) -> None:
        """The library; or, with `actor`, the other articles `found` to name it."""
        super().__init__()
        self.store, self.actor, self.found = store, actor, found
        self._entries: dict[str, object] = {}
        self._typing: Timer | None = None
        self._query = ""  # the words the list is filtered by
        self._more = False  # the library has more entries than listed: read as needed
        self._filtered: tuple[str | None, list] = (None, [])  # see _found_matching

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.reader_app.report_failure(event.worker.error)

    def compose(self) -> ComposeResult:
        with Vertical(id="library-box") as box:
            box.border_title = (
                f"Other articles with {escape(self.actor.name)}" if self.actor else "Library (l)"
            )
            yield FilterField(placeholder="words in titles and text", id="library-filter")
            yield EntryList(id="library-list")
            yield Static(id="library-count", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#library-filter").display = False
        self.query_one(EntryList).focus()
        self._load("")

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def _load(self, query: str, offset: int = 0) -> None:
        """A page of the library (filtered by `query`) from `offset` on."""
        if self.found is not None:  # an actor's articles, found already: paged the same
            entries = self._found_matching(query)[offset : offset + PAGE + 1]
        else:
            entries = self.store.search(query, limit=PAGE + 1, offset=offset)
        self.app.call_from_thread(self._fill, query, entries, offset)

    def _found_matching(self, query: str) -> list:
        """The articles found that have the query's words, searched once a query (the
        next page of the same query slices the same list)."""
        if self._filtered[0] != query:
            ids = self.store.matching(query)
            found = self.found or []
            self._filtered = (query, found if ids is None else [e for e in found if e.id in ids])
        return self._filtered[1]

    def _fill(self, query: str, entries: list, offset: int = 0) -> None:
        """List a first page, or add the next one (unless the filter changed since)."""
        entry_list = self.query_one(EntryList)
        if offset and (query != self._query or offset != entry_list.option_count):
            return
        self._query, self._more = query, len(entries) > PAGE
        entries = entries[:PAGE]
        if not offset:
            self._entries = {}
            entry_list.clear_options()
        self._entries.update((str(e.id), e) for e in entries)
        entry_list.add_options(Option(entry_prompt(e), id=str(e.id)) for e in entries)
        if entries and not offset:
            entry_list.highlighted = 0
        listed = entry_list.option_count
        count = counted(listed, "article")
        if self._more:
            count = f"The newest {listed} articles; more further down; / filters"
        self.query_one("#library-count", Static).update(count)

    @on(KeyList.OptionHighlighted, "#library-list")
    def _near_the_end(self, event: KeyList.OptionHighlighted) -> None:
        """The next page is read as the cursor comes near the last row listed."""
        if self._more and event.option_index >= event.option_list.option_count - NEAR_END:
            self._more = False  # asked once
            self._load(self._query, event.option_list.option_count)

    def action_filter(self) -> None:
        self.query_one("#library-filter", FilterField).open()

    @on(Input.Changed, "#library-filter")
    def _filter(self, event: Input.Changed) -> None:
        """Search once typing pauses, not at every key."""
        if self._typing is not None:
            self._typing.stop()
        self._typing = self.set_timer(TYPING_PAUSE, partial(self._load, event.value))

    @on(Input.Submitted, "#library-filter")
    def _done_filtering(self) -> None:
        self.query_one(EntryList).focus()

    def on_key(self, event) -> None:
        """Down from the filter goes to the list, as in who's who."""
        if event.key == "down" and self.query_one("#library-filter", Input).has_focus:
            event.stop()
            self.query_one(EntryList).focus()

    @on(KeyList.OptionSelected)
    def _open(self, event: KeyList.OptionSelected) -> None:
        self.dismiss(self._entries.get(event.option.id or ""))

    def action_help(self) -> None:
        """Every key, the library's first, over the list, which stays as it was."""
        help_screen = self.reader_app.reading.help_screen(first=("Library", "Library list"))
        self.app.push_screen(help_screen)

    def action_close(self) -> None:
        field = self.query_one("#library-filter", Input)
        if field.has_focus and field.value:
            field.value = ""
            return
        self.dismiss(None)
