"""Round-21 aid and support: a stance told in reported speech is dated when it is said, not
by the date of the proposal backed or of another clause; a time in a relative clause after a
stance dates that clause. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import start_dates, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]

_RECORD = "MEMORANDUM OF CONVERSATION\n\nDate: February 10, 1976\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that Norway supported the plan which Sweden had put forward in "
        "June 1975.",
        "He said the Dutch government fully backed the French proposals published last March.",
        "The envoy said that Portugal supported the reform of the alliance; his government "
        "had opened a consulate in Bern in June 1971.",
        "Portugal, he said, backed the Spanish initiative of last November.",
    ],
)
def test_a_reported_stance_is_dated_on_the_day_it_is_said(extract: Extract, text: str) -> None:
    doc = extract(_RECORD + text, doc_date="1976-02-10")
    assert start_dates(doc, "EXPRESS_SUPPORT") == ["1976-02-10"]


def test_a_stance_dated_in_its_own_clause_keeps_its_date(extract: Extract) -> None:
    doc = extract(
        _RECORD + "The minister said that in May 1974 Norway had supported the plan of Sweden.",
        doc_date="1976-02-10",
    )
    assert [d[:7] for d in start_dates(doc, "EXPRESS_SUPPORT")] == ["1974-05"]


def test_a_relative_clause_after_a_stance_dates_its_own_act(extract: Extract) -> None:
    doc = extract(
        "In April 1969 Madrid welcomed the Moroccan proposal. Lisbon publicly welcomed the "
        "Moroccan initiative and did not condemn the accord that Spain and Morocco signed in "
        "Rabat on 3 March 1971."
    )
    assert all(not d.startswith("1971") for d in start_dates(doc, "EXPRESS_SUPPORT"))


def test_a_stance_declared_in_a_narrative_keeps_the_narrative_date(extract: Extract) -> None:
    doc = extract(
        "Suárez visited Lisbon in May 1977, when he was cheered by crowds and declared that "
        "Spain supported Portugal's entry into the Community."
    )
    assert [d[:7] for d in start_dates(doc, "EXPRESS_SUPPORT")] == ["1977-05"]


def test_credit_extended_under_an_agreement_is_aid(extract: Extract) -> None:
    doc = extract(
        "In March 1962 the two governments signed a trade agreement, under which Bonn extended "
        "a credit of 80 million marks to Belgrade."
    )
    assert ["DEU", "YUG"] in states(doc, "PROVIDE_AID")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1965 Egyptian paratroopers were dropped on Sanaa.", ["EGY", "YEM"]),
        ("In June 1960 Belgian paratroopers were flown into Leopoldville.", ["BEL", "COD"]),
        (
            "In March 1964 British commandos came ashore at the request of the Kenyan "
            "government and restored order in Kenya.",
            ["GBR", "KEN"],
        ),
        (
            "In 1991 Senegalese commandos landed in Gambia at the request of its president.",
            ["GMB", "SEN"],
        ),
    ],
)
def test_forces_posted_in_another_state_are_military_aid(
    extract: Extract, text: str, expected: list[str]
) -> None:
    doc = extract(text)
    assert expected in states(doc, "PROVIDE_AID")


def test_a_landing_not_asked_for_is_no_aid(extract: Extract) -> None:
    doc = extract("On 2 April 1982 Argentine forces landed on South Georgia.")
    assert states(doc, "PROVIDE_AID") == []
