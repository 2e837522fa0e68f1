"""Scrolling views whose scrollbars are drawn again only when something changed.

At every layout Textual gives a ScrollView the size of its region less the scrollbars
as its virtual size, which never equals the virtual size of a view longer than its
pane: every layout (a count in the title bar, a detail line) repainted every scrollbar
on screen a frame later, and start-up waited for that frame. The views here keep their
own virtual size and scrollbars up to date (KeyList measures its rows, ArticleView
wraps its text), so a layout concerns them only when it finds them changed: their size,
or their virtual size since the last layout (a repaint Textual dropped is asked again).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.geometry import Size
from textual.scroll_view import ScrollView

_LAID_OUT = "_steady_laid_out"  # (size, container size, virtual size) after the last layout


def size_updated(
    view: ScrollView,
    update: Callable[[Size, Size, Size, bool], bool],
    size: Size,
    virtual_size: Size,
    container_size: Size,
    layout: bool,
    before: Callable[[], object] = lambda: None,
) -> bool:
    """A view's `_size_updated`: `update` (its base class's) only when the layout finds the
    view changed since the last one, after `before` (an ArticleView wraps its text there)."""
    if getattr(view, _LAID_OUT, None) == (size, container_size, view.virtual_size):
        return False
    before()
    resized = update(size, virtual_size, container_size, layout)
    setattr(view, _LAID_OUT, (size, container_size, view.virtual_size))
    return resized
