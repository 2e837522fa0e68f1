"""`reader config path`: where the settings file is."""

from __future__ import annotations

import argparse

HELP = "the settings file: path"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("path",))


def run(args: argparse.Namespace) -> int:
    from reader import paths

    print(paths.config_file())
    return 0
