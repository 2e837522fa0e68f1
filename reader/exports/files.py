"""Writing an export: whole or not at all, and never over a file by accident."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, text: str, force: bool = False) -> None:
    """Write `text` to a temporary file beside `path`, then move it into place, so a
    reader of `path` sees the old file or the new one, never half of one.

    FileExistsError if `path` exists and `force` is false."""
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists (--force overwrites it)")
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644  # mkstemp's is 0o600
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
