"""The parser's long patterns come compiled ahead of time (reader.parsing.precompiled):
built from their code at once, matching as re.compile's do, compiled as usual under
another interpreter, and the file in step with the patterns."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.parsing import precompiled
from reader.parsing.alternation import words, written_out

REPO = Path(__file__).resolve().parents[2]
TEXT = (
    "On March 4, 2019, Tamsin Reeve said the 3:15 p.m. ferry from Port Avel would run until"
    " the end of June; output rose 12% from a year earlier, more than in the spring of 2018."
)

made_here = pytest.mark.skipif(
    not precompiled._snapshot()[0], reason="data/patterns.marshal is for another interpreter"
)


@made_here
def test_the_first_analysis_compiles_none_of_the_parsers_patterns():
    """Compiling the time rules, the word-list patterns and the modules' own was most of a
    process's first analysis (about 90 ms)."""
    script = (
        "import sys; from re import _compiler; long = []; compile = _compiler.compile\n"
        "def counted(p, flags=0):\n"
        "    caller = sys._getframe(1)\n"
        "    while '/re/' in caller.f_code.co_filename: caller = caller.f_back\n"
        "    if 'reader/parsing' in caller.f_code.co_filename: long.append(p)\n"
        "    return compile(p, flags)\n"
        "_compiler.compile = counted\n"
        "from reader.parsing import analyse\n"
        f"analyse({TEXT!r})\n"
        "print(len(long))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.split() == ["0"]


def test_the_first_analysis_writes_out_no_word_list_tree():
    """Writing out the prefix trees of the word lists the patterns hold cost about 7 ms
    of a process's first analysis; data/patterns.marshal holds them too."""
    script = (
        "import reader.parsing.alternation as a; trees = []; written_out = a.written_out\n"
        "a.written_out = lambda *asked: trees.append(asked) or written_out(*asked)\n"
        "from reader.parsing import analyse\n"
        f"analyse({TEXT!r})\n"
        "print(len(trees))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.split() == ["0"]


def test_a_word_list_tree_from_the_file_is_the_one_written_out():
    trees = precompiled._snapshot()[1]
    assert trees
    for (items, classes), written in trees.items():
        assert written == written_out(items, classes)


def test_a_tree_is_that_of_the_words_whatever_their_order_and_repeats():
    assert words(["Mays", "may", "May", "may"], fold=True) == words({"May", "may", "Mays"}, True)
    assert words(["mid", "midst"]) == "(?:mid(?:st)?)"


@made_here
def test_a_pattern_built_from_its_code_matches_as_the_compiled_one():
    for source, flags in precompiled._snapshot()[0]:
        built, usual = precompiled.compiled(source, flags), re.compile(source, flags)
        assert built is not usual
        assert (built.flags, built.groups, built.groupindex) == (
            usual.flags,
            usual.groups,
            usual.groupindex,
        )
        found = [(m.span(), m.lastgroup) for m in built.finditer(TEXT)]
        assert found == [(m.span(), m.lastgroup) for m in usual.finditer(TEXT)]


def test_under_another_interpreter_a_pattern_is_compiled_as_usual(monkeypatch):
    source, flags = next(iter(precompiled._snapshot()[0]), (r"\d+", 0))
    monkeypatch.setattr(precompiled, "engine", lambda: ("another-interpreter",))
    precompiled._snapshot.cache_clear()
    try:
        assert precompiled.compiled(source, flags) is re.compile(source, flags)
    finally:
        precompiled._snapshot.cache_clear()


@made_here
def test_the_compiled_patterns_are_in_step_with_the_word_lists_and_rules():
    """A word list or a rule that a pattern is built from has changed: the file is made
    again by the command the failure prints."""
    done = subprocess.run(
        [sys.executable, "tools/compiled_patterns.py", "--check"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    "damage", [b"", b"\x00garbage", marshal.dumps(("x", 1)), marshal.dumps(("x", 1, 2))]
)
def test_a_damaged_file_leaves_every_pattern_compiled_as_usual(monkeypatch, damage):
    monkeypatch.setattr(precompiled, "binary", lambda name: damage)
    precompiled._snapshot.cache_clear()
    try:
        assert precompiled.compiled(r"\d+ (?:days|weeks)").pattern == r"\d+ (?:days|weeks)"
        assert precompiled.tree(("a", "b"), False) is None
    finally:
        precompiled._snapshot.cache_clear()


def test_code_the_engine_refuses_leaves_the_pattern_compiled_as_usual(monkeypatch):
    source = r"\d+ (?:days|weeks)"
    monkeypatch.setattr(
        precompiled, "_snapshot", lambda: ({(source, 0): (0, [1, 2, 3], 0, {}, ())}, {})
    )
    assert precompiled.compiled(source).match("3 days")
