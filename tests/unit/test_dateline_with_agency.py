"""A wire story's date line with its agency in brackets before the dash ("KELBY, May 4,
2021 (Reuters) - ...") gives the publication date, as one without the agency does, and so
does one that names the town's country or state ("TARSK, Velmora, Oct. 9, 2022 (AP) -")."""

from datetime import date

import pytest

from reader.parsing.timex import dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bridge delayed\n\nKELBY, February 25, 2021 (Reuters) - The bridge opened.",
            date(2021, 2, 25),
        ),
        ("Crews at work\n\nTARSK, March 3, 2022 (AP) — Crews worked late.", date(2022, 3, 3)),
        ("Council meets\n\nOSLO, June 27, 2023 — The council met.", date(2023, 6, 27)),
        ("Quake\n\nTARSK, Velmora, Oct. 9, 2022 (AP) — A quake struck.", date(2022, 10, 9)),
    ],
)
def test_a_date_line_with_its_agency_gives_the_date(text, expected):
    assert dateline(text) == expected


def test_a_bracket_in_a_sentence_is_no_date_line():
    # no place and comma before the date, and the sentence goes on after the bracket
    assert dateline("Vote close\n\nThe vote (held on May 4, 2021) - was close.") is None
