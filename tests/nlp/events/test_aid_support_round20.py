"""Round-20 aid and support: the supplier of a state's army, or its "arms supplier", arms it;
refugees counted ("tens of thousands of refugees", "thousands of them") are sheltered; an
act one is accused of is no fact; a country's opinion or press, a legislature approving its own
government, and a participle whose agent is an armed body back nobody; the Algerian and the
Palestinian nationalists are parties before their states are named. Sentences written for
these tests."""

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
        ("Until 1962 Britain had been the principal supplier of the Royal Iraqi Army.",
         ["GBR", "IRQ"]),
        ("Ghana complained. France, which is its main arms supplier, said nothing.",
         ["FRA", "GHA"]),
    ],
)  # fmt: skip
def test_the_supplier_of_an_army_arms_it(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text, "1980-01-01"), "PROVIDE_AID")


def test_a_supplier_of_other_goods_is_a_trader(extract: Extract) -> None:
    text = "By 1975 Iraq had become the principal supplier of crude oil to France."
    assert states(extract(text, "1980-01-01"), "PROVIDE_AID") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1963 Kenya had given shelter to tens of thousands of Somali refugees.",
         ["KEN", "SOM"]),
        ("Thousands of Cambodians fled in 1979. Since June the Thai authorities had sheltered "
         "thousands of them in camps near the border.", ["KHM", "THA"]),
    ],
)  # fmt: skip
def test_counted_refugees_are_sheltered(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text, "1985-01-01"), "PROVIDE_AID")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("In 1958 Iraq recalled its ambassador from Cairo, accusing Egypt of supporting the "
         "rebels in Syria.", "EXPRESS_SUPPORT"),
        ("In 1983 Honduras closed the border, accusing Nicaragua of supplying arms to the "
         "guerrillas in El Salvador.", "PROVIDE_AID"),
    ],
)  # fmt: skip
def test_an_act_one_is_accused_of_is_no_fact(extract: Extract, text: str, kind: str) -> None:
    assert states(extract(text, "1990-01-01"), kind) == []


@pytest.mark.parametrize(
    "text",
    [
        "When Italy invaded Ethiopia in 1935, British opinion sided with the Ethiopians.",
        "In 1971 the Indian press welcomed the Soviet proposal.",
        "In May 1962 the House approved the Government's decision to recognise Algeria.",
        "In 1991 Croatian units, supported by local militias, fought the Yugoslav army.",
    ],
)
def test_no_state_backs_anyone(extract: Extract, text: str) -> None:
    assert states(extract(text, "1995-01-01"), "EXPRESS_SUPPORT") == []


def test_a_state_still_sides_with_another(extract: Extract) -> None:
    text = "When Italy invaded Ethiopia in 1935, the Soviet Union sided with the Ethiopians."
    assert ["ETH", "SUN"] in states(extract(text, "1995-01-01"), "EXPRESS_SUPPORT")


@pytest.mark.parametrize(
    ("text", "trio"),
    [
        ("In 1960 Moscow declared its support for the Algerian people against France.",
         ["DZA", "FRA", "SUN"]),
        ("In 1974 Cuba pledged its support to the Palestinians in their struggle against "
         "Israel.", ["CUB", "ISR", "PSE"]),
    ],
)  # fmt: skip
def test_nationalists_are_parties_before_their_state(
    extract: Extract, text: str, trio: list[str]
) -> None:
    assert trio in states(extract(text, "1980-01-01"), "EXPRESS_SUPPORT")


def test_palestine_is_no_state_name_under_the_mandate(extract: Extract) -> None:
    text = "In 1938 Britain sent two more divisions to Palestine to support the police."
    assert not any("PSE" in s for s in states(extract(text, "1940-01-01"), "PROVIDE_AID"))


def test_the_owner_of_a_whose_clause_backs(extract: Extract) -> None:
    text = (
        "Egypt and Israel held talks in Cairo in 1982. President Reagan, whose administration "
        "had firmly backed the peace policy of Mubarak, said the talks were useful."
    )
    assert ["EGY", "USA"] in states(extract(text, "1983-01-01"), "EXPRESS_SUPPORT")


def test_a_step_supported_is_that_of_the_pair_told_before(extract: Extract) -> None:
    text = (
        "Egypt and Jordan restored diplomatic relations in 1984. The United States "
        "supported the step."
    )
    assert ["EGY", "JOR", "USA"] in states(extract(text, "1985-01-01"), "EXPRESS_SUPPORT")


def test_the_side_aid_is_given_against_is_no_party(extract: Extract) -> None:
    text = "In 1978 Cuban troops arrived in Ethiopia to help the army against the Somali forces."
    found = states(extract(text, "1980-01-01"), "PROVIDE_AID")
    assert found and not any("SOM" in s for s in found)


def test_the_order_of_malta_is_no_state(extract: Extract) -> None:
    text = (
        "In 1985 the Thai authorities, working with the Order of Malta, sheltered ten "
        "thousand Cambodian refugees."
    )
    assert states(extract(text, "1986-01-01"), "PROVIDE_AID") == [["KHM", "THA"]]
