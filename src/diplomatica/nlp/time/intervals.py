"""Absolute intervals and their TIMEX3 values: the calendar shared by the tagger's stages.

An :class:`Abs` is a closed interval of days with the TIMEX3 value that names it (``1986-11-11``,
``1951-09``, ``1988-SU``, ``1988``, ``1984/1989``). The helpers here build them (a year, a month,
a day, a season, a range), move through the calendar, read day numbers, month names and counts,
and turn an interval into the :class:`diplomatica.nlp.types.TimeValue` of the text that names it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Literal

from diplomatica.nlp.time import patterns as pt
from diplomatica.nlp.types import Granularity, TimeValue

Precision = Literal["day", "month", "year", "coarse"]
Kind = Literal["date", "range", "set", "duration"]

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
YEAR_PARTS: dict[str, tuple[str, int, int]] = {
    "early": ("EARLY", 1, 4),
    # "the beginning of 1957" is its first quarter and "the end of 1957" its last two months
    # (as most gold annotators read it), narrower than "early"/"late"
    "beginning": ("EARLY", 1, 3),
    "start": ("EARLY", 1, 3),
    "mid": ("MID", 5, 8),
    "middle": ("MID", 5, 8),
    "late": ("LATE", 9, 12),
    "end": ("LATE", 11, 12),
    "first half": ("H1", 1, 6),
    "second half": ("H2", 7, 12),
    "latter half": ("H2", 7, 12),
    "first quarter": ("Q1", 1, 3),
    "second quarter": ("Q2", 4, 6),
    "third quarter": ("Q3", 7, 9),
    "fourth quarter": ("Q4", 10, 12),
    "last quarter": ("Q4", 10, 12),
}
DAY_PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}


@dataclass(frozen=True)
class Abs:
    """An absolute interval with the TIMEX3 value that names it."""

    value: str
    start: date
    end: date
    granularity: Granularity
    precision: Precision


# ---- calendar helpers ------------------------------------------------------------------------


def last_day(year: int, month: int) -> date:
    """Return the last day of ``month`` in ``year``."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """Return ``day`` moved by ``months`` calendar months (to the last day of a shorter month)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def year_abs(year: int) -> Abs:
    """Return the interval of the whole ``year`` (value ``"1988"``)."""
    return Abs(f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year", "year")


def month_abs(year: int, month: int) -> Abs:
    """Return the interval of one month (value ``"1951-09"``)."""
    return Abs(f"{year:04d}-{month:02d}", date(year, month, 1), last_day(year, month), "month",
               "month")  # fmt: skip


def day_abs(day: date, suffix: str = "") -> Abs:
    """Return the interval of one day; ``suffix`` (a clock time ``"T10:00"``, a part of the day
    ``"TMO"``) is appended to its value."""
    return Abs(day.isoformat() + suffix, day, day, "day", "day")


def parse_day(text: str) -> int:
    """Return the day number written as ``"12"`` or ``"12th"``."""
    return int(text.rstrip("stndrh"))


def month_of(text: str) -> int:
    """Return the number (1-12) of a month name or abbreviation (``"Sept."``)."""
    return pt.MONTH_NUMBERS[text.rstrip(".").lower()]


def count_of(text: str) -> int | None:
    """Return the number a count word or numeral stands for (None for vague counts)."""
    word = text.lower().strip()
    if word in ("a", "an"):
        return 1
    if word.isdigit():
        return int(word)
    if word in pt.UNITS_BELOW_TWENTY:
        return pt.UNITS_BELOW_TWENTY[word]
    tens, _, unit = word.partition("-")
    if tens in pt.TENS:
        return pt.TENS[tens] + pt.UNITS_BELOW_TWENTY.get(unit, 0)
    return None


def safe_date(year: int, month: int, day: int) -> date | None:
    """Return the date, or None when the day does not exist (31 June)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def season_abs(year: int, season_word: str, modifier: str | None) -> Abs:
    """Return the interval of the season ``season_word`` names in ``year`` (winter runs into the
    next year); approximate when a ``modifier`` ("late summer") qualifies it."""
    code = SEASONS[season_word.lower()]
    first, last = _SEASON_MONTHS[code]
    start = date(year, first, 1)
    end = last_day(year + (last - 1) // 12, (last - 1) % 12 + 1)
    granularity: Granularity = "approximate" if modifier else "season"
    return Abs(f"{year:04d}-{code}", start, end, granularity, "coarse")


def range_abs(first: Abs, last: Abs) -> Abs:
    """Return the range from the start of ``first`` to the end of ``last`` (value ``"first/last"``),
    at their precision when they share one, else coarse."""
    return Abs(f"{first.value}/{last.value}", first.start, last.end, "range",
               first.precision if first.precision == last.precision else "coarse")  # fmt: skip


def as_timex(
    text: str,
    absolute: Abs,
    kind: Kind = "date",
    resolved: bool = False,
    granularity: Granularity | None = None,
) -> TimeValue:
    """Return the TimeValue of ``text`` naming ``absolute``; ``granularity`` overrides the
    interval's own and ``resolved`` marks a value taken from the context."""
    return TimeValue(
        text=text,
        value=absolute.value,
        start=absolute.start.isoformat(),
        end=absolute.end.isoformat(),
        granularity=granularity or absolute.granularity,
        kind=kind,
        resolved_from_context=resolved,
    )


def unresolved(text: str, value: str, granularity: Granularity) -> TimeValue:
    """Return a TimeValue without bounds for an expression whose reference is unknown (``value`` is
    a placeholder: ``"PAST_REF"``, ``"XXXX-05"``)."""
    return TimeValue(text, value, None, None, granularity, "date", True)
