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
