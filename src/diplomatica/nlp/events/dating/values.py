"""Date arithmetic on normalised time values: days, open ranges closed or opened, year spans."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from diplomatica.nlp.types import TimeValue

MAX_SPAN_YEARS = 30  # "the next ten years", "the decade after 1977": a span of years at most
_MAX_WEEKS_DAYS = 62  # "a few weeks later": up to about two months of days
_YEAR_PART = re.compile(r"\d{4}-(?:EARLY|MID|LATE|H[12]|Q[1-4])")


def iso_day(text: object) -> date | None:
    """Return the day an ISO date string (or its first ten characters) names; None for an
    empty or malformed one."""
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def is_usable(value: TimeValue) -> bool:
    """Return whether a time value can date an event: a date, range or set (a set of years, "in
    1972 and 1973", dates the event by its span) with at least one bound."""
    return value.kind in ("date", "range", "set") and (
        value.start is not None or value.end is not None
    )


def closed(value: TimeValue) -> TimeValue:
    """Return the bound an open range names ("until 1978" -> 1978, "since 5 July 1961" -> that
    day); other values unchanged."""
    if value.start is not None and value.end is not None:
        return value
    bound = value.value.replace("../", "").replace("/..", "")
    if len(bound) == 4 and bound.isdigit():
        return TimeValue(value.text, bound, f"{bound}-01-01", f"{bound}-12-31", "year")
    if len(bound) == 4 and bound[:3].isdigit() and bound[3] == "X":
        decade = bound[:3]
        return TimeValue(value.text, bound, f"{decade}0-01-01", f"{decade}9-12-31", "decade")
    day = value.start or value.end
    if day is not None and len(bound) == 10:
        return TimeValue(value.text, bound, day, day, "day")
    if len(bound) == 7 and bound[:4].isdigit() and bound[5:].isdigit():
        year, month = int(bound[:4]), int(bound[5:])
        last = calendar.monthrange(year, month)[1]
        return TimeValue(value.text, bound, f"{bound}-01", f"{bound}-{last:02d}", "month")
    return value


def by_days(value: TimeValue) -> TimeValue:
    """Return ``value`` with a calendar week ("last week", "1987-W30") or a part of a year
    ("early in 1979": January to April) bounded by its days: an act of that week or part
    happened between its bounds, not just somewhere in its year."""
    bounded = value.start and value.end and value.kind == "date"
    if bounded and ("-W" in value.value or _YEAR_PART.fullmatch(value.value)):
        return replace(value, granularity="range")
    if bounded and value.resolved_from_context and value.granularity == "approximate":
        first, last = iso_day(value.start), iso_day(value.end)
        if first and last and (last - first).days <= _MAX_WEEKS_DAYS:
            # "a few weeks later" counted from a date: its days, not the year they fall in
            return replace(value, granularity="range")
    return value


def opened(value: TimeValue, side: str) -> TimeValue:
    """Return the open range an "after"/"before" phrase makes of a time: from its last point on
    ("after the battles of 1987 and 1988" -> 1988/..), or up to its first."""
    bound = value.value.replace(",", "/").split("/")
    if side == "after" and value.end:
        return replace(value, value=f"{bound[-1]}/..", start=value.end[:4] + "-01-01"
                       if value.granularity == "year" else value.end, end=None,
                       granularity="range", kind="range")  # fmt: skip
    if side == "before" and value.start:
        return replace(value, value=f"../{bound[0]}", start=None, granularity="range",
                       kind="range")  # fmt: skip
    return value


def year_span(text: str, first: int, count: int | None) -> TimeValue | None:
    """Return the range from year ``first`` to the year ``count`` years on ("the decade after
    1977" -> 1977/1987), named by ``text``; None unless it spans 2 to 30 years."""
    if count is None or not 1 < count <= MAX_SPAN_YEARS:
        return None
    return TimeValue(text, f"{first}/{first + count}", f"{first}-01-01",
                     f"{first + count}-12-31", "range", "range", True)  # fmt: skip


def _valid_day(iso: str) -> bool:
    """Return whether an ISO date of day precision names a day of the calendar (other
    precisions are valid)."""
    if len(iso) != 10:
        return True
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    return 1 <= day <= calendar.monthrange(year, month)[1]


def in_year(value: TimeValue, year_of: str) -> TimeValue:
    """Return a month or a day stated without its year ("in April", "again in July") moved
    into the year of the ISO date ``year_of`` (the clause's "this year", the time it repeats);
    ``value`` itself when it has its year already or no bounds."""
    year = year_of[:4]
    if not (year and value.start and value.end) or value.start[:4] == year:
        return value
    start, end = f"{year}{value.start[4:]}", f"{year}{value.end[4:]}"
    if value.granularity == "month" and end[5:7] == "02":
        end = f"{year}-02-{calendar.monthrange(int(year), 2)[1]:02d}"  # a leap year's February
    elif not (_valid_day(start) and _valid_day(end)):
        return value  # 29 February moved into a year without one
    return replace(value, value=f"{year}{value.value[4:]}", start=start, end=end)
