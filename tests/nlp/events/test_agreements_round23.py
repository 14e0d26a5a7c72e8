"""Round-23 agreements: an agreement's participle the parser reads as the main verb of its
sentence ("the defence agreement concluded with Britain in 1960 was a burden", "a trade
convention concluded late in November went further"); a signing of "a similar treaty" or of
"one" by a state naming no partner, with the partner of the signing told just before.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana had kept its freedom of action: the trade agreement concluded with France in "
        "1962 was a modest one.",
        "Ghana and France drew closer in 1962. A trade convention concluded late in November "
        "went further than any before it.",
    ],
)
def test_agreement_participle_read_as_the_main_verb(extract: Extract, text: str) -> None:
    assert states(extract(text, "1999-01-01"), "SIGN_AGREEMENT") == [["FRA", "GHA"]]


def test_talks_that_concluded_are_no_agreement(extract: Extract) -> None:
    text = "Ghana and France held talks in 1962. The talks concluded when the delegates left."
    assert states(extract(text, "1999-01-01"), "SIGN_AGREEMENT") == []


def test_a_similar_pact_shares_the_partner_of_the_one_before(extract: Extract) -> None:
    text = (
        "Norway signed a fisheries treaty with Iceland in 1962. Denmark concluded a similar "
        "treaty in 1963."
    )
    found = states(extract(text, "1999-01-01"), "SIGN_AGREEMENT")
    assert ["DNK", "ISL"] in found
    assert ["DNK", "NOR"] not in found


def test_one_standing_for_a_pact_signed_before(extract: Extract) -> None:
    text = (
        "Norway signed a fisheries treaty with Iceland in 1962, and Denmark signed one in "
        "March 1963."
    )
    assert ["DNK", "ISL"] in states(extract(text, "1999-01-01"), "SIGN_AGREEMENT")


def test_a_treaty_not_said_to_be_alike_keeps_its_own_parties(extract: Extract) -> None:
    text = "Norway signed a fisheries treaty with Iceland in 1962. Denmark signed a treaty in 1963."
    assert ["DNK", "ISL"] not in states(extract(text, "1999-01-01"), "SIGN_AGREEMENT")


def test_treaty_signed_with_a_partner_in_a_speakers_words(extract: Extract) -> None:
    text = (
        "Mr Nehru received Mr Heath in Delhi on 3 May 1974. Mr Heath said that the fisheries "
        "treaty signed with Norway in 1960 remained in force."
    )
    found = states(extract(text, "1999-01-01"), "SIGN_AGREEMENT")
    assert ["GBR", "NOR"] in found
    assert ["IND", "NOR"] not in found
