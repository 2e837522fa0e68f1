"""Writing an export: whole or not at all, and never over a file by accident."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_atomically(
    path: Path, text: str, force: bool = False, into_streams: bool = False
) -> None:
    """Write `text` to a temporary file beside `path`, then move it into place, so a
    reader of `path` sees the old file or the new one, never half of one. A link to a
    file is followed (the file is replaced, the link kept). What is no file (a pipe, a
    terminal, /dev/stdout) is never moved over (that would replace it): it is written
    into `into_streams` (a command line's wish), else refused (the app would wait on a
    pipe with no reader).

    FileExistsError if `path` is an existing file and `force` is false, or no file."""
    if is_stream(path):
        if not into_streams:
            raise FileExistsError(f"{path} is not a file")
        with open(path, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        return
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists (--force overwrites it)")
    target = Path(os.path.realpath(path))
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644  # mkstemp's is 0o600
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def is_stream(path: Path) -> bool:
    """Whether `path` (its link followed) is there and is no regular file: a pipe, a
    terminal, a device or a folder, written into if at all, never replaced."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):  # not there (yet)
        return False
