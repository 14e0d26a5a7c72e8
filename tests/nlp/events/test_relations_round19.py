"""Round-19 relations, missions and expulsions: people named by their nationality ordered out
of the country, a standing mission withdrawn, a mission or diplomatic relations kept "since" a
time (begun then), a government named by its leader's possessive recognised, and relations
normalised in the passive. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1970 Nigeria ordered the Ghanaian traders to leave the country.", ["GHA", "NGA"]),
        ("In 1970 Nigeria gave the Ghanaian traders thirty days to leave.", ["GHA", "NGA"]),
        (
            "In May 1971 Peru ordered the remaining Bolivian soldiers, apart from a few"
            " guards, to leave the country by June.",
            ["BOL", "PER"],
        ),
    ],
)
def test_nationals_ordered_out_are_expelled(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert expected in states(extract(text), "EXPEL")


def test_own_troops_ordered_from_a_city_are_not_expelled(extract: Extract) -> None:
    text = "In 1970 the general ordered the Nigerian troops to leave the capital."
    assert not states(extract(text), "EXPEL")


@pytest.mark.parametrize(
    "text",
    [
        "In 1960 Ghana withdrew its mission from Lisbon.",
        "In 1960 Ghana withdrew its embassy from Lisbon.",
    ],
)
def test_a_withdrawn_mission_is_closed(extract: Extract, text: str) -> None:
    assert ["GHA", "PRT"] in states(extract(text), "CLOSE_MISSION")


@pytest.mark.parametrize(
    "text",
    [
        "In 1960 Ghana withdrew its military mission from Lisbon.",
        "In 1960 Ghana withdrew its embassy staff from Lisbon.",
    ],
)
def test_a_body_or_staff_withdrawn_closes_no_mission(extract: Extract, text: str) -> None:
    assert not states(extract(text), "CLOSE_MISSION")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Norway has had an embassy in Nairobi since 1966.", "1966"),
        ("Denmark had maintained a consulate in Nairobi since the 1970s.", "1970"),
        ("Sweden recognised Kenya in 1963 and soon had an embassy in Nairobi.", "1963"),
    ],
)
def test_a_mission_kept_since_a_time_was_opened_then(
    extract: Extract, text: str, year: str
) -> None:
    found = dated_states(extract(text), "OPEN_MISSION")
    assert any("KEN" in c and d and d[0].startswith(year) for c, d in found), found


def test_a_mission_had_now_is_no_opening(extract: Extract) -> None:
    text = "Norway has an embassy in Nairobi; Kenya has an embassy in Oslo."
    assert not states(extract(text), "OPEN_MISSION")


@pytest.mark.parametrize(
    ("text", "expected", "start"),
    [
        ("Chile has had diplomatic relations with Sweden since 1950.", ["CHL", "SWE"], "1950"),
        (
            "Peru had maintained diplomatic relations with Norway since March 1951, and"
            " trade grew.",
            ["NOR", "PER"],
            "1951-03",
        ),
    ],
)
def test_diplomatic_relations_kept_since_a_time_were_established_then(
    extract: Extract, text: str, expected: list[str], start: str
) -> None:
    found = dated_states(extract(text), "ESTABLISH_RELATIONS")
    assert any(c == expected and d and d[0].startswith(start) for c, d in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Sweden have had close relations since 1972.",
        "Chile recognised only Peru, with which it has had diplomatic relations since 1948.",
    ],
)
def test_close_or_described_relations_since_a_time_are_no_establishment(
    extract: Extract, text: str
) -> None:
    assert not states(extract(text), "ESTABLISH_RELATIONS")


def test_a_government_named_by_its_leaders_possessive_is_recognised(extract: Extract) -> None:
    text = "In 1946 Yugoslavia recognised Hoxha's provisional administration."
    assert ["ALB", "YUG"] in states(extract(text), "ESTABLISH_RELATIONS")


def test_relations_normalised_in_the_passive_are_established(extract: Extract) -> None:
    text = "Chile broke off relations with Peru in 1968. Relations were normalized in May 1970."
    found = dated_states(extract(text), "ESTABLISH_RELATIONS")
    assert any(c == ["CHL", "PER"] and d and d[0] == "1970-05" for c, d in found), found


def test_a_passive_clause_whose_subject_the_parser_joined_to_an_object(extract: Extract) -> None:
    text = (
        "In May 1969 Chile and Peru withdrew their ambassadors and diplomatic relations were"
        " suspended."
    )
    assert ["CHL", "PER"] in states(extract(text), "END_RELATIONS")


@pytest.mark.parametrize(
    "text",
    [
        "Lima answered on 3 May 1970 by cutting diplomatic relations: the Peruvian consul was"
        " recalled, the embassy in Santiago was closed, and the Chilean diplomats in Lima were"
        " ordered to leave the country.",
        "In June 1970 rioters attacked the Peruvian embassy in Santiago, and Peru closed it"
        " for a week.",
    ],
)
def test_a_mission_closed_as_an_adjective_or_a_pronoun(extract: Extract, text: str) -> None:
    assert ["CHL", "PER"] in states(extract(text), "CLOSE_MISSION")


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("In March 1918 Italy closed its embassy in Petrograd.", "CLOSE_MISSION", ["ITA", "SUN"]),
        ("In 1912 Italy opened a consulate in Petrograd.", "OPEN_MISSION", ["ITA", "RUE"]),
    ],
)
def test_petrograd_is_soviet_from_1918(
    extract: Extract, text: str, kind: str, expected: list[str]
) -> None:
    assert expected in states(extract(text), kind)
