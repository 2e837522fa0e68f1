"""What the panes show, read back from the widgets."""

from __future__ import annotations

from textual import events
from textual.geometry import Region
from textual.keys import _character_to_key, key_to_character

from reader.widgets.actors_pane import ActorsPane
from reader.widgets.article_view import ArticleView
from reader.widgets.chronology_pane import ChronologyPane


def option_texts(option_list) -> list[str]:
    return [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]


def actor_lines(screen) -> list[str]:
    return option_texts(screen.query_one(ActorsPane))


def event_lines(screen) -> list[str]:
    return option_texts(screen.query_one(ChronologyPane))


def drawn_lines(widget) -> list[str]:
    """The lines a widget draws now, borders included."""
    return [strip.text for strip in widget.render_lines(Region(0, 0, *widget.outer_size))]


def detail_lines(screen) -> list[str]:
    """The Actors pane's detail as drawn: the lines below its rule, inside the border."""
    lines = drawn_lines(screen.query_one(ActorsPane))
    rule = next(y for y, line in enumerate(lines) if "▔▔▔" in line)
    return [line[1:-1].strip() for line in lines[rule + 1 : -1]]


def strip_lines(screen) -> list[str]:
    """The Chronology pane's timeline strip as drawn: the two lines under its title."""
    return [line[1:-1] for line in drawn_lines(screen.query_one(ChronologyPane))[1:3]]


def article_text(screen) -> str:
    return "\n".join(str(text) for text in screen.query_one(ArticleView).shown_blocks())


def styled_pieces(screen) -> list[str]:
    """The article's characters that carry a highlight, block by block."""
    pieces = []
    for content in screen.query_one(ArticleView).shown_blocks():
        spans = {(s.start, s.end) for s in content.spans if s.style and " on " in f" {s.style}"}
        pieces += [content.plain[start:end] for start, end in sorted(spans)]
    return pieces


def select_actor(screen, name_part: str) -> int:
    """Move the Actors cursor to the first actor whose line holds `name_part`."""
    actor_list = screen.query_one(ActorsPane)
    index = next(i for i, line in enumerate(actor_lines(screen)) if name_part in line)
    actor_list.highlighted = index
    return index


def send_burst(app, text: str, *keys: str) -> None:
    """The characters of `text`, then named keys, posted at once: what a terminal sends
    for keys typed ahead or pasted, all queued before the app has handled the first."""
    for character in text:
        app.post_message(events.Key(_character_to_key(character), character))
    for key in keys:
        app.post_message(events.Key(key, key_to_character(key)))
