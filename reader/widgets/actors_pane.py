"""The Actors pane: actors grouped by kind, with roles and mention counts."""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.strip import Strip
from textual.widgets.option_list import Option

from reader.counts import count
from reader.model import KIND_HEADINGS, Actor, Analysis
from reader.widgets.lists import KeyList

RULE = "▔"  # as Textual draws a border-top of kind hkey


class ActorSelected(Message):
    """The user chose an actor: show its mentions in the article."""

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor


def actor_prompt(actor: Actor) -> Text:
    """Name, first role and mention count on one line; markup never read."""
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(actor.name, style="bold")
    if actor.roles:
        line.append(f"  {actor.roles[0]}", style="italic")
    line.append(f"  ×{len(actor.mentions)}", style="dim")
    return line


def actor_detail(actor: Actor) -> Text:
    """Name and kind, roles, aliases: a line each."""
    text = Text()
    text.append(actor.name, style="bold")
    text.append(f" ({actor.kind})", style="dim")
    if actor.roles:
        text.append("\nRoles: ", style="dim")
        text.append("; ".join(actor.roles))
    if actor.aliases:
        text.append("\nAlso: ", style="dim")
        text.append(", ".join(actor.aliases))
    return text


class ActorsPane(KeyList):
    """The list, and below it, under a rule, the highlighted actor's kind, roles and
    aliases. One widget: the detail is drawn in the list's bottom padding (its height is
    the stylesheet's), so a cursor move lays nothing out."""

    BINDINGS = [Binding("enter", "select", "Show in article")]
    COMPONENT_CLASSES = {"actors-pane--detail", "actors-pane--rule"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._actors: dict[str, Actor] = {}
        self.detail = Text()  # what the detail lines show

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
        self.fill(options)
        if not options:  # nothing is highlighted: the last article's actor goes too
            self.add_option(Option(Text("No actors found", style="dim"), disabled=True))
            self._describe_actor(None)
        else:
            self.highlighted = 1
        self.border_subtitle = count(len(analysis.actors), "actor")

    def clear(self) -> None:
        """No actors, while the next article's are worked out."""
        self._actors = {}
        self.clear_options()
        self._describe_actor(None)
        self.border_subtitle = ""

    @property
    def highlighted_actor(self) -> Actor | None:
        option = self.highlighted_option
        return self._actors.get(option.id) if option and option.id else None

    def padding_lines(self) -> tuple[list[Strip], list[Strip]]:
        """A rule across the pane, then the detail."""
        height = self.styles.padding.bottom
        if not height:
            return [], []
        width, rule = self.inner_width, self.get_visual_style("actors-pane--rule").rich_style
        detail = self.text_lines(self.detail, "actors-pane--detail", height - 1)
        return [], [Strip([Segment(RULE * width, rule)], width), *detail]

    def _describe_actor(self, actor: Actor | None) -> None:
        self.detail = actor_detail(actor) if actor else Text()
        self.refresh_padding()

    @on(KeyList.OptionHighlighted)
    def _describe(self, event: KeyList.OptionHighlighted) -> None:
        self._describe_actor(self._actors.get(event.option.id or ""))

    @on(KeyList.OptionSelected)
    def _select(self, event: KeyList.OptionSelected) -> None:
        event.stop()
        actor = self._actors.get(event.option.id or "")
        if actor:
            self.post_message(ActorSelected(actor))
