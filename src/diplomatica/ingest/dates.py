"""Normalising the dates found in metadata ("November 20, 1986", "1986-11-20", ...) to ISO 8601."""

from __future__ import annotations

import re

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
