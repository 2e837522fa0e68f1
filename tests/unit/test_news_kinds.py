"""Actor rules for classes of error found on news stories of many beats written for these
tests (courts, markets, transport, labour): bodies named by title words, stock indices."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_court_named_by_title_words_is_a_body_not_a_title():
    found = kinds(
        actors_of(
            "The Velmoran government lost its case at the International Court of Justice. "
            "Lawyers for Ostrava cited a ruling by the Northern Court of Justice in March."
        )
    )
    assert found["International Court of Justice"] == "organization"
    assert found["Northern Court of Justice"] == "organization"


def test_a_title_of_office_alone_is_still_no_name():
    found = kinds(
        actors_of(
            "The Secretary of State met the Minister of Justice on Monday. "
            "Ilse Marwick, the Chief of Staff, said the talks went well."
        )
    )
    assert "Secretary of State" not in found
    assert "Minister of Justice" not in found
    assert "Chief of Staff" not in found


def test_a_name_before_an_index_word_is_a_stock_index():
    found = kinds(
        actors_of(
            "Shares in Velin Mining rose 3 percent, outpacing a 1 percent gain in the Harro "
            "Teng index. The Kelvar stock index slipped, while the Dorn Vassel industrial "
            "average closed flat."
        )
    )
    assert found["Harro Teng"] == "other"
    assert found["Kelvar"] == "other"
    assert found["Dorn Vassel"] == "other"
    assert found["Velin Mining"] == "organization"


def test_a_name_that_moves_without_an_index_word_stays_a_company():
    found = kinds(actors_of("Kelvar fell 4 percent after Kelvar cut its forecast."))
    assert found["Kelvar"] == "organization"


def test_a_compound_adjective_of_a_place_of_two_words_is_no_name():
    found = kinds(
        actors_of(
            "Shares in the Hong Kong-listed bank fell, and a New York-based fund sold its "
            "stake. Kim Dae-sung, the fund's manager, said the price was fair."
        )
    )
    assert "Hong Kong-listed" not in found and "New York-based" not in found
    assert found["Kim Dae-sung"] == "person"
