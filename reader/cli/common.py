"""What every sub-command shares: exit codes, the global options, the store."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from reader.model import Article
    from reader.store import Store

BAD_INPUT, FAILURE = 2, 1


def end_process(code: int) -> NoReturn:
    """End the process at once (os._exit) once what it wrote is out. What it holds goes
    with it: threads still at work in the app (an analysis, a feed being parsed) that
    Python would wait for, holding the terminal; the word lists, patterns and parser
    caches `reader parse` filled, which Python's own exit would free object by object
    after the output (1 MB of news: some 180 M instructions). What a closed pipe left
    unwritten is dropped (`reader parse ... | head`); any other failed write (a full
    disk) is said, and the exit code says it too. A closed stream is None: skipped."""
    import logging

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except BrokenPipeError:
            continue
        except OSError as error:
            said = f"reader: the output could not be written: {error.strerror or error}\n"
            with contextlib.suppress(OSError):  # stderr may be the stream that failed
                os.write(2, said.encode("utf-8", "replace"))
            code = code or FAILURE
    os._exit(code)


class UsageError(Exception):
    """Bad arguments: exit 2 with the message."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # one line, exit 2
        raise UsageError(f"{self.prog}: {message}")


# The feeds that failed are named one a line up to this many; the others in one line
# (an OPML list of 10,000 dead feeds printed 10,000 lines, its summary lost far above).
FAILED_FEEDS_NAMED = 10
JOBS_A_CORE = 4  # --jobs is held to this many processes a core


def say_failed_feeds(errors: list[tuple[str, str]]) -> None:
    """Each feed that failed and why, on stderr; past FAILED_FEEDS_NAMED, one line for
    the rest, which `reader feeds` lists with their errors."""
    from reader.sources.urls import shown_url

    for url, message in errors[:FAILED_FEEDS_NAMED]:
        print(f"reader: feed failed: {shown_url(url)}: {message}", file=sys.stderr)
    if len(errors) > FAILED_FEEDS_NAMED:
        more = len(errors) - FAILED_FEEDS_NAMED
        print(f"reader: {more:,} more feeds failed ('reader feeds' says why)", file=sys.stderr)


def global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
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


def open_store(args: argparse.Namespace, keeps: str = "") -> Store:
    """The store, its warnings printed. `keeps` says what the command keeps ("added"): when
    the cache cannot keep anything (or --no-cache says not to), the command ends here,
    saying so, rather than pretend."""
    from reader.store import Store, StoreError

    if keeps and args.no_cache:
        raise UsageError(f"reader: --no-cache keeps nothing, so nothing was {keeps}")

    def warn(warning: str) -> None:  # it may name the cache's folder, as the user gave it
        from reader.sources.urls import shown_url

        print(f"reader: warning: {shown_url(warning)}", file=sys.stderr)

    def tell(notice: str) -> None:  # before seconds of work, with nothing else on the screen
        print(f"reader: {notice}…", file=sys.stderr, flush=True)

    # reader.paths picks the folder
    store = Store.open(args.cache_dir, enabled=not args.no_cache, notice=tell)
    if keeps and store.not_kept:
        store.close()
        raise StoreError(f"{store.not_kept}: nothing was {keeps}")
    for warning in store.warnings:
        warn(warning)
    store.on_warning = warn  # damage found later in the session
    return store


def published_date(value: str | None, command: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"reader {command}: --published wants YYYY-MM-DD, not {value!r}") from None


def is_entry_number(text: str) -> bool:
    """Whether an argument names a library entry by number: ASCII digits only, since
    str.isdigit also takes a superscript '²' that int() refuses."""
    return text.isascii() and text.isdigit()


def articles_for(source: str, store: Store) -> list[Article]:
    """The articles of a file, folder or URL; a URL that fails falls back to the copy
    kept in the library, and one that loads is kept for next time."""
    from reader.library import fetched_or_kept

    articles, offline = fetched_or_kept(store, source)
    if offline is not None:
        print(f"reader: {offline}; using the copy kept in the library", file=sys.stderr)
    return articles


def jobs_option(parser: argparse.ArgumentParser) -> None:
    """--jobs N: how many processes analyse articles (default: one per core). N is held
    to four a core, with a line saying so: the analysis keeps a core busy, so more
    processes would only wait their turn, and `--jobs 100000` would start as many before
    the first article."""
    from reader.cores import usable_cores

    cores = usable_cores()

    def processes(value: str) -> int:
        if not value.isdigit() or int(value) < 1:
            raise argparse.ArgumentTypeError(f"wants a number of processes, not {value!r}")
        most = JOBS_A_CORE * cores
        if int(value) > most:
            print(f"reader: --jobs {value[:20]} is held to {most}, four a core", file=sys.stderr)
        return min(int(value), most)

    parser.add_argument(
        "--jobs",
        type=processes,
        default=cores,
        metavar="N",
        help="analyse on N processes (default: the number of cores; at most "
        f"{JOBS_A_CORE} a core); one long article takes two, its dates worked out "
        "beside its names",
    )
