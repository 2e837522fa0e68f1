"""One actor's story across the library: a timeline strip above its dated events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from reader.counts import count
from reader.dates import human_date, timeline_place
from reader.widgets.chronology_pane import TimelineStrip
from reader.widgets.footer import KeyFooter
from reader.widgets.lists import KeyList

if TYPE_CHECKING:
    from reader.app import ReaderApp


@dataclass(frozen=True)
class StoryChoice:
    """The event chosen: its article (a library entry), the sentence to light, and its
    row (the timeline reopened on escape from the article stands on it again)."""

    entry: int
    sentence: tuple[int, int]
    row: int


class StoryList(KeyList):
    BINDINGS = [Binding("enter", "select", "Open article")]


def story_prompt(event) -> Text:
    """Date, summary and the other actors; below, the article it comes from."""
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(human_date(event.date) if event.date else "undated", style="bold")
    line.append("  ")
    line.append(event.report.text)
    if event.actors:
        line.append("  · " + ", ".join(event.actors), style="dim italic")
    report = event.report
    published = human_date(report.published) if report.published else "no date"
    line.append(f"\n    {report.title} · {published} · {report.source}", style="dim")
    if event.also:
        line.append(f"  (and {count(len(event.also), 'other article')})", style="dim")
    return line


class TimelineScreen(Screen):
    """Dismisses with a StoryChoice, or None."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
    ]

    @property
    def reader_app(self) -> ReaderApp:
        """The app with its own parts typed: the store, the workers."""
        return cast("ReaderApp", self.app)

    def __init__(self, store, name: str, row: int = 0) -> None:
        super().__init__()
        self.store = store
        self.name_wanted = name
        self.row = row  # highlighted once the events are listed
        self._events: dict[str, Any] = {}

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.reader_app.report_failure(event.worker.error)

    def compose(self) -> ComposeResult:
        yield Static(f"Timeline: {self.name_wanted}", id="story-title", markup=False)
        yield TimelineStrip(id="story-strip")
        yield StoryList(id="story-list")
        yield Static(id="story-count", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(StoryList).focus()
        self.query_one(StoryList).loading = True
        self._load()

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def _load(self) -> None:
        from reader.stories import library_timeline

        events = library_timeline(self.store, self.name_wanted)
        self.app.call_from_thread(self._fill, events)

    def _fill(self, events: list) -> None:
        story_list = self.query_one(StoryList)
        story_list.loading = False
        story_list.focus()
        usable = [e for e in events if e.report.entry is not None]
        self._events = {str(n): e for n, e in enumerate(usable)}
        story_list.clear_options()
        story_list.add_options(Option(story_prompt(e), id=str(n)) for n, e in enumerate(usable))
        if usable:
            story_list.highlighted = min(self.row, len(usable) - 1)
        strip = self.query_one(TimelineStrip)
        strip.places = [p for e in usable if e.date and (p := timeline_place(e.date))]
        strip.refresh()
        articles = len({r.entry for e in usable for r in (e.report, *e.also)})
        said = f"{count(len(usable), 'event')} in {count(articles, 'article')}"
        if not usable:
            said = f"No dated events for {self.name_wanted} in the library."
        self.query_one("#story-count", Static).update(said)

    @on(KeyList.OptionSelected, "#story-list")
    def _chosen(self, event: KeyList.OptionSelected) -> None:
        chosen = self._events.get(event.option.id or "")
        if chosen is not None:
            report = chosen.report
            self.dismiss(StoryChoice(report.entry, report.sentence, int(event.option.id or 0)))

    def action_help(self) -> None:
        from reader.screens.help import HelpScreen

        self.app.push_screen(
            HelpScreen([("Timeline", TimelineScreen), ("Timeline list", StoryList)])
        )

    def action_back(self) -> None:
        self.dismiss(None)
