"""Round-22 aid: credits given by a participle the parser reads as an adjective ("Bonn
extended credits worth ... to Warsaw"), and shelter given to "them", people the sentence has
told of fleeing. Sentences written for these tests."""

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
        ("In 1979 Bonn extended credits worth two billion marks to Warsaw.", ["DEU", "POL"]),
        ("In 1958 Britain extended a loan of five million pounds to Jordan.", ["GBR", "JOR"]),
    ],
)
def test_credits_extended_are_aid(extract: Extract, text: str, expected: list[str]) -> None:
    doc = extract(text)
    assert expected in states(doc, "PROVIDE_AID")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1979 thousands of Laotians fled southward, and Thailand gave shelter to them "
            "in camps near the river.",
            ["LAO", "THA"],
        ),
        (
            "Many refugees crossed the border in 1991, and Iran gave refuge to them.",
            ["IRN"],
        ),
    ],
)
def test_shelter_given_to_people_who_fled(extract: Extract, text: str, expected: list[str]) -> None:
    doc = extract(text)
    assert any(set(expected) <= set(s) for s in states(doc, "PROVIDE_AID"))


def test_shelter_given_to_them_with_no_flight_told_is_no_aid(extract: Extract) -> None:
    doc = extract("The rebels were beaten in 1980, and Thailand gave shelter to them.")
    assert states(doc, "PROVIDE_AID") == []


def test_support_two_leaders_agreed_on_is_one_joint_act(extract: Extract) -> None:
    doc = extract("In 1961 Macmillan and de Gaulle agreed to back an independent Cyprus.")
    assert states(doc, "EXPRESS_SUPPORT") == [["CYP", "FRA", "GBR"]]


def test_support_of_two_states_with_no_agreement_is_one_act_each(extract: Extract) -> None:
    doc = extract("In 1973 Syria and Libya backed Egypt.")
    assert sorted(states(doc, "EXPRESS_SUPPORT")) == [["EGY", "LBY"], ["EGY", "SYR"]]
