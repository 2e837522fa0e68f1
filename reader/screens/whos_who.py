"""Who's who: every actor of the library, the most frequent first, filtered as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from reader.counts import count
from reader.dates import human_date
from reader.widgets.filter_field import FilterField
from reader.widgets.footer import KeyFooter
from reader.widgets.lists import KeyList

if TYPE_CHECKING:
    from reader.app import ReaderApp

SHOWN = 500  # actors listed at once; the filter reaches the rest
PROGRESS_EVERY = 20  # articles analysed between two counts on screen


class WhoList(KeyList):
    BINDINGS = [Binding("enter,t", "select", "Timeline")]


def who_prompt(who) -> Text:
    """Name, kind, first role, articles and the days they span, on one line."""
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(who.name, style="bold")
    line.append(f"  {who.kind}", style="dim")
    if who.roles:
        line.append(f"  {who.roles[0]}", style="italic")
    line.append(f"  {count(who.articles, 'article')}", style="dim")
    if who.first:
        span = human_date(who.first)
        if who.last and who.last != who.first:
            span += f" – {human_date(who.last)}"
        line.append(f"  {span}", style="dim")
    return line


class WhosWhoScreen(Screen):
    """Dismisses with the name of the actor whose timeline is wanted, or None."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "filter", "Filter", priority=True),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
    ]

    @property
    def reader_app(self) -> ReaderApp:
        """The app with its own parts typed: the store, the workers."""
        return cast("ReaderApp", self.app)

    def __init__(self, store, name: str | None = None, typed: str = "") -> None:
        super().__init__()
        self.store = store
        self.name_at = name  # reopened after its timeline: that name highlighted, the list focused
        self.typed = typed  # the filter as typed; reopened after a timeline, as it was left
        self._names: dict[str, str] = {}
        self._shown_for: str | None = None  # the filter the list shows

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.reader_app.report_failure(event.worker.error)

    def compose(self) -> ComposeResult:
        yield Static("Who's who (W)", id="whos-who-title", markup=False)
        yield FilterField(placeholder="type to filter by name", id="whos-who-filter")
        yield WhoList(id="whos-who-list")
        yield Static(id="whos-who-count", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.focus()
        field.value = self.typed
        self._load(self.typed)

    @work(thread=True, exclusive=True, group="whos-who", exit_on_error=False)
    def _load(self, contains: str) -> None:
        from reader.stories import whos_who

        def progress(done: int, total: int) -> None:
            if done % PROGRESS_EVERY == 1 or done == total:
                said = f"Reading the library: {done:,} of {total:,} articles not yet analysed…"
                self.app.call_from_thread(self._say, said)

        found = whos_who(self.store, contains, limit=SHOWN + 1, progress=progress)
        self.app.call_from_thread(self._fill, found, contains)

    def _say(self, said: str) -> None:
        self.query_one("#whos-who-count", Static).update(said)

    def _fill(self, found: list, contains: str) -> None:
        if contains != self.query_one(Input).value.strip():
            return  # typed on since: a newer answer is coming
        more = len(found) > SHOWN
        found = found[:SHOWN]
        self._names = {str(n): who.name for n, who in enumerate(found)}
        self._shown_for = contains
        who_list = self.query_one(WhoList)
        who_list.clear_options()
        who_list.add_options(Option(who_prompt(w), id=str(n)) for n, w in enumerate(found))
        if found:
            names = list(self._names.values())
            who_list.highlighted = names.index(self.name_at) if self.name_at in names else 0
            if self.name_at is not None:
                who_list.focus()
                self.name_at = None
        said = count(len(found), "actor")
        if more:
            said = f"The {SHOWN} most frequent actors; type to filter the rest"
        elif not found:
            said = "No actors yet."
            if contains:
                said = (
                    f"No actor's name holds {contains!r}: enter shows the timeline of its mentions."
                )
        self._say(said)

    @on(Input.Changed, "#whos-who-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.typed = event.value.strip()
        self._load(self.typed)

    @on(Input.Submitted, "#whos-who-filter")
    def _to_list(self, event: Input.Submitted) -> None:
        """To the list; with no actor listed, the timeline of the name as typed (any name,
        a product or a treaty, from its mentions)."""
        typed = event.value.strip()
        if typed and not self._names and typed == self._shown_for:
            self.dismiss(typed)
            return
        self.query_one(WhoList).focus()

    def on_key(self, event) -> None:
        """Down from the filter goes to the list."""
        if event.key == "down" and self.query_one(Input).has_focus:
            event.stop()
            self.query_one(WhoList).focus()

    @on(KeyList.OptionSelected, "#whos-who-list")
    def _chosen(self, event: KeyList.OptionSelected) -> None:
        name = self._names.get(event.option.id or "")
        if name:
            self.dismiss(name)

    def action_help(self) -> None:
        from reader.screens.help import HelpScreen

        self.app.push_screen(
            HelpScreen([("Who's who", WhosWhoScreen), ("Who's who list", WhoList)])
        )

    def action_filter(self) -> None:
        self.query_one(FilterField).open()

    def action_back(self) -> None:
        field = self.query_one(Input)
        if field.has_focus and field.value:
            field.value = ""
            return
        self.dismiss(None)
