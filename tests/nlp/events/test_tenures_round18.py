"""Tenure patterns of round 18 (own sentences): an envoy's journey "to stay there until B" is
no trip made for a purpose; "came back as envoy in A" starts the post; "X represented <state>
in <capital> from A to B" is an envoy's term; "took up his post in succession to Y" ends Y's
(also when the parser hangs "to Y" on the verb)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_going_as_envoy_to_stay_until_a_date_is_a_term(extract: Extract) -> None:
    doc = extract(
        "In 1968 Pavel Orlov went to Delhi as Soviet ambassador, to stay there until 1975."
    )
    assert ("ambassador", "1968", "1975") in terms_of(doc, "Pavel Orlov")


def test_going_as_envoy_to_attend_is_a_trip(extract: Extract) -> None:
    doc = extract("In 1968 Pavel Orlov went to Delhi as Soviet ambassador, to attend a congress.")
    assert not any(start == "1968" for _r, start, _e in terms_of(doc, "Pavel Orlov"))


def test_coming_back_as_envoy_starts_the_post(extract: Extract) -> None:
    doc = extract(
        "Pavel Orlov came back as Soviet envoy in 1925 and served until his death in 1926."
    )
    assert ("envoy", "1925", "1926") in terms_of(doc, "Pavel Orlov")


def test_representing_a_state_in_a_foreign_capital_is_an_envoys_term(extract: Extract) -> None:
    doc = extract("John Harwood represented Britain in Lisbon from 1931 to 1937.")
    assert ("ambassador", "1931", "1937") in terms_of(doc, "John Harwood")


def test_representing_a_state_at_a_conference_is_no_term(extract: Extract) -> None:
    doc = extract("John Harwood represented Britain at the conference in Lisbon in 1931.")
    assert not terms_of(doc, "John Harwood")


def test_a_post_taken_in_succession_ends_the_predecessors(extract: Extract) -> None:
    doc = extract(
        "He said that Ambassador Ivan Sorokin, who took up his post in Lisbon in 1965 in "
        "succession to Boris Ilyin, was present."
    )
    assert ("ambassador", None, "1965") in terms_of(doc, "Boris Ilyin")


def test_secretary_of_foreign_affairs_is_the_foreign_office(extract: Extract) -> None:
    doc = extract("Jose Ramos, secretary of foreign affairs from 1968 to 1984, kept silent.")
    assert ("foreign secretary", "1968", "1984") in terms_of(doc, "Jose Ramos")


def test_a_transfer_to_another_post_ends_the_term(extract: Extract) -> None:
    doc = extract(
        "Paul Ricard was ambassador in Lisbon from 1936 until his transfer to Rome in 1938."
    )
    assert ("ambassador", "1936", "1938") in terms_of(doc, "Paul Ricard")
