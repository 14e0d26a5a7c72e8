"""Round 12b arguments: a demonym on what a support is given against names the opponent, one
verb acting on several agreements with their own partners, and states joining a pair
"together with" it. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1960 the Albanian party openly backed the Chinese party against the Soviet "
            "leadership.",
            ["ALB", "CHN", "SUN"],
        ),
        (
            "In 1965 Indonesia publicly backed Pakistan's claim against Indian interference.",
            ["IDN", "IND", "PAK"],
        ),
    ],
)
def test_support_against_a_demonym_names_the_opponent(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert expected in _states(extract(text), "EXPRESS_SUPPORT")


def test_support_against_a_possessed_act_still_leaves_its_doer_out(extract: Extract) -> None:
    doc = extract("In 1968 Albania supported Romania against Moscow's threats.")
    assert _states(doc, "EXPRESS_SUPPORT") == [["ALB", "ROU"]]


@pytest.mark.parametrize(
    ("text", "typ", "expected"),
    [
        (
            "In 1955 Egypt abrogated the treaty with Britain and the pact with France.",
            "TERMINATE_AGREEMENT",
            [["EGY", "FRA"], ["EGY", "GBR"]],
        ),
        (
            "In 1960 Ghana signed a trade agreement with Guinea and a cultural convention "
            "with Mali.",
            "SIGN_AGREEMENT",
            [["GHA", "GIN"], ["GHA", "MLI"]],
        ),
        (
            "In May 1935 Italy denounced the convention concluded with France in 1932 and "
            "the commercial accord with Greece.",
            "TERMINATE_AGREEMENT",
            [["FRA", "ITA"], ["GRC", "ITA"]],
        ),
    ],
)
def test_one_verb_on_agreements_with_own_partners_is_one_act_per_partner(
    extract: Extract, text: str, typ: str, expected: list[list[str]]
) -> None:
    assert sorted(_states(extract(text), typ)) == expected


def test_one_agreement_with_two_states_stays_one_act(extract: Extract) -> None:
    doc = extract("In 1955 Egypt signed a treaty with Britain and France.")
    assert _states(doc, "SIGN_AGREEMENT") == [["EGY", "FRA", "GBR"]]


def test_the_pair_together_with_named_states_signs_with_them(extract: Extract) -> None:
    doc = extract(
        "Relations between Kenya and Uganda were restored in 1980. In 1984 the two "
        "countries, together with Tanzania and Rwanda, signed in Arusha a treaty on the "
        "lake."
    )
    assert ["KEN", "RWA", "TZA", "UGA"] in _states(doc, "SIGN_AGREEMENT")
