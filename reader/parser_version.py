"""The parser's version: a digest of the parsing package's code and data files.

Any change to a rule or a word list changes it, so the cache re-analyses
lazily without anyone having to remember to bump a number. Computed from the
files, not by importing the parser, which is slower to import.
"""

from __future__ import annotations

from functools import cache
from hashlib import sha256
from pathlib import Path

PARSING = Path(__file__).resolve().parent / "parsing"


@cache
def parser_version() -> str:
    digest = sha256()
    for path in sorted(PARSING.rglob("*")):
        if path.suffix in (".py", ".txt", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PARSING).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
