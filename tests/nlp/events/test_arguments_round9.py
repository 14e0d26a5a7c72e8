"""Round 9 arguments: the place of a news dateline is where the report was filed, not a party
of an act of two named states. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# "OTTAWA, March 3 - A and B established relations": the dateline's city is no party


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "OTTAWA, March 3, 1990 (Wire) - Chile and Peru established full diplomatic "
            "relations today, ending a decade in which Lima had refused to recognize the "
            "military government.",
            "ESTABLISH_RELATIONS",
            ["CHL", "PER"],
        ),
        (
            "GENEVA, May 12, 1975 - Portugal and Indonesia severed diplomatic relations "
            "today after a dispute over Timor.",
            "END_RELATIONS",
            ["IDN", "PRT"],
        ),
        (
            "NAIROBI, Oct. 4, 1981 (Reuters) - Tanzania and Uganda signed a border treaty "
            "yesterday, ending years of quarrels.",
            "SIGN_AGREEMENT",
            ["TZA", "UGA"],
        ),
    ],
)
def test_dateline_place_is_no_party_of_two_named_states(
    extract: Extract, text: str, kind: str, pair: list[str]
) -> None:
    assert _states(extract(text), kind) == [pair]


def test_dateline_place_still_hosts_an_arrival(extract: Extract) -> None:
    doc = extract("MOSCOW, June 2, 1972 (Wire) - Fidel Castro arrived here today.")
    assert ["CUB", "SUN"] in _states(doc, "VISIT")


# "talked with B, after which ... X" / "talks with B, following his visit to X": X belongs to
# an earlier or later act, not to the meeting


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Romanian premier Ion Gheorghe Maurer talked with President Johnson in 1967, "
            "after which Romanian officials carried messages between Washington and Hanoi.",
            ["ROU", "USA"],
        ),
        (
            "In 1971 the Yugoslav president Tito held talks with Prime Minister Heath, "
            "following his visit to Moscow.",
            ["GBR", "YUG"],
        ),
        (
            "In 1962 the Polish foreign minister Adam Rapacki met President Kennedy, following "
            "a tour of Cuba.",
            ["POL", "USA"],
        ),
        (
            "In 1958 the Indian prime minister Nehru conferred with Chancellor Adenauer, after "
            "which Indian diplomats opened talks with Peking.",
            ["DEU", "IND"],
        ),
    ],
)
def test_place_of_an_earlier_or_later_act_is_no_party_of_a_meeting(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "MEET")[0] == pair


# "flew to X, held talks and signed a treaty": the signing is the traveller's with his host


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Egypt had long relied on Moscow. In 1972 President Sadat flew to Bonn, held talks "
            "with the chancellor and signed a trade agreement.",
            ["DEU", "EGY"],
        ),
        (
            "Cuba had few friends in Europe. In 1984 Fidel Castro travelled to Madrid, dined "
            "with the king and signed a cultural convention.",
            ["CUB", "ESP"],
        ),
        (
            "India distrusted the West. In 1955 Nehru went to Belgrade, spoke at the assembly "
            "and signed a joint statement.",
            ["IND", "YUG"],
        ),
    ],
)
def test_signing_conjoined_to_a_journey_is_with_the_host(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "SIGN_AGREEMENT") == [pair]


# "flew to X and held talks with an unnamed official": X hosts the talks, even when another
# state was named before


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Egypt had long relied on Moscow. In 1972 President Sadat flew to Bonn, held talks "
            "with the chancellor and signed a trade agreement.",
            ["DEU", "EGY"],
        ),
        (
            "France had quarrelled with Washington. In 1964 Charles de Gaulle travelled to "
            "Mexico City and conferred with the president.",
            ["FRA", "MEX"],
        ),
        (
            "Sweden had mediated for London. In 1961 Dag Hammarskjold flew to Leopoldville and "
            "held talks with the prime minister.",
            ["COD", "SWE"],
        ),
    ],
)
def test_talks_conjoined_to_a_journey_are_with_the_host(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in _states(extract(text), "MEET")
