"""Round 13 of people: a one-word name read as a person once ("the Indonesian foreign minister,
Sunario,") names the same person where it stands alone later. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _people(doc: Doc) -> list[str]:
    return [s.text for s in doc.spans["dipl_entities"] if s.label_ == "PERSON"]


def test_a_one_word_name_found_once_is_a_person_later(extract: Extract) -> None:
    doc = extract(
        "On 12 May 1956 Zhou Enlai and the Indonesian foreign minister, Sunario, signed the"
        " agreement. Sunario had been foreign minister since 1953."
    )
    assert _people(doc).count("Sunario") == 2
    terms = {(t.person, t.role, t.country, t.start) for t in doc._.dipl_tenures}
    assert ("Sunario", "foreign minister", "IDN", "1953") in terms
