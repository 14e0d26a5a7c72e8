"""Tenure patterns of round 17 (own sentences): a successor titled before his name ("Secretary
of State X, who succeeded Y in A") hands that office's end to Y, as does an office taken "in
succession to Y" or "in place of Y"; running or directing a ministry, a government or a
state's foreign affairs is holding the office; a bare ministry is the one its head's title names."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_a_title_before_the_successor_names_the_office_handed_over(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Secretary of State Paul Wendt, who "
        "succeeded Harold Bream in July 1982, flew to Lima."
    )
    assert ("secretary of state", None, "1982-07") in terms_of(doc, "Harold Bream")
    assert ("secretary of state", "1982-07", None) in terms_of(doc, "Paul Wendt")


def test_running_the_foreign_ministry_is_holding_it(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Mr. Wendt, who had run the foreign "
        "ministry since 1957, expressed regret."
    )
    assert terms_of(doc, "Wendt") == {("foreign minister", "1957", None)}


def test_directing_a_states_external_affairs_is_the_foreign_ministers_office(
    extract: Extract,
) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Colonel Paul Wendt, who has directed "
        "Peru's external affairs since July 1975, met the envoy."
    )
    assert terms_of(doc, "Paul Wendt") == {("foreign minister", "1975-07", None)}


def test_running_a_campaign_is_no_office(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Paul Wendt, who had run the campaign "
        "since 1977, met the envoy."
    )
    assert terms_of(doc, "Paul Wendt") == set()


def test_a_bare_ministry_is_the_one_its_heads_title_names(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Foreign Minister Paul Wendt, who has "
        "led the ministry since 1990, expressed regret."
    )
    assert terms_of(doc, "Paul Wendt") == {("foreign minister", "1990", None)}


def test_in_succession_to_ends_the_predecessors_post(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Paul Wendt came to Lima as Ambassador "
        "in 1964 in succession to Harold Bream."
    )
    assert {(t[0], t[2]) for t in terms_of(doc, "Harold Bream")} == {("ambassador", "1964")}


def test_in_place_of_ends_the_predecessors_post(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Paul Wendt, who was sent to Lima as "
        "ambassador in 1955 in place of Harold Bream, met the president."
    )
    assert {(t[0], t[2]) for t in terms_of(doc, "Harold Bream")} == {("ambassador", "1955")}


def test_playing_in_place_of_someone_ends_no_office(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Paul Wendt, who played in place of "
        "Harold Bream in 1955, met the president."
    )
    assert terms_of(doc, "Harold Bream") == set()


def test_a_title_the_parser_puts_before_a_name_dates_by_its_apposition(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Secretary of State Paul Wendt, in "
        "office since January 1993, met the president."
    )
    assert terms_of(doc, "Paul Wendt") == {("secretary of state", "1993-01", None)}
