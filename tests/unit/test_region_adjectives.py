"""An adjective of a region ("Central", "Northern", "Western") alone before another word
describes that word, no name: "Central bankers", "Western diplomats", a headline's "in
Northern Velkor" list no place "Central" nor a body of diplomats."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


@pytest.mark.parametrize(
    "sentence",
    [
        "Central bankers met in Brask on Monday.",
        "Aid was slow to arrive, Western diplomats said.",
        "Western officials met the rebels in Brask.",
        "He studied Western philosophy in Brask.",
        "Floods Displace Thousands in Northern Velkor",
    ],
)
def test_a_region_adjective_before_another_word_is_no_name(sentence):
    names = {a.name for a in analyse(sentence, None).actors}
    assert not any(n.split()[0] in ("Central", "Western", "Northern") for n in names)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Protesters occupied Central for weeks.", "Central"),
        ("Shares in Northern Rock fell.", "Northern Rock"),
        ("Rain hit the Western Cape and Central Asia.", "Western Cape"),
        ("Rain hit the Western Cape and Central Asia.", "Central Asia"),
    ],
)
def test_a_region_adjective_in_a_name_or_alone_as_one_stays(sentence, name):
    assert name in {a.name for a in analyse(sentence, None).actors}
