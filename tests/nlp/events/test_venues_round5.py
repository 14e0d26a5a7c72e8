"""Venues of meetings (issue 4): a city where unnamed sides meet is neutral ground, while a
city where one named side is received is the other side. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]

_BROKEN = "Norway and Iceland broke off relations in 1975. "


def _meetings(doc: Doc) -> list[list[str]]:
    return [e.countries for e in doc._.dipl_events if e.type == "MEET"]


def test_a_third_city_where_the_two_governments_meet_is_no_party(extract: Extract) -> None:
    doc = extract(_BROKEN + "Officials of the two governments met in Bern in July 1977.")
    assert _meetings(doc) == [["ISL", "NOR"]]


def test_delegations_of_unnamed_sides_meet_on_neutral_ground(extract: Extract) -> None:
    doc = extract(
        _BROKEN + "Delegations led by Olav Berg and Jon Sigurdsson met in Madrid in 1977."
    )
    assert _meetings(doc) == [["ISL", "NOR"]]


def test_one_named_side_received_in_a_capital_meets_its_host(extract: Extract) -> None:
    doc = extract("The Ethiopian leader was received in Moscow in May 1977.")
    assert _meetings(doc) == [["ETH", "SUN"]]


def test_the_government_in_a_city_is_a_party_not_the_discourse_pair(extract: Extract) -> None:
    doc = extract(
        "Canada recognised the People's Republic of China in 1970. "
        "Ottawa withdrew its recognition from the government in Taipei at the same time."
    )
    ended = [e.countries for e in doc._.dipl_events if e.type == "END_RELATIONS"]
    assert ended == [["CAN", "TWN"]]
