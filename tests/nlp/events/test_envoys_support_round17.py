"""Round-17 envoys, expulsions and support: heads of mission by office ("plenipotentiary
representative", "minister to X"), an envoy chosen "as" ambassador, a chargé d'affaires or a
named person withdrawn, members expelled from a body (no expulsion of foreigners), and
support by upholding a claim or applauding a state's act. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May Petrov took up his post in Prague as Soviet plenipotentiary representative.",
         {"SUN"}),
        ("Oslo appointed Knut Berg as its first minister to Poland in 1929.", {"NOR", "POL"}),
        ("The Lisbon government chose the poet Carlos Mendes as its ambassador to Chile in 1961.",
         {"PRT", "CHL"}),
    ],
)  # fmt: skip
def test_envoy_by_office_or_choice_is_appointed(
    extract: Extract, text: str, expected: set[str]
) -> None:
    assert any(expected <= set(c) for c in states(extract(text), "APPOINT_ENVOY"))


def test_minister_of_a_government_is_no_envoy(extract: Extract) -> None:
    text = "Oslo appointed Knut Berg as its minister of finance in 1929."
    assert not states(extract(text), "APPOINT_ENVOY")


@pytest.mark.parametrize(
    "text",
    [
        "In 1931 Sweden withdrew its chargé d'affaires from Lima.",
        "His deputy Hans Richter was withdrawn from Warsaw after a quarrel in March 1931.",
    ],
)
def test_chargé_or_named_agent_withdrawn_is_recalled(extract: Extract, text: str) -> None:
    assert states(extract(text), "RECALL_ENVOY")


def test_troops_withdrawn_are_no_recall(extract: Extract) -> None:
    text = "The Soviet troops were withdrawn from Warsaw in March 1931."
    assert not states(extract(text), "RECALL_ENVOY")


@pytest.mark.parametrize(
    "text",
    [
        "Expelled from the Warsaw Pact in 1968, Albania turned to China.",
        "Cuba was expelled from the Organization of American States in 1962.",
    ],
)
def test_expelled_from_a_body_is_no_expulsion(extract: Extract, text: str) -> None:
    assert not states(extract(text), "EXPEL")


def test_nationals_expelled_from_a_city_still_expelled(extract: Extract) -> None:
    text = "In 1964 Turkey expelled thousands of Greek nationals from Istanbul."
    assert any({"GRC", "TUR"} <= set(c) for c in states(extract(text), "EXPEL"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile publicly upheld Peru's claim to the islands in 1971.", {"CHL", "PER"}),
        ("Hanoi applauded Cambodia's withdrawal from the Commonwealth in 1965.", {"KHM"}),
    ],
)
def test_upheld_claim_or_applauded_deed_is_support(
    extract: Extract, text: str, expected: set[str]
) -> None:
    assert any(expected <= set(c) for c in states(extract(text), "EXPRESS_SUPPORT"))


@pytest.mark.parametrize(
    "text",
    [
        "The court upheld the government's decision in 1966.",
        "The President praised Mr. Smith's speech in 1966.",
    ],
)
def test_unnamed_or_personal_praise_is_no_support(extract: Extract, text: str) -> None:
    assert not states(extract(text), "EXPRESS_SUPPORT")


def test_sent_where_served_as_envoy_is_appointed(extract: Extract) -> None:
    text = "In 1936 Petrova was sent to Helsinki, where she served as envoy until 1940."
    assert any("FIN" in c for c in states(extract(text), "APPOINT_ENVOY"))


def test_sent_where_served_otherwise_is_no_appointment(extract: Extract) -> None:
    text = "In 1936 Petrova was sent to Helsinki, where she served as a nurse until 1940."
    assert not states(extract(text), "APPOINT_ENVOY")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt had given its backing to the Sudanese government's plan in 1965.",
        "Paris had given Mr. Karami's government its full support in 1966.",
    ],
)
def test_backing_given_is_support(extract: Extract, text: str) -> None:
    assert states(extract(text), "EXPRESS_SUPPORT")
