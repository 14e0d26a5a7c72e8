"""Round-19 agreements: a truce, ceasefire, armistice, peace or alliance signed or concluded; an
agreement renewed or extended (not when negated, nor extended to a territory); ratifications
exchanged; an agreement that "followed" (in a month). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Greece and Bulgaria concluded a truce in Sofia in October 1913.", ["BGR", "GRC"]),
        ("A ceasefire was signed in Geneva on 2 May 1954 by France and Egypt.", ["EGY", "FRA"]),
        ("Denmark and Sweden signed the peace in Copenhagen in 1720.", ["DNK", "SWE"]),
        ("Peru and Chile signed an armistice in Lima in 1883.", ["CHL", "PER"]),
        ("In 1902 Britain signed an alliance with Japan.", ["GBR", "JPN"]),
        ("The Franco-Russian alliance was concluded in 1894.", ["FRA", "RUE"]),
    ],
)
def test_a_settlement_signed_is_an_agreement(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")


@pytest.mark.parametrize(
    "text",
    [
        "In 1960 Peru and Chile concluded that peace was the only course.",
        "In 1960 Peru and Chile joined the alliance.",
        "Mexico and Cuba signed a letter calling for peace in 1961.",
    ],
)
def test_no_settlement_signed_without_one_signed(extract: Extract, text: str) -> None:
    assert ["CHL", "PER"] not in states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")
    assert ["CUB", "MEX"] not in states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1925 Egypt and Iran renewed the treaty of commerce for ten years.", ["EGY", "IRN"]),
        ("The alliance between Portugal and Brazil was extended in June 1911.", ["BRA", "PRT"]),
        (
            "Norway held that its alliance with Sweden, renewed in May 1905, was of value.",
            ["NOR", "SWE"],
        ),
    ],
)
def test_an_agreement_renewed_is_signed_anew(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")


@pytest.mark.parametrize(
    "text",
    [
        "In 1925 Egypt and Iran did not renew the treaty of commerce.",
        "In 1962 Iran and Egypt extended the trade agreement to Kuwait.",
        "In 1962 Iran extended credits to Egypt under the trade agreement.",
    ],
)
def test_no_renewal_negated_or_to_a_territory(extract: Extract, text: str) -> None:
    assert ["EGY", "IRN"] not in states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")


def test_ratifications_exchanged(extract: Extract) -> None:
    text = (
        "Norway and Iceland signed a fisheries convention in 1950. "
        "The two governments exchanged ratifications in March 1951."
    )
    found = dated_states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")
    assert (["ISL", "NOR"], ("1951-03", "1951-03")) in found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil and Paraguay opened talks in 1969. A trade agreement followed in July 1970.",
        "Brazil and Paraguay opened talks in 1969. An Act for Cooperation followed in July 1970.",
    ],
)
def test_an_agreement_that_followed(extract: Extract, text: str) -> None:
    found = dated_states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")
    assert (["BRA", "PRY"], ("1970-07", "1970-07")) in found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil and Paraguay opened talks in 1969. The treaty followed the French model.",
        "Brazil and Paraguay opened talks in 1969. An act of sabotage followed in July 1970.",
    ],
)
def test_no_agreement_followed_without_one_made(extract: Extract, text: str) -> None:
    assert states(extract(text, "1990-01-01"), "SIGN_AGREEMENT") == []


def test_the_craft_a_signing_took_place_on_is_no_party(extract: Extract) -> None:
    text = "Egypt and Israel signed an agreement aboard a British warship in January 1978."
    assert states(extract(text, "1990-01-01"), "SIGN_AGREEMENT") == [["EGY", "ISR"]]


def test_the_republic_of_indonesia_signs_before_the_transfer_of_sovereignty(
    extract: Extract,
) -> None:
    text = "Indonesia and the Netherlands signed an agreement at Cheribon in March 1947."
    assert states(extract(text, "1990-01-01"), "SIGN_AGREEMENT") == [["IDN", "NLD"]]


@pytest.mark.parametrize(
    "text",
    [
        "In 1960 the agreement between Peru and Ecuador lost its validity.",
        "Lima declared that the treaty between Peru and Ecuador had lost its force.",
    ],
)
def test_an_agreement_that_lost_its_force_ends(extract: Extract, text: str) -> None:
    assert ["ECU", "PER"] in states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT")


def test_no_end_of_an_agreement_when_something_else_lost_its_force(extract: Extract) -> None:
    text = "In 1960 the army of Peru lost its force after the treaty with Ecuador."
    assert states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT") == []


def test_plural_treaties_ended_with_several_states_are_one_act_per_pair(
    extract: Extract,
) -> None:
    text = "In May 1955 the Soviet Union annulled its treaties of alliance with Britain and France."
    found = states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT")
    assert sorted(found) == [["FRA", "SUN"], ["GBR", "SUN"]]


def test_a_singular_treaty_ended_with_several_states_stays_one_act(extract: Extract) -> None:
    text = "In 1962 Egypt denounced the treaty with Britain and France."
    found = states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT")
    assert found == [["EGY", "FRA", "GBR"]]


def test_the_following_month_after_a_date_told_before(extract: Extract) -> None:
    text = (
        "Poland signed a trade agreement with Britain in December 1956. "
        "Hungary signed a trade agreement with Britain the following May."
    )
    found = dated_states(extract(text, "1960-01-01"), "SIGN_AGREEMENT")
    assert (["GBR", "HUN"], ("1957-05", "1957-05")) in found


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "In 1903 the King went to Paris. "
            "Britain and Japan renewed their alliance in August last.",
            "1905-08",
        ),
        (
            "In 1903 the King went to Paris. "
            "Britain and Japan renewed their alliance in May last year.",
            "1905-05",
        ),
    ],
)
def test_a_month_with_last_after_it_is_the_last_before_the_letter(
    extract: Extract, text: str, month: str
) -> None:
    found = dated_states(extract(text, "1906-01-31"), "SIGN_AGREEMENT")
    assert (["GBR", "JPN"], (month, month)) in found


def test_a_named_craft_in_apposition_is_no_party_of_a_signing(extract: Extract) -> None:
    text = (
        "Indonesia and the Netherlands fought in 1947. Indonesia appealed to India, and the "
        "Netherlands refused talks with Indonesia. A truce was concluded aboard the American "
        "transport USS Renville in January 1948."
    )
    found = dated_states(extract(text, "1990-01-01"), "SIGN_AGREEMENT")
    assert found == [(["IDN", "NLD"], ("1948-01", "1948-01"))]
