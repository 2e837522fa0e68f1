"""Scrolling views whose scrollbars are drawn again only when something changed.

At every layout Textual gives a ScrollView the size of its region less the scrollbars
as its virtual size, which never equals the virtual size of a view longer than its
pane: every layout (a count in the title bar, a detail line) repainted every scrollbar
on screen a frame later, and start-up waited for that frame. The views here keep their
own virtual size and scrollbars up to date as they draw (OptionList measures its rows,
ArticleView wraps its text), so a layout concerns them only when their size changes.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


def steady_size_updated(
    view: ScrollView, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
) -> bool:
    """ScrollView._size_updated, skipped by a layout that leaves the view's size as it
    was (then no resize event is due either). Set as `_size_updated` in a ScrollView
    subclass (a function, not a mixin: Textual's styles follow one line of bases)."""
    if size == view.outer_size and container_size == view.container_size:
        return False
    return ScrollView._size_updated(view, size, virtual_size, container_size, layout)
