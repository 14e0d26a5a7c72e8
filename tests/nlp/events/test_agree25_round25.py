"""Round-25 agreements: a coordination negated as a whole ("neither A nor B has signed it"); the
year in the name of another agreement than the one signed ("signed a joint statement
defending the 1972 treaty"); a termination by a participle on a notice ("gave notice
terminating it"); minutes signed; a customs or economic union concluded or "agreed"; an
agreement named by its year that a termination ends; signing a state's accession to a pact; a
state holding itself released from an agreement; a passive signing joined by "and" to a
termination of the same pair; an agreement replaced by a new one; a relative clause on a long
title. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_neither_nor_subjects_negate_the_signing(extract: Extract) -> None:
    text = (
        "The convention is open to all coastal states, but neither Peru nor Ecuador has signed it."
    )
    assert states(extract(text, "1999-01-01"), "SIGN_AGREEMENT") == []


def test_one_of_coordinated_signatories_still_signs(extract: Extract) -> None:
    text = "Both Peru and Ecuador signed the convention in March 1952."
    assert states(extract(text, "1999-01-01"), "SIGN_AGREEMENT") == [["ECU", "PER"]]


def test_year_of_another_agreement_does_not_date_the_signing(extract: Extract) -> None:
    text = (
        "Norway and Iceland held talks in Oslo on 3 May 1988. The two governments signed a "
        "joint statement upholding the 1958 fisheries convention."
    )
    found = dated_states(extract(text, "1999-01-01"), "SIGN_AGREEMENT")
    assert (["ISL", "NOR"], ("1988-05-03", "1988-05-03")) in found
    assert all(bounds != ("1958", "1958") for _, bounds in found)


def test_year_of_the_signed_agreement_still_dates_it(extract: Extract) -> None:
    text = "The 1958 fisheries convention between Norway and Iceland was signed in June."
    found = dated_states(extract(text, "1999-01-01"), "SIGN_AGREEMENT")
    assert found == [(["ISL", "NOR"], ("1958-06", "1958-06"))]


def test_notice_terminating_it_ends_the_treaty_before(extract: Extract) -> None:
    text = (
        "Chile and Bolivia concluded a treaty of commerce in 1904. In March 1962 Santiago gave "
        "formal notice terminating it."
    )
    found = dated_states(extract(text, "1999-01-01"), "TERMINATE_AGREEMENT")
    assert found == [(["BOL", "CHL"], ("1962-03", "1962-03"))]


def test_signed_minutes_are_an_agreement(extract: Extract) -> None:
    text = "In May 1985 the ministers of Kenya, Uganda and Tanzania signed minutes on the assets."
    assert states(extract(text, "1999-01-01"), "SIGN_AGREEMENT") == [["KEN", "TZA", "UGA"]]


@pytest.mark.parametrize(
    "text",
    [
        "In 1958 Austria and Switzerland concluded a customs union.",
        "Austria and Switzerland drew closer in 1958, and a customs union was agreed that year.",
    ],
)
def test_a_customs_union_concluded_or_agreed(extract: Extract, text: str) -> None:
    assert states(extract(text, "1999-01-01"), "SIGN_AGREEMENT") == [["AUT", "CHE"]]


def test_it_was_agreed_that_is_no_signing(extract: Extract) -> None:
    text = "It was agreed in 1958 that Austria and Switzerland would study a customs union."
    assert states(extract(text, "1999-01-01"), "SIGN_AGREEMENT") == []


def test_agreement_named_by_its_year_that_is_ended_is_no_signing(extract: Extract) -> None:
    text = "In 1961 the new cabinet of Iraq repudiated the agreement of 1930 with Britain."
    doc = extract(text, "1999-01-01")
    assert states(doc, "SIGN_AGREEMENT") == []
    assert states(doc, "TERMINATE_AGREEMENT") == [["GBR", "IRQ"]]


def test_agreement_named_by_its_year_elsewhere_is_still_a_signing(extract: Extract) -> None:
    text = "Their relations rested on the Anglo-Egyptian treaty of 1936."
    assert states(extract(text, "1999-01-01"), "SIGN_AGREEMENT") == [["EGY", "GBR"]]


def test_signing_a_states_accession_to_a_pact(extract: Extract) -> None:
    text = (
        "The Hungarian premier went to Vienna and on 20 November 1940 signed Hungary's "
        "accession to the Tripartite Pact of Germany, Italy and Japan."
    )
    found = states(extract(text, "1999-01-01"), "SIGN_AGREEMENT")
    assert found == [["DEU", "HUN", "ITA", "JPN"]]


@pytest.mark.parametrize(
    "text",
    [
        "In 1938 Switzerland declared itself free from the military convention with France.",
        "In 1938 Switzerland considered itself released from the agreements with France.",
    ],
)
def test_a_state_released_from_an_agreement_ends_it(extract: Extract, text: str) -> None:
    assert states(extract(text, "1999-01-01"), "TERMINATE_AGREEMENT") == [["CHE", "FRA"]]


def test_released_from_a_pledge_by_a_treaty_is_no_termination(extract: Extract) -> None:
    text = "In 1938 the treaty released Switzerland from its pledge to France."
    assert states(extract(text, "1999-01-01"), "TERMINATE_AGREEMENT") == []


def test_passive_signing_joined_to_a_termination_shares_its_pair(extract: Extract) -> None:
    text = (
        "Kuwait and Oman are small Gulf states. Kuwait became independent on 19 June 1961; on "
        "the next day its protection treaty with Britain was terminated and a new treaty of "
        "friendship was signed."
    )
    doc = extract(text, "1999-01-01")
    assert states(doc, "SIGN_AGREEMENT") == [["GBR", "KWT"]]
    assert states(doc, "TERMINATE_AGREEMENT") == [["GBR", "KWT"]]


def test_an_agreement_replaced_by_a_new_one(extract: Extract) -> None:
    text = "In March 1960 Nepal's trade treaty with India was replaced by a new treaty of commerce."
    found = dated_states(extract(text, "1999-01-01"), "SIGN_AGREEMENT")
    assert found == [(["IND", "NPL"], ("1960-03", "1960-03"))]


def test_replaced_by_a_new_envoy_is_no_signing(extract: Extract) -> None:
    text = "In March 1960 the Indian envoy in Nepal was replaced by a new ambassador."
    assert states(extract(text, "1999-01-01"), "SIGN_AGREEMENT") == []


def test_relative_clause_on_a_long_title(extract: Extract) -> None:
    text = (
        "He recalled the Agreement on Reconciliation and Exchanges between the Two Sides, "
        "which Peru and Ecuador had signed in October 1998."
    )
    found = dated_states(extract(text, "1999-01-01"), "SIGN_AGREEMENT")
    assert found == [(["ECU", "PER"], ("1998-10", "1998-10"))]
