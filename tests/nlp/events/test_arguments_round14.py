"""Round-14 argument scope: a conjoined verb with its own complements keeps its states to
itself; a past office names no state of its former holder; the United States of Indonesia.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "ended", "established"),
    [
        ("In 1970 Ceylon suspended relations with Israel and recognised East Germany.",
         ["ISR", "LKA"], ["DDR", "LKA"]),
        ("In 1970 Ceylon broke off relations with Israel and established relations with East"
         " Germany.", ["ISR", "LKA"], ["DDR", "LKA"]),
        ("In 1972 Senegal severed relations with Portugal and recognised North Vietnam.",
         ["PRT", "SEN"], ["SEN", "VDR"]),
    ],
)  # fmt: skip
def test_a_conjoined_act_keeps_its_own_states(
    extract: Extract, text: str, ended: list[str], established: list[str]
) -> None:
    found = summary(extract(text))
    assert [s for kind, s in found if kind == "END_RELATIONS"] == [ended]
    assert ("ESTABLISH_RELATIONS", established) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In June 1992 Russian President Boris Yeltsin and Eduard Shevardnadze, the former Soviet"
         " foreign minister who now led Georgia, met at Dagomys.", ["GEO", "RUS"]),
        ("In 1995 President Chirac of France received Mr. Kozyrev of Russia, the former Soviet"
         " diplomat.", ["FRA", "RUS"]),
    ],
)  # fmt: skip
def test_a_former_office_names_no_party(extract: Extract, text: str, expected: list[str]) -> None:
    assert ("MEET", expected) in summary(extract(text))


def test_the_united_states_of_indonesia_is_indonesia(extract: Extract) -> None:
    found = summary(extract("Australia recognised the United States of Indonesia in 1949."))
    assert found == [("ESTABLISH_RELATIONS", ["AUS", "IDN"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru and Chile quarrelled over Tacna for decades. At Washington's suggestion the two"
         " governments restored diplomatic relations in 1928.",
         ("ESTABLISH_RELATIONS", ["CHL", "PER"])),
        ("At the request of Egypt, the Soviet Union sent advisers to Syria in 1967.",
         ("PROVIDE_AID", ["SUN", "SYR"])),
    ],
)  # fmt: skip
def test_whoever_prompted_an_act_is_no_party(
    extract: Extract, text: str, expected: tuple[str, list[str]]
) -> None:
    assert summary(extract(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In 1975 Moscow shipped arms to the MPLA through Brazzaville.",
        "In 1975 the Soviet Union flew weapons to the MPLA via Brazzaville.",
    ],
)
def test_the_city_goods_pass_through_is_no_party(extract: Extract, text: str) -> None:
    assert [s for kind, s in summary(extract(text)) if kind == "PROVIDE_AID"] == [["AGO", "SUN"]]


def test_the_belligerents_of_a_war_between_states_are_no_party(extract: Extract) -> None:
    text = (
        "During the war between Israel and Hezbollah in July 2006 Syria took in large numbers of"
        " Lebanese refugees."
    )
    assert summary(extract(text)) == [("PROVIDE_AID", ["LBN", "SYR"])]


def test_relations_between_two_states_keep_their_parties(extract: Extract) -> None:
    found = summary(extract("In 1980 relations between Iraq and Iran were broken off."))
    assert found == [("END_RELATIONS", ["IRN", "IRQ"])]
