"""Round-2 patterns (issue 4): "X followed (suit)" repeats the previous act, unqualified
"relations" between states are diplomatic ones, relative pronouns stand for their antecedent.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import sorted_starts

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_followed_suit_repeats_the_previous_act_for_each_follower(extract: Extract) -> None:
    doc = extract(
        "Hungary, which established relations with Chile in May 1965, was the first; Poland "
        "and Romania followed in June."
    )
    assert sorted_starts(doc, "ESTABLISH_RELATIONS") == [
        (["CHL", "HUN"], "1965-05-01"),
        (["CHL", "POL"], "1965-06-01"),
        (["CHL", "ROU"], "1965-06-01"),
    ]


def test_followed_with_an_object_is_no_repetition(extract: Extract) -> None:
    doc = extract(
        "Hungary established diplomatic relations with Chile in May 1965. A long debate in "
        "Poland followed the decision."
    )
    assert sorted_starts(doc, "ESTABLISH_RELATIONS") == [(["CHL", "HUN"], "1965-05-01")]


def test_followers_in_a_new_paragraph_do_not_repeat_an_old_act(extract: Extract) -> None:
    doc = extract(
        "Hungary established diplomatic relations with Chile in May 1965.\n\n"
        "Poland followed in June 1966."
    )
    assert sorted_starts(doc, "ESTABLISH_RELATIONS") == [(["CHL", "HUN"], "1965-05-01")]


def test_unqualified_relations_between_states_are_diplomatic(extract: Extract) -> None:
    doc = extract("In 1965 Hungary established relations with Chile.")
    assert sorted_starts(doc, "ESTABLISH_RELATIONS") == [(["CHL", "HUN"], "1965-01-01")]


@pytest.mark.parametrize(
    "text",
    [
        "In 1965 Hungary established trade relations with Chile.",
        "In 1965 the Hungarian party established relations with the Communist Party of Chile.",
    ],
)
def test_economic_or_party_relations_are_not_diplomatic(extract: Extract, text: str) -> None:
    assert sorted_starts(extract(text), "ESTABLISH_RELATIONS") == []


def test_relative_pronoun_subject_is_its_antecedent(extract: Extract) -> None:
    doc = extract("Austria, which sent an ambassador to Chile in 1966, later opened a consulate.")
    assert sorted_starts(doc, "APPOINT_ENVOY") == [(["AUT", "CHL"], "1966-01-01")]
