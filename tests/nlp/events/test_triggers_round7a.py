"""Round-7 trigger patterns (visits, meetings, relations, missions, envoys, expulsions): an
envoy recalled under a personal pronoun, a leader crossing into a state, consular and liaison
offices and high commissions as missions, and a visit whose date is not yet known (planned, not
made). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary as _summary
from .event_helpers import types as _types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# --- an envoy recalled under a pronoun -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He was recalled in 1960.",
        "The Danish minister protested; she was recalled to Copenhagen in March 1971.",
        "The envoy had spoken too freely, and he was recalled soon after, in 1958.",
    ],
)
def test_a_person_recalled_under_a_pronoun_is_a_recall(extract: Extract, text: str) -> None:
    assert "RECALL_ENVOY" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "It was recalled in 1960 that the treaty had lapsed.",
        "They were recalled to barracks in 1958 after the coup.",
    ],
)
def test_a_thing_or_group_recalled_under_a_pronoun_is_no_recall(
    extract: Extract, text: str
) -> None:
    assert "RECALL_ENVOY" not in _types(extract(text))


# --- a leader crossing into a state ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("On 8 February 1975 Pinochet crossed into Bolivia to meet Banzer.", ["BOL", "CHL"]),
        ("The Kenyan president crossed into Uganda in 1978 to see Idi Amin.", ["KEN", "UGA"]),
        ("In May 1961 the Nepalese king crossed into India for talks in Delhi.", ["IND", "NPL"]),
    ],
)
def test_a_leader_crossing_into_a_state_visits_it(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("VISIT", pair) in _summary(extract(text))


def test_troops_crossing_into_a_state_make_no_visit(extract: Extract) -> None:
    assert "VISIT" not in _types(extract("Tanzanian troops crossed into Uganda in January 1979."))


# --- offices and high commissions as missions ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Consular offices opened in Seoul and Moscow earlier in the year 1990.",
        "Liaison offices were opened in Washington and Beijing in May 1973.",
        "Singapore joined the United Nations in 1965, and high commissions were soon opened"
        " in both capitals.",
    ],
)
def test_consular_offices_and_high_commissions_are_missions(extract: Extract, text: str) -> None:
    types = _types(extract(text))
    assert "OPEN_MISSION" in types
    assert "APPOINT_ENVOY" not in types


def test_a_high_commission_closed_is_a_mission_closed(extract: Extract) -> None:
    text = "In December 2001 India closed its high commission in Islamabad."
    assert "CLOSE_MISSION" in _types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The party opened new offices in Delhi in 1970.",
        "A commission opened in Geneva in 1965.",
    ],
)
def test_offices_and_commissions_of_no_mission_kind_are_no_mission(
    extract: Extract, text: str
) -> None:
    assert "OPEN_MISSION" not in _types(extract(text))


# --- a visit not yet dated is planned --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The premier hoped to go to Moscow in 1991. No date for the visit has been announced.",
        "The king accepted the invitation in 1962, but no date has been set for the visit.",
        "The date of the visit to Peking had not been fixed in 1970.",
    ],
)
def test_a_visit_whose_date_is_not_known_is_no_visit(extract: Extract, text: str) -> None:
    assert "VISIT" not in _types(extract(text))


def test_a_visit_whose_date_is_given_is_a_visit(extract: Extract) -> None:
    text = "The date of the visit of the Indian premier to Cairo was 5 May 1960."
    assert "VISIT" in _types(extract(text))


# --- followers of an act, not of the protest against it --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hungary established diplomatic relations with South Korea in February 1989, and"
            " North Korea recalled its ambassador from Budapest in protest. Poland followed in"
            " November.",
            ("ESTABLISH_RELATIONS", ["KOR", "POL"]),
        ),
        (
            "Senegal recognised Israel in 1960, and Egypt withdrew its ambassador from Dakar in"
            " protest. Mali followed in March 1961.",
            ("ESTABLISH_RELATIONS", ["ISR", "MLI"]),
        ),
        (
            "Britain expelled four Soviet diplomats in 1971, and Moscow expelled two British"
            " officials in retaliation. France followed in May.",
            ("EXPEL", ["FRA", "SUN"]),
        ),
    ],
)
def test_a_follower_repeats_the_act_a_protest_answered(
    extract: Extract, text: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in _summary(extract(text))


def test_each_gapped_follower_repeats_the_act(extract: Extract) -> None:
    text = "Senegal recognised Israel in 1960. Mali followed in March 1961, and Niger in May."
    summary = _summary(extract(text))
    assert ("ESTABLISH_RELATIONS", ["ISR", "MLI"]) in summary
    assert ("ESTABLISH_RELATIONS", ["ISR", "NER"]) in summary
