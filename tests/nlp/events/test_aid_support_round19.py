"""Round-19 aid and support: a backed demand "that X do ..." names X as the opposed state; a
participle hyphened to the word before it ("government-backed credit") backs nobody; an aid
participle with no recipient ("..., supplying missiles") serves the state named in the object
of the verb it hangs on; the Kingdom of Iraq (1921) is a state under the mandate; the
Export-Import Bank acts for the United States; a condemnation or demand made with a support
names the opposed state, a bare "condemned the invasion" the invader told before; "the
Johnson administration" is the American government. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1970 Moscow backed Egypt's demand that Israel withdraw from Sinai.",
            ["EGY", "ISR", "SUN"],
        ),
        (
            "Algeria voiced its support for Morocco's demand that Spain leave the enclaves.",
            ["DZA", "ESP", "MAR"],
        ),
        (
            "The Indian government supported Egypt in demanding that Britain evacuate the canal.",
            ["EGY", "GBR", "IND"],
        ),
    ],
)
def test_a_backed_demand_names_the_state_it_is_made_of(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert expected in states(extract(text, "1990-01-01"), "EXPRESS_SUPPORT")


def test_a_hyphened_participle_backs_nobody(extract: Extract) -> None:
    text = "In 1975 Bonn approved the sale of a steel mill to Poland on state-backed credit."
    assert states(extract(text, "1990-01-01"), "EXPRESS_SUPPORT") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Iran was at war. Since 1983 Moscow has rebuilt the Iraqi air force, supplying "
            "fighters and radars.",
            ["IRQ", "SUN"],
        ),
        (
            "Guatemala protested. Britain carried the burden of Belize's defence, supplying "
            "troops and aircraft from 1982.",
            ["BLZ", "GBR"],
        ),
    ],
)
def test_an_aid_participle_serves_the_state_of_its_verbs_object(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert states(extract(text, "1990-01-01"), "PROVIDE_AID") == [pair]


def test_mandate_iraq_is_a_state(extract: Extract) -> None:
    text = "In 1924 British officers trained the Iraqi army."
    assert states(extract(text, "1930-01-01"), "PROVIDE_AID") == [["GBR", "IRQ"]]


def test_the_export_import_bank_lends_for_the_united_states(extract: Extract) -> None:
    text = "Kabul was grateful for the loans which the Export-Import Bank had granted in 1950."
    assert ["AFG", "USA"] in states(extract(text, "1959-01-01"), "PROVIDE_AID")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1983 Cuba supported Grenada and condemned the policy of the United States.",
            ["CUB", "GRD", "USA"],
        ),
        (
            "In 1976 Algeria backed the Polisario Front and demanded that Morocco leave the "
            "territory.",
            ["DZA", "MAR"],
        ),
    ],
)
def test_a_condemnation_or_demand_in_the_same_breath_names_the_opposed_state(
    extract: Extract, text: str, expected: list[str]
) -> None:
    found = states(extract(text, "1990-01-01"), "EXPRESS_SUPPORT")
    assert any(set(expected) <= set(f) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops crossed the border in September 1980. Syria denounced the attack and "
        "declared its solidarity with Iran.",
        "When Iraq attacked Iran in September 1980, Libya condemned the invasion and declared "
        "its solidarity with Tehran.",
    ],
)
def test_a_condemned_invasion_is_the_one_told_before(extract: Extract, text: str) -> None:
    found = states(extract(text, "1990-01-01"), "EXPRESS_SUPPORT")
    assert len(found) == 1 and {"IRN", "IRQ"} <= set(found[0])


def test_an_american_administration_named_by_its_president(extract: Extract) -> None:
    text = "By 1964 the Johnson administration had come down on the side of Malaysia."
    assert states(extract(text, "1966-01-01"), "EXPRESS_SUPPORT") == [["MYS", "USA"]]


def test_a_third_state_welcoming_an_accord_backs_its_parties(extract: Extract) -> None:
    text = (
        "Ethiopia and Eritrea signed a peace accord in Algiers in December 2000. "
        "Kenya welcomed the agreement."
    )
    assert ["ERI", "ETH", "KEN"] in states(extract(text, "2001-01-01"), "EXPRESS_SUPPORT")


def test_a_party_welcoming_its_own_accord_backs_nobody(extract: Extract) -> None:
    text = (
        "Jordan and Israel signed a peace treaty in October 1994. "
        "In Amman, King Hussein welcomed the agreement."
    )
    assert states(extract(text, "1995-01-01"), "EXPRESS_SUPPORT") == []
