"""Round 14 of people: the state of statesmen named by a surname after a form of address.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states, summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _person_states(doc: Doc) -> dict[str, str | None]:
    return {s.text: s._.entity.country for s in doc.spans["dipl_entities"] if s.label_ == "PERSON"}


def test_mister_and_a_shared_surname_name_the_statesman_in_office(extract: Extract) -> None:
    doc = extract(
        "Britain sought Soviet trade. Mr. Wilson flew to Moscow in February and signed a trade"
        " agreement with Mr. Kosygin.",
        "1975-03-02",
    )
    assert states(doc, "SIGN_AGREEMENT") == [["GBR", "SUN"]]
    doc = extract(
        "The United States had entered the war in 1917. Mr. Wilson arrived in Paris for the"
        " peace conference.",
        "1919-04-01",
    )
    assert states(doc, "VISIT") == [["FRA", "USA"]]


def test_mister_names_no_statesman_whose_state_the_document_never_names(
    extract: Extract,
) -> None:
    doc = extract("Mr. Wilson, a grain merchant, flew to Moscow in February.", "1975-03-02")
    assert all("GBR" not in found for found in states(doc, "VISIT"))


def test_mister_gives_no_state_when_no_bearer_was_in_office(extract: Extract) -> None:
    doc = extract("Mr. Wilson, a grain merchant from Leeds, visited Moscow in March.", "1955-04-01")
    assert _person_states(doc).get("Wilson") is None


def test_mohamed_morsi_acts_for_egypt(extract: Extract) -> None:
    doc = extract(
        "Mohamed Morsi travelled to Beijing in August 2012 and signed several agreements.",
        "2013-03-01",
    )
    assert states(doc, "VISIT") == [["CHN", "EGY"]]


def test_a_lone_office_names_the_holder_titled_with_the_same_word(extract: Extract) -> None:
    doc = extract(
        "Chancellor Brandt received Prime Minister Heath in Bonn. The Chancellor then flew to"
        " Moscow in May.",
        "1972-05-01",
    )
    assert ["DEU", "SUN"] in states(doc, "VISIT")
    doc = extract(
        "Prime Minister Wilson met President Johnson in Washington. Premier Kosygin was in Hanoi"
        " at the time. The Prime Minister then flew to Ottawa.",
        "1965-05-01",
    )
    assert ["CAN", "GBR"] in states(doc, "VISIT")
    assert ["CAN", "SUN"] not in states(doc, "VISIT")


def test_a_lone_rank_names_the_last_person_of_that_rank(extract: Extract) -> None:
    doc = extract(
        "General Gowon welcomed the British envoy in Lagos. The General then flew to Addis Ababa"
        " for talks with the Emperor.",
        "1969-04-01",
    )
    generals = [
        s._.entity.country
        for s in doc.spans["dipl_entities"]
        if s.label_ == "PERSON" and s.text == "General"
    ]
    assert generals == ["NGA"]
    doc = extract("The General Assembly met in New York in March.", "1965-03-01")
    assert "General" not in _person_states(doc)


def test_an_addressed_surname_described_as_someone_else_is_no_statesman(
    extract: Extract,
) -> None:
    text = "In 1966 Mr Johnson, a clerk at the Australian embassy, was expelled from Moscow."
    assert summary(extract(text)) == [("EXPEL", ["AUS", "SUN"])]
