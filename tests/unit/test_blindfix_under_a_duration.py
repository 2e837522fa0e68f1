"""A duration qualified by "under" ("in under three days", "under six months later")
keeps its qualifier in its text, as "nearly", "over" and "less than" do; its value is
the duration's, or the date's it counts to."""

from __future__ import annotations

from datetime import date

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, date(2021, 3, 9), sentences(text))]


def test_under_opens_the_duration_it_qualifies():
    assert found("The ferry was rebuilt in under three days.") == [("under three days", "P3D")]
    later = found("Under six months later, the mill closed.")
    assert later == [("Under six months later", "XXXX-XX")]


def test_the_other_qualifiers_keep_theirs():
    assert found("The dam took nearly eight years, and the road over four months.") == [
        ("nearly eight years", "P8Y"),
        ("over four months", "P4M"),
    ]
