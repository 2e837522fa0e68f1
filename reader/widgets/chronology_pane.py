"""The Chronology pane: a timeline strip above the events in time order."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets.option_list import Option

from reader.counts import count
from reader.dates import human_date, timeline_place
from reader.model import Analysis, Event
from reader.widgets.lists import KeyList


class EventSelected(Message):
    """The user chose an event: scroll the article to its sentence."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event


class EventList(KeyList):
    BINDINGS = [Binding("enter", "select", "Show in article")]


class TimelineStrip(Widget):
    """Every dated event as a mark on an axis from the first date to the last, the ends
    written as the list writes them. Blank when nothing is dated: the list says so."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.places: list[tuple[date, str]] = []  # (day, the value it was read from)

    def render(self) -> Text:
        width = max(self.size.width, 10)
        if not self.places:
            return Text()
        (first, first_value), (last, last_value) = min(self.places), max(self.places)
        span = max((last - first).days, 1)
        axis = ["─"] * width
        for day, _ in self.places:
            axis[round((day - first).days / span * (width - 1))] = "●"
        left, right = human_date(first_value), human_date(last_value)
        labels = (
            left + " " * max(1, width - len(left) - len(right)) + right if first != last else left
        )
        return Text("".join(axis) + "\n" + labels[:width], no_wrap=True)


def event_prompt(event: Event, actor_names: dict[str, str]) -> Text:
    line = Text()
    line.append(human_date(event.date, event.end_date), style="bold")
    line.append("  ")
    line.append(event.text)
    names = [actor_names[a] for a in event.actors if a in actor_names]
    if names:
        line.append("  · " + ", ".join(names), style="dim italic")
    return line


class ChronologyPane(Vertical):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._events: dict[str, Event] = {}

    def compose(self) -> ComposeResult:
        yield TimelineStrip(id="timeline")
        yield EventList(id="event-list")

    def show(self, analysis: Analysis) -> None:
        self._events = {e.id: e for e in analysis.events}
        names = {a.id: a.name for a in analysis.actors}
        event_list = self.query_one(EventList)
        event_list.fill(Option(event_prompt(e, names), id=e.id) for e in analysis.events)
        if analysis.events:
            event_list.highlighted = 0
        else:
            event_list.add_option(Option(Text("No dated events", style="dim"), disabled=True))
        strip = self.query_one(TimelineStrip)
        strip.places = [p for e in analysis.events if (p := timeline_place(e.date))]
        strip.refresh()
        self.border_subtitle = count(len(analysis.events), "event")

    def clear(self) -> None:
        """No events, while the next article's are worked out."""
        self._events = {}
        self.query_one(EventList).clear_options()
        strip = self.query_one(TimelineStrip)
        strip.places = []
        strip.refresh()
        self.border_subtitle = ""

    @on(KeyList.OptionSelected)
    def _select(self, event: KeyList.OptionSelected) -> None:
        event.stop()
        chosen = self._events.get(event.option.id or "")
        if chosen:
            self.post_message(EventSelected(chosen))
