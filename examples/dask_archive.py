"""An archive too large for one machine, analysed on a Dask cluster.

The input is JSON Lines, one article a line with at least "text" (and, if known,
"published" as YYYY-MM-DD, "title", "source", "url"): what `reader parse --format
jsonl` writes, and the shape most news dumps come in. Dask reads the files in blocks
(a block is a partition, split at line ends), maps the pure `reader.parsing.analyse`
over every article on the cluster's workers, and writes the documents back as JSON
Lines, one file a partition. Nothing is gathered on one machine.

    pip install '.[dask]'        # from a checkout; from the index: 'reader-news[dask]'
    python examples/dask_archive.py 'archive/*.jsonl' analysed/ [--scheduler tcp://HOST:8786]

Without --scheduler it starts a local cluster of one worker process a core.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

import dask.bag as db

from reader.json_text import one_line
from reader.model import Article, document
from reader.parsing import analyse


def analysed(line: str) -> str:
    """One article (a JSON object) in, its document (one line of JSON) out."""
    record = json.loads(line)
    published = record.get("published")
    article = Article(
        text=record["text"],
        title=record.get("title", ""),
        published=date.fromisoformat(published) if published else None,
        source=record.get("source", ""),
        url=record.get("url", ""),
    )
    return one_line(document(article, analyse(article.text, article.published)))


def analyse_archive(
    inputs: str | list[str], output: str, blocksize: int | str = "64MiB"
) -> list[str]:
    """Analyse every article of the input files into output/*.jsonl on the current Dask
    scheduler; the names of the files written."""
    lines = db.read_text(inputs, blocksize=blocksize, encoding="utf-8")
    articles = lines.filter(str.strip)  # blank lines are no articles
    return articles.map(analysed).to_textfiles(
        f"{output.rstrip('/')}/*.jsonl", encoding="utf-8", last_endline=True
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSON Lines files (globs welcome)")
    parser.add_argument("output", help="a folder for the analysed JSON Lines")
    parser.add_argument("--scheduler", help="a Dask scheduler's address (default: a local cluster)")
    args = parser.parse_args()
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(threads_per_worker=1))  # the parser holds the GIL
    with client:
        for path in analyse_archive(args.inputs, args.output):
            print(path)


if __name__ == "__main__":
    main()
