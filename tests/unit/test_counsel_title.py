"""A counsel's title before a name is the person's role ("Special Counsel Tomas Vell",
"General Counsel Ana Rosko"): the lawyer, no body named after the title.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from reader.parsing import analyse


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Special Counsel Tomas Vell's inquiry began in May.", "Tomas Vell", "Special Counsel"),
        (
            "The firm's General Counsel Ana Rosko said it would appeal.",
            "Ana Rosko",
            "General Counsel",
        ),
        (
            "Defence counsel Marta Olsen told the court in Kelby she would appeal.",
            "Marta Olsen",
            "Defence counsel",
        ),
    ],
)
def test_a_counsel_s_title_is_the_person_s_role(sentence, name, role):
    actors = {a.name: a for a in analyse(sentence, None).actors}
    assert actors[name].kind == "person"
    assert role in actors[name].roles
