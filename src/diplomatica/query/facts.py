"""Selecting stored events and tenures by state, type and year (the chronology views)."""

from __future__ import annotations

from collections.abc import Iterable

from diplomatica.kb.store import StoredEvent, StoredTenure


def _years(start: str | None, end: str | None) -> tuple[int, int] | None:
    """Return the inclusive year range of ISO bounds at any precision (None when undated)."""
    if not start and not end:
        return None
    first = int((start or end or "")[:4])
    last = int((end or start or "")[:4])
    return first, last


def _in_year(bounds: tuple[int, int] | None, year: int | None) -> bool:
    if year is None:
        return True
    return bounds is not None and bounds[0] <= year <= bounds[1]


def select_events(
    events: Iterable[StoredEvent],
    *,
    countries: Iterable[str] = (),
    event_type: str | None = None,
    year: int | None = None,
) -> list[StoredEvent]:
    """Return the events involving every state in ``countries`` (ISO3), of ``event_type`` if
    given, whose date range contains ``year`` if given; order is kept (by date)."""
    wanted = {c.upper() for c in countries}
    kind = event_type.upper() if event_type else None
    return [
        e
        for e in events
        if wanted <= set(e.countries)
        and (kind is None or e.type == kind)
        and _in_year(_years(e.date_start, e.date_end), year)
    ]


def select_tenures(
    tenures: Iterable[StoredTenure],
    *,
    country: str | None = None,
    year: int | None = None,
) -> list[StoredTenure]:
    """Return the tenures serving or accredited to ``country`` (ISO3) if given and held in
    ``year`` if given (an open end counts as still held; an undated tenure never matches a year)."""
    code = country.upper() if country else None
    selected = []
    for t in tenures:
        if code is not None and code not in (t.country, t.to):
            continue
        if year is not None:
            if t.start is None and t.end is None:
                continue
            first = int(t.start[:4]) if t.start else None
            last = int(t.end[:4]) if t.end else None
            if (first is not None and year < first) or (last is not None and year > last):
                continue
        selected.append(t)
    return selected
