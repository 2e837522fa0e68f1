"""How wire stories from many agencies open, tested on sentences written for these tests:
the agency's bracket with no town, a town bracketed with its country."""

from __future__ import annotations

from reader.parsing import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(text, None).actors}


def test_an_agency_alone_in_brackets_opening_the_story_is_the_agency():
    """ "(Harrowberg) — Velkor Inc. tumbled": the agency that sent the story, though its
    name ends as towns' names do."""
    found = _names(
        "Velkor Shares Drop After Earnings\n"
        "(Harrowberg) — Velkor Inc., the payments company, tumbled 14% on Monday."
    )
    assert found["Harrowberg"] == "organization"
    assert _names("(Dunsberg) -- Velkor Inc. tumbled 14% on Monday.")["Dunsberg"] == (
        "organization"
    )


def test_a_speaker_s_name_in_brackets_opening_a_transcript_stays_a_person():
    """ "(Ana Vell) — Thank you": a transcript names its speaker so; an agency's bracket
    holds one word."""
    assert _names("(Ana Vell) — Thank you all for coming.")["Ana Vell"] == "person"
    assert _names("(Tomas Rask) -- We will win this.")["Tomas Rask"] == "person"


def test_an_agency_named_before_its_noun_is_no_officials_name():
    """ "Tarsk's official Velpress news agency reported": "official" describes the agency,
    which is no person with the role "Tarsk's official"."""
    actors = {
        a.name: a
        for a in analyse(
            "Tarsk's official Velpress news agency reported the talks on Monday. The VENA "
            "agency quoted Tomas Rask as saying so.",
            None,
        ).actors
    }
    assert actors["Velpress"].kind == "organization" and not actors["Velpress"].roles
    assert actors["VENA"].kind == "organization"
    found = _names("Kelby's official NINA news agency quoted Tomas Rask on Monday.")
    assert found["NINA"] == "organization"  # initials that spell a given name


def test_a_makers_name_before_its_models_number_is_no_part_of_the_operator():
    """ "a Kelby Airlines Boeing 777": the airline, then the plane it flies, which names
    no actor; a union's local and a listing's address keep their words."""
    found = _names(
        "Two jets met a Kelby Airlines Boeing 777 on Tuesday. Kelby Transit Union Local "
        "241 said talks failed. Kelby Cabs 1696 Tarsk Blvd, tel: 555."
    )
    assert found["Kelby Airlines"] == "organization"
    assert "Kelby Airlines Boeing" not in found
    later = _names("Jets met a Kelby Airlines Boeing 777 Tuesday night after a threat.")
    assert "Kelby Airlines" in later  # a day after the model, no street
    assert "Kelby Transit Union Local" in found and "Kelby Cabs" in found


def test_a_carriers_flight_after_its_name_is_no_part_of_it():
    """ "Tarsk Airways Flight 412 landed": the airline, then its numbered flight, which
    names no actor; a carrier named like nothing else is a body by its flight."""
    found = _names(
        "Tarsk Airways Flight 412 from Lagos landed on Monday. Nordavia Flight NV88 was "
        "delayed, and the crew of Kestrel Air Flight 9 said an engine failed. Okapi Rail "
        "Train 31 stopped at Dunmore."
    )
    assert found["Tarsk Airways"] == "organization" and "Tarsk Airways Flight" not in found
    assert found["Nordavia"] == "organization" and found["Kestrel Air"] == "organization"
    assert "Okapi Rail" in found and "Okapi Rail Train" not in found
    assert "Kelby Road 12" in _names("The bus stopped at Kelby Road 12 in Dunmore.")  # a site


def test_a_place_before_a_numbered_flight_stays_a_place():
    """ "Bavaria Flight 12 was cancelled": a flight named for where it goes or leaves
    from; a gazetteer's place is no carrier by it."""
    assert _names("Bavaria Flight 12 was cancelled on Monday.")["Bavaria"] == "place"


def test_a_makers_name_alone_before_its_models_number_is_the_product():
    """ "a Velkor 737 crashed": the plane, which names no actor, as "the Velkor A380" does
    not; the maker named alone is one, and a count or an index keeps its name."""
    found = _names(
        "A Velkor 737 jet crashed near Lima. The Ostrel 787 Dreamliner flew. An Orvo 190 "
        "landed. Analysts sent Velmar 200 emails. The Tarsk 300 fell 2 percent."
    )
    assert not {"Velkor", "Ostrel", "Orvo"} & set(found)
    assert "Velmar" in found and "Tarsk 300" in found
    maker = _names("A Velkor 737 crashed near Lima. Velkor said it would help.")
    assert maker["Velkor"] == "organization"


def test_a_makers_name_before_a_variants_number_is_the_product():
    """ "The Velkor 737-800 carrying 96 passengers": a variant's number after the model's
    names a plane, after "the" and before any word; a span of years keeps the name."""
    found = _names(
        "The Vantaro 737-800 carrying 96 passengers landed in Quito. Tamsin Air flew an "
        "Orvelle A330-300 and a Vantaro 777-300ER to Lagos."
    )
    assert not {"Vantaro", "Orvelle"} & set(found)
    assert "Tamsin Air" in found
    assert "Kelby Rovers" in _names("Kelby Rovers 2010-11 was a fine season, fans said.")


def test_a_name_a_verb_of_giving_hands_a_count_of_products_keeps_its_name():
    """ "The lessor sold Velkor 200 jets": Velkor receives the jets, an actor; "ordered
    Velkor 767 jets" and "sold Velkor 737 jets to Kelby Air" name the maker's model."""
    assert "Velkor" in _names("The lessor sold Velkor 200 jets last year.")
    assert "Velkor" not in _names("The airline ordered Velkor 767 jets.")
    assert "Velkor" not in _names("The lessor sold Velkor 737 jets to Kelby Air.")


def test_a_games_score_after_a_name_is_no_variants_number():
    """ "Tarsk beat Velkor 102-98": a score, no model's variant (those run in hundreds or
    carry letters: "737-800", "777-300ER"), so the side before it stays an actor."""
    found = _names("Tarsk beat Velkor 102-98 on Sunday.")
    assert found["Velkor"] == "organization"
    found = _names("The Kelby Hawks beat the Tarsk Suns 104-98 on Sunday night.")
    assert found["Tarsk Suns"] == "organization" and "Tarsk" not in found


def test_a_maker_in_the_possessive_before_its_models_number_is_the_company():
    found = _names(
        "Ostrel's 787 Dreamliner made its first flight. The launch of Orvo's 190 jet was delayed."
    )
    assert found.get("Ostrel") == "organization" and found.get("Orvo") == "organization"


def test_a_wire_services_label_in_brackets_opening_a_headline_is_no_name():
    """Korean agencies mark a story's updates "(LEAD)" and "(6th LD)" before its headline:
    labels, no organisations; a body's initials in brackets stay its own."""
    found = _names(
        "(LEAD) Velmora positions space rocket on launch pad\n\n"
        "SEOUL -- Velmora on Tuesday positioned its rocket.\n\n"
        "(6th LD) Kelby fires missile toward East Sea: Tarsk\n\n"
        "The Velkor Lead Group (LEAD) said so."
    )
    assert "LD" not in found
    assert found["Velkor Lead Group"] == "organization"


def test_the_town_of_a_paper_before_a_press_noun_stays_a_place():
    """ "the Lagos newspaper", "a Tarsk broadcaster": the paper of a town, which is no paper
    itself; a known town, or one word after "a" or "the"."""
    assert _names("Reporters from the Lagos newspaper were held.")["Lagos"] == "place"
    assert _names("A Tarsk broadcaster said the match was fixed.")["Tarsk"] == "place"
    assert _names("The Kelby Courier newspaper reported the fire.")["Kelby Courier"] == (
        "organization"
    )
