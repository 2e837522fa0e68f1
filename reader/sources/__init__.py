"""Sources: files, folders, web pages and feeds, each turned into Articles.

`load` is the one entry point: it takes what the user typed and returns the
articles it names, or raises SourceError with a one-line message.
"""

from __future__ import annotations

import logging
from pathlib import Path

from reader.model import Article
from reader.sources.errors import SourceError
from reader.sources.files import ARTICLE_SUFFIXES, load_file

__all__ = ["SourceError", "gather", "is_url", "load", "load_located"]

log = logging.getLogger("reader.sources")

PAGE_SUFFIXES = (".html", ".htm")
FOLDER_SUFFIXES = (*ARTICLE_SUFFIXES, *PAGE_SUFFIXES)  # what a folder is read for


def is_url(source: str) -> bool:
    return "://" in source


def load(source: str) -> list[Article]:
    """The articles a source names: a file, a folder of files, or a URL."""
    check_not_empty(source)
    if is_url(source):
        from reader.sources import web  # heavy: imported only for web sources

        return web.load_url(source)
    path = Path(source).expanduser()
    if path.is_dir():
        return _load_folder(path)
    if not path.exists():
        raise SourceError(f"no such file or folder: {source}")
    if path.suffix.lower() in (*PAGE_SUFFIXES, ".xml", ".rss", ".atom", ".opml"):
        from reader.sources import web

        return web.load_path(path)
    return [load_file(path)]


def load_located(source: str) -> list[tuple[str, Article]]:
    """The articles a source names, each with where it was read from: its file or URL
    (an article's own `source` may name its publisher instead)."""
    check_not_empty(source)
    path = Path(source).expanduser()
    if not is_url(source) and path.is_dir():
        return _located_folder(path)
    return [((a.url or source) if is_url(source) else source, a) for a in load(source)]


def article_files(folder: Path) -> list[Path]:
    """The article files of a folder, by name: text, Markdown and web pages."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FOLDER_SUFFIXES)


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
    if not files:
        raise SourceError(f"no articles (.txt, .md or .html files) in folder: {folder}")
    found, errors = [], []
    for path in files:
        try:
            if path.suffix.lower() in PAGE_SUFFIXES:  # read as `reader page.html` reads it
                from reader.sources import web

                found += [(str(path), article) for article in web.load_path(path)]
            else:
                found.append((str(path), load_file(path)))
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
