"""Round-13 trigger recall: aid personnel dispatched or received by a state, envoys posted and
withdrawn, missions suspended, recognition extended, accessions, audiences, votes for admission.
Sentences written for these tests."""

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
        ("Poland dispatched engineers and doctors to Algeria in 1963.", ["DZA", "POL"]),
        ("Cuba dispatched teachers to Nicaragua from 1980.", ["CUB", "NIC"]),
        ("In 1964 Guinea received a group of Soviet technicians.", ["GIN", "SUN"]),
        ("Mali received Chinese doctors from 1962.", ["CHN", "MLI"]),
        ("East Germany dispatched weapons to Mozambique in 1977.", ["DDR", "MOZ"]),
    ],
)
def test_aid_personnel_sent_or_received_is_aid(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("PROVIDE_AID", expected) in summary(extract(text))


def test_an_envoy_dispatched_stays_an_appointment(extract: Extract) -> None:
    found = summary(extract("In 1970 Moscow dispatched a new ambassador to Cairo."))
    assert ("APPOINT_ENVOY", ["EGY", "SUN"]) in found
    assert all(kind != "PROVIDE_AID" for kind, _ in found)


def test_a_leader_receiving_advisers_grants_no_aid(extract: Extract) -> None:
    found = summary(extract("In 1962 President Kennedy received the Soviet technicians."))
    assert all(kind != "PROVIDE_AID" for kind, _ in found)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Ambassador Karl Weber, who had been posted to Lima in 1958, left in 1962.",
            "APPOINT_ENVOY",
            ["PER"],
        ),
        (
            "In 1968 Anna Berg was confirmed as the first Finnish ambassador to Hanoi.",
            "APPOINT_ENVOY",
            ["FIN", "VDR"],
        ),
        ("In June 1953 Paul Dunn went to Rangoon as chargé d'affaires.", "APPOINT_ENVOY", ["MMR"]),
        (
            "In 1967 Rome withdrew Marco Bassi, its ambassador in Tunis since 1963.",
            "RECALL_ENVOY",
            ["ITA", "TUN"],
        ),
        (
            "The Norwegian embassy in Baghdad suspended its operations in January 1991.",
            "CLOSE_MISSION",
            ["IRQ", "NOR"],
        ),
        ("In 1980 the Swiss embassy in Tehran was evacuated.", "CLOSE_MISSION", ["CHE", "IRN"]),
        (
            "In 1951 Norway extended de facto recognition to Israel.",
            "ESTABLISH_RELATIONS",
            ["ISR", "NOR"],
        ),
        (
            "In 1971 Chile recognised the committee as the legitimate government of Bangladesh.",
            "ESTABLISH_RELATIONS",
            ["BGD", "CHL"],
        ),
        (
            "Iran acceded to the Baghdad Pact in October 1955.",
            "SIGN_AGREEMENT",
            ["GBR", "IRN", "IRQ", "PAK", "TUR"],
        ),
        ("In 1966 France lent Senegal money to build a dam.", "PROVIDE_AID", ["FRA", "SEN"]),
        (
            "In 1981 Sweden extended a grant of 90 million crowns to Laos.",
            "PROVIDE_AID",
            ["LAO", "SWE"],
        ),
        (
            "In 1973 Moroccan brigades fought alongside the Syrian army on the Golan.",
            "PROVIDE_AID",
            ["MAR", "SYR"],
        ),
        ("The Soviet premier passed through Karachi in March 1960.", "VISIT", ["PAK", "SUN"]),
        ("In 1971 the Austrian chancellor had an audience with the Pope.", "MEET", ["AUT", "VAT"]),
        (
            "In 1966 the Soviet premier and the Indian prime minister exchanged views.",
            "MEET",
            ["IND", "SUN"],
        ),
        (
            "From 1964 Peking financed the construction of a railway in Tanzania.",
            "PROVIDE_AID",
            ["CHN", "TZA"],
        ),
        (
            "In 1971 Albania voted in favour of China's admission to the United Nations.",
            "EXPRESS_SUPPORT",
            ["ALB", "CHN"],
        ),
    ],
)
def test_round13_constructions_give_their_events(
    extract: Extract, text: str, kind: str, expected: list[str]
) -> None:
    assert (kind, expected) in summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1990 the French embassy staff were evacuated to Amman.",
        "In 1962 the bill passed through parliament.",
        "In 1958 Britain confirmed the ambassador's report.",
        "In 1965 Denmark acceded to the request of the committee.",
        "In 1964 the concert had an audience of 5,000.",
        "In 1975 the city financed the construction of a stadium.",
        "In 1961 the assembly voted for the admission of new members.",
    ],
)
def test_round13_lookalikes_state_no_event(extract: Extract, text: str) -> None:
    assert summary(extract(text)) == []


def test_a_high_commissioner_withdrawn_keeps_his_own_office(extract: Extract) -> None:
    doc = extract("In 1965 Sir Hugh Grant, the British High Commissioner in Lusaka, was withdrawn.")
    roles = {(t.person, t.role) for t in doc._.dipl_tenures}
    assert ("Hugh Grant", "ambassador") not in roles
    assert ("Hugh Grant", "high commissioner") in roles


def test_an_ambassador_withdrawn_ends_his_term(extract: Extract) -> None:
    doc = extract("In 1967 Rome withdrew Marco Bassi, its ambassador in Tunis since 1963.")
    terms = {(t.person, t.country, t.to, t.start, t.end) for t in doc._.dipl_tenures}
    assert ("Marco Bassi", "ITA", "TUN", "1963", "1967") in terms
