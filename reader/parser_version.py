"""The parser's version: a digest of the parsing package's code and data files.

Any change to a rule or a word list changes it, so the cache re-analyses
lazily without anyone having to remember to bump a number. Computed from the
files, not by importing the parser, which is slower to import.

Hashing its 1.6 MB took a few milliseconds of every start, so the digest is kept
in the package's __pycache__ under the files' names, sizes and modification
times, as Python keeps a compiled module: files changed since (an edit, an
upgrade) are hashed again. Where that folder cannot be written, they are hashed
each time.
"""

from __future__ import annotations

import os
from contextlib import suppress
from functools import cache
from hashlib import sha256
from pathlib import Path

PARSING = Path(__file__).resolve().parent / "parsing"
SUFFIXES = (".py", ".txt", ".json")
KEPT = "parser_version"  # the file in __pycache__: "stamp digest"
File = tuple[tuple[str, ...], os.stat_result]  # its path as parts, and its stat


@cache
def parser_version() -> str:
    return version_of(PARSING)


def version_of(folder: Path) -> str:
    """The digest of the package in `folder`, kept under a stamp of its files."""
    files = _files(folder)
    stamp = sha256(
        "\n".join(f"{'/'.join(p)} {s.st_size} {s.st_mtime_ns}" for p, s in files).encode()
    ).hexdigest()[:32]
    kept = folder / "__pycache__" / KEPT
    try:
        kept_stamp, version = kept.read_text(encoding="ascii").split()
        if kept_stamp == stamp:
            return version
    except (OSError, ValueError):
        pass  # none kept yet, or unreadable: hashed again
    version = _digest(folder, files)
    _keep(kept, f"{stamp} {version}\n")
    return version


def _files(folder: Path, parts: tuple[str, ...] = ()) -> list[File]:
    """Each code and data file, in the order of its path."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir():
                if entry.name != "__pycache__":
                    found += _files(Path(entry.path), (*parts, entry.name))
            elif entry.name.endswith(SUFFIXES):
                found.append(((*parts, entry.name), entry.stat()))
    return sorted(found, key=lambda file: file[0])


def _digest(folder: Path, files: list[File]) -> str:
    digest = sha256()
    for parts, _ in files:
        digest.update("/".join(parts).encode())
        digest.update(folder.joinpath(*parts).read_bytes())
    return digest.hexdigest()[:16]


def _keep(path: Path, line: str) -> None:
    """Written whole or not at all (several processes may start at once)."""
    temporary = path.with_name(f"{KEPT}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        temporary.write_text(line, encoding="ascii")
        os.replace(temporary, path)
    except OSError:  # a read-only install: hashed at each start
        with suppress(OSError):
            temporary.unlink()
