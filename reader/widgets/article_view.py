"""The Article pane: the text rendered from Markdown, with highlights by offset.

One widget draws the whole article line by line (Textual's line API), rather than a
widget per paragraph: a long article opens as fast as a short one, and restyling on
focus changes touches one widget. The text is split into blocks a part at a time and
wrapped when the width is known: the first screens at once, the rest between frames.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from reader.markdown_blocks import Block, parts
from reader.model import Article

_INLINE = {
    "em": Style(italic=True),
    "strong": Style(bold=True),
    "link": Style(underline=True),
    "strike": Style(strike=True),
    "code": Style(dim=True),
}
_KIND_CLASSES = {"heading": "article--heading", "quote": "article--quote", "code": "article--code"}
_CHUNK = 100  # blocks wrapped at a time in the background, a few milliseconds
_MARK_CLASSES = ("article--mention", "article--current", "article--sentence")


@dataclass
class _Line:
    """One wrapped line: its text, and where it starts within its block's displayed text."""

    text: Text
    block: int
    start: int


# The keys that scroll a long view, shared by every view that reads like the article.
SCROLL_KEYS: list[BindingType] = [
    Binding("j,down", "scroll_down", "Down", show=False),
    Binding("k,up", "scroll_up", "Up", show=False),
    Binding("space,pagedown", "page_down", "Page down", show=False),
    Binding("b,pageup", "page_up", "Page up", show=False),
    Binding("g,home", "scroll_home", "Top", show=False),
    Binding("G,end", "scroll_end", "Bottom", show=False),
]


class ArticleView(ScrollView, can_focus=True):
    """Scrollable article; `mark` lights up source spans, `reveal` scrolls to one."""

    BINDINGS = SCROLL_KEYS
    COMPONENT_CLASSES = {*_MARK_CLASSES, *_KIND_CLASSES.values()}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._text = ""  # the text of the blocks
        self._blocks: list[Block] = []  # those of the text parsed so far
        self._starts: list[int] = []
        self._parts: Iterator[tuple[int, list[Block]]] = iter(())  # the rest, to parse
        self._parsed = 0  # the text before this offset is in _blocks
        self._marks: dict[int, list[tuple[int, int, str]]] = {}  # block -> (start, end, class)
        self._lines: list[_Line] = []
        self._block_starts: list[int] = []  # the first line of each block
        self._strips: dict[tuple[int, int], Strip] = {}  # (line, scroll x) -> as drawn
        self._stale: set[int] = set()  # blocks whose highlights changed since drawn
        self._wrapping = 0  # counts the wraps begun: a chunk of an older one stops
        self._width = 0  # the width the lines were wrapped at; 0: to be wrapped
        self._drawn_with: tuple[Style, ...] = ()  # the colours of the lines drawn (_colours)

    def show(self, article: Article) -> None:
        """Replace the content with this article, unhighlighted, at the top; the text on
        screen already (shown before its analysis) stays where it was scrolled to."""
        if self._parsed and article.text == self._text:
            self.clear_marks()
            return
        self._text = article.text
        self._blocks, self._starts, self._parsed = [], [], 0
        self._parts = parts(article.text)
        self._marks = {}
        self._rewrap()
        self.scroll_home(animate=False)

    def shown_blocks(self) -> list[Text]:
        """Each block as displayed, highlights included."""
        while self._parse_more():
            pass
        return [self._block_text(index) for index in range(len(self._blocks))]

    def mark(
        self,
        mentions: list[tuple[int, int]],
        current: tuple[int, int] | None = None,
        sentence: tuple[int, int] | None = None,
    ) -> None:
        """Highlight mentions, the current one more strongly, and a sentence."""
        marks = [(start, end, "article--mention") for start, end in mentions]
        if sentence:
            marks.insert(0, (*sentence, "article--sentence"))
        if current:
            marks.append((*current, "article--current"))
        touched: dict[int, list[tuple[int, int, str]]] = {}
        for start, end, name in marks:
            for index in self._blocks_between(start, end):
                touched.setdefault(index, []).append((start, end, name))
        changed = {
            index
            for index in set(self._marks) | set(touched)
            if self._marks.get(index) != touched.get(index)
        }
        self._marks = touched
        self._restyle(changed)

    def clear_marks(self) -> None:
        self.mark([])

    def reveal(self, offset: int) -> None:
        """Scroll so that the line showing source offset `offset` is in the middle."""
        if self._text:  # after the next refresh: the text is wrapped by then
            self.call_after_refresh(self._scroll_to_offset, offset)

    def _scroll_to_offset(self, offset: int) -> None:
        self._wrap()
        if not self._width:
            return  # no width yet to wrap at
        indexes = self._blocks_between(offset, offset + 1) or [
            max(0, bisect_right(self._starts, offset) - 1)
        ]
        if not self._blocks:
            return  # nothing shown: blank text
        index = indexes[0]
        self._wrap_while(lambda: len(self._block_starts) <= index + 1)
        block = self._blocks[index]
        column = len(block.prefix) + (block.display_offset(offset) or 0)
        line = self._block_starts[index]
        while line + 1 < len(self._lines) and self._lines[line + 1].block == index:
            if self._lines[line + 1].start > column:
                break
            line += 1
        self.scroll_to(y=max(0, line - self.scrollable_content_region.height // 2), animate=False)

    def _parse_more(self) -> bool:
        """The blocks of the next part of the text; False when all are parsed."""
        part = next(self._parts, None)
        if part is None:
            return False
        self._parsed, found = part
        self._blocks += found
        self._starts += [b.start for b in found]
        return True

    def _blocks_between(self, start: int, end: int) -> list[int]:
        while self._parsed < end and self._parse_more():
            pass
        first = max(0, bisect_right(self._starts, start) - 1)
        found = []
        for index in range(first, len(self._blocks)):
            block = self._blocks[index]
            if block.start >= end:
                break
            if block.end > start:
                found.append(index)
        return found

    # -- drawing ---------------------------------------------------------------

    def _rewrap(self) -> None:
        self._width = 0
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        """Styles are recomputed at every focus move; the text is drawn again only when
        the colours it uses changed (a new theme)."""
        super().notify_style_update()
        if self._drawn_with and self._drawn_with != self._colours():
            self._rewrap()

    def _colours(self) -> tuple[Style, ...]:
        return (self.rich_style, *map(self._style, sorted(self.COMPONENT_CLASSES)))

    def render_lines(self, crop):
        self._wrap()
        return super().render_lines(crop)

    def _wrap(self) -> None:
        """Wrap the blocks to the width of the pane, once per width and change: the
        first screens at once, the rest a chunk at a time between frames, so that a
        huge article shows as soon as a short one."""
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._lines, self._block_starts, self._width = [], [], width
        self._stale = set()
        self._drawn_with = self._colours()
        self._strips.clear()
        self._wrapping += 1
        wanted = self.scroll_offset.y + 2 * max(self.size.height, 40)
        self._wrap_while(lambda: len(self._lines) < wanted)
        self._wrap_later(self._wrapping)

    def _wrap_later(self, wrapping: int) -> None:
        """The next chunk of blocks, unless the text was wrapped afresh meanwhile."""
        if wrapping != self._wrapping or self._all_wrapped():
            return
        last = len(self._block_starts) + _CHUNK
        self._wrap_while(lambda: len(self._block_starts) < last)
        self.set_timer(0.005, lambda: self._wrap_later(wrapping))

    def _wrap_while(self, wanted) -> None:
        """Wrap the following blocks while `wanted()` holds (and some are left)."""
        lines, starts, blocks = self._lines, self._block_starts, self._blocks
        while wanted() and (len(starts) < len(blocks) or self._parse_more()):
            index = len(starts)
            block = blocks[index]
            starts.append(len(lines))
            self._stale.discard(index)
            lines += self._block_lines(index, self._width)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following and not (block.kind == following.kind == "item"):
                lines.append(_Line(Text(), index, len(block.prefix) + len(block.plain)))
        size = Size(self._width, len(lines) + self._lines_to_come())
        if size != self.virtual_size:
            self.virtual_size = size
            self._scroll_update(size)  # as OptionList does: the scrollbar follows

    def _all_wrapped(self) -> bool:
        return len(self._block_starts) == len(self._blocks) and self._parsed == len(self._text)

    def _lines_to_come(self) -> int:
        """An estimate of the lines of the text not wrapped yet, from those that are."""
        if self._all_wrapped() or not self._block_starts:
            return 0
        wrapped = self._blocks[len(self._block_starts) - 1].end
        return len(self._lines) * (len(self._text) - wrapped) // max(wrapped, 1)

    def _wrap_through_line(self, index: int) -> None:
        """Wrap at once as far as line `index` (a jump ahead of the background wrap)."""
        if index >= len(self._lines):
            self._wrap_while(lambda: len(self._lines) <= index)

    def _block_lines(self, index: int, width: int) -> list[_Line]:
        """One block wrapped to `width`, each line knowing where it starts in the block."""
        text = self._block_text(index)
        code = self._blocks[index].kind == "code"
        lines = []
        position = 0
        for piece in text.wrap(self.app.console, max(1, width - 2 if code else width)):
            start = text.plain.find(piece.plain, position) if piece.plain else position
            position = start + len(piece.plain)
            if code:
                piece = Text(" ", end="") + piece
                piece.pad_right(width - piece.cell_len)
                piece.stylize(text.style)
            lines.append(_Line(piece, index, start))
        return lines

    def _restyle(self, indexes: set[int]) -> None:
        """Draw these blocks again with their new highlights, when they are next on
        screen. Styles never change where a line breaks, so only their own lines are
        replaced: thousands of mentions lit cost no more than the lines in view."""
        if not self._width:
            return  # not wrapped yet: the wrap will draw them
        self._stale |= indexes
        self._strips.clear()
        self.refresh()

    def _line(self, index: int) -> _Line:
        """Line `index` with its block's current highlights."""
        block = self._lines[index].block
        if block in self._stale:
            self._stale.discard(block)
            first = self._block_starts[block]
            redrawn = self._block_lines(block, self._width)
            self._lines[first : first + len(redrawn)] = redrawn
        return self._lines[index]

    def _block_text(self, index: int) -> Text:
        block = self._blocks[index]
        kind = _KIND_CLASSES.get(block.kind)
        text = Text(block.prefix, end="", style=self._style(kind) if kind else "")
        for segment in block.segments:
            inline = [_INLINE[name] for name in sorted(segment.style) if name in _INLINE]
            text.append(segment.text, Style.combine(inline) if inline else "")
        offset = len(block.prefix)
        for start, end, name in self._marks.get(index, ()):
            shown = block.display_range(start, end)
            if shown:
                text.stylize(self._style(name), offset + shown[0], offset + shown[1])
        return text

    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        self._wrap_through_line(index)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        selection = self.text_selection
        strip = self._strips.get((index, scroll_x)) if selection is None else None
        if strip is None:
            text = self._line(index).text.copy()
            text.stylize_before(base)
            if selection is not None and (span := selection.get_span(index)) is not None:
                start, end = span
                selected = self.screen.get_component_rich_style("screen--selection")
                text.stylize(selected, start, len(text) if end == -1 else end)
            strip = Strip(text.render(self.app.console), text.cell_len)
            strip = strip.crop_extend(scroll_x, scroll_x + width, base)
            strip = strip.apply_offsets(scroll_x, index)  # where a mouse selection starts
            if selection is None:
                self._strips[(index, scroll_x)] = strip
        return strip

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text, for copying (the lines as shown)."""
        self._wrap_while(lambda: True)
        return selection.extract("\n".join(line.text.plain for line in self._lines)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._strips.clear()
        self.refresh()
