"""Paragraphs and sentences with offsets."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parsing.text import Span, paragraphs, sentences


def pieces(text: str) -> list[str]:
    return [s.of(text) for s in sentences(text)]


def test_a_capital_letter_ending_a_sentence_is_no_initial():
    """A letter and its full stop end a sentence before a word that opens sentences but no
    name, or, after a word in lower case, before a plural noun that is no name."""
    text = "The clip spread on X. Protesters marched in Brask. Plan B. It worked."
    assert pieces(text) == [
        "The clip spread on X.",
        "Protesters marched in Brask.",
        "Plan B.",
        "It worked.",
    ]
    for kept in ("It was written by J. Rivers in Brask.", "Olu K. Adeyemi spoke.", "Ana B. Vell."):
        assert pieces(kept) == [kept]


def test_a_letter_an_english_noun_labels_ends_its_sentence_before_a_capital():
    """A capital letter after an English noun it labels ("Plan B.", "Class A.") ends the
    sentence before any capitalised word; after a given name it is an initial."""
    text = "Velkor chose Plan B. Class A shares rose. Harry S. Vell and George W. Ostrel spoke."
    assert pieces(text) == [
        "Velkor chose Plan B.",
        "Class A shares rose.",
        "Harry S. Vell and George W. Ostrel spoke.",
    ]


def test_dotted_initials_before_a_word_that_opens_sentences_end_one():
    """Dotted initials and their full stop end a sentence before a word that opens
    sentences but no name ("D.C. On Monday", "S.A. Its shares"); before a name they stay
    inside it. Sentences invented for the test."""
    text = "Ana Vell flew to Kelby, V.K. On Monday she met Ostrel S.A. Its shares rose."
    assert pieces(text) == [
        "Ana Vell flew to Kelby, V.K.",
        "On Monday she met Ostrel S.A.",
        "Its shares rose.",
    ]
    kept = "The V.K. Army and the V.K. Open met R.J. Vell."
    assert pieces(kept) == [kept]


def test_sentences_and_abbreviations():
    text = "Mr. Smith met Dr. Jones at 3 p.m. Tuesday. The U.S. Army agreed. It was J. K. Rowling."
    assert pieces(text) == [
        "Mr. Smith met Dr. Jones at 3 p.m. Tuesday.",
        "The U.S. Army agreed.",
        "It was J. K. Rowling.",
    ]


def test_number_abbreviations_only_before_a_number():
    assert pieces("It is No. 1 in sales. The answer was no. Then he left.") == [
        "It is No. 1 in sales.",
        "The answer was no.",
        "Then he left.",
    ]


def test_quotes_and_paragraphs():
    text = "He said: “We agree.” Then he left.\n\nA new paragraph starts here."
    assert pieces(text) == ["He said: “We agree.”", "Then he left.", "A new paragraph starts here."]
    assert [p.of(text) for p in paragraphs(text)] == [
        "He said: “We agree.” Then he left.",
        "A new paragraph starts here.",
    ]


def test_span_of():
    assert Span(4, 9).of("The talks ended.") == "talks"


def test_long_paragraph_of_abbreviations_is_linear():
    text = "Mr. Smith met Dr. Jones and Gen. Lee and " * 20000
    started = time.process_time()
    assert len(sentences(text)) == 1
    assert time.process_time() - started < 5


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n“”\"'AZ19")), max_size=200))
def test_spans_are_ordered_stripped_and_inside_the_text(text):
    spans = sentences(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        piece = span.of(text)
        assert piece == piece.strip()
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("ab .!?\n“”\"'AZ19") + ["Dr.", "No. 1", "\n\n"]), max_size=80
    ).map("".join)
)
def test_a_paragraph_splits_the_same_whatever_follows_it(text):
    """The sentence ends are found in one scan of the whole text; the next paragraph must
    not change how one is split."""
    whole = [(s.start, s.end) for s in sentences(text)]
    alone = [
        (para.start + s.start, para.start + s.end)
        for para in paragraphs(text)
        for s in sentences(para.of(text))
    ]
    assert whole == alone


def test_a_line_ending_with_a_full_stop_is_a_sentence_of_its_own():
    text = "The talks ended.\nThe next round began. It ran late."
    assert pieces(text) == ["The talks ended.", "The next round began.", "It ran late."]


def test_a_title_s_word_before_an_initial_keeps_the_name_in_its_sentence():
    """A title's word is no noun a letter labels: "Superintendent of Police K. Velan" and
    "Minister T. Rask" keep their initials. Sentences invented for the test."""
    for kept in (
        "The Superintendent of Police K. Velan said arms were found.",
        "Chief Minister T. Rask agreed.",
    ):
        assert pieces(kept) == [kept]
