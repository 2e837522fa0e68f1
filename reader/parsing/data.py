"""Loading the parser's word lists and gazetteers from the data/ folder.

The parser does no I/O of its own at parse time: each list is read once, on
first use, from files shipped inside the package.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.util import find_spec


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


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
def single_words(name: str) -> frozenset[str]:
    """The words of data/NAME, a long list of one word a line (no spaces) after a header of
    # comment lines: read in one split, several times faster than line by line."""
    return frozenset(_body(name).split())


@cache
def sorted_lines(name: str) -> list[str]:
    """The lines of data/NAME after its header, a long sorted list of keys (see
    lexicon.key) that may hold spaces, one a line: read in one split, and looked up by
    bisection, which spares the first analysis of a process building a set of them."""
    return _body(name).split("\n")[:-1]  # the last line ends the text


@cache
def table(name: str) -> dict:
    """A JSON mapping from data/NAME."""
    return json.loads(_read(name))


@cache
def package_table(package: str, *path: str) -> dict:
    """A JSON file shipped inside another installed package (pycountry's ISO databases).

    It is found through the package's import spec, without running the package: importing
    pycountry and building its indexes costs about 150 ms, reading its data about 20.
    """
    spec = find_spec(package)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"{package} is not installed")
    reader = spec.loader.get_resource_reader(package)  # type: ignore[attr-defined]  # a FileLoader
    folder = reader.files()
    return json.loads(folder.joinpath(*path).read_text(encoding="utf-8"))
