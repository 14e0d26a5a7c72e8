"""Round-9 trigger precision: a reported "would" before an act is future in the past (no
fact), while a past or perfect act told in indirect speech, and a stance promised with
"would", are facts. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import types as _types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# --- reported future: "said that X would <base verb>" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "On 3 May 1971 the minister said that envoys would be exchanged with Peru.",
            "APPOINT_ENVOY",
        ),
        (
            "Officials in Lima announced in 1983 that the legations would become embassies.",
            "OPEN_MISSION",
        ),
        (
            "The Austrian chancellor stated in 1962 that he would visit Poland in the spring.",
            "VISIT",
        ),
        (
            "Nigeria's foreign minister told reporters in 1974 that both governments would sign"
            " a trade agreement with Brazil.",
            "SIGN_AGREEMENT",
        ),
    ],
)
def test_a_reported_would_before_an_act_is_no_fact(
    extract: Extract, text: str, absent: str
) -> None:
    assert absent not in _types(extract(text))


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "On 3 May 1971 the minister said that Chile and Peru had signed a trade agreement.",
            "SIGN_AGREEMENT",
        ),
        (
            "The Austrian chancellor stated in 1962 that he had visited Poland in the spring.",
            "VISIT",
        ),
        (
            "In 1976 the Cuban leader declared that Cuba would stand by Angola for as long as"
            " necessary.",
            "EXPRESS_SUPPORT",
        ),
    ],
)
def test_a_reported_past_act_or_a_promised_stance_is_a_fact(
    extract: Extract, text: str, present: str
) -> None:
    assert present in _types(extract(text))
