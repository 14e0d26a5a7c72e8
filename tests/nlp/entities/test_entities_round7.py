"""Round 7 of the entity layer: a bare surname standing for the document's East Asian full name
(surname first). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import refs, run


@pytest.mark.parametrize(
    ("text", "full", "key"),
    [
        (
            "Foreign Minister Lee Sang Ok met his Chinese colleague. Mr. Lee had taken office "
            "in December 1990.",
            "lee sang ok",
            "lee",
        ),
        (
            "The South Korean envoy, Park Dong Jin, arrived on Monday. Mr. Park spoke to "
            "reporters.",
            "park dong jin",
            "park",
        ),
    ],
)
def test_a_bare_surname_takes_the_key_of_the_one_east_asian_name_it_starts(
    nlp: Language, text: str, full: str, key: str
) -> None:
    people = [(t, k) for t, kind, k, _c in refs(run(nlp, text)) if kind == "person"]
    bare = [k for t, k in people if t.lower() == key]
    assert bare and all(k == full for k in bare), people


def test_a_surname_two_east_asian_names_share_stays_unresolved(nlp: Language) -> None:
    text = "Kim Yong Nam received Kim Dal Hyon on Monday. Mr. Kim then left for the airport."
    people = [(t, k) for t, kind, k, _c in refs(run(nlp, text)) if kind == "person"]
    assert not any(t == "Kim" and k in ("kim yong nam", "kim dal hyon") for t, k in people)
