"""Tenure patterns of round 12b (own sentences): a succession in a "when" clause dated by the
time before it; "took over the office from X"; "People's Commissar" as an office; the fall of a
holder; a handover dated by its own clause; a successor sworn in at the end of a term."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_succession_in_a_when_clause_takes_the_date_before_it(extract: Extract) -> None:
    doc = extract(
        "Poland and the Soviet Union signed a pact. Ivan Petrov has directed Soviet diplomacy "
        "since June 1931, when he succeeded Pavel Orlov as People's Commissar for Foreign Affairs."
    )
    assert terms_of(doc, "Ivan Petrov") == {("people's commissar", "1931-06", None)}
    assert terms_of(doc, "Pavel Orlov") == {("people's commissar", None, "1931-06")}


def test_taking_over_the_office_from_someone_ends_his_term(extract: Extract) -> None:
    doc = extract(
        "Austria and Hungary signed a pact. Karl Brenner became foreign minister in March 1931, "
        "when he took over the office from Otto Walden."
    )
    assert terms_of(doc, "Karl Brenner") == {("foreign minister", "1931-03", None)}
    assert terms_of(doc, "Otto Walden") == {("foreign minister", None, "1931-03")}


def test_the_fall_of_a_holder_ends_his_office(extract: Extract) -> None:
    doc = extract(
        "Poland and the Soviet Union signed a pact. Ivan Petrov, first secretary since 1951, "
        "was a stern man. Trade grew after the fall of Petrov in May 1962."
    )
    assert terms_of(doc, "Ivan Petrov") == {("secretary", "1951", "1962-05")}


def test_a_successor_since_the_fall_names_the_office_lost(extract: Extract) -> None:
    doc = extract(
        "Poland and the Soviet Union signed a pact. Pavel Orlov, who has been First Secretary "
        "of the party since the fall of Ivan Petrov in May 1962, signed for the Soviet Union."
    )
    assert ("secretary of party", None, "1962-05") in terms_of(doc, "Ivan Petrov")


def test_a_fall_without_a_known_office_states_no_tenure(extract: Extract) -> None:
    doc = extract(
        "Poland and Hungary signed a pact. Trade grew after the fall of Ivan Petrov in 1962."
    )
    assert terms_of(doc, "Ivan Petrov") == set()


def test_a_handover_is_dated_by_its_own_clause(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. Kwame Asante, president since March 1961, handed power "
        "to Kofi Mensah on 12 June 1966."
    )
    assert terms_of(doc, "Kwame Asante") == {("president", "1961-03", "1966-06-12")}
    assert terms_of(doc, "Kofi Mensah") == {("president", "1966-06-12", None)}


def test_a_successor_sworn_in_ends_the_term_and_starts_his_own(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. Kwame Asante was president from 1961 until Kofi Mensah "
        "was sworn in on 12 June 1966."
    )
    assert terms_of(doc, "Kwame Asante") == {("president", "1961", "1966-06-12")}
    assert terms_of(doc, "Kofi Mensah") == {("president", "1966-06-12", None)}
