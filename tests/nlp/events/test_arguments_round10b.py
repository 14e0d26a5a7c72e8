"""Round 10b arguments: the opponent a support is given against, a state named as the scene of
a signing or meeting, statesmen the gazetteer knows by name, and a speaker's possessive. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# "backed A against B": B, named as a state, is a party of the support


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March 1971 the Indian government declared its support for Bangladesh "
            "against Pakistan.",
            ["BGD", "IND", "PAK"],
        ),
        (
            "During the border war of 1979 Cambodia's rulers were isolated, and Thailand "
            "openly backed Malaysia against Vietnam and Laos.",
            ["LAO", "MYS", "THA", "VNM"],
        ),
        (
            "In 1982 Venezuela stood firmly at Argentina's side against Britain.",
            ["ARG", "GBR", "VEN"],
        ),
    ],
)
def test_support_against_a_named_state_includes_the_opponent(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert expected in _states(extract(text), "EXPRESS_SUPPORT")


def test_support_against_what_a_state_does_leaves_that_state_out(extract: Extract) -> None:
    doc = extract(
        "In 1962 Mexico supported Cuba against the pressure of the United States at the "
        "conference in Punta del Este."
    )
    assert ["CUB", "MEX"] in _states(doc, "EXPRESS_SUPPORT")
    assert not any("USA" in s for s in _states(doc, "EXPRESS_SUPPORT"))


def test_support_against_a_possessed_act_leaves_its_doer_out(extract: Extract) -> None:
    doc = extract("In 1968 Albania supported Romania against Moscow's threats.")
    assert _states(doc, "EXPRESS_SUPPORT") == [["ALB", "ROU"]]


# "signed in Luxembourg", "opened at Wassenaar in the Netherlands": the scene, not a party


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The accord signed in Singapore on 4 May 1976 by the Thai and Malaysian premiers "
            "settled the border.",
            "SIGN_AGREEMENT",
            ["MYS", "THA"],
        ),
        (
            "A treaty of commerce between Peru and Ecuador was signed in Panama in July 1968.",
            "SIGN_AGREEMENT",
            ["ECU", "PER"],
        ),
        (
            "Talks between Egypt and Israel opened at Leeds Castle in England in July 1978.",
            "MEET",
            ["EGY", "ISR"],
        ),
    ],
)
def test_state_named_as_the_scene_is_no_party(
    extract: Extract, text: str, kind: str, expected: list[str]
) -> None:
    assert _states(extract(text), kind) == [expected]


def test_state_named_as_the_scene_is_the_host_when_nobody_else_is(extract: Extract) -> None:
    doc = extract("In April 1975 the Iraqi foreign minister held talks in Kuwait.")
    assert _states(doc, "MEET") == [["IRQ", "KWT"]]


# statesmen known by name: the state comes from the gazetteer


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("In March 1973 Idi Amin flew to Tripoli for talks.", "VISIT", ["LBY", "UGA"]),
        ("King Fahd visited Washington in February 1985.", "VISIT", ["SAU", "USA"]),
        ("In 1977 Omar Torrijos travelled to Havana.", "VISIT", ["CUB", "PAN"]),
        (
            "In June 1980 Maurice Bishop came to power in earnest. In 1981 Bishop flew to Caracas.",
            "VISIT",
            ["GRD", "VEN"],
        ),
    ],
)
def test_statesman_takes_his_state_from_the_gazetteer(
    extract: Extract, text: str, kind: str, expected: list[str]
) -> None:
    assert expected in _states(extract(text), kind)


def test_a_non_bare_surname_is_not_the_statesman_without_his_full_name(extract: Extract) -> None:
    doc = extract("In 1981 the Bishop of Lusaka flew to London and met the Foreign Secretary.")
    assert not any("GRD" in s for s in _states(doc, "VISIT") + _states(doc, "MEET"))


# a speaker's possessive: "your foreign minister" is the other speaker's side, not himself


def test_speakers_possessive_names_his_side_not_himself(extract: Extract) -> None:
    doc = extract(
        "Record of Conversation between N. A. Bulganin and Jawaharlal Nehru\n\n"
        "Bulganin: Your defence minister came here in May 1954 and held talks with "
        "Comrade Zhukov.\n\n"
        "Nehru: Yes, and we were satisfied with those talks.\n"
    )
    meets = [e for e in doc._.dipl_events if e.type == "MEET" and e.trigger == "talks"]
    assert meets and meets[0].countries == ["IND", "SUN"]
    assert not any(a.name == "Jawaharlal Nehru" for a in meets[0].actors)


# closing or opening missions in several states: one act per pair


def test_missions_closed_in_several_states_are_one_act_per_pair(extract: Extract) -> None:
    doc = extract("In 1976 Egypt closed its consulates in Aleppo and Baghdad.")
    assert sorted(_states(doc, "CLOSE_MISSION")) == [["EGY", "IRQ"], ["EGY", "SYR"]]


def test_missions_opened_by_several_states_are_one_act_per_pair(extract: Extract) -> None:
    doc = extract("In 1992 Poland and Hungary opened embassies in Vilnius.")
    assert sorted(_states(doc, "OPEN_MISSION")) == [["HUN", "LTU"], ["LTU", "POL"]]


def test_one_mission_closed_stays_one_act(extract: Extract) -> None:
    doc = extract("In 1980 Canada closed its embassy in Tehran.")
    assert _states(doc, "CLOSE_MISSION") == [["CAN", "IRN"]]


# "established relations with all three states": the three named together before


def test_relations_with_a_numbered_group_are_one_act_per_member(extract: Extract) -> None:
    doc = extract(
        "Slovenia, Croatia and Bosnia declared independence from Yugoslavia. "
        "In January 1992 Austria established diplomatic relations with all three states."
    )
    assert sorted(_states(doc, "ESTABLISH_RELATIONS")) == [
        ["AUT", "BIH"],
        ["AUT", "HRV"],
        ["AUT", "SVN"],
    ]


def test_relations_with_a_group_of_another_size_take_no_members(extract: Extract) -> None:
    doc = extract(
        "Slovenia, Croatia and Bosnia declared independence from Yugoslavia. "
        "In January 1992 Austria established diplomatic relations with the two states."
    )
    assert not any("BIH" in s for s in _states(doc, "ESTABLISH_RELATIONS"))


# "It was the Americans who had armed X": the focus of a cleft is the doer


def test_cleft_focus_is_the_doer(extract: Extract) -> None:
    doc = extract(
        "Chile and Argentina quarrelled over the islands. "
        "It was the British who had armed Ecuador for a decade."
    )
    assert _states(doc, "PROVIDE_AID") == [["ECU", "GBR"]]


def test_it_with_an_adjective_is_no_cleft(extract: Extract) -> None:
    doc = extract("It was plain in 1962 that Egypt had armed the Yemeni republicans.")
    assert all("EGY" in s for s in _states(doc, "PROVIDE_AID"))
