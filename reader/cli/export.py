"""`reader export`: an article's analysis as Markdown notes, JSON, CSV or iCalendar."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import (
    FAILURE,
    UsageError,
    articles_for,
    is_entry_number,
    open_store,
    published_date,
)
from reader.exports import FORMATS, TABLES

HELP = "write an article's actors and chronology as markdown, json, csv or ics"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        nargs="?",
        metavar="ID|SOURCE",
        help="a library entry's number (reader list --json), a file, folder or URL; "
        "the newest library article when left out",
    )
    parser.add_argument("--format", choices=tuple(FORMATS), default="markdown")
    parser.add_argument(
        "--what",
        choices=TABLES,
        default="actors",
        help="csv only: one row per actor (default) or per event",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="default (or -): stdout")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="the publication date")


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from reader.analysis import analysis_for
    from reader.exports import render
    from reader.exports.files import is_stream, write_atomically

    published = published_date(args.published, "export")
    if args.output == Path("-"):  # stdout, as '-' is to most commands
        args.output = None
    if args.output and args.output.exists() and not (args.force or is_stream(args.output)):
        raise UsageError(f"reader export: {args.output} exists (--force overwrites it)")
    with open_store(args) as store:
        articles = _articles(args.source, store)
        if published:
            articles = [replace(article, published=published) for article in articles]
        items = [(article, analysis_for(article, store)) for article in articles]
    rendered = render(args.format, items, table=args.what)
    if rendered.note:
        print(f"reader: {rendered.note}", file=sys.stderr)
    if args.output is None:
        sys.stdout.write(rendered.text)
        return 0
    try:
        write_atomically(args.output, rendered.text, force=args.force, into_streams=True)
    except FileExistsError as error:  # made meanwhile
        raise UsageError(f"reader export: {error}") from None
    except OSError as error:
        from reader.sources.clean import clean_line

        where = clean_line(str(args.output))
        print(f"reader export: cannot write {where}: {error.strerror}", file=sys.stderr)
        return FAILURE
    return 0


def _articles(source: str | None, store) -> list:
    if source is None:
        newest = store.entries(limit=1)
        if not newest:
            raise UsageError("reader export: the library is empty; name a file, folder or URL")
        return [store.article(newest[0].id)]
    if is_entry_number(source) and not Path(source).exists():
        try:
            return [store.article(int(source))]
        except KeyError:
            raise UsageError(f"reader export: no library entry {source}") from None
    return articles_for(source, store)
