"""Settings that last: a small TOML file in the user's config folder.

Read with tomllib; written back (the theme chosen in the palette) by a writer
for these few flat keys, atomically, keeping the rest of the user's file. A broken
file never stops the reader: the keys that are wrong get their defaults, and one
warning says so.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from reader import paths


@dataclass(frozen=True)
class Settings:
    theme: str = ""  # "" keeps Textual's default
    refresh_at_start: bool = True
    refresh_interval: int = 30  # minutes between refreshes while the app runs; 0 = never
    narrow_width: int = 100  # columns: under this, one pane shows at a time


DEFAULTS = Settings()
LARGEST = 64 * 1024  # bytes: settings written by hand are a few lines
_TYPES = {field.name: type(getattr(DEFAULTS, field.name)) for field in fields(Settings)}


def load(path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings in `path` (default: reader.paths.config_file()), and one warning
    or None. A missing file is the defaults, silently."""
    path = path or paths.config_file()
    try:
        raw = _read_small(path)
    except FileNotFoundError:
        return DEFAULTS, None
    except OSError as error:
        return DEFAULTS, _unreadable(path, error)
    if raw is None:
        return DEFAULTS, _unreadable(path, f"not a regular file of at most {LARGEST} bytes")
    import tomllib  # here: most start-ups have no settings file to parse

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        return DEFAULTS, _unreadable(path, error)
    except RecursionError:  # tomllib reads an array by recursion
        return DEFAULTS, _unreadable(path, "arrays nested past what can be read")
    good, faults = {}, []
    for key, value in data.items():
        fault = _fault(key, value)
        if fault:
            faults.append(fault)
        else:
            good[key] = value
    warning = None
    if faults:
        warning = f"settings file {path}: {'; '.join(faults)}; using the defaults for those"
    return replace(DEFAULTS, **good), warning


def _read_small(path: Path) -> bytes | None:
    """The file's bytes, or None when it is no regular file (a link to /dev/zero is read
    for ever, a pipe waited on for ever) or is too large to be settings written by hand."""
    if not stat.S_ISREG(path.stat().st_mode):
        return None
    with path.open("rb") as file:
        raw = file.read(LARGEST + 1)
    return raw if len(raw) <= LARGEST else None


def _unreadable(path: Path, error: Exception | str) -> str:
    return f"settings file {path} could not be read ({error}); using the defaults"


def _fault(key: str, value: object) -> str | None:
    """What is wrong with one key, or None."""
    wanted = _TYPES.get(key)
    if wanted is None:
        return f"unknown key {key!r}"
    if type(value) is not wanted:  # bool is an int to isinstance: not here
        return f"{key} should be {_KINDS[wanted]}"
    if wanted is int and isinstance(value, int) and value < 0:
        return f"{key} should not be negative"
    return None


_KINDS = {str: "a string", bool: "true or false", int: "a whole number"}


def save(settings: Settings, path: Path | None = None, only: tuple[str, ...] | None = None) -> None:
    """Write the settings (`only` those keys: the others keep what the file says, edited
    meanwhile or not), all or nothing (a temporary file renamed over the old one). A
    link (settings kept in a dotfiles folder) is followed: its file is replaced."""
    path = Path(os.path.realpath(path or paths.config_file()))
    path.parent.mkdir(parents=True, exist_ok=True)
    chosen = asdict(settings)
    text = _edited(_old_text(path), {key: chosen[key] for key in only or chosen}, chosen)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _old_text(path: Path) -> str:
    """The settings file as the user left it; "" when there is none to keep."""
    try:
        raw = _read_small(path)
        return raw.decode("utf-8") if raw is not None else ""
    except (OSError, UnicodeDecodeError):
        return ""


def _edited(old: str, changes: dict[str, object], settings: dict[str, object]) -> str:
    """The user's file with the line of each key changed set to its value and the rest
    kept (comments, other keys, keys of other versions), keys it lacks added before its
    first table; all the settings alone when the result would not read back with these
    changes (the old file was broken)."""
    import tomllib

    values = {key: _toml_value(value) for key, value in changes.items()}
    lines = old.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    tables = next((n for n, line in enumerate(lines) if line.lstrip().startswith("[")), len(lines))
    for n, line in enumerate(lines[:tables]):
        key = _KEY_LINE.match(line)
        if key and key.group(1) in values:
            lines[n] = f"{key.group(1)} = {values.pop(key.group(1))}\n"
    lines[tables:tables] = [f"{key} = {value}\n" for key, value in values.items()]
    text = "".join(lines)
    try:
        kept = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        kept = {}
    if any(kept.get(key) != value for key, value in changes.items()):
        return "".join(f"{key} = {_toml_value(v)}\n" for key, v in settings.items())
    return text


_KEY_LINE = re.compile(r"[ \t]*([A-Za-z0-9_-]+)[ \t]*=")


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    escaped = "".join(
        _ESCAPES.get(c, c if c.isprintable() else f"\\U{ord(c):08x}") for c in str(value)
    )
    return f'"{escaped}"'


_ESCAPES = {'"': '\\"', "\\": "\\\\"}
