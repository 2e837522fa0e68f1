"""Text: lines wrapped at a width run on as one paragraph, offsets kept.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.parsing import analyse
from reader.parsing.text import unwrapped

WRAPPED = (
    "KELBY, March 3 (Reuters) - The Velkor Mining Company said on Tuesday that Amara\n"
    "Okonkwo would lead its new copper mine near Tarsk, the largest project in the\n"
    "region since 1990.\n"
    "\n"
    "Okonkwo, 54, ran the company's smelter in Dunmore for a decade, the firm said.\n"
)


def test_a_wrapped_paragraph_runs_on_across_its_line_breaks():
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED)
    assert "Amara Okonkwo would" in text
    assert "the region since" in text
    assert "1990.\n\nOkonkwo" in text


def test_a_name_broken_across_a_line_is_one_person():
    names = {a.name: a.kind for a in analyse(WRAPPED).actors}
    assert names.get("Amara Okonkwo") == "person"
    assert "Okonkwo" not in names


def test_short_lines_and_list_items_stay_lines():
    text = (
        "Velkor Mining to cut jobs\n"
        "By Ana Vell\n"
        "The company said it would cut 4,000 jobs at three of its mines over the year:\n"
        "- 2,000 at its copper mine near Tarsk in the north of the country\n"
        "- 2,000 at Dunmore\n"
    )
    assert unwrapped(text) == text


def test_a_paragraph_a_line_is_as_it_was():
    text = "Velkor Mining said on Tuesday it would cut 4,000 jobs. " * 3 + "\nAmara\nOkonkwo said."
    assert unwrapped(text) == text


def test_a_headline_over_its_first_sentence_stays_apart():
    text = "Velkor minister resigns after corruption probe\nHe quit on Monday.\n"
    assert unwrapped(text) == text


def test_entries_of_a_live_report_stay_lines():
    """A line opening with a clock and a dash is an entry of a live report, however full
    the line before it: its clock is no word of that line's sentence."""
    text = (
        "08:15 - Floods reached the centre of Velmora overnight, the Kelby police said.\n"
        "08:40 - Trains between Velmora and Tarsk were halted for the rest of the day.\n"
        "9:05 a.m. ET - The Ostra power company said 12,000 homes had no electricity.\n"
    )
    assert unwrapped(text) == text


def test_a_headline_ending_in_a_number_stays_apart_from_its_date_line():
    """ "Flood at Kelby kills 31" over "March 4, 2009": the headline's count, no day of
    that month; a date wrapped inside a sentence still runs on ("met on 4" / "March
    2009 to vote")."""
    dates = [(t.text, t.value) for t in analyse("Flood at Kelby kills 31\nMarch 4, 2009").timexes]
    assert dates == [("March 4, 2009", "2009-03-04")]
    assert unwrapped("Flood at Kelby kills 31\nMarch 4, 2009") == (
        "Flood at Kelby kills 31\nMarch 4, 2009"
    )
    dates = [(t.text, t.value) for t in analyse("The council met on 4\nMarch 2009 to vote").timexes]
    assert dates == [("4 March 2009", "2009-03-04")]


def test_a_date_line_is_a_line_of_its_own_between_long_lines():
    """A headline as long as the story's lines ends above its date line, and the date
    line ends before the story: no sentence runs into a date and nothing else."""
    text = (
        "Ostrava council votes to close the Tarsk river bridge to lorries after two crashes\n"
        "March 6, 2008\n"
        "The council of Ostrava voted on Thursday to close the bridge over the Tarsk river.\n"
        "Lorries will use the ring road from Monday, the council said in a short statement.\n"
    )
    assert unwrapped(text).split("\n")[:2] == text.split("\n")[:2]
