"""Writes reader/parsing/data/patterns.marshal: the parser's long regular expressions
compiled ahead of time for this interpreter (see reader/parsing/precompiled.py); and
data/lexicon.marshal: the lexicon's word sets built ahead of time (see prebuilt.py).

Run it after changing a word list, a rule that a pattern is built from or the lexicon's
code; with --check it only says whether the files are in step with them and this
interpreter (a unit test runs it so):

    python tools/compiled_patterns.py [--check]

Kept: each pattern built through precompiled.compiled() by the parsing modules, by all
the time rules and their scanners and by an analysis of a short text of this script's own, which asks for
the others; and the prefix trees of word lists (alternation.tree) they were written from.
The word sets are kept with the files they were built from (those read while building
them, and the modules that build them) and the checksum of their bytes.
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
from reader.parsing import analyse, data, lexicon, prebuilt, precompiled, timex_patterns
from reader.parsing.alternation import written_out
from reader.parsing.timex_rules import RULES

DATA = Path(__file__).resolve().parents[1] / "reader" / "parsing" / "data"
OUT = DATA / precompiled.FILE
LEXICON_OUT = DATA / prebuilt.FILE
# besides the files read: the code that builds the word sets from them
BUILDERS = [("reader.parsing", "data.py"), ("reader.parsing", "lexicon.py")]
COMMAND = "python tools/compiled_patterns.py"
TEXT = """\
BRANTLEY, March 3 (Wire) — Orla Venn said on Tuesday that the mill would reopen in
early 2027, two years later than planned, after output fell 4% from a year earlier.
Since the flood of last spring, which was the worst on record since 1998, the town has
waited; until then, shifts ran from 9 a.m. to 5:30 p.m. The council will vote next week.
Earlier, in the first quarter, sales rose more than 10 percent compared with the same
period of 2025. Meanwhile, the plant's owner, Dellbrook Ltd., expects a decision by
mid-June or within three months at the latest. Crews are preparing for storms on Friday,
will investigate Monday's fire and are moving the fair to May 4.
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


def word_sets() -> tuple:
    """The lexicon's word sets, built from the files, with the files they were built from
    and their checksum."""
    for function in vars(data).values():  # each file read anew, so that it is named
        getattr(function, "cache_clear", lambda: None)()
    data.read.clear()
    sets = lexicon.word_sets()
    inputs = sorted(data.read) + BUILDERS
    return inputs, prebuilt.checksum(inputs), sets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is in step")
    args = parser.parse_args()
    in_step = True
    for out, made in ((OUT, snapshot()), (LEXICON_OUT, word_sets())):
        if out.exists() and marshal.loads(out.read_bytes()) == made:
            continue  # not written again: marshal's bytes of the same objects vary
        if args.check:
            print(f"{out.name} is out of step with the parser or this interpreter: run {COMMAND}")
            in_step = False
        else:
            out.write_bytes(marshal.dumps(made))
            print(f"wrote {out}: {out.stat().st_size:,} bytes")
    return 0 if in_step else 1


if __name__ == "__main__":
    sys.exit(main())
