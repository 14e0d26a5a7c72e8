"""Round-19 states of events: the opponent of a backed demand, the recipient of an "-ing" aid
clause and of an aid clause conjoined to another, the four occupying powers, members of the
Baghdad Pact, a former office of a standing state, "the junta". Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1967 the Polish government supported Egypt in demanding that Israel withdraw"
            " from Sinai.",
            ["EGY", "ISR", "POL"],
        ),
        (
            "In 1975 Algeria voiced its support for Morocco's demand that Spain leave the Sahara.",
            ["DZA", "ESP", "MAR"],
        ),
        (
            "In 1979 Iraq publicly backed Syria and demanded that Turkey close the border.",
            ["IRQ", "SYR", "TUR"],
        ),
    ],
)
def test_opponent_of_backed_demand(extract: Extract, text: str, expected: list[str]) -> None:
    found = states(extract(text), "EXPRESS_SUPPORT")
    assert expected in found, found


def test_demand_without_support_adds_nobody(extract: Extract) -> None:
    text = "In 1979 Iraq publicly backed Syria, and Greece demanded that Turkey close the border."
    found = states(extract(text), "EXPRESS_SUPPORT")
    assert ["IRQ", "SYR"] in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations between Israel and Jordan remained cold. After 1982 the Soviet Union"
            " rebuilt the Syrian air force, supplying new fighters and missiles.",
            ["SUN", "SYR"],
        ),
        (
            "Relations between Indonesia and the Philippines were strained. From 1964 Australia"
            " shared the burden of Malaysia's defence, supplying ships and aircraft.",
            ["AUS", "MYS"],
        ),
    ],
)
def test_recipient_of_participle_aid(extract: Extract, text: str, expected: list[str]) -> None:
    found = states(extract(text), "PROVIDE_AID")
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations between South Africa and Zambia were hostile. By 1980 the Soviet Union had"
            " supplied most of the Angolan army's weapons, and Cuba had sent military"
            " instructors.",
            ["AGO", "CUB"],
        ),
        (
            "Relations between Belgium and France were close. In 1978 Senegal sent troops and"
            " arms to Zaire, and Morocco provided transport aircraft.",
            ["COD", "MAR"],
        ),
    ],
)
def test_recipient_of_conjoined_aid(extract: Extract, text: str, expected: list[str]) -> None:
    found = states(extract(text), "PROVIDE_AID")
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "Bonn and Moscow argued for hours. In 1955 the state treaty had been signed by Austria"
            " and the four powers.",
            "SIGN_AGREEMENT",
            ["AUT", "FRA", "GBR", "SUN", "USA"],
        ),
        (
            "Bonn and Moscow argued for hours. In July 1955 the heads of government of the four"
            " powers had met in Geneva.",
            "MEET",
            ["FRA", "GBR", "SUN", "USA"],
        ),
        (
            "In March 1970 the four-power talks on Berlin opened.",
            "MEET",
            ["FRA", "GBR", "SUN", "USA"],
        ),
    ],
)
def test_four_powers(extract: Extract, text: str, etype: str, expected: list[str]) -> None:
    found = states(extract(text), etype)
    assert expected in found, found


def test_four_powers_of_another_age(extract: Extract) -> None:
    text = "In 1815 Austria, Prussia and Russia met the four powers in Vienna."
    found = states(extract(text), "MEET")
    assert ["FRA", "GBR", "SUN", "USA"] not in found and all("SUN" not in s for s in found)


def test_members_of_baghdad_pact(extract: Extract) -> None:
    text = (
        "Relations between Iraq and the Soviet Union improved. In 1959 Iraq formally withdrew"
        " from the Baghdad Pact."
    )
    found = states(extract(text), "TERMINATE_AGREEMENT")
    assert ["GBR", "IRN", "IRQ", "PAK", "TUR"] in found, found


def test_former_office_of_standing_state(extract: Extract) -> None:
    text = (
        "Relations between Seoul and Pyongyang thawed in 1998. Walter Hensley, the former U.S."
        " defence secretary, visited Pyongyang in May 1999."
    )
    found = states(extract(text), "VISIT")
    assert ["PRK", "USA"] in found, found


def test_former_office_of_dissolved_state(extract: Extract) -> None:
    text = (
        "In June 1993 Eduard Shevardnadze, the former Soviet foreign minister who now led"
        " Georgia, visited Turkey."
    )
    found = states(extract(text), "VISIT")
    assert all("SUN" not in s for s in found), found


def test_junta_points_back(extract: Extract) -> None:
    text = (
        "North Vietnam and Cuba signed a trade protocol in 1973. North Vietnam thanked Cuba for"
        " its aid, and Cuba praised Hanoi. The Cuban envoy spoke of Chile, where the army had"
        " seized power. The next day the junta broke off relations with Cuba."
    )
    found = states(extract(text), "END_RELATIONS")
    assert ["CHL", "CUB"] in found, found


def test_object_read_as_subject_of_past_tense(extract: Extract) -> None:
    text = (
        "Relations between Israel and India were cool. In November 1988 India was among the"
        " first countries to recognise the State of Palestine proclaimed in Algiers."
    )
    found = states(extract(text), "ESTABLISH_RELATIONS")
    assert ["IND", "PSE"] in found, found


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "Relations between Pakistan and Afghanistan were tense. Later that year the Soviet"
            " leaders Bulganin and Khrushchev, on a visit to Kabul, praised the Afghan king.",
            "VISIT",
            ["AFG", "SUN"],
        ),
        (
            "Relations between Chile and Argentina were tense. In 1965 the Brazilian foreign"
            " minister, on a visit to Lima, signed a trade agreement.",
            "VISIT",
            ["BRA", "PER"],
        ),
    ],
)
def test_subject_on_a_visit(extract: Extract, text: str, etype: str, expected: list[str]) -> None:
    found = states(extract(text), etype)
    assert expected in found, found


def test_ended_it_is_the_treaty_signed_before(extract: Extract) -> None:
    text = (
        "Relations between Albania and Greece were poor. In 1950 Bulgaria signed a treaty of"
        " friendship with Romania, but Sofia denounced it in 1953."
    )
    found = states(extract(text), "TERMINATE_AGREEMENT")
    assert found == [["BGR", "ROU"]], found


def test_relations_resumed_with_the_same_partner(extract: Extract) -> None:
    text = (
        "Romania and Bulgaria signed a treaty in 1988, and Romania praised Bulgaria. Hungary"
        " restored diplomatic relations with Israel in September 1989. The Soviet Union resumed"
        " relations in October 1991."
    )
    found = states(extract(text), "ESTABLISH_RELATIONS")
    assert ["ISR", "SUN"] in found, found


def test_passive_relations_keep_their_partner(extract: Extract) -> None:
    text = (
        "Malaysia and China signed a treaty in 1988, and Malaysia praised China. Malaysia"
        " established relations with South Korea in 1960. Relations with North Korea were"
        " established on 30 June 1973."
    )
    found = states(extract(text), "ESTABLISH_RELATIONS")
    assert ["MYS", "PRK"] in found and ["KOR", "PRK"] not in found, found
