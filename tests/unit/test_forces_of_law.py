"""A force of law named after its state or town ("Tarsk State Highway Patrol", "the Kelby
Constabulary", "the Ostra Gendarmerie") is an organisation, though the place before its
head is a place; a patrol in lower case names nothing."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Tarsk State Highway Patrol said the road was closed.", "Tarsk State Highway Patrol"),
        ("Officers of the Kelby Constabulary found the car.", "Kelby Constabulary"),
        ("The Ostra Gendarmerie said two men were held.", "Ostra Gendarmerie"),
        ("Ohio State Patrol troopers closed the bridge.", "Ohio State Patrol"),
    ],
)
def test_a_force_of_law_is_an_organisation(sentence, name):
    kinds = {a.name: a.kind for a in analyse(sentence, None).actors}
    assert kinds[name] == "organization"


def test_a_patrol_in_lower_case_is_no_actor():
    assert analyse("A patrol found the man. Patrol officers said he was calm.", None).actors == []
