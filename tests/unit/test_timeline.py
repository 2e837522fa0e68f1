"""Story timelines across articles, on articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing import analyse
from reader.timeline import ArticleStory, moments, timeline
from reader.timeline.identity import name_of, same_actor


def story(source: str, text: str, published: date) -> ArticleStory:
    analysis = analyse(text, published)
    return ArticleStory(
        source=source,
        title=source.upper(),
        published=published.isoformat(),
        text=text,
        actors=analysis.actors,
        moments=moments(text, analysis, published),
    )


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Anthony Blinken", "Blinken", True),
        ("Anthony Blinken", "Secretary Blinken", True),
        ("Secretary of State Anthony Blinken", "Anthony Blinken", True),
        ("A. Blinken", "Anthony Blinken", True),
        ("Boris Johnson", "Lyndon Johnson", False),
        ("Boris Johnson", "Johnson", True),
        ("US", "United States", True),
        ("USA", "the United States", True),
        ("US", "United Kingdom", False),
        ("Apple Inc.", "Apple", True),
        ("Apple Corps", "Apple Computer", False),
        ("GM", "General Motors", True),
        ("UAW", "United Auto Workers", True),
        ("GM", "Ford Motor", False),
    ],
)
def test_identity_across_articles(one, other, same):
    assert same_actor(name_of(one), name_of(other)) is same


def test_one_person_across_articles_and_not_his_namesake():
    first = story(
        "a.txt",
        "On March 3, Secretary of State Anthony Blinken arrived in Cairo for talks.\n"
        "Blinken met the foreign minister on March 4.",
        date(2023, 3, 5),
    )
    second = story(
        "b.txt",
        "Secretary Blinken flew to Amman on Monday, officials said.\n"
        "Boris Johnson spoke in London on Monday about the budget.",
        date(2023, 3, 8),
    )
    third = story("c.txt", "Lyndon Johnson signed the bill on July 2, 1964.", date(2023, 3, 9))
    events = timeline("Anthony Blinken", [first, second, third])
    assert [e.date for e in events] == ["2023-03-03", "2023-03-04", "2023-03-06"]
    assert [e.report.source for e in events] == ["a.txt", "a.txt", "b.txt"]
    johnson = timeline("Boris Johnson", [first, second, third])
    assert [e.report.source for e in johnson] == ["b.txt"]


def test_a_country_by_its_short_and_long_names():
    first = story("a.txt", "The USA imposed new tariffs on steel on May 2.", date(2024, 5, 3))
    second = story(
        "b.txt",
        "The United States lifted the tariffs on June 9, officials said.",
        date(2024, 6, 10),
    )
    events = timeline("US", [first, second])
    assert [(e.date, e.report.source) for e in events] == [
        ("2024-05-02", "a.txt"),
        ("2024-06-09", "b.txt"),
    ]


def test_one_event_reported_by_two_articles_is_one_entry():
    first = story(
        "a.txt",
        "On June 27, Jeyhun Bayramov and Ararat Mirzoyan held talks in Arlington on the peace treaty.",
        date(2023, 6, 28),
    )
    second = story(
        "b.txt",
        "Ararat Mirzoyan and Jeyhun Bayramov held talks in Arlington on June 27 about the peace treaty.",
        date(2023, 6, 29),
    )
    events = timeline("Mirzoyan", [first, second])
    assert len(events) == 1
    assert events[0].date == "2023-06-27"
    assert "Jeyhun Bayramov" in events[0].actors
    assert [r.source for r in events[0].also] == ["b.txt"]
    assert events[0].to_dict()["also"][0]["sentence"] == list(events[0].also[0].sentence)


def test_one_sentence_in_two_feeds_naming_no_one_else_is_one_entry():
    text = "Image: Ines Varga arrives at the court in March."
    first = story("feed-a/1", text, date(2025, 5, 21))
    second = story("feed-b/7", text + " More follows.", date(2025, 5, 21))
    events = timeline("Ines Varga", [first, second])
    assert len(events) == 1 and [r.source for r in events[0].also] == ["feed-b/7"]


def test_two_events_of_one_day_naming_no_one_else_stay_apart():
    first = story("a.txt", "On May 4, Maria Lopez opened a bakery.", date(2022, 5, 5))
    second = story("b.txt", "On May 4, Maria Lopez lost the chess final.", date(2022, 5, 6))
    assert len(timeline("Maria Lopez", [first, second])) == 2


def test_different_events_on_one_day_stay_apart():
    first = story("a.txt", "On May 4, Maria Lopez opened a bakery in Lyon.", date(2022, 5, 5))
    second = story(
        "b.txt", "On May 4, Maria Lopez lost the final of the chess cup in Paris.", date(2022, 5, 6)
    )
    assert len(timeline("Maria Lopez", [first, second])) == 2


def test_any_name_from_its_mentions_and_not_its_longer_namesakes():
    text = (
        "The Harbour Accord was signed on April 2, 2019.\n"
        "The Harbour Accord was challenged in court in May 2020.\n"
        "The Harbour Accord Review board met on June 1, 2021."
    )
    events = timeline("Harbour Accord", [story("a.txt", text, date(2021, 6, 2))])
    assert [e.date for e in events] == ["2019-04-02", "2020-05"]


def test_a_pronoun_carries_the_person_and_the_days_narrative():
    text = (
        "Yesterday, at this year's fair, Ines Garcia unveiled a new tractor.\n"
        "She also showed a smaller model.\n"
        "Pedro Ruiz praised the design.\n"
        "He called it a leap."
    )
    events = timeline("Ines Garcia", [story("a.txt", text, date(2021, 9, 8))])
    assert [(e.date, e.report.text.split()[0]) for e in events] == [
        ("2021-09-07", "Yesterday,"),
        ("2021-09-07", "She"),
    ]


def test_the_speaker_is_dated_by_the_saying_not_by_what_is_said():
    text = "Ana Silva said on Friday that the mill had closed in 1998."
    events = timeline("Ana Silva", [story("a.txt", text, date(2020, 3, 9))])
    assert [e.date for e in events] == ["2020-03-06"]
    mill = timeline("mill", [story("a.txt", text, date(2020, 3, 9))])
    assert [e.date for e in mill] == ["1998"]


def test_a_name_that_only_qualifies_another_noun_is_not_the_story():
    text = "Owners of the Zephyr 4 phone complained on March 2.\nThe Zephyr 4 sold out on March 5."
    events = timeline("Zephyr 4", [story("a.txt", text, date(2022, 3, 6))])
    assert [e.date for e in events] == ["2022-03-05"]


def test_a_surname_alone_is_not_the_namesake_of_a_different_given_name():
    text = "On May 2, Hugo Berg opened the new pier.\nBerg said it cost too much."
    events = timeline("Anna Berg", [story("a.txt", text, date(2022, 5, 3))])
    assert events == []


def test_a_surname_alone_means_the_namesake_the_article_names_in_full():
    text = "On May 2, Hugo Berg opened the new pier.\nLater, Berg said it cost too much."
    assert timeline("Anna Berg", [story("a.txt", text, date(2022, 5, 3))]) == []


def test_the_company_goes_on_about_the_organisation_just_named():
    text = (
        "On March 3, Northwind Airlines cut 300 jobs.\n"
        "The carrier said on March 4 that fares would rise.\n"
        "On March 5, Harbour Bank raised its rates.\n"
        "The bank said on March 6 that loans would cost more."
    )
    events = timeline("Northwind Airlines", [story("a.txt", text, date(2023, 3, 7))])
    assert [e.date for e in events] == ["2023-03-03", "2023-03-04"]


def test_item_13_a_date_a_figure_is_compared_with_dates_no_story():
    text = (
        "Shares in Corvane Mills fell to their lowest level since 2009 on Tuesday.\n"
        "Corvane Mills sold 8 percent fewer towels in the spring than a year earlier."
    )
    events = timeline("Corvane Mills", [story("a.txt", text, date(2023, 6, 29))])
    assert [e.date for e in events] == ["2023-SP", "2023-06-27"]


def test_a_story_row_is_its_story_as_compact_json_and_leaves_the_collector_as_it_was():
    """The row is made with the cycle collector paused (a huge article's story is
    hundreds of thousands of small lists) and written an item at a time: the text of
    json.dumps, the collector running again after."""
    import gc
    import json

    from reader.model import Analysis, Article
    from reader.stories import _moment_row, story_row

    text = "Ilse Marwick of Orvik Halvorsen said on Monday that the Velkor mill would reopen."
    published = date(2024, 3, 6)
    article = Article(source="velkor.txt", text=text, published=published)
    analysis = analyse(text, published)
    written, listed = story_row(article, analysis)
    expected = {
        "actors": Analysis(actors=analysis.actors).to_dict()["actors"],
        "moments": [_moment_row(m) for m in moments(text, analysis, published)],
    }
    assert written == json.dumps(expected, ensure_ascii=False, separators=(",", ":"))
    assert expected["moments"] and listed
    assert gc.isenabled()


def test_a_markdown_article_s_sentences_are_listed_as_read():
    """A timeline shows what the article view shows: no heading or emphasis marks."""
    text = "# Quay works in Tarsk\n\nThe **Tarsk** quay was built in 1990. See [the plan](http://x.test/p).\n"
    found = timeline("Tarsk", [story("quay.md", text, date(2023, 5, 3))])
    told = [event.report.text for event in found]
    assert "The Tarsk quay was built in 1990." in told
    assert "Quay works in Tarsk" in told
    assert not [line for line in told if "#" in line or "*" in line]
