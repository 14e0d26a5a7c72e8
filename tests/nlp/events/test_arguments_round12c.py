"""Round 12c arguments: plural agreements "with A and B" (one act per partner), a "he" whose
person an earlier clause names, the capital of Rhodesia and peers named after towns, the Pope
as the Holy See, and the possessor of allies a support is given against. Sentences written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    "text",
    [
        "In 1961 Mali signed treaties of friendship with Senegal and Niger.",
        "Treaties with Senegal and Niger were signed by Mali in 1961.",
    ],
)
def test_plural_agreements_with_a_list_of_partners_are_one_act_per_partner(
    extract: Extract, text: str
) -> None:
    assert sorted(_states(extract(text), "SIGN_AGREEMENT")) == [["MLI", "NER"], ["MLI", "SEN"]]


def test_one_agreement_with_a_list_of_partners_stays_one_act(extract: Extract) -> None:
    doc = extract("In 1961 Mali signed a treaty with Senegal and Niger.")
    assert _states(doc, "SIGN_AGREEMENT") == [["MLI", "NER", "SEN"]]


def test_he_continues_the_person_an_earlier_clause_names(extract: Extract) -> None:
    doc = extract(
        "When Tito visited Cairo in the spring of 1955, he seems to have found Nasser "
        "reserved; a month later he was warmly received in New Delhi."
    )
    assert ["IND", "YUG"] in _states(doc, "VISIT")
    assert ["EGY", "IND"] not in _states(doc, "VISIT")


@pytest.mark.parametrize(
    "text",
    [
        "In 1970 Lord Warsaw visited France.",
        "In 1970 the Bishop of Warsaw visited France.",
    ],
)
def test_a_peer_named_after_a_town_is_no_visit_by_its_state(extract: Extract, text: str) -> None:
    assert all("POL" not in s for s in _states(extract(text), "VISIT"))


@pytest.mark.parametrize(
    "text",
    [
        "In 1985 the Pope visited Venezuela.",
        "In December 1978 Pope John Paul II visited Mexico.",
    ],
)
def test_the_pope_acts_for_the_holy_see(extract: Extract, text: str) -> None:
    found = _states(extract(text), "VISIT")
    assert found and all("VAT" in s for s in found)


def test_a_support_against_a_states_allies_names_that_state(extract: Extract) -> None:
    doc = extract("In 1971 the Soviet Union backed India against Pakistan's allies.")
    assert _states(doc, "EXPRESS_SUPPORT") == [["IND", "PAK", "SUN"]]


def test_he_continues_the_person_a_cleft_sentence_stresses(extract: Extract) -> None:
    doc = extract(
        "By March both armies were on the border. It was then that Paul VI intervened. In "
        "April 1969 he named Cardinal Casaroli his envoy, and the cardinal arrived in Lima."
    )
    assert ["PER", "VAT"] in _states(doc, "VISIT")


def test_the_next_leg_of_a_journey_is_no_party_of_the_arrival(extract: Extract) -> None:
    doc = extract("In May 1960 Nkrumah arrived in Cairo before travelling to Addis Ababa.")
    assert sorted(_states(doc, "VISIT")) == [["EGY", "GHA"], ["ETH", "GHA"]]


def test_each_side_of_a_hyphenated_pair_is_that_pair(extract: Extract) -> None:
    doc = extract(
        "Cairo looked to Moscow for arms in 1955. Franco-Egyptian ties, for their part, "
        "soured: in March 1956 each side expelled the other's military attaché."
    )
    assert _states(doc, "EXPEL") == [["EGY", "FRA"]]


def test_the_two_governments_are_the_pair_a_between_phrase_names(extract: Extract) -> None:
    doc = extract(
        "Panama leaned on Caracas. Relations between Ottawa and Havana were cool: after a "
        "shooting incident in June 1979, Castro denounced the fishing agreement the two "
        "governments had signed in May 1973."
    )
    assert _states(doc, "SIGN_AGREEMENT") == [["CAN", "CUB"]]
    assert _states(doc, "TERMINATE_AGREEMENT") == [["CAN", "CUB"]]
