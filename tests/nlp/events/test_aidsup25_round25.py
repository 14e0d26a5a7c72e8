"""Round-25 aid and support: a state guaranteeing another's independence or pledging to respect
its neutrality, aid workers or a teaching team arriving (or advisers following), aid workers
named in a list serving abroad, help of a material kind ("budgetary help"), a flow of arms to a
state, units sent to serve in a state (not troops sent to protect foreigners), aid goods a
relative stands for arriving, and the topic of a backed position ("support for X's position on
Y"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_guaranteeing_a_states_independence_supports_it(extract: Extract) -> None:
    doc = extract("In March 1936 Italy guaranteed Austria's independence.")
    assert ["AUT", "ITA"] in states(doc, "EXPRESS_SUPPORT")


def test_pledging_to_respect_a_states_neutrality_supports_it(extract: Extract) -> None:
    doc = extract("In May 1938 France pledged to respect Swiss neutrality.")
    assert ["CHE", "FRA"] in states(doc, "EXPRESS_SUPPORT")


def test_guaranteeing_a_loan_is_no_support(extract: Extract) -> None:
    doc = extract("In 1925 Britain guaranteed a loan to Austria.")
    assert states(doc, "EXPRESS_SUPPORT") == []


def test_volunteers_arriving_in_a_state_are_aid(extract: Extract) -> None:
    doc = extract("In 1964 the first American volunteers arrived in Nepal.")
    assert ["NPL", "USA"] in states(doc, "PROVIDE_AID")


def test_a_team_come_to_teach_is_aid_not_a_visit(extract: Extract) -> None:
    doc = extract("In 1972 a Chinese medical team arrived in Sudan to train local nurses.")
    assert ["CHN", "SDN"] in states(doc, "PROVIDE_AID")
    assert states(doc, "VISIT") == []


def test_a_military_mission_come_to_train_the_army_is_aid(extract: Extract) -> None:
    doc = extract("In 1955 a French military mission arrived in Ethiopia to train the army.")
    assert ["ETH", "FRA"] in states(doc, "PROVIDE_AID")


def test_a_trade_mission_arriving_is_no_aid(extract: Extract) -> None:
    doc = extract("In 1962 a Japanese trade mission arrived in Indonesia.")
    assert states(doc, "PROVIDE_AID") == []


def test_advisers_following_are_aid_from_their_state(extract: Extract) -> None:
    doc = extract(
        "Guinea broke with France in 1958, and within a year Czechoslovak advisers followed."
    )
    assert any("CSK" in s for s in states(doc, "PROVIDE_AID"))


def test_aid_workers_listed_serving_in_several_states(extract: Extract) -> None:
    doc = extract(
        "In 1970 Swedish agronomists, nurses and teachers were working in Kenya, Tanzania and "
        "Uganda."
    )
    aid = states(doc, "PROVIDE_AID")
    assert ["KEN", "SWE"] in aid and ["SWE", "UGA"] in aid


def test_budgetary_help_provided_is_aid(extract: Extract) -> None:
    doc = extract("In 1980 Kuwait provided some budgetary help to Jordan.")
    assert ["JOR", "KWT"] in states(doc, "PROVIDE_AID")


def test_military_support_given_is_aid_not_a_statement(extract: Extract) -> None:
    doc = extract("In 1979 Libya gave military support to Uganda.")
    assert ["LBY", "UGA"] in states(doc, "PROVIDE_AID")
    assert states(doc, "EXPRESS_SUPPORT") == []


def test_a_flow_of_arms_to_a_state_is_aid(extract: Extract) -> None:
    doc = extract("In 1985 the flow of Libyan arms to Nicaragua continued.")
    assert ["LBY", "NIC"] in states(doc, "PROVIDE_AID")


def test_units_sent_to_serve_with_a_un_force_in_a_state(extract: Extract) -> None:
    doc = extract(
        "In 1964 Finland sent two infantry battalions to serve with the United Nations force in "
        "Cyprus."
    )
    assert ["CYP", "FIN"] in states(doc, "PROVIDE_AID")


def test_troops_sent_to_protect_foreigners_are_no_aid(extract: Extract) -> None:
    doc = extract("In 1997 Italy sent troops to Albania to protect foreigners.")
    assert states(doc, "PROVIDE_AID") == []


def test_arms_a_relative_stands_for_arriving_are_aid_not_a_visit(extract: Extract) -> None:
    doc = extract("In 1975 Chinese arms, which had been arriving in Tanzania since 1970, were old.")
    assert ["CHN", "TZA"] in states(doc, "PROVIDE_AID")
    assert states(doc, "VISIT") == []


def test_the_topic_of_a_backed_position_is_no_party(extract: Extract) -> None:
    doc = extract(
        "In 1995 the Cuban government declared its support for Angola's position on Namibia."
    )
    assert states(doc, "EXPRESS_SUPPORT") == [["AGO", "CUB"]]


def test_a_military_mission_arriving_without_a_teaching_purpose_is_no_aid(
    extract: Extract,
) -> None:
    doc = extract("In May 1939 a French military mission arrived in Warsaw for staff talks.")
    assert states(doc, "PROVIDE_AID") == []


def test_becoming_one_of_the_backers_of_a_states_bid(extract: Extract) -> None:
    doc = extract(
        "By 2003 Rome had become one of the loudest backers of Ankara's bid to join the EU."
    )
    assert ["ITA", "TUR"] in states(doc, "EXPRESS_SUPPORT")


def test_defending_a_states_armed_act_backs_it(extract: Extract) -> None:
    doc = extract(
        "In 1983 the Jamaican Prime Minister publicly defended the American invasion of Grenada."
    )
    assert any("JAM" in s and "USA" in s for s in states(doc, "EXPRESS_SUPPORT"))


def test_lending_votes_to_a_state_supports_it(extract: Extract) -> None:
    doc = extract("Throughout the 1960s Spain lent its votes to Portugal in the General Assembly.")
    assert ["ESP", "PRT"] in states(doc, "EXPRESS_SUPPORT")


def test_peace_corps_volunteers_are_american_aid(extract: Extract) -> None:
    doc = extract("In 1965 the first Peace Corps volunteers arrived in Kenya.")
    assert ["KEN", "USA"] in states(doc, "PROVIDE_AID")
