"""Round-21 visits and meetings: "M." before a statesman's surname is "Monsieur" (a record's
French manner of naming foreigners), no initial. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_monsieur_before_a_surname_names_the_statesman(extract: Extract) -> None:
    doc = extract(
        "The Ambassador reported that M. Laval had gone to Moscow in the middle of May 1935.",
        "1935-06-01",
    )
    assert ["FRA", "SUN"] in states(doc, "VISIT")


def test_monsieur_before_a_soviet_statesman(extract: Extract) -> None:
    doc = extract(
        "The Foreign Secretary recalled that M. Malenkov had travelled to Peking in 1954.",
        "1956-03-01",
    )
    assert ["CHN", "SUN"] in states(doc, "VISIT")
