"""Round-21 relations: diplomatic relations that "followed" an earlier step, a follower naming
the state it followed ("Poland followed Hungary"), a follower of an act whose doers are the
subject of the same sentence, and relations "they were restored" after a break with no
partner in its clause. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Japan opened trade offices in 1951. Full relations followed in May 1955.",
        "Peru and Japan opened trade offices in 1951. Diplomatic relations followed in May 1955.",
    ],
)
def test_relations_that_followed_are_established(extract: Extract, text: str) -> None:
    found = dated_states(extract(text, "1990-01-01"), "ESTABLISH_RELATIONS")
    assert (["JPN", "PER"], ("1955-05", "1955-05")) in found


def test_closer_relations_that_followed_are_no_establishment(extract: Extract) -> None:
    text = "Peru and Japan opened trade offices in 1951. Closer relations followed in 1955."
    assert states(extract(text, "1990-01-01"), "ESTABLISH_RELATIONS") == []


def test_a_follower_naming_the_state_it_followed(extract: Extract) -> None:
    text = (
        "Ghana recognised Israel in March 1957. Nigeria and Kenya followed Ghana in 1963, "
        "and Uganda established relations with Israel the next year."
    )
    found = states(extract(text, "1990-01-01"), "ESTABLISH_RELATIONS")
    assert ["ISR", "NGA"] in found
    assert ["ISR", "KEN"] in found
    assert ["GHA", "NGA"] not in found


def test_a_follower_of_an_act_of_the_same_sentence(extract: Extract) -> None:
    text = (
        "Brazil abstained, and so did Peru; but within a month Peru and Ecuador broke off "
        "relations with Cuba, and Paraguay followed in October."
    )
    found = states(extract(text, "1990-01-01"), "END_RELATIONS")
    assert ["CUB", "PRY"] in found
    assert ["ECU", "PRY"] not in found


def test_relations_restored_told_by_a_pronoun(extract: Extract) -> None:
    text = (
        "Chile had recognised Cuba in 1959. Chile broke off relations in 1964, "
        "and they were restored only in 1970."
    )
    found = dated_states(extract(text, "1990-01-01"), "ESTABLISH_RELATIONS")
    assert (["CHL", "CUB"], ("1970", "1970")) in found
