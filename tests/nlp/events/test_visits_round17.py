"""Round-17 visits and meetings: several destinations or venues of one traveller are one
visit (or meeting) each; "the talk turned to X" names a topic, not a new meeting. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese premier's African journey began in December 1963. Before Christmas he had "
        "visited Algeria and Morocco.",
        "China's relations with Africa grew warmer in 1963. In December the premier visited "
        "Algeria and Morocco.",
    ],
)
def test_a_visitor_named_by_the_context_visiting_two_states_visits_each(
    extract: Extract, text: str
) -> None:
    visits = states(extract(text, "1964-02-01"), "VISIT")
    assert ["CHN", "DZA"] in visits
    assert ["CHN", "MAR"] in visits
    assert ["DZA", "MAR"] not in visits


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian foreign minister's tour also took him to Kenya, Tanzania and Uganda in "
        "March 1974.",
        "In March 1974 the tour of the Peruvian foreign minister took him to Kenya, Tanzania "
        "and Uganda.",
    ],
)
def test_a_tour_taking_someone_to_several_states_visits_each(extract: Extract, text: str) -> None:
    visits = states(extract(text), "VISIT")
    for host in ("KEN", "TZA", "UGA"):
        assert sorted(["PER", host]) in visits


def test_talks_held_in_several_capitals_are_one_meeting_with_each_host(
    extract: Extract,
) -> None:
    text = (
        "In March 1974 the Peruvian foreign minister, Carlos Mendez, toured East Africa; in "
        "Nairobi, Dar es Salaam and Kampala he held talks on coffee prices."
    )
    meetings = states(extract(text), "MEET")
    assert sorted(meetings) == [["KEN", "PER"], ["PER", "TZA"], ["PER", "UGA"]]


def test_rounds_of_talks_moving_between_venues_are_not_split_by_venue(
    extract: Extract,
) -> None:
    text = (
        "In 1988 Angola, Cuba and South Africa negotiated under American mediation. Further "
        "rounds followed in Cairo, New York and Geneva."
    )
    meetings = states(extract(text), "MEET")
    assert ["AGO", "EGY"] not in meetings
    assert ["AGO", "CHE"] not in meetings


@pytest.mark.parametrize(
    "tail",
    [
        "The talk turned to Vietnam.",
        "The conversation then turned to Cuba and to Chile.",
        "The discussion moved on to Angola.",
    ],
)
def test_talk_turning_to_a_subject_is_no_new_meeting(extract: Extract, tail: str) -> None:
    text = (
        "The talks between Chancellor Brandt and President Pompidou were held in Paris on "
        "3 March 1974. " + tail
    )
    assert states(extract(text), "MEET") == [["DEU", "FRA"]]


def test_talks_moved_to_another_city_are_still_a_meeting(extract: Extract) -> None:
    text = (
        "The talks between the Chinese and American ambassadors began at Geneva in August "
        "1955 and moved to Warsaw three years later."
    )
    assert ["CHN", "USA"] in states(extract(text), "MEET")
