"""A place that wire copy writes in capitals at its dateline ("OSTRAVA, May 4 (Reuters) -")
is shown as the place is written: in title case, its particles in lower case, or as the
text spells it elsewhere; an acronym and a short name that may be initials stay as written."""

from __future__ import annotations

from reader.parsing import analyse


def _names(text: str) -> set[str]:
    return {a.name for a in analyse(text, None).actors}


def test_a_dateline_city_in_capitals_is_shown_in_title_case():
    names = _names(
        "NEW DELHI, May 4 (Reuters) - The Tarsk Power Company said on Monday it had cut prices."
    )
    assert "New Delhi" in names and "NEW DELHI" not in names


def test_a_particle_of_a_dateline_city_is_in_lower_case():
    names = _names(
        "RIO DE JANEIRO, May 4 (Reuters) - Kelby Mining said on Monday it had sold a mine."
    )
    assert "Rio de Janeiro" in names


def test_the_spelling_of_the_text_is_taken_when_there_is_one():
    text = "OSTRAVA, May 4 (Reuters) - Kelby Steel said it would close its mill in Ostrava."
    names = _names(text)
    assert "Ostrava" in names and "OSTRAVA" not in names


def test_acronyms_and_short_capitals_stay_as_written():
    names = _names("ROME, May 4 (Reuters) - NATO and the USA said on Monday they would meet.")
    assert {"NATO", "USA"} <= names


def test_a_city_in_capitals_is_shown_as_the_list_of_cities_writes_it():
    names = _names(
        "PORT-AU-PRINCE, May 4 (Reuters) - Kelby Mining said on Monday it had sold a mine. "
        "MCALLEN, Texas (Reuters) - Tarsk Foods said on Monday it had sold a farm."
    )
    assert {"Port-au-Prince", "McAllen"} <= names
