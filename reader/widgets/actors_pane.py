"""The Actors pane: actors grouped by kind, with roles and mention counts."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static
from textual.widgets.option_list import Option

from reader.counts import count
from reader.model import KIND_HEADINGS, Actor, Analysis
from reader.widgets.lists import KeyList


class ActorSelected(Message):
    """The user chose an actor: show its mentions in the article."""

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor


class ActorList(KeyList):
    BINDINGS = [Binding("enter", "select", "Show in article")]


def actor_prompt(actor: Actor) -> Text:
    """Name, first role and mention count on one line; markup never read."""
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(actor.name, style="bold")
    if actor.roles:
        line.append(f"  {actor.roles[0]}", style="italic")
    line.append(f"  ×{len(actor.mentions)}", style="dim")
    return line


class ActorsPane(Vertical):
    """The list plus a detail line with the highlighted actor's aliases and roles."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._actors: dict[str, Actor] = {}

    def compose(self) -> ComposeResult:
        yield ActorList(id="actor-list")
        yield Static(id="actor-detail", markup=False)

    def show(self, analysis: Analysis) -> None:
        self._actors = {a.id: a for a in analysis.actors}
        options: list[Option] = []
        for kind, heading in KIND_HEADINGS.items():
            members = [a for a in analysis.actors if a.kind == kind]
            if not members:
                continue
            members.sort(key=lambda a: (-len(a.mentions), a.mentions[0] if a.mentions else (0, 0)))
            options.append(Option(Text(heading, style="bold underline"), disabled=True))
            options += [Option(actor_prompt(a), id=a.id) for a in members]
        actor_list = self.query_one(ActorList)
        actor_list.fill(options)
        if not options:
            actor_list.add_option(Option(Text("No actors found", style="dim"), disabled=True))
        else:
            actor_list.highlighted = 1
        self.border_subtitle = count(len(analysis.actors), "actor")

    def clear(self) -> None:
        """No actors, while the next article's are worked out."""
        self._actors = {}
        self.query_one(ActorList).clear_options()
        self.query_one("#actor-detail", Static).update("", layout=False)
        self.border_subtitle = ""

    @property
    def highlighted_actor(self) -> Actor | None:
        option = self.query_one(ActorList).highlighted_option
        return self._actors.get(option.id) if option and option.id else None

    @on(KeyList.OptionHighlighted)
    def _describe(self, event: KeyList.OptionHighlighted) -> None:
        """The detail's height is fixed (the stylesheet's): a cursor move lays nothing out."""
        actor = self._actors.get(event.option.id or "")
        detail = self.query_one("#actor-detail", Static)
        if actor is None:
            detail.update("", layout=False)
            return
        text = Text(no_wrap=True, overflow="ellipsis")  # one line each: name, roles, aliases
        text.append(actor.name, style="bold")
        text.append(f" ({actor.kind})", style="dim")
        if actor.roles:
            text.append("\nRoles: ", style="dim")
            text.append("; ".join(actor.roles))
        if actor.aliases:
            text.append("\nAlso: ", style="dim")
            text.append(", ".join(actor.aliases))
        detail.update(text, layout=False)

    @on(KeyList.OptionSelected)
    def _select(self, event: KeyList.OptionSelected) -> None:
        event.stop()
        actor = self._actors.get(event.option.id or "")
        if actor:
            self.post_message(ActorSelected(actor))
