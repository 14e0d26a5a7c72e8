"""Round-26 event arguments: several recognisers of a state named by a description ("A, B and C
recognised the new state"); the rest of a "by" list the parser
hangs on the agreement a signing participle describes; a subject the parser reads as an
apposition of a fronted phrase. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_each_recogniser_of_the_new_state_is_paired_with_it(extract: Extract) -> None:
    text = (
        "In December 1971 Bangladesh broke away from Pakistan after a short war. "
        "India and Bhutan recognised the new state within days."
    )
    assert sorted(states(extract(text, "1980-01-01"), "ESTABLISH_RELATIONS")) == [
        ["BGD", "BTN"],
        ["BGD", "IND"],
    ]


def test_recognisers_of_the_federation_each_recognise_it(extract: Extract) -> None:
    text = (
        "The Federation of Malaya was formed in 1957. "
        "Britain and Australia recognised the federation on independence day."
    )
    assert sorted(states(extract(text, "1980-01-01"), "ESTABLISH_RELATIONS")) == [
        ["AUS", "MYS"],
        ["GBR", "MYS"],
    ]


def test_two_subjects_establishing_relations_stay_one_pair(extract: Extract) -> None:
    text = "Laos and Nepal established diplomatic relations in 1960."
    assert states(extract(text, "1980-01-01"), "ESTABLISH_RELATIONS") == [["LAO", "NPL"]]


def test_signers_listed_after_a_counted_group_are_all_parties(extract: Extract) -> None:
    text = (
        "Sweden had opposed the war for years. The Paris agreement of 27 January 1973, signed by "
        "the United States, the two Vietnamese governments and the Provisional Revolutionary "
        "Government, ended the American war."
    )
    assert states(extract(text, "1980-01-01"), "SIGN_AGREEMENT") == [["RVN", "USA", "VDR"]]


def test_signers_of_a_dated_agreement_are_one_signing(extract: Extract) -> None:
    text = (
        "Sweden had opposed the war for years. The Paris agreement of 27 January 1973, signed by "
        "the United States and North Vietnam, ended the American war."
    )
    assert states(extract(text, "1980-01-01"), "SIGN_AGREEMENT") == [["USA", "VDR"]]


def test_subject_after_a_fronted_phrase_with_a_month(extract: Extract) -> None:
    text = (
        "Following the failed August coup, Denmark re-established diplomatic relations with "
        "Estonia, Latvia and Lithuania on 24 August 1991."
    )
    assert sorted(states(extract(text, "1995-01-01"), "ESTABLISH_RELATIONS")) == [
        ["DNK", "EST"],
        ["DNK", "LTU"],
        ["DNK", "LVA"],
    ]


def test_subject_after_a_plain_fronted_phrase(extract: Extract) -> None:
    text = "After the coup, Norway restored relations with Estonia and Latvia in 1991."
    assert sorted(states(extract(text, "1995-01-01"), "ESTABLISH_RELATIONS")) == [
        ["EST", "NOR"],
        ["LVA", "NOR"],
    ]
