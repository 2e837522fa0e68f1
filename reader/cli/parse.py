"""`reader parse`: analyse articles and print them; no UI."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import open_store, published_date

HELP = "analyse one article and print it; no UI"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", help="a file, folder or URL")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="the publication date")
    parser.add_argument("--format", choices=("json", "text", "markdown"), default="json")


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from reader.analysis import analysis_for
    from reader.model import document
    from reader.render_text import as_markdown, as_text
    from reader.sources import SourceError, is_url, load

    published = published_date(args.published, "parse")
    with open_store(args) as store:
        try:
            articles = load(args.source)
        except SourceError as error:
            kept = [e for e in store.entries() if args.source in (e.url, e.feed)]
            if not is_url(args.source) or not kept:
                raise
            print(f"reader: {error}; using the copy kept in the library", file=sys.stderr)
            articles = [store.article(e.id) for e in kept]
        else:
            if is_url(args.source):  # what is fetched is kept, to open offline later
                store.add_many(articles)
        if published:
            articles = [replace(article, published=published) for article in articles]
        analysed = [(article, analysis_for(article, store)) for article in articles]
    if args.format == "json":  # one document, or a list of them for a folder or a feed
        documents = [document(article, analysis) for article, analysis in analysed]
        from reader.json_text import readable

        print(readable(documents[0] if len(documents) == 1 else documents))
    else:
        write = as_markdown if args.format == "markdown" else as_text
        print("\n\n".join(write(article, analysis) for article, analysis in analysed))
    return 0
