"""Writes reader/parsing/data/patterns.marshal: the parser's long regular expressions
compiled ahead of time for this interpreter (see reader/parsing/precompiled.py).

Run it after changing a word list or a rule that a pattern is built from; with --check it
only says whether the file is in step with the patterns and this interpreter (a unit test
runs it so):

    python tools/compiled_patterns.py [--check]

Kept: each pattern built through precompiled.compiled() by the parsing modules, by all
the time rules and their scanners and by an analysis of a short text of this script's own, which asks for
the others; and the prefix trees of word lists (alternation.tree) they were written from.
"""

from __future__ import annotations

import argparse
import importlib
import marshal
import pkgutil
import sys
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

# the reader beside this script, not one installed from another checkout
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import reader.parsing  # noqa: E402
from reader.parsing import analyse, precompiled, timex_patterns
from reader.parsing.alternation import written_out
from reader.parsing.timex_rules import RULES

OUT = Path(__file__).resolve().parents[1] / "reader" / "parsing" / "data" / precompiled.FILE
COMMAND = "python tools/compiled_patterns.py"
TEXT = """\
BRANTLEY, March 3 (Wire) — Orla Venn said on Tuesday that the mill would reopen in
early 2027, two years later than planned, after output fell 4% from a year earlier.
Since the flood of last spring, which was the worst on record since 1998, the town has
waited; until then, shifts ran from 9 a.m. to 5:30 p.m. The council will vote next week.
Earlier, in the first quarter, sales rose more than 10 percent compared with the same
period of 2025. Meanwhile, the plant's owner, Dellbrook Ltd., expects a decision by
mid-June or within three months at the latest.
"""


def sources() -> list[tuple[str, int]]:
    """Every source and flags the parser asks precompiled.compiled() for: its modules',
    all the time rules and their scanners, and the patterns an analysis asks for."""
    for module in pkgutil.iter_modules(reader.parsing.__path__):
        importlib.import_module(f"reader.parsing.{module.name}")
    for rule in RULES:
        timex_patterns.rule(rule.name)
        for kind in rule.triggers:
            timex_patterns.scanner_for(kind)
    analyse(TEXT)
    return sorted(precompiled.asked)


def code(source: str, flags: int) -> tuple:
    """The arguments after the source that re.compile(source, flags) gives the engine."""
    parsed = _parser.parse(source, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        array(precompiled.OPS, _compiler._code(parsed, flags)).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def snapshot() -> tuple:
    codes = {(source, int(flags)): code(source, flags) for source, flags in sources()}
    trees = {asked: written_out(*asked) for asked in sorted(precompiled.asked_trees)}
    return precompiled.engine(), codes, trees


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is in step")
    args = parser.parse_args()
    made = snapshot()
    if not args.check:
        OUT.write_bytes(marshal.dumps(made))
        print(f"wrote {OUT}: {len(made[1])} patterns, {OUT.stat().st_size:,} bytes")
        return 0
    if marshal.loads(OUT.read_bytes()) != made:
        print(f"{OUT.name} is out of step with the patterns or this interpreter: run {COMMAND}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
