"""Round-14 agreement signing: coordinated signers of a participle the parser hung on the last
conjunct ("X, Y and six other states signed in Geneva a convention"). Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 May 1932 Poland, Latvia and three other states signed in Warsaw a protocol"
            " on the renunciation of war.",
            ["LVA", "POL"],
        ),
        (
            "In 1955 Thailand, Pakistan and six other governments signed at Manila a treaty"
            " of collective defence.",
            ["PAK", "THA"],
        ),
        (
            "In March 1961 Norway, Denmark and several other countries signed in Oslo an"
            " agreement on fishing limits.",
            ["DNK", "NOR"],
        ),
    ],
)
def test_coordinated_signers_before_a_shifted_agreement(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("SIGN_AGREEMENT", expected) in summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1975 Kenya, Uganda and three other states signed in Nairobi.",
        "In 1964 France, Italy and the neighbouring states signed in Rome were quoted.",
    ],
)
def test_no_agreement_after_the_participle_signs_nothing(extract: Extract, text: str) -> None:
    assert all(kind != "SIGN_AGREEMENT" for kind, _ in summary(extract(text)))


def test_a_participle_on_a_conjunct_keeps_its_own_reading(extract: Extract) -> None:
    found = summary(
        extract("In 1960 Egypt, Syria and the states supported by Moscow criticised the plan.")
    )
    assert all(kind != "SIGN_AGREEMENT" for kind, _ in found)
