"""`reader parse`: analyse articles and print them; no UI."""

from __future__ import annotations

import argparse
import gc
import sys

from reader.cli.common import (
    BAD_INPUT,
    UsageError,
    articles_for,
    jobs_option,
    open_store,
    published_date,
)
from reader.collector import collection_paused

HELP = "analyse articles and print them; no UI"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", help="a file, folder or URL; - reads one path or URL a line from stdin"
    )
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="the publication date")
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "text", "markdown"),
        default="json",
        help="jsonl: one document a line, written as each article is done",
    )
    jobs_option(parser)


def run(args: argparse.Namespace) -> int:
    if args.source == "-" and args.format == "json":
        raise UsageError("reader parse: - (sources from stdin) goes with --format jsonl")
    if args.format == "jsonl" or args.source == "-":
        return _stream(args)
    from dataclasses import replace

    from reader.batch import Batch, Failed
    from reader.render_text import as_markdown, as_text

    published = published_date(args.published, "parse")
    # the analyses and their documents make no reference cycles and live to the end of
    # the command: a pass of the collector would only walk them (the first after an
    # analysis walks all it made: 10-20 ms for 1 MB of news), so none runs
    with collection_paused(), open_store(args) as store:
        articles = articles_for(args.source, store)
        if published:
            articles = [replace(article, published=published) for article in articles]
        with Batch(store, args.jobs) as batch:  # a folder or a feed: on the pool
            analysed = [
                item
                for item in batch.analyses(articles, len(articles))
                if not isinstance(item, Failed)  # (none: these are articles)
            ]
        if args.format == "json":  # one document, or a list of them for a folder or a feed
            from reader.json_text import readable_analysed

            print(readable_analysed(analysed))
        else:
            write = as_markdown if args.format == "markdown" else as_text
            print("\n\n".join(write(article, analysis) for article, analysis in analysed))
        gc.freeze()  # before the collector resumes, or its first pass walks all of it
    return 0


def _stream(args: argparse.Namespace) -> int:
    """Every article of the sources as it is done, in their order: one JSON document a
    line (or, for the other formats, one after the other)."""
    from functools import partial

    from reader.batch import Failed, rendered
    from reader.library import fetched
    from reader.render_text import as_markdown, as_text

    published = published_date(args.published, "parse")
    if args.format == "jsonl":
        write = partial(_ended, _json_line, "\n")
    else:  # a blank line between articles
        write = partial(_ended, as_markdown if args.format == "markdown" else as_text, "\n\n")
    failed = 0
    with open_store(args) as store:
        sources, load = _sources(args.source), partial(fetched, store)  # a URL's kept
        done = rendered(sources, load, store, args.jobs, write, published, sys.stdout.flush)
        for item in done:
            if isinstance(item, Failed):
                print(f"reader: {item.message}", file=sys.stderr, flush=True)
                failed += 1
            else:
                sys.stdout.write(item)
    return BAD_INPUT if failed else 0


def _ended(write, end: str, article, analysis) -> str:
    """An article as `write` writes it, and the end after it (partial() of this and module
    functions can go to the pool)."""
    return write(article, analysis) + end


def _json_line(article, analysis) -> str:
    """One article's JSON document on one line (a module's function: the pool runs it)."""
    from reader.json_text import one_line
    from reader.model import document

    return one_line(document(article, analysis))


def _sources(source: str):
    """The sources one at a time: stdin's lines for -, a folder's article files, or the one."""
    from pathlib import Path

    from reader.sources import article_files, check_not_empty, is_folder, is_url

    check_not_empty(source)
    if source == "-":
        for line in _bounded_lines(sys.stdin, _LONGEST_SOURCE):
            if line.strip():
                yield line.strip()
    elif not is_url(source) and is_folder(Path(source).expanduser()):
        yield from map(str, article_files(Path(source).expanduser()))
    else:
        yield source


# A line of stdin longer than this names no file (a path is at most 4,096 bytes) nor URL
# (64 KB at most): one of gigabytes from a pipe, with no newline, is read past, not held.
_LONGEST_SOURCE = 65_536


def _bounded_lines(stream, most: int):
    """The stream's lines, each cut at `most` characters: a longer one is read past."""
    while line := stream.readline(most):
        rest = line
        while len(rest) == most and not rest.endswith("\n"):
            rest = stream.readline(most)
        yield line
