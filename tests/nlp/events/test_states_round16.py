"""Soviet Russia before the Union of 1922 (round 16): from 1918 the Soviet state is SUN, as the
gold sets code it, so "Soviet Russia", "the Bolsheviks", "Moscow" and "Russia" of 1918-1921
name it, while Russia of 1917 and before is the Russian Empire. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "In February 1920 Estonia signed a peace treaty with Soviet Russia at Tartu.",
            "SIGN_AGREEMENT",
            ["EST", "SUN"],
        ),
        (
            "In August 1920 the Bolsheviks signed a peace treaty with Latvia in Riga.",
            "SIGN_AGREEMENT",
            ["LVA", "SUN"],
        ),
        (
            "In 1921 Moscow established diplomatic relations with Afghanistan.",
            "ESTABLISH_RELATIONS",
            ["AFG", "SUN"],
        ),
    ],
)
def test_the_soviet_state_of_1918_to_1921_is_sun(
    extract: Extract, text: str, kind: str, expected: list[str]
) -> None:
    assert (kind, expected) in summary(extract(text)), summary(extract(text))


def test_russia_before_1918_is_the_empire(extract: Extract) -> None:
    found = summary(extract("In August 1907 Russia signed a convention with Britain."))
    assert ("SIGN_AGREEMENT", ["GBR", "RUE"]) in found, found
