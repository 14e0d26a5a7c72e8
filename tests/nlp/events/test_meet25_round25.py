"""Meetings round 25: a thing negotiated by one negotiator with no partner named is his work,
no meeting; a side kept out of talks meets no one there; the heading of a report gives its
writer's state, so that "me" in the report stands for his state. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _meetings(doc: Doc) -> list[list[str]]:
    return states(doc, "MEET")


def test_terms_negotiated_by_one_envoy_are_no_meeting(extract: Extract) -> None:
    doc = extract(
        "The final terms were negotiated by Sir John Carter, the British envoy, in 1960.",
        "1961-01-01",
    )
    assert _meetings(doc) == []


def test_state_negotiating_its_own_fate_is_no_meeting(extract: Extract) -> None:
    doc = extract(
        "Weakened and deprived of Soviet aid, the South negotiated its own disappearance in 1990.",
        "1990-06-01",
    )
    assert _meetings(doc) == []


def test_two_negotiators_of_a_pact_still_meet(extract: Extract) -> None:
    doc = extract(
        "The Romanian foreign minister, Titulescu, and the Soviet commissar, Litvinov, "
        "negotiated a mutual assistance pact in 1936.",
        "1937-01-01",
    )
    assert ["ROU", "SUN"] in _meetings(doc)


def test_negotiating_with_a_partner_still_meets(extract: Extract) -> None:
    doc = extract(
        "The Senegalese Foreign Minister negotiated a ceasefire with the Ivorian rebels in "
        "October 2002.",
        "2004-11-07",
    )
    assert any("SEN" in s for s in _meetings(doc))


def test_side_remaining_outside_the_negotiations_meets_no_one(extract: Extract) -> None:
    doc = extract(
        "Sofia has declined to join any agreement that would confirm the frontiers drawn in "
        "1919, and Albania, closely tied to Rome, has remained outside the negotiations.",
        "1934-02-09",
    )
    assert _meetings(doc) == []


def test_side_withdrawing_from_the_negotiations_meets_no_one(extract: Extract) -> None:
    doc = extract(
        "Paris withdrew from the negotiations with Algeria that spring and left the companies "
        "to settle on their own.",
        "1972-01-01",
    )
    assert _meetings(doc) == []


def test_report_heading_gives_the_writer_his_state(extract: Extract) -> None:
    doc = extract(
        "Report of the Italian Minister in Athens, Count Carlo Rossi, to the Minister of "
        "Foreign Affairs\n"
        "Athens, 12 May 1923\n\n"
        "The Greek Prime Minister came to see me at the Legation on 3 May. He said that his "
        "Government wished to settle the frontier question quickly.\n\n"
        "Rossi\n",
        "1923-05-12",
    )
    assert ["GRC", "ITA"] in _meetings(doc)
