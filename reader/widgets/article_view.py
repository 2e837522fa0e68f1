"""The Article pane: the text rendered from Markdown, with highlights by offset.

One widget draws the whole article line by line (Textual's line API), rather than a
widget per paragraph: a long article opens as fast as a short one, and restyling on
focus changes touches one widget. The text is split into blocks a part at a time and
wrapped when the width is known: the first screens at once, the rest between frames.
A wrapped line is kept as three numbers (its block, where it starts and ends there) and
made into styled text only when drawn: a huge article's hundred thousand lines cost
little memory and give the garbage collector nothing to walk.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterator
from time import perf_counter

from rich._wrap import divide_line  # as Text.wrap and Textual's Content break lines
from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from reader.markdown_blocks import Block, parts
from reader.model import Article
from reader.widgets import steady

_INLINE = {
    "em": Style(italic=True),
    "strong": Style(bold=True),
    "link": Style(underline=True),
    "strike": Style(strike=True),
    "code": Style(dim=True),
}
_KIND_CLASSES = {"heading": "article--heading", "quote": "article--quote", "code": "article--code"}
SLICE = 0.008  # seconds of wrapping at a time in the background: a frame stays smooth
_MARK_CLASSES = ("article--mention", "article--current", "article--sentence")
_KEPT = 2000  # lines drawn, and blocks styled, kept for the next frame at most
_GAP = -1  # the start of the blank line between two blocks

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
        self._lit: tuple[list[tuple[int, int]], tuple[int, int] | None] = ([], None)  # of _marks
        self._current: tuple[int, int] | None = None  # the mention marked more strongly
        self._current_blocks: list[int] = []  # the blocks it is in
        # each wrapped line: its block, and where it starts and ends in the block's text
        self._line_blocks, self._line_starts, self._line_ends = array("l"), array("l"), array("l")
        self._block_starts: list[int] = []  # the first line of each block
        self._strips: dict[tuple[int, int], Strip] = {}  # (line, scroll x) -> as drawn
        self._styled: dict[int, Text] = {}  # block -> its text with its highlights, as drawn
        self._wrapping = 0  # counts the wraps begun: a chunk of an older one stops
        self._width = 0  # the width the lines were wrapped at; 0: to be wrapped
        self._drawn_with: tuple[Style, ...] = ()  # the colours of the lines drawn (_colours)
        self._frame: tuple[Style, int, Selection | None] | None = None  # see render_lines

    def show(self, article: Article) -> None:
        """Replace the content with this article, unhighlighted, at the top; the text on
        screen already (shown before its analysis) stays where it was scrolled to."""
        if self._parsed and article.text == self._text:
            self.clear_marks()
            return
        self._text = article.text
        self._blocks, self._starts, self._parsed = [], [], 0
        self._parts = parts(article.text)
        self._marks, self._lit, self._current, self._current_blocks = {}, ([], None), None, []
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
        """Highlight mentions, the current one more strongly, and a sentence. Stepping
        the current one among the same mentions (n, N) restyles only the blocks it leaves
        and enters: it costs the same with ten mentions lit as with ten thousand."""
        changed = set()
        if (mentions, sentence) != self._lit:
            changed = self._mark_all(mentions, sentence)
        if current != self._current:
            changed.update(self._current_blocks)
            self._current = current
            self._current_blocks = self._blocks_between(*current) if current else []
            changed.update(self._current_blocks)
        self._restyle(changed)

    def _mark_all(
        self, mentions: list[tuple[int, int]], sentence: tuple[int, int] | None
    ) -> set[int]:
        """Mark these mentions and this sentence instead of those marked; the blocks whose
        marks changed."""
        marks = [(start, end, "article--mention") for start, end in mentions]
        if sentence:
            marks.insert(0, (*sentence, "article--sentence"))
        touched: dict[int, list[tuple[int, int, str]]] = {}
        for start, end, name in marks:
            for index in self._blocks_between(start, end):
                touched.setdefault(index, []).append((start, end, name))
        changed = {
            index
            for index in set(self._marks) | set(touched)
            if self._marks.get(index) != touched.get(index)
        }
        self._marks, self._lit = touched, (list(mentions), sentence)
        return changed

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
        while line + 1 < len(self._line_starts) and self._line_blocks[line + 1] == index:
            if self._line_starts[line + 1] > column:
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
        self._styled.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        """Styles are recomputed at every focus move; the text is drawn again only when
        the colours it uses changed (a new theme)."""
        super().notify_style_update()
        if self._drawn_with and self._drawn_with != self._colours():
            self._rewrap()

    def _colours(self) -> tuple[Style, ...]:
        return (self.rich_style, *map(self._style, sorted(self.COMPONENT_CLASSES)))

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """A layout that finds the view as it was draws nothing (reader.widgets.steady);
        one that resizes it wraps the text first, so its scrollbar is right at once."""
        update = super()._size_updated
        return steady.size_updated(
            self, update, size, virtual_size, container_size, layout, before=self._wrap
        )

    def render_lines(self, crop):
        """The lines in `crop`; the colours, width and selection they are drawn with are
        read once for all of them (the colours walk the styles of every ancestor)."""
        self._wrap()
        self._frame = self._drawing()
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def _drawing(self) -> tuple[Style, int, Selection | None]:
        return self.rich_style, self.scrollable_content_region.width, self.text_selection

    def _wrap(self) -> None:
        """Wrap the blocks to the width of the pane, once per width and change: the
        first screens at once, the rest a few milliseconds at a time between frames, so
        that a huge article shows as soon as a short one."""
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._line_blocks, self._line_starts, self._line_ends = array("l"), array("l"), array("l")
        self._block_starts, self._width = [], width
        self._drawn_with = self._colours()
        self._strips.clear()
        self._styled.clear()
        self._wrapping += 1
        wanted = self.scroll_offset.y + 2 * max(self.size.height, 40)
        self._wrap_while(lambda: len(self._line_starts) < wanted)
        wrapping = self._wrapping  # the rest after this frame
        self.set_timer(0.005, lambda: self._wrap_later(wrapping))

    def _wrap_later(self, wrapping: int) -> None:
        """The next chunk of blocks, unless the text was wrapped afresh meanwhile."""
        if wrapping != self._wrapping or self.all_wrapped():
            return
        until = perf_counter() + SLICE
        self._wrap_while(lambda: perf_counter() < until)
        self.set_timer(0.005, lambda: self._wrap_later(wrapping))

    def _wrap_while(self, wanted) -> None:
        """Wrap the following blocks while `wanted()` holds (and some are left)."""
        starts, blocks = self._block_starts, self._blocks
        line_blocks, line_starts, line_ends = self._line_blocks, self._line_starts, self._line_ends
        while wanted() and self._block_to_wrap():
            index = len(starts)
            block = blocks[index]
            starts.append(len(line_starts))
            for start, end in self._breaks(block, self._width):
                line_blocks.append(index)
                line_starts.append(start)
                line_ends.append(end)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following and not (following.follows or block.kind == following.kind == "item"):
                line_blocks.append(index)
                line_starts.append(_GAP)
                line_ends.append(_GAP)
        size = Size(self._width, len(line_starts) + self._lines_to_come())
        if size != self.virtual_size:
            self.virtual_size = size
            self._scroll_update(size)  # as KeyList does: the scrollbar follows

    def _block_to_wrap(self) -> bool:
        """Whether a block is left to wrap, the text parsed on as far as the next one: a
        part may give none (a text of nothing but link definitions)."""
        while len(self._block_starts) == len(self._blocks):
            if not self._parse_more():
                return False
        return True

    def all_wrapped(self) -> bool:
        return len(self._block_starts) == len(self._blocks) and self._parsed == len(self._text)

    def _lines_to_come(self) -> int:
        """An estimate of the lines of the text not wrapped yet, from those that are."""
        if self.all_wrapped() or not self._block_starts:
            return 0
        wrapped = self._blocks[len(self._block_starts) - 1].end
        return len(self._line_starts) * (len(self._text) - wrapped) // max(wrapped, 1)

    def _wrap_through_line(self, index: int) -> None:
        """Wrap at once as far as line `index` (a jump ahead of the background wrap)."""
        if index >= len(self._line_starts):
            self._wrap_while(lambda: len(self._line_starts) <= index)

    @staticmethod
    def _breaks(block: Block, width: int) -> list[tuple[int, int]]:
        """Where the lines of a block start and end in its displayed text (prefix
        included), wrapped to `width` as Text.wrap wraps: a code block's lines each on
        their own, a space short of each side."""
        shown = block.prefix + block.plain
        width = max(1, width - 2 if block.kind == "code" else width)
        lines = []
        first = 0
        for line in shown.split("\n"):
            cuts = [0, *divide_line(line, width), len(line)]
            for start, end in zip(cuts, cuts[1:], strict=False):
                piece = line[start:end]
                if cell_len(piece) > width:  # whitespace past the width is not drawn
                    words = piece.rstrip()
                    room = max(0, width - cell_len(words))
                    end = start + len(words) + min(len(piece) - len(words), room)
                lines.append((first + start, first + end))
            first += len(line) + 1
        return lines

    def _restyle(self, indexes: set[int]) -> None:
        """Draw these blocks again with their new highlights, when they are next on
        screen. Styles never change where a line breaks: thousands of mentions lit cost
        no more than the lines in view."""
        for index in indexes:
            self._styled.pop(index, None)
        self._strips.clear()
        self.refresh()

    def _line_text(self, index: int) -> Text:
        """Line `index` as drawn, with its block's current highlights."""
        block, start, end = (
            self._line_blocks[index],
            self._line_starts[index],
            self._line_ends[index],
        )
        if start == _GAP:
            return Text()
        styled = self._styled.get(block)
        if styled is None:
            if len(self._styled) >= _KEPT:
                self._styled.clear()
            styled = self._styled[block] = self._block_text(block)
        line = styled[start:end]
        if self._blocks[block].kind == "code":
            line = Text(" ", end="") + line
            line.pad_right(self._width - line.cell_len)
            line.stylize(styled.style)
        return line

    def _block_text(self, index: int) -> Text:
        block = self._blocks[index]
        kind = _KIND_CLASSES.get(block.kind)
        text = Text(block.prefix, end="", style=self._style(kind) if kind else "")
        for segment in block.segments:
            inline = [_INLINE[name] for name in sorted(segment.style) if name in _INLINE]
            text.append(segment.text, Style.combine(inline) if inline else "")
        offset = len(block.prefix)
        marks = self._marks.get(index, [])
        if self._current and index in self._current_blocks:
            marks = [*marks, (*self._current, "article--current")]
        for start, end, name in marks:
            shown = block.display_range(start, end)
            if shown:
                text.stylize(self._style(name), offset + shown[0], offset + shown[1])
        return text

    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        base, width, selection = self._frame or self._drawing()
        self._wrap_through_line(index)
        if index >= len(self._line_starts):
            return Strip.blank(width, base)
        strip = self._strips.get((index, scroll_x)) if selection is None else None
        if strip is None:
            text = self._line_text(index)
            text.stylize_before(base)
            if selection is not None and (span := selection.get_span(index)) is not None:
                start, end = span
                selected = self.screen.get_component_rich_style("screen--selection")
                text.stylize(selected, start, len(text) if end == -1 else end)
            strip = Strip(text.render(self.app.console), text.cell_len)
            strip = strip.crop_extend(scroll_x, scroll_x + width, base)
            strip = strip.apply_offsets(scroll_x, index)  # where a mouse selection starts
            if selection is None:
                if len(self._strips) >= _KEPT:
                    self._strips.clear()
                self._strips[(index, scroll_x)] = strip
        return strip

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text, for copying (the lines as shown)."""
        self._wrap_while(lambda: True)
        lines = (self._line_text(index).plain for index in range(len(self._line_starts)))
        return selection.extract("\n".join(lines)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._strips.clear()
        self.refresh()
