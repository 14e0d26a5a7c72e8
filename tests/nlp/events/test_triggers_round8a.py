"""Round-8 trigger patterns (visits, relations, envoys, expulsions): foreign groups ordered out
of a country or given a time to leave, an envoy withdrawn, a government recognised "as" the
government of a state, a stay abroad told in the past perfect, a guest in a named place and a
journey ended or begun in one. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary as _summary
from .event_helpers import types as _types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# --- foreigners ordered out or given a time to leave -----------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In May 1972 Sadat ordered the Soviet military mission out of Egypt.", ["EGY", "SUN"]),
        ("In 1970 Guinea ordered the West German aid team out of the country.", ["DEU", "GIN"]),
        (
            "In 1964 Nkrumah ordered the British military advisory group out of Ghana.",
            ["GBR", "GHA"],
        ),
    ],
)
def test_a_foreign_group_ordered_out_is_expelled(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("EXPEL", pair) in _summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1977 Somalia gave some 1,500 Soviet advisers a week to leave.",
        "In March 1965 the government gave the American diplomats 48 hours to leave Cairo.",
        "Uganda gave the Israeli technicians three days to leave in March 1972.",
    ],
)
def test_foreigners_given_a_time_to_leave_are_expelled(extract: Extract, text: str) -> None:
    assert "EXPEL" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1960 the general ordered the troops out of the capital.",
        "The mayor gave the residents a week to leave in 1971.",
        "In 1968 the minister ordered the study group to leave the matter aside.",
    ],
)
def test_own_people_ordered_out_are_not_expelled(extract: Extract, text: str) -> None:
    assert "EXPEL" not in _types(extract(text))


# --- an envoy withdrawn ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1980 Washington withdrew its ambassador from Addis Ababa.", ["ETH", "USA"]),
        ("Egypt withdrew its envoy from Tehran in March 1979.", ["EGY", "IRN"]),
        ("In 1956 Britain withdrew the ambassador it had sent to Cairo.", ["EGY", "GBR"]),
    ],
)
def test_an_envoy_withdrawn_is_recalled(extract: Extract, text: str, pair: list[str]) -> None:
    assert ("RECALL_ENVOY", pair) in _summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1975 Washington withdrew its offer of arms to Somalia.",
        "Cuba withdrew its troops from Angola in 1991.",
    ],
)
def test_an_offer_or_troops_withdrawn_are_no_recall(extract: Extract, text: str) -> None:
    assert "RECALL_ENVOY" not in _types(extract(text))


# --- a government recognised "as" the government of a state ----------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The exile government was formed in May 1970, and Beijing recognised it as the sole"
            " legal government of Cambodia on 5 May 1970.",
            ["CHN", "KHM"],
        ),
        (
            "In 1975 Algeria recognised the front as the legitimate government of Angola.",
            ["AGO", "DZA"],
        ),
        (
            "Senegal recognised the council as the lawful government of Libya in June 2011.",
            ["LBY", "SEN"],
        ),
    ],
)
def test_recognised_as_the_government_of_a_state(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("ESTABLISH_RELATIONS", pair) in _summary(extract(text))


def test_regarded_as_a_government_is_no_recognition(extract: Extract) -> None:
    text = "In 1975 the press described the front as the real government of Angola."
    assert "ESTABLISH_RELATIONS" not in _types(extract(text))


# --- a stay abroad in the past perfect -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ceausescu had been in Prague from August 15 to 17, 1968.", ["CSK", "ROU"]),
        ("The Indian premier had been in Moscow in June 1955.", ["IND", "SUN"]),
        ("Nasser had been in Belgrade in July 1956 before the crisis.", ["EGY", "YUG"]),
        (
            "The Indian premier spoke warmly of Tito. He had been in Belgrade in July 1956.",
            ["IND", "YUG"],
        ),
        ("Sukarno was proud of the trip. He was in Moscow in September 1956.", ["IDN", "SUN"]),
    ],
)
def test_a_leader_who_had_been_in_a_capital_visited_it(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("VISIT", pair) in _summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Poland had been in a difficult position since 1968.",
        "The ambassador told the minister in 1971 that he had been in Moscow since 1968.",
    ],
)
def test_a_position_or_a_post_is_no_visit(extract: Extract, text: str) -> None:
    assert "VISIT" not in _types(extract(text))


# --- a guest in a named place ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In 2017 the Japanese premier was the guest of the Philippine president in Davao.",
            ["JPN", "PHL"],
        ),
        ("In May 1964 Khrushchev was the guest of Nasser in Aswan.", ["EGY", "SUN"]),
        ("The Indian prime minister was a guest of Tito in Brioni in July 1956.", ["IND", "YUG"]),
    ],
)
def test_a_guest_in_a_named_place_visited_it(extract: Extract, text: str, pair: list[str]) -> None:
    assert ("VISIT", pair) in _summary(extract(text))


# --- a journey ended or begun in a named place -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In August 1977 Prime Minister Takeo Fukuda ended his journey through the ASEAN"
            " states in Manila.",
            ["JPN", "PHL"],
        ),
        ("Zhou Enlai began his African tour in Cairo in December 1963.", ["CHN", "EGY"]),
        ("In 1985 the West German chancellor concluded his Asian trip in Tokyo.", ["DEU", "JPN"]),
    ],
)
def test_a_journey_ended_or_begun_in_a_place_visits_it(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("VISIT", pair) in _summary(extract(text))


def test_a_journey_ended_with_no_place_is_no_visit_of_a_place(extract: Extract) -> None:
    text = "In 1977 the Japanese premier ended his journey in haste."
    assert "VISIT" not in _types(extract(text))
