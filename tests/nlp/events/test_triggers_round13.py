"""Round-13 trigger recall: aid personnel dispatched or received by a state. Sentences written
for these tests."""

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
        ("Poland dispatched engineers and doctors to Algeria in 1963.", ["DZA", "POL"]),
        ("Cuba dispatched teachers to Nicaragua from 1980.", ["CUB", "NIC"]),
        ("In 1964 Guinea received a group of Soviet technicians.", ["GIN", "SUN"]),
        ("Mali received Chinese doctors from 1962.", ["CHN", "MLI"]),
        ("East Germany dispatched weapons to Mozambique in 1977.", ["DDR", "MOZ"]),
    ],
)
def test_aid_personnel_sent_or_received_is_aid(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("PROVIDE_AID", expected) in summary(extract(text))


def test_an_envoy_dispatched_stays_an_appointment(extract: Extract) -> None:
    found = summary(extract("In 1970 Moscow dispatched a new ambassador to Cairo."))
    assert ("APPOINT_ENVOY", ["EGY", "SUN"]) in found
    assert all(kind != "PROVIDE_AID" for kind, _ in found)


def test_a_leader_receiving_advisers_grants_no_aid(extract: Extract) -> None:
    found = summary(extract("In 1962 President Kennedy received the Soviet technicians."))
    assert all(kind != "PROVIDE_AID" for kind, _ in found)
