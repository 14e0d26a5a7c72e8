"""Tenure patterns of round 14 (own sentences): years bracketed after a holder's name ("the
premiership of X (A–B)", "the foreign ministers X (A–B) and Y (C–D)"), a party led since a
date (the party's office, not the state's), and a commissioner's portfolio."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_bracketed_years_after_a_tenure_noun(extract: Extract) -> None:
    doc = extract("Trade with Lisbon grew under the presidency of Joseph Kasavubu (1960–1965).")
    assert terms_of(doc, "Joseph Kasavubu") == {("president", "1960", "1965")}


def test_bracketed_years_after_every_listed_holder(extract: Extract) -> None:
    doc = extract(
        "Under the foreign ministers Karl Mott (1970–1975) and Anton Brell (1975–1982), "
        "Vienna courted Belgrade."
    )
    assert terms_of(doc, "Karl Mott") == {("foreign minister", "1970", "1975")}
    assert terms_of(doc, "Anton Brell") == {("foreign minister", "1975", "1982")}


def test_bracketed_years_need_a_person(extract: Extract) -> None:
    doc = extract("The presidency of the Security Council (1990–1991) passed to Zaire.")
    assert all(t.start != "1990" for t in doc._.dipl_tenures or [])


def test_led_the_party_since_takes_the_party_office(extract: Extract) -> None:
    doc = extract("Todor Zhivkov, who had led the Bulgarian party since 1954, refused to yield.")
    assert terms_of(doc, "Todor Zhivkov") == {
        ("first secretary of the central committee", "1954", None)
    }


def test_led_an_unrecorded_party_is_its_leadership(extract: Extract) -> None:
    doc = extract("Karl Mott, who had led the Austrian party since 1961, met the envoy in 1965.")
    assert terms_of(doc, "Karl Mott") == {("party leader", "1961", None)}


def test_led_a_state_keeps_the_state_office(extract: Extract) -> None:
    doc = extract("Kenneth Kaunda, who has led Zambia since 1964, flew to London.")
    assert terms_of(doc, "Kenneth Kaunda") == {("president", "1964", None)}


def test_commissioner_with_a_portfolio_is_an_office(extract: Extract) -> None:
    doc = extract(
        "Dr Anton Brell, who has been Commissioner for External Affairs since 1967, led the "
        "Nigerian delegation."
    )
    assert terms_of(doc, "Anton Brell") == {("commissioner for external affairs", "1967", None)}


def test_commissioner_without_a_portfolio_is_not(extract: Extract) -> None:
    doc = extract("The commissioner, Anton Brell, was named in 1970.")
    assert terms_of(doc, "Anton Brell") == set()


def test_led_a_party_of_no_state_is_no_party_office(extract: Extract) -> None:
    doc = extract("Karl Mott, who had led the Labour party since 1961, met the envoy in 1965.")
    assert terms_of(doc, "Karl Mott") == set()


def test_as_office_hung_on_the_destination_is_the_journey(extract: Extract) -> None:
    doc = extract("In 1957 Karl A. Mott went to Peking as Austria's first ambassador.")
    assert terms_of(doc, "Karl A. Mott") == {("ambassador", "1957", None)}


def test_as_something_else_at_the_destination_is_no_post(extract: Extract) -> None:
    doc = extract("In 1957 Karl A. Mott went to Peking as a tourist.")
    assert terms_of(doc, "Karl A. Mott") == set()


def test_an_office_in_a_list_of_those_present_is_no_holder(extract: Extract) -> None:
    doc = extract(
        "Present: the Foreign Secretary; Deputy Secretary (Africa), the Ambassador of Ghana."
    )
    assert not any(t.person.endswith("Secretary") for t in doc._.dipl_tenures or [])


def test_a_surname_that_is_a_title_word_stays_a_name(extract: Extract) -> None:
    doc = extract("Mackenzie King, prime minister since 1935, met Roosevelt in 1940.")
    assert terms_of(doc, "Mackenzie King") == {("prime minister", "1935", None)}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Gaafar Nimeiry, president of Sudan from 1971 and prime minister from 1977, visited"
         " Cairo.", "Gaafar Nimeiry", "president"),
        ("Hafez al-Assad, secretary general of the Baath party from 1970 and president of Syria"
         " from 1971, met Sadat.", "Hafez al-Assad", "secretary"),
    ],
)  # fmt: skip
def test_a_head_of_state_or_party_office_stays_open_beside_a_later_office(
    extract: Extract, text: str, person: str, role: str
) -> None:
    doc = extract(text)
    held = [t for t in doc._.dipl_tenures if t.person == person and role in t.role]
    assert held and held[0].end is None
