"""Round 7 arguments: a meeting's venue named by a modifier of its building, and companions
of a journey, who make the same journey. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# A venue in a third state ("met at a Paris hotel") is no party of a meeting of two named sides


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Relations between Peru and Bolivia were strained. President Ramos of Peru and "
            "President Silva of Bolivia met at a hotel in Geneva on 4 May 1980.",
            ["BOL", "PER"],
        ),
        (
            "The Foreign Minister of Kenya and the Foreign Minister of Tanzania held talks in a "
            "London hotel on 2 June 1977.",
            ["KEN", "TZA"],
        ),
        (
            "Prime Minister Desai of India and President Zia of Pakistan met at a Paris hotel "
            "in 1960.",
            ["IND", "PAK"],
        ),
    ],
)
def test_a_venue_named_by_a_modifier_of_a_building_is_no_party(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "MEET") == [pair]


# A companion ("together with", "along with", "accompanied by", "with") visits the same host


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Syria and Lebanon were at odds. President Hafez of Syria came to Beirut on "
            "30 July 2010 together with King Fahd of Saudi Arabia.",
            [["LBN", "SYR"], ["LBN", "SAU"]],
        ),
        (
            "Kenya and Uganda quarrelled. The Kenyan president travelled to Kampala on "
            "3 May 1986 together with President Nyerere of Tanzania.",
            [["KEN", "UGA"], ["TZA", "UGA"]],
        ),
        (
            "The Shah of Iran visited Moscow in 1956 along with King Hussein of Jordan.",
            [["IRN", "SUN"], ["JOR", "SUN"]],
        ),
        (
            "President Cardoso of Brazil arrived in Lima in 1998, accompanied by President "
            "Menem of Argentina.",
            [["BRA", "PER"], ["ARG", "PER"]],
        ),
        (
            "Chancellor Adenauer flew to Washington in 1955 with Prime Minister Eden of Britain.",
            [["DEU", "USA"], ["GBR", "USA"]],
        ),
    ],
)
def test_a_companion_of_a_journey_visits_the_same_host(
    extract: Extract, text: str, visits: list[list[str]]
) -> None:
    assert sorted(_states(extract(text), "VISIT")) == sorted(visits)


def test_a_journey_answered_with_a_tour_keeps_the_tour_as_the_act(extract: Extract) -> None:
    doc = extract(
        "Vietnam signed a treaty with the Soviet Union. The Chinese premier answered with a "
        "tour of Thailand and Malaysia in November 1978."
    )
    assert sorted(_states(doc, "VISIT")) == [["CHN", "MYS"], ["CHN", "THA"]]


# A journey followed by a meeting: only the destination is visited; the people met are met


@pytest.mark.parametrize(
    ("text", "visit", "meeting"),
    [
        (
            "Panama sought allies. In May 1975 President Lara of Panama flew to Caracas and met "
            "President Gomez of Venezuela, President Ruiz of Peru and President Vega of Ecuador.",
            ["PAN", "VEN"],
            ["ECU", "PAN", "PER", "VEN"],
        ),
        (
            "Egypt and Jordan were close. In 1970 King Talal of Jordan travelled to Cairo and "
            "held talks with President Sabri of Egypt and Prime Minister Rashid of Iraq.",
            ["EGY", "JOR"],
            ["EGY", "IRQ", "JOR"],
        ),
    ],
)
def test_a_journey_then_a_meeting_visits_only_the_destination(
    extract: Extract, text: str, visit: list[str], meeting: list[str]
) -> None:
    doc = extract(text)
    assert _states(doc, "VISIT") == [visit]
    assert _states(doc, "MEET") == [meeting]


def test_a_tour_of_unnamed_capitals_takes_its_host_from_the_meeting(extract: Extract) -> None:
    doc = extract(
        "Relations with Moscow were warm. In March 1968 the Kenyan president toured European "
        "capitals and met Chancellor Brandt of West Germany in Bonn."
    )
    assert _states(doc, "VISIT") == [["DEU", "KEN"]]


# "with" remnants of broken or established relations; "it" in a dependent clause


@pytest.mark.parametrize(
    ("text", "kind", "pairs"),
    [
        (
            "Paris has thus lost its influence, under which it broke off relations with Syria "
            "in May 1962 and with Iraq in June 1965.",
            "END_RELATIONS",
            [["FRA", "IRQ"], ["FRA", "SYR"]],
        ),
        (
            "Taipei lost allies quickly, although it established relations with Tonga in 1972 "
            "and with Malawi in 1966.",
            "ESTABLISH_RELATIONS",
            [["MWI", "TWN"], ["TON", "TWN"]],
        ),
        (
            "Ghana pursued an independent line. In 1966 it broke off relations with Guinea in "
            "March and with Mali in June.",
            "END_RELATIONS",
            [["GHA", "GIN"], ["GHA", "MLI"]],
        ),
    ],
)
def test_with_remnants_keep_the_subject_it_continues(
    extract: Extract, text: str, kind: str, pairs: list[list[str]]
) -> None:
    assert sorted(_states(extract(text), kind)) == pairs


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Malaysia protested. Singapore was quick to resent foreign meddling: in June 1987 "
            "it expelled a Soviet diplomat.",
            "EXPEL",
            ["SGP", "SUN"],
        ),
        (
            "Kenya and Uganda quarrelled. Tanzania did not hesitate: in 1978 it expelled two "
            "British diplomats.",
            "EXPEL",
            ["GBR", "TZA"],
        ),
        (
            "Egypt made peace with Israel. Libya was furious, and in 1977 it broke off "
            "relations with Cairo.",
            "END_RELATIONS",
            ["EGY", "LBY"],
        ),
    ],
)
def test_it_continues_the_subject_of_the_clause_before_a_colon(
    extract: Extract, text: str, kind: str, pair: list[str]
) -> None:
    assert _states(extract(text), kind) == [pair]


# "the American-led coalition in Iraq": the leading state is the party, the theatre is not


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Poland joined NATO in 1999. Poland backed the American-led coalition in Iraq in 2003.",
            ["POL", "USA"],
        ),
        ("Denmark supported the British-led mission in Afghanistan in 2006.", ["DNK", "GBR"]),
        ("Fiji backed the force led by Australia in Somalia in 1993.", ["AUS", "FJI"]),
    ],
)
def test_the_theatre_of_a_force_led_by_a_state_is_no_party(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "EXPRESS_SUPPORT") == [pair]


# "signed with the four powers": the group of that many states named before


def test_a_partner_group_by_number_stands_for_the_states_named_before(extract: Extract) -> None:
    doc = extract(
        "Britain, France, Italy and Spain mediated between Greece and Turkey. In 1923 the "
        "Lausanne Protocol, which Greece and Turkey signed with the four powers on 4 May 1923, "
        "ended the war."
    )
    assert _states(doc, "SIGN_AGREEMENT") == [["ESP", "FRA", "GBR", "GRC", "ITA", "TUR"]]


def test_a_partner_group_without_a_named_group_adds_nobody(extract: Extract) -> None:
    doc = extract(
        "Greece and Turkey were at war. In 1923 Greece and Turkey signed a protocol with the "
        "four powers on 4 May 1923."
    )
    assert _states(doc, "SIGN_AGREEMENT") == [["GRC", "TUR"]]
