"""A name form's mentions read in two parts of the text, added up (see actors.find_actors)."""

from __future__ import annotations

from dataclasses import fields

from reader.parsing.forms import Form


def test_a_form_seen_later_adds_its_mentions_spellings_and_cues():
    form = Form("vell", ("vell",), {"Vell": 2}, [(0, 4), (30, 34)], ["mayor"], person_cues=1)
    form.add(Form("vell", ("vell",), {"VELL": 1, "Vell": 1}, [(90, 94), (120, 124)], ["chair"], 2))
    assert form.surfaces == {"Vell": 3, "VELL": 1}
    assert form.mentions == [(0, 4), (30, 34), (90, 94), (120, 124)]
    assert form.roles == ["mayor", "chair"]
    assert form.person_cues == 3 and form.place_cues == 0


def test_every_field_of_a_form_seen_later_is_taken_in():
    # a field added to Form that `add` does not take in would be lost for the mentions
    # another process read
    later = Form("vell", ("vell",))
    for f in fields(Form)[2:]:
        value = getattr(later, f.name)
        if isinstance(value, bool):
            setattr(later, f.name, True)
        elif isinstance(value, int):
            setattr(later, f.name, 1)
        elif isinstance(value, dict):
            value["Vell"] = 1
        else:
            value.append((5, 9) if f.name == "mentions" else "mayor")
    form = Form("vell", ("vell",))
    form.add(later)
    assert form == later
