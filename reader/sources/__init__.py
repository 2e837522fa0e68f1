"""Sources: files, folders, web pages and feeds, each turned into Articles.

`read` is the one entry point: it takes what the user typed, dispatches it by
scheme and suffix, and returns what it names (see found), or raises
SourceError with a one-line message. `load` is the same for the articles alone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import SplitResult, unquote

from reader.model import Article
from reader.sources.errors import SourceError
from reader.sources.fetch import WEB_SCHEMES
from reader.sources.files import load_file
from reader.sources.found import Found
from reader.sources.urls import split_url

__all__ = [
    "Found",
    "SourceError",
    "article_files",
    "check_not_empty",
    "gather",
    "is_folder",
    "is_url",
    "load",
    "load_located",
    "read",
    "subscribable",
]

log = logging.getLogger("reader.sources")

# The one list of names: a file's suffix says which reader reads it.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")  # and any other: an article file (see files)
PAGE_SUFFIXES = (".html", ".htm")
LIST_SUFFIXES = (".opml",)  # lists of feeds
WEB_SUFFIXES = (*PAGE_SUFFIXES, ".xml", ".rss", ".atom", *LIST_SUFFIXES)  # content decides
FOLDER_SUFFIXES = (*ARTICLE_SUFFIXES, *PAGE_SUFFIXES)  # what a folder is read for


def is_url(source: str) -> bool:
    return "://" in source


def is_folder(path: Path) -> bool:
    """Whether `path` is a folder; False for a name the file system refuses (too long,
    a NUL in it), which reading it then says in one line for that source alone."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def subscribable(source: str) -> bool:
    """Whether adding a source subscribes to the feeds it names: a URL or an OPML list."""
    return is_url(source) or source.lower().endswith(LIST_SUFFIXES)


def load(source: str) -> list[Article]:
    """The articles a source names: a file, a folder of files, or a URL."""
    return read(source).articles


def read(source: str, *, known: Iterable[str] = (), subscribing: bool = False) -> Found:
    """What a source names: a file, a folder of files, or a URL. `known` and
    `subscribing` are for feeds (see web.read_url)."""
    check_not_empty(source)
    if is_url(source):
        return read_url(source, known=known, subscribing=subscribing)
    return _read_path(Path(source).expanduser(), source, known, subscribing)


def read_url(url: str, *, known: Iterable[str] = (), subscribing: bool = False) -> Found:
    """http and https are fetched; a file: URL is read as the path it names."""
    parts = split_url(url)
    if parts is None:
        raise SourceError(f"not a valid URL: {url}")
    scheme = parts.scheme.lower()
    if scheme in WEB_SCHEMES:
        from reader.sources import web  # heavy: imported only for web sources

        return web.read_url(url, known=known, subscribing=subscribing)
    if scheme != "file":
        raise SourceError(f"unsupported URL scheme {scheme!r} (use http, https or file): {url}")
    path = _file_path(parts, url)
    return _read_path(path, str(path), known, subscribing)


def _read_path(path: Path, name: str, known: Iterable[str], subscribing: bool) -> Found:
    """A folder, a web file (page, feed or list) or an article file; `name` as given."""
    if is_folder(path):
        return Found(_load_folder(path))
    try:
        path.stat()  # not exists(), which says a loop of links is no file
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL in it
        raise SourceError(f"no such file or folder: {name}") from None
    except OSError as error:  # a name too long, a loop of links
        raise SourceError(f"{error.strerror}: {name}") from None
    if path.suffix.lower() in WEB_SUFFIXES:
        from reader.sources import web

        return web.read_path(path, known=known, subscribing=subscribing)
    return Found([load_file(path)])


def _file_path(parts: SplitResult, url: str) -> Path:
    if parts.netloc not in ("", "localhost"):
        raise SourceError(f"file URL on another host ({parts.netloc}) is not supported: {url}")
    return Path(unquote(parts.path))


def load_located(source: str) -> list[tuple[str, Article]]:
    """The articles a source names, each with where it was read from: its file or URL
    (an article's own `source` may name its publisher instead)."""
    check_not_empty(source)
    path = Path(source).expanduser()
    if not is_url(source) and is_folder(path):
        return _located_folder(path)
    return [((a.url or source) if is_url(source) else source, a) for a in load(source)]


def article_files(folder: Path) -> list[Path]:
    """The article files of a folder, by name: text, Markdown and web pages; a folder
    without any names no article."""
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in FOLDER_SUFFIXES)
    if not files:
        kinds = ", ".join(FOLDER_SUFFIXES)
        raise SourceError(f"no articles ({kinds} files) in folder: {folder}")
    return files


def check_not_empty(source: str) -> None:
    """An empty argument (a variable that was not set) names nothing, not this folder."""
    if not source.strip():
        raise SourceError("empty source name: give a file, a folder or a URL")


def _load_folder(folder: Path) -> list[Article]:
    return [article for _, article in _located_folder(folder)]


def _located_folder(folder: Path) -> list[tuple[str, Article]]:
    """Every article file of the folder, with its path; one that cannot be read is a
    warning, unless none can."""
    files = article_files(folder)
    found, errors = [], []
    for path in files:
        try:  # each read as `reader FILE` reads it
            found += [(str(path), a) for a in _read_path(path, str(path), (), False).articles]
        except SourceError as error:
            errors.append(str(error))
    if not found:
        raise SourceError(f"no readable article in folder: {folder} ({errors[0]})")
    for message in errors:
        log.warning("warning: skipped: %s", message)
    return found


def gather(sources: list[str]) -> tuple[list[Article], list[str]]:
    """The articles of every source that can be read, and one message per one that cannot."""
    articles: list[Article] = []
    errors: list[str] = []
    for source in sources:
        try:
            articles += load(source)
        except SourceError as error:
            errors.append(str(error))
    return articles, errors
