"""The Chronology pane: a timeline strip above the events in time order."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.strip import Strip
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


def timeline_strip(places: list[tuple[date, str]], width: int) -> Text:
    """Every dated event as a mark on an axis from the first date to the last, the ends
    written as the list writes them. Blank when nothing is dated: the list says so."""
    width = max(width, 10)
    if not places:
        return Text()
    (first, first_value), (last, last_value) = min(places), max(places)
    span = max((last - first).days, 1)
    axis = ["─"] * width
    for day, _ in places:
        axis[round((day - first).days / span * (width - 1))] = "●"
    left, right = human_date(first_value), human_date(last_value)
    labels = left + " " * max(1, width - len(left) - len(right)) + right if first != last else left
    return Text("".join(axis) + "\n" + labels[:width], no_wrap=True)


class TimelineStrip(Widget):
    """The strip on a widget of its own (an actor's timeline shows it so)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.places: list[tuple[date, str]] = []  # (day, the value it was read from)

    def render(self) -> Text:
        return timeline_strip(self.places, self.size.width)


def event_prompt(event: Event, actor_names: dict[str, str]) -> Text:
    line = Text()
    line.append(human_date(event.date, event.end_date), style="bold")
    line.append("  ")
    line.append(event.text)
    names = [actor_names[a] for a in event.actors if a in actor_names]
    if names:
        line.append("  · " + ", ".join(names), style="dim italic")
    return line


class ChronologyPane(KeyList):
    """The events, and above them the timeline strip, drawn in the list's top padding
    (its height is the stylesheet's): one widget."""

    BINDINGS = [Binding("enter", "select", "Show in article")]
    COMPONENT_CLASSES = {"chronology-pane--strip"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._events: dict[str, Event] = {}
        self.places: list[tuple[date, str]] = []  # (day, the value it was read from)

    def show(self, analysis: Analysis) -> None:
        self._events = {e.id: e for e in analysis.events}
        names = {a.id: a.name for a in analysis.actors}
        self.fill(Option(event_prompt(e, names), id=e.id) for e in analysis.events)
        if analysis.events:
            self.highlighted = 0
        else:
            self.add_option(Option(Text("No dated events", style="dim"), disabled=True))
        mods = {t.id: t.mod for t in analysis.timexes}
        self.places = [
            p for e in analysis.events if (p := timeline_place(e.date, mods.get(e.timex or "", "")))
        ]
        self.refresh_padding()
        self.border_subtitle = count(len(analysis.events), "event")

    def clear(self) -> None:
        """No events, while the next article's are worked out."""
        self._events = {}
        self.clear_options()
        self.places = []
        self.refresh_padding()
        self.border_subtitle = ""

    def strip_text(self) -> Text:
        """The timeline strip as drawn now."""
        return timeline_strip(self.places, self.inner_width - 2)

    def padding_lines(self) -> tuple[list[Strip], list[Strip]]:
        return self.text_lines(
            self.strip_text(), "chronology-pane--strip", self.styles.padding.top
        ), []

    @on(KeyList.OptionSelected)
    def _select(self, event: KeyList.OptionSelected) -> None:
        event.stop()
        chosen = self._events.get(event.option.id or "")
        if chosen:
            self.post_message(EventSelected(chosen))
