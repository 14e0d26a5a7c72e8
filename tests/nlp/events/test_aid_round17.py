"""Round-17 aid: nominal aid named by its donor's nationality, donors ranked by their
recipient, credit opened, goods poured in, relief teams sent, aid arriving or received in the
past progressive. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By 1975 Japan had become one of Burma's largest donors.", ["JPN", "MMR"]),
        ("In 1992 Japan became one of the largest donors to Mongolia.", ["JPN", "MNG"]),
        ("In 1980 Sweden became Tanzania's biggest donor.", ["SWE", "TZA"]),
        ("Throughout the 1970s the Cuban economy depended on Soviet credits.", ["CUB", "SUN"]),
        ("In 1983 Brazil opened a line of credit to Nigeria.", ["BRA", "NGA"]),
        ("In 1962 France guaranteed a loan of 40 million francs to Tunisia.", ["FRA", "TUN"]),
        ("In 1977 Moscow poured weapons into Angola.", ["AGO", "SUN"]),
        (
            "When floods struck Bangladesh in 1988, Japan sent medical teams and a field hospital.",
            ["BGD", "JPN"],
        ),
        ("In 1964 Chinese rifles were reaching the Tanzanian army.", ["CHN", "TZA"]),
        (
            "From 1958 the Iraqi army had been receiving its tanks from the Soviet bloc.",
            ["IRQ", "SUN"],
        ),
        (
            "In 1979 the Soviet Union sharply increased its shipments of arms to the Ethiopian"
            " army.",
            ["ETH", "SUN"],
        ),
        (
            "In 1960 Soviet technicians worked in Guinean factories.",
            ["GIN", "SUN"],
        ),
    ],
)
def test_aid_forms_round17(extract: Extract, text: str, expected: list[str]) -> None:
    found = dated_states(extract(text), "PROVIDE_AID")
    assert any(c == expected for c, _d in found), found


def test_foreign_money_followed(extract: Extract) -> None:
    text = "In 1973 the Chadian government broke with Israel. Libyan money followed at once."
    found = dated_states(extract(text), "PROVIDE_AID")
    assert any("LBY" in c for c, _d in found), found


@pytest.mark.parametrize(
    "text",
    [
        "In 1981 Japan opened a new consulate in Osaka.",
        "In 1975 the Soviet Union became Finland's largest trading partner.",
        "In 1980 the farmers depended on the rains.",
        "In 1984 France sent a team of observers to the election.",
        "After 1973 Nigeria became one of Brazil's principal suppliers.",
    ],
)
def test_not_aid_round17(extract: Extract, text: str) -> None:
    assert dated_states(extract(text), "PROVIDE_AID") == []


@pytest.mark.parametrize(
    "text",
    [
        "In 1978 Nigeria was the second largest foreign supplier of crude oil to the United"
        " States.",
        "In 1954 the Soviet defector was taken off an Aeroflot aircraft at Darwin by Australian"
        " police.",
    ],
)
def test_trade_and_removal_not_aid(extract: Extract, text: str) -> None:
    found = dated_states(extract(text), "PROVIDE_AID")
    assert not any(len(c) == 2 for c, _d in found), found


def test_state_set_aside_by_not_is_no_party(extract: Extract) -> None:
    text = "By 1977 the Soviet Union, not Cuba, was supplying most of Ethiopia's tanks."
    found = dated_states(extract(text), "PROVIDE_AID")
    assert found and not any("CUB" in c for c, _d in found), found
