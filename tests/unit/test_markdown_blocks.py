"""Markdown to display blocks, each character still pointing at its place in the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.markdown_blocks import blocks, parts

MARKDOWN = """# A *big* title

Some **bold** text with a [link](http://example.org) and `code`.
A second line is its own paragraph.

- one item
- two [bold red]x[/] items

> a quote

```
code block
```
"""


def test_kinds_prefixes_and_styles():
    shown = blocks(MARKDOWN)
    assert [b.kind for b in shown] == [
        "heading", "paragraph", "paragraph", "item", "item", "quote", "code",
    ]  # fmt: skip
    assert shown[0].level == 1 and shown[0].plain == "A big title"
    styles = {s.text: s.style for s in shown[1].segments}
    assert (
        styles["bold"] == {"strong"} and styles["link"] == {"link"} and styles["code"] == {"code"}
    )
    assert shown[3].prefix == "• " and shown[3].plain == "one item"
    assert shown[4].plain == "two [bold red]x[/] items"  # markup-like text stays literal
    assert shown[6].plain == "code block"


def test_display_ranges_map_back_to_the_text():
    shown = blocks(MARKDOWN)
    start = MARKDOWN.index("bold")
    paragraph = shown[1]
    first, last = paragraph.display_range(start, start + 4)
    assert paragraph.plain[first:last] == "bold"
    assert paragraph.display_offset(start) == first
    assert shown[0].display_range(start, start + 4) is None


def test_plain_text_lines_are_paragraphs():
    text = "Headline\nMarch 06, 2008\nFirst paragraph.\nSecond paragraph."
    assert [b.plain for b in blocks(text)] == text.split("\n")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_every_located_segment_spells_its_source(text):
    for block in blocks(text):
        for segment in block.segments:
            if segment.source is not None:
                assert text[segment.source : segment.source + len(segment.text)] == segment.text


def test_a_lone_carriage_return_ends_a_line_as_markdown_it_counts_it():
    text = "first\r\rsecond\rthird"
    shown = [block.plain for block in blocks(text)]
    assert shown == ["first", "second", "third"]
    for block in blocks(text):
        for segment in block.segments:
            if segment.source is not None:
                assert text[segment.source : segment.source + len(segment.text)] == segment.text


# Lines that open, continue or close what markdown carries across a blank line.
LINES = [
    "", "  ", "Plain words here.", "# A heading", "Title", "===", "---", "- an item",
    "  - a nested item", "1. a numbered item", "2. another", "> a quote", ">", "```", "```py",
    "~~~", "````", "  ```", "    indented code", "\tcode", "***", "[ref]: /url", "see [ref]",
    "`inline` code", "*em* and **strong**", "  continued", "| a | b |", "<b>tag</b>",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(LINES), max_size=40),
    st.sampled_from(["\n", "\r\n"]),
    st.integers(min_value=1, max_value=60),
)
def test_a_text_parsed_in_parts_gives_the_blocks_of_the_whole(lines, ending, size):
    text = ending.join(lines)
    whole = [block for _, part in parts(text, size=len(text) + 1) for block in part]
    assert [block for _, part in parts(text, size=size) for block in part] == whole


@pytest.mark.parametrize(
    "lines",
    [
        ["- an item", "  ```", "````", "", "Plain words here."],  # the item's fence, then one
        ["- an item", "  ```", "Plain", "  ```", "", "More words."],  # a fence of its own
        ["```", "code", "  ```", "", "Plain", "", "```", "more", "", "More words."],
    ],
)
def test_an_indented_fence_that_may_be_a_list_item_s_is_never_cut_wrong(lines):
    text = "\n".join(lines)
    whole = [block for _, part in parts(text, size=len(text) + 1) for block in part]
    for size in range(1, len(text)):
        assert [block for _, part in parts(text, size=size) for block in part] == whole


def test_a_long_text_is_parsed_a_part_at_a_time_and_a_fence_is_never_cut():
    paragraph = "Ada Byron met the council in Lyon on Monday."
    fenced = "```\n" + "\n\n".join(["code"] * 50) + "\n```"
    text = "\n\n".join([paragraph] * 50 + [fenced] + [paragraph] * 50)
    ends = [end for end, _ in parts(text, size=200)]
    assert len(ends) > 10 and ends[-1] == len(text)
    opening, closing = text.index("```"), text.rindex("```")
    assert not any(opening < end <= closing for end in ends)
    assert [b.kind for b in blocks(text)].count("code") == 1


# Characters that mean something to Markdown somewhere, and some that do not.
PLAINER = "ab .,:;!?'\"()%$@/]{}^|" + "19)#>+-=" + "\u00a0é“”—\u2028\x85" + "\n\n\n   "
MIXED = PLAINER + "*_`~&<[\\\t\r\x00"


@given(st.text(alphabet=MIXED, max_size=200) | st.text(alphabet=PLAINER, max_size=200))
@settings(max_examples=400)
def test_text_read_without_markdown_it_gives_its_blocks(text):
    """A text with no Markdown syntax is read line by line without loading the parser:
    exactly the blocks markdown-it gives it."""
    from reader.markdown_blocks import _parsed_blocks, _plain_blocks

    plain = _plain_blocks(text, 0, len(text))
    assert plain is None or plain == _parsed_blocks(text, 0, len(text))


def test_plain_text_needs_no_markdown_parser():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from reader.markdown_blocks import blocks\n"
        "shown = blocks('On Monday the ferry left late.\\nIt reached Stornoway at 9.\\n')\n"
        "print(len(shown), 'markdown_it' in sys.modules)\n"
        "blocks('A *bold* claim.')\n"
        "print('markdown_it' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2", "False", "True"]


@pytest.mark.parametrize("markup", ["", "*"])
def test_a_paragraph_too_long_to_wrap_at_once_is_shown_in_pieces_that_follow_on(markup):
    sentence = f"The ferry left Stornoway late on {markup}Monday{markup}, the crew said. "
    text = "Ferry\n\n" + sentence * 1_000  # one line of 60,000 characters and more
    heading, *pieces = blocks(text)
    whole = "".join(p.plain for p in pieces)
    assert whole == (sentence.replace("*", "") * 1_000).rstrip()  # nothing lost or repeated
    assert len(pieces) > 5 and all(len(p.plain) < 11_000 for p in pieces)
    assert [p.follows for p in pieces] == [False] + [True] * (len(pieces) - 1)
    cut_after = "said. " if not markup else " "  # a sentence, else a space in the styled run
    assert all(p.plain.endswith(cut_after) for p in pieces[:-1])
    for piece in pieces:
        for segment in piece.segments:
            assert text[segment.source : segment.source + len(segment.text)] == segment.text
    assert pieces[0].end <= pieces[1].start <= pieces[0].end + len(markup)


def test_a_long_line_with_no_sentence_end_is_cut_after_a_space():
    text = "word " * 5_000
    pieces = blocks(text)
    assert len(pieces) == 3 and all(p.plain.endswith(" ") for p in pieces[:-1])
    assert "".join(p.plain for p in pieces) == text.strip()


@pytest.mark.parametrize(
    "nested",
    [
        "> " * 25 + "The Velkor quay reopens.",
        "".join("  " * depth + "- the Velkor quay\n" for depth in range(12)),
        "".join("   " * depth + "1. the Velkor quay\n" for depth in range(12)),
    ],
)
def test_nesting_past_markdown_it_s_limit_is_shown_as_plain_lines(nested):
    """markdown-it stops reading at 20 levels of quotes or lists: what they held, and the
    rest of the part, was not shown (an article of nothing but such a text left the
    article pane with no block at all, and the app ended in an IndexError)."""
    text = f"Olusegun Adeyemi wrote from Tarsk.\n\n{nested}\n\nHe came home on Monday.\n"
    shown = blocks(text)
    assert [b.plain for b in shown if "Velkor" not in b.plain] == [
        "Olusegun Adeyemi wrote from Tarsk.",
        "He came home on Monday.",
    ]
    assert "".join(b.plain for b in shown).count("Velkor") == nested.count("Velkor")
    assert all(not b.plain.strip() or b.display_offset(b.start) == 0 for b in shown)
    assert blocks(nested)
