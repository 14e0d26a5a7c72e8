"""Round 12 (mission): bare titles of a mission's staff act for the state its heading names
(own records, written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.events.context import mission_title_mentions

from .event_helpers import states as _states

Extract = Callable[..., Doc]

_SOVIET_EMBASSY = """SECRET

SOVIET EMBASSY IN PYONGYANG

Kim Il Sung spoke of China and of the Chinese delegation in Pyongyang. China and the DPRK had \
agreed to expand trade, and Chinese engineers had arrived. China, he said, remained a close \
friend of Korea.

On 2 March 1965 the chargé d'affaires called on Kim Il Sung at his residence."""

_FRENCH_EMBASSY = """CONFIDENTIAL

EMBASSY OF FRANCE IN ALGERIA

Boumediene spoke at length of Morocco and of the border with Morocco. Morocco, he said, armed \
the tribes, and Moroccan troops had entered Tindouf. Algeria would answer Morocco.

On 9 April 1966 the Ambassador called on Boumediene."""

_BRITISH_HIGH_COMMISSION = """CONFIDENTIAL

BRITISH HIGH COMMISSION, LUSAKA

NOTE OF A MEETING BETWEEN THE HIGH COMMISSIONER AND PRESIDENT KAUNDA ON 4 MAY 1969

The High Commissioner saw President Kaunda at State House. The President spoke of the regime in \
Salisbury and of the guerrillas crossing from Zambia into Rhodesia. Salisbury, he said, would \
never yield, and Rhodesia would hold out."""


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (_SOVIET_EMBASSY, ["PRK", "SUN"]),
        (_FRENCH_EMBASSY, ["DZA", "FRA"]),
        (_BRITISH_HIGH_COMMISSION, ["GBR", "ZMB"]),
    ],
)
def test_a_bare_mission_title_acts_for_the_mission_state(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in _states(extract(text), "MEET")


def test_a_title_of_another_state_keeps_its_own(extract: Extract) -> None:
    doc = extract(
        "SOVIET EMBASSY IN PYONGYANG\n\nThe Ambassador of China called on the Ambassador."
    )
    staff = mission_title_mentions(doc, "SUN", [], [])
    assert [m.text for m in staff] == ["Ambassador"]
    assert staff[0].start > 8


def test_salisbury_is_the_capital_of_rhodesia(extract: Extract) -> None:
    doc = extract("In November 1968 the British minister flew to Salisbury for talks.")
    assert ["GBR", "RHO"] in _states(doc, "VISIT")
