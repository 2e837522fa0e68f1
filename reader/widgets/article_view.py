"""The Article pane: the text rendered from Markdown, with highlights by offset."""

from __future__ import annotations

from bisect import bisect_right

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.markdown_blocks import Block, blocks
from reader.model import Article

_INLINE = {
    "em": Style(italic=True),
    "strong": Style(bold=True),
    "link": Style(underline=True),
    "strike": Style(strike=True),
    "code": Style(dim=True),
}


class BlockView(Static):
    """One paragraph, heading or list item; restyled when highlights change."""

    def __init__(self, block: Block) -> None:
        super().__init__(classes=f"block -{block.kind}")
        self.block = block

    def paint(self, marks: list[tuple[int, int, Style]]) -> None:
        text = Text(self.block.prefix, end="")
        for segment in self.block.segments:
            style = Style.combine(
                [Style(), *(_INLINE[s] for s in sorted(segment.style) if s in _INLINE)]
            )
            text.append(segment.text, style)
        offset = len(self.block.prefix)
        for start, end, style in marks:
            shown = self.block.display_range(start, end)
            if shown:
                text.stylize(style, offset + shown[0], offset + shown[1])
        self.update(text)


class ArticleView(VerticalScroll, can_focus=True):
    """Scrollable article; `mark` lights up source spans, `reveal` scrolls to one."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "Bottom", show=False),
    ]
    COMPONENT_CLASSES = {"article--mention", "article--current", "article--sentence"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._views: list[BlockView] = []
        self._starts: list[int] = []
        self._marked: set[int] = set()

    async def show(self, article: Article) -> None:
        """Replace the content with this article, unhighlighted, at the top."""
        await self.remove_children()
        self._views = [BlockView(b) for b in blocks(article.text)]
        self._starts = [v.block.start for v in self._views]
        self._marked = set()
        await self.mount_all(self._views)
        for view in self._views:
            view.paint([])
        self.scroll_home(animate=False)

    def mark(
        self,
        mentions: list[tuple[int, int]],
        current: tuple[int, int] | None = None,
        sentence: tuple[int, int] | None = None,
    ) -> None:
        """Highlight mentions, the current one more strongly, and a sentence."""
        styles = {
            name: self.get_component_rich_style(f"article--{name}", partial=True)
            for name in ("mention", "current", "sentence")
        }
        marks: list[tuple[int, int, Style]] = []
        if sentence:
            marks.append((*sentence, styles["sentence"]))
        marks += [(s, e, styles["mention"]) for s, e in mentions]
        if current:
            marks.append((*current, styles["current"]))
        touched: dict[int, list[tuple[int, int, Style]]] = {}
        for start, end, style in marks:
            for index in self._blocks_between(start, end):
                touched.setdefault(index, []).append((start, end, style))
        for index in self._marked | set(touched):
            self._views[index].paint(touched.get(index, []))
        self._marked = set(touched)

    def clear_marks(self) -> None:
        self.mark([])

    def reveal(self, offset: int) -> None:
        """Scroll so that the block holding source offset `offset` is in view."""
        indexes = self._blocks_between(offset, offset + 1) or [
            max(0, bisect_right(self._starts, offset) - 1)
        ]
        if self._views:  # after the next refresh: the blocks' places are known by then
            self.call_after_refresh(self.scroll_to_center, self._views[indexes[0]], animate=False)

    def _blocks_between(self, start: int, end: int) -> list[int]:
        first = max(0, bisect_right(self._starts, start) - 1)
        found = []
        for index in range(first, len(self._views)):
            block = self._views[index].block
            if block.start >= end:
                break
            if block.end > start:
                found.append(index)
        return found
