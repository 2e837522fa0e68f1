"""Time expressions of news reports: the forms wire copy writes them in."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2022, 9, 14)


def found(text: str, published: date | None = WEDNESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, published, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The next vote is scheduled for October.", "October", "2022-10"),
        ("The ferry sailings were cancelled for July.", "July", "2022-07"),
        ("Crews will clear the road by the weekend.", "the weekend", "2022-W37-WE"),
        ("The shops stayed shut until the weekend.", "the weekend", "2022-W36-WE"),
        ("The index lost 3 percent on the day.", "the day", "2022-09-14"),
        (
            "Oil fell on Monday and lost 2 percent on the day, traders said.",
            "the day",
            "2022-09-12",
        ),
    ],
)
def test_news_forms(sentence, expression, value):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Fares will stay frozen until at least November.", "November", "2022-11"),
        ("Rates will stay high until at least 2027.", "2027", "2027"),
        ("The rule has held since at least 1990.", "1990", "1990"),
    ],
)
def test_at_least_after_until_or_since_bounds_a_time(sentence, expression, value):
    """Once "until at least November" was not found: "at least" stood between the word that
    leads to a month and the month, and before a number it counts ("at least 2027
    people"), but not after a word that bounds a stretch."""
    assert (expression, value) in found(sentence)


def test_at_least_before_a_number_alone_counts():
    assert found("At least 2027 people left, and the firm cut at least 1990 jobs.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity voted for May Lindqvist as its chair.",
        "Tickets for June Arden's concert sold out.",
        "The prize was awarded on the day of the final.",
        "Rain fell on the day we arrived.",
    ],
)
def test_not_time_expressions_of_those_forms(sentence):
    assert [e for e, _ in found(sentence) if e.lower().endswith(("may", "june", "day"))] == []


def test_on_the_day_is_the_day_told_last_even_after_a_year():
    text = "Shares fell on Monday to their lowest since 2009 and lost 4 percent on the day."
    assert ("the day", "2022-09-12") in found(text)


def test_a_verb_of_hope_or_expectation_looks_forward():
    assert ("the weekend", "2022-W37-WE") in found("Crews expect to reopen it by the weekend.")
    assert ("Friday", "2022-09-16") in found("Organisers hope to finish on Friday.")


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Oil peaked in July last year.", "July last year", "2021-07"),
        ("The line opens in March next year.", "March next year", "2023-03"),
        ("The mine flooded on 3 March last year.", "3 March last year", "2021-03-03"),
        ("Talks resumed on Nov. 8 this year.", "Nov. 8 this year", "2022-11-08"),
    ],
)
def test_a_month_or_a_day_with_a_year_named_from_now_is_one_expression(sentence, expression, value):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The mill last turned a profit in '97.", "'97", "1997"),
        ("She joined with the class of ’09 at the academy.", "’09", "2009"),
        ("The band split in June '04 after a tour.", "June '04", "2004-06"),
    ],
)
def test_a_year_of_two_digits_after_an_apostrophe(sentence, expression, value):
    assert (expression, value) in found(sentence)


def test_two_digits_in_quotes_are_no_year():
    assert found("He wore the number '23' on his shirt and sang 'Route 66'.") == []


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("In the first half, sales of the brewer rose 12 percent.", "the first half", "2022-H1"),
        (
            "The yard launched nine ships in the first half and plans 20 this year.",
            "the first half",
            "2022-H1",
        ),
        ("The mill expects a loss of $4 million in the second half.", "the second half", "2022-H2"),
        ("The firm will cut its debt by year-end.", "year-end", "2022"),
        ("Velkor Bank sees the rate at 2 percent by year's end.", "year's end", "2022"),
        ("The Tarsk mill will report its output by month's end.", "month's end", "2022-09"),
        ("Profit fell in last year's fourth quarter.", "last year's fourth quarter", "2021-Q4"),
        ("Sales should rise in next year's first half.", "next year's first half", "2023-H1"),
    ],
)
def test_halves_and_ends_of_years_in_business_news(sentence, expression, value):
    assert (expression, value) in found(sentence)


def test_a_half_of_a_game_is_no_date():
    assert found("Okafor scored twice in the first half before the visitors equalised.") == []


def test_a_bare_half_is_the_years_where_the_text_names_a_years_quarters():
    """A quote with no word of accounts ('The first half was hard') is the year's half
    in a report that names quarters or halves of a year elsewhere; a game's report, which
    names none, keeps its halves undated."""
    text = (
        "Tarsk Freight posted a first-quarter loss on Wednesday. "
        '"The first half was hard," chief executive Ilse Marwick said. '
        '"We expect the second half to be different."'
    )
    assert found(text)[-2:] == [("The first half", "2022-H1"), ("the second half", "2022-H2")]
    text = "Velkor test cells made in the first half failed in July. Q4 deliveries were cut."
    assert found(text)[0] == ("the first half", "2022-H1")
    text = "Ostra City led at the break. Olusegun Adeyemi scored in the second half on Sunday."
    assert found(text) == [("Sunday", "2022-09-11")]


def test_a_bare_half_in_a_paragraph_of_a_game_is_no_date_though_the_text_names_quarters():
    """A firm's report that names its quarters may tell of its club's match too: a half in
    a paragraph with a score or a word of play is the game's, as in a match report."""
    text = (
        "Velkor posted a first-quarter loss on Monday. Its football club Kelby won 2-1 on "
        "Saturday, and Vell scored in the second half."
    )
    assert ("the second half", "2022-H2") not in found(text)
    text = "Velkor posted a first-quarter loss.\nIts club drew 1-1, Ana Vell shining in the first half."
    assert found(text) == [("first-quarter", "2022-Q1")]
    text = "Velkor posted a first-quarter loss.\nThe second half will be better, Ana Vell said."
    assert found(text)[-1] == ("The second half", "2022-H2")


def test_a_bare_half_told_in_the_past_is_one_ended_by_the_publication():
    """'The first half was hard,' said in March: the year's first half has not ended, so
    the half as the subject of a past verb is last year's; the perfect or the present tells
    the one running."""
    march = date(2025, 3, 12)
    text = "Velkor made a loss in Q4. The first half was hard, Rask said."
    assert found(text, march)[-1] == ("The first half", "2024-H1")
    text = "Velkor made a loss in Q4. The first half has been hard, Rask said."
    assert found(text, march)[-1] == ("The first half", "2025-H1")
    text = "Velkor made a loss in Q4. The first half was hard, Rask said."
    assert found(text, date(2025, 8, 12))[-1] == ("The first half", "2025-H1")
    text = "Velkor made a loss in Q4. The second half was hard, but the first half looks better."
    assert found(text, march)[-2:] == [
        ("The second half", "2024-H2"),
        ("the first half", "2025-H1"),
    ]


def test_a_clock_with_another_zones_clock_in_brackets_takes_the_day_after_them():
    text = "The quake struck at 10:30 a.m. local time (1530 UTC) on Tuesday."
    assert found(text) == [
        ("10:30 a.m. local time", "2022-09-13T10:30"),
        ("1530 UTC", "2022-09-13T15:30"),
        ("Tuesday", "2022-09-13"),
    ]


def test_a_clock_with_a_zones_offset_takes_the_day_after_it():
    text = "The ferry sank shortly after 9:00 am local time (UTC+3) on Tuesday."
    assert found(text) == [("9:00 am local time (UTC+3) on Tuesday", "2022-09-13T09:00")]
    text = "Polls in Velkor closed at 8 p.m. GMT-5 on Monday."
    assert found(text) == [("8 p.m. GMT-5 on Monday", "2022-09-12T20:00")]
    text = "The blast was heard at 10:30 (UTC+05:30) on Sunday."
    assert found(text) == [("10:30 (UTC+05:30) on Sunday", "2022-09-11T10:30")]


def test_a_year_told_in_an_aside_tells_no_story():
    march = date(2011, 3, 10)
    text = "The Orlen brewery, which was founded in 1995, said on March 3 that it would close."
    assert ("March 3", "2011-03-03") in found(text, march)
    text = "Its shares, which peaked in 2006, fell by half in January."
    assert ("January", "2011-01") in found(text, march)
    text = "Founded in 1890, the club sold its ground in February."
    assert ("February", "2011-02") in found(text, march)
    text = "The mayor (elected in 2002) resigned on March 1."
    assert ("March 1", "2011-03-01") in found(text, march)
    # a year of the main clause still tells one
    text = "The mill closed in 1998. On May 4 the last workers left."
    assert ("May 4", "1998-05-04") in found(text, march)
    text = "Vantor, a lender founded in 1995, said on March 3 that it would close."
    assert ("March 3", "2011-03-03") in found(text, march)
    # a name in -ed opening a sentence is no participle
    text = "Alfred joined the mill in 1998. On May 4 he left."
    assert ("May 4", "1998-05-04") in found(text, march)


def test_a_year_bounding_a_stretch_or_in_brackets_tells_no_story_of_now():
    # a text told from now (it told a date near its publication): the month is this year's
    text = (
        "Tarsk, 10 March 2011 - The Velkor trust ran the ferry from 2004 to 2007. "
        "Fares rose twice. In January the council sacked its manager."
    )
    assert ("January", "2011-01") in found(text, date(2011, 3, 10))
    text = "Tarsk, 10 March 2011 - The ferry ran 2004-2007. In January the council sold it."
    assert ("January", "2011-01") in found(text, date(2011, 3, 10))
    text = "The film Velkor Nights (1987) was banned. In January the society bought it."
    assert ("January", "2011-01") in found(text, date(2011, 3, 10))
    # a text told wholly of another time: the stretch is the story's time
    text = "Olusegun Adeyemi lived in Ibadan from 1961 to 1969. In May he moved to Lagos."
    assert ("May", "1969-05") in found(text, date(2011, 3, 10))


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        (
            "The dam burst in 1987. On June 3 of that year the town flooded.",
            "June 3 of that year",
            "1987-06-03",
        ),
        (
            "The dam burst in 1987; in March of the following year it was rebuilt.",
            "March of the following year",
            "1988-03",
        ),
        (
            "The mine shut in 1990, and on 2 May of the same year the pit was sealed.",
            "2 May of the same year",
            "1990-05-02",
        ),
        # "of" before "last", "next" or "this" year
        ("Ilko Varne has been held since March of last year.", "March of last year", "2021-03"),
        ("The Tarsk plant opens in May of next year.", "May of next year", "2023-05"),
        # without "of" after "the"
        (
            "The Velkor dam was finished in 1987. In March the following year it cracked.",
            "March the following year",
            "1988-03",
        ),
        (
            "Ana Vell married in 1990 and on May 4 the next year had a son.",
            "May 4 the next year",
            "1991-05-04",
        ),
    ],
)
def test_a_month_or_a_day_of_the_year_told_last_is_one_expression(sentence, expression, value):
    assert (expression, value) in found(sentence)


def test_a_year_naming_an_event_tells_no_story():
    text = "A report into the 2007 floods, published in March, warned of more."
    assert ("March", "2010-03") in found(text, date(2010, 6, 15))
    text = "Its 1998 merger failed. The bank was sold in February."
    assert ("February", "2010-02") in found(text, date(2010, 6, 15))
    # a stretch of time a year names may be the time of the story
    text = "Holm began the 1998 season in the minors. He was called up on July 6."
    assert ("July 6", "1998-07-06") in found(text, date(2010, 6, 15))


def test_a_year_told_beside_a_date_of_now_tells_no_story():
    text = (
        "A jury found the driver guilty on Monday of causing a crash in May 2009. "
        "The trial, which began on Sept. 27, heard from 40 witnesses."
    )
    assert ("Sept. 27", "2011-09-27") in found(text, date(2011, 11, 7))


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # WEDNESDAY: a week ended is the one before, with no day told (Friday ends it)
        ("The index ended the week 3 percent higher.", "the week", "2022-W36"),
        ("Stocks fell on Friday and ended the week 3 percent higher.", "the week", "2022-W36"),
        ("Copper closed the month 5 percent lower.", "the month", "2022-08"),
        ("Copper rose on Monday and was up 2 percent on the month.", "the month", "2022-09"),
        ("The bank began the year with a loss.", "the year", "2022"),
        ("The index lost 8 percent for the week.", "the week", "2022-W37"),
        ("Copper is up 2 percent for the month.", "the month", "2022-09"),
    ],
)
def test_the_stretch_a_market_report_ends_or_begins(sentence, expression, value):
    assert (expression, value) in found(sentence)


def test_a_year_ended_told_early_in_the_next_is_the_year_before():
    # read on 5 January: the year that ended is the one gone; the one begun is this one
    january = date(2009, 1, 5)
    assert ("the year", "2008") in found("The index ended the year down 34 percent.", january)
    assert ("the year", "2009") in found("The bank began the year with a loss.", january)
    december = date(2008, 12, 31)
    assert ("the year", "2008") in found("The index ended the year down 34 percent.", december)


@pytest.mark.parametrize(
    "sentence",
    [
        "She rented a car for the week.",
        "Visitors who come to the town for the day park outside it.",
        "The office closed the week's accounts.",
        "He sold the year's crop.",
    ],
)
def test_other_uses_of_the_week_are_no_dates(sentence):
    assert found(sentence) == []


def test_a_day_name_with_a_possessive_before_a_name_is_the_day():
    assert ("Saturday's", "2022-09-10") in found("Saturday's Harvest Parade drew crowds.")
    assert found("The Sunday Herald reported the deal.") == []


def test_the_previous_quarter_is_the_one_before_the_quarter_told_last():
    text = "Exports fell in the second quarter from the previous quarter."
    assert ("the previous quarter", "2022-Q1") in found(text)
    text = "Exports fell in the first quarter of 2019 and rose the following quarter."
    assert ("the following quarter", "2019-Q2") in found(text)


def test_years_ago_today_is_that_day():
    text = "Thirty years ago today, the bridge opened; four days later it closed."
    assert found(text) == [
        ("Thirty years ago today", "1992-09-14"),
        ("four days later", "1992-09-18"),
    ]


def test_years_ago_this_month_or_week_is_that_month_or_week():
    # WEDNESDAY: 2022-09-14
    text = "Ten years ago this month, the euro was launched. A year ago this week, a bank fell."
    assert found(text) == [
        ("Ten years ago this month", "2012-09"),
        ("A year ago this week", "2021-W37"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        (
            "Net profit fell 9 percent in the second quarter from a year earlier.",
            "a year earlier",
            "2021-Q2",
        ),
        (
            "Sales rose 4 percent in the first half of 2020 from a year ago.",
            "a year ago",
            "2019-H1",
        ),
        ("Exports rose 6 percent in August from a year earlier.", "a year earlier", "2021-08"),
        (
            "Output in the third quarter of 2019 was up on two years earlier.",
            "two years earlier",
            "2017-Q3",
        ),
        ("A year ago the mill employed 300 people.", "A year ago", "2021"),
    ],
)
def test_a_year_earlier_than_a_period_told_in_its_sentence_is_that_period(
    sentence, expression, value
):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Revenue in the second quarter was 2 billion dollars, against 1.8 billion in the"
            " same period last year.",
            "the same period last year",
            "2021-Q2",
        ),
        (
            "The fair drew 40,000 visitors in August. That was up from 35,000 in the same"
            " month a year earlier.",
            "the same month a year earlier",
            "2021-08",
        ),
        (
            "Profit in the second quarter beat the year-ago quarter, the bank said.",
            "the year-ago quarter",
            "2021-Q2",
        ),
        ("Prices are higher than at the same time last year.", "the same time last year", "2021"),
        (
            "Orders in the third quarter rose from the year-earlier period.",
            "the year-earlier period",
            "2021-Q3",
        ),
        (
            "The mill sold more paper in June than in the prior-year month.",
            "the prior-year month",
            "2021-06",
        ),
    ],
)
def test_the_same_period_a_year_back_is_the_period_told_moved_a_year(text, expression, value):
    assert (expression, value) in found(text)


def test_the_week_of_a_day_is_that_days_week():
    text = "Talks will resume the week of October 10, the union said."
    assert ("the week of October 10", "2022-W41") in found(text)
    text = "The festival was held during the week of June 6, 2019."
    assert ("the week of June 6, 2019", "2019-W23") in found(text)


def test_a_day_name_with_last_or_next_week_is_that_day_of_that_week():
    assert ("Tuesday last week", "2022-09-06") in found(
        "The ferry ran aground on Tuesday last week."
    )
    assert ("Thursday next week", "2022-09-22") in found("The board meets on Thursday next week.")
    assert ("Monday of last week", "2022-09-05") in found(
        "The talks broke down on Monday of last week."
    )


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("In August, 2,000 dockers went on strike.", "August", "2022-08"),
        ("The ship was delivered in June, 14 months late.", "June", "2022-06"),
        ("In the spring, 300 walkers joined the march.", "the spring", "2022-SP"),
        ("The mill shut in March, 2011, after a flood.", "March, 2011", "2011-03"),
    ],
)
def test_a_month_before_a_comma_and_a_number_that_is_no_year(sentence, expression, value):
    assert (expression, value) in found(sentence)


def test_quarters_of_something_are_shares_not_time():
    assert found("The bank cut rates by three-quarters of a point.") == []
    assert found("Nearly three quarters of the staff voted to strike.") == []
    assert ("three quarters", "P9M") in found("Profit fell for three quarters in a row.")


def test_a_part_of_the_year_in_a_story_of_another_year_is_of_that_year():
    assert ("the end of the year", "1998") in found(
        "In 1998 the mill closed. By the end of the year, 300 workers had left."
    )
    assert ("Later in the year", "2003") in found(
        "The firm was founded in 2003. Later in the year it opened a second shop."
    )
    # a plan is of the present, whatever year was told before
    assert ("the end of the year", "2022") in found(
        "Sales rose in 2016, the firm said. It expects to hire 300 people by the end of the year."
    )


def test_an_ordinal_day_is_a_day_of_the_month_told_or_of_the_publications():
    assert ("the 20th", "2022-08-20") in found(
        "The vote was held in August. Results came on the 20th, officials said."
    )
    assert ("the 20th", "2022-08-20") in found("The results came on the 20th, officials said.")
    assert ("the 20th", "2022-09-20") in found("The results will come on the 20th.")
    assert ("the 2nd", "2022-10-02") in found("Bids will close on the 2nd.")
    assert found("He moved from the 2nd to the 5th floor.") == []
    assert found("She lives on the 2nd and 3rd floors.") == []


def test_the_same_period_is_the_period_told_last_though_a_day_was_told_after_it():
    text = (
        "Revenue rose 22 percent in the second quarter, the firm said on Wednesday."
        " Revenue in the same period last year was 1 billion dollars."
    )
    assert ("the same period last year", "2021-Q2") in found(text)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The bank will cut its debt by end-2024.", "end-2024", "2024"),
        ("Prices hit a low at end-June.", "end-June", "2022-06"),
        ("Sales in H1 2021 were flat.", "H1 2021", "2021-H1"),
        ("Exports recovered in the March quarter.", "the March quarter", "2022-Q1"),
    ],
)
def test_wire_forms_of_parts_of_a_year(sentence, expression, value):
    assert (expression, value) in found(sentence)


def test_a_flu_strain_is_no_half_year():
    assert found("The H1N1 strain spread in H1 and H2 cells.") == []


def test_a_month_or_season_after_into_is_a_date():
    assert ("June", "2022-06") in found("The drought dragged on into June.")
    assert ("the winter", "2022-WI") in found("The work will go on into the winter.")
    assert found("She ran into May at the market.") == []


def test_the_end_of_a_range_of_days_comes_after_its_start():
    text = "The storm season runs from June 1 to November 30."
    assert ("November 30", "2023-11-30") in found(text, date(2023, 5, 10))
    text = "The office is closed between December 24 and January 2."
    assert ("January 2", "2023-01-02") in found(text, date(2022, 12, 10))


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The bureau will publish the October figures next week.", "October", "2022-10"),
        ("Its August survey showed weaker hiring.", "August", "2022-08"),
        ("The cooperative's March meeting was stormy.", "March", "2022-03"),
        (
            "Voters in the province go to the polls in the November elections.",
            "November",
            "2022-11",
        ),
    ],
)
def test_item_13_a_month_before_a_noun_after_a_determiner_is_a_date(sentence, expression, value):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The March of the Veterans drew a crowd.",
        "Fans of the May Brothers queued all night.",
        "Its June Carter tribute sold well.",
    ],
)
def test_item_13_a_month_before_a_name_or_of_is_no_date(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("The clinic will reopen in the new year.", date(2022, 11, 30), "2023"),
        ("Snow may last into the New Year, forecasters said.", date(2022, 12, 20), "2023"),
        ("Trading was quiet as the new year began.", date(2023, 1, 4), "2023"),
    ],
)
def test_item_13_the_new_year_is_the_year_that_begins_nearest_the_publication(
    sentence, published, value
):
    assert [v for e, v in found(sentence, published) if "year" in e.lower()] == [value]


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The brewery's 2019 sales were its best.", "2019"),
        ("Its 2020 revenues fell by a third.", "2020"),
        ("The ferry line's 2018 losses were covered by the state.", "2018"),
        ("A 2017 loss of 3 million pounds was reported.", "2017"),
    ],
)
def test_item_13_a_year_after_a_possessive_or_before_a_noun_in_ss_is_a_year(sentence, expression):
    assert (expression, expression) in found(sentence)


def test_item_13_a_count_after_a_possessive_stays_a_count():
    assert found("The union's 1500 members voted to strike.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The crash recalled Black Monday, when shares lost a fifth of their value.",
        "Candidates campaigned hard before Super Tuesday.",
    ],
)
def test_item_13_a_day_named_by_an_epithet_is_no_weekday_of_this_week(sentence):
    assert found(sentence) == []


def test_item_13_a_weekday_after_a_name_is_still_a_weekday():
    assert ("Monday", "2022-09-12") in found("Harlan Mills Monday said profit fell.")


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("Ticket sales slumped at the end of the year.", date(2016, 1, 5), "2015"),
        ("The chain will close 40 shops by the end of the year.", date(2016, 1, 5), "2016"),
        ("Ticket sales slumped at the end of the year.", date(2016, 11, 20), "2016"),
        ("Rents rose at the end of the month.", date(2016, 10, 4), "2016-09"),
        ("Hiring will pick up at the start of the year.", date(2016, 12, 20), "2017"),
        ("Hiring picked up at the start of the year.", date(2016, 12, 20), "2016"),
    ],
)
def test_item_13_the_end_or_start_of_a_period_is_the_one_the_tense_can_reach(
    sentence, published, value
):
    assert [v for e, v in found(sentence, published) if "the" in e] == [value]


def test_item_13_a_deadline_told_in_the_past_still_looks_on():
    text = "The firm promised a repair before the end of the month."
    assert found(text, date(2016, 10, 4)) == [("the end of the month", "2016-10")]


def test_item_13_the_weekend_of_a_day_is_that_weeks_weekend():
    text = "Gales are expected on the weekend of October 22."
    assert found(text) == [("the weekend of October 22", "2022-W42-WE")]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("It was the wettest August since 1956, forecasters said.", "August", "2022-08"),
        ("Shops had their busiest July on record.", "July", "2022-07"),
    ],
)
def test_item_13_a_month_after_a_superlative_is_a_date(sentence, expression, value):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "published", "expression", "value"),
    [
        ("Resorts expect their busiest summer on record.", date(2024, 6, 12), "summer", "2024-SU"),
        ("The region had its coldest winter since 1963.", date(2024, 6, 12), "winter", "2023-WI"),
        ("A wet autumn was blamed for the poor harvest.", date(2024, 6, 12), "autumn", "2023-FA"),
    ],
)
def test_item_13_a_season_after_a_determiner_and_an_adjective_is_a_date(
    sentence, published, expression, value
):
    assert (expression, value) in found(sentence, published)


@pytest.mark.parametrize(
    "sentence",
    [
        "The town runs a summer school for children.",
        "Shops sold out of their warm winter coats.",
        "Prices showed a sharp fall in June.",
    ],
)
def test_item_13_a_season_naming_a_kind_of_thing_is_no_date(sentence):
    assert [e for e, _ in found(sentence) if e.lower() in ("summer", "winter", "fall")] == []


def test_item_13_a_season_as_a_stretch_is_no_date_of_a_year():
    assert found("She taught there for a summer.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # WEDNESDAY: 2022-09-14
        ("Gas cost this much as recently as March.", [("March", "2022-03")]),
        ("Shares traded above 40 dollars as recently as 2019.", [("2019", "2019")]),
        ("A deal could come as early as November.", [("November", "2022-11")]),
        ("The ferry ran as late as October last year.", [("October last year", "2021-10")]),
        # "recently" alone is still a reference to the past
        ("The bank recently cut its rate.", [("recently", "PAST_REF")]),
        ("The bank has recently cut its rate.", [("recently", "PAST_REF")]),
    ],
)
def test_item_13_as_recently_or_early_as_bounds_the_time_after_it(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14
        (
            "Police arrived on the morning of September 3.",
            "the morning of September 3",
            "2022-09-03TMO",
        ),
        ("The dam broke on the night of August 30.", "the night of August 30", "2022-08-30TNI"),
        (
            "The vote will be counted on the evening of October 2, 2022.",
            "the evening of October 2, 2022",
            "2022-10-02TEV",
        ),
        ("Talks ran into the afternoon of May 5.", "the afternoon of May 5", "2022-05-05TAF"),
    ],
)
def test_item_13_a_part_of_a_day_named_by_its_date_is_that_part(sentence, expression, value):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14
        (
            "The brewer's second-quarter profit rose 9 percent. Sales in the quarter fell.",
            "the quarter",
            "2022-Q2",
        ),
        (
            "Profit rose in the first quarter of 2021, and costs in the quarter fell.",
            "the quarter",
            "2021-Q1",
        ),
        ("The index ended the quarter 4 percent lower.", "the quarter", "2022-Q3"),
        ("Sales in the latest quarter rose 8 percent.", "the latest quarter", "2022-Q2"),
        ("Sales in the most recent quarter rose.", "the most recent quarter", "2022-Q2"),
    ],
)
def test_item_13_the_quarter_is_the_one_told_or_the_one_running(sentence, expression, value):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # WEDNESDAY: 2022-09-14; accounts come out after a quarter closes: a report in the
        # past is of the last quarter ended, a plan of the one running
        ("Sales in the quarter fell.", "2022-Q2"),
        ("Oskel Freight said its net loss in the quarter narrowed to 3 million zlotys.", "2022-Q2"),
        ("Dravo Cement expects revenue to rise in the quarter.", "2022-Q3"),
        # told further back, the report's own quarter, the first the text told
        (
            "Halvik Dairy reports third-quarter profit rise\n\nHalvik Dairy said on Monday "
            "that milk prices held. Its chairman, Aino Rask, will retire in May. Analysts had "
            "expected a profit of 4 million euros in the quarter.",
            "2022-Q3",
        ),
    ],
)
def test_item_13_the_quarter_of_figures_with_none_told_is_the_one_reported(sentence, value):
    assert ("the quarter", value) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents of the quarter said the water was cut on Monday.",  # no figures
        "Dravo Cement sold 3 million tonnes in the quarter to June.",  # June tells which
        "The firm's third-quarter sales rose. The Latin Quarter is busy.",
        "A quarter of the staff left in the second quarter. The quarter of the city is empty.",
        # money told of a town's quarter is no firm's accounts
        "The fire destroyed 40 homes in the old quarter of Tarsk. Damage in the quarter was "
        "put at 3 million euros, the mayor said.",
        "Rents in the quarter rose 4 percent, the council said.",  # no accounts' noun
    ],
)
def test_item_13_the_quarter_without_one_told_is_no_date(sentence):
    assert not [value for text, value in found(sentence) if text.lower().endswith("the quarter")]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; a part of the day is of the day told last, else of the day
        # of the report
        ("In the afternoon, the index recovered.", "the afternoon", "2022-09-14TAF"),
        ("The ferry sank on Monday. It broke up during the night.", "the night", "2022-09-12TNI"),
        ("Rescuers worked through the night.", "the night", "2022-09-14TNI"),
        ("The fire was out by the early evening.", "the early evening", "2022-09-14TEV"),
        ("The fire started late in the evening.", "late in the evening", "2022-09-14TEV"),
    ],
)
def test_item_13_the_part_of_a_day_is_of_the_day_told(sentence, expression, value):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The morning of the vote was calm.",  # of an event: no day known
        "In the evening of his life he wrote poems.",
        # a habit or a plan told in the present, no report of one day
        "The plane flies to the mainland in the morning.",
        "Clubs buzz with music in the evening.",
    ],
)
def test_item_13_the_part_of_a_day_of_something_is_no_date(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; Thanksgiving 2021 fell on November 25
        (
            "Shops opened at dawn the day after Thanksgiving.",
            "the day after Thanksgiving",
            "2021-11-26",
        ),
        ("Traffic peaked the day before Christmas.", "the day before Christmas", "2021-12-24"),
        ("The store will reopen the day after Christmas.", "the day after Christmas", "2022-12-26"),
    ],
)
def test_item_13_the_day_before_or_after_a_holiday(sentence, expression, value):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; the day told last, else the day of the report
        ("The firm must reply by the end of the day.", "the end of the day", "2022-09-14"),
        ("Shares recovered towards the end of the day.", "the end of the day", "2022-09-14"),
        (
            "Stocks fell on Monday, and by the end of the day the index had lost 8 percent.",
            "the end of the day",
            "2022-09-12",
        ),
        ("Shares fell at the start of the day.", "the start of the day", "2022-09-14"),
    ],
)
def test_item_13_the_end_or_start_of_the_day_is_the_day_told(sentence, expression, value):
    assert (expression, value) in found(sentence)


def test_item_13_at_the_end_of_the_day_as_a_turn_of_phrase_is_no_date():
    assert found("At the end of the day, voters want jobs.") == []
    assert found("At the end of the day it is the players who decide.") == []
    assert found("At the end of the day, the deal fell through.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # WEDNESDAY: 2022-09-14; each month of a list or a range is one
        ("Prices rose in April and May.", [("April", "2022-04"), ("May", "2022-05")]),
        (
            "Sales fell in March, April and May.",
            [("March", "2022-03"), ("April", "2022-04"), ("May", "2022-05")],
        ),
        ("The fair ran from March to May.", [("March", "2022-03"), ("May", "2022-05")]),
        ("Rents rose between March and May.", [("March", "2022-03"), ("May", "2022-05")]),
        # a name after a month is no month
        ("Prices rose in April and May Brothers fell.", [("April", "2022-04")]),
        ("Rents rose in April, May Vell said.", [("April", "2022-04")]),
    ],
)
def test_item_13_every_month_of_a_list_or_a_range(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; a day in the possessive names a thing of that day, the
        # time of the report stays the day told before it
        (
            "Shares rose on Tuesday, recovering Monday's losses. Trading opened at 9:30 a.m.",
            "9:30 a.m.",
            "2022-09-13T09:30",
        ),
        (
            "Oil rose after Monday's fall. Brent reached 92 dollars in the afternoon.",
            "the afternoon",
            "2022-09-14TAF",
        ),
        (
            "Stocks rose on Tuesday, recovering Monday's losses, and the index opened at 9:30 a.m.",
            "9:30 a.m.",
            "2022-09-13T09:30",
        ),
        # told in its own clause, or not in the possessive, the day holds
        ("Monday's session opened at 9:30 a.m.", "9:30 a.m.", "2022-09-12T09:30"),
        (
            "A quake struck on Saturday evening. It hit at 6:40 p.m. and shook the city.",
            "6:40 p.m.",
            "2022-09-10T18:40",
        ),
    ],
)
def test_item_13_a_day_in_the_possessive_does_not_date_the_clock_times_after_it(
    text, expression, value
):
    assert (expression, value) in found(text)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a firm's year of accounts named by its year before 'financial/fiscal year'
        ("Profit for the 2021 financial year fell.", "the 2021 financial year", "FY2021"),
        ("Its 2023 fiscal year ends in June.", "2023 fiscal year", "FY2023"),
        ("Sales in the 2021/22 financial year rose.", "the 2021/22 financial year", "FY2021"),
        # as before: the year after the words
        ("Profit for the financial year 2021 fell.", "the financial year 2021", "FY2021"),
    ],
)
def test_item_13_a_year_before_financial_year_is_that_fiscal_year(sentence, expression, value):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; a year of accounts told from now is one too, as TimeML
        # writes it (the calendar year stays a year)
        (
            "The firm expects a loss for the current fiscal year.",
            "the current fiscal year",
            "FY2022",
        ),
        ("Profit rose 8 percent last financial year.", "last financial year", "FY2021"),
        ("Sales will recover next fiscal year.", "next fiscal year", "FY2023"),
        ("Sales fell in the last calendar year.", "the last calendar year", "2021"),
    ],
)
def test_item_13_a_relative_fiscal_year_is_a_year_of_accounts(sentence, expression, value):
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; a part of the day with no article, as market reports
        # write it: early, mid- or late before it, or trading after it
        ("Shares rose 2 percent in morning trading.", "morning trading", "2022-09-14TMO"),
        ("Brent reached 92 dollars by late afternoon.", "late afternoon", "2022-09-14TAF"),
        ("The index was down 1 percent by mid-afternoon.", "mid-afternoon", "2022-09-14TAF"),
        ("Oil fell on Monday and rose in late evening trade.", "late evening", "2022-09-12TEV"),
    ],
)
def test_item_13_a_part_of_the_day_with_no_article_in_a_report(sentence, expression, value):
    assert (expression, value) in found(sentence)


def test_item_13_a_part_of_the_day_with_no_article_is_no_date_alone():
    assert found("The convoy travelled by night.") == []
    assert found("The ferry sails in morning fog.") == []


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; the ISO week holding the middle of those seven days
        ("The strike began in the first week of August.", "the first week of August", "2022-W31"),
        ("Sales rose in the last week of June.", "the last week of June", "2022-W26"),
        (
            "Talks resume in the second week of October 2023.",
            "the second week of October 2023",
            "2023-W41",
        ),
    ],
)
def test_item_13_a_week_of_a_month_by_its_rank(sentence, expression, value):
    assert found(sentence) == [(expression, value)]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; a day of trade or work is a weekday: Monday's previous
        # trading day is the Friday, as its previous session is
        (
            "Oil fell on Monday after gaining 2 percent on the previous trading day.",
            "the previous trading day",
            "2022-09-09",
        ),
        (
            "Payment is due on Friday; funds arrive the next business day.",
            "the next business day",
            "2022-09-19",
        ),
        ("The deal must close by the next business day.", "the next business day", "2022-09-15"),
        (
            "The strike began on Monday; the following working day, talks resumed.",
            "the following working day",
            "2022-09-13",
        ),
    ],
)
def test_item_13_a_trading_business_or_working_day_is_a_day(sentence, expression, value):
    assert (expression, value) in found(sentence)


def test_item_13_the_weekend_after_since_is_the_last_one():
    # WEDNESDAY: 2022-09-14
    text = "At least 14 people have died since the weekend."
    assert found(text) == [("the weekend", "2022-W36-WE")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; a comparison's base is the period the sentence before told
        (
            "Second-quarter profit rose 8 percent. Sales rose 5 percent from a year earlier.",
            "a year earlier",
            "2021-Q2",
        ),
        (
            "Exports fell in August. They were 3 percent lower than a year ago.",
            "a year ago",
            "2021-08",
        ),
        # not a comparison: the year
        (
            "Profit rose in the second quarter. A year ago the mill employed 300 people.",
            "A year ago",
            "2021",
        ),
    ],
)
def test_item_13_a_year_earlier_compared_with_takes_the_period_told_just_before(
    text, expression, value
):
    assert (expression, value) in found(text)


def test_item_13_the_month_of_may_is_a_month():
    # WEDNESDAY: 2022-09-14; "of" before "May" may lead to a name ("the Queen of May"),
    # not after "the month"
    assert found("Sales rose 3 percent in the month of May.") == [("May", "2022-05")]
    assert found("The parade honoured the Queen of May.") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # WEDNESDAY: 2022-09-14; a comparison's base is no time of the story: the next
        # one is counted from the same year
        (
            "Profit rose 5 percent from a year earlier. Sales rose 3 percent from a year earlier.",
            ["2021", "2021"],
        ),
        ("Exports rose from a year ago. Two years earlier, they fell.", ["2021", "2020"]),
        # "against" a figure of a year earlier, as earnings reports write it
        (
            "Profit was 2 million in the third quarter, against a loss a year earlier. "
            "Sales in the quarter rose.",
            ["2022-Q3", "2021-Q3", "2022-Q3"],
        ),
        (
            "Unemployment was 4.2 percent in March, up from 3.9 percent a year earlier. "
            "Two years earlier, it was 5 percent.",
            ["2022-03", "2021-03", "2020"],
        ),
        # "from" with no figure tells a time: the story moves back from it
        ("She left the board a year ago. Two years earlier, she joined it.", ["2021", "2019"]),
        ("She retired from the board a year ago. A year earlier, she fell ill.", ["2021", "2020"]),
        # a year told is one: the story moves back from it
        ("The mill closed in 2015. A year earlier, it had cut 200 jobs.", ["2015", "2014"]),
    ],
)
def test_item_13_a_comparisons_base_is_not_the_date_told_last(text, values):
    assert [value for _, value in found(text)] == values


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The ferry sank in 1907. Storms had lashed the coast that spring.",
            "that spring",
            "1907-SP",
        ),
        (
            "In 1907 the ferry sank. The pier reopened the following summer.",
            "the following summer",
            "1908-SU",
        ),
        (
            "In 1907 the ferry sank. The previous winter had been mild.",
            "The previous winter",
            "1906-WI",
        ),
        ("The pier closed in May 2003 and reopened that autumn.", "that autumn", "2003-FA"),
    ],
)
def test_a_season_told_from_another_date_is_of_that_date(text, expression, value):
    """'that spring', 'the following summer' count from the date told last, as 'that year'
    and 'the following year' do, not from the publication date."""
    assert (expression, value) in found(text)


def test_a_day_until_which_a_past_story_held_is_of_the_story():
    """'was delayed until 9 July' in a story of another year is that year's 9 July: a past
    verb before 'until' tells a story, as 'adjourned until Nov. 3' in a report of now
    looks forward."""
    text = "Building began in April 1871. Work was halted until 9 July after a fire."
    assert ("9 July", "1871-07-09") in found(text)
    text = "The theatre opened in 1871. Its first season was cut short, and shows were put off until 9 July."
    assert ("9 July", "1871-07-09") in found(text)
    # of now, and in the future, 'until' still looks forward
    text = "The hearing was adjourned until Nov. 3, the court said."
    assert ("Nov. 3", "2022-11-03") in found(text)
    text = "The plant shut in 2015. It will stay closed until 9 July."
    assert ("9 July", "2023-07-09") in found(text)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The side finished fourth last season.", "last season", "2021"),
        ("She has scored nine goals this season.", "this season", "2022"),
        ("He will move to Porto next season.", "next season", "2023"),
        ("The club went down two seasons ago.", "two seasons ago", "2020"),
    ],
)
def test_a_season_of_sport_told_from_now_is_a_year(text, expression, value):
    """A sports season told from the report ('last season', 'this season') is a year, as
    'the 2013 season' is; 'the holiday season' or 'season tickets' name no time."""
    assert (expression, value) in found(text)
    assert found("Shops expect a busy holiday season. Season tickets sold out.") == []


def test_a_year_of_the_last_or_first_time_tells_no_story():
    """'It last struck in November 2014', 'was first approved in 2015' say how long ago
    something happened, from now: background, no story of that year, so a month told after
    it is the report's ('Talks began in February': this February)."""
    april = date(2017, 4, 18)
    text = "The union will strike on Thursday. It last struck in November 2014. Talks began in February."
    assert ("February", "2017-02") in found(text, april)
    text = "The drug was first approved in 2015. Sales rose in March."
    assert ("March", "2017-03") in found(text, april)
    # a story of that year is still told
    text = "The mill last ran in 1998. In March 1998 the workers left; on May 4 the gates shut."
    assert ("May 4", "1998-05-04") in found(text, april)
    text = "In 1998 the mill closed for the last time. In March the workers left."
    assert ("March", "1998-03") in found(text, april)


def test_a_range_of_days_before_its_month_is_one_expression_from_its_first_day():
    # "June 12 to 15" was one expression from the 12th; "from 12 to 15 June" gave only the
    # 15th, and a chronology dated the festival by its last day
    text = "The festival ran from 12 to 15 June in Kelby, and the fair from 3 through 5 May."
    found = {t.text: t.value for t in find_timexes(text, date(2024, 8, 1), sentences(text))}
    assert found == {"12 to 15 June": "2024-06-12", "3 through 5 May": "2024-05-03"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; "prior" is "previous", as earnings reports write it
        ("Revenue fell 8 percent from the prior year.", "the prior year", "2021"),
        ("Output of the mill rose in July from the prior month.", "the prior month", "2022-06"),
        ("The shares had closed at $12 the prior day.", "the prior day", "2022-09-13"),
        (
            "Exports fell in the second quarter from the prior quarter.",
            "the prior quarter",
            "2022-Q1",
        ),
    ],
)
def test_the_prior_unit_is_the_previous_one(text, expression, value):
    assert (expression, value) in found(text)
    assert found("He had two prior convictions, and prior to the hearing he spoke.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Second-quarter profit rose from the year-ago quarter and fell from the previous quarter.",
        "Second-quarter sales rose from the same quarter last year and fell from the prior quarter.",
    ],
)
def test_a_period_a_year_back_compared_with_is_not_the_period_told_last(text):
    # the quarter before is the one before the second quarter, not before the base a year back
    assert [value for _, value in found(text)] == ["2022-Q2", "2021-Q2", "2022-Q1"]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; halves as analysts write them, with or without a year
        ("Sales rose 8 percent in H1, the bank said.", "H1", "2022-H1"),
        ("Revenue rose in 1H21 and in H2'21.", "1H21", "2021-H1"),
        ("Revenue rose in 1H21 and in H2'21.", "H2'21", "2021-H2"),
        ("Profit in 2H 2023 will recover.", "2H 2023", "2023-H2"),
        # a loss is a figure of a year's accounts too
        ("The lender posted a first-half loss.", "first-half", "2022-H1"),
    ],
)
def test_halves_written_h1_or_1h(text, expression, value):
    assert (expression, value) in found(text)


def test_h1_or_h2_outside_a_business_report_is_no_half():
    assert found("The H1N1 virus spread. He drove an H2 home and scored in H2 of the game.") == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; a bound of time before a month or a year
        ("The firm has lost money since at least 2005.", "2005", "2005"),
        ("The men had planned the attack since at least January.", "January", "2022-01"),
        ("The plant will stay shut until at least March.", "March", "2023-03"),
        ("The bridge will open no earlier than 2026.", "2026", "2026"),
    ],
)
def test_a_month_or_year_after_at_least_or_no_later_than(text, expression, value):
    assert (expression, value) in found(text)
    # "at least" and "than" alone lead to a count
    assert found("At least 2000 died, and no more than 1500 fled.") == []


def test_the_week_or_year_before_last_is_two_back_from_the_report():
    # WEDNESDAY: 2022-09-14, in ISO week 37
    text = "The deal was signed the week before last, and the mine closed the year before last."
    assert found(text) == [("the week before last", "2022-W35"), ("the year before last", "2020")]


def test_the_same_period_of_a_year_named_is_the_period_told_in_that_year():
    text = "Output fell in the first half of 2023 compared with the same period of 2022."
    assert ("the same period of 2022", "2022-H1") in found(text)
    text = "Sales rose in the second quarter from the same quarter in 2019."
    assert ("the same quarter in 2019", "2019-Q2") in found(text)


def test_a_house_number_before_a_street_is_no_year():
    text = "A fire broke out at 1420 Velkor Street. The Dunmore Deli, 1214 Old Harbour Rd., shut."
    assert found(text) == []
    # after a word that leads to a year, or before anything but a street, it is one
    assert ("1996", "1996") in found("In 1996 Harbour Road was widened.")
    assert ("1996", "1996") in found("The 1996 Velkor floods ruined the street.")


def test_today_after_a_capitalised_word_ends_a_name():
    text = "The mayor told Tarsk Today that she would resign. Copies of Velkor Today are free."
    assert found(text) == []
    assert ("Today", "2022-09-14") in found("Today, the mayor of Tarsk resigned.")
    # a headline in title case capitalises the day too
    assert ("Today", "2022-09-14") in found("Council Votes Today On Budget\nThe vote is close.")


def test_for_the_year_of_a_year_s_accounts_is_the_year():
    # WEDNESDAY: 2022-09-14
    assert ("the year", "2022") in found("Halvik cut its sales forecast for the year.")
    assert ("the quarter", "2022-Q3") in found("Velkor expects a loss for the quarter.")
    # wherever the clause goes on after it
    assert ("the year", "2022") in found("Halvik's profit for the year rose 5 percent.")
    text = "Halvik raised its forecast for the year on Tuesday."
    assert found(text) == [("the year", "2022"), ("Tuesday", "2022-09-13")]
    # a stay or a trip's stretch is no time told
    assert found("Olusegun Adeyemi moved to Tarsk for the year.") == []
    assert found("Adeyemi was named player for the year ahead in Tarsk.") == []
    # a figure of the sentence before is no market's
    assert found("Halvik shares rose 5 percent. Adeyemi moved to Tarsk for the week.") == []
    assert ("the week", "2022-W37") in found("Velkor oil lost 8.5 percent for the week.")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; a clock told with a part of a day is one time, the clock's
        (
            "The Velkor blast came at 9:30 on Sunday morning.",
            "9:30 on Sunday morning",
            "2022-09-11T09:30",
        ),
        # a zone written in words stands between the clock and its day
        (
            "Polls in Tarsk will close at 8 p.m. Eastern time on Tuesday.",
            "8 p.m. Eastern time on Tuesday",
            "2022-09-20T20:00",
        ),
        # a clock in a report is not on a day still to come told before it
        (
            "The Tarsk vote is on Friday. Trading in Halvik halted at noon.",
            "noon",
            "2022-09-14T12:00",
        ),
        ("The Tarsk vote is on Friday. Polls open at 7 a.m.", "7 a.m.", "2022-09-16T07:00"),
    ],
)
def test_a_clock_time_is_on_the_day_it_is_told_with(text, expression, value):
    assert (expression, value) in found(text)


def test_a_number_before_a_participle_and_a_plural_counts():
    text = "The Velkor wiki has over 1200 featured articles, and some 2000 armed men guard Tarsk."
    assert found(text) == []
    # after a word that leads to a year, a year still
    assert ("2009", "2009") in found("In 2009 elected officials in Tarsk met.")


def test_the_30s_of_the_weather_are_degrees():
    text = "Highs in Velkor will be in the 80s, and the mercury fell into the 20s in Tarsk."
    assert found(text) == []
    assert found("Nights in the 30s°F are common in Dunmore.") == []
    # a decade elsewhere, even after "high"
    assert ("the 70s", "197") in found("Prices in Tarsk were high in the 70s.")


def test_on_the_weekend_is_a_weekend_as_over_the_weekend_is():
    # told on a Wednesday: the weekend gone by in a report, the next one in a plan
    assert found("Storms hit the Velkor coast on the weekend.") == [("the weekend", "2022-W36-WE")]
    text = "The Halvik fair will reopen on the weekend."
    assert found(text) == [("the weekend", "2022-W37-WE")]


def test_this_weekend_in_a_report_told_on_a_weekday_is_the_one_gone_by():
    monday = date(2022, 9, 12)
    text = "Thousands marched through Velkor this weekend."
    assert found(text, monday) == [("this weekend", "2022-W36-WE")]
    text = "The Halvik fair will reopen this weekend."
    assert found(text, monday) == [("this weekend", "2022-W37-WE")]
    # told on the weekend itself, it is that one
    assert found(text.replace("will reopen", "reopened"), date(2022, 9, 11)) == [
        ("this weekend", "2022-W36-WE")
    ]


def test_a_half_in_a_sentence_of_firms_trade_or_prices_is_a_half_of_the_year():
    # told in September: the first half to come, the second half under way
    assert found("The Halvik company expects to close the deal in the first half.") == [
        ("the first half", "2023-H1")
    ]
    assert found("Velkor's exports picked up in the second half, the ministry said.") == [
        ("the second half", "2022-H2")
    ]
    assert found("Okafor scored twice in the second half as the visitors equalised.") == []


def test_the_near_and_the_distant_future_are_times_to_come():
    assert found("The Velkor plant may reopen in the near future.") == [
        ("the near future", "FUTURE_REF")
    ]
    assert found("In the distant future, Halvik may run out of water.") == [
        ("the distant future", "FUTURE_REF")
    ]


def test_these_days_is_the_present():
    assert found("Few farmers in Velkor grow rice these days, officials said.") == [
        ("these days", "PRESENT_REF")
    ]
    assert ("three days", "P3D") in found("These three days of talks in Halvik ended.")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Storms hit Velkor on Monday night. By 2 a.m. the river had burst its banks.",
            "2 a.m.",
            "2022-09-13T02:00",
        ),
        ("Rain fell on Monday between 10 p.m. and 4 a.m.", "4 a.m.", "2022-09-13T04:00"),
        ("The blockade begins on Thursday night and ends at 5 a.m.", "5 a.m.", "2022-09-16T05:00"),
        (
            "Storms hit Velkor on Monday night. At 7 a.m. crews arrived.",
            "7 a.m.",
            "2022-09-13T07:00",
        ),
        # with no night told, or in the afternoon, a clock keeps the day
        ("Storms hit Velkor on Monday night and again at 2 p.m.", "2 p.m.", "2022-09-12T14:00"),
        ("The ferry left Tarsk on Monday at 3 a.m.", "Monday at 3 a.m.", "2022-09-12T03:00"),
        # no day after the publication's for a report of the night before it
        ("Police came at 11 p.m. and arrested Ilko Varne at 1 a.m.", "1 a.m.", "2022-09-14T01:00"),
    ],
)
def test_a_clock_of_the_small_hours_after_a_night_is_the_next_day(text, expression, value):
    assert (expression, value) in found(text)


def test_an_evening_clock_after_a_night_and_the_day_of_its_telling_is_of_that_night():
    text = (
        "Storms on Tuesday night flooded Velkor, the agency said on Wednesday. Rain began "
        "at about 10 p.m. and went on until 5 a.m."
    )
    assert found(text)[2:] == [("10 p.m.", "2022-09-13T22:00"), ("5 a.m.", "2022-09-14T05:00")]
    # an evening clock with no night told before it keeps the day told
    text = "The agency said on Tuesday that rain began at about 10 p.m."
    assert ("10 p.m.", "2022-09-13T22:00") in found(text)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Velkor Oil raised the price of its crude for February, it said.", "2023-02"),
        ("Rents for March rose 2 percent in Tarsk.", "2023-03"),
        # the nearest such month: one gone by when it is nearer
        ("Ana Vell stayed in Tarsk for August.", "2022-08"),
        # figures for a month are reported after it
        ("Sales for November fell 3 percent.", "2022-11"),
    ],
)
def test_a_month_a_thing_is_for_is_the_nearest_such_month(sentence, value):
    """Told on 9 January 2023: a past verb does not make the month the price is for gone by."""
    month = sentence.split(" for ")[1].split()[0].rstrip(",.")
    assert (month, value) in found(sentence, date(2023, 1, 9))


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Velkor Mining lost money in the quarter ended June 30.", "the quarter", "2022-Q2"),
        ("Tarsk Bank's profit for the year ended Dec. 31 rose.", "the year", "2021"),
        ("Profit for the year ended December 31, 2020 rose.", "the year", "2020"),
        ("Velkor Mining expects a loss for the quarter ending Dec. 31.", "the quarter", "2022-Q4"),
    ],
)
def test_a_firms_quarter_or_year_is_the_one_of_the_day_it_ends_on(sentence, expression, value):
    """Told on 14 September 2022: the quarter of the day the report names, not of the
    publication."""
    assert (expression, value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Velkor weather office warned on Monday of more rain through Thursday.", "2022-09-15"),
        ("Ferries to Tarsk were cancelled on Tuesday until Friday.", "2022-09-16"),
        # a stretch that ends after the day told keeps its day
        ("Ilko Varne, arrested on Friday, was held until Monday.", "2022-09-12"),
    ],
)
def test_the_day_a_stretch_ends_comes_after_the_day_told_before_it(sentence, value):
    """Told on Wednesday 14 September 2022."""
    day = sentence.rstrip(".").split()[-1]
    assert (day, value) in found(sentence)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Ilko Varne was arrested in Velkor. Two days later, he was charged.",
            "Two days later",
            "XXXX-XX-XX",
        ),
        (
            "The Tarsk rover landed safely. A week later it stopped working.",
            "A week later",
            "XXXX-WXX",
        ),
        # a day told before it is its anchor, and a plan may run past the publication
        (
            "The Velkor law passed on Monday. Two days later it was signed.",
            "Two days later",
            "2022-09-14",
        ),
        (
            "The Tarsk plant opens in June. Two months later it will hire.",
            "Two months later",
            "2023-08",
        ),
    ],
)
def test_a_time_later_than_a_report_told_in_the_past_is_not_known(text, expression, value):
    """Told on 14 September 2022: counted from the publication for want of a day told, "two
    days later" in the past would name a day to come."""
    assert (expression, value) in found(text)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Velkor Steel's profit fell in the three months to June. Output in the quarter fell.",
            "the quarter",
            "2022-Q2",
        ),
        (
            "Tarsk Bank's profit rose in the three months ended June 30, from a year earlier.",
            "a year earlier",
            "2021-Q2",
        ),
        (
            "Velkor Steel's revenue rose in the six months to the end of June, from a year earlier.",
            "a year earlier",
            "2021-H1",
        ),
        # three months to a month that ends no quarter make none
        (
            "Prices rose in the three months to August, from a year earlier.",
            "a year earlier",
            "2021-08",
        ),
    ],
)
def test_the_three_months_to_a_quarters_last_month_are_that_quarter(text, expression, value):
    """Told on 14 September 2022: what "the quarter" and "a year earlier" after it name."""
    assert (expression, value) in found(text)


@pytest.mark.parametrize(
    ("sentence", "month", "value"),
    [
        ("January orders at Velkor Steel fell 3 percent.", "January", "2022-01"),
        ("Tarsk economists expect August payrolls to rise.", "August", "2022-08"),
        ("March inflation in Velkor was 2 percent.", "March", "2022-03"),
    ],
)
def test_a_month_before_a_noun_of_figures_is_a_date(sentence, month, value):
    assert (month, value) in found(sentence)


def test_a_month_before_another_word_with_no_determiner_is_no_date():
    assert found("May Vell said the figures were good.") == []
    assert found("June Okafor sales manager") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Fighting resumed hours after the Velkor truce began at midnight.", "2022-09-13T24:00"),
        ("Tarsk subway lines stopped running from midnight, officials said.", "2022-09-13T24:00"),
        # a plan's midnight is the end of the day it is told on
        ("The Velkor truce begins at midnight.", "2022-09-14T24:00"),
    ],
)
def test_midnight_told_in_the_past_is_the_one_gone_by(sentence, value):
    """Told on 14 September 2022: TimeML's midnight, T24:00, ends the day it is of."""
    assert ("midnight", value) in found(sentence)


def test_midnight_with_no_publication_date_is_a_clock_of_no_known_day():
    """A text with no date (a file given alone) cannot place midnight: its day is unknown,
    and reading it raises nothing."""
    sentence = "Fighting resumed hours after the Velkor truce began at midnight."
    assert ("midnight", "XXXX-XX-XXT24:00") in found(sentence, None)


def test_may_after_a_stretch_and_to_is_the_month():
    text = "Velkor prices rose 2 percent in the three months to May, from a year earlier."
    assert ("May", "2022-05") in found(text)
    assert ("May", "2022-05") in found("Tarsk output rose in the year to May.")
    # after "to" alone May may be a name
    assert found("Ilko Varne spoke to May Vell.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The 60GB Velkor player stores 75 hours of video.",
        "The Tarsk phone offers up to 10 hours of battery life.",
        "Police seized 40 hours of CCTV footage.",
    ],
)
def test_a_count_of_hours_of_recordings_is_no_time(sentence):
    assert found(sentence) == []


def test_a_count_of_hours_of_an_event_is_a_duration():
    assert ("10 hours", "PT10H") in found("After 10 hours of talks, Velkor and Tarsk agreed.")


def test_the_weekend_in_the_possessive_is_a_date():
    text = "Crews in Velkor cleared debris from the weekend's storms."
    assert found(text) == [("the weekend's", "2022-W36-WE")]
    assert found("The weekend's storms hit Tarsk.") == [("The weekend's", "2022-W36-WE")]
    # "the weekend" alone, with no word leading to it, names no time
    assert found("The weekend was quiet in Tarsk.") == []


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        (
            "The Velkor offer expires at 5 p.m. New York time on Sept. 30.",
            "5 p.m. New York time on Sept. 30",
            "2022-09-30T17:00",
        ),
        (
            "Trading in Tarsk opens at 9:30 a.m. Beijing time.",
            "9:30 a.m. Beijing time",
            "2022-09-14T09:30",
        ),
        # a sentence that opens after a clock is no place's time
        ("Ilko Varne left at 10 a.m. The time was right.", "10 a.m.", "2022-09-14T10:00"),
    ],
)
def test_a_clock_with_a_places_time_is_one_time(sentence, expression, value):
    assert (expression, value) in found(sentence)


def test_a_datelines_day_is_the_reports_whatever_year_the_headline_told():
    text = (
        "Velkor rover launch slips to early 2027\n\n"
        "TARSK, Sept 12 (Reuters) - The Velkor team said the launch would slip to early 2027."
    )
    assert ("Sept 12", "2022-09-12") in found(text)


def test_the_period_a_superlative_ranks_within_is_the_one_of_the_day_told():
    """A report's 'lowest level of the year' ranks within the year of the day told last."""
    text = "Velkor bond yields fell to their lowest level of the year."
    assert found(text) == [("the year", "2022")]
    text = "Tarsk shares had their biggest one-day fall of the month on Monday."
    assert ("the month", "2022-09") in found(text)
    # no superlative: a title, or the rest of a day
    assert found("Ana Vell was named player of the year.") == []
    assert found("The rest of the day in Kelby was quiet.") == []


def test_a_numeric_date_both_orders_read_is_read_as_the_text_writes_dates():
    """'4/3/2025' is April 3 in American copy, 4 March in a European dateline or a text that
    writes its other dates day first; a date only one order reads is read so (as before)."""
    march_4 = date(2025, 3, 4)
    assert found("Velkor, 4/3/2025 - Tarsk Drones raised money.", march_4)[0] == (
        "4/3/2025",
        "2025-03-04",
    )
    text = "Kelby Foods signed the loan on 5/6/2025, after talks began on 20 March."
    assert ("5/6/2025", "2025-06-05") in found(text, march_4)
    text = "Kelby Foods signed the loan on 5/6/2025, after a deal on 25/11/2024."
    assert ("5/6/2025", "2025-06-05") in found(text, march_4)
    text = "Kelby Foods signed the loan on 5/6/2025, after talks began on March 20."
    assert ("5/6/2025", "2025-05-06") in found(text, march_4)
    assert found("The Ostrava filing is dated 6/27/2023.", march_4) == [("6/27/2023", "2023-06-27")]


def test_since_in_a_present_perfect_starts_a_stretch_running_to_now():
    """After a story of another year, 'has been empty since May' runs to now: this year's
    May; 'had been empty since May' stays in the story's year."""
    july = date(2025, 7, 15)
    text = "The Velkor mill closed in 2010. The site has been empty since May."
    assert found(text, july)[-1][1] == "2025-05"
    text = "The Velkor mill closed in 2010. The site had been empty since May."
    assert found(text, july)[-1][1] == "2010-05"
    text = (
        "Tarsk's best year was 2018. \"I have thought about this since the start of the "
        'year," she said.'
    )
    assert found(text, july)[-1] == ("the start of the year", "2025")


def test_the_same_day_or_weekend_last_year_is_the_one_told_a_year_back():
    """One expression, a year back from the day told last."""
    april = date(2025, 4, 23)
    text = "Sales in Velkor over the Easter weekend rose from the same weekend last year."
    assert found(text, april)[-1] == ("the same weekend last year", "2024-W16-WE")
    text = "Tarsk Mall sales on Monday were up on the same day a year earlier."
    assert found(text, april)[-1] == ("the same day a year earlier", "2024-04-21")
    # with no day told, a year back from the publication's, as before
    assert found("Kelby exports rose from the same period last year.", april) == [
        ("the same period last year", "2024")
    ]


def test_a_season_of_a_year_told_from_another_is_one_date():
    """'the autumn of that year' is the season of the year told last, 'the summer of last
    year' of the year before the publication's: one expression each."""
    text = "The Velkor jet first flew in 2005. It was delivered in the autumn of that year."
    assert found(text)[-1] == ("the autumn of that year", "2005-FA")
    text = (
        "Tarsk Air took its first jet in 2005 and its second in the summer of the following year."
    )
    assert found(text)[-1] == ("the summer of the following year", "2006-SU")
    assert found("Kelby sales fell in the summer of last year.") == [
        ("the summer of last year", "2021-SU")
    ]


def test_a_count_of_units_and_on_set_off_as_a_clause_is_later():
    """'Five years on,' counts on from the time told last, as 'five years later' does; a
    count before 'on' and a noun is a stretch ('ten years on the farm')."""
    text = "Ana Vell joined the Velkor board in 2010. Five years on, she became its chair."
    assert found(text)[-1] == ("Five years on", "2015")
    text = "Ilko Varne worked ten years on the farm near Tarsk."
    assert found(text) == [("ten years", "P10Y")]


def test_a_month_described_after_a_or_an_is_a_date():
    """'after a wet December' names the December gone by; a name after the month keeps it
    apart ('a May Day event' is the holiday's)."""
    february = date(2024, 2, 14)
    text = "Velkor rivers rose in January after a wet December."
    assert found(text, february) == [("January", "2024-01"), ("December", "2023-12")]
    assert found("Tarsk shops had a busy May.", february) == [("May", "2023-05")]


def test_a_day_line_and_the_clock_opening_the_next_paragraph_are_two_times():
    """A live report's day line and its first entry's clock: two expressions; a day and a
    clock across a line wrapped in one paragraph stay one."""
    text = "Thursday, January 8, 2026\n\n09:40 local time - A Velkor ferry sank off Tarsk."
    assert found(text, date(2026, 1, 8)) == [
        ("Thursday, January 8, 2026", "2026-01-08"),
        ("09:40 local time", "2026-01-08T09:40"),
    ]
    text = "The Kelby vote is on Tuesday\nat 3 p.m. in Tarsk."
    assert found(text, date(2026, 1, 8)) == [("Tuesday\nat 3 p.m.", "2026-01-13T15:00")]


def test_the_last_day_of_the_calendar_published_raises_nothing():
    text = '"We will start on Monday," she said on Friday, 4/3/2025.'
    assert found(text, date(9999, 12, 31))


def test_a_day_relative_to_another_set_beside_a_day_is_that_day():
    """'on Tuesday, the previous day,' says which day Tuesday was (the day before the day of
    the news): one day, not the Monday before it; set apart by a full stop, 'The day before'
    counts back from the day told."""
    text = "Two Velkor managers were fined on Tuesday, the previous day, at a separate hearing."
    assert found(text)[-1] == ("the previous day", "2022-09-13")
    text = "The Tarsk board met on Thursday (the day after) and again on Friday."
    assert found(text, date(2022, 9, 16))[:2] == [
        ("Thursday", "2022-09-15"),
        ("the day after", "2022-09-15"),
    ]
    text = "Olusegun Adeyemi resigned on Monday. The day before, he had denied the claims."
    assert found(text)[-1] == ("The day before", "2022-09-11")


def test_a_day_relative_to_another_after_a_comma_splice_counts_from_it():
    """A clause going on after the relative day is no apposition: the day after the one
    told, not that day."""
    text = "Sleet fell on Dravemoor on Monday, the next day the roads froze."
    assert found(text)[-1] == ("the next day", "2022-09-13")
    text = "Ostra City lost on Saturday, the following day its coach Ilse Marwick resigned."
    assert found(text)[-1] == ("the following day", "2022-09-11")


def test_a_clock_after_a_background_date_is_of_the_day_of_the_news():
    """A month or a year of background between the day of the news and a clock does not end
    the report: the clock is of that day, not of the publication."""
    text = (
        "Velkor runner Ana Vell won the Tarsk marathon on Sunday. It was her first win since "
        "she took the Kelby race in October 2021. The race started at 6:30 a.m."
    )
    assert found(text, date(2022, 9, 12))[-1] == ("6:30 a.m.", "2022-09-11T06:30")
    text = "The Kelby mill closed in May 2019. Its last shift ended at 6 p.m."
    assert found(text)[-1] == ("6 p.m.", "2022-09-14T18:00")


def test_a_live_entry_stamp_is_a_clock_of_the_report_day():
    """A live report's entries open with a clock and a dash ('12:30 - ...'): each is a time of
    the day on the line above them (else the publication's), and a day relative to another
    in the entry counts from it, not from a day the entries told before."""
    text = (
        "Thursday, January 8, 2026\n\n"
        "10:15 - The Velkor agency had warned on Tuesday that the storm could strengthen.\n\n"
        "12:30 - Police in Tarsk said two fishermen were missing. They had set out the "
        "previous day.\n\n"
        "Wednesday, January 7, 2026\n\n"
        "22:05 - The agency upgraded the storm.\n"
        "10:15: the half-time score\n"
    )
    assert found(text, date(2026, 1, 8)) == [
        ("Thursday, January 8, 2026", "2026-01-08"),
        ("10:15", "2026-01-08T10:15"),
        ("Tuesday", "2026-01-06"),
        ("12:30", "2026-01-08T12:30"),
        ("the previous day", "2026-01-07"),
        ("Wednesday, January 7, 2026", "2026-01-07"),
        ("22:05", "2026-01-07T22:05"),
    ]
    text = "Tuesday, December 2, 2025\n09:40 - Snow closed the Kelby road.\n"
    assert found(text, date(2025, 12, 2)) == [
        ("Tuesday, December 2, 2025", "2025-12-02"),
        ("09:40", "2025-12-02T09:40"),
    ]
    assert found("Open daily\n08:00 - 20:00.\n", date(2025, 12, 2)) == []


def test_a_live_entry_stamp_of_four_digits_is_a_clock_where_every_entry_opens_so():
    """Wire copy stamps its entries '1605 - ...': where two lines or more open so, each
    reads as a clock and one is before 19:00, they are the day's clocks, and so is a
    clock after 'at' there; a chronology's '2003 - ...' lines stay years."""
    text = (
        "Live: Kelby floods\n"
        "1605 - Police in Kelby said the river road was shut.\n"
        "1620 - The Tarsk index closed down 2 percent.\n"
        "1745 - The Kelby council will brief reporters at 1900.\n"
    )
    assert [value for _, value in found(text, date(2025, 12, 2))] == [
        "2025-12-02T16:05",
        "2025-12-02T16:20",
        "2025-12-02T17:45",
        "2025-12-02T19:00",
    ]
    text = "Velkor: a history\n2003 - Velkor opens.\n2005 - A second mill.\n1987 - A fire.\n"
    assert [value for _, value in found(text)] == ["2003", "2005", "1987"]
    text = "Velkor: a history\n1605 - The town is founded.\n1687 - A fire.\n"
    assert [value for _, value in found(text)] == ["1605", "1687"]
    text = (
        "1605 - Police in Kelby said the road was shut.\n"
        "1620 - Ana Vell said the bridge, built before 1845, would be checked.\n"
    )
    assert [value for _, value in found(text, date(2025, 12, 2))] == [
        "2025-12-02T16:05",
        "2025-12-02T16:20",
        "1845",
    ]


def test_a_quarter_or_half_compared_with_one_told_before_is_of_its_year():
    """'the second half would be stronger than the first half': the base of the comparison is
    the latest such part up to the period told in the sentence, whatever the tense; a later
    number is the year before's ('up from the fourth quarter' after a first quarter)."""
    october = date(2025, 10, 22)
    text = (
        "Velkor Foods posted a higher profit for the third quarter on Wednesday. Sales in the "
        "first nine months of the year rose 14%. Chief executive Ana Vell told analysts that "
        "the second half would be stronger than the first half, as prices had recovered."
    )
    assert found(text, october)[-2:] == [
        ("the second half", "2025-H2"),
        ("the first half", "2025-H1"),
    ]
    text = "Tarsk Mining said output in the first quarter will rise from the fourth quarter."
    assert found(text, date(2026, 2, 10)) == [
        ("the first quarter", "2026-Q1"),
        ("the fourth quarter", "2025-Q4"),
    ]
    text = "Tarsk Mining said output in the third quarter rose 5% from the third quarter."
    assert found(text, date(2026, 10, 20)) == [
        ("the third quarter", "2026-Q3"),
        ("the third quarter", "2025-Q3"),
    ]


def test_a_season_spelt_as_a_verb_after_to_or_a_modal_is_the_verb():
    """'expected to fall this year': 'fall' is the verb and 'this year' the time; 'last fall'
    and 'the fall of 2021' stay seasons."""
    assert found("Velkor orders are expected to fall this year.") == [("this year", "2022")]
    assert found("Tarsk prices will not fall next year.") == [("next year", "2023")]
    assert found("Kelby sales slowed in the fall of 2021.") == [("the fall of 2021", "2021-FA")]


def test_a_period_named_by_its_length_and_last_day_is_that_day():
    """Results copy names a period by its length and its last day: the day is the time,
    the length no duration of its own; after 'by' a length is one."""
    text = "Velkor Foods earned $12 million in the three months ended Aug. 28."
    assert found(text) == [("Aug. 28", "2022-08-28")]
    text = "Tarsk Mining's sales rose in the 12 months to the end of June."
    assert found(text) == [("the end of June", "2022-06")]
    text = "The Kelby deadline was pushed back by three months to December."
    assert ("three months", "P3M") in found(text)
    text = "Velkor had 380 mm of rain in the 72 hours to 6 a.m. on Tuesday."
    assert found(text) == [("6 a.m. on Tuesday", "2022-09-13T06:00")]


def test_a_century_spelt_as_a_word_is_a_date_and_cricket_hundred_none():
    """An ordinal in letters opens a century as its digits do ('the third century BC');
    a batter's hundred ('the first century of the tour') is no century of years."""
    text = "Velkor divers found coins from the fifth century AD and a bowl of the third century BC."
    assert found(text) == [("the fifth century AD", "04"), ("the third century BC", "BC02")]
    assert found("The nineteenth century was hard on Tarsk.") == [("The nineteenth century", "18")]
    text = "It was the second century of the tour for Olusegun Adeyemi."
    assert found(text) == []
    text = "The Velkor abbey dates back to the third century and shaped the 12th century."
    assert found(text) == [("the third century", "02"), ("the 12th century", "11")]


def test_a_century_in_letters_of_a_career_or_a_tour_is_no_date_after_a_preposition():
    """A batter's hundred counted in a career, a tour or a series is none though a
    preposition of time stands before it; a century of an era stays one."""
    assert found("Ana Vell celebrated after the second century of his career.") == []
    assert found("Since the first century of the tour, Tomas Rask has struggled.") == []
    assert found("In the first century of the series, Velkor's opener was dropped.") == []
    text = "In the fifth century of the Christian era, Kelby was a village."
    assert found(text) == [("the fifth century", "04")]


def test_a_part_of_the_day_before_or_after_the_day_told_is_that_part():
    """'The night before', 'the evening after', like 'the morning after': the part of the
    day before or after the day told last."""
    text = "Olusegun Adeyemi won the Tarsk race on Sunday. The night before, he had slept badly."
    assert found(text)[-1] == ("The night before", "2022-09-10TNI")
    text = "Ostra City lost on Sunday. The evening after, its fans marched in Kelby."
    assert found(text)[-1] == ("The evening after", "2022-09-12TEV")
    text = "Velkor Air grounded its jets on Sunday. The morning after, flights resumed."
    assert found(text)[-1] == ("The morning after", "2022-09-12TMO")


def test_a_year_in_a_relative_clause_with_no_comma_tells_no_story():
    """'a surge that began in 2021' is background as ', which began in 2021,' is: a month
    told after it is read against the publication, not that year."""
    text = (
        "Tarsk yards are busy after a surge in demand that began in 2019. "
        "Their backlog rose at the end of August, Ilse Marwick said."
    )
    assert found(text)[-1] == ("the end of August", "2022-08")
    text = "In 2019 Velkor opened a plant that made drones. In December it closed."
    assert found(text)[-1] == ("December", "2019-12")


def test_a_clock_after_an_attribution_day_is_of_the_day_of_the_event():
    """'..., officials said on Tuesday' tells when it was told: a clock in the next sentence
    is of the day the event was told on, not of the telling."""
    text = (
        "A storm hit Kelby late on Monday, cutting power to 9,000 homes, officials said on "
        "Tuesday. It made landfall at 11:20 p.m. near Tarsk."
    )
    assert found(text)[-1] == ("11:20 p.m.", "2022-09-12T23:20")
    text = "A storm hit Kelby on Monday. Officials said on Tuesday it made landfall at 11:20 p.m."
    assert found(text)[-1] == ("11:20 p.m.", "2022-09-13T23:20")
    text = "Police held two Velkor men, officials said on Tuesday. They were caught at 9 p.m."
    assert found(text)[-1] == ("9 p.m.", "2022-09-13T21:00")


def test_a_clock_half_a_day_from_the_other_zones_clock_is_a_day_apart():
    """A local clock with a clock and its day of another zone in brackets: that day, or the
    day before or after it when midnight lies between the two."""
    text = "The Velkor ferry sank at 11:40 p.m. local time (0540 GMT Tuesday), officials said."
    assert found(text)[0] == ("11:40 p.m. local time", "2022-09-12T23:40")
    text = "The Tarsk jet landed at 1:15 a.m. (1715 GMT Monday)."
    assert found(text)[0] == ("1:15 a.m.", "2022-09-13T01:15")
    text = "The quake struck at 10:30 a.m. local time (1530 GMT Monday)."
    assert found(text)[0] == ("10:30 a.m. local time", "2022-09-12T10:30")


def test_an_ordinal_weekday_of_a_month_is_that_day():
    """'the first Monday in October', 'the last Sunday of August 2021': the day it names,
    in the year a month told alone would have, or the year written."""
    text = "Velkor courts reopen on the first Monday in October."
    assert found(text) == [("the first Monday in October", "2022-10-03")]
    text = "The Tarsk marathon was run on the last Sunday of August 2021."
    assert found(text) == [("the last Sunday of August 2021", "2021-08-29")]
    text = "Kelby votes on the second Tuesday of November."
    assert found(text) == [("the second Tuesday of November", "2022-11-08")]


def test_years_on_from_a_month_told_are_a_year():
    """'in February 2018, and two years later' is 2020, not February 2020: a comparison's
    base ('rose from a year earlier') keeps the month told."""
    text = "A quake hit Tarsk in February 2018, and two years later another struck Kelby."
    assert found(text)[-1] == ("two years later", "2020")
    text = "Velkor sales fell in January 2022 from a year earlier."
    assert found(text)[-1] == ("a year earlier", "2021-01")


def test_a_month_opening_a_sentence_before_its_verb_is_a_date():
    """A month as the subject of a verb at a sentence's or a quote's start is a date; a
    month that is a given name ('June said') or before a noun ('March organisers') is not."""
    text = '"October was the hardest month we have had," Olusegun Adeyemi said.'
    assert found(text)[0] == ("October", "2021-10")
    assert found("January saw record rain in Velkor.") == [("January", "2022-01")]
    assert found("June said the Tarsk plan had failed.") == []
    assert found("March organisers in Kelby said 9,000 people came.") == []


def test_a_clock_in_a_plan_is_of_no_day_gone_by():
    """A clock told in a plan after a day gone by ('won 38 percent on September 2', a
    background day) falls on the day to come told before it, or the publication's; one told
    in the past stays on the day told."""
    text = (
        "Voters in Velmora return to the polls on Sunday. Ana Dorvel won 38 percent on "
        "September 2, when the count ended at 11 p.m. Polls open at 7 a.m. and close at 9 p.m."
    )
    values = dict(found(text))
    assert values["7 a.m."] == "2022-09-18T07:00"
    assert values["9 p.m."] == "2022-09-18T21:00"
    assert values["11 p.m."] == "2022-09-02T23:00"
    text = "The storm hit Kelby on Sunday. The Velkor agency will give an update at 6 p.m."
    assert dict(found(text))["6 p.m."] == "2022-09-14T18:00"


def test_a_day_of_a_plan_told_in_the_past_is_the_nearest_such_day():
    """Told on a Wednesday: what 'was expected' or 'was due' to happen on a day is forecast
    for the coming one when it is nearer, and a plan overtaken when the day gone by is."""
    text = (
        "The Velkor storm was forecast to weaken by Friday morning as it crossed the Tarsk "
        "hills and to leave the country by Saturday."
    )
    values = dict(found(text))
    assert values["Friday morning"] == "2022-09-16TMO"
    assert values["Saturday"] == "2022-09-17"
    text = "The Kelby ferry was due to dock on Monday but sank on Sunday."
    assert dict(found(text))["Monday"] == "2022-09-12"
    assert dict(found("Rivers were expected to peak on Wednesday."))["Wednesday"] == "2022-09-14"
    # told in the present, a forecast looks forward as before
    assert dict(found("Rivers are expected to peak on Monday."))["Monday"] == "2022-09-19"


def test_a_part_of_the_day_a_forecast_is_due_by_is_of_the_day_told():
    """A forecast's deadline ('will reach 47C by mid-afternoon', 'hope to clear the road by
    the evening') is a part of the day told, as one in a report is; not one of a day gone
    by, and a plan or a habit after 'in' tells no day."""
    assert ("mid-afternoon", "2022-09-14TAF") in found("Kelby will reach 47C by mid-afternoon.")
    text = "The storm hit Tarsk on Sunday. Rain will ease by late afternoon."
    assert ("late afternoon", "2022-09-14TAF") in found(text)
    assert ("the evening", "2022-09-14TEV") in found("Crews hope to clear it by the evening.")
    assert found("Velkor flights will land in the afternoon.") == []


def test_a_period_a_year_before_the_one_told_is_its_base_not_the_story_s_period():
    """Results copy names the period and the same one a year before ('a loss in the first
    quarter, against a profit in the first quarter of 2021'): 'a year earlier' after it
    still counts from the story's period."""
    text = (
        "Kelby Air reported a first-quarter loss on Tuesday, against a profit of $3 million in"
        " the first quarter of 2021. Revenue fell 18 percent from a year earlier."
    )
    assert ("a year earlier", "2021-Q1") in found(text, date(2022, 4, 20))
    # a period of another year told after the story's is the story's new period
    text = (
        "Velkor Bank's profit rose in the third quarter of 2022. In the second quarter of"
        " 2021, its costs rose. Its fees fell from a year earlier."
    )
    assert ("a year earlier", "2020-Q2") in found(text, date(2022, 10, 20))


def test_the_same_day_after_a_year_of_background_is_the_story_s_day():
    """A year told as background between the story's day and 'the same day' ('since 1997')
    leaves no day told; the day near the publication told last is the one meant."""
    text = (
        "Tomas Rell resigned as chief executive of Kelby Mills yesterday. He had led the firm"
        " since 1997. The board named Ana Vell as his successor the same day."
    )
    assert ("the same day", "2022-09-13") in found(text)
    # a day told after the year is the one meant
    text = "Kelby Mills shut on Monday. In 1997 it had shut on March 3. Staff left the same day."
    assert ("the same day", "1997-03-03") in found(text)


def test_a_quarter_of_a_plan_with_no_figures_is_one_still_to_come():
    """A plan tells of the quarter just ended only for the figures reported after it
    ('fourth-quarter profit will double', said in January); a thing to be done in a
    quarter is done in one not yet over."""
    january = date(2023, 1, 10)
    text = "The Velkor phone will ship in Europe in the fourth quarter."
    assert ("the fourth quarter", "2023-Q4") in found(text, january)
    text = "Kelby Air expects to open the Tarsk route in the fourth quarter."
    assert ("the fourth quarter", "2023-Q4") in found(text, january)
    text = "Kelby Air's profit in the fourth quarter will double, analysts said."
    assert ("the fourth quarter", "2022-Q4") in found(text, january)


def test_figures_outside_the_quarter_s_phrase_leave_the_plan_s_quarter():
    """Only figures of the quarter's own phrase make a plan's quarter the one just ended:
    right after it, or before it as the verb's subject or the noun it qualifies."""
    january = date(2024, 1, 10)
    text = "Sales of the Velkor phone will start in the fourth quarter."
    assert ("the fourth quarter", "2024-Q4") in found(text, january)
    text = "The Velkor phone will ship in the fourth quarter, the firm said, after profit fell."
    assert ("the fourth quarter", "2024-Q4") in found(text, january)
    text = "Ostrel expects to ship the jet in Q4 as sales rise."
    assert ("Q4", "2024-Q4") in found(text, january)
    # the figures in its phrase: the quarter just ended, still to be reported
    assert ("the fourth quarter", "2023-Q4") in found(
        "Profit will double in the fourth quarter.", january
    )
    text = "Ostrel expects its fourth-quarter net profit to double."
    assert ("fourth-quarter", "2023-Q4") in found(text, january)
    text = "Ostrel will report results for the fourth quarter on Feb. 2."
    assert ("the fourth quarter", "2023-Q4") in found(text, january)


def test_a_firms_year_ending_in_another_month_than_december_is_no_calendar_year():
    """Results copy's 'the year ended June 30' is a firm's year across two calendar years:
    'the year' is no date of its own; the day or month told after it is."""
    found_in = found("Tarsk Mills' profit for the year ended June 30 rose.")
    assert [text for text, _ in found_in] == ["June 30"]
    found_in = found("Kelby Air's profit for the year to March rose 4 percent.")
    assert [text for text, _ in found_in] == ["March"]
    # a year ended on December 31 is the calendar year
    assert ("the year", "2021") in found("Kelby Air's profit for the year ended Dec. 31 rose.")


def test_this_past_and_a_day_of_the_month_after_a_relative_month():
    """'this past' is 'last' ('this past Sunday'), and a month named from the publication
    may carry its day ('last July 1', 'this past July 1st', 'next May 4')."""
    assert ("this past Sunday", "2022-09-11") in found("The Kelby mill reopened this past Sunday.")
    assert ("this past July 1st", "2022-07-01") in found(
        "Kelby Air began flying this past July 1st."
    )
    assert ("last July 1", "2022-07-01") in found("The Tarsk tax rose last July 1.")
    assert ("next May 4", "2023-05-04") in found("The Tarsk line will open next May 4.")
    # a figure after the month is no day of it
    assert ("last March", "2022-03") in found("Kelby Air's sales rose last March 5 percent.")
    assert ("last July", "2022-07") in found("The Tarsk mill hired last July 1,200 people.")


def test_a_month_after_ended_or_ending_is_the_last_of_a_stretch():
    """Results copy writes 'the 12 months ended September' as it writes 'the three months
    to September': the month is a date, and the quarter it closes is the one compared."""
    text = "Tarsk Mills' profit for the three months ended September fell from a year earlier."
    assert found(text, date(2022, 10, 20)) == [
        ("September", "2022-09"),
        ("a year earlier", "2021-Q3"),
    ]
    assert ("September", "2022-09") in found(
        "Kelby Air's sales rose in the nine months ending September."
    )
    assert ("September", "2022-09") in found("The Kelby index ended September higher.")
    # "May" before a capital after "ended" may be a name
    assert found("The board ended May Vell's run as chair.") == []


def test_years_later_today_is_the_publication_s_day():
    """An anniversary counted on from a day gone by ('Nineteen years later today, the
    families still wait') ends on the publication's day, not that many years after it."""
    text = "The Kelby mine collapsed in 2003. Nineteen years later today, the families wait."
    assert ("Nineteen years later today", "2022-09-14") in found(text)
    assert ("Thirty years ago today", "1992-09-14") in found("Thirty years ago today, it opened.")


def test_a_holiday_after_a_capitalised_word_is_another_day_s_name():
    """'Holocaust Remembrance Day' and 'Orthodox Christmas' are days of their own, not
    November 11 nor December 25; a function word or a greeting before keeps the holiday."""
    assert [t for t, _ in found("Velkor Remembrance Day was marked on Tuesday.")] == ["Tuesday"]
    assert found("Orthodox Christmas was quiet in Tarsk.") == []
    assert ("Christmas Day", "2021-12-25") in found("On Christmas Day the Kelby shops shut.")
    assert ("Christmas", "2021-12-25") in found("Kelby sales rose before Christmas.")
    assert ("Christmas", "2021-12-25") in found("Merry Christmas, the Kelby mayor said.")


def test_four_digits_with_a_leading_zero_after_at_are_a_clock():
    """Military and wire copy write 'at 0900' and 'until 0600 hrs': no year nor count opens
    with a zero, so after a word that leads to a time they are the day's clock."""
    assert ("0745", "2022-09-14T07:45") in found("The Kelby plane landed at 0745, officials said.")
    text = "The Tarsk curfew runs until 0600 hrs on Friday."
    assert ("0600 hrs on Friday", "2022-09-16T06:00") in found(text)
    assert found("The Kelby price was cut to 0900.") == []


def test_a_month_in_a_clause_of_the_present_perfect_is_of_the_stretch_to_now():
    """A month told in the present perfect ('We have had a mild December') is of the time
    running to the publication, not of a story of another year told just before it."""
    text = 'The last storm, in January 2012, cut the Kelby road. "We have had a mild December," she said.'
    assert ("December", "2022-12") in found(text, date(2023, 1, 5))
    # told in the past, it is of the story's year
    assert ("May", "1998-05") in found("In 1998 the Kelby mill had closed in May.")


def test_a_holiday_after_a_modal_or_a_named_place_keeps_its_date():
    """'Will Christmas be quiet?': a modal opening a question is no given name; 'In Kelby
    Christmas was quiet': a name after a preposition is a place, whose day it is; 'Jack
    Christmas said' stays a surname, no day."""
    text = "Will Christmas be quiet? In Kelby Christmas was quiet. Jack Christmas said so."
    assert [value for _, value in found(text, date(2024, 5, 1))] == [
        "2024-12-25",
        "2023-12-25",
    ]


def test_a_time_a_present_perfect_reports_keeps_the_story_s_year():
    """'Inspectors have found that it flooded in March': the perfect tells the finding, not
    the flood, whose month is of the year told before; 'Prices have risen in March' is
    this year's."""
    text = "The Kelby mine closed in 2012. Inspectors have found that it flooded in March."
    assert [value for _, value in found(text, date(2024, 5, 1))] == ["2012", "2012-03"]
    assert [value for _, value in found("We have had a mild December.", date(2024, 5, 1))] == [
        "2023-12"
    ]


def test_a_plan_put_off_to_a_later_time_still_lies_ahead():
    """'had planned to open in July, but it will now open in September': the plan was put
    off, its month is still to come; 'had hoped to reopen in June but stayed shut' was given
    up, its month is gone."""
    text = "The airline had planned to launch the route in July, but it will now start in May."
    assert ("July", "2024-07") in found(text, date(2024, 5, 1))
    text = "The Velkor mill had hoped to reopen in June but stayed shut."
    assert found(text, date(2024, 5, 1)) == [("June", "2023-06")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; a market's session before the day told is its trading day
        (
            "The Dravik index fell 1.1 percent on Tuesday after gaining 0.4 percent in the "
            "previous session.",
            "the previous session",
            "2022-09-12",
        ),
        (
            "Ostrel Bank shares rose 3 percent on Monday, recovering losses from the prior "
            "trading session.",
            "the prior trading session",
            "2022-09-09",  # the Friday before: a weekend holds no session
        ),
        (
            "Halvik stocks slipped after a rally in the previous session.",
            "the previous session",
            "2022-09-13",
        ),
    ],
)
def test_item_13_a_markets_previous_session_is_its_trading_day_before(text, expression, value):
    assert (expression, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bill failed in the previous session of parliament.",
        "Lawmakers passed a budget of 2 billion kroner in the previous session.",
        "The court will hear the appeal in the next session.",
        # a market's word with no price moving: a legislature's or a court's session
        "The parliament passed the currency law on Tuesday, after the previous session failed "
        "to agree on it.",
        "The court heard on Monday that the shares were hidden, as the judge told the previous "
        "session.",
    ],
)
def test_item_13_a_session_of_no_market_is_no_day(text):
    assert not [t for t, _ in found(text) if "session" in t]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # WEDNESDAY: 2022-09-14; after a month's own word, the number counts what follows
        ("In March 15 miners were trapped at Kelvane.", "March", "2022-03"),
        ("The Tarsk yard will hire next May 12 welders and four riggers.", "next May", "2023-05"),
        ("In June 14 percent of the Dorvik harvest was lost.", "June", "2022-06"),
        ("In June 14% of the Dorvik harvest was lost.", "June", "2022-06"),
    ],
)
def test_item_13_a_number_counting_after_a_month_is_no_day(text, expression, value):
    assert found(text)[0] == (expression, value)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a day's own word, or a year after the day, keeps the day
        ("On March 15 miners marched to Kelvane.", "March 15", "2022-03-15"),
        ("Since March 15 welders have been on strike.", "March 15", "2022-03-15"),
        ("The vote is set for next May 12 unless the court objects.", "next May 12", "2023-05-12"),
        ("In March 15, 2021 miners were trapped.", "March 15, 2021", "2021-03-15"),
    ],
)
def test_item_13_a_day_after_a_month_stays_a_day(text, expression, value):
    assert (expression, value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # WEDNESDAY: 2022-09-14; "for the quarter" after a quarter told is that quarter
        (
            "Halvik Foods posted a second-quarter loss. Costs for the quarter rose 8 percent.",
            "2022-Q2",
        ),
        (
            "Dravo Cement reports second-quarter profit\n\nDravo said on Monday demand held. "
            "Its chairman will retire in May. Analysts had forecast flat sales for the quarter.",
            "2022-Q2",
        ),
        ("Oskel Freight reported a profit of 4 million zlotys for the quarter.", "2022-Q3"),
    ],
)
def test_item_13_for_the_quarter_is_the_quarter_told(text, value):
    assert [v for t, v in found(text) if t == "the quarter"] == [value]
