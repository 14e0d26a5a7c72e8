"""Round-14 trigger recall: troops sent with the stated purpose of helping are military aid,
not a statement of support. Sentences written for these tests."""

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
        ("In 1965 Egypt sent 20,000 troops to Yemen to support the republican government.",
         ["EGY", "YEM"]),
        ("In 1975 Cuba dispatched an infantry battalion to support the MPLA in Angola.",
         ["AGO", "CUB"]),
        ("Syria sent an armoured brigade to help the Lebanese army in 1976.", ["LBN", "SYR"]),
    ],
)  # fmt: skip
def test_troops_sent_to_help_are_aid_not_support(
    extract: Extract, text: str, expected: list[str]
) -> None:
    found = summary(extract(text))
    assert ("PROVIDE_AID", expected) in found
    assert all(kind != "EXPRESS_SUPPORT" for kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "In August 1968 the Soviet Union sent troops into Czechoslovakia to crush the reforms.",
        "The government sent troops to the border in 1962.",
    ],
)
def test_troops_sent_with_no_helping_purpose_are_no_aid(extract: Extract, text: str) -> None:
    assert all(kind != "PROVIDE_AID" for kind, _ in summary(extract(text)))


def test_a_delegation_sent_to_support_a_proposal_stays_support(extract: Extract) -> None:
    found = summary(extract("Britain sent a delegation to Moscow to support the peace initiative."))
    assert any(kind == "EXPRESS_SUPPORT" for kind, _ in found)
    assert all(kind != "PROVIDE_AID" for kind, _ in found)
