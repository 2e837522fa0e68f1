"""No rule looks past the end of a text: every invented sentence of these unit tests,
cut short before each of its last words and without its last mark, is analysed without
an error (a headline 'Velkor drew with Kelby', with no score after it, once raised
IndexError). The sentences are the tests' own, so each new rule's examples join in."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from reader.parsing import analyse

_WORDS_CUT = 4  # prefixes ending before each of the last words: where a lookahead runs out
_ENDS = ".!?\"'\u201d)"


def _sentences() -> list[str]:
    found = set()
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = getattr(node, "value", None)
            if isinstance(node, ast.Constant) and isinstance(value, str) and " " in value:
                found.add(value)
    return sorted(text for text in found if 12 < len(text) < 2_000)


def _cut_short(text: str) -> set[str]:
    words = text.split(" ")
    cuts = {" ".join(words[:n]) for n in range(max(1, len(words) - _WORDS_CUT), len(words))}
    return cuts | {text.rstrip(_ENDS)}


def test_a_text_cut_short_anywhere_near_its_end_is_analysed():
    sentences = _sentences()
    assert len(sentences) > 1_000  # the tests' sentences were found
    failed = []
    for sentence in sentences:
        for text in _cut_short(sentence):
            try:
                analyse(text, date(2025, 3, 12))
            except Exception as error:  # every error is reported, not the first alone
                failed.append(f"{text!r}: {error!r}")
    assert not failed, "\n".join(failed[:20])
