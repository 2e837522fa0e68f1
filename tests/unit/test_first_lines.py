"""The first lines of a text, read without splitting all of it (the date line of a long
article is on top): the same lines as str.splitlines gives, whatever the lengths and
line ends, around the length of the prefixes it reads too."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parsing.timex import first_lines

ENDS = ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"]
LENGTHS = st.sampled_from([0, 1, 7, 4094, 4095, 4096, 4097, 16383, 16384, 70_000])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(LENGTHS, st.sampled_from(ENDS)), max_size=7), st.integers(1, 5))
def test_the_first_lines_are_those_splitlines_gives(lines, count):
    text = "".join("w" * length + end for length, end in lines)
    assert first_lines(text, count) == text.splitlines()[:count]


def test_a_line_end_across_a_prefix_is_one_end():
    text = "a" * 4095 + "\r\nsecond\nthird\nfourth\nfifth"
    assert first_lines(text, 2) == ["a" * 4095, "second"]
