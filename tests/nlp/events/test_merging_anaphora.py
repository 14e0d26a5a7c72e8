"""Round-2 merging (issue 4): an undated mention refers back to the latest event of its type
and states, and only to a near one. Unit tests on hand-built facts, plus talk/meet cues."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.events.component import merge_events
from diplomatica.nlp.types import EventFact, TimeValue


def _year(y: int) -> TimeValue:
    return TimeValue(str(y), str(y), f"{y}-01-01", f"{y}-12-31", "year")


def _support(start: int, year: int | None) -> EventFact:
    return EventFact(
        type="EXPRESS_SUPPORT",
        trigger="support",
        evidence_start=start,
        evidence_end=start + 40,
        countries=["CHL", "PER"],
        date=_year(year) if year else None,
        confidence=0.8 if year else 0.3,
    )


def test_undated_mention_joins_the_latest_matching_event() -> None:
    merged = merge_events([_support(0, 1961), _support(300, 1962), _support(600, None)])
    assert [len(e.evidence_spans()) for e in merged] == [1, 2]


def test_undated_mention_far_from_any_event_stays_apart() -> None:
    merged = merge_events([_support(0, 1961), _support(9000, None)])
    assert len(merged) == 2


def test_dated_mentions_still_merge_with_the_first_compatible_event() -> None:
    merged = merge_events([_support(0, 1961), _support(300, 1962), _support(9000, 1961)])
    assert [len(e.evidence_spans()) for e in merged] == [2, 1]


@pytest.mark.slow
def test_talking_with_someone_is_a_meeting_talking_about_is_not(
    extract: Callable[..., Doc],
) -> None:
    doc = extract(
        "Chile and Peru talked about fishing for years. In May 1964 the Chilean foreign "
        "minister talked with his Peruvian counterpart."
    )
    assert [(e.type, e.date.start if e.date else None) for e in doc._.dipl_events] == [
        ("MEET", "1964-05-01")
    ]
