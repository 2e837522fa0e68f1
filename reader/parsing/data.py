"""Loading the parser's word lists and gazetteers from the data/ folder.

The parser does no I/O of its own at parse time: each list is read once, on
first use, from files shipped inside the package.

The files are read by the loader that imported the package (as importlib.resources
does for a package in a folder), not through importlib.resources itself: importing it,
and the tempfile, shutil, zipfile and random modules it brings, cost about 20 ms of a
process's first analysis.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.util import find_spec


def _read(name: str) -> str:
    return _package_file(__package__, "data", name)


def binary(name: str) -> bytes:
    """The bytes of data/NAME."""
    return package_bytes(__package__, "data", name)


def _package_file(package: str, *path: str) -> str:
    """The text of a file inside an installed package, its line ends read as a text file
    reads them (CR LF and CR are LF)."""
    data = package_bytes(package, *path)
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def package_bytes(package: str, *path: str) -> bytes:
    """The bytes of a file inside an installed package."""
    read.add((package, *path))
    spec = find_spec(package)
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{package} is not installed")
    location = "/".join([spec.submodule_search_locations[0], *path])
    return spec.loader.get_data(location)  # type: ignore[attr-defined]  # a FileLoader


# every file read in this process, by package and path: tools/compiled_patterns.py names
# those the lexicon's word sets are built from in data/lexicon.marshal (see prebuilt)
read: set[tuple[str, ...]] = set()


@cache
def word_list(name: str) -> frozenset[str]:
    """A set of lines from data/NAME, without blank lines and # comments."""
    return frozenset(
        line.strip()
        for line in _read(name).splitlines()
        if line.strip() and not line.startswith("#")
    )


def _body(name: str) -> str:
    """The text of data/NAME after its header of # comment lines."""
    text = _read(name)
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return text[start:]


@cache
def single_words(name: str) -> dict[str, None]:
    """The words of data/NAME (see read_words), read once and kept."""
    return read_words(name)


def read_words(name: str) -> dict[str, None]:
    """The words of data/NAME, a long list of one word a line (no spaces) after a header of
    # comment lines: read in one split, several times faster than line by line. The keys of
    a dict, not a set: a dict of strings is no container the cycle collector walks (it
    would walk a set's 100,000 words at each full collection, 10 ms and more). A dict of
    the caller's own, read anew at each call: one that keeps only some of the words
    takes the others out of it, rather than out of a copy."""
    return dict.fromkeys(_body(name).split())


@cache
def word_pairs(name: str) -> list[tuple[str, str]]:
    """The pairs of words of data/NAME, two words a line after its header of comment lines."""
    words = _body(name).split()
    return list(zip(words[::2], words[1::2], strict=True))


@cache
def sorted_lines(name: str) -> tuple[str, ...]:
    """The lines of data/NAME after its header, a long sorted list of keys (see
    lexicon.key) that may hold spaces, one a line: read in one split, and looked up by
    bisection, which spares the first analysis of a process building a set of them. A
    tuple of strings, which the cycle collector stops walking once it has seen it."""
    return tuple(_body(name).split("\n")[:-1])  # the last line ends the text


@cache
def table(name: str) -> dict:
    """A JSON mapping from data/NAME."""
    return json.loads(_read(name))


def package_table(package: str, *path: str) -> dict:
    """A JSON file shipped inside another installed package (pycountry's ISO databases),
    read anew at each call: its caller keeps what it needs of it (the half MB of ISO
    3166-2 kept whole would be memory a fresh process's first analysis pays for again).

    It is found through the package's import spec, without running the package: importing
    pycountry and building its indexes costs about 150 ms, reading its data about 20.
    """
    return json.loads(_package_file(package, *path))
