"""What a time rule may look at: the word tables, and the context of one text.

The word tables are built once per process from data/timex_lexicon.json and
data/timex_guards.json; a context holds the text, its publication date, the
tense of its sentences and the dates mentioned last, for anchored expressions
("the previous day", "two years later").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from itertools import pairwise
from typing import NamedTuple

from reader.parsing.calendar_values import as_date
from reader.parsing.data import table
from reader.parsing.precompiled import compiled
from reader.parsing.tense import WINDOW, TenseIndex, past_form, tense_at
from reader.parsing.text import Span
from reader.parsing.timex_values import days_in_month


def fold(words: str) -> str:
    """A phrase as the tables key it: lower case, straight apostrophes, single spaces."""
    return " ".join(words.lower().replace("’", "'").split())


@dataclass(slots=True)
class Found:
    """An expression a rule found: its TIMEX3 type and value, where it is, and the rule."""

    type: str
    value: str
    start: int
    end: int
    rule: str = ""
    mod: str = ""  # TimeML's START, MID or END
    origin: int = -1  # where the rule's match starts (before a lead word: "on" Monday)


class TimeWords(NamedTuple):  # a named tuple: cheaper to define at import than a dataclass
    """The word tables a rule looks words up in (lower case unless said otherwise)."""

    months: dict[str, int]  # names and abbreviations
    month_names: frozenset[str]  # the full names, capitalised
    weekdays: dict[str, int]  # 1 = Monday
    numbers: dict[str, int]
    ordinals: dict[str, int]
    day_ordinals: dict[str, int]  # "first" -> 1 .. "thirty-first" -> 31, folded
    units: dict[str, str]  # "week" -> "W"
    seasons: dict[str, str]
    day_parts: dict[str, str]
    holidays: dict[str, str]  # folded name -> "MM-DD"
    refs: dict[str, str]  # "recently" -> "PAST_REF"
    decades: dict[str, int]  # "nineties" -> 9
    century_words: dict[str, int]  # "nineteenth" -> 19
    eras: dict[str, str]  # "B.C." -> "BC", "CE" -> "AD" (as written)
    deictic_days: dict[str, int]  # "yesterday" -> -1: days from the publication date
    relative_steps: dict[str, int]  # "last" -> -1, "the following" -> 1
    anchored_words: frozenset[str]  # those of relative_steps counted from the date mentioned last
    frequencies: dict[str, str]  # "annually" -> "P1Y"
    clock_words: dict[str, str]  # "noon" -> "12:00"
    modifiers: dict[str, str]  # "late" -> "END": TimeML's mod for a part of a stretch
    not_before_year: frozenset[str]
    count_nouns: frozenset[str]
    recorded_media: frozenset[str]  # "75 hours of video": an amount of it, no time
    year_prepositions: frozenset[str]
    year_half_cues: re.Pattern[str]  # finds a word of a year's accounts (see the lexicon)
    game_cues: re.Pattern[str]  # finds a score or a word of play (see the guards' game_words)
    aside_openers: frozenset[str]  # words that open a relative clause or an aside
    determiners: frozenset[str]
    auxiliaries: frozenset[str]  # words after which "last" is the verb ("to last two weeks")
    period_nouns: frozenset[str]  # nouns of a stretch of time ("the 2013 season")
    figure_nouns: frozenset[str]  # nouns of a month's figures ("figures for December")
    limit_nouns: frozenset[str]  # nouns of a time limit ("a Friday deadline")
    limit_missed: frozenset[str]  # verbs of a limit missed or passed ("miss", "passes")
    month_kind_nouns: frozenset[str]  # nouns of a kind a month names ("an August holiday")
    accounts_nouns: frozenset[str]  # nouns of a quarter's reported figures ("profit")
    weekday_epithets: frozenset[str]  # "Black" of "Black Monday": a day's name, no weekday
    temperature_words: frozenset[str]  # "highs": "the 80s" after them are degrees


@cache
def time_words() -> TimeWords:
    """The tables, built once: a context only points at them, so a short text pays nothing."""
    lex = table("timex_lexicon.json")
    months = {k.lower(): v for k, v in lex["months"].items()}
    months.update({k.lower(): v for k, v in lex["month_abbreviations"].items()})
    refs = {fold(w): "PRESENT_REF" for w in lex["present_ref"]}
    refs.update({fold(w): "PAST_REF" for w in lex["past_ref"]})
    refs.update({fold(w): "FUTURE_REF" for w in lex["future_ref"]})
    guards = table("timex_guards.json")
    triggers, relative = lex["trigger_words"], lex["relative_words"]
    return TimeWords(
        months=months,
        month_names=frozenset(lex["months"]),
        weekdays={k.lower(): v for k, v in lex["weekdays"].items()},
        numbers=lex["numbers"],
        ordinals=lex["ordinals"],
        day_ordinals={fold(k): v for k, v in lex["day_ordinals"].items()},
        units=lex["units"],
        seasons=lex["seasons"],
        day_parts=lex["day_parts"],
        holidays={fold(k): v for k, v in lex["holidays"].items()},
        refs=refs,
        # "twenties" .. "nineties", in that order in the lexicon: the tens they stand for
        decades={w: n for n, w in enumerate(triggers["decade"], 2)},
        century_words=lex["century_words"],
        eras=lex["eras"],
        deictic_days=triggers["deictic"],
        relative_steps={**relative["deictic"], **relative["anchored"]},
        anchored_words=frozenset(relative["anchored"]),
        frequencies=triggers["frequency"],
        clock_words=triggers["clock"],
        modifiers=lex["modifiers"],
        not_before_year=frozenset(guards["not_before_year"]),
        count_nouns=frozenset(guards["count_nouns"]),
        recorded_media=frozenset(guards["recorded_media"]),
        year_prepositions=frozenset(guards["year_prepositions"]),
        year_half_cues=compiled(
            "(?i)"
            + "|".join(
                rf"(?<!\w){re.escape(w)}(?!\w)" if w[0].isalpha() else re.escape(w)
                for w in lex["year_half_cues"]
            )
        ),
        game_cues=compiled(
            "(?i)"
            + "|".join([_SCORE] + [rf"(?<!\w){re.escape(w)}(?!\w)" for w in guards["game_words"]])
        ),
        aside_openers=frozenset(lex["aside_openers"]),
        determiners=frozenset(table("timex_tense_cues.json")["determiners"]),
        auxiliaries=frozenset(table("timex_tense_cues.json")["auxiliaries"]),
        period_nouns=frozenset(lex["period_nouns"]),
        figure_nouns=frozenset(lex["figure_nouns"]),
        limit_nouns=frozenset(lex["limit_nouns"]),
        limit_missed=frozenset(lex["limit_missed"]),
        month_kind_nouns=frozenset(lex["month_kind_nouns"]),
        accounts_nouns=frozenset(lex["accounts_nouns"]),
        weekday_epithets=frozenset(guards["weekday_epithets"]),
        temperature_words=frozenset(guards["temperature_words"]),
    )


# a game's score, "won 2-1", "a 3–0 defeat"; not a share of a range ("1-2 percent")
_SCORE = r"(?<![\w.,/–-])\d{1,2}[-–]\d{1,2}(?![\w/–-]|[.,]\d|\s*(?:%|per|million|billion))"
_SINCE_REACH = len(" since at least ")  # what to look at for the words before an expression
NARRATIVE_SENTENCES = 2  # how many sentences a year told of carries on into
NARRATIVE_GAP = 2  # how many years from the publication's a year must be to be told of
NEWS_DAYS = 7  # how many days from the publication a day of the news may be


@cache
def telling_words() -> frozenset[str]:
    """Verbs and nouns of telling ("said", "told", "statement", "interview")."""
    speech = table("timex_tense_cues.json")["speech"]
    return frozenset([*speech, *table("timex_lexicon.json")["telling_words"]])


@dataclass(slots=True)
class TimeContext:
    """One text being read: what a rule needs besides its own match."""

    text: str
    published: date | None
    sentences: list[Span]
    words: TimeWords = field(default_factory=time_words)
    # the day, month and year mentioned last, for "the previous day" or "two years later"
    last_day: date | None = None
    day_told: date | None = None  # the day mentioned last, whatever was mentioned after it
    last_day_at: int = -1  # where last_day was mentioned
    # the day mentioned last not in the possessive nor as the day of an attribution after a
    # comma after the story's day ("killed 14 late on Friday, officials said on Saturday":
    # Friday)
    story_day: date | None = None
    news_day: date | None = None  # the day near the publication mentioned last (see day_of_report)
    line_day: date | None = None  # the day told last on a line of its own (a live report's)
    night_told: bool = False  # whether the night of last_day was told ("Tuesday night", 10 p.m.)
    night_of: date | None = None  # the day of the night named last ("Tuesday night")
    night_sentence: int = -1  # the sentence that named it
    last_month: date | None = None
    last_quarter: date | None = None  # the first day of the quarter mentioned last
    last_year: int | None = None
    last_year_sentence: int = -1  # the sentence that mentioned last_year
    last_year_at: int = 0  # where last_year was mentioned
    # where last_year was told (start, end), and what came before it: where the value told
    # before it ended and whether a date near the publication had been told (see _told_as_story)
    last_year_told: tuple[int, int, int, bool] = (0, 0, -1, False)
    last_year_narrates: bool | None = None  # whether it was told as the story's: asked late
    present_sentence: int = -1  # the last sentence that mentioned a date near the publication
    # the sentence opened by a time and its year ("In 2020, ...", "Last year the ..."): a time
    # at the head of a sentence frames all of it, so a day or month told after it there,
    # while no other year is told, is of that year, however near the publication's
    head_year: tuple[int, int | None, int] = (-1, None, -1)  # and where that time ends
    last_month_at: int = -1  # where last_month was mentioned
    last_end: int = -1  # where the value told last ends
    last_period: str = ""  # the quarter, half or month told last ("2023-Q2")
    last_period_at: int = -1  # where last_period was told
    first_quarter: str = ""  # the quarter told first ("2023-Q2"): a report's own, mostly
    day_first: bool | None = None  # whether the text writes a day before its month (asked late)
    tells_accounts: bool | None = None  # whether it tells a year's quarter (asked late)
    four_digit_stamps: bool | None = None  # whether its entries open with "1605 -" (asked late)
    starts: list[int] = field(init=False)
    tenses: TenseIndex = field(init=False)
    backwards: str = field(init=False)  # the text reversed, for the scanner's run_reach()
    # the tense of each stretch asked about (see tense): the rules of one expression ask
    # about it again and again ("on June 3": the year of a story, then the day's own)
    tense_of: dict[tuple[int, int], str | None] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.starts = [s.start for s in self.sentences]
        self.tenses = TenseIndex(self.text)
        self.backwards = self.text[::-1]

    def tense(self, start: int, end: int) -> str | None:
        """ "past", "future" or None: the tense of the clause around text[start:end]. A
        headline in the infinitive ("Crews to strike on Monday") looks forward. A time
        after "since" (or "since at least") is gone by whatever the clause's tense: "will be the
        lowest since April", "the first rise since November" name the last April and November.
        With no cue either way, a time after "from" starts a rule or a service ("The budget
        cuts taxes from July 1", "Buses run from Monday"): still to come; not a day in the
        possessive, which names a thing of that day ("votes from Sunday's election")."""
        if (start, end) not in self.tense_of:
            self.tense_of[start, end] = self._tense(start, end)
        return self.tense_of[start, end]

    def _tense(self, start: int, end: int) -> str | None:
        """tense(start, end), worked out."""
        before = self.text[max(0, start - _SINCE_REACH) : start].lower().split()
        if before[-1:] == ["since"] or before[-3:] == ["since", "at", "least"]:
            return "past"
        index = bisect_right(self.starts, start) - 1
        if 0 <= index < len(self.sentences) and start < self.sentences[index].end:
            sentence = self.sentences[index]
            found = self.tenses.at(start, end, sentence.start, sentence.end)
            if found is None and (
                (before[-1:] == ["from"] and not self.text.endswith(_POSSESSIVE, start, end))
                or (index == 0 and _INFINITIVE_HEADLINE.match(self.text, 0, sentence.end))
            ):
                return "future"
            return found
        return tense_at(self.text, start, end)

    def reports_accounts(self) -> bool:
        """Whether the text names a quarter or a half of a year as accounts do ("Q3", "a
        first-quarter loss", "the second half of 2025", "the third quarter of this year"):
        its bare halves are the year's too ("The first half will be hard," he said), as
        in no report of a game."""
        if self.tells_accounts is None:
            self.tells_accounts = _ACCOUNTS_PERIOD.search(self.text) is not None
        return self.tells_accounts

    @property
    def anchor(self) -> date | None:
        """The reference for anchored expressions: the day mentioned last, else the
        publication date."""
        return self.last_day or self.published

    def day_of_report(self, at: int) -> date | None:
        """The day a clock time or a part of a day at `at` falls on: the day mentioned last,
        else the publication date. A day in the possessive in an earlier clause names a thing
        of that day ("Stocks rose on Tuesday, recovering Monday's losses. Trading opened at
        9:30 a.m.": Tuesday's opening); the report stays on the day told before it. In the
        clock time's own clause it holds ("Monday's session opened at 9:30 a.m."). A month or
        a year of background told since that day does not end the report: "The quake hit on
        Sunday, the strongest since March 2011. It struck at 4:40 a.m." is Sunday's, the day
        near the publication told last."""
        if self.last_day is None and self.news_day is not None:
            return self.news_day
        gap = self.text[self.last_end : at]
        if self.last_day in (None, self.story_day) or not (
            any(mark in gap for mark in ".!?;,") or " and " in gap or " but " in gap
        ):
            return self.anchor
        return self.story_day or self.published

    def day_to_come(self) -> date | None:
        """The day a clock told in a plan falls on when the day told last is gone by ("The
        run-off is on Sunday. In the first round, on May 2, Vell won. Polls open at 7 a.m."):
        the day near the publication told last if it is still to come (Sunday), else the
        publication's."""
        if self.news_day is not None and self.published and self.news_day >= self.published:
            return self.news_day
        return self.published

    def opens_line(self, at: int) -> bool:
        """Whether only spaces stand between `at` and the start of its line: read back from
        `at`, as a word stands right before most times (no copy of a long line)."""
        text = self.text
        while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
            at -= 1
        return at == 0 or text[at - 1] == "\n"

    def _fills_line(self, at: int, end: int) -> bool:
        """Whether text[at:end] is all its line holds but spaces (a live report's day line):
        its start is looked at first, as most times do not open their line."""
        if not self.opens_line(at):
            return False
        line_end = self.text.find("\n", end)
        after = self.text[end:] if line_end < 0 else self.text[end:line_end]
        return not after.strip()

    def day_of_entries(self) -> date | None:
        """The day of a live report's entry stamped with a clock ("12:30 - Police said two
        fishermen were missing. They had set out the previous day."): the day on a line of
        its own told last, else the publication's; not the day its entries told last
        ("warned on Tuesday"), which the stamp ends."""
        return self.line_day or self.published

    def stamps_four_digits(self) -> bool:
        """Whether the text is a live report whose entries open with a clock of four digits
        ("1605 - Police said ...", "1620 - The index closed"): two lines or more open with four
        digits before a dash, every such one reads as a clock (no year's "1987 -" of a
        chronology, whose minutes would pass 59), and one at least is before 19:00, as
        "2003 -", "2005 -" and "2008 -" are years. Worked out when first asked."""
        if self.four_digit_stamps is None:
            stamps = _FOUR_DIGIT_ENTRY.findall(self.text)
            self.four_digit_stamps = (
                len(stamps) > 1
                and all(int(hour) < 24 and int(minute) < 60 for hour, minute in stamps)
                and any(int(hour) < _FIRST_HOUR_OF_A_MODERN_YEAR for hour, _ in stamps)
            )
        return self.four_digit_stamps

    def anchor_for(self, unit: str) -> date | None:
        """The reference for "the previous UNIT" or "N UNITs later": the last mention of
        that grain. A year told alone counts from its middle, so that "the following
        summer" after "in 1907" is 1908's and "that spring" 1907's."""
        if unit in ("Y", "DE", "CE") and self.last_year:
            return self.last_month or self.last_day or date(self.last_year, 7, 1)
        if unit == "Q" and self.last_quarter:
            return self.last_quarter  # "in the second quarter, up from the previous quarter"
        if unit in ("M", "Q") and self.last_month:
            return self.last_day or self.last_month
        if unit == "D" and self.last_day is None and self.news_day is not None:
            return self.news_day
        return self.anchor

    def tense_before(self, at: int) -> str | None:
        """The tense of the verb nearest before `at` in its clause, whatever follows it."""
        index = self._sentence(at)
        if not 0 <= index < len(self.sentences):
            return None
        return self.tenses.before(at, self.starts[index], self.sentences[index].end)

    def narrative_year(self, at: int) -> int | None:
        """The year of a story told of another time ("In 1831 he was jailed; on July 14 he
        marched"): the year mentioned last, when it is two years or more from the
        publication's (nearer, a day or month without a year is read against the
        publication date) and was mentioned in the sentence at `at` or one of the two
        before, and not as the start of a stretch running to now ("since 2003", "since
        its launch in 2003": what follows is of the present), in a plan ("it opens in
        2030, the firm said in May": a year to come, named in a plan, tells no story) nor
        in a sentence that also tells a date near the publication. None otherwise.
        A text that has told no date near its publication (a biography, a history, a
        travel guide's past) is told wholly of another time: its story stays in the year
        told last however many sentences on ("In 1928 he opened a workshop. Orders came
        slowly. Few could pay. In April he sold a violin": 1928), and with no publication
        date that year is the only one to read a month against."""
        if self.last_year is None:
            return None
        if self.published is None:
            return self.last_year if self._told_as_story() else None
        if self._year_heads_sentence(at):
            return self.last_year
        if abs(self.last_year - self.published.year) < NARRATIVE_GAP:
            return None
        moved_on = self._sentence(at) - self.last_year_sentence > NARRATIVE_SENTENCES
        if moved_on and self.present_sentence >= 0:
            return None
        if self.present_sentence == self.last_year_sentence:
            return None  # "found guilty on Monday of a crash in May 2009": told from now
        if not self._told_as_story():
            return None
        if self.last_year > self.published.year and self._planned(self.last_year_at):
            return None
        return self.last_year

    def _year_heads_sentence(self, at: int) -> bool:
        """Whether last_year is the year told at the head of the sentence of `at` (see
        head_year), and frames `at` (see frames)."""
        sentence, year, end = self.head_year
        return (sentence, year) == (self._sentence(at), self.last_year) and self.frames(end, at)

    def _heads_sentence(self, at: int, end: int, index: int) -> bool:
        """Whether the time at text[at:end] (in the sentence at `index`) opens its sentence,
        alone or after a preposition ("In 2020, the river rose on June 25", "Last year the
        fair opened on July 12"), and is no possessive ("Last year's winner left on May 2":
        a time of the winner)."""
        return (
            not self.text.startswith(_POSSESSIVE, end) and self._opening_in(index, at) is not None
        )

    def opening(self, at: int) -> re.Match[str] | None:
        """What stands in the sentence of `at` before `at`, when it is what may stand before a
        phrase that frames the sentence: maybe a quote mark, maybe a short phrase set off by a
        comma, maybe a preposition of a time (its group "lead") and an article ("In 2020,",
        "Last year the ...", "In a typical year, ..."); None when other words stand there."""
        return self._opening_in(self._sentence(at), at)

    def _opening_in(self, index: int, at: int) -> re.Match[str] | None:
        """opening(at), for `at` in the sentence at `index` (-1: in none), which the caller
        has found already."""
        return None if index < 0 else _SENTENCE_HEAD.fullmatch(self.text, self.starts[index], at)

    def frames(self, frame_end: int, at: int) -> bool:
        """Whether a phrase opening a sentence and ending at `frame_end` frames the time at
        `at` after it: no clause of its own between them, after ";", ":" or ", but", nor
        a telling or "according to" ("In 2030, sales fell, the company said on March 2":
        the day of the telling, not of 2030; "The ferry usually starts in May, but this
        year it opened on April 12")."""
        if _FRAME_BREAK.search(self.text, frame_end, at):
            return False
        return not any(
            w.lower() in telling_words() for w in _WORD.findall(self.text, frame_end, at)
        )

    def _months_ended(self, at: int, month: date | None, day: date | None) -> str:
        """The quarter or half that "the three months" or "the six months" to a month (or to
        its last day) told at `at` make ("profit fell in the three months to June": the
        second quarter, which "the quarter" and "a year earlier" after it name); "" for
        none."""
        if month is None or (day is not None and day.day < days_in_month(day.year, day.month)):
            return ""  # a day told that is no month's last
        told = _MONTHS_TO.search(self.text, max(0, at - _MONTHS_TO_REACH), at)
        if told is None:
            return ""
        word = told[1].lower()
        count = int(word) if word.isdigit() else self.words.numbers.get(word, 0)
        if count == 3 and month.month % 3 == 0:
            return f"{month.year}-Q{month.month // 3}"
        if count == 6 and month.month % 6 == 0:
            return f"{month.year}-H{month.month // 6}"
        return ""

    def period_told(self, at: int, sentences: int = 0) -> str | None:
        """The quarter, half or month told last ("2023-Q2", "2023-H1", "2023-06"), when it was
        told in the sentence at `at` or up to `sentences` before it: the period that "a year
        earlier" or "the same period last year" moves back ("profit fell in the second
        quarter from a year earlier": that quarter of the year before)."""
        if self.last_period_at < 0:
            return None
        if self._sentence(at) - self._sentence(self.last_period_at) > sentences:
            return None
        return self.last_period

    def range_start(self, at: int) -> date | None:
        """The day told right before `at` when only a word of a range joins them ("from June 1
        to November 30", "between March 3 and 9 May"): the first day of the range."""
        return self._day_joined(at, _RANGE_JOIN)

    def apposed_day(self, at: int, end: int) -> date | None:
        """The day told right before the day relative to it at `at`..`end` when only a
        comma, a dash or a bracket parts them and the apposition closes after it: it names
        the same day ("on Tuesday, the previous day,", "on Friday (the day after)"), as the
        apposition says which day that was. A clause going on after it is a comma splice,
        a day after the one told ("It rained on Monday, the next day it snowed")."""
        if not _APPOSITION_CLOSES.match(self.text, end):
            return None
        return self._day_joined(at, _APPOSITION)

    def _day_joined(self, at: int, join: re.Pattern[str]) -> date | None:
        """The day told last, when only what `join` matches parts its end from `at`."""
        if self.last_day is None or self.last_end < 0:
            return None
        return self.last_day if join.fullmatch(self.text, self.last_end, at) else None

    def day_told_in_sentence(self, at: int) -> date | None:
        """The day told last, if it was told in the sentence of `at`."""
        if self.last_day is None or self._sentence(self.last_day_at) != self._sentence(at):
            return None
        return self.last_day

    def month_range_start(self, at: int) -> date | None:
        """The month told right before `at` when only a word of a range joins them ("from
        April to July", "between March and May"): the first month of the range."""
        if self.last_month is None or self.last_month_at < 0 or self.last_day is not None:
            return None
        joined = _RANGE_JOIN.fullmatch(self.text, self.last_end, at)
        return self.last_month if self.last_month_at < self.last_end and joined else None

    def month_before(self, at: int) -> date | None:
        """The month mentioned last, when it was in the sentence at `at`: a month named
        after it there, with no past tense, comes after it ("tours in November, December
        and January": the January after that November)."""
        if self.last_month is None or self.last_month_at < 0:
            return None
        return self.last_month if self._sentence(self.last_month_at) == self._sentence(at) else None

    def _planned(self, at: int) -> bool:
        """Whether the verb before `at` in its sentence looks forward ("is due to open in
        2030, the firm said": the cue before the year, not the nearest one, governs it)."""
        first = self.starts[self._sentence(at)] if self.starts else 0
        return tense_at(self.text, at, at, max(first, at - WINDOW), at) == "future"

    def refers_back(self, at: int, end: int) -> bool:
        """Whether a time at text[at:end], in a clause that looks ahead, is one the clause
        refers back to, not the time of its plan: one before its future verb ("ballots from
        the vote on March 3 will be counted again": the vote's day), or one told under a
        past perfect ("had said the rains will reach Kelby by June 15"). Not "Tarsk will
        hold its next census on March 10": the plan's own day."""
        index = self._sentence(at)
        if not 0 <= index < len(self.sentences):
            return False
        lower, upper = self.starts[index], self.sentences[index].end
        if self.tenses.before(at, lower, upper) != "future":
            return True
        if self.tenses.after(end, lower, upper) == "future":
            return True
        perfect = _HAD_DONE.search(self.text, lower, at)
        return perfect is not None and past_form(perfect[1].lower())

    def sentence_start(self, at: int) -> int:
        """Where the sentence holding `at` starts (0 before the first)."""
        index = self._sentence(at)
        return self.starts[index] if index >= 0 else 0

    def sentence_text(self, at: int) -> str:
        """The sentence holding `at` (the whole text when none does)."""
        index = self._sentence(at)
        if 0 <= index < len(self.sentences) and at < self.sentences[index].end:
            return self.text[self.starts[index] : self.sentences[index].end]
        return self.text

    def _aside(self, at: int) -> bool:
        """Whether `at` is in an aside: a relative clause, a participle or a noun with one
        set off by a comma or a bracket, or a participle opening the sentence ("Vantor,
        which was founded in 1995, said on March 3"; "Vantor, a bank founded in 1995,";
        "Founded in 1890, the club..."), or a relative clause set off by none whose verb
        follows its pronoun ("a surge in demand that began in 2021"): background, not the
        time the story is told in."""
        first = self.starts[self._sentence(at)] if self.starts else 0
        start = max(first, at - ASIDE_REACH)
        relative = _RELATIVE_VERB.search(self.text, start, at)
        if relative is not None and past_form(relative[1].lower()):
            return True
        opened = _ASIDE_START.search(self.text, start, at)
        if opened is None:  # a participle opening the sentence: "Founded in 1890, ..."
            phrase = _PARTICIPLE_PHRASE.match(self.text, first, at) if start == first else None
            return phrase is not None and self._opens_aside(phrase[1].lower())
        words = _WORD.findall(self.text, opened.end(), at)
        if words and words[0] in ("a", "an", "the"):  # "Vantor, a bank founded in 1995,"
            return any(self._opens_aside(word) for word in words[1:])
        return bool(words) and self._opens_aside(words[0])

    def _recency(self, at: int) -> bool:
        """Whether `at` dates the last or first time something happened ("It last struck in
        November 2014", "was first approved in 2015"): how long ago, told from now, so
        background, not the time the story is told in."""
        first = self.starts[self._sentence(at)] if self.starts else 0
        words = [w.lower() for w in _WORD.findall(self.text, max(first, at - RECENCY_REACH), at)]
        return any(
            word in ("last", "first") and past_form(following)
            for word, following in pairwise(words)
        )

    def _told_as_story(self) -> bool:
        """Whether last_year was told as the story's time: not as the start of a stretch
        running to now ("since 2003"), not naming an event ("the 2007 floods"), not set
        apart (see _stretch_bound), not in an aside nor as the last or first time something
        happened. Worked out when first asked, as few years are asked about."""
        narrates = self.last_year_narrates
        if narrates is None:
            at, end, told_end, told_present = self.last_year_told
            narrates = self.last_year_narrates = not (
                _SINCE.search(self.text, max(0, at - SINCE_REACH), at)
                or self.names_event(at, end)
                or self._stretch_bound(at, end, told_end, told_present)
                or self._aside(at)
                or self._recency(at)
            )
        return narrates

    def _stretch_bound(self, at: int, end: int, told_end: int, told_present: bool) -> bool:
        """Whether text[at:end] is set apart from the story told in a text told from now (one
        that has told a date near its publication): in brackets ("the film Velkor Nights
        (1987)") or as the start or end of a stretch ("ran the ferry from 2019 to 2021",
        "2019-2021"). Such a year frames what is told; a month told after it without a
        year is read against the publication, as TimeML anchors it to the document date
        ("...from 2019 to 2021. In May the council took it back": this May). In a text
        told wholly of another time (a biography), the stretch is the story's time.
        `told_end` is where the value told before it ended, `told_present` whether a date
        near the publication had been told before it."""
        if _IN_BRACKETS.search(self.text, max(0, at - BRACKET_REACH), at) and _BRACKET_CLOSES.match(
            self.text, end, end + BRACKET_REACH
        ):
            return True
        if not told_present:
            return False
        if _STRETCH_OPENER.search(self.text, max(0, at - 9), at) or _STRETCH_ONWARD.match(
            self.text, end
        ):
            return True
        return told_end >= 0 and _STRETCH_JOIN.fullmatch(self.text, told_end, at) is not None

    def names_event(self, at: int, end: int) -> bool:
        """Whether the expression at text[at:end] opens with a determiner and names an event
        after it ("the February 4 election", "the 2007 floods"; see _named)."""
        following = _NAMING.match(self.text, end)
        return following is not None and self._named(at, following[1].lower())

    def _named(self, at: int, following: str) -> bool:
        """Whether the expression at `at` opens with a determiner and names an event after
        it ("the 2007 floods", "its 1998 merger"): a name, not the time of the story (as
        a stretch of time may be: "started the 2013 season")."""
        if following in self.words.period_nouns:
            return False
        before = _LAST_WORD.search(self.text, max(0, at - 8), at)
        return before is not None and (
            before[1].lower() in self.words.determiners or before[1].endswith(("'s", "’s"))
        )

    def _opens_aside(self, word: str) -> bool:
        """A relative pronoun or a participle (in lower case: "Fred" is no participle)."""
        return word in self.words.aside_openers or (len(word) > 4 and word.endswith("ed"))

    def _base_of_period_told(self, value: str, at: int) -> bool:
        """Whether the period `value` is the same period a year before the one told last, in
        its sentence or the one before: the base the story compares that period with ("a
        loss in the first quarter, against a profit in the first quarter of 2008"), so "a
        year earlier" after it still counts from the period of the story."""
        if self.last_period_at < 0 or self._sentence(at) - self._sentence(self.last_period_at) > 1:
            return False
        told = self.last_period
        return value[4:] == told[4:] and int(value[:4]) == int(told[:4]) - 1

    def _word_before(self, at: int) -> str:
        """The word right before `at`, in lower case ("" when none stands within reach)."""
        before = _LAST_WORD.search(self.text, max(0, at - 10), at)
        return "" if before is None else before[1].lower()

    def _comparison_base(self, at: int, end: int, day: bool) -> bool:
        """Whether text[at:end] is what a figure is compared with ("rose 5 percent from a year
        earlier", "lower than a year ago"): no time of the story, so no date told. The
        figure may stand between ("against a loss a year earlier", "up from 3.1 percent a
        year ago", "versus 2 million a year earlier"), in the clause, a few words long. A
        period a year back is one too ("fell from the year-ago quarter", "up from the same
        quarter last year"), so "the previous quarter" after it counts from the quarter told.
        "on" before a day (`day`: the value names one) tells when, not against what ("killed
        on August 3 last year"; "up 6% on a year earlier" is a base)."""
        told = self.text[at:end].lower()
        # each mark of YEAR_BACK holds "year": most times hold none
        year_back = "year" in told and any(mark in told for mark in YEAR_BACK)
        if not (told.endswith(("earlier", "ago")) or year_back):
            return False
        before = self._word_before(at)
        if before in COMPARED_WITH:
            return not (day and before == "on")
        clause = self.text[max(0, at - FIGURE_REACH) : at].replace(";", ",").rpartition(",")[2]
        words = clause.lower().split()[-FIGURE_WORDS - 1 :]
        for index, word in enumerate(words[:-1]):
            if word in COMPARED_ACROSS or (word == "from" and _has_digit(words[index + 1 :])):
                return True
        return False

    def night_before(self, at: int) -> date | None:
        """The day of a night named in the sentence of `at` or the one before it."""
        if self.night_of is None or self._sentence(at) - self.night_sentence > 1:
            return None
        return self.night_of

    def _sentence(self, at: int) -> int:
        return bisect_right(self.starts, at) - 1

    def writes_day_first(self) -> bool:
        """Whether the text writes a date's day before its month, as most of the world does
        ("25/3/2025", "4 March"), rather than after it ("3/25/2025", "March 4"): what reads
        a numeric date of two numbers up to 12 ("4/3/2025"). Its numeric dates that only one
        order reads count twice; on a tie, the month comes first. Worked out when first
        asked, as few texts write such a date."""
        if self.day_first is None:
            score = 0
            for found in _SLASH_DATE.finditer(self.text):
                first, second = int(found[1]), int(found[2])
                score += 2 * ((first > 12 >= second) - (second > 12 >= first))
            day_month, month_day = _written_dates()
            score += len(day_month.findall(self.text)) - len(month_day.findall(self.text))
            self.day_first = score > 0
        return self.day_first

    def remember(self, value: str, at: int, end: int) -> None:
        """Keep the day, month and year a value found at text[at:end] names, as the ones
        mentioned last."""
        year, month, day = _calendar_parts(value)
        if year is None or self._comparison_base(at, end, day is not None):
            return
        self.last_year_told = (at, end, self.last_end, self.present_sentence >= 0)
        self.last_year_narrates = None
        self.last_end = end
        if (
            _PERIOD.fullmatch(value)
            and not self._base_of_period_told(value, at)
            # after "since", the bound of a comparison ("the highest since the third
            # quarter of 2010"), not the period the story tells: "the quarter" after it is
            # still the story's own
            and self._word_before(at) != "since"
        ):
            self.last_period, self.last_period_at = value, at
            if not self.first_quarter and _QUARTER.fullmatch(value):
                self.first_quarter = value
        ended = self._months_ended(at, month, day)
        if ended:
            self.last_period, self.last_period_at = ended, at
        sentence = self._sentence(at)
        if self.published and abs(year - self.published.year) < NARRATIVE_GAP:
            self.present_sentence = sentence
        self.last_year_sentence = sentence
        if year != self.last_year:
            self.last_day = self.last_month = self.last_quarter = self.story_day = None
        quarter = _QUARTER.fullmatch(ended or value)
        if quarter:
            self.last_quarter = date(year, 3 * int(quarter[1]) - 2, 1)
        self.last_year = year
        self.last_year_at = at
        if self._heads_sentence(at, end, sentence):
            self.head_year = (sentence, year, end)
        if month is not None:
            if month != self.last_month:
                self.last_day = self.story_day = None
            self.last_month = month
            self.last_month_at = at
        if day is not None:
            night = "T" in value and _NIGHT.search(value) is not None
            if value.endswith("TNI"):
                self.night_of, self.night_sentence = day, sentence
            self.night_told = night or (self.night_told and day == self.last_day)
            # the story's day told before in this sentence, which a telling's day after it
            # leaves standing ("struck late on Friday, officials said on Saturday")
            story_told = (
                self.story_day is not None
                and self.last_day == self.story_day
                and self.last_day_at >= 0
                and self._sentence(self.last_day_at) == sentence
            )
            self.last_day = self.day_told = day
            self.last_day_at = at
            if self._fills_line(at, end):
                self.line_day = day
            if self.published and abs((day - self.published).days) <= NEWS_DAYS:
                self.news_day = day
            if not (
                self.text.endswith(_POSSESSIVE, 0, end)
                or self.text.startswith(_POSSESSIVE, end)
                or (story_told and _TELLING_DAY.search(self.text, max(0, at - TELLING_REACH), at))
            ):
                self.story_day = day


@lru_cache(maxsize=256)
def _calendar_parts(value: str) -> tuple[int | None, date | None, date | None]:
    """The year, month and day a value names (None where it names none); an article
    repeats its dates, so each value is read once."""
    match = _CALENDAR_START.match(value)
    if match is None or not 1 <= int(match[1]) <= 9999:
        return None, None, None
    year = int(match[1])
    month = date(year, int(match[2]), 1) if match[2] and 1 <= int(match[2]) <= 12 else None
    return year, month, as_date(value[:10])


# a date of numbers and slashes: its first two numbers
_SLASH_DATE = compiled(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


@cache
def _written_dates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A day written before a month's name ("4 March", "the 4th of March") and after it
    ("March 4", "Sept. 4"); not a year after the name ("March 2025")."""
    lex = table("timex_lexicon.json")
    names = "|".join(
        sorted(
            (re.escape(w.rstrip(".")) for w in (*lex["months"], *lex["month_abbreviations"])),
            key=len,
            reverse=True,
        )
    )
    return (
        compiled(rf"(?<![\w/.])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\b"),
        compiled(rf"\b(?:{names})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\w/.])"),
    )


# a first line of a few words with no closing stop, its subject followed by "to" and a verb
_INFINITIVE_HEADLINE = compiled(
    r"\s*[A-Z][\w'’.&-]*(?:[^\S\n]+[\w'’.&-]+){0,4}?[^\S\n]+to[^\S\n]+[a-z]+"
    r"(?:[^\S\n]+[\w'’,&-]+){0,8}[^\S\n]*\Z"
)
SINCE_REACH = 40  # how far before a year "since" may open the stretch it starts
RECENCY_REACH = 40  # how far before a year "last" or "first" and its verb may be
ASIDE_REACH = 60  # how far before a year the comma or bracket opening an aside may be
_ASIDE_START = compiled(r"[,(](?=[^,(]*$)")  # the last comma or bracket of the stretch
_WORD = compiled(r"[A-Za-z]+")
_HAD_DONE = compiled(
    r"\b(?i:had)\s+(?:[a-z]+ly\s+)?([A-Za-z]+)"
)  # "had said", "had long predicted"
# an attribution after a comma, up to the day it was told on: ", officials said on Saturday"
_TELLING_DAY = compiled(
    r",\s+(?:[\w.'’-]+\s+){0,5}(?:said|told\s+[\w.'’-]+|announced|added|confirmed)\s+"
    r"(?:late\s+|early\s+)?(?:on\s+)?\Z"
)
TELLING_REACH = 80
# a relative pronoun and the verb right after it, a few words before a year's preposition
_RELATIVE_VERB = compiled(r"\b(?:that|which|who)\s+([a-z]+)(?:\s+[a-z]+){0,3}\s+(?:in|since)\s+\Z")
_LAST_WORD = compiled(r"([\w'’]+)\s+$")
_NAMING = compiled(r"\s+([A-Za-z]+)")  # a word right after an expression
_PARTICIPLE_PHRASE = compiled(r"\s*([A-Za-z]+)\s+(?:in|on|by|at|from|as|with|for)\b")
_SINCE = compiled(r"\b(?i:since)\b[^.;:!?]*$")
# what may stand before a time (or a word) at the head of its sentence: white space, maybe
# a quote mark, maybe a short phrase set off by a comma ("According to the agency, last
# year,"), maybe a preposition of a time ("In 2020,", "Back in 2020,", "During 2020,") and
# an article ("In a typical year,")
_SENTENCE_HEAD = compiled(
    r"\s*[\"“‘']?\s*(?:[^,;:\"“”\n]{1,40},\s+)?"
    r"(?:(?P<lead>(?i:back\s+in|in|during|throughout))\s+(?:(?i:a|an|the)\s+)?)?"
)
# what ends the clause a phrase opening the sentence frames (see TimeContext.frames)
_FRAME_BREAK = compiled(r"[;:]|,\s+(?i:but|yet|while|whereas)\b|\b(?i:according\s+to)\b")
_CALENDAR_START = compiled(r"(\d{4})(?:-(\d{2})(?!\d))?")
_QUARTER = compiled(r"\d{4}-Q([1-4])")
# "the three months to", "the six months ended", "three months through the end of", right
# before a month or a day
_MONTHS_TO = compiled(
    r"\b(\w+)\s+months\s+(?:to|ended|ending|through)\s+(?:(?:the\s+)?end\s+of\s+)?\Z",
    re.IGNORECASE,
)
_MONTHS_TO_REACH = 48
# a value of a night or of a clock of the evening: "2025-03-04TNI", "2025-03-04T21:30"
_NIGHT = compiled(r"TNI$|T(?:1[89]|2\d):")
_POSSESSIVE = ("'s", "’s")
# the words before the base of a comparison ("rose from a year earlier", "than a year ago")
COMPARED_WITH = frozenset(("from", "than", "on", "over", "with", "versus", "vs"))
# words that name a comparison's base with its figure between ("against a loss a year
# earlier"); "from" only with a number between ("up from 3.1 percent a year ago": "retired
# from the board a year ago" tells a time)
COMPARED_ACROSS = frozenset(("against", "than", "versus", "vs", "vs."))
# what marks a period a year back as a whole ("the year-ago quarter", "the same month last year")
YEAR_BACK = ("year-ago", "year-earlier", "prior-year", "previous-year", "last year")
FIGURE_REACH = 48  # how far before "a year earlier" the word of comparison may be
FIGURE_WORDS = 5  # how many words the figure between may have


def _has_digit(words: list[str]) -> bool:
    return any(character.isdigit() for word in words for character in word)


BRACKET_REACH = 40  # how far from a time the brackets around it may be
_IN_BRACKETS = compiled(r"\([^()]*\Z")  # an open bracket before a time, not yet closed
_BRACKET_CLOSES = compiled(r"[^()]*\)")
# the words that open a stretch of years right before a time, and those that lead on to its end
_STRETCH_OPENER = compiled(r"\b(?i:from|between)\s+\Z")
_STRETCH_ONWARD = compiled(r"\s*(?:[-–—]\s*\d|(?i:to|until|till|through)\s+\d)")
_STRETCH_JOIN = compiled(r"\s*(?:[-–—]|(?i:to|until|till|through|and))\s*")
# what ends a live report's entry stamp: a dash (or, after a zone, a colon) before its text;
# not before another clock ("08:00 - 20:00": opening hours)
_FIRST_HOUR_OF_A_MODERN_YEAR = 19  # "1900 -" to "2359 -" may be years as well as clocks
# four digits opening a line before a dash: an entry's clock ("1605 - ") or a year ("1987 - ")
_FOUR_DIGIT_ENTRY = compiled(r"(?m)^[^\S\n]*(\d\d)(\d\d)[^\S\n]*[-–—][^\S\n]")
ENTRY_STAMP = compiled(r"[^\S\n]*[-–—:][^\S\n]+(?!\d{1,2}[:.]\d\d)")
# a quarter or a half named as a year's: "Q3", "3Q", "H1", "first-quarter", "the second
# half of 2025", "the third quarter of this year"
_ACCOUNTS_PERIOD = compiled(
    r"\b(?:Q[1-4]|[1-4]Q|H[12])\b|\b(?i:(?:first|second|third|fourth)-quarter"
    r"|(?:quarter|half)\s+of\s+(?:(?:fiscal\s+)?(?:19|20)\d\d|(?:this|last|next)\s+year))\b"
)
_APPOSITION = compiled(r"\s*[,(—–]\s*")
_APPOSITION_CLOSES = compiled(r"\s*(?:[,;:.)—–]|\Z)")
_RANGE_JOIN = compiled(r"\s*(?:to|until|till|through|and|-|–)\s*", re.IGNORECASE)
_PERIOD = compiled(r"\d{4}-(?:Q[1-4]|H[12]|\d\d)")  # a quarter, a half or a month
