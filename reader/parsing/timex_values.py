"""TIMEX3 values: calendar arithmetic and formatting, no text.

Every function takes plain numbers or dates and gives back a TIMEX3 value
string ("2023-06-27", "2023-W26", "2023-Q3", "XXXX-06-27", ...), so the rules
in timex.py only decide *what* is meant, never how to write it.
"""

from __future__ import annotations

from datetime import date, timedelta

# Seasons by their first month (meteorological): a winter belongs to the year of its December.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Decades and centuries as TimeML writes them: the 1990s are "199", the 20th century "19".
DECADE = "{}"
CENTURY = "{:02d}"


def day_value(year: int | None, month: int, day: int) -> str:
    """A calendar day, with XXXX for an unknown year."""
    return f"{_year(year)}-{month:02d}-{day:02d}"


def month_value(year: int | None, month: int) -> str:
    return f"{_year(year)}-{month:02d}"


def year_value(year: int | None) -> str:
    return _year(year)


def week_value(day: date) -> str:
    """The ISO week holding `day`: 2023-06-29 -> 2023-W26."""
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def weekend_value(day: date) -> str:
    return week_value(day) + "-WE"


def quarter_value(year: int | None, quarter: int) -> str:
    return f"{_year(year)}-Q{quarter}"


def half_value(year: int | None, half: int) -> str:
    return f"{_year(year)}-H{half}"


def season_value(year: int | None, season: str) -> str:
    return f"{_year(year)}-{season}"


def era_value(value: str, era: str) -> str:
    """A year or century before the common era takes TIMEX3's BC prefix: BC0044, BC04."""
    return f"BC{value}" if era == "BC" else value


def decade_value(first_year: int) -> str:
    return DECADE.format(first_year // 10)


def century_value(number: int) -> str:
    """The 20th century -> 19, the 9th -> 08."""
    return CENTURY.format(number - 1)


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists (29 February only in a leap year; any year when unknown)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= days_in_month(year or 2000, month)


def days_in_month(year: int, month: int) -> int:
    """How many days the month has, as the calendar module says (a ValueError for no
    month), without importing it and the locale module it brings (1-2 ms of the first
    analysis of a process)."""
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return _DAYS_IN_MONTH[month] + (month == 2 and leap)


def _year(year: int | None) -> str:
    return "XXXX" if year is None else f"{year:04d}"


# -- shifting by calendar units ------------------------------------------------


_UNIT_YEARS = {"M": 1 / 12, "Q": 1 / 4, "Y": 1, "DE": 10, "CE": 100}  # the units counted in years


def shift(anchor: date, unit: str, count: int) -> str:
    """The unit holding `anchor` moved by `count` units, written at that unit's grain.

    shift(2023-06-29, "W", -1) -> "2023-W25"; shift(.., "Y", -2) -> "2021". A unit outside
    the years 1 to 9999 raises ValueError, as a day there does (OverflowError).
    """
    if unit in _UNIT_YEARS and not 1 <= anchor.year + count * _UNIT_YEARS[unit] <= 9999:
        raise ValueError(f"{count} {unit} from {anchor} is outside the calendar")
    if unit == "D":
        return (anchor + timedelta(days=count)).isoformat()
    if unit == "W":
        return week_value(anchor + timedelta(weeks=count))
    if unit == "FN":
        return week_value(anchor + timedelta(weeks=2 * count))
    if unit == "M":
        year, month = divmod(anchor.year * 12 + anchor.month - 1 + count, 12)
        return month_value(year, month + 1)
    if unit == "Q":
        year, quarter = divmod(anchor.year * 4 + (anchor.month - 1) // 3 + count, 4)
        return quarter_value(year, quarter + 1)
    if unit == "Y":
        return year_value(anchor.year + count)
    if unit == "DE":
        return decade_value(anchor.year + 10 * count)
    if unit == "CE":
        return century_value(anchor.year // 100 + 1 + count)
    raise ValueError(f"no calendar unit {unit!r}")


def shift_years(value: str, count: int) -> str:
    """A value of a period within a year moved by `count` years, at its own grain:
    shift_years("2023-Q2", -1) -> "2022-Q2" (ValueError outside the years 1 to 9999)."""
    year = int(value[:4]) + count
    if not 1 <= year <= 9999:
        raise ValueError(f"{count} years from {value} is outside the calendar")
    return f"{year:04d}{value[4:]}"


def shift_date(anchor: date, unit: str, count: int) -> date | None:
    """`anchor` moved by `count` days, weeks, months or years (None for other units)."""
    try:
        if unit == "D":
            return anchor + timedelta(days=count)
        if unit in ("W", "FN"):
            return anchor + timedelta(weeks=count * (2 if unit == "FN" else 1))
        if unit in ("M", "Y"):
            months = count * (12 if unit == "Y" else 1)
            year, month = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
            day = min(anchor.day, days_in_month(year, month + 1))
            return date(year, month + 1, day)
    except (OverflowError, ValueError):
        return None
    return None


# -- picking the right occurrence of a partial date ---------------------------


def weekday_date(anchor: date, weekday: int, direction: str | None) -> date:
    """The day named `weekday` (1 = Monday) nearest `anchor` in the given direction.

    "past" or None: the latest one on or before the anchor (the same weekday is
    the anchor itself); "future": the first on or after; "last"/"next": strictly
    before or after.
    """
    delta = weekday - anchor.isoweekday()
    if direction == "future":
        return anchor + timedelta(days=delta % 7)
    if direction == "next":
        return anchor + timedelta(days=delta % 7 or 7)
    if direction == "last":
        return anchor - timedelta(days=(-delta) % 7 or 7)
    return anchor - timedelta(days=(-delta) % 7)


def month_year(anchor: date, month: int, tense: str | None) -> int:
    """The year of a month named without one.

    A past clause means the latest such month up to the anchor's, a future one
    the first from it on; without a cue, the latest up to two months ahead.
    """
    here = anchor.year * 12 + anchor.month - 1
    return _occurrence(here, month - 1, 12, {"past": 0, "future": None}.get(tense or "", 2), tense)


def nearest_month_year(anchor: date, month: int, year: int) -> int:
    """The year of the month named that is nearest `anchor`, before or after it: a month a
    thing is for ("raised the price for February", "rents for March rose", told in
    January), even in a report told in the past; `year` on a tie (six months either way)."""
    here = anchor.year * 12 + anchor.month - 1
    options = sorted(
        (abs(y * 12 + month - 1 - here), y != year, y) for y in (year - 1, year, year + 1)
    )
    return options[0][2]


def nearest_day_year(anchor: date, month: int, day: int, year: int) -> int:
    """The year of the month and day named that is nearest `anchor`, before or after it: the
    day of a thing bid or agreed ("ordered him to appear on April 20"), told of the plan to
    come or of the order gone by; `year` when none other is valid."""
    years = [y for y in (year - 1, year, year + 1) if valid_day(y, month, day)]
    if not years:
        return year
    return min(years, key=lambda y: (abs((date(y, month, day) - anchor).days), y != year))


def reported_month_year(anchor: date, month: int) -> int | None:
    """The year of the month named that ended before `anchor`, at most REPORTING_DAYS before
    it: one whose figures may still be to come. None if that month is further back."""
    year = anchor.year - (month >= anchor.month)
    ended = date(year, month, days_in_month(year, month))
    return year if (anchor - ended).days <= REPORTING_DAYS else None


FUTURE_SLACK_DAYS = 14  # how long before the anchor a day a future clause names may lie
REFERRED_BACK_DAYS = 28  # the same for a day that clause refers back to (see day_year)
NO_CUE_AHEAD_DAYS = 182  # how far ahead of the anchor a day named with no cue may lie


def day_year(
    anchor: date, month: int, day: int, tense: str | None, referred_back: bool = False
) -> int:
    """The year of a month and day named without one ("December 28" on 3 January: last year).

    A past clause means the latest such day up to two weeks after the anchor, a
    future one the first from two weeks before it ("will hold its next census on
    March 10", read on 25 March: next year's), or from four weeks before it when the
    clause refers back to that day (`referred_back`: "ballots from the March 3 vote
    will be counted again", "had said the rains will reach Kelby by June 15", read on
    20 March and 1 July: this year's; a plan nearly a year off is told with its year);
    without a cue, the nearest, up to six months ahead (a schedule in the present or
    a headline without a verb: "Counting on May 16", "May 19 is the last day of
    polling", read in March, name the May to come, not one ten months gone by).
    """
    back = REFERRED_BACK_DAYS if referred_back else FUTURE_SLACK_DAYS
    slack = {"past": 14, "future": -back}.get(tense or "", NO_CUE_AHEAD_DAYS)
    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if valid_day(y, month, day)]
    if not years:
        return anchor.year
    if tense == "future":
        later = [y for y in years if (date(y, month, day) - anchor).days >= slack]
        return min(later) if later else max(years)
    earlier = [y for y in years if (date(y, month, day) - anchor).days <= slack]
    return max(earlier) if earlier else min(years)


def quarter_year(anchor: date, quarter: int, tense: str | None) -> int:
    """The year of a quarter named without one (see part_year)."""
    return part_year(anchor, quarter, 4, tense)


def part_year(
    anchor: date, number: int, per_year: int, tense: str | None, accounts: bool = True
) -> int:
    """The year of a quarter (per_year 4) or a half (2) named without one: in a past clause
    the latest begun; with no cue either way, the latest up to the one after the current
    ("prices stay high through the first quarter", told in December: the one to come, as a
    month up to two ahead is); by a future clause, the first not yet reported
    ("second-quarter profit will double", said on 2 July: the quarter just ended), as firms
    report within REPORTING_DAYS, or, of no `accounts`, the first not yet ended ("the
    phone will ship in the fourth quarter", said in January: this year's)."""
    if tense != "future":
        here = anchor.year * per_year + (anchor.month - 1) * per_year // 12
        return _occurrence(here, number - 1, per_year, 0 if tense else 1, tense)
    reported_by = anchor - timedelta(days=REPORTING_DAYS if accounts else 0)
    return next(
        y
        for y in range(anchor.year - 1, anchor.year + 2)
        if part_end(y, number, per_year) >= reported_by
    )


# The days a listed firm has to file its quarterly report after the quarter ends (the US
# SEC's Form 10-Q deadline for smaller filers; larger ones have 40)
REPORTING_DAYS = 45


def part_end(year: int, number: int, per_year: int) -> date:
    month = number * 12 // per_year
    return date(year, month, days_in_month(year, month))


def _occurrence(here: int, target: int, per_year: int, ahead: int | None, tense: str | None) -> int:
    """The year of the latest `target` period at most `ahead` periods after `here`,
    or (ahead None) of the first one not before `here`."""
    if ahead is None:
        return (here - target + per_year - 1) // per_year
    return (here + ahead - target) // per_year


def holiday_date(year: int, rule: str) -> date:
    """The day a holiday's rule (see the lexicon) names in `year`: "12-25", "11/4/4" (the
    fourth Thursday of November), "05/1/-1" (the last Monday of May), "11/4/4+1" (the day
    after), "E-2" (two days before Easter Sunday)."""
    if rule.startswith("E"):
        return easter(year) + timedelta(days=int(rule[1:]))
    if "/" not in rule:
        month, day = (int(x) for x in rule.split("-"))
        return date(year, month, day)
    base, _, moved = rule.partition("+")
    month, weekday, nth = (int(x) for x in base.split("/"))
    if nth > 0:
        first = date(year, month, 1)
        found = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        last = date(year, month, days_in_month(year, month))
        found = last - timedelta(days=(last.isoweekday() - weekday) % 7)
    return found + timedelta(days=int(moved or 0))


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def current_season(day: date) -> tuple[int, str]:
    """The (year, season) holding `day`; January and February belong to last year's winter."""
    if day.month <= 2:
        return day.year - 1, "WI"
    name = max((m, s) for s, m in SEASON_START.items() if m <= day.month)[1]
    return day.year, name


def season_occurrence(anchor: date, season: str, which: str | None) -> int:
    """The year of a season named without one.

    which = "last": the latest one that is over; "next": the first not yet begun;
    "this" or None: the current one, else this year's (or the nearest by tense).
    """
    year, now = current_season(anchor)
    order = ["SP", "SU", "FA", "WI"]
    here = year * 4 + order.index(now)
    target = order.index(season)
    if which == "last":
        return (here - 1 - target) // 4
    if which == "next":
        return (here + 1 - target + 3) // 4
    if which == "past":
        return (here - target) // 4
    if which == "future":
        return (here - target + 3) // 4
    return anchor.year if season != "WI" or anchor.month > 2 else anchor.year - 1
