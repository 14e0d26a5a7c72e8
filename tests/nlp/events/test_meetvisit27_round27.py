"""Round-27 meetings: an audience a person grants or gives to another ("the Pope granted her an
audience", "gave the minister an audience", "granted an audience to the envoy"), its guest
pronoun standing for the person of the clause above (never the host); a party sent abroad ("a
mission", "an embassy", "a deputation") received by a person in the passive. Sentences
written for these tests."""

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
        (
            "In May 1955 King Paul of Greece gave the Yugoslav foreign minister an audience "
            "at Athens.",
            ["GRC", "YUG"],
        ),
        (
            "In June 1901 the Emperor Wilhelm granted an audience to the Chinese envoy, Prince "
            "Chun, at Potsdam.",
            ["CHN", "DEU"],
        ),
        (
            "In March 1951 the Iranian premier flew to London. King George VI gave him an "
            "audience at Buckingham Palace.",
            ["GBR", "IRN"],
        ),
        (
            "The Portuguese president travelled to Madrid in 1961, and General Franco granted "
            "him an audience at El Pardo.",
            ["ESP", "PRT"],
        ),
    ],
)
def test_audience_granted_to_a_person_is_a_meeting(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in states(extract(text, "1999-01-01"), "MEET")


@pytest.mark.parametrize(
    "text",
    [
        "In April 1911 the Sultan of Morocco refused the French envoy an audience.",
        "In 1975 the Shah of Iran did not grant the Iraqi envoy an audience.",
        "In 1990 the Italian government gave an audience of 5,000 a concert in Rome.",
        "In 1962 the Soviet ambassador to Italy sought an audience with the Pope.",
    ],
)
def test_audience_refused_sought_or_of_a_crowd_is_no_meeting(extract: Extract, text: str) -> None:
    assert states(extract(text, "1999-01-01"), "MEET") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1883 a Korean mission was received by President Arthur in New York.", ["KOR", "USA"]),
        ("In 1857 the Siamese embassy was received by Queen Victoria at Windsor.", ["GBR", "THA"]),
        (
            "In 1920 a Finnish deputation travelled to Stockholm and was received by King "
            "Gustaf V.",
            ["FIN", "SWE"],
        ),
    ],
)
def test_party_sent_abroad_received_by_a_person_is_a_meeting(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in states(extract(text, "1999-01-01"), "MEET")


@pytest.mark.parametrize(
    "text",
    [
        "In May 1972 the Soviet proposal was received by the French government with interest.",
        "In 1920 the Soviet trade mission was received coolly in London.",
        "In 1964 the Swedish mission in Hanoi was received badly by the press.",
    ],
)
def test_proposal_or_reception_without_a_host_person_is_no_meeting(
    extract: Extract, text: str
) -> None:
    assert states(extract(text, "1999-01-01"), "MEET") == []
