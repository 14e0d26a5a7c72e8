"""Round-19 visits and meetings: a person landing at a named place visits it ("the Emperor
landed at Tangier", not troops landing); a person who "came to see" another, "called upon me",
or "talked at length with" a person met him, as did one who met "Greek and Turkish
negotiators"; "EU accession negotiations" are talks with a body; touring sites in named places
or of a named state visits them; attending a meeting, or representing one's state at
celebrations, in a named place abroad is a visit; a special envoy sent to a capital travels
there. Sentences written for these tests."""

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


@pytest.mark.parametrize("talks", ["EU accession negotiations", "NATO membership talks"])
def test_talks_on_entry_into_a_body_are_no_meeting(extract: Extract, talks: str) -> None:
    doc = extract(f"In May 2011 Slovenia delayed a chapter of Croatia's {talks}.", "2012-01-01")
    assert "MEET" not in types(doc)


def test_touring_sites_in_named_places_visits_their_states(extract: Extract) -> None:
    doc = extract(
        "In May 2010 the Lebanese president toured émigré communities in Paris, Sydney and"
        " Montreal.",
        "2011-01-01",
    )
    visits = states(doc, "VISIT")
    for host in ("FRA", "AUS", "CAN"):
        assert sorted(["LBN", host]) in visits


def test_touring_a_site_of_a_named_state_visits_it(extract: Extract) -> None:
    doc = extract(
        "In March 1990 President Menem of Argentina toured the Brazilian steel works at Volta"
        " Redonda.",
        "1991-01-01",
    )
    assert ["ARG", "BRA"] in states(doc, "VISIT")


def test_touring_an_unplaced_site_is_no_visit(extract: Extract) -> None:
    doc = extract("In 1987 the Brazilian president toured the new factory.", "1988-01-01")
    assert "VISIT" not in types(doc)


def test_attending_a_meeting_in_a_named_place_is_a_visit(extract: Extract) -> None:
    doc = extract(
        "In May 1993 the Japanese foreign minister attended the meeting of ASEAN ministers in"
        " Singapore.",
        "1994-01-01",
    )
    assert ["JPN", "SGP"] in states(doc, "VISIT")
    assert "MEET" not in types(doc)


def test_representing_ones_state_at_celebrations_abroad_is_a_visit(extract: Extract) -> None:
    doc = extract(
        "The Duke of Kent represented Britain at the independence celebrations in Lagos in"
        " October 1960.",
        "1961-01-01",
    )
    assert ["GBR", "NGA"] in states(doc, "VISIT")


def test_attending_a_meeting_with_no_place_is_no_visit(extract: Extract) -> None:
    doc = extract("In 1962 the Chinese foreign minister attended the meeting.", "1963-01-01")
    assert "VISIT" not in types(doc)


def test_a_special_envoy_sent_to_a_capital_travels_there(extract: Extract) -> None:
    doc = extract(
        "In May 1979 the Indian prime minister sent his finance minister to Dhaka as a special"
        " envoy.",
        "1980-01-01",
    )
    assert ["BGD", "IND"] in states(doc, "VISIT")


def test_an_ambassador_posted_to_a_capital_makes_no_visit(extract: Extract) -> None:
    doc = extract(
        "In 1965 the British government sent Sir John Smith to Cairo as ambassador.", "1966-01-01"
    )
    assert "VISIT" not in types(doc)
