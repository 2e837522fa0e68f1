"""Regular expressions for lists of words and phrases, written as prefix trees.

Used by every layer of the parser that looks words up inside a pattern (time
expressions, tense cues, clauses, tokens, chronology cues): an alternation of
a thousand words costs one character test per failing position.
"""

from __future__ import annotations

import re
from functools import cache

from reader.parsing import precompiled


def words(items, fold: bool = False) -> str:
    """An alternation of words or phrases as a prefix tree, so that a failing
    position costs one character test, not one per word; `fold` ignores case."""
    body = tree(tuple(sorted(set(items))), classes=False)
    return f"(?i:{body})" if fold else f"(?:{body})"


def folded_words(items) -> str:
    """words(items, fold=True) with each letter written as a class ([tT][hH][eE]), not under
    (?i:...): the regex engine tries a branch only when its class holds the character, while
    it enters every case-folded branch in turn. Faster to scan a text with, slower to
    compile: for the patterns run over whole sentences."""
    return f"(?:{tree(tuple(sorted(set(items))), classes=True)})"


def tree(items: tuple[str, ...], classes: bool) -> str:
    """The prefix tree of the items (sorted, no repeats), as data/patterns.marshal writes
    it when it has it (see reader.parsing.precompiled): writing out the parser's trees
    cost about 7 ms of a process's first analysis."""
    written = precompiled.tree(items, classes)
    return written_out(items, classes) if written is None else written


def written_out(items: tuple[str, ...], classes: bool) -> str:
    """The prefix tree of the items, written out here."""
    return _trie(_prefix_tree(items), classes)


def _prefix_tree(items) -> dict:
    trie: dict = {}
    for item in items:
        node = trie
        for token in " ".join(item.split()):  # a character a step (a space for any run)
            node = node.setdefault(token, {})
        node[""] = {}
    return trie


def _trie(node: dict, classes: bool) -> str:
    branches = [_token(t, classes) + _trie(sub, classes) for t, sub in sorted(node.items()) if t]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# What re's IGNORECASE matches with an ASCII letter besides its two cases (a test checks
# this over all of Unicode), for folded_words().
_OTHER_CASES = {"i": "İı", "k": "\u212a", "s": "ſ"}
# (?i:[a-z]) written the same way
FOLDED_LETTER = f"[a-zA-Z{''.join(_OTHER_CASES.values())}]"


@cache  # a character as written: a few hundred of them, met again and again
def _token(token: str, classes: bool) -> str:
    if token.isspace():
        return r"\s+"
    if token == "'":
        return "['’]"
    if classes and token.isascii() and token.isalpha():
        lower = token.lower()
        return f"[{lower}{lower.upper()}{_OTHER_CASES.get(lower, '')}]"
    if classes and token.lower() != token.upper():
        return f"(?i:{re.escape(token)})"
    return re.escape(token)
