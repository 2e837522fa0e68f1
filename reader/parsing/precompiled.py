"""The parser's long regular expressions, compiled ahead of time as .pyc files hold code.

CPython's re module parses and compiles a pattern in pure Python: the parser's word-list
patterns and time rules (30,000 characters) cost about 80 ms, most of a process's first
analysis. data/patterns.marshal holds the engine's code for each of them, made by
tools/compiled_patterns.py with the interpreter it is for; a pattern is then built from
its code at once. The file names the interpreter and regex engine it was made with
(cache tag, engine magic number, code size, Unicode version, byte order): under any
other, or for a pattern it lacks (a word list changed since), the pattern is compiled as
usual, so the parser's output never depends on the file, only its speed does. The file
also holds the prefix trees (alternation.tree) that the patterns are written from, for
any interpreter.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the engine re.compile hands its code to
import marshal
import re
import sys
import unicodedata
from functools import cache
from typing import Final

from reader.parsing.data import binary

FILE = "patterns.marshal"
# The engine's code of a pattern is kept as the bytes of its words (this format of
# memoryview and array), made into a list only when the pattern is built: a list of ints
# per pattern would cost a new process several ms to read, most of them for patterns
# that its analyses never build.
OPS: Final = "I"


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(source, flags), from its ahead-of-time code when data/patterns.marshal
    has it."""
    asked.add((source, flags))
    code = _snapshot()[0].get((source, flags))
    if code is not None:
        try:
            engine_flags, ops, *groups = code
            return _sre.compile(source, engine_flags, memoryview(ops).cast(OPS).tolist(), *groups)
        except (RuntimeError, TypeError, ValueError):  # code the engine refuses: a damaged file
            pass
    return re.compile(source, flags)


def tree(items: tuple[str, ...], classes: bool) -> str | None:
    """alternation.tree(items, classes) as data/patterns.marshal writes it, if it does."""
    asked_trees.add((items, classes))
    return _snapshot()[1].get((items, classes))


# every source and flags compiled() was asked for in this process, and every word list
# tree() was: what tools/compiled_patterns.py keeps
asked: set[tuple[str, int]] = set()
asked_trees: set[tuple[tuple[str, ...], bool]] = set()


def engine() -> tuple:
    """What the code of a pattern depends on besides its source and flags (and the order
    of the bytes of its words, as kept)."""
    return (
        sys.implementation.cache_tag,
        _sre.MAGIC,
        _sre.CODESIZE,
        unicodedata.unidata_version,
        sys.byteorder,
    )


@cache
def _snapshot() -> tuple[dict[tuple[str, int], tuple], dict[tuple[tuple[str, ...], bool], str]]:
    """For each source and flags, the arguments to the engine after the source (flags,
    code, group count, group names both ways), when the file was made for this
    interpreter, else none; and the prefix trees of word lists, which hold for any."""
    try:
        made_for, codes, trees = marshal.loads(binary(FILE))
    except FileNotFoundError:  # not made yet: tools/compiled_patterns.py makes it
        return {}, {}
    except (EOFError, TypeError, ValueError):  # a damaged file: the patterns compile as usual
        return {}, {}
    if not (isinstance(codes, dict) and isinstance(trees, dict)):
        return {}, {}  # a damaged file
    return (codes if made_for == engine() else {}), trees
