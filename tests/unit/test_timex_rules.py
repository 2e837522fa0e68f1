"""Each time rule's own examples: the rule finds the expression and gives its value."""

from __future__ import annotations

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import scan
from reader.parsing.timex_rules import RULES

CASES = [(rule.name, example) for rule in RULES for example in rule.examples]


@pytest.mark.parametrize(("name", "example"), CASES, ids=[f"{n}: {e.expression}" for n, e in CASES])
def test_a_rule_finds_and_resolves_its_examples(name, example):
    text = example.sentence
    found = [
        (text[f.start : f.end], f.rule, f.value)
        for f in scan(text, example.published, sentences(text))
    ]
    assert (example.expression, name, example.value) in found


def test_every_rule_has_an_example_and_a_name_of_its_own():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples for rule in RULES)
