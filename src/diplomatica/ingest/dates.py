"""Normalising the dates found in metadata ("November 20, 1986", "1986-11-20", ...) to ISO 8601."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})"
_DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
_PATTERNS = [
    re.compile(rf"^{_YEAR}-(?P<mnum>[01][0-9])(?:-(?P<dnum>[0-3][0-9]))?(?:[T ].*)?$"),
    re.compile(rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}$"),
    re.compile(rf"^{_DAY}\s+{_MONTH},?\s+{_YEAR}$"),
    re.compile(rf"^{_MONTH},?\s+{_YEAR}$"),
    re.compile(rf"^(?P<dnum>[0-3]?[0-9])\.(?P<mnum>[01]?[0-9])\.{_YEAR}$"),
    re.compile(rf"^D?:?{_YEAR}(?P<mnum>[01][0-9])(?P<dnum>[0-3][0-9])"),  # PDF "D:19861120..."
    re.compile(rf"^{_YEAR}$"),
]


def iso_date(value: str) -> str | None:
    """Return ``value`` as an ISO date at its precision ("1986", "1986-11", "1986-11-20"), or
    None if it is not a recognisable single date."""
    cleaned = " ".join(value.strip().strip(".").split())
    for pattern in _PATTERNS:
        match = pattern.match(cleaned)
        if match:
            return _iso_from(match.groupdict())
    return None


def _iso_from(parts: dict[str, str | None]) -> str | None:
    year = parts.get("year")
    if year is None:
        return None
    month_name = parts.get("month")
    month: int | None
    if month_name is not None:
        month = _MONTHS.get(month_name.lower())
        if month is None:
            return None
    else:
        mnum = parts.get("mnum")
        month = int(mnum) if mnum else None
    day_text = parts.get("day") or parts.get("dnum")
    day = int(day_text) if day_text else None
    if month is None:
        return year
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    return f"{year}-{month:02d}" if day is None else f"{year}-{month:02d}-{day:02d}"


def is_date_line(line: str) -> bool:
    """Return whether ``line`` consists of nothing but a date."""
    return iso_date(line) is not None


_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.)"
)
_OPT_WEEKDAY = rf"(?:{_WEEKDAY},?\s+)?"
_MENTION_PATTERNS = [
    re.compile(
        rf"\b{_OPT_WEEKDAY}(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+{_YEAR}\b)?",
        re.I,
    ),
    re.compile(
        rf"\b{_OPT_WEEKDAY}(?:the\s+)?(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<month>{_MONTH_NAMES})\b\.?(?:,?\s+{_YEAR}\b)?",
        re.I,
    ),
    re.compile(rf"\b(?P<month>{_MONTH_NAMES})\b\.?,?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01][0-9])(?:-(?P<dnum>[0-3][0-9]))?\b"),
    re.compile(rf"\b(?P<dnum>[0-3]?[0-9])\.(?P<mnum>[01]?[0-9])\.{_YEAR}\b"),
]


@dataclass(frozen=True)
class DateMention:
    """A calendar date written in a line: its span, and its parts (the year may be missing)."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None

    def shifted(self, offset: int) -> DateMention:
        """Return the same date with its span moved by ``offset`` characters."""
        return DateMention(self.start + offset, self.end + offset, self.year, self.month, self.day)

    def iso(self, year: int | None = None) -> str | None:
        """Return the ISO date at the precision written, taking ``year`` when none is written;
        None when there is no year at all."""
        chosen = self.year if self.year is not None else year
        if chosen is None:
            return None
        if self.day is None:
            return f"{chosen:04d}-{self.month:02d}"
        return f"{chosen:04d}-{self.month:02d}-{self.day:02d}"


def find_dates(line: str) -> list[DateMention]:
    """Return the calendar dates (at least month and day, or month and year) written in ``line``,
    in order and without overlaps (the longer reading wins: "12 August 1978", not "August 1978").
    """
    found: list[DateMention] = []
    for pattern in _MENTION_PATTERNS:
        for match in pattern.finditer(line):
            mention = _mention_from(match)
            if mention is not None:
                found.append(mention)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _mention_from(match: re.Match[str]) -> DateMention | None:
    parts = match.groupdict()
    name = parts.get("month")
    month = _MONTHS.get(name.lower()) if name else int(parts["mnum"] or 0)
    day_text = parts.get("day") or parts.get("dnum")
    day = int(day_text) if day_text else None
    year = int(parts["year"]) if parts.get("year") else None
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    return DateMention(match.start(), match.end(), year, month, day)
