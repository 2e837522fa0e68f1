"""What the panes show, read back from the widgets."""

from __future__ import annotations

from reader.widgets.actors_pane import ActorList
from reader.widgets.article_view import ArticleView
from reader.widgets.chronology_pane import EventList


def option_texts(option_list) -> list[str]:
    return [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]


def actor_lines(screen) -> list[str]:
    return option_texts(screen.query_one(ActorList))


def event_lines(screen) -> list[str]:
    return option_texts(screen.query_one(EventList))


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
    actor_list = screen.query_one(ActorList)
    index = next(i for i, line in enumerate(actor_lines(screen)) if name_part in line)
    actor_list.highlighted = index
    return index
