"""Tenure patterns on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.events.tenure_facts import person_key

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _tenures(doc: Doc, name: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (t.role, t.start, t.end)
        for t in doc._.dipl_tenures
        if set(person_key(name).split()) <= set(person_key(t.person).split())
    ]


def test_served_as_from_to(extract: Extract) -> None:
    doc = extract(
        "Mongolia and Japan exchanged ambassadors. "
        "From 1984 to 1989, D. Tsogt served as Ambassador to Tokyo."
    )
    assert ("ambassador", "1984", "1989") in _tenures(doc, "D. Tsogt")


def test_sent_as_ambassador_for_the_years(extract: Extract) -> None:
    doc = extract(
        "The Mongolian government sent B. Dash to Hanoi as ambassador for the years 1975 to 1979."
    )
    assert ("ambassador", "1975", "1979") in _tenures(doc, "B. Dash")


def test_recalled_ends_a_tenure(extract: Extract) -> None:
    doc = extract("Ambassador B. Dash was recalled in 1979. Relations with Vietnam remained close.")
    assert ("ambassador", None, "1979") in _tenures(doc, "B. Dash")


def test_person_key_ignores_initials_and_case() -> None:
    assert person_key("J. Sambuu") == person_key("Sambuu") == "sambuu"
    assert person_key("Yu. Tsedenbal") == "tsedenbal"
