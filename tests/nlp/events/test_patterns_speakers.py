"""Round-2 patterns (issue 4): first and second persons in labelled conversation records,
and people named by office as meeting partners. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]

_RECORD = (
    "Record of a conversation between the Hungarian Foreign Minister János Péter and the "
    "Polish Foreign Minister Adam Rapacki, Budapest, 3 May 1963.\n\n"
    "János Péter: We signed a trade agreement with Austria in 1961. Our two countries signed "
    "a cultural agreement in 1958.\n\n"
    "Adam Rapacki: I met the Austrian chancellor in 1962. You came to our country in 1960."
)


def _summary(doc: Doc) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {
        (e.type, tuple(e.countries), e.date.start[:4] if e.date and e.date.start else None)
        for e in doc._.dipl_events
    }


def test_we_and_our_stand_for_the_speakers_state(extract: Extract) -> None:
    events = _summary(extract(_RECORD))
    assert ("SIGN_AGREEMENT", ("AUT", "HUN"), "1961") in events


def test_our_two_countries_covers_both_speakers(extract: Extract) -> None:
    events = _summary(extract(_RECORD))
    assert ("SIGN_AGREEMENT", ("HUN", "POL"), "1958") in events


def test_i_is_the_speaker_and_you_the_other_speaker(extract: Extract) -> None:
    doc = extract(_RECORD)
    events = _summary(doc)
    assert ("MEET", ("AUT", "POL"), "1962") in events
    visits = [e for e in doc._.dipl_events if e.type == "VISIT"]
    assert [(e.countries, [(a.country, a.role) for a in e.actors]) for e in visits] == [
        (["HUN", "POL"], [("HUN", "source"), ("POL", "target")])
    ]


def test_first_person_after_a_label_that_is_no_person_names_no_state(extract: Extract) -> None:
    doc = extract(
        "Hungary and Poland: an overview of the talks of the Hungarian Foreign Minister János "
        "Péter.\n\nIn 1961 we signed a trade agreement with Austria."
    )
    signs = [e for e in doc._.dipl_events if e.type == "SIGN_AGREEMENT"]
    assert len(signs) == 1
    assert [a.country for a in signs[0].actors] == ["AUT"]


@pytest.mark.parametrize("partner", ["the Austrian chancellor", "the King of Denmark"])
def test_meeting_a_head_of_state_by_office_is_a_meeting(extract: Extract, partner: str) -> None:
    doc = extract(f"In June 1962 the Swedish foreign minister met {partner} in Paris.")
    assert [e.type for e in doc._.dipl_events] == ["MEET"]


def test_meeting_a_deadline_is_not_a_meeting(extract: Extract) -> None:
    doc = extract("In 1962 the Swedish government met the deadline for its reply to Norway.")
    assert [e.type for e in doc._.dipl_events] == []
