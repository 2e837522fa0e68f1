"""The command line: argument parsing, sub-commands and exit codes.

Exit codes: 0 success, 2 bad input or usage, 1 any other failure. Errors are
one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date
from pathlib import Path

from reader import __version__

COMMANDS = ("parse", "add", "list", "cache")
BAD_INPUT, FAILURE = 2, 1


class UsageError(Exception):
    """Bad arguments: exit 2 with the message."""


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """The options accepted before and after a sub-command."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=default,
        metavar="DIR",
        help="where the cache lives (default: $READER_CACHE_DIR or the per-user cache folder)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="neither read nor write the cache",
    )


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reader",
        usage="reader [--cache-dir DIR] [--no-cache] [SOURCE ...]\n"
        "       reader {parse,add,list,cache} ... (reader COMMAND --help)",
        description="A terminal news reader that understands what it shows.",
        epilog="Commands: parse, add, list, cache (reader COMMAND --help). "
        "With no command, opens the app on SOURCE... or on the library.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    parse = sub.add_parser(
        "parse", prog="reader parse", help="analyse one article and print it; no UI"
    )
    parse.add_argument("source", help="a file, folder or URL")
    parse.add_argument("--published", metavar="YYYY-MM-DD", help="the publication date")
    parse.add_argument("--format", choices=("json", "text", "markdown"), default="json")
    _global_options(parse, suppress=True)

    add = sub.add_parser(
        "add", prog="reader add", help="add articles to the library without opening the UI"
    )
    add.add_argument("sources", nargs="+", metavar="SOURCE")
    _global_options(add, suppress=True)

    listing = sub.add_parser("list", prog="reader list", help="list the library")
    listing.add_argument("--json", action="store_true", help="as JSON")
    listing.add_argument("--opml", action="store_true", help="the library's feeds as OPML")
    _global_options(listing, suppress=True)

    cache = sub.add_parser("cache", prog="reader cache", help="the cache: info, path or clear")
    cache.add_argument("action", choices=("info", "path", "clear"))
    _global_options(cache, suppress=True)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Sub-command arguments, or the app's sources when no sub-command is named."""
    parser = build_parser()
    globals_only = _Parser(add_help=False)
    _global_options(globals_only, suppress=False)
    rest = globals_only.parse_known_args(argv)[1]  # without --cache-dir DIR and --no-cache
    positionals = [a for a in rest if not a.startswith("-")]
    if positionals and positionals[0] in COMMANDS or "--help" in argv or "-h" in argv:
        if not positionals or positionals[0] not in COMMANDS:
            parser.parse_args(argv)  # prints help and exits
        return parser.parse_args(argv)
    opener = _Parser(prog="reader", add_help=False)
    _global_options(opener, suppress=False)
    opener.add_argument("--version", action="version", version=f"reader {__version__}")
    opener.add_argument("sources", nargs="*")
    args = opener.parse_args(argv)
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    warnings = logging.StreamHandler()
    warnings.setFormatter(logging.Formatter("reader: %(message)s"))
    logging.getLogger("reader").addHandler(warnings)
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
        return _run(args)
    except UsageError as error:
        print(str(error), file=sys.stderr)
        return BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    from reader.sources import SourceError

    try:
        if args.command == "parse":
            return _parse(args)
        if args.command == "add":
            return _add(args)
        if args.command == "list":
            return _list(args)
        if args.command == "cache":
            return _cache(args)
        return _open_app(args)
    except SourceError as error:
        print(f"reader: {error}", file=sys.stderr)
        return BAD_INPUT
    except BrokenPipeError:
        return 0
    except OSError as error:
        print(f"reader: {error.strerror or error}", file=sys.stderr)
        return FAILURE


def _open_store(args: argparse.Namespace):
    from reader.store import Store

    def warn(warning: str) -> None:
        print(f"reader: warning: {warning}", file=sys.stderr)

    store = Store.open(args.cache_dir, enabled=not args.no_cache)  # reader.paths picks the folder
    for warning in store.warnings:
        warn(warning)
    store.on_warning = warn  # damage found later in the session
    return store


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"reader parse: --published wants YYYY-MM-DD, not {value!r}") from None


def _parse(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from reader.analysis import analysis_for
    from reader.model import document
    from reader.render_text import as_markdown, as_text
    from reader.sources import SourceError, is_url, load

    published = _published(args.published)
    with _open_store(args) as store:
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
        print(
            json.dumps(
                documents[0] if len(documents) == 1 else documents, ensure_ascii=False, indent=1
            )
        )
    else:
        write = as_markdown if args.format == "markdown" else as_text
        print("\n\n".join(write(article, analysis) for article, analysis in analysed))
    return 0


def _add(args: argparse.Namespace) -> int:
    from reader.analysis import analysis_for
    from reader.sources import SourceError, is_url, load

    failed = 0
    with _open_store(args) as store:
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


def _list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        entries = store.entries()
        if args.opml:
            from reader.sources.opml import write_opml

            print(write_opml(store.feeds()))
        elif args.json:
            print(json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=1))
        else:  # one write: a print per line is most of the time of a 10,000-article list
            sys.stdout.write(
                "".join(
                    f"{' ' if e.read else '*'} {e.published or ' ' * 10}  {e.title}  ({e.source})\n"
                    for e in entries
                )
            )
    return 0


def _cache(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        if args.action == "path":
            print(store.path or "(no cache)")
        elif args.action == "clear":
            store.clear()
            print("cache cleared")
        else:
            for key, value in store.info().items():
                print(f"{key}: {value}")
    return 0


def _open_app(args: argparse.Namespace) -> int:
    """Local sources are read first, so that nothing but bad input exits at once."""
    from reader.app import run_app
    from reader.sources import gather, is_url

    local = [s for s in args.sources if not is_url(s)]
    articles, errors = gather(local)
    if args.sources and not articles and len(local) == len(args.sources):
        for error in errors:
            print(f"reader: {error}", file=sys.stderr)
        return BAD_INPUT
    remote = [s for s in args.sources if is_url(s)]
    return run_app(_open_store(args), articles=articles, remote=remote, errors=errors)
