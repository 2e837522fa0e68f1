"""Time expressions and their TIMEX3 values, against fixed publication dates."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parsing.alternation import folded_words
from reader.parsing.calendar_values import is_calendar, range_end, sort_key
from reader.parsing.text import sentences
from reader.parsing.timex import (
    PREFIX_WINDOW,
    _run_start,
    dateline,
    find_timexes,
)
from reader.parsing.timex_context import TimeContext
from reader.parsing.timex_patterns import prefix_run

THURSDAY = date(2023, 6, 29)  # a Thursday in ISO week 26


def found(text: str, published: date | None = THURSDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, published, sentences(text))]


def value_of(text: str, expression: str, published: date | None = THURSDAY) -> str:
    hits = [v for t, _, v in found(text, published) if t == expression]
    assert hits, f"{expression!r} not found in {found(text, published)}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The talks opened on June 27 in Vienna.", "June 27", "2023-06-27"),
        ("The treaty was signed on 27 June 2021.", "27 June 2021", "2021-06-27"),
        ("Shares fell on June 27, 2022, a year of losses.", "June 27, 2022", "2022-06-27"),
        ("The filing is dated 6/27/2023.", "6/27/2023", "2023-06-27"),
        ("The record shows 2023-06-27 as the day.", "2023-06-27", "2023-06-27"),
        ("The summit ran from June 27-29 in Oslo.", "June 27-29", "2023-06-27"),
        ("Prices peaked in mid-June.", "mid-June", "2023-06"),
        ("The firm plans a listing in early 2024.", "early 2024", "2024"),
        ("Jazz records sold well in the 1990s.", "the 1990s", "199"),
        ("The plant closed in March.", "March", "2023-03"),
        ("The company was founded in 2019.", "2019", "2019"),
        ("Revenue rose in Q3 2022.", "Q3 2022", "2022-Q3"),
        ("Profit fell in the third quarter of 2021.", "the third quarter of 2021", "2021-Q3"),
        ("The band toured Europe last summer.", "last summer", "2022-SU"),
        ("The law was passed in the spring of 2020.", "the spring of 2020", "2020-SP"),
        ("The project starts in the first half of 2024.", "the first half of 2024", "2024-H1"),
        ("Sales jumped on Christmas Day 2020.", "Christmas Day 2020", "2020-12-25"),
        ("He wrote the book in the 19th century.", "the 19th century", "18"),
        ("Results for fiscal 2022 were weak.", "fiscal 2022", "FY2022"),
    ],
)
def test_absolute_dates(sentence, expression, value):
    assert value_of(sentence, expression) == value


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The minister resigned today.", "today", "2023-06-29"),
        ("The minister resigned yesterday.", "yesterday", "2023-06-28"),
        ("The vote takes place tomorrow.", "tomorrow", "2023-06-30"),
        ("Exports fell last week.", "last week", "2023-W25"),
        ("Talks continue this week.", "this week", "2023-W26"),
        ("The report is due next month.", "next month", "2023-07"),
        ("The fire started two days ago.", "two days ago", "2023-06-27"),
        ("The shop opened three weeks ago.", "three weeks ago", "2023-W23"),
        ("Inflation rose earlier this year.", "earlier this year", "2023"),
        ("Sales fell last year.", "last year", "2022"),
        ("The index fell over the past decade.", "the past decade", "201"),
        ("Profit rose in the last quarter.", "the last quarter", "2023-Q1"),
        ("The store is now closed.", "now", "PRESENT_REF"),
        ("The store currently sells books.", "currently", "PRESENT_REF"),
        ("The firm recently hired staff.", "recently", "PAST_REF"),
        ("Such cases were rare in the past.", "the past", "PAST_REF"),
        ("Ferry fares have doubled in recent years.", "recent years", "PAST_REF"),
        ("Recent weeks brought heavy rain.", "Recent weeks", "PAST_REF"),
        ("More cuts may come in the coming weeks.", "the coming weeks", "FUTURE_REF"),
        ("It has run for more than a week now.", "now", "2023-06-29"),
        ("Five years from now the town will be larger.", "Five years from now", "2028"),
    ],
)
def test_relative_to_publication(sentence, expression, value):
    assert value_of(sentence, expression) == value


def test_weekday_direction_follows_the_tense():
    assert value_of("The court ruled on Tuesday.", "Tuesday") == "2023-06-27"
    assert value_of("The court will rule on Tuesday.", "Tuesday") == "2023-07-04"
    assert value_of("The trial is set to begin on Monday.", "Monday") == "2023-07-03"
    assert value_of("Markets rallied last Friday.", "last Friday") == "2023-06-23"
    assert value_of("The board meets next Wednesday.", "next Wednesday") == "2023-07-05"


def test_weekday_on_the_publication_weekday_is_that_day():
    assert value_of("The company announced on Thursday a new plan.", "Thursday") == "2023-06-29"
    assert value_of("Monday's memo was leaked.", "Monday's", date(2023, 6, 26)) == "2023-06-26"


def test_no_expression_goes_over_a_line_break():
    # a headline ending in a number above its date line: no "31 March", the date line whole
    assert found("Flood at Kelby kills 31\nMarch 4, 2009\nRescuers worked all night.") == [
        ("March 4, 2009", "DATE", "2009-03-04")
    ]
    assert found("Ostrava marathon draws 12,000\nSeptember 9, 2010\nRunners set off early.") == [
        ("September 9, 2010", "DATE", "2010-09-09")
    ]
    # a year that ends the headline is a date of its own
    assert found("Velkor election 2009\nMarch 4, 2009\nVoters queued.") == [
        ("2009", "DATE", "2009"),
        ("March 4, 2009", "DATE", "2009-03-04"),
    ]


def test_year_boundary():
    january = date(2024, 1, 3)
    assert value_of("Prices were cut on December 28.", "December 28", january) == "2023-12-28"
    assert value_of("The shop reopens on January 10.", "January 10", january) == "2024-01-10"
    december = date(2023, 12, 20)
    assert value_of("The new law takes effect January 5.", "January 5", december) == "2024-01-05"
    assert value_of("The plant opened in November.", "November", january) == "2023-11"
    assert (
        value_of("Sales slumped in the fourth quarter.", "the fourth quarter", january) == "2023-Q4"
    )


def test_month_named_without_a_year_follows_the_tense():
    assert value_of("The plant closed in September.", "September") == "2022-09"
    assert value_of("The plant will reopen in September.", "September") == "2023-09"


def test_without_a_publication_date_the_year_stays_unknown():
    assert value_of("The talks opened on June 27.", "June 27", None) == "XXXX-06-27"
    assert value_of("The plant closed in March.", "March", None) == "XXXX-03"
    assert value_of("The court ruled on Tuesday.", "Tuesday", None) == "XXXX-WXX-2"
    assert value_of("Exports fell last week.", "last week", None) == "XXXX-WXX"
    assert value_of("The deal closed on June 27, 2021.", "June 27, 2021", None) == "2021-06-27"


def test_expressions_anchored_to_the_date_mentioned_last():
    text = "The fire broke out on March 3, 2021. The previous day, a storm had hit the city."
    assert value_of(text, "The previous day") == "2021-03-02"
    text = (
        "The strike began on 10 May 2022. The same day, talks failed; two days later they resumed."
    )
    assert value_of(text, "The same day") == "2022-05-10"
    assert value_of(text, "two days later") == "2022-05-12"
    text = "The merger was completed in 2005. The following year, the firm was sold."
    assert value_of(text, "The following year") == "2006"


def test_times_of_day():
    assert value_of("The vote closes at 3 p.m. on June 27.", "3 p.m. on June 27") == (
        "2023-06-27T15:00"
    )
    assert value_of("Police arrived on Tuesday morning.", "Tuesday morning") == "2023-06-27TMO"
    assert value_of("The minister spoke this morning.", "this morning") == "2023-06-29TMO"
    assert value_of("The blast came last night.", "last night") == "2023-06-28TNI"
    times = found("The market opened at 9:30 a.m. and closed at noon.")
    assert ("9:30 a.m.", "TIME", "2023-06-29T09:30") in times
    assert ("noon", "TIME", "2023-06-29T12:00") in times


def test_a_wire_clock_of_four_digits_before_a_time_zone_is_a_time_not_a_year():
    assert found("Trading resumed at 1430 GMT.") == [("1430 GMT", "TIME", "2023-06-29T14:30")]
    assert value_of("The ship docked at 9 a.m. local time (2315 UTC).", "2315 UTC") == (
        "2023-06-29T23:15"
    )
    assert value_of("The strike ended at 0745 EDT on Tuesday.", "0745 EDT on Tuesday") == (
        "2023-06-27T07:45"
    )
    # a two-letter zone is also a word ("PT" cruisers, "MT" ships): a year stays a year
    assert value_of("The 2008 PT Cruiser was recalled.", "2008") == "2008"


def test_durations_and_sets_are_labelled():
    assert ("three weeks", "DURATION", "P3W") in found("The strike lasted three weeks.")
    assert ("two and a half years", "DURATION", "P2.5Y") in found(
        "Building took two and a half years."
    )
    assert ("45 minutes", "DURATION", "PT45M") in found("Trading stopped for 45 minutes.")
    assert ("every year", "SET", "P1Y") in found("The fair is held every year.")
    assert ("annually", "SET", "P1Y") in found("The prize is awarded annually.")
    assert ("every Monday", "SET", "XXXX-WXX-1") in found("The club meets every Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May met April Ryan to march on Downing Street.",
        "The plane, a Boeing 747 on Flight 1549, carried 2000 people.",
        "He paid $2010 for 1,500 shares and 3,800 bonds, up 12 percent.",
        "The 55-year-old chief executive spoke for the first time.",
        "At the end of the day, the last word went to the Sunday Times.",
        "The last day of school is a second chance for a quarter of pupils.",
        # counts of money or power in words that have no plural in -s
        "The shares fell to 1200 pence, and the plant will add 1500 MW of power.",
        "The flat has 1200 square feet, and the loan was 2500 crore rupees.",
    ],
)
def test_things_that_are_not_time_expressions(sentence):
    assert found(sentence) == []


def test_ids_and_offsets_follow_the_text():
    text = "On June 27 the ministers met; on June 28 they left, and talks end on Friday."
    timexes = find_timexes(text, THURSDAY, sentences(text))
    assert [t.id for t in timexes] == ["t1", "t2", "t3"]
    assert [text[t.start : t.end] for t in timexes] == [t.text for t in timexes]
    assert [t.start for t in timexes] == sorted(t.start for t in timexes)


def test_range_end():
    (timex,) = find_timexes("The fair runs June 27-29.", THURSDAY, [])
    assert range_end(timex) == "2023-06-29"
    (timex,) = find_timexes("The survey covers the 2019-20 season.", THURSDAY, [])
    assert range_end(timex) == "2020"
    (timex,) = find_timexes("The fair runs on June 27.", THURSDAY, [])
    assert range_end(timex) is None


def test_each_end_of_a_range_of_full_years_is_an_expression():
    """TimeML marks "1990" and "1998" in "from 1990 to 1998", and both ends of "1871 – 1879"."""
    for text in ("She chaired the board from 1990 to 1998.", "The painter (1871 – 1879) is known."):
        timexes = find_timexes(text, THURSDAY, sentences(text))
        assert [t.type for t in timexes] == ["DATE", "DATE"]
        assert [t.value for t in timexes] == [t.text for t in timexes]


def test_dateline():
    assert dateline("Markets rally\nMarch 06, 2008\nShares rose on Thursday.") == date(2008, 3, 6)
    assert dateline("Markets rally\n27 June 2023\nShares rose.") == date(2023, 6, 27)
    assert dateline("Shares rose on March 6, 2008, traders said.") is None
    assert dateline("Markets rally\nMarch 06\nShares rose.") is None


_PIECES = st.sampled_from(
    [
        "June",
        "27",
        ",",
        "2023",
        "May",
        "the",
        "last",
        "next",
        "week",
        "Monday",
        "on",
        "3",
        "p.m.",
        "ago",
        "later",
        "earlier",
        "day",
        "year",
        ".",
        ";",
        "-",
        "–",
        "/",
        "12/31/1999",
        "1990s",
        "'80s",
        "Q3",
        "first",
        "quarter",
        "of",
        "mid-",
        "early",
        "every",
        "two",
        "a",
        "half",
        "and",
        "previous",
        "same",
        "that",
        "until",
        "29",
        "February",
        "30",
        "fiscal",
        "FY08",
        "now",
        "recently",
        "today",
        "morning",
        "Christmas",
        "summer",
        "1,000",
        "$",
        "%",
        "10:30",
        "noon",
        "o'clock",
        "hours",
        "decades-long",
        # the tense around a clock or a day moves its date: each way must hold with no date
        "midnight",
        "began",
        "will",
        "said",
        "night",
        "at",
        "Tuesday",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=30),
    st.one_of(st.none(), st.dates()),
)
def test_never_raises_and_offsets_are_valid(pieces, published):
    text = " ".join(pieces)
    timexes = find_timexes(text, published, sentences(text))
    for timex in timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
    starts = [t.start for t in timexes]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:], strict=False))


def test_folded_words_match_what_ignorecase_matches():
    """folded_words() writes letters as classes instead of (?i:...); the classes must
    hold every character IGNORECASE matches with the letter, over all of Unicode."""
    folded = re.compile("(?i:[a-z])")
    candidates = [chr(c) for c in range(0x110000) if folded.fullmatch(chr(c))]
    for letter in string.ascii_lowercase:
        as_class = re.compile(folded_words([letter]))
        ignoring = re.compile(f"(?i:{letter})")
        assert [c for c in candidates if as_class.fullmatch(c)] == [
            c for c in candidates if ignoring.fullmatch(c)
        ]
    assert re.fullmatch(folded_words(["İn"]), "in")


_RUNS = st.lists(
    st.sampled_from(
        ["the", "THE", "end", "of", "a couple of", "more", "than", "12th", "1ST", "'90", "1,000"]
        + ["3.5", "said", "bathe", "é", "ſome", "\u212a", "’", "x", "-", ",", "  ", "\n"]
    ).map(lambda w: w + " "),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(_RUNS, st.integers(0, 80))
def test_the_run_before_a_trigger_is_found_as_by_a_full_search(pieces, covered):
    text = "".join(pieces) + "year"
    head = len(text) - 4
    covered = min(covered, head)
    run = prefix_run().search(text, max(covered, head - PREFIX_WINDOW), head)
    context = TimeContext(text, None, [])
    assert _run_start(text, head, covered, context) == (run.start() if run else head)


def test_a_count_beyond_the_calendar_is_no_date_and_no_part_of_it_either():
    """A count too large for the calendar keeps its whole text and only its direction;
    the rules are not tried again from inside its number ("000,000 weeks" is not now)."""
    assert found("The plan ends 1,000,000 weeks from now, she said.") == [
        ("1,000,000 weeks from now", "DATE", "FUTURE_REF")
    ]
    assert found("It formed 9,000,000 years ago.") == [("9,000,000 years ago", "DATE", "PAST_REF")]
    assert value_of("The plan ends 1,000 weeks from now.", "1,000 weeks from now") == "2042-W35"


@pytest.mark.parametrize(
    "sentence",
    ["The budget for FY0000 was cut.", "Walls were built in the 0th century."],
)
def test_years_and_centuries_outside_the_calendar_get_no_value(sentence):
    assert found(sentence) == []


def test_decades_in_words_and_parts_of_centuries_as_timeml_writes_them():
    assert value_of("The band formed in the nineties.", "the nineties") == "199"
    assert value_of("Prices soared in the late Seventies.", "the late Seventies") == "197"
    assert value_of("The mill grew in the early 20th century.", "the early 20th century") == ("19")
    assert value_of("Canals spread in the mid-19th century.", "the mid-19th century") == "18"
    assert found("She is in her forties.") == []


def test_ends_of_years_counts_ago_and_late_decades():
    assert value_of("The deal closes by the end of the year.", "the end of the year") == "2023"
    assert value_of("The plant shut three years ago.", "three years ago") == "2020"
    assert value_of("Prices rose in the late 1970s.", "late 1970s") == "197"
    assert value_of("The mill closed two decades ago.", "two decades ago") == "200"


def test_a_row_or_column_of_bare_numbers_holds_no_date():
    # three or more numbers with only white space between them are a table of figures
    assert found("Rainfall 1998 2004 1730 1650 was measured.") == []
    assert found("Totals:\n1200\n1450\n1990\n") == []
    # two numbers, numbers in a list, or a year beside a count are still read
    assert [t[0] for t in found("The 1998 2004 rematch was held in Lyon.")] == ["1998", "2004"]
    assert [t[0] for t in found("It grew in 1998, 2004 and 2010.")] == ["1998", "2004", "2010"]
    assert [t[0] for t in found("In 2019 12 people and 40 dogs came.")] == ["2019"]


def test_decades_and_centuries_sort_as_timeml_writes_them_and_as_older_analyses_did():
    assert sort_key("199") == sort_key("199X") == (0, 1990, 1, 1, "")
    assert sort_key("18") == sort_key("18XX") == (0, 1800, 1, 1, "")
    assert is_calendar("199") and is_calendar("18")


NEW_YEAR = date(2024, 1, 3)  # a Wednesday just after a new year
OLD_YEAR = date(2023, 12, 28)  # a Thursday just before one


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "value"),
    [
        # a bare day name: back in a report, on in a plan, back with no cue (the present)
        ("The ministry announced the cuts on Monday.", "Monday", NEW_YEAR, "2024-01-01"),
        ("The ministry will announce the cuts on Monday.", "Monday", NEW_YEAR, "2024-01-08"),
        ("Minister resigns on Friday over the scandal.", "Friday", NEW_YEAR, "2023-12-29"),
        # a month and day across the new year, the way the tense says
        (
            "On December 28 the ministry said it would appeal.",
            "December 28",
            NEW_YEAR,
            "2023-12-28",
        ),
        ("The museum will open on January 4.", "January 4", OLD_YEAR, "2024-01-04"),
        ("The strike ended on December 30.", "December 30", NEW_YEAR, "2023-12-30"),
        ("Talks will resume on November 30.", "November 30", NEW_YEAR, "2024-11-30"),
    ],
)
def test_days_named_without_a_year_follow_the_tense(sentence, expression, published, value):
    assert value_of(sentence, expression, published) == value


def test_a_story_of_another_year_goes_on_in_that_year():
    story = "In 1998 the mill closed after a long strike. On May 4 the last workers left."
    assert value_of(story, "May 4") == "1998-05-04"
    assert value_of("In 1998 the mill closed. In March the workers left.", "March") == "1998-03"
    built = "The bridge was built in 1931 and opened on July 14."
    assert value_of(built, "July 14") == "1931-07-14"
    assert value_of(
        "The mill shut in 1998. That same year the school closed.", "That same year"
    ) == ("1998")


def test_a_text_told_wholly_of_another_time_stays_in_the_year_told_last():
    # it told no date near its publication: a biography, a history
    life = (
        "Kemal Aydin opened a workshop in Izmir in 1928. Orders came slowly. "
        "Few players could pay. In April he sold his first violin, and on 3 June he moved."
    )
    assert value_of(life, "April") == "1928-04"
    assert value_of(life, "3 June") == "1928-06-03"
    # with no publication date, the year told last is the only one to read a month against
    life = "Mirela Kostova won the junior title in 2013. In June she ran abroad."
    assert value_of(life, "June", None) == "2013-06"
    assert value_of("Kostova ran abroad in June.", "June", None) == "XXXX-06"
    # an aside still tells no story
    aside = "The club, which was founded in 1890, was sold. In June the new owner came."
    assert value_of(aside, "June", None) == "XXXX-06"


def test_a_year_told_of_does_not_carry_into_plans_the_present_or_far_sentences():
    # a plan is read against the publication date
    assert value_of("The museum closed in 1990. It will reopen on May 4.", "May 4") == "2024-05-04"
    # a year close to the publication's: the publication date decides, as before
    assert value_of("Sales fell in 2022. On March 3 the firm cut jobs.", "March 3") == "2023-03-03"
    # a year that starts a stretch running to now ("since ... 2001") sets no story
    grown = (
        "The firm has grown since its founding in 2001, and it said that by March it employed 300."
    )
    assert value_of(grown, "March") == "2023-03"
    # three sentences on, a story of a text told from now (it told a date of now) has moved on
    far = (
        "June 29, 2023\nIn 1998 the mill closed. The owners sold it. Many moved away. "
        "In March the workers left."
    )
    assert value_of(far, "March") == "2023-03"
    # a year still to come is a plan, not a story: a past clause after it is of the present
    plan = "The ferry will enter service in 2027, the yard announced at a fair in May."
    assert value_of(plan, "May") == "2023-05"
    assert value_of("The dam opens in 2030. Work began on March 3.", "March 3") == "2023-03-03"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The fort was built in AD 79 by the legion.", "AD 79", "0079"),
        ("The bath house dates from AD512.", "AD512", "0512"),
        ("The city was sacked in 410 AD by raiders.", "410 AD", "0410"),
        ("The poet was born in 44 BC in a hill town.", "44 BC", "BC0044"),
        ("The wall stood by 1200 BCE, the survey found.", "1200 BCE", "BC1200"),
        ("The monk (c. 512 – 580) wrote hymns.", "c. 512", "0512"),
        ("The town was founded in the year 94.", "the year 94", "0094"),
        ("In 735, Bede finished his history.", "735", "0735"),
        ("The abbot died in March of 687.", "March of 687", "0687-03"),
        ("The temple dates from the 5th century BC.", "the 5th century BC", "BC04"),
        ("The chapel was built in the 9th century.", "the 9th century", "08"),
    ],
)
def test_years_before_1000_and_eras(sentence, expression, value):
    assert value_of(sentence, expression) == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The chain sold goods in 410 stores.",
        "In 300 towns the water ran out.",
        "In 200 American cities, rents rose.",
        "The year 9 pupils sat the test.",
        "The ferry takes 150 cars.",
        "The loan of 500 was repaid in March.",
    ],
)
def test_small_numbers_without_an_era_or_a_year_cue_are_no_years(sentence):
    assert [t for t in found(sentence) if t[0] != "March"] == []


def test_a_recent_year_before_bc_and_a_word_is_a_year_of_british_columbia():
    assert value_of("The 2017 BC election was close.", "2017") == "2017"
    assert value_of("The wall was built around 2000 BC.", "2000 BC") == "BC2000"


def test_a_quarter_or_a_half_named_by_its_months():
    aug = date(2023, 8, 10)
    assert value_of("Profit fell in the April-June quarter.", "the April-June quarter", aug) == (
        "2023-Q2"
    )
    assert (
        value_of(
            "Exports rose in the July–September period of 2021.",
            "the July–September period of 2021",
        )
        == "2021-Q3"
    )
    assert value_of("Costs rose in the January-June half.", "the January-June half", aug) == (
        "2023-H1"
    )
    # a quarter still to come, in a plan
    assert (
        value_of(
            "Sales will rise in the October-December quarter.", "the October-December quarter", aug
        )
        == "2023-Q4"
    )
    # months that make no quarter or half
    assert [t for t in found("Rain fell in the June-August period.") if "June-" in t[0]] == []


def test_a_list_of_months_to_come_runs_forward():
    october = date(2023, 10, 9)
    tour = "The band plays Oslo in November, Rome in December and Lima in January and March."
    assert [(t, v) for t, _, v in found(tour, october)] == [
        ("November", "2023-11"),
        ("December", "2023-12"),
        ("January", "2024-01"),
        ("March", "2024-03"),
    ]
    # a past clause, or a list that starts before the publication, keeps each month's own year
    fell = "Prices rose in January after falling in December."
    assert [v for _, _, v in found(fell, date(2024, 3, 1))] == ["2024-01", "2023-12"]
    ahead = "Inflation in December is expected to top the rate seen in November."
    assert value_of(ahead, "November", date(2024, 1, 10)) == "2024-11"


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "value"),
    [
        (
            "Shoppers packed the malls on Black Friday.",
            "Black Friday",
            date(2021, 12, 1),
            "2021-11-26",
        ),
        (
            "Stores will open early on Thanksgiving.",
            "Thanksgiving",
            date(2021, 11, 20),
            "2021-11-25",
        ),
        ("Markets were shut for Good Friday.", "Good Friday", date(2024, 4, 2), "2024-03-29"),
        (
            "The parade was held on Easter Monday 2019.",
            "Easter Monday 2019",
            THURSDAY,
            "2019-04-22",
        ),
        ("The pool opens on Memorial Day.", "Memorial Day", date(2024, 5, 1), "2024-05-27"),
        ("The strike began on Labor Day.", "Labor Day", date(2022, 9, 20), "2022-09-05"),
    ],
)
def test_holidays_that_move_take_their_day_of_that_year(sentence, expression, published, value):
    assert value_of(sentence, expression, published) == value


def test_a_holiday_that_starts_a_longer_name_is_no_date():
    assert found("The ferry sails to Easter Island. Christmas Island is small.") == []


def test_a_holiday_after_a_given_name_is_a_surname_no_date():
    assert found("Jack Christmas said the team would win.") == []
    assert found("Ruth Easter, a teacher, said the school would reopen.") == []
    assert [t for t, _, _ in found("Till Christmas, the shop stays open.")] == ["Christmas"]


def test_decades_take_timeml_values_with_or_without_the():
    assert value_of("Disco ruled the late 1970s.", "late 1970s") == "197"
    assert value_of("Grunge peaked in the mid-nineties.", "the mid-nineties") == "199"
    assert value_of("The mill closed two decades ago.", "two decades ago") == "200"
    assert value_of("The town grew in the 1800s.", "the 1800s") == "18"


def test_a_part_of_a_stretch_carries_timemls_mod_into_the_document():
    text = (
        "Disco ruled the late 1970s. Prices rise by the end of the year. Sales fell in early June."
    )
    timexes = find_timexes(text, THURSDAY, sentences(text))
    assert [(t.text, t.value, t.mod) for t in timexes] == [
        ("late 1970s", "197", "END"),
        ("the end of the year", "2023", "END"),
        ("early June", "2023-06", "START"),
    ]
    plain = find_timexes(
        "The mill closed in 2019.", THURSDAY, sentences("The mill closed in 2019.")
    )
    assert plain[0].mod == ""


def test_a_mod_survives_the_cache_and_older_analyses_without_one_still_load():
    from reader.model import Analysis
    from reader.parsing import analyse

    text = "Disco ruled the late 1970s in the city."
    saved = analyse(text, THURSDAY).to_dict()
    assert [t.get("mod") for t in saved["timexes"]] == ["END"]
    assert Analysis.from_dict(saved).timexes[0].mod == "END"
    older = {**saved, "timexes": [{k: v for k, v in saved["timexes"][0].items() if k != "mod"}]}
    assert Analysis.from_dict(older).timexes[0].mod == ""


def test_the_end_of_a_stretch_of_early_years_is_a_year():
    # alone, a number below 1000 is no year: after the stretch's start it is
    assert value_of("The abbot Velkor (c. 420 – 493) wrote hymns.", "493") == "0493"
    assert value_of("Tarsk was ruled from AD 610 to 688 by its bishops.", "688") == "0688"
    # a count after the start stays one, and so does a number ending before the start
    counted = [t for t, _, _ in found("The siege (c. 420 – 493 days) ended.", THURSDAY)]
    assert "493" not in counted
    assert "320" not in [t for t, _, _ in found("The abbot (c. 420 – 320) wrote.", THURSDAY)]


def test_in_and_three_digits_before_a_name_and_a_past_verb_is_a_year():
    assert value_of("In 512 Velkor died, and his abbey passed to Tarsk.", "512") == "0512"
    assert value_of("In 410 Tarsk fell to the raiders.", "410") == "0410"
    # a count of places or people stays a count
    assert found("In 200 Velkor towns the vote was close.", THURSDAY) == []


def test_a_season_in_a_story_of_another_year_is_of_that_year():
    life = "Tomi Ade returned to Abeokuta in 1966. In the summer he married, and that winter he fell ill."
    assert value_of(life, "the summer") == "1966-SU"
    assert value_of(life, "that winter") == "1966-WI"
    assert value_of(
        "Ade recorded a single in 1961. In the autumn he toured.", "the autumn", None
    ) == ("1961-FA")
    # a plan or the present is read against the publication, as before
    assert value_of("The mill closed in 1998. It will reopen in the summer.", "the summer") == (
        "2023-SU"
    )
