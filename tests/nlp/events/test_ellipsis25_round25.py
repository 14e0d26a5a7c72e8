"""Round-25 patterns (area ellipsis25): gapped series of doers and acts repeated by followers.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import sorted_starts

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_gapped_series_of_doers_shares_the_partner_of_the_context(extract: Extract) -> None:
    # the subjects of the first conjunct and the remnants are a series, not partners
    doc = extract(
        "Portugal had kept many friends in West Africa until 1961. Ghana and Mali severed "
        "their ties in May 1962, Guinea and Senegal in June."
    )
    assert sorted_starts(doc, "END_RELATIONS") == [
        (["GHA", "PRT"], "1962-05-01"),
        (["GIN", "PRT"], "1962-06-01"),
        (["MLI", "PRT"], "1962-05-01"),
        (["PRT", "SEN"], "1962-06-01"),
    ]


def test_conjoined_remnant_is_one_dated_conjunct(extract: Extract) -> None:
    # "Guinea and Senegal in the closing weeks of June": both remnant states, one date
    doc = extract(
        "Ghana and Mali severed their ties with Portugal in May 1962, Guinea and Senegal in "
        "the closing weeks of June."
    )
    assert sorted_starts(doc, "END_RELATIONS") == [
        (["GHA", "PRT"], "1962-05-01"),
        (["GIN", "PRT"], "1962-06-01"),
        (["MLI", "PRT"], "1962-05-01"),
        (["PRT", "SEN"], "1962-06-01"),
    ]


def test_reciprocal_gapped_remnants_are_pairs(extract: Extract) -> None:
    doc = extract("Ghana and Mali exchanged ambassadors in May 1962, Guinea and Senegal in June.")
    assert sorted_starts(doc, "APPOINT_ENVOY") == [
        (["GHA", "MLI"], "1962-05-01"),
        (["GIN", "SEN"], "1962-06-01"),
    ]


@pytest.mark.parametrize("follower", ["Norway soon followed.", "Norway followed suit."])
def test_follower_repeats_the_act(extract: Extract, follower: str) -> None:
    # a name the tagger may read as a common noun still follows
    doc = extract(f"Sweden recognised Bangladesh in February 1972. {follower}")
    assert sorted_starts(doc, "ESTABLISH_RELATIONS") == [
        (["BGD", "NOR"], "1972-02-01"),
        (["BGD", "SWE"], "1972-02-01"),
    ]


def test_listed_doers_with_companions_and_a_conjoined_follower(extract: Extract) -> None:
    # "together with the other Nordic states": each listed state with the target; the
    # follower in the conjoined clause is no target of theirs
    doc = extract(
        "The government in Pretoria expelled two Danish diplomats in April 1986. In May, "
        "Denmark, Norway and Sweden, together with the other Nordic states, recalled their "
        "ambassadors, and Canada did the same."
    )
    assert sorted_starts(doc, "RECALL_ENVOY") == [
        (["CAN", "ZAF"], "1986-05-01"),
        (["DNK", "ZAF"], "1986-05-01"),
        (["NOR", "ZAF"], "1986-05-01"),
        (["SWE", "ZAF"], "1986-05-01"),
    ]


def test_follower_of_listed_doers_with_a_named_target(extract: Extract) -> None:
    doc = extract(
        "Denmark, Norway and Sweden, together with the other Nordic states, recalled their "
        "ambassadors from Pretoria in May 1986, and Canada did the same."
    )
    assert sorted_starts(doc, "RECALL_ENVOY") == [
        (["CAN", "ZAF"], "1986-05-01"),
        (["DNK", "ZAF"], "1986-05-01"),
        (["NOR", "ZAF"], "1986-05-01"),
        (["SWE", "ZAF"], "1986-05-01"),
    ]


def test_state_left_out_of_the_companions_is_no_party(extract: Extract) -> None:
    # "together with the rest of the bloc except Albania": Albania stood apart
    doc = extract(
        "Bulgaria severed its relations with Chile in September 1973 together with the rest "
        "of the bloc except Albania."
    )
    assert sorted_starts(doc, "END_RELATIONS") == [(["BGR", "CHL"], "1973-09-01")]


def test_state_with_the_exception_of_is_no_party(extract: Extract) -> None:
    doc = extract(
        "Poland, with the exception of Hungary, was the only member to recall its ambassador "
        "from Santiago in September 1973."
    )
    assert all("HUN" not in c for c, _ in sorted_starts(doc, "RECALL_ENVOY"))


def test_gapped_remnant_belongs_to_its_own_verb_not_to_a_clause_between(extract: Extract) -> None:
    # "and with Cuba in March 1970" is the rupture's remnant: the recognition in the clause
    # between keeps its own partner and the rupture's first date
    doc = extract(
        "Under the doctrine, Bonn broke off relations with Ceylon in May 1962, after Colombo "
        "had recognised East Germany, and with Cuba in March 1970."
    )
    assert sorted_starts(doc, "END_RELATIONS") == [
        (["CUB", "DEU"], "1970-03-01"),
        (["DEU", "LKA"], "1962-05-01"),
    ]
    assert [c for c, _ in sorted_starts(doc, "ESTABLISH_RELATIONS")] == [["DDR", "LKA"]]


def test_conjoined_verb_without_a_partner_acts_on_the_first_verbs_partner(
    extract: Extract,
) -> None:
    # the subject of the reporting verb ("Tunisia said") is no target
    doc = extract(
        "Tunisia said that Algeria and Sudan had severed relations with Washington in June "
        "1967 and had recalled their ambassadors."
    )
    assert sorted_starts(doc, "RECALL_ENVOY") == [
        (["DZA", "USA"], "1967-06-01"),
        (["SDN", "USA"], "1967-06-01"),
    ]


def test_state_follower_repeats_a_states_act_not_a_persons_visit(extract: Extract) -> None:
    # the visit between is a person's: the government following repeats the restoration
    doc = extract(
        "Bolivia restored relations with Havana in May 1983, and Fidel Castro paid a long "
        "visit to La Paz in June 1984. Ecuador's military government followed in March 1985."
    )
    assert sorted_starts(doc, "ESTABLISH_RELATIONS") == [
        (["BOL", "CUB"], "1983-05-01"),
        (["CUB", "ECU"], "1985-03-01"),
    ]


def test_person_follower_repeats_a_visit(extract: Extract) -> None:
    doc = extract(
        "President Johnson paid a visit to Manila in October 1966, and Richard Nixon followed "
        "in July 1969."
    )
    assert sorted_starts(doc, "VISIT") == [
        (["PHL", "USA"], "1966-10-01"),
        (["PHL", "USA"], "1969-07-01"),
    ]
