"""Selection of stored facts by state, type and year."""

from __future__ import annotations

from diplomatica.kb.store import StoredEvent, StoredTenure
from diplomatica.query.facts import select_events, select_tenures


def tenure(person: str, start: str | None, end: str | None, to: str | None = None) -> StoredTenure:
    return StoredTenure(0, person, person.lower(), "ambassador", "MNG", to, start, end, 0.5, [])


def event(kind: str, countries: list[str], start: str | None, end: str | None) -> StoredEvent:
    return StoredEvent(
        0, "k", kind, None, start, end, None, countries, [], None, 0.5, None, None, {}, []
    )


def test_tenure_years_are_inclusive_and_open_ends_stay_open() -> None:
    rows = [
        tenure("Closed", "1950", "1952", "PRK"),
        tenure("OpenEnd", "1971", None, "PRK"),
        tenure("OpenStart", None, "1958"),
        tenure("Undated", None, None),
    ]
    assert [t.person for t in select_tenures(rows, year=1952)] == ["Closed", "OpenStart"]
    assert [t.person for t in select_tenures(rows, year=1990)] == ["OpenEnd"]
    assert [t.person for t in select_tenures(rows, country="prk")] == ["Closed", "OpenEnd"]
    assert len(select_tenures(rows)) == 4


def test_events_need_every_requested_state_and_a_date_covering_the_year() -> None:
    rows = [
        event("VISIT", ["MNG", "PRK"], "1986-11", "1986-11"),
        event("VISIT", ["MNG", "SUN"], "1986", "1986"),
        event("SIGN_AGREEMENT", ["MNG", "PRK"], "1984", "1989"),
        event("VISIT", ["MNG", "PRK"], None, None),
    ]
    assert len(select_events(rows, countries=["MNG", "PRK"])) == 3
    assert len(select_events(rows, countries=["mng"], year=1986)) == 3
    assert select_events(rows, event_type="sign_agreement", year=1988) == [rows[2]]
    assert select_events(rows, year=1990) == []
