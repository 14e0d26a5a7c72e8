"""Round-7 trigger patterns for agreements, aid and support: signings told in reduced,
contact and pronoun relatives or with the agreement shifted after the verb's adjuncts.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary as _summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Bolivia and Chile remain bound by the Treaty of Peace and Friendship signed in "
            "Santiago on 20 October 1904.",
            ["BOL", "CHL"],
        ),
        (
            "Peru rejected the boundary protocol concluded in Lima on 3 May 1929 with Chile.",
            ["CHL", "PER"],
        ),
        (
            "In the declaration they signed that day, Bolivia and Chile agreed to resume talks.",
            ["BOL", "CHL"],
        ),
        ("The accord that Egypt and Israel signed in March 1979 ended the war.", ["EGY", "ISR"]),
        (
            "Under the agreement the two ministers initialled in Paris in 1962, France kept its "
            "bases in Algeria.",
            ["DZA", "FRA"],
        ),
        (
            "On 5 May the two presidents signed at the Elysee Palace a treaty of friendship "
            "between France and Germany.",
            ["DEU", "FRA"],
        ),
        (
            "The Warsaw Pact, concluded that year by the Soviet Union, Poland and Hungary, "
            "lasted until 1991.",
            ["HUN", "POL", "SUN"],
        ),
    ],
)
def test_signing_in_relatives_and_shifted_objects(
    extract: Extract, text: str, states: list[str]
) -> None:
    assert ("SIGN_AGREEMENT", states) in _summary(extract(text))


def test_a_term_of_years_is_no_signing(extract: Extract) -> None:
    doc = extract("The treaty, concluded for twenty years, is the first of its kind.")
    assert "SIGN_AGREEMENT" not in [t for t, _ in _summary(doc)]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("In 1958 Britain and Iraq ended the treaty of alliance.", ["GBR", "IRQ"]),
        (
            "The Baghdad Pact was ended in 1959 when Iraq left it.",
            ["GBR", "IRN", "IRQ", "PAK", "TUR"],
        ),
    ],
)
def test_ending_an_agreement_terminates_it(extract: Extract, text: str, states: list[str]) -> None:
    assert ("TERMINATE_AGREEMENT", states) in _summary(extract(text))


def test_an_agreement_ending_a_war_terminates_nothing(extract: Extract) -> None:
    doc = extract("In 1979 the treaty between Egypt and Israel ended the war.")
    assert "TERMINATE_AGREEMENT" not in [t for t, _ in _summary(doc)]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("In June 1976 Syrian troops entered Lebanon to help the government.", ["LBN", "SYR"]),
        ("In July 2006 Syria took in large numbers of Lebanese who fled the bombing.", None),
        ("In 1968 Britain granted Singapore £50 million in aid.", ["GBR", "SGP"]),
        ("In 1975 Japan gave Burma ten million in credits.", ["JPN", "MMR"]),
        (
            "Loans from the United States had paid for roads and schools in Panama in the 1960s.",
            ["PAN", "USA"],
        ),
        (
            "The Soviet Union, which has been helping to build the High Dam at Aswan since 1960, "
            "sent more engineers.",
            ["EGY", "SUN"],
        ),
    ],
)
def test_aid_given_in_kind_money_or_shelter(
    extract: Extract, text: str, states: list[str] | None
) -> None:
    found = [s for t, s in _summary(extract(text)) if t == "PROVIDE_AID"]
    assert found
    if states is not None:
        assert states in found


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("In 1955 India sponsored Nepal's admission to the United Nations.", ["IND", "NPL"]),
        ("Malaysia sponsored Singapore's application to the United Nations.", ["MYS", "SGP"]),
        (
            "In 1962 Mexico voted against the expulsion of Cuba from the Organisation of "
            "American States.",
            ["CUB", "MEX"],
        ),
        ("In 1979 Iraq opposed the suspension of Egypt from the Arab League.", ["EGY", "IRQ"]),
    ],
)
def test_sponsoring_entry_and_opposing_removal_express_support(
    extract: Extract, text: str, states: list[str]
) -> None:
    summary = _summary(extract(text))
    assert ("EXPRESS_SUPPORT", states) in summary
    assert "EXPEL" not in [t for t, _ in summary]


def test_a_compact_is_an_agreement(extract: Extract) -> None:
    doc = extract("In 1996 Japan and Mongolia concluded a compact on development cooperation.")
    assert ("SIGN_AGREEMENT", ["JPN", "MNG"]) in _summary(doc)
