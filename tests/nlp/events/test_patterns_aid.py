"""Round-2 patterns (issue 4): aid stated as shelter for refugees or as a donor relation, and
hosting a person as a meeting. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary as _summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_refugees_finding_shelter_is_humanitarian_aid(extract: Extract) -> None:
    doc = extract(
        "By the spring of 1980 about two million refugees from Cambodia had found shelter in "
        "Thailand."
    )
    assert _summary(doc) == [("PROVIDE_AID", ["KHM", "THA"])]
    assert doc._.dipl_events[0].attributes["mode"] == "humanitarian"


def test_a_ministry_finding_shelter_is_no_aid(extract: Extract) -> None:
    doc = extract("In 1980 the Thai ministry found shelter from the storm in a school.")
    assert _summary(doc) == []


def test_largest_donor_to_a_state_is_aid(extract: Extract) -> None:
    doc = extract("Sweden was the largest donor to Tanzania throughout the 1970s.")
    assert _summary(doc) == [("PROVIDE_AID", ["SWE", "TZA"])]


def test_largest_country_is_no_aid(extract: Extract) -> None:
    assert _summary(extract("Sweden was the largest country in the region in 1970.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 1964 the Chilean president hosted the Peruvian foreign minister.",
            [("MEET", ["CHL", "PER"])],
        ),
        ("In May 1964 Chile hosted the regional football championship.", []),
    ],
)
def test_hosting_a_person_is_a_meeting(
    extract: Extract, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _summary(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 1962 the Finnish foreign minister led a government delegation to Moscow.",
            [("VISIT", ["FIN", "SUN"])],
        ),
        ("In May 1962 the Finnish foreign minister led the delegation in the talks.", []),
    ],
)
def test_leading_a_delegation_to_a_state_is_a_visit(
    extract: Extract, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    visits = [(t, c) for t, c in _summary(extract(text)) if t == "VISIT"]
    assert visits == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1964 Czechoslovakia extended a credit of 40 million crowns to Mali.",
        "In 1964 Sweden lent Tanzania ten million dollars.",
        "In 1964 Canadian aircraft dropped food and blankets over the flooded north of Chile.",
    ],
)
def test_credits_extended_loans_lent_and_supplies_dropped_are_aid(
    extract: Extract, sentence: str
) -> None:
    assert [t for t, _ in _summary(extract(sentence))] == ["PROVIDE_AID"]


def test_extending_sympathy_is_no_aid(extract: Extract) -> None:
    doc = extract("In 1964 Sweden extended its sympathy to Chile after the earthquake.")
    assert "PROVIDE_AID" not in [t for t, _ in _summary(doc)]
