"""Round 25 (lead): a reduced participle of rupture on "relations" ("relations, severed in 1973,
were restored in 1990") tells the rupture, also when the parser reads the participle as the
main verb of "relations". Sentences written for these tests (the first fails without the rule;
the others guard the forms the parser already attaches to the noun)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import sorted_starts, states


@pytest.mark.parametrize(
    ("text", "pair", "broken", "restored"),
    [
        (
            "Relations between Chile and Cuba, severed in 1973, were restored in 1990.",
            ["CHL", "CUB"],
            "1973-01-01",
            "1990-01-01",
        ),
        (
            "Relations between Egypt and Iran, broken off in 1980, were resumed in 1991.",
            ["EGY", "IRN"],
            "1980-01-01",
            "1991-01-01",
        ),
        (
            "Relations between Spain and Mexico, suspended in 1939, were re-established in 1977.",
            ["ESP", "MEX"],
            "1939-01-01",
            "1977-01-01",
        ),
    ],
)
def test_a_participle_of_rupture_on_relations_ends_them(
    extract: Callable[..., Doc], text: str, pair: list[str], broken: str, restored: str
) -> None:
    doc = extract(text)
    assert sorted_starts(doc, "END_RELATIONS") == [(pair, broken)]
    assert sorted_starts(doc, "ESTABLISH_RELATIONS") == [(pair, restored)]


def test_a_participle_on_other_relations_ends_nothing(extract: Callable[..., Doc]) -> None:
    doc = extract("Trade relations between Chile and Cuba, interrupted in 1962, grew in 1970.")
    assert states(doc, "END_RELATIONS") == []
