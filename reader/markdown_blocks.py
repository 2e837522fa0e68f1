"""Article text -> display blocks that remember where each character came from.

markdown-it-py parses the text; every rendered piece keeps its source offsets so
that a highlight given as [start, end] in Article.text (actor mentions, event
sentences) lands on the right characters of the rendered article. Each line
break starts a new paragraph, so plain-text articles with one paragraph per
line read as they were written. A long text is parsed a part at a time (`parts`),
so that a huge article's first screen waits only for its own part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@dataclass(frozen=True)
class Segment:
    """A run of displayed characters; `source` is where it starts in the text, or None."""

    text: str
    source: int | None
    style: frozenset[str] = frozenset()


@dataclass
class Block:
    """One displayed paragraph, heading, list item, quote or code block."""

    kind: str  # paragraph, heading, item, quote, code, rule
    start: int
    end: int
    level: int = 0
    prefix: str = ""
    segments: list[Segment] = field(default_factory=list)
    follows: bool = False  # a piece of the paragraph before it (see _pieces): no gap

    @property
    def plain(self) -> str:
        return "".join(s.text for s in self.segments)

    def display_offset(self, source: int) -> int | None:
        """Where source offset `source` is shown within this block, if it is."""
        position = 0
        for segment in self.segments:
            if segment.source is not None and (
                segment.source <= source < segment.source + len(segment.text)
            ):
                return position + source - segment.source
            position += len(segment.text)
        return None

    def display_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The displayed range covering source [start, end), clipped to this block."""
        position = 0
        first: int | None = None
        last: int | None = None
        for segment in self.segments:
            if segment.source is not None:
                lo = max(start, segment.source)
                hi = min(end, segment.source + len(segment.text))
                if lo < hi:
                    if first is None:
                        first = position + lo - segment.source
                    last = position + hi - segment.source
            position += len(segment.text)
        return (first, last) if first is not None and last is not None else None


@cache
def _parser() -> MarkdownIt:
    # commonmark without raw HTML: article text is never interpreted as markup
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).disable("html_block").disable("html_inline")


# Line breaks as markdown-it counts them for token.map: a lone "\r" ends a line too.
_LINE_BREAK = re.compile(r"\r\n?|\n")

# What markdown-it could read as syntax anywhere in a line (escapes, code, emphasis,
# entities, autolinks, links and images, fences), or as other than plain lines (tabs,
# carriage returns, NUL); and at the start of a line (headings, quotes, lists, rules,
# setext underlines). A text with none of them is its lines, one paragraph each.
_MARKUP = re.compile(r"[\\`*_&<\[~\t\r\x00]")
_MARKUP_FIRST = frozenset("#>+-=0123456789")

_INLINE_STYLES = {"em_open": "em", "strong_open": "strong", "link_open": "link", "s_open": "strike"}


PART = 32_000  # characters parsed at a time: a few milliseconds, more than a screen
LONG_BLOCK = 10_000  # characters: a longer paragraph is shown in pieces (see _pieces)
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s")

# Where a part may end: after a blank line, before a line that starts a paragraph or
# heading at the margin. Such a line closes any list, quote or indented code, so the
# parts read as the whole does, unless a fence is open (tracked by _Fences).
_CUT = re.compile(r"(?:\r\n|\n)[ \t]*(?:\r\n|\n)(?=[^\s>*+\-=_`~0-9\[|<])")
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})([^\n]*)", re.MULTILINE)
# A link definition serves the whole text: where there is one, the text is one part.
_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:", re.MULTILINE)


def blocks(text: str) -> list[Block]:
    """The display blocks of an article, in order."""
    return [block for _, part in parts(text) for block in part]


def parts(text: str, size: int = PART) -> Iterator[tuple[int, list[Block]]]:
    """The display blocks a part of the text at a time, each with where its part ends:
    the blocks are those the whole text gives, whatever `size`."""
    start = 0
    for end in _cuts(text, size):
        yield end, _blocks_between(text, start, end)
        start = end


def _cuts(text: str, size: int) -> Iterator[int]:
    """Where the parts end: at the first safe cut `size` characters or more after the
    last; the end of the text last. A lone carriage return (lines markdown-it counts
    but `^` does not see) or a link definition makes the text one part."""
    whole = text.count("\r") != text.count("\r\n") or ("]:" in text and _DEFINITION.search(text))
    fences = _Fences(text)
    start = 0
    while not whole and start + size < len(text):
        found = _CUT.search(text, start + size)
        while found and fences.open_at(found.end()):
            found = _CUT.search(text, found.end())
        if not found:
            break
        start = found.end()
        yield start
    yield len(text)


class _Fences:
    """Whether a code fence may be open at a place, read forwards as far as the places
    asked about. A fence line at the margin is the text's own; an indented one may be a
    list item's, closed by the item's end, which fence lines alone do not show: from the
    first indented one on, a fence may be open anywhere (no cut, the safe answer)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._read = 0  # the fence lines before here are counted
        self._open: str | None = None  # the open fence's marker
        self._unsure = False  # an indented fence line was read

    def open_at(self, place: int) -> bool:
        for line in _FENCE.finditer(self._text, self._read, place):
            indent, marker, rest = line.groups()
            if indent:
                self._unsure = True
                break
            if self._open is None:
                if not (marker[0] == "`" and "`" in rest):  # else inline code, not a fence
                    self._open = marker
            elif marker.startswith(self._open) and not rest.strip():
                self._open = None
        self._read = max(self._read, place)
        return self._unsure or self._open is not None


def _blocks_between(text: str, first: int, last: int) -> list[Block]:
    """The blocks of text[first:last], parsed alone, with offsets into the whole text."""
    plain = _plain_blocks(text, first, last)
    found = plain if plain is not None else _parsed_blocks(text, first, last)
    return [piece for block in found for piece in _pieces(block)]


def _pieces(block: Block) -> list[Block]:
    """A paragraph longer than LONG_BLOCK as pieces of about that length that follow on
    without a gap, each cut after a sentence, else after a space. The view wraps a block
    at once, and a whole 4 MB line (a text file with no line breaks) held the first
    screen for seconds; a piece is wrapped when the screen comes to it."""
    if block.kind != "paragraph" or len(block.plain) <= LONG_BLOCK:
        return [block]
    pieces: list[list[Segment]] = [[]]
    size = 0
    for segment in block.segments:
        text, source = segment.text, segment.source
        while size + len(text) > LONG_BLOCK:
            cut = _cut(text, LONG_BLOCK - size)
            pieces[-1].append(Segment(text[:cut], source, segment.style))
            pieces.append([])
            text, source, size = text[cut:], None if source is None else source + cut, 0
        if text:
            pieces[-1].append(Segment(text, source, segment.style))
            size += len(text)
    made = [
        Block("paragraph", block.start, block.end, segments=p, follows=True) for p in pieces if p
    ]
    made[0].follows = False
    for piece in made:
        located = [(s.source, len(s.text)) for s in piece.segments if s.source is not None]
        if located:
            piece.start, piece.end = located[0][0], sum(located[-1])
    return made


def _cut(text: str, least: int) -> int:
    """Where to cut `text` at `least` characters or soon after: after a sentence's end
    within a thousand characters, else after a space, else at `least`."""
    end = _SENTENCE_END.search(text, max(least - 1, 0), least + 1_000)
    if end:
        return end.end()
    space = text.find(" ", least)
    return space + 1 if space >= 0 else max(least, 1)


def _plain_blocks(text: str, first: int, last: int) -> list[Block] | None:
    """The blocks of a part with no Markdown syntax, each line a paragraph as markdown-it
    makes it; None when the part may have some. A line with spaces at either end (which
    markdown-it strips differently within and at the ends of a paragraph) counts as syntax;
    a line of spaces only is a blank line."""
    if _MARKUP.search(text, first, last):
        return None
    found = []
    start = first
    for line in text[first:last].split("\n"):
        if line.strip(" "):
            if line[0].isspace() or line[-1].isspace() or line[0] in _MARKUP_FIRST:
                return None
            found.append(
                Block("paragraph", start, start + len(line), segments=[Segment(line, start)])
            )
        start += len(line) + 1
    return found


def _parsed_blocks(text: str, first: int, last: int) -> list[Block]:
    """The blocks of text[first:last] as markdown-it parses it; its lines, one paragraph
    each, when markdown-it stopped short of its end."""
    tokens = _parser().parse(text[first:last])
    if _cut_short(tokens):
        return _lines(text, first, last)
    line_starts = [first, *(m.end() for m in _LINE_BREAK.finditer(text, first, last)), last]
    result: list[Block] = []
    context: list[Token] = []
    for token in tokens:
        if token.nesting == 1:
            context.append(token)
        elif token.nesting == -1:
            context.pop()
            continue
        if token.map is None:
            continue
        start = line_starts[token.map[0]]
        end = line_starts[min(token.map[1], len(line_starts) - 1)]
        if token.type == "inline":
            result.extend(_inline_blocks(text, token, start, end, context))
        elif token.type in ("fence", "code_block"):
            result.append(_code_block(text, token, start, end))
        elif token.type == "hr":
            result.append(Block("rule", start, end, segments=[Segment("─" * 20, None)]))
    return [b for b in result if b.plain.strip()]


def _cut_short(tokens: list[Token]) -> bool:
    """Whether markdown-it stopped reading: a quote or list opened at its last level of
    nesting (20: "> " twenty times, lists ten deep) is left empty, and the rest of the
    part is not read. (A paragraph or heading at that level is read whole.)"""
    last = _parser().options["maxNesting"] - 1
    return any(t.nesting == 1 and t.level >= last and t.type not in _LEAVES for t in tokens)


_LEAVES = ("paragraph_open", "heading_open")


def _lines(text: str, first: int, last: int) -> list[Block]:
    """Each line of text[first:last] that holds more than spaces as a paragraph, as it
    is written: no character of it lost."""
    found = []
    start = first
    for line in text[first:last].split("\n"):
        if line.strip():
            found.append(
                Block("paragraph", start, start + len(line), segments=[Segment(line, start)])
            )
        start += len(line) + 1
    return found


def _inline_blocks(
    text: str, token: Token, start: int, end: int, context: list[Token]
) -> list[Block]:
    kind, level, prefix = _kind_of(context)
    made: list[Block] = []
    block = Block(kind, start, end, level, prefix)
    styles: list[str] = []
    cursor = start
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            made.append(block)
            block = Block(kind, cursor, end, level, "" if kind == "item" else prefix)
            continue
        if child.nesting == 1 and child.type in _INLINE_STYLES:
            styles.append(_INLINE_STYLES[child.type])
            continue
        if child.nesting == -1:
            if styles:
                styles.pop()
            continue
        content = child.content if child.type != "image" else child.content or "image"
        if not content:
            continue
        style = frozenset(styles + (["code"] if child.type == "code_inline" else []))
        found = text.find(content, cursor, end)
        if found < 0:
            block.segments.append(Segment(content, None, style))
            continue
        block.segments.append(Segment(content, found, style))
        cursor = found + len(content)
    made.append(block)
    for piece in made:
        located = [s.source for s in piece.segments if s.source is not None]
        if located:
            last = piece.segments[-1]
            piece.start = located[0]
            piece.end = (last.source or piece.start) + len(last.text)
    return made


def _kind_of(context: list[Token]) -> tuple[str, int, str]:
    """The block kind from the open tokens around an inline token."""
    kinds = [t.type for t in context]
    if "heading_open" in kinds:
        heading = context[kinds.index("heading_open")]
        return "heading", int(heading.tag[1:]), ""
    if "list_item_open" in kinds:
        depth = kinds.count("list_item_open")
        item = context[len(kinds) - 1 - kinds[::-1].index("list_item_open")]
        marker = f"{item.info}. " if item.info else "• "
        return "item", depth, "  " * (depth - 1) + marker
    if "blockquote_open" in kinds:
        return "quote", kinds.count("blockquote_open"), "▌ "
    return "paragraph", 0, ""


def _code_block(text: str, token: Token, start: int, end: int) -> Block:
    content = token.content.rstrip("\n")
    found = text.find(content, start, end) if content else -1
    segment = Segment(content, found if found >= 0 else None, frozenset({"code"}))
    return Block("code", start, end, segments=[segment])
