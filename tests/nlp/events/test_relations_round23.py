"""Round 23 (lead): nominal ruptures of relations, "between" pairs on the relations a noun
establishes, and "St"/"St."/"Saint" spellings of a listed place."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states, summary


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "France announced the rupture of diplomatic relations with Serbia in July 1914.",
            ["FRA", "SRB"],
        ),
        (
            "The severance of diplomatic relations with Israel in 1967 cost Guinea its aid.",
            ["GIN", "ISR"],
        ),
        (
            "After the break in relations with Cairo in 1958, Baghdad turned to Moscow.",
            ["EGY", "IRQ"],
        ),
        ("The rupture of relations between Lisbon and Madrid came in 1931.", ["ESP", "PRT"]),
    ],
)
def test_a_noun_of_rupture_on_relations_ends_them(
    extract: Callable[..., Doc], text: str, pair: list[str]
) -> None:
    assert states(extract(text), "END_RELATIONS") == [pair]


def test_a_break_in_other_relations_ends_nothing(extract: Callable[..., Doc]) -> None:
    doc = extract("The break in economic relations with Chile in 1973 hurt Peru.")
    assert states(doc, "END_RELATIONS") == []


def test_the_between_pair_of_established_relations_wins_over_the_clause(
    extract: Callable[..., Doc],
) -> None:
    doc = extract(
        "The establishment of diplomatic relations between Canada and Italy in May 1947 "
        "surprised Washington."
    )
    assert dated_states(doc, "ESTABLISH_RELATIONS") == [(["CAN", "ITA"], ("1947-05", "1947-05"))]


@pytest.mark.parametrize("place", ["St Petersburg", "St. Petersburg", "Saint Petersburg"])
def test_saint_is_spelled_three_ways(extract: Callable[..., Doc], place: str) -> None:
    doc = extract(f"The Danish King visited {place} in June 1908.")
    assert states(doc, "VISIT") == [["DNK", "RUE"]]


@pytest.mark.parametrize("name", ["His Majesty's Government", "Her Majesty's Government", "HMG"])
def test_the_majestys_government_is_britain(extract: Callable[..., Doc], name: str) -> None:
    doc = extract(f"In June 1976 {name} signed an agreement with Iceland.")
    assert states(doc, "SIGN_AGREEMENT") == [["GBR", "ISL"]]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In May 1896 the Tsar received the Chinese envoy in Moscow.", ["CHN", "RUE"]),
        ("In 1904 the Mikado's government broke off relations with Russia.", ["JPN", "RUE"]),
        ("In 1910 the Kaiser received the Belgian minister at Potsdam.", ["BEL", "DEU"]),
    ],
)
def test_a_monarchs_title_stands_for_his_state(
    extract: Callable[..., Doc], text: str, pair: list[str]
) -> None:
    assert [sorted(c) for _t, c in summary(extract(text))] == [pair]


def test_his_government_is_the_titled_speakers_not_the_reports_author(
    extract: Callable[..., Doc],
) -> None:
    text = (
        "Report of the Austro-Hungarian Minister in Belgrade\n\n"
        "Semlin, 26 July 1914\n\n"
        "The Russian Minister said last week that his Government would support Serbia.\n"
    )
    assert states(extract(text), "EXPRESS_SUPPORT") == [["RUE", "SRB"]]


def test_a_conjoined_verb_shares_the_missions_subject(extract: Callable[..., Doc]) -> None:
    doc = extract("The Danish legation in Lisbon was opened in 1921 and closed in 1940.")
    assert summary(doc) == [("OPEN_MISSION", ["DNK", "PRT"]), ("CLOSE_MISSION", ["DNK", "PRT"])]


def test_the_matter_of_a_rupture_is_no_party(extract: Callable[..., Doc]) -> None:
    doc = extract("In 1965 Zambia and Kenya broke relations with Britain over Rhodesia.")
    assert states(doc, "END_RELATIONS") == [["GBR", "ZMB"], ["GBR", "KEN"]]


def test_a_period_between_two_years_is_no_pair(extract: Callable[..., Doc]) -> None:
    doc = extract("Between 1972 and 1973 Burundi, Rwanda and Zaire severed relations with Israel.")
    assert states(doc, "END_RELATIONS") == [["BDI", "ISR"], ["ISR", "RWA"], ["COD", "ISR"]]


def test_the_sahrawi_republic_is_a_state(extract: Callable[..., Doc]) -> None:
    doc = extract("Panama recognised the Sahrawi Arab Democratic Republic in June 1978.")
    assert states(doc, "ESTABLISH_RELATIONS") == [["ESH", "PAN"]]
