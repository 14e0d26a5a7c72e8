"""Round-18 aid, support, expulsions and missions: troops sent to a named state, the topic of
a backed party's act, foreigners sent home, missions closing their doors, birthplaces.
Sentences written for these tests."""

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
        ("In 1964 Senegal sent two battalions of troops to Mauritania.", ["MRT", "SEN"]),
        ("In 1981 President Reagan sent several hundred American troops to Egypt.", ["EGY", "USA"]),
        (
            "By 1970 the Philippines had sent a contingent of its own soldiers to fight in South"
            " Vietnam.",
            ["PHL", "RVN"],
        ),
    ],
)
def test_troops_sent_to_state(extract: Extract, text: str, expected: list[str]) -> None:
    assert expected in states(extract(text), "PROVIDE_AID")


@pytest.mark.parametrize(
    "text",
    [
        "In 1972 Pakistan sent troops to the frontier.",
        "In 1956 the Soviet Union sent troops into Hungary.",
        "In 1963 Australia committed combat units to Borneo.",
    ],
)
def test_troops_sent_nowhere_named_or_into(extract: Extract, text: str) -> None:
    assert states(extract(text), "PROVIDE_AID") == []


@pytest.mark.parametrize(
    ("text", "expected", "topic"),
    [
        ("In May 2005 Poland publicly backed Schröder's visit to Beijing.", ["DEU", "POL"], "CHN"),
        (
            "In 1984 Canada supported Reagan's call for a boycott of the Cuban elections.",
            ["CAN", "USA"],
            "CUB",
        ),
    ],
)
def test_topic_of_backed_act(extract: Extract, text: str, expected: list[str], topic: str) -> None:
    found = states(extract(text), "EXPRESS_SUPPORT")
    assert expected in found, found
    assert not any(topic in c for c in found), found


def test_foreigners_sent_home(extract: Extract) -> None:
    text = (
        "In March 1967 the new government of Mali took power. Soviet experts and Cuban"
        " instructors were sent home in April."
    )
    doc = extract(text)
    found = states(doc, "EXPEL")
    assert ["CUB", "MLI"] in found and ["MLI", "SUN"] in found, found
    assert states(doc, "PROVIDE_AID") == []


def test_own_people_sent_home_no_expulsion(extract: Extract) -> None:
    text = "In 1970 Bulgaria sent its students home from Paris."
    assert states(extract(text), "EXPEL") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In June 1967 the Egyptian embassy in Bonn closed its doors.", ["DEU", "EGY"]),
        ("In 1979 the Danish legation in Tehran shut its doors.", ["DNK", "IRN"]),
    ],
)
def test_mission_closed_its_doors(extract: Extract, text: str, expected: list[str]) -> None:
    assert expected in states(extract(text), "CLOSE_MISSION")


def test_doors_closed_to_people_no_closure(extract: Extract) -> None:
    text = "In 1980 the Swiss embassy in Kabul closed its doors to refugees."
    assert states(extract(text), "CLOSE_MISSION") == []


def test_birthplace_no_party(extract: Extract) -> None:
    text = (
        "In 1946 Jan Novak, a Hungarian-born engineer, opened the Czechoslovak legation in Ottawa."
    )
    found = states(extract(text), "OPEN_MISSION")
    assert ["CAN", "CSK"] in found and not any("HUN" in c for c in found), found


def test_specialists_sent_back_to_a_state_are_aid(extract: Extract) -> None:
    text = "In May 1955 Moscow sent a group of Soviet specialists back to Hanoi with the envoys."
    doc = extract(text)
    assert states(doc, "EXPEL") == []
    assert ["SUN", "VDR"] in states(doc, "PROVIDE_AID") or ["SUN", "VNM"] in states(
        doc, "PROVIDE_AID"
    )


def test_owner_of_backed_proposal_kept_topic_dropped(extract: Extract) -> None:
    text = (
        "In 1971 Romania supported the proposals of the Polish government for a conference"
        " between the two German states."
    )
    found = states(extract(text), "EXPRESS_SUPPORT")
    assert ["POL", "ROU"] in found, found
    assert not any("DEU" in c or "DDR" in c for c in found), found


def test_refugees_hosted(extract: Extract) -> None:
    text = "By 1993 Guinea was hosting some four hundred thousand Liberian refugees."
    assert ["GIN", "LBR"] in states(extract(text), "PROVIDE_AID")


def test_causative_had_the_mission_shut(extract: Extract) -> None:
    text = (
        "In May 1927 the British government raided the Soviet trade delegation, broke off"
        " relations with Moscow and had the embassy shut."
    )
    assert any("GBR" in c for c in states(extract(text), "CLOSE_MISSION"))
