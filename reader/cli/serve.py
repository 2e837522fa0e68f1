"""`reader serve`: the app in a web browser, through textual-serve (the serve extra).

Each browser tab gets its own `reader` process on the same cache. The server has
no login: whoever reaches it uses reader as you (your library, your files through
"Open file…"), so it listens on this machine only unless told otherwise.
"""

from __future__ import annotations

import argparse
import shlex
import sys

from reader.cli.common import FAILURE, UsageError

HELP = "serve the app to a web browser (pip install 'reader-news[serve]')"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help="what each tab opens")
    parser.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1, this machine only")
    parser.add_argument("--port", type=int, default=8000, help="default: 8000")


def app_command(args: argparse.Namespace) -> str:
    """The shell command textual-serve runs for each tab: this reader, these options."""
    words = [sys.executable, "-m", "reader"]
    if args.cache_dir is not None:
        words += ["--cache-dir", str(args.cache_dir.resolve())]
    if args.no_cache:
        words.append("--no-cache")
    return shlex.join(words + args.sources)


def _host_name(host: str) -> bool:
    """Whether `host` can be a name or address to listen on: one word that the IDNA codec
    encodes (not a byte of a name that is no UTF-8, which would fail deep in the server)."""
    try:
        return bool(host) and host.split() == [host] and bool(host.encode("idna"))
    except UnicodeError:
        return False


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise UsageError(f"reader serve: --port wants 1 to 65535, not {args.port}")
    if not _host_name(args.host):
        raise UsageError(f"reader serve: --host wants a host name or address, not {args.host!r}")
    try:
        from textual_serve.server import Server
    except ImportError:
        print(
            "reader serve: textual-serve is not installed: pip install 'reader-news[serve]' "
            "(in a checkout: pip install '.[serve]')",
            file=sys.stderr,
        )
        return FAILURE
    if args.host not in LOCAL_HOSTS:
        print(
            f"reader: warning: serving on {args.host}, not only this machine: anyone who "
            "reaches it uses reader as you (library, cache, your files), with no password",
            file=sys.stderr,
        )
    Server(app_command(args), host=args.host, port=args.port, title="reader").serve()
    return 0
