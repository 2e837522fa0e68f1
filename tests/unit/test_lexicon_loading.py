"""How the lexicon loads its lists: the keys of a list at once, each the key of its name;
the long lists in containers the cycle collector does not walk, and not copied."""

from __future__ import annotations

import gc

from reader.parsing.data import read_words, sorted_lines
from reader.parsing.lexicon import (
    Lexicon,
    _keys,
    _take_out,
    ascii_folded,
    common_words,
    given_names,
    is_english_word,
    key,
    lexicon,
)

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


def test_the_long_word_lists_are_no_work_for_the_cycle_collector():
    """A set is walked, word by word, at each collection that sees it: the first analysis
    of a process paid 10 ms for it. A dict or a tuple of strings is not (a tuple once)."""
    for words in (common_words(), given_names()):
        assert words and not gc.is_tracked(words)
    towns = sorted_lines("towns.txt")
    gc.collect()
    assert not gc.is_tracked(towns)


def test_words_taken_out_of_a_list_are_given_and_the_rest_stay_in_order():
    words = dict.fromkeys(["amber", "bellwort", "cedar", "dunlin"])
    taken = _take_out(words, {"cedar", "zircon"}, ["amber", "cedar"])
    assert list(words) == ["bellwort", "dunlin"]
    assert set(taken) == {"cedar", "amber"}


def test_the_common_words_and_those_taken_out_of_them_are_the_whole_list():
    """common_words() is the list less the words other lists give a meaning in names, taken
    out of the list read (not out of a copy kept beside it); is_english_word knows all."""
    listed = read_words("common_words.txt")
    lex = lexicon()
    named = {
        word
        for word in listed
        if any(
            word in other
            for other in (
                lex.kind_heads,
                lex.title_words,
                lex.first_names,
                lex.places,
                lex.countries,
                lex.demonyms,
            )
        )
    }
    assert named and common_words().keys() == listed.keys() - named
    assert all(map(is_english_word, listed))
    assert not is_english_word("vrenthaxil")


def test_the_lexicon_has_no_generated_comparison_or_repr():
    """Writing and compiling them for seventy fields cost 1% of a first analysis."""
    assert Lexicon.__eq__ is object.__eq__ and Lexicon.__repr__ is object.__repr__
    assert lexicon() == lexicon() and "vrenthaxil" not in lexicon().places
