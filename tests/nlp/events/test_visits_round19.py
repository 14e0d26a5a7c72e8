"""Round-19 visits and meetings: a person landing at a named place visits it ("the Emperor
landed at Tangier", not troops landing); a person who "came to see" another, "called upon me",
or "talked at length with" a person met him, as did one who met "Greek and Turkish
negotiators". Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states, types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_a_person_landing_at_a_named_place_visits_it(extract: Extract) -> None:
    doc = extract("On 4 June 1911 King George of Britain landed at Calais in France.", "1912-01-01")
    assert ["FRA", "GBR"] in states(doc, "VISIT")


def test_landing_at_a_citys_airport_visits_its_state(extract: Extract) -> None:
    doc = extract("On 3 May 1975 the Soviet Premier Kosygin landed at Hanoi airport.", "1976-01-01")
    assert ["SUN", "VNM"] in states(doc, "VISIT") or ["SUN", "VDR"] in states(doc, "VISIT")


@pytest.mark.parametrize(
    "text",
    [
        "In 1958 American marines landed in Lebanon.",
        "In 1982 British forces landed at San Carlos in the Falklands.",
        "At noon the presidential aircraft landed at Cairo airport.",
    ],
)
def test_troops_or_craft_landing_are_no_visit(extract: Extract, text: str) -> None:
    assert "VISIT" not in types(extract(text, "1990-01-01"))


def test_a_person_who_came_to_see_another_met_him(extract: Extract) -> None:
    doc = extract(
        "In March 1967 the Indian Foreign Minister came to see President Johnson of the United"
        " States.",
        "1968-01-01",
    )
    assert ["IND", "USA"] in states(doc, "MEET")


def test_coming_to_see_a_thing_is_no_meeting(extract: Extract) -> None:
    doc = extract(
        "In 1965 the Egyptian delegation came to see the need for reform in Moscow.", "1966-01-01"
    )
    assert "MEET" not in types(doc)


def test_an_envoy_who_called_upon_the_writer_met_him(extract: Extract) -> None:
    doc = extract("The Italian Ambassador called upon me this morning.", "1911-03-02")
    assert "MEET" in types(doc)


def test_an_appeal_to_the_writer_is_no_meeting(extract: Extract) -> None:
    doc = extract("The Italian Ambassador called upon me to protest at once.", "1911-03-02")
    assert "MEET" not in types(doc)


def test_talking_at_length_with_a_person_is_a_meeting(extract: Extract) -> None:
    doc = extract(
        "In May 1961 President Kennedy talked at length with President Frondizi of Argentina.",
        "1962-01-01",
    )
    assert ["ARG", "USA"] in states(doc, "MEET")


def test_meeting_negotiators_of_named_states(extract: Extract) -> None:
    doc = extract(
        "In the spring of 1978 the American mediator met Egyptian and Israeli negotiators in"
        " Geneva.",
        "1979-01-01",
    )
    meetings = states(doc, "MEET")
    assert any("EGY" in m and "ISR" in m and "USA" in m for m in meetings)
