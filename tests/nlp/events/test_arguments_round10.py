"""Round 10 arguments: a conjoined act that names no partner of its own shares the partner of
the act it is conjoined to. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Somalia had long quarrelled with Kenya, and Kenya feared Somalia. "
            "In June 1976 the Ethiopian leader flew to Havana, "
            "held talks with Fidel Castro and signed a protocol on trade.",
            "SIGN_AGREEMENT",
            ["CUB", "ETH"],
        ),
        (
            "Laos had quarrelled with Thailand for years, and Thailand distrusted Laos. "
            "In 1979 the Vietnamese premier travelled to Moscow and concluded a credit agreement.",
            "SIGN_AGREEMENT",
            ["SUN", "VNM"],
        ),
        (
            "Chile watched Peru closely, and Peru feared Chile. "
            "On 2 May 1974 the Bolivian government expelled the Brazilian military attaché "
            "and closed the consulate in Santa Cruz.",
            "CLOSE_MISSION",
            ["BOL", "BRA"],
        ),
    ],
)
def test_conjoined_act_shares_its_siblings_partner(
    extract: Extract, text: str, kind: str, pair: list[str]
) -> None:
    assert pair in _states(extract(text), kind)


def test_conjoined_act_with_its_own_subject_keeps_its_own_parties(extract: Extract) -> None:
    doc = extract(
        "Iraq quarrelled with Iran over the river. In 1972 the Iraqi premier flew to Moscow, "
        "and Iraq and Syria signed a trade agreement."
    )
    assert _states(doc, "SIGN_AGREEMENT") == [["IRQ", "SYR"]]


# "the two governments" after a sentence naming two states: that pair, not the document's


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Egypt and Libya fought a brief war in 1977. Libya kept its troops on the "
            "border, and Egypt kept its own. Cairo then turned to Washington. In March 1979 "
            "the two governments signed an arms agreement.",
            "SIGN_AGREEMENT",
            ["EGY", "USA"],
        ),
        (
            "Kenya and Somalia quarrelled over the north for years, and Somalia armed the "
            "rebels. Nairobi looked to Ethiopia for help. In 1964 the two countries "
            "concluded a defence pact.",
            "SIGN_AGREEMENT",
            ["ETH", "KEN"],
        ),
    ],
)
def test_the_pair_is_the_previous_sentences_two_states(
    extract: Extract, text: str, kind: str, pair: list[str]
) -> None:
    assert _states(extract(text), kind) == [pair]


def test_the_pair_stays_the_documents_after_a_sentence_naming_one_state(
    extract: Extract,
) -> None:
    doc = extract(
        "Kenya and Somalia quarrelled over the north for years, and Somalia armed the "
        "rebels. The talks were held in Ethiopia. In 1967 the two countries signed an "
        "accord ending the dispute."
    )
    assert _states(doc, "SIGN_AGREEMENT") == [["KEN", "SOM"]]


def test_conjoined_talks_noun_keeps_its_own_partner(extract: Extract) -> None:
    doc = extract(
        "The Syrian president recalled his visit to the Soviet Union in 1957 and his talks "
        "with Nikita Khrushchev in New York in 1960."
    )
    assert ["SUN", "SYR"] in _states(doc, "MEET")
