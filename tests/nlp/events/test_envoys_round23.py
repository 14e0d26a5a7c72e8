"""Tenure patterns of round 23 (own sentences): "his successor, X" takes the office of the one
who just left it (the tenure of the sentence or paragraph that ended last, whoever the
pronoun's resolution names) and starts when that term ended; a successor who dies or is
withdrawn in his clause ends his own term there."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_round23_successor_starts_when_the_predecessor_ended(extract: Extract) -> None:
    doc = extract(
        "Carl Rusk, prime minister of Norway from 1950 until his death in May 1958, never saw "
        "the treaty; his successor Peter Lang signed it."
    )
    assert ("prime minister", "1958-05", None) in terms_of(doc, "Peter Lang")


def test_round23_successor_of_the_recalled_envoy_not_of_the_last_name(extract: Extract) -> None:
    doc = extract(
        "The Danish ambassador in Lima, Carl Rusk, who openly disliked Max Hale, was recalled "
        "in 1961; his successor, Peter Lang, was appointed the same year."
    )
    assert {role for role, _s, _e in terms_of(doc, "Peter Lang")} == {"ambassador"}
    assert any(start == "1961" for _r, start, _e in terms_of(doc, "Peter Lang"))


def test_round23_successor_of_the_one_who_left_last(extract: Extract) -> None:
    doc = extract(
        "Sir Carl Rusk, the British High Commissioner, who had succeeded Max Hale in 1931, left "
        "Lima in 1935. His successor, Sir Peter Lang, died there in May of that year."
    )
    assert ("high commissioner", "1935", "1935-05") in terms_of(doc, "Peter Lang")


def test_round23_successor_start_not_after_his_own_dates(extract: Extract) -> None:
    doc = extract(
        "Carl Rusk, the Danish envoy in Lima, was recalled in 1931, and his successor Peter "
        "Lang was withdrawn from there in August 1928."
    )
    assert all(start != "1931" for _r, start, _e in terms_of(doc, "Peter Lang"))
