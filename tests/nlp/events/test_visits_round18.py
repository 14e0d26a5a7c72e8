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


@pytest.mark.parametrize(
    "text",
    [
        # an invitation whose infinitive the parser hangs on the verb past an apposition
        "In March 1968 the Soviet premier invited President Nyerere, head of state since"
        " independence, to visit Moscow.",
        # the infinitive of a negated verb
        "France has so far not agreed to attend the proposed conference in Laos.",
        "The Swedish premier never managed to visit Peking.",
        # an act whose own verb says it did not take place
        "A visit by the Belgian king to Kinshasa was discussed but never took place.",
        "A meeting of the two premiers in Geneva was planned but did not happen.",
    ],
)
def test_visits_and_meetings_not_made_are_no_facts(extract: Extract, text: str) -> None:
    doc = extract(text, "1969-01-01")
    assert states(doc, "VISIT") == [] and states(doc, "MEET") == []


def test_an_act_that_did_not_happen_until_a_time_happened_then(extract: Extract) -> None:
    doc = extract(
        "A visit by the Belgian king to Kinshasa was discussed for years but did not take place"
        " until June 1970.",
        "1971-01-01",
    )
    assert ["BEL", "COD"] in states(doc, "VISIT")


def test_did_not_hesitate_to_visit_is_a_visit(extract: Extract) -> None:
    doc = extract(
        "In May 1965 the Kenyan president did not hesitate to visit Peking.", "1966-01-01"
    )
    assert ["CHN", "KEN"] in states(doc, "VISIT")


@pytest.mark.parametrize(
    "text",
    [
        "Pierre Trudeau visited Poland in July 1971 and talked with Edward Gierek about China.",
        "In July 1971 Pierre Trudeau flew to Warsaw. He held talks with Edward Gierek on the"
        " prospects for negotiations with Peking.",
    ],
)
def test_a_state_the_talks_are_about_is_no_side(extract: Extract, text: str) -> None:
    meets = states(extract(text, "1972-01-01"), "MEET")
    assert ["CAN", "POL"] in meets
    assert not any("CHN" in m for m in meets)


def test_calling_on_a_person_is_no_topic(extract: Extract) -> None:
    doc = extract("In May 1970 the British ambassador called on the Emir of Kuwait.", "1971-01-01")
    assert ["GBR", "KWT"] in states(doc, "MEET")


def test_the_place_an_arrival_came_from_is_no_host(extract: Extract) -> None:
    """The place he came from is no host of the arrival (since round 20 it is a visit of its
    own, told before)."""
    doc = extract("On 3 May 1965 the Soviet premier arrived in Delhi from Kabul.", "1966-01-01")
    assert sorted(states(doc, "VISIT")) == [["AFG", "SUN"], ["IND", "SUN"]]


@pytest.mark.parametrize(
    "text",
    [
        "The Cuban leader agreed to visit Mexico at a time to be fixed later.",
        "In May 1975 the Chilean president met the Peruvian premier, who agreed to meet the"
        " Bolivian leader the following month.",
    ],
)
def test_a_visit_or_meeting_agreed_to_is_still_to_come(extract: Extract, text: str) -> None:
    doc = extract(text, "1976-01-01")
    assert states(doc, "VISIT") == []
    assert not any("BOL" in m for m in states(doc, "MEET"))


@pytest.mark.parametrize(
    "text",
    [
        "The Polish premier travelled to Budapest in May 1971 for the meeting of the Council for"
        " Mutual Economic Assistance.",
        "In June 1971 the Bulgarian leader was in Prague for the congress of the party.",
    ],
)
def test_the_gathering_a_journey_was_for_is_no_meeting(extract: Extract, text: str) -> None:
    doc = extract(text, "1972-01-01")
    assert states(doc, "VISIT") and states(doc, "MEET") == []
