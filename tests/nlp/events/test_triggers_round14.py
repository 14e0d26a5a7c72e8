"""Round-14 trigger recall: troops sent with the stated purpose of helping are military aid,
not a statement of support. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1965 Egypt sent 20,000 troops to Yemen to support the republican government.",
         ["EGY", "YEM"]),
        ("In 1975 Cuba dispatched an infantry battalion to support the MPLA in Angola.",
         ["AGO", "CUB"]),
        ("Syria sent an armoured brigade to help the Lebanese army in 1976.", ["LBN", "SYR"]),
    ],
)  # fmt: skip
def test_troops_sent_to_help_are_aid_not_support(
    extract: Extract, text: str, expected: list[str]
) -> None:
    found = summary(extract(text))
    assert ("PROVIDE_AID", expected) in found
    assert all(kind != "EXPRESS_SUPPORT" for kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "In August 1968 the Soviet Union sent troops into Czechoslovakia to crush the reforms.",
        "The government sent troops to the border in 1962.",
    ],
)
def test_troops_sent_with_no_helping_purpose_are_no_aid(extract: Extract, text: str) -> None:
    assert all(kind != "PROVIDE_AID" for kind, _ in summary(extract(text)))


def test_a_delegation_sent_to_support_a_proposal_stays_support(extract: Extract) -> None:
    found = summary(extract("Britain sent a delegation to Moscow to support the peace initiative."))
    assert any(kind == "EXPRESS_SUPPORT" for kind, _ in found)
    assert all(kind != "PROVIDE_AID" for kind, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1957 Peking granted Ceylon a sum of 75 million rupees over five years.",
         ["CHN", "LKA"]),
        ("In 1994 the United States provided Ukraine with several hundred million dollars.",
         ["UKR", "USA"]),
        ("In 1997 Australia contributed US$1 billion to the rescue package for Indonesia.",
         ["AUS", "IDN"]),
        ("In January 2005 Canberra announced a reconstruction package of A$1 billion for"
         " Indonesia.", ["AUS", "IDN"]),
    ],
)  # fmt: skip
def test_sums_and_packages_of_money_given_are_aid(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("PROVIDE_AID", expected) in summary(extract(text))


def test_money_paid_for_goods_is_no_aid(extract: Extract) -> None:
    found = summary(extract("The firm paid $5 million to Egypt for the cotton in 1970."))
    assert all(kind != "PROVIDE_AID" for kind, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During the war Sweden also took in about 70,000 Finnish children.", ["FIN", "SWE"]),
        ("Between June and August 1989 Turkey took in more than 300,000 people from Bulgaria.",
         ["BGR", "TUR"]),
        ("In 1988 Hungary had taken in several thousand citizens of Romania.", ["HUN", "ROU"]),
        ("In 1972 Britain admitted some 27,000 Ugandan Asians.", ["GBR", "UGA"]),
    ],
)  # fmt: skip
def test_people_of_another_state_taken_in_are_aid(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("PROVIDE_AID", expected) in summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1975 the airline took in new staff from Britain.",
        "In 1980 France took in the Shah's children.",
    ],
)
def test_taking_in_no_counted_foreign_people_is_no_aid(extract: Extract, text: str) -> None:
    assert all(kind != "PROVIDE_AID" for kind, _ in summary(extract(text)))


def test_troops_sent_to_fight_for_a_government_are_aid(extract: Extract) -> None:
    text = "In the 1960s Thailand sent thousands of troops to fight for the Royal Lao Government."
    assert ("PROVIDE_AID", ["LAO", "THA"]) in summary(extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After Finland declared its independence on 6 December 1917, Sweden recognised the new"
         " state on 4 January 1918.", ["FIN", "SWE"]),
        ("Ghana's independence was proclaimed in March 1957. Israel recognised the new nation"
         " within days.", ["GHA", "ISR"]),
        ("SALISBURY, April 18 — Zimbabwe became independent at midnight.\n\nMozambique was among"
         " the first governments to recognize the new state today.", ["MOZ", "ZWE"]),
    ],
)  # fmt: skip
def test_the_new_state_is_the_state_last_said_to_become_independent(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("ESTABLISH_RELATIONS", expected) in summary(extract(text, doc_date="1980-04-18"))


def test_the_new_state_with_no_independence_told_names_no_state(extract: Extract) -> None:
    assert summary(extract("France recognised the new state in 1960.")) == []


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Reform Bridge Opens\n\nNONG KHAI, Thailand, April 8 — The King opened the bridge today."
         "\n\nAustralian Prime Minister Paul Keating, in office since December 1991, flew in for"
         " the ceremony.", "1994-04-08", ("VISIT", ["AUS", "THA"], "1994-04-08")),
        ("THE HAGUE, Jan. 17 — Spain and Israel established relations today. Mr. González of"
         " Spain flew in from Madrid for the ceremony.", "1986-01-17",
         ("VISIT", ["ESP", "NLD"], "1986-01-17")),
        ("BONN, May 2 — The Soviet Foreign Minister arrived this afternoon for two days of talks.",
         "1990-05-02", ("VISIT", ["DEU", "SUN"], "1990-05-02")),
        ("SALISBURY, April 18 — Zimbabwe became independent at midnight.\n\nZambia, which closed"
         " its border in 1973, was represented by President Kaunda of Zambia, who flew in for the"
         " ceremony.", "1980-04-18", ("VISIT", ["ZMB", "ZWE"], "1980-04-18")),
    ],
)  # fmt: skip
def test_a_traveller_flying_in_comes_to_the_dateline_state_on_the_report_day(
    extract: Extract, text: str, date: str, expected: tuple[str, list[str], str]
) -> None:
    doc = extract(text, doc_date=date)
    kind, states, day = expected
    visits = [e for e in doc._.dipl_events if e.type == kind and sorted(e.countries) == states]
    assert visits, summary(doc)
    assert visits[0].date is not None and visits[0].date.start == day


def test_flying_in_with_no_dateline_is_no_visit(extract: Extract) -> None:
    doc = extract("Prime Minister Keating of Australia flew in for the ceremony in 1994.")
    assert all(kind != "VISIT" for kind, _ in summary(doc))


def test_going_on_to_a_next_stop_is_a_visit_of_its_own(extract: Extract) -> None:
    found = summary(
        extract("In March 1964 Zhou Enlai visited Cairo and then proceeded to Algiers.")
    )
    assert ("VISIT", ["CHN", "EGY"]) in found
    assert ("VISIT", ["CHN", "DZA"]) in found


def test_the_next_stop_is_no_party_of_the_talks_before_it(extract: Extract) -> None:
    text = (
        "In August 2008 war broke out. French President Nicolas Sarkozy flew to Moscow on 12"
        " August and held talks with President Dmitry Medvedev, before continuing to Tbilisi the"
        " same evening to present a ceasefire plan."
    )
    found = summary(extract(text))
    assert ("MEET", ["FRA", "RUS"]) in found
    assert ("VISIT", ["FRA", "GEO"]) in found


@pytest.mark.parametrize(
    "text", ["The talks continued in Geneva in 1955.", "Washington continued to support Pakistan."]
)
def test_continuing_with_no_destination_is_no_visit(extract: Extract, text: str) -> None:
    assert all(kind != "VISIT" for kind, _ in summary(extract(text)))


def test_negotiating_an_accession_is_no_meeting_of_the_applicants(extract: Extract) -> None:
    text = "Finland and Sweden negotiated their accession to the European Union in 1994."
    assert all(kind != "MEET" for kind, _ in summary(extract(text)))


def test_negotiating_with_a_state_is_a_meeting(extract: Extract) -> None:
    found = summary(extract("In 1994 Finland negotiated with Russia over the border."))
    assert ("MEET", ["FIN", "RUS"]) in found


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua and the Soviet Union drew closer. Relations between the two countries, which"
        " had been established in October 1979, grew quickly.",
        "Relations between the Soviet Union and Nicaragua, which had been established in October"
        " 1979, developed well.",
    ],
)
def test_relations_between_the_pair_established_in_a_which_clause(
    extract: Extract, text: str
) -> None:
    assert ("ESTABLISH_RELATIONS", ["NIC", "SUN"]) in summary(extract(text))


def test_a_which_clause_on_a_trade_partner_tells_nothing_of_relations(extract: Extract) -> None:
    text = "Trade with the two countries, which had been expanded in 1979, grew quickly."
    assert summary(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Its obligations were settled later, and the maritime boundary went to The Hague in 2008.",
        "After the plebiscite of 1920 the dispute went to Geneva.",
    ],
)
def test_a_dispute_going_somewhere_is_no_visit(extract: Extract, text: str) -> None:
    assert all(kind != "VISIT" for kind, _ in summary(extract(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The conference hall in Colombo, built as a Chinese gift, was completed in 1973.",
         ["CHN", "LKA"]),
        ("In 1960 the Soviet Union built a technological institute in Rangoon as a gift to Burma.",
         ["MMR", "SUN"]),
        ("In 1965 Japan equipped a hospital in Vientiane as a gift to Laos.", ["JPN", "LAO"]),
    ],
)  # fmt: skip
def test_works_given_as_a_gift_are_aid(extract: Extract, text: str, expected: list[str]) -> None:
    assert ("PROVIDE_AID", expected) in summary(extract(text))


def test_a_building_with_no_gift_is_no_aid(extract: Extract) -> None:
    text = "In 1960 the Soviet Union built a technological institute in Moscow as a school."
    assert all(kind != "PROVIDE_AID" for kind, _ in summary(extract(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1957 Wilmot A. Perera went to Peking as Ceylon's first ambassador.", ["CHN", "LKA"]),
        ("In 1962 Nehru's envoy went to Moscow as India's new ambassador.", ["IND", "SUN"]),
    ],
)
def test_going_to_a_capital_as_a_states_envoy_is_an_appointment(
    extract: Extract, text: str, expected: list[str]
) -> None:
    found = summary(extract(text))
    assert ("APPOINT_ENVOY", expected) in found
    assert all(kind != "VISIT" for kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The defence agreement concluded with Britain in 1960 had been abrogated by Nigeria in"
        " January 1962.",
        "Nigeria had shown its independence: the defence agreement concluded with Britain in"
        " 1960 had been abrogated in January 1962.",
    ],
)
def test_a_passive_after_a_reduced_relative_has_the_agreement_as_object(
    extract: Extract, text: str
) -> None:
    assert ("TERMINATE_AGREEMENT", ["GBR", "NGA"]) in summary(extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("East German instructors trained the Mozambican police from 1976.", ["DDR", "MOZ"]),
        ("In 1965 Israeli officers trained the Ugandan police.", ["ISR", "UGA"]),
    ],
)
def test_foreign_instructors_training_police_or_units_is_aid(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("PROVIDE_AID", expected) in summary(extract(text))


def test_a_firm_training_local_police_is_no_aid(extract: Extract) -> None:
    assert summary(extract("The company trained local police in 1980.")) == []


def test_relations_established_by_the_subject_of_an_earlier_conjunct(extract: Extract) -> None:
    found = summary(extract("In 1994 Israel and Jordan signed a treaty and established relations."))
    assert ("ESTABLISH_RELATIONS", ["ISR", "JOR"]) in found


@pytest.mark.parametrize(
    "text",
    [
        "In 2003 Thailand sent military aircraft to evacuate its citizens from Cambodia.",
        "In 1990 Britain sent a warship to rescue its nationals from Liberia.",
    ],
)
def test_craft_sent_to_evacuate_a_states_own_people_are_no_aid(extract: Extract, text: str) -> None:
    assert all(kind != "PROVIDE_AID" for kind, _ in summary(extract(text)))


def test_aircraft_sent_to_defend_another_state_stay_aid(extract: Extract) -> None:
    text = "In 1970 the Soviet Union sent aircraft to Egypt to defend its airspace."
    assert ("PROVIDE_AID", ["EGY", "SUN"]) in summary(extract(text))


def test_a_state_returning_to_another_may_visit(extract: Extract) -> None:
    assert ("VISIT", ["KHM", "VNM"]) in summary(extract("In 1979 Vietnam returned to Cambodia."))


@pytest.mark.parametrize(
    "text",
    [
        "In 1982 Israel sent troops to Lebanon to protect its citizens.",
        "Lusaka sent troops to defend its border with Rhodesia in 1976.",
    ],
)
def test_troops_sent_to_protect_the_senders_own_are_no_aid(extract: Extract, text: str) -> None:
    assert all(kind != "PROVIDE_AID" for kind, _ in summary(extract(text)))


def test_a_package_with_no_recipient_is_no_aid(extract: Extract) -> None:
    text = "In 1989 the Egyptian government announced an economic package to fight inflation."
    assert summary(extract(text)) == []


def test_the_new_state_followed_by_its_name_is_that_state(extract: Extract) -> None:
    text = (
        "Ghana became independent in 1957. In 1958 the Soviet Union established relations with"
        " the new state of Guinea."
    )
    assert ("ESTABLISH_RELATIONS", ["GIN", "SUN"]) in summary(extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1985 Cuba helped Nicaragua with teachers and doctors.", ["CUB", "NIC"]),
        ("In 1968 Britain had already given considerable sums for relief to Nigeria.",
         ["GBR", "NGA"]),
    ],
)  # fmt: skip
def test_help_with_aid_and_sums_given_are_aid(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("PROVIDE_AID", expected) in summary(extract(text))


def test_help_with_no_aid_is_no_aid(extract: Extract) -> None:
    assert summary(extract("In 1970 the firm helped Ghana with the accounts.")) == []
