"""Round-23 aid and support: advocating a state's cause ("championed Cambodian neutrality",
"called for Algerian independence"), being made or becoming its backer, the opponent a backer
refuses in the same breath ("did not accept the Somali claims", "vetoed X's application,
supporting Y's"), and foreign officers training another state's forces (in a relative
clause, or forces named in the plural), and acts dated "by the end (middle) of the decade".
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_championing_a_states_neutrality_supports_it(extract: Extract) -> None:
    doc = extract("In 1970 Yugoslavia championed Cambodian neutrality.")
    assert ["KHM", "YUG"] in states(doc, "EXPRESS_SUPPORT")


def test_calling_for_a_states_independence_supports_it(extract: Extract) -> None:
    doc = extract("In 1958 Ghana called for Algerian independence.")
    assert ["DZA", "GHA"] in states(doc, "EXPRESS_SUPPORT")


def test_calling_for_talks_is_no_support(extract: Extract) -> None:
    doc = extract("In 1970 Yugoslavia called for talks.")
    assert states(doc, "EXPRESS_SUPPORT") == []


def test_becoming_the_backer_of_a_states_bid(extract: Extract) -> None:
    doc = extract("By 1980 Libya had become the firmest backer of Syria's bid to join the league.")
    assert ["LBY", "SYR"] in states(doc, "EXPRESS_SUPPORT")


def test_made_the_champion_of_a_cause(extract: Extract) -> None:
    doc = extract("In the 1960s Nasser made Egypt the loudest champion of Algerian independence.")
    assert ["DZA", "EGY"] in states(doc, "EXPRESS_SUPPORT")


def test_claims_refused_in_the_same_breath_name_the_opponent(extract: Extract) -> None:
    doc = extract(
        "In 1964 Washington supported the territorial integrity of Kenya and did not accept "
        "the Somali claims."
    )
    assert ["KEN", "SOM", "USA"] in states(doc, "EXPRESS_SUPPORT")


def test_a_veto_the_support_hangs_on_names_the_opponent(extract: Extract) -> None:
    doc = extract(
        "In 1955 the Soviet delegate vetoed Japan's application for membership, supporting "
        "Mongolia's candidacy."
    )
    assert ["JPN", "MNG", "SUN"] in states(doc, "EXPRESS_SUPPORT")


def test_officers_who_trained_an_army_in_a_relative_clause(extract: Extract) -> None:
    doc = extract("The French officers who trained the new Moroccan army left in 1961.")
    assert ["FRA", "MAR"] in states(doc, "PROVIDE_AID")


def test_trained_forces_named_in_the_plural(extract: Extract) -> None:
    doc = extract("In the 1970s Cuban instructors trained Ethiopian paratroopers.")
    assert ["CUB", "ETH"] in states(doc, "PROVIDE_AID")


def test_the_end_of_the_decade_dates_the_act_late_in_the_decade(extract: Extract) -> None:
    doc = extract(
        "In 1962 Hungary signed a trade treaty with Egypt, and by the end of the decade "
        "Budapest had sent several hundred doctors to Egypt."
    )
    assert dated_states(doc, "PROVIDE_AID") == [(["EGY", "HUN"], ("1966", "1969"))]


def test_the_middle_of_the_decade_dates_the_act_in_mid_decade(extract: Extract) -> None:
    doc = extract(
        "In 1971 Sweden recognised Hanoi, and by the middle of the decade Stockholm had become "
        "the chief donor of aid to Vietnam."
    )
    assert dated_states(doc, "PROVIDE_AID") == [(["SWE", "VDR"], ("1973", "1976"))]
