"""The command line: argument parsing and dispatch to one module per sub-command.

Exit codes: 0 success, 2 bad input or usage, 1 any other failure. Errors are
one line on stderr, never a traceback. A sub-command is a module with HELP,
configure(parser) and run(args); adding one is a line in COMMANDS.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys

from reader import __version__
from reader.cli.common import BAD_INPUT, FAILURE, Parser, UsageError, end_process, global_options

COMMANDS = {  # name -> module under reader.cli
    "parse": "parse",
    "add": "add",
    "list": "listing",
    "cache": "cache",
    "feeds": "feeds",
    "remove": "remove",
    "export": "export",
    "config": "config",
    "serve": "serve",
    "timeline": "timeline",
}


def _module(name: str):
    return importlib.import_module(f"reader.cli.{COMMANDS[name]}")


def build_parser() -> argparse.ArgumentParser:
    names = ",".join(COMMANDS)
    parser = Parser(
        prog="reader",
        usage="reader [--cache-dir DIR] [--no-cache] [SOURCE ...]\n"
        f"       reader {{{names}}} ... (reader COMMAND --help)",
        description="A terminal news reader that understands what it shows.",
        epilog=f"Commands: {', '.join(COMMANDS)} (reader COMMAND --help). "
        "With no command, opens the app on SOURCE... or on the library.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for name in COMMANDS:
        module = _module(name)
        command = sub.add_parser(name, prog=f"reader {name}", help=module.HELP)
        module.configure(command)
        global_options(command, suppress=True)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Sub-command arguments, or the app's sources when no sub-command is named."""
    globals_only = Parser(add_help=False)
    global_options(globals_only, suppress=False)
    rest = globals_only.parse_known_args(argv)[1]  # without --cache-dir DIR and --no-cache
    positionals = [a for a in rest if not a.startswith("-")]
    if positionals and positionals[0] in COMMANDS or "--help" in argv or "-h" in argv:
        parser = build_parser()
        if not positionals or positionals[0] not in COMMANDS:
            parser.parse_args(argv)  # prints help and exits
        return parser.parse_args(argv)
    opener = Parser(prog="reader", add_help=False)
    global_options(opener, suppress=False)
    opener.add_argument("--version", action="version", version=f"reader {__version__}")
    opener.add_argument("sources", nargs="*")
    args = opener.parse_args(argv)
    args.command = None
    return args


class CleanFormatter(logging.Formatter):
    """Warnings quote URLs and servers' words: cleaned like every outside string, and a
    URL's password hidden."""

    def format(self, record: logging.LogRecord) -> str:
        from reader.sources.urls import shown_url

        return shown_url(super().format(record))


def main(argv: list[str] | None = None) -> int:
    """Run a command line: this process's own when `argv` is None."""
    warnings = logging.StreamHandler()
    warnings.setFormatter(CleanFormatter("reader: %(message)s"))
    logging.getLogger("reader").addHandler(warnings)
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
        code = _run(args)
        if argv is None and args.command == "parse":
            end_process(code)  # what the parser holds goes with the process
        return code
    except UsageError as error:  # it may quote an argument
        from reader.sources.urls import shown_url

        print(shown_url(str(error)), file=sys.stderr)
        return BAD_INPUT
    except KeyboardInterrupt:
        return 130
    finally:
        # this process ends now: its exit runs full passes of the cycle collector over
        # every object left (a loaded parser's word lists and patterns: about 40 ms) only
        # to free what the end of the process frees anyway; frozen, they are not walked
        if argv is None:
            gc.freeze()


def _run(args: argparse.Namespace) -> int:
    from reader.sources import SourceError

    try:
        if args.command is None:
            from reader.cli import open_app

            return open_app.run(args)
        return _module(args.command).run(args)
    except SourceError as error:
        print(f"reader: {error}", file=sys.stderr)
        return BAD_INPUT
    except BrokenPipeError:
        return 0
    except UsageError:  # bad arguments a command found: said by main, exit 2
        raise
    except OSError as error:
        from reader.sources.urls import shown_url

        where = f": {error.filename}" if error.filename else ""
        print(shown_url(f"reader: {error.strerror or error}{where}"), file=sys.stderr)
        return FAILURE
    except Exception as error:  # a defect of ours: one line, not a traceback, and its name
        if os.environ.get("READER_DEBUG"):
            import traceback

            traceback.print_exc()  # where it happened, for the report
        kind = type(error).__name__
        print(f"reader: internal error ({kind}): please report it", file=sys.stderr)
        return FAILURE
