"""Names known from other articles: evidence where the text has none, never over it;
and one name, one kind throughout an article."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parsing import analyse


def kinds(text: str, known: dict[str, str] | None = None) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(text, None, known).actors}


def test_a_known_kind_types_a_name_the_text_gives_no_evidence_for():
    text = "Later, Quorvent moved the meeting. Quorvent was busy."
    assert kinds(text)["Quorvent"] == "organization"
    assert kinds(text, {"Quorvent": "person"})["Quorvent"] == "person"
    assert kinds(text, {"quorvent": "place"})["Quorvent"] == "place"  # case is no matter


def test_a_known_kind_never_overrides_evidence_in_the_text():
    text = "Ships reach Velmora, a small town on the coast. Dr Ostrum said she would stay."
    known = {"Velmora": "organization", "Ostrum": "organization"}
    found = kinds(text, known)
    assert found["Velmora"] == "place"
    assert found["Ostrum"] == "person"


def test_unknown_kinds_in_the_mapping_are_ignored():
    text = "Later, Quorvent moved the meeting."
    assert kinds(text, {"Quorvent": "spaceship"})["Quorvent"] == "organization"


GIVEN = ["Anna", "Mehmet", "Chau", "Tom", "Ngozi"]
FAMILY = ["Quill", "Okafor", "Vantor", "Wing-yee", "Lindqvist"]
PLACES = ["Oslo", "Velmora", "Busan", "Ostravik"]
BODIES = ["Vesta Holdings", "Morrow Trust", "Quorvent", "Halvia"]


@st.composite
def articles(draw) -> str:
    person = st.builds(lambda g, f: f"{g} {f}", st.sampled_from(GIVEN), st.sampled_from(FAMILY))
    surname = st.sampled_from(FAMILY)
    place, body = st.sampled_from(PLACES), st.sampled_from(BODIES)
    sentence = st.one_of(
        st.builds("{} said {} would visit {}.".format, person, surname, place),
        st.builds("{}, 54, joined {} in {}.".format, person, body, place),
        st.builds("{} said its shares rose in {}.".format, body, place),
        st.builds("Later, {} met {} near {}.".format, surname, body, place),
        st.builds("{} is a small town. {} left it.".format, place, person),
        st.builds("{} moved to {}. She stayed with {}.".format, person, place, surname),
        st.builds("General {} crossed the {} Expressway.".format, person, place),
        st.builds("Her brother, {}, was born in {}.".format, surname, place),
        st.builds(
            "{} al-{} joined {} at Terminal 2.".format, st.sampled_from(GIVEN), surname, body
        ),
        st.builds("The Earl of {} met {} in the {}.".format, place, surname, place),
    )
    return " ".join(draw(st.lists(sentence, min_size=1, max_size=8)))


@settings(max_examples=80, deadline=None)
@given(
    articles(),
    st.dictionaries(
        st.sampled_from(FAMILY + PLACES),
        st.sampled_from(["person", "place", "organization"]),
        max_size=3,
    ),
)
def test_one_name_has_one_kind_throughout_an_article(text, known):
    seen: dict[str, str] = {}
    for actor in analyse(text, None, known).actors:
        for name in (actor.name, *actor.aliases):
            assert seen.setdefault(name.casefold(), actor.kind) == actor.kind, (name, text)
