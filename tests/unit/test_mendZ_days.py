"""Days of news nobody tuned for: which year or which week a day belongs to.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes


def value_of(text: str, published: date, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, published, sentences(text))}
    return found[expression]


TUESDAY = date(2033, 5, 10)


def test_a_scheduled_thing_studied_in_advance_keeps_its_day_to_come():
    said = "Traders will examine Thursday's inflation figures closely."
    assert value_of(said, TUESDAY, "Thursday's") == "2033-05-12"
    said = "The council will review Thursday's ballot on the levy."
    assert value_of(said, TUESDAY, "Thursday's") == "2033-05-12"


def test_a_happening_looked_back_at_is_still_gone_by():
    said = "Harbour police will investigate Sunday's fire at the Orrel docks."
    assert value_of(said, TUESDAY, "Sunday's") == "2033-05-08"


def test_a_habit_told_in_the_past_keeps_a_day_of_no_year():
    read = date(2046, 7, 20)
    said = "The barges usually docked at Orrel on July 4 before the dam was built."
    assert value_of(said, read, "July 4") == "XXXX-07-04"
    said = "In earlier centuries the geese normally arrived in Velmar on July 9."
    assert value_of(said, read, "July 9") == "XXXX-07-09"


def test_one_event_after_a_present_custom_keeps_its_year():
    read = date(2046, 7, 20)
    said = "Delegates who normally gather in May assembled on July 2."
    assert value_of(said, read, "July 2") == "2046-07-02"


def test_a_name_a_country_keeps_on_a_day_of_its_own_gets_no_un_date():
    read = date(2034, 4, 2)
    said = "Crowds in Orrel marked Human Rights Day on Tuesday."
    found = {t.text: t.value for t in find_timexes(said, read, sentences(said))}
    assert found == {"Tuesday": "2034-03-28"}
    said = "Velmar held a Holocaust Remembrance Day service in the square."
    assert find_timexes(said, read, sentences(said)) == []


def test_the_un_s_own_name_of_the_day_is_a_date():
    said = "Schools in Orrel fell silent on International Holocaust Remembrance Day."
    assert value_of(said, date(2034, 4, 2), "International Holocaust Remembrance Day") == (
        "2034-01-27"
    )
