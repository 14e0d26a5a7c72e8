"""Round-20 envoys: a journey or a sending "as" a state's envoy, minister or representative is a
posting, not a visit; high commissioners exchanged; a recall "to" a capital leaves the host out;
a passive recall sharing a titled envoy's subject; the next post of a recalled envoy is no party
of the recall. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ivan Maisky arrived in London as the Soviet envoy in 1932.", ["GBR", "SUN"]),
        ("In 1923 Vorovsky arrived in Rome as Soviet representative.", ["ITA", "SUN"]),
        ("In 1871 Berlin sent Count Arnim to Paris as its minister.", ["DEU", "FRA"]),
        ("Later that year Madrid sent Count Romanones to Lisbon as its Minister.", ["ESP", "PRT"]),
    ],
)
def test_a_journey_as_a_states_envoy_is_a_posting(
    extract: Extract, text: str, pair: list[str]
) -> None:
    doc = extract(text, "1990-01-01")
    assert pair in states(doc, "APPOINT_ENVOY")
    assert pair not in states(doc, "VISIT")


@pytest.mark.parametrize(
    "text",
    [
        "In 1962 the minister arrived in Paris as his personal envoy for talks.",
        "Gromyko arrived in Geneva in 1959 as the Soviet representative at the conference.",
        "In 1950 Attlee sent the Minister of Supply to Washington.",
    ],
)
def test_an_errand_or_a_minister_of_a_government_is_no_posting(extract: Extract, text: str) -> None:
    assert states(extract(text, "1990-01-01"), "APPOINT_ENVOY") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1957 Britain and Ghana exchanged High Commissioners.", ["GBR", "GHA"]),
        ("Kenya and Uganda exchanged high commissioners in 1964.", ["KEN", "UGA"]),
    ],
)
def test_high_commissioners_exchanged(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text, "1990-01-01"), "APPOINT_ENVOY")


def test_the_place_an_envoy_is_recalled_to_is_no_host(extract: Extract) -> None:
    doc = extract(
        "In 1979 the United States closed its embassy in Kabul and withdrew Ambassador "
        "Smith to New Delhi.",
        "1990-01-01",
    )
    recalls = states(doc, "RECALL_ENVOY")
    assert ["AFG", "USA"] in recalls
    assert ["IND", "USA"] not in recalls


def test_a_recall_sharing_a_titled_envoys_subject(extract: Extract) -> None:
    doc = extract(
        "The Premier praised Ambassador Nakamura, who presented his credentials in Moscow in "
        "1960 and was recalled to Tokyo in 1963.",
        "1964-01-01",
    )
    assert ["JPN", "SUN"] in states(doc, "RECALL_ENVOY")


def test_a_passive_recall_of_troops_sharing_a_subject_is_none(extract: Extract) -> None:
    doc = extract("The brigade landed in Beirut in 1958 and was recalled in October.", None)
    assert states(doc, "RECALL_ENVOY") == []


def test_the_next_post_of_a_recalled_envoy_is_no_party_of_the_recall(extract: Extract) -> None:
    doc = extract(
        "Kuznetsov, the Soviet ambassador in Prague, was recalled in 1968 and sent to Austria "
        "as ambassador.",
        "1990-01-01",
    )
    assert states(doc, "RECALL_ENVOY") == [["CSK", "SUN"]]
    assert ["AUT", "SUN"] in states(doc, "APPOINT_ENVOY")
