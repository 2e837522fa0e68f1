"""`reader add`: articles and feeds into the library, without the UI."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import BAD_INPUT, open_store

HELP = "add articles to the library without opening the UI"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="SOURCE")


def run(args: argparse.Namespace) -> int:
    from reader.analysis import analysis_for
    from reader.sources import SourceError, is_url, load

    failed = 0
    with open_store(args) as store:
        for source in args.sources:
            try:
                if is_url(source) or source.lower().endswith(".opml"):
                    from reader.sources.web import subscribe  # registers the feeds it finds

                    articles, errors = subscribe(source, store)
                else:
                    articles, errors = load(source), []
            except SourceError as error:
                print(f"reader: {error}", file=sys.stderr)
                failed += 1
                continue
            for feed_url, message in errors:
                print(f"reader: feed failed: {feed_url}: {message}", file=sys.stderr)
                failed += 1
            for article in articles:
                entry = store.add(article)
                analysis_for(article, store)
                print(f"added  {entry.published or '          '}  {entry.title}  ({entry.source})")
    return BAD_INPUT if failed else 0
