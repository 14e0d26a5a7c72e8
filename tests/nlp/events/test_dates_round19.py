"""Round-19 tenure dating (sentences written for these tests): an envoy "who has been in P
since A" or "who had come to P in A" holds the post from A; "X, president since A, was
succeeded by Y in B" ends X's term and starts Y's at B."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_an_envoy_who_has_been_in_the_capital_since_a_year(extract: Extract) -> None:
    doc = extract(
        "The President received the Peruvian delegation. Ambassador Luis Ortega, who has been "
        "in Santiago since 1967, joined the talks.",
        "1969-04-02",
    )
    assert {s for _r, s, _e in terms_of(doc, "Luis Ortega")} == {"1967"}


def test_an_envoy_who_has_been_at_a_body_since_a_month(extract: Extract) -> None:
    doc = extract(
        "The Foreign Minister met the visitors. Ambassador Karl Brenner, who has been at the "
        "United Nations since March 1981, spoke first.",
        "1983-06-10",
    )
    assert {s for _r, s, _e in terms_of(doc, "Karl Brenner")} == {"1981-03"}


def test_an_envoy_in_hospital_since_a_month_is_not_dated_by_it(extract: Extract) -> None:
    doc = extract(
        "The Foreign Minister met the visitors. Ambassador Karl Brenner, who has been in "
        "hospital since March, sent his regrets.",
        "1983-06-10",
    )
    assert all(s is None for _r, s, _e in terms_of(doc, "Karl Brenner"))


def test_an_envoy_who_had_come_to_the_capital_in_a_year(extract: Extract) -> None:
    doc = extract(
        "The Prime Minister called on the Secretary of State. Ambassador Ravi Menon, who had "
        "come to Washington in 1966, was also present.",
        "1968-09-12",
    )
    assert {s for _r, s, _e in terms_of(doc, "Ravi Menon")} == {"1966"}


def test_an_apposed_holder_succeeded_by_another_ends_at_the_succession(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile improved. Mr. Rojas, president since March 1958, was "
        "succeeded by Mr. Ibarra in October 1964."
    )
    assert ("president", "1958-03", "1964-10") in terms_of(doc, "Rojas")
    assert ("president", "1964-10", None) in terms_of(doc, "Ibarra")


def test_an_apposed_holder_replaced_by_another_ends_at_the_replacement(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile improved. Mr. Rojas, foreign minister since 1958, was "
        "replaced by Mr. Ibarra in May 1962."
    )
    assert ("foreign minister", "1958", "1962-05") in terms_of(doc, "Rojas")
