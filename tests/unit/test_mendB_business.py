"""Mends of the business rules the reviewers found too wide (reviewC, reviewD findings).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_a_hyphened_place_the_gazetteer_knows_or_a_compass_pair_stays_whole():
    found = names(
        actors_of(
            "Timor protests spread on Friday. Leste stayed quiet. The Timor-Leste cabinet "
            "met late. South Africa sent aid on Friday. East Timorese envoys flew in. "
            "Herders in the South-East province lost cattle."
        )
    )
    assert {"Timor-Leste", "South-East"} <= found
    assert not {"South", "East"} & found


def test_a_half_opening_a_sentence_inside_a_longer_name_is_not_written_alone():
    found = names(
        actors_of(
            "Orvel Harbour grew last year. Dunst Street was closed. The Orvel-Dunst "
            "partnership ended in June."
        )
    )
    assert "Orvel-Dunst" in found


def test_a_place_of_one_word_or_more_glued_to_a_participle_after_a_title_describes_a_company():
    found = actors_of(
        "Ines Orlo is CEO of Paris-listed Dunvar. Piet Lamm is chairman and CEO of "
        "Berlin-based Ostrel. Ana Rusk is CEO of New York-listed Kelbrin."
    )
    kinds = {a.name: a.kind for a in found}
    assert kinds["Paris"] == kinds["Berlin"] == kinds["New York"] == "place"
    assert kinds["Dunvar"] == kinds["Ostrel"] == kinds["Kelbrin"] == "organization"


def test_a_code_after_an_exchange_is_a_ticker_after_a_name_of_one_word_or_more():
    found = actors_of(
        "Dunmore (Nasdaq: DNM) fell 3% on Friday. Pellan Foods (NYSE: PLF) rose after the results."
    )
    kinds = {a.name: a.kind for a in found}
    assert kinds == {"Dunmore": "organization", "Pellan Foods": "organization"}


def test_initials_a_list_stops_alone_are_the_short_form_the_text_defines_after_a_name():
    found = actors_of(
        "Engineers at the Elvar Power Systems (EPS) finished the dam. The EPS said it "
        "would open in May. Tarsk Foods said its earnings per share (EPS) fell."
    )
    by_name = {a.name: a for a in found}
    assert "EPS" in by_name["Elvar Power Systems"].aliases
    assert "EPS" not in by_name


def test_one_test_tells_a_verb_after_a_possessive_for_both_rules_that_ask():
    from reader.parsing.lexicon import lexicon
    from reader.parsing.names import NameFinder, article_evidence
    from reader.parsing.text import sentences
    from reader.parsing.tokens import tokenize

    text = "Brenholt's will to the heirs was read. Kelmar's will close a plant."
    tokenized = tokenize(text, sentences(text))
    finder = NameFinder(text, lexicon(), article_evidence(tokenized))
    first, second = (s.tokens for s in tokenized.sentences)
    # the modal that is a noun too is no verb for either rule
    assert not finder._verb_after_possessive(first, 1)
    assert not finder._verb_after_possessive(first, 1, strict=True)
    assert finder._verb_after_possessive(second, 1)
    assert finder._verb_after_possessive(second, 1, strict=True)


def test_every_word_of_citing_is_a_source_cue_as_citing_is():
    from reader.parsing.actors import _news_source
    from reader.parsing.lexicon import lexicon
    from reader.parsing.names import NameFinder, article_evidence
    from reader.parsing.text import sentences
    from reader.parsing.tokens import tokenize

    text = "Floods hit the coast. Later Dalvessa, quoting a minister, said 40 died."
    tokenized = tokenize(text, sentences(text))
    lex = lexicon()
    finder = NameFinder(text, lex, article_evidence(tokenized))
    sentence = tokenized.sentences[1]
    (cand,) = [c for c in finder.candidates(sentence) if c.text == "Dalvessa"]
    assert "quoting" in lex.citing_words
    assert _news_source(sentence.tokens, cand, lex)
