"""Local .txt and .md articles, with optional front matter or a JSON sidecar."""

from __future__ import annotations

import json
import os
import re
import stat
from datetime import date
from pathlib import Path

from reader.model import Article
from reader.sources.clean import clean_line, clean_text
from reader.sources.errors import SourceError

MAX_BYTES = 20 * 1024 * 1024


def load_file(path: Path) -> Article:
    """One article file; metadata from front matter, a NAME.json sidecar, or the text."""
    raw = read_local(path, MAX_BYTES)
    if len(raw) > MAX_BYTES:
        raise SourceError(f"file too large (over {MAX_BYTES // 1024 // 1024} MB): {path}")
    if b"\x00" in raw:
        raise SourceError(f"not a text file (binary data): {path}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(f"not valid UTF-8 text: {path}") from None
    meta, body = split_front_matter(text)
    meta = {**_sidecar(path), **meta}
    body = clean_text(body)
    if not body.strip():
        raise SourceError(f"empty article: {path}")
    return Article(
        text=body,
        title=meta.get("title") or guess_title(body) or clean_line(path.stem.replace("_", " ")),
        published=publication_date(meta.get("published") or meta.get("date"), body),
        source=meta.get("source") or clean_line(str(path)),
        url=meta.get("url", ""),
    )


def read_local(path: Path, limit: int) -> bytes:
    """Up to `limit` + 1 bytes of a local file: one more than the limit says it is longer.

    Opened without blocking and checked before reading: a FIFO would wait for a
    writer and a device would never end, whatever their names say."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with open(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise SourceError(f"not a regular file: {path}")
            os.set_blocking(fd, True)
            return file.read(limit + 1)
    except FileNotFoundError:
        raise SourceError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise SourceError(f"not a file: {path}") from None
    except OSError as error:
        raise SourceError(f"cannot read {path}: {error.strerror}") from None


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """`key: value` lines between two `---` lines at the top, and the rest: Markdown front
    matter, and the metadata header trafilatura writes before a page's text. The values
    are cleaned (see clean_line): a JSON-quoted one may spell out any character."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end < 0:
        return {}, text
    meta = {}
    for line in text[4:end].splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = clean_line(_unquoted(value.strip()))
    return meta, text[end + 5 :]


def _unquoted(value: str) -> str:
    """A value without its quotes; a double-quoted one is read as a JSON string
    (trafilatura writes titles with quotes and colons that way)."""
    if value.startswith('"'):
        try:
            decoded = json.loads(value)
        except ValueError:
            decoded = None
        if isinstance(decoded, str):
            return decoded
    return value.strip("\"'")


_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")


def guess_title(text: str) -> str:
    """A Markdown heading (a `.txt` file is shown as Markdown too, so it counts there),
    or a short first line without a final stop (a headline). "#tag" is no heading.
    A date line on top ("March 06, 2008") is the publication date, not the title:
    the headline, if any, is the line after it."""
    lines = text.lstrip().split("\n", 2)
    first = lines[0].strip()
    if len(lines) > 1 and _is_date_line(first):
        first = lines[1].strip()
    if heading := _HEADING.fullmatch(first):
        return heading.group(1).strip()
    if first and len(first) <= 120 and first[-1] not in '.!?:;,"”':
        return first
    return ""


def _is_date_line(line: str) -> bool:
    """A short line that is a date and nothing else: no headline has so few words and a
    full date in them."""
    if len(line.split()) > 5 or not any(c.isdigit() for c in line):
        return False
    from reader.parsing.timex import dateline  # here: the parser is slow to import

    return dateline(line) is not None


def publication_date(declared: str | date | None, body: str) -> date | None:
    """The declared date, else a date line at the top of the text ("March 06, 2008")."""
    if isinstance(declared, date):
        return declared
    found = parse_date(declared)
    if found is None:
        from reader.parsing.timex import dateline  # here: the parser is slow to import

        found = dateline(body)
    return found


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _sidecar(path: Path) -> dict[str, str]:
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            return {}
        return {str(k).lower(): clean_line(str(v)) for k, v in data.items()}
    except (OSError, ValueError, RecursionError):  # JSON nested past the stack, read or shown
        return {}
