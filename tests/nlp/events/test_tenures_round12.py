"""Tenure patterns of round 12 (own sentences): an apposed office after coordinated names, a
clause of holding that names no office ("who had ruled P since A", "who had been in office
since A"), "held the foreign ministry from A to B", and verbs that start nothing ("made a state
visit", "a new treaty ..., replacing the treaty of A")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_apposed_office_goes_to_the_last_coordinated_name(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. In May 1970 Kofi Mensah and Yaw Boateng, prime minister "
        "since 1966, travelled to Lome."
    )
    assert terms_of(doc, "Yaw Boateng") == {("prime minister", "1966", None)}
    assert not terms_of(doc, "Kofi Mensah")


def test_in_office_clause_dates_the_apposed_title(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. Kofi Mensah, the Ghanaian prime minister, who had been in "
        "office since March 1969, received the guests."
    )
    assert terms_of(doc, "Kofi Mensah") == {("prime minister", "1969-03", None)}


def test_ruling_clause_bounds_the_office_stated_before(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. President Kofi Mensah of Ghana spoke first. Mensah, who "
        "had ruled Ghana since October 1966, left for Lome."
    )
    assert ("president", "1966-10", None) in terms_of(doc, "Kofi Mensah")


def test_ruling_clause_leaves_an_office_taken_later_in_the_sentence(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. Kofi Mensah, who had led the party since 1962, was "
        "elected president in May 1975."
    )
    assert terms_of(doc, "Kofi Mensah") == {("president", "1975-05", None)}


def test_held_ministry_names_its_office(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. Kofi Mensah held the foreign ministry of Ghana from 1971 "
        "to 1978."
    )
    assert terms_of(doc, "Kofi Mensah") == {("foreign minister", "1971", "1978")}


def test_a_state_visit_starts_no_term(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. President Kofi Mensah of Ghana made a state visit to Togo "
        "in June 1975."
    )
    assert all(start is None for _role, start, _end in terms_of(doc, "Kofi Mensah"))


def test_replacing_a_treaty_starts_no_term(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo signed a pact. In May 1975 Premier Kofi Mensah travelled to Lome, where "
        "a new treaty was signed, replacing the treaty of 1960."
    )
    assert all(start is None for _role, start, _end in terms_of(doc, "Kofi Mensah"))
