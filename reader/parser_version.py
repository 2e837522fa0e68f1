"""The parser's version: a digest of the parsing package's code and data files.

Any change to a rule or a word list changes it, so the cache re-analyses
lazily without anyone having to remember to bump a number. Computed from the
files, not by importing the parser, which is slower to import.
"""

from __future__ import annotations

import threading
from hashlib import sha256
from pathlib import Path

PARSING = Path(__file__).resolve().parent / "parsing"

_lock = threading.Lock()  # one digest per process, whichever thread asks first
_version: str | None = None


def parser_version() -> str:
    global _version
    with _lock:
        if _version is None:
            _version = _digest()
        return _version


def prefetch() -> threading.Thread:
    """Work the version out in a thread, for a caller that needs it soon: reading and
    hashing a megabyte of files (about 2 ms) release the GIL, so the app's first frame,
    which looks its article up in the cache by this version, does not wait for it."""
    thread = threading.Thread(target=parser_version, name="parser-version", daemon=True)
    thread.start()
    return thread


def _digest() -> str:
    digest = sha256()
    for path in sorted(PARSING.rglob("*")):
        if path.suffix in (".py", ".txt", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PARSING).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
