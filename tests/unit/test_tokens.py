"""Tokens: offsets, the facts per word, and which tokens stand at an opening."""

from __future__ import annotations

import gc
import pickle
from datetime import date
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parsing import analyse, tokens
from reader.parsing.text import sentences
from reader.parsing.tokens import tokenize


def tokens_of(text: str):
    return [s.tokens for s in tokenize(text, sentences(text)).sentences]


def test_offsets_index_the_text_and_sentences_keep_their_tokens():
    text = "Mira Holt left Oslo.  Then   the board met!\n\nA new line (here)."
    found = tokenize(text, sentences(text)).sentences
    assert [[t.text for t in s.tokens] for s in found] == [
        ["Mira", "Holt", "left", "Oslo", "."],
        ["Then", "the", "board", "met", "!"],
        ["A", "new", "line", "(", "here", ")", "."],
    ]
    assert all(
        text[s.start(i) : s.ends[i]] == t.text for s in found for i, t in enumerate(s.tokens)
    )


def test_tokens_are_shared_by_text_and_place_and_know_what_touches_them():
    [tokens] = tokens_of("Ann met Tom and Tom (Tom's dog) in Oslo, Norway.")
    ann, _, tom, _, again, bracket, possessive, *_ = tokens
    assert again is tom and not tom.initial and ann.initial
    assert possessive.attached and possessive.possessive and possessive.key == "tom"
    assert not bracket.attached and bracket.opener
    comma = tokens[-3]
    assert comma.text == "," and comma.attached and not tokens[-2].attached


def test_lexicon_facts_of_each_word():
    [tokens] = tokens_of("Minister of Health Lena van Dijk met the Bank of France.")
    facts = {t.text: t for t in tokens}
    assert facts["Minister"].titled and facts["Minister"].head
    assert facts["of"].joiner and facts["van"].joiner and facts["the"].function
    assert facts["Lena"].known and facts["France"].known and not facts["Dijk"].known
    assert facts["Bank"].head and not facts["Bank"].titled
    assert facts["."].nameless and not facts["Lena"].nameless


def test_abbreviations_and_initialisms_keep_their_dots():
    [tokens] = tokens_of("Dr. Vance of Kestrel Inc. met U.S. envoys, i.e. the Inc.com staff.")
    words = [t.text for t in tokens]
    assert words[:2] == ["Dr.", "Vance"]
    assert "Inc." in words and "U.S." in words and "i.e." in words
    assert "Inc.com" in words  # a dot inside a word is no abbreviation


def test_facts_of_each_word():
    [tokens] = tokens_of("Ada Brook's iPhone broke.")
    ada, brook, phone, broke, _ = tokens
    assert ada.cap and ada.key == "ada" and not ada.possessive
    assert brook.possessive and brook.key == "brook" and brook.text == "Brook's"
    assert phone.camel and not phone.cap
    assert not broke.cap and not broke.camel


def test_openings_after_quotes_and_title_case_headlines():
    text = 'Rain Falls On Northern Towns\n\nShe said: "Water Is rising," and Tom Reed left.'
    headline, sentence = tokens_of(text)
    assert all(t.initial for t in headline)
    initial = [t.text for t in sentence if t.initial]
    # a straight quote may open or close: the word after either kind counts as an opening
    assert initial == ["She", '"', "Water", "and"]


def test_analysis_leaves_the_cycle_collector_as_it_was():
    assert gc.isenabled()
    analyse("Lena Park visited Oslo on Monday.", date(2024, 1, 1))
    assert gc.isenabled()
    gc.disable()
    try:
        analyse("Lena Park visited Oslo on Monday.", date(2024, 1, 1))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_number_answers_as_a_full_token_would():
    # a number of digits is a small object whose class answers most facts: every fact must
    # be the one a full Token works out for the same piece at the same place
    from reader.parsing.tokens import Token, _Shared

    for initial in (False, True):
        made = _Shared(initial)
        for piece in ("7", " 42", "\n315", " 2024", "123456", "0042"):
            number, full = made[piece], Token(piece, initial)
            assert type(number) is not Token
            for fact in Token.__slots__:
                assert getattr(number, fact) == getattr(full, fact), (piece, fact)


def test_a_numeric_table_keeps_no_token_per_long_number():
    # numbers of more than four digits are made anew, not kept: a table of them does not
    # fill the shared tokens with one each
    from reader.parsing import tokens

    before = len(tokens._ELSEWHERE)
    text = " ".join(str(10_000_000 + i * 7919) for i in range(2_000))
    [found] = tokens_of(text)
    assert [t.text for t in found[:2]] == ["10000000", "10007919"]
    assert len(tokens._ELSEWHERE) - before < 10
    assert not tokenize(text, sentences(text)).distinct  # (nor the evidence)


def test_a_word_after_a_given_name_closes_a_name_only_within_a_sentence():
    """The pairs of tokens are read over the whole article at once: the word opening a
    sentence after one that ends with a given name is no closer ("... met Anna. Quill left")."""
    from reader.parsing.names import article_evidence

    def closers(text: str) -> frozenset[str]:
        return article_evidence(tokenize(text, sentences(text))).closers

    assert "quill" in closers("The board met Anna Quill in Tarsk.")
    assert "quill" not in closers("The board met Anna. Quill left for Tarsk.")


PIECES = [
    *("Ann", "velkor", "Dr.", "U.S.", "Inc.", "al-Rami", "Tom's", "1999", "123456789", "3.5"),
    *(".", "!", "?", ",", ":", "(", ")", '"', "\u201c", "\u201d", "'", "-", "\u2014"),
    *(" ", " ", " ", "  ", "\n", "\n\n", "\t"),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=120).map("".join))
def test_the_sentences_of_some_lines_are_the_whole_text_s_there(text):
    """A paragraph is a line: its sentences are split within it, so those of the lines
    before or after any line's end are the whole text's there."""
    whole = sentences(text)
    for cut in (i for i, char in enumerate(text) if char == "\n"):
        assert sentences(text, 0, cut) == [s for s in whole if s.end <= cut]
        assert sentences(text, cut) == [s for s in whole if s.start > cut]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=120).map("".join),
    st.floats(min_value=0, max_value=1),
)
def test_the_process_that_scanned_the_later_lines_has_all_the_sentences(text, share):
    """The process that scans a long text's later lines works out its dates next, from all
    its sentences: those of the lines before split then, and the later ones as it split
    them for the scan, which are the whole text's; once, and for that text only."""
    with patch.object(tokens, "_OWN_SHARE", share):
        tokens.scanned_later(text)
        assert tokens.sentences_here("other " + text) == sentences("other " + text)
        tokens.scanned_later(text)
        assert tokens.sentences_here(text) == sentences(text)
        assert tokens.sentences_here(text) == sentences(text)  # (split anew)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=120).map("".join),
    st.integers(min_value=1, max_value=60),
)
def test_a_text_tokenized_in_stretches_has_the_tokens_of_the_whole(text, stretch):
    """A long text is tokenized a stretch of sentences at a time, so that no one call holds
    the interpreter for long: the tokens, their ends, the openings and the distinct tokens
    are those of one pass over the whole."""
    spans = sentences(text)
    with patch.object(tokens, "_STRETCH", 10**9):
        whole = tokenize(text, spans)
    with patch.object(tokens, "_STRETCH", stretch):
        stretched = tokenize(text, spans)

    def same(found: list, expected: list) -> bool:
        # a long number is made anew at each place, any other token is shared
        return len(found) == len(expected) and all(
            a is b or (not a.shared and not b.shared and a.text == b.text)
            for a, b in zip(found, expected, strict=True)
        )

    assert len(stretched.sentences) == len(whole.sentences)
    for found, expected in zip(stretched.sentences, whole.sentences, strict=True):
        assert same(found.tokens, expected.tokens) and found.ends == expected.ends
    assert same(stretched.openings, whole.openings)
    assert {t for t in stretched.distinct if t.shared} == {t for t in whole.distinct if t.shared}
    assert len(stretched.distinct) == len(whole.distinct)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=120).map("".join),
    st.integers(min_value=1, max_value=60),
    st.floats(min_value=0, max_value=1),
    st.booleans(),
)
def test_a_text_whose_later_lines_another_process_scanned_has_the_tokens_of_the_whole(
    text, stretch, share, split_alone
):
    """The process that works out a long text's dates scans its later lines first, and
    sends them packed (through a pipe: pickled) to the one that finds the actors: the
    tokens made of them there are those that process would have made itself. Each splits
    only its own lines into sentences (that one may be given them all)."""
    spans = sentences(text)
    with patch.object(tokens, "_STRETCH", stretch), patch.object(tokens, "_OWN_SHARE", share):
        alone = tokenize(text, spans)
        sent = pickle.dumps(tokens.scanned_later(text))
        asked: list[bool] = []
        first = tokens.own_sentences(text) if split_alone else spans
        split = tokenize(text, first, lambda: asked.append(True) or pickle.loads(sent))
    assert asked == [True]  # asked once, whether or not the text has later stretches
    assert len(split.sentences) == len(alone.sentences)
    for found, expected in zip(split.sentences, alone.sentences, strict=True):
        assert [t.text for t in found.tokens] == [t.text for t in expected.tokens]
        assert all(a is b for a, b in zip(found.tokens, expected.tokens, strict=True) if a.shared)
        assert found.ends == expected.ends
    assert [t.ident for t in split.openings] == [t.ident for t in alone.openings]
    assert {t for t in split.distinct if t.shared} == {t for t in alone.distinct if t.shared}


RUN_PIECES = [
    *PIECES,
    *("Velkor", "Bank", "of", "the", "Olusegun", "Adeyemi", "St.", "Mary's", "&", "and", "in"),
    *("Kelby", "County", "Council", "J.", "said", "Minister", "for", "Trade", "Tarsk's"),
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(RUN_PIECES), max_size=160).map("".join),
    st.integers(min_value=1, max_value=60),
    st.floats(min_value=0, max_value=1),
)
def test_the_runs_another_process_finds_in_its_lines_are_those_found_here(text, stretch, share):
    """The process that scans a long text's later lines also finds the runs of capitalised
    words of their sentences, once it has sent the scans (names.later_runs): given to the
    sentences made of them here, they are the runs found here, which read no evidence
    of the article. It finds none of lines it did not scan. This one finds those of its
    own sentences before it asks for the scans (names.own_runs, through `meanwhile`)."""
    from reader.parsing.lexicon import lexicon
    from reader.parsing.names import NameFinder, article_evidence, later_runs, own_runs, runs_found

    asked: list[str] = []

    def meanwhile(own):
        asked.append("own")
        own_runs(own)

    with patch.object(tokens, "_STRETCH", stretch), patch.object(tokens, "_OWN_SHARE", share):
        sent = pickle.dumps(tokens.scanned_later(text))
        runs = pickle.loads(pickle.dumps(later_runs()))
        split = tokenize(
            text,
            tokens.own_sentences(text),
            lambda: asked.append("later") or pickle.loads(sent),
            meanwhile,
        )
    assert asked == ["own", "later"]
    assert later_runs() is None  # taken: none scanned since
    later = split.sentences[split.received :]
    runs_found(later, runs)
    finder = NameFinder(text, lexicon(), article_evidence(split))
    assert [s.runs for s in split.sentences] == [
        list(finder._runs(s.tokens)) for s in split.sentences
    ]
