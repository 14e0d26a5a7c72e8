"""Helpers shared by the event pattern tests: summarise the events of a processed Doc."""

from __future__ import annotations

from spacy.tokens import Doc


def summary(doc: Doc) -> list[tuple[str, list[str]]]:
    """Return ``(type, countries)`` of every event of ``doc``."""
    return [(e.type, e.countries) for e in doc._.dipl_events]


def types(doc: Doc) -> list[str]:
    """Return the type of every event of ``doc``."""
    return [e.type for e in doc._.dipl_events]


def start_dates(doc: Doc, etype: str) -> list[str]:
    """Return the start date of every dated event of type ``etype``."""
    return [e.date.start or "" for e in doc._.dipl_events if e.type == etype and e.date]


def states(doc: Doc, kind: str) -> list[list[str]]:
    """Return the countries of every event of type ``kind``."""
    return [e.countries for e in doc._.dipl_events if e.type == kind]


def dated_states(
    doc: Doc, etype: str
) -> list[tuple[list[str], tuple[str | None, str | None] | None]]:
    """Return ``(countries, (start, end))`` of every event of type ``etype``."""
    return [
        (e.countries, e.date.bounds() if e.date else None)
        for e in doc._.dipl_events
        if e.type == etype
    ]


def sorted_starts(doc: Doc, etype: str) -> list[tuple[list[str], str | None]]:
    """Return ``(countries, start date)`` of every event of type ``etype``, sorted."""
    return sorted(
        (e.countries, e.date.start if e.date else None)
        for e in doc._.dipl_events
        if e.type == etype
    )
