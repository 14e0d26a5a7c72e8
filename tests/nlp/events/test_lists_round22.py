"""Round-22 lists of states: an act repeated ", as did A, B and C" (however the parser hangs
"did"), missions exchanged with several states, and a group counted in one sentence and
listed in a later one ("The five were ..."). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_as_did_with_a_list_repeats_the_act_for_each(extract: Extract) -> None:
    doc = extract(
        "In June 1967 Czechoslovakia broke off relations with Israel, as did the Soviet "
        "Union, Poland and Hungary; Romania kept its ties."
    )
    got = states(doc, "END_RELATIONS")
    for pair in (["CSK", "ISR"], ["ISR", "SUN"], ["ISR", "POL"], ["HUN", "ISR"]):
        assert pair in got
    assert ["ISR", "ROU"] not in got


def test_as_did_with_one_follower(extract: Extract) -> None:
    doc = extract("Sweden recognised Israel in 1949, as did Norway in the same month.")
    assert ["ISR", "NOR"] in states(doc, "ESTABLISH_RELATIONS")


def test_missions_exchanged_with_several_states_are_one_opening_each(extract: Extract) -> None:
    doc = extract("In 1964 Oslo exchanged trade missions with Poland, Romania and Hungary.")
    assert sorted(states(doc, "OPEN_MISSION")) == [["HUN", "NOR"], ["NOR", "POL"], ["NOR", "ROU"]]


def test_a_counted_group_listed_later_acts_member_by_member(extract: Extract) -> None:
    doc = extract(
        "In March 1960 six African governments, led by Ghana, broke off relations with "
        "Lisbon. The six were Ghana, Guinea, Mali, Nigeria, Ethiopia and Liberia; Senegal "
        "kept its ties."
    )
    got = states(doc, "END_RELATIONS")
    for member in ("GHA", "GIN", "MLI", "NGA", "ETH", "LBR"):
        assert sorted([member, "PRT"]) in got
    assert ["PRT", "SEN"] not in got


def test_a_list_of_another_size_is_not_the_counted_group(extract: Extract) -> None:
    doc = extract(
        "In March 1960 six African governments, led by Ghana, broke off relations with "
        "Lisbon. The three were Guinea, Mali and Nigeria."
    )
    assert ["GIN", "PRT"] not in states(doc, "END_RELATIONS")


def test_coordinated_donors_of_aid_without_a_subject_give_one_act_each(extract: Extract) -> None:
    doc = extract("In May 1978 Dutch and Danish paratroopers were dropped on Kolwezi in Zaire.")
    assert sorted(states(doc, "PROVIDE_AID")) == [["COD", "DNK"], ["COD", "NLD"]]


def test_talks_of_counted_parties_are_a_meeting_of_all_listed(extract: Extract) -> None:
    doc = extract(
        "Four-party talks among Chile, Peru, Bolivia and Ecuador opened in Lima in May 1990."
    )
    assert states(doc, "MEET") == [["BOL", "CHL", "ECU", "PER"]]


def test_a_party_meeting_is_still_internal(extract: Extract) -> None:
    doc = extract("After a party meeting in Sofia in 1965 the Bulgarian leaders met Tito.")
    assert all(len(c) == 2 for c in states(doc, "MEET"))
