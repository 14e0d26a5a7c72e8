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


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Peter Lang, the army commander since May 1961, met the envoy.", "army commander"),
        ("Peter Lang, commander of the National Guard since 1961, spoke.", "commander"),
        ("The king received Peter Lang, commander of the Frontier Legion since 1961.", "commander"),
    ],
)
def test_round23_commander_of_an_armed_force_is_an_office(
    extract: Extract, text: str, role: str
) -> None:
    terms = terms_of(extract(text), "Peter Lang")
    assert any(role in r and (start or "").startswith("1961") for r, start, _e in terms)


def test_round23_commander_without_a_force_is_no_office(extract: Extract) -> None:
    doc = extract("The rebel commander Peter Lang was killed in March 1961.")
    assert not terms_of(doc, "Peter Lang")


@pytest.mark.parametrize(
    "second",
    [
        "In June 1944 the Peruvian government declared Lang and two of his aides persona non "
        "grata.",
        "In June 1944 Lang was declared persona non grata by the Peruvian government.",
    ],
)
def test_round23_envoy_declared_persona_non_grata_leaves(extract: Extract, second: str) -> None:
    doc = extract("Peter Lang was appointed Danish ambassador in Lima in 1939. " + second)
    assert ("ambassador", "1939", "1944-06") in terms_of(doc, "Peter Lang")


def test_round23_minister_expelled_by_the_host_leaves(extract: Extract) -> None:
    doc = extract(
        "Peter Lang was appointed Danish minister in Lima in 1939. In June 1944 the Peruvian "
        "government expelled Lang."
    )
    assert ("minister", "1939", "1944-06") in terms_of(doc, "Peter Lang")


def test_round23_expelled_from_a_party_at_home_keeps_the_post(extract: Extract) -> None:
    doc = extract(
        "Peter Lang was appointed Danish minister in Lima in 1939. In June 1944 the Danish "
        "government expelled Lang from the party."
    )
    assert all(end is None for _r, _s, end in terms_of(doc, "Peter Lang"))


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 1961 the king dismissed Peter Lang, the foreign minister since 1955.",
        "The king dismissed Peter Lang, commander of the Royal Guard since 1955, on 2 May 1961.",
    ],
)
def test_round23_dated_dismissal_ends_the_office(extract: Extract, text: str) -> None:
    terms = terms_of(extract(text), "Peter Lang")
    assert any(start == "1955" and end == "1961-05-02" for _r, start, end in terms)


def test_round23_dismissed_charges_end_nothing(extract: Extract) -> None:
    doc = extract(
        "Peter Lang was foreign minister of Peru from 1950. In 1955 the court dismissed the "
        "charges against Lang."
    )
    assert all(end is None for _r, _s, end in terms_of(doc, "Peter Lang"))
