"""The lexicon works out the keys of its lists all at once: each is the key of its name."""

from __future__ import annotations

from reader.parsing.lexicon import _keys, ascii_folded, key

NAMES = [
    "Port  Vessany",  # a run of spaces
    " Lake Orvel ",  # spaces at the ends
    "St. Brannoc",  # a dot
    "Kel\u2019s Ford",  # a curly apostrophe
    "Zürichsee\tNorth",  # a tab
    "   ",  # white space only
    "",
    "ÅLBERG",
]


def test_the_keys_of_a_list_are_the_key_of_each_name():
    assert _keys(NAMES) == {key(name) for name in NAMES}


def test_the_keys_without_accents_are_those_of_each_name_and_its_plain_spelling():
    expected = {key(name) for name in NAMES} | {key(ascii_folded(name)) for name in NAMES}
    assert _keys(NAMES, unaccented=True) == expected


def test_a_name_that_holds_the_joining_character_is_keyed_alone():
    names = ["Vel\x00Dara", "Orvel"]
    assert _keys(names, unaccented=True) == {key(name) for name in names}
    assert _keys([]) == frozenset()
