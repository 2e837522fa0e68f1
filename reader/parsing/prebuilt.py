"""The lexicon's word sets built ahead of time, as the patterns are compiled ahead of time
(precompiled.py).

Building the sets that this package's word lists give (the keys of 20,000 names and
words, and their unions) costs a fifth of a process's first analysis; data/lexicon.marshal
holds them built, and marshal reads them back several times faster. The file names the
files they were built from (the word lists, and the modules that build them) with a
checksum of their bytes: when one has changed since (a word list edited, the file not
made again), the sets are built as usual, so the parser's output never depends on the
file, only its speed does. tools/compiled_patterns.py makes it. ISO's databases are read
at run time as before: the file holds nothing of them (see data/README.md).
"""

from __future__ import annotations

import marshal
import zlib

from reader.parsing.data import binary, package_bytes

FILE = "lexicon.marshal"


def word_sets() -> dict | None:
    """lexicon.word_sets() as data/lexicon.marshal holds it, when the file is in step with
    the files it names, else none."""
    try:
        inputs, made_from, sets = marshal.loads(binary(FILE))
        if checksum(inputs) == made_from and isinstance(sets, dict):
            return sets
    except (OSError, ImportError, EOFError, TypeError, ValueError):  # none, or damaged
        pass
    return None


def checksum(inputs: list[tuple[str, ...]]) -> int:
    """One checksum of the bytes of the files named (package, path inside it)."""
    total = 0
    for path in inputs:
        total = zlib.crc32(package_bytes(*path), total)
    return total
