"""Round-18 visits: the stops of a tour of a region are its hosts ("toured East Africa; in
Nairobi and Dar es Salaam he held talks", "a tour of Asia, with stops in Manila and Bangkok",
"his tour of Asia in May 1961, which had taken him to A, B and C"); "South America", "Central
America" and "North America" are regions, not the United States. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_places_of_talks_joined_to_a_tour_are_its_hosts(extract: Extract) -> None:
    doc = extract(
        "In March 1975 the Indian foreign minister toured East Africa; in Nairobi, Kampala and"
        " Dar es Salaam he held talks on trade.",
        "1976-01-01",
    )
    visits = states(doc, "VISIT")
    for host in ("KEN", "UGA", "TZA"):
        assert sorted(["IND", host]) in visits


def test_stops_of_a_tour_noun_are_its_hosts(extract: Extract) -> None:
    doc = extract(
        "In May 1982 the Mexican president made an official tour of Asia, with stops in Manila"
        " and Bangkok.",
        "1983-01-01",
    )
    visits = states(doc, "VISIT")
    assert ["MEX", "PHL"] in visits
    assert ["MEX", "THA"] in visits


def test_a_clause_hung_on_the_tours_time_tells_its_destinations(extract: Extract) -> None:
    doc = extract(
        "The Chilean president recalled his tour of Europe in May 1961, which had taken him to"
        " Rome, Bonn and Madrid.",
        "1962-01-01",
    )
    visits = states(doc, "VISIT")
    for host in ("ITA", "DEU", "ESP"):
        assert sorted(["CHL", host]) in visits
    assert all(len(v) == 2 for v in visits)  # the tour of Europe names no host of its own


@pytest.mark.parametrize("region", ["South America", "Central America", "North America"])
def test_a_part_of_america_is_no_united_states(extract: Extract, region: str) -> None:
    doc = extract(f"The Dutch prime minister toured {region} in April 1964.", "1965-01-01")
    assert not any("USA" in v for v in states(doc, "VISIT"))
