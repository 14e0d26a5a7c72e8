"""Round-8 trigger patterns for agreements, aid and support: agreements accepted or put one's
name to, aid resumed, debts written off, reparations delivered, asylum for groups, payments
arriving, troops flown in or sent after a disaster, works built with another state's grants,
praise of a leader's qualities; and what is none of these (an agreement's provisions, an army
moving "in support of" a party). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary as _summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _of_type(doc: Doc, etype: str) -> list[list[str]]:
    return [s for t, s in _summary(doc) if t == etype]


# --- agreements accepted, names put to texts -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("In May 1974 Israel and Syria accepted a disengagement agreement.", ["ISR", "SYR"]),
        ("In 1949 Egypt and Israel accepted an armistice agreement at Rhodes.", ["EGY", "ISR"]),
        ("Late in 1921 Britain and Ireland accepted the treaty drafted in London.", None),
    ],
)
def test_accepting_an_agreement_concludes_it(
    extract: Extract, text: str, states: list[str] | None
) -> None:
    found = _of_type(extract(text), "SIGN_AGREEMENT")
    assert found
    if states is not None:
        assert states in found


@pytest.mark.parametrize(
    "text",
    [
        "In 1974 Syria refused to accept the agreement.",
        "In 1948 Egypt accepted an invitation to the conference in Rhodes.",
    ],
)
def test_refusing_an_agreement_or_accepting_an_invitation_is_no_signing(
    extract: Extract, text: str
) -> None:
    assert not _of_type(extract(text), "SIGN_AGREEMENT")


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "In 1974 the American envoy put his name, beside that of the Panamanian foreign "
            "minister, to a statement of principles.",
            None,
        ),
        (
            "On 26 March 1979 the Egyptian and Israeli leaders put their names to the treaty.",
            ["EGY", "ISR"],
        ),
        ("In 1951 India and Nepal put their signatures to a treaty of friendship.", ["IND", "NPL"]),
    ],
)
def test_putting_ones_name_to_a_text_signs_it(
    extract: Extract, text: str, states: list[str] | None
) -> None:
    found = _of_type(extract(text), "SIGN_AGREEMENT")
    assert found
    if states is not None:
        assert states in found


# --- aid resumed, debts written off, reparations delivered ----------------------------------


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Sweden restored development aid to Vietnam in 1990.", ["SWE", "VNM"]),
        ("In 1978 the United States resumed economic assistance to Egypt.", ["EGY", "USA"]),
        ("Japan renewed its credits to China in 1990.", ["CHN", "JPN"]),
    ],
)
def test_aid_restored_or_resumed_is_aid(extract: Extract, text: str, states: list[str]) -> None:
    assert states in _of_type(extract(text), "PROVIDE_AID")


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("In 1991 the United States wrote off Egypt's military debt.", ["EGY", "USA"]),
        ("In 1994 France waived part of Senegal's debt to it.", ["FRA", "SEN"]),
        ("The Soviet Union cancelled the debts of Mongolia in 1989.", ["MNG", "SUN"]),
    ],
)
def test_debt_written_off_or_forgiven_is_aid(
    extract: Extract, text: str, states: list[str]
) -> None:
    assert states in _of_type(extract(text), "PROVIDE_AID")


def test_a_debt_repaid_is_no_aid(extract: Extract) -> None:
    assert not _of_type(extract("In 1990 Egypt paid off its debt to France."), "PROVIDE_AID")


@pytest.mark.parametrize(
    "text",
    [
        "Reparations in the form of machinery were delivered to Burma from 1955 to 1965.",
        "Japan delivered reparations to Indonesia from 1958 to 1970.",
        "West Germany shipped reparations in goods to Israel from 1953.",
    ],
)
def test_reparations_delivered_are_aid(extract: Extract, text: str) -> None:
    assert _of_type(extract(text), "PROVIDE_AID")


# --- asylum for groups, parties financed, payments arriving ---------------------------------


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("In 1970 Algeria granted asylum to the members of the cell.", None),
        ("In 1973 Mexico granted asylum to hundreds of Chileans.", ["CHL", "MEX"]),
        ("Sweden gave asylum to the hijackers of the Yugoslav airliner in 1972.", None),
    ],
)
def test_asylum_granted_to_a_group_is_aid(
    extract: Extract, text: str, states: list[str] | None
) -> None:
    found = _of_type(extract(text), "PROVIDE_AID")
    assert found
    if states is not None:
        assert states in found


@pytest.mark.parametrize(
    "text",
    [
        "From 1963 Iran financed the tribes loyal to the sultan of Oman.",
        "In 1975 South Africa armed the royalists in Angola.",
        "Libya funded the separatists in the Philippines during the 1970s.",
    ],
)
def test_financing_armed_groups_is_aid(extract: Extract, text: str) -> None:
    assert _of_type(extract(text), "PROVIDE_AID")


@pytest.mark.parametrize(
    "text",
    [
        "The first Kuwaiti payments reached Damascus in 1968.",
        "American subsidies arrived in Amman in the spring of 1957.",
        "The first payments from Libya reached Cairo before the end of 1967.",
    ],
)
def test_payments_arriving_are_aid(extract: Extract, text: str) -> None:
    assert _of_type(extract(text), "PROVIDE_AID")


# --- troops flown in, sent after a disaster -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 1978 Cuba flew in combat troops to Ethiopia.",
        "France flew in paratroopers, some 600 of them.",
        "In 1964 Belgium flew in troops.",
    ],
)
def test_troops_flown_in_are_military_aid(extract: Extract, text: str) -> None:
    assert _of_type(extract(text), "PROVIDE_AID")


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "When the earthquake struck Turkey in 1999, Greece sent three hundred soldiers, "
            "its largest relief operation abroad.",
            ["GRC", "TUR"],
        ),
        (
            "After the tsunami of 2004 Australia sent nine hundred members of its armed forces "
            "to Indonesia for disaster relief.",
            ["AUS", "IDN"],
        ),
        (
            "After the floods of 2010 the United States sent troops to Pakistan to help with "
            "the rescue.",
            ["PAK", "USA"],
        ),
    ],
)
def test_troops_sent_for_disaster_relief_are_aid(
    extract: Extract, text: str, states: list[str]
) -> None:
    assert states in _of_type(extract(text), "PROVIDE_AID")


@pytest.mark.parametrize(
    "text",
    [
        "In 1968 the Soviet Union sent troops to Czechoslovakia.",
        "In 1979 Vietnam sent thousands of soldiers into Cambodia.",
    ],
)
def test_troops_sent_without_relief_are_no_aid(extract: Extract, text: str) -> None:
    assert not _of_type(extract(text), "PROVIDE_AID")


# --- works built with grants or by another state's workers ----------------------------------


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("With Soviet credits Egypt built the steel works at Helwan in 1958.", ["EGY", "SUN"]),
        ("With Chinese loans Tanzania built a railway to Zambia.", None),
        ("With Japanese grants Burma built a hydroelectric plant in 1960.", ["JPN", "MMR"]),
    ],
)
def test_works_built_with_grants_are_aid(
    extract: Extract, text: str, states: list[str] | None
) -> None:
    found = _of_type(extract(text), "PROVIDE_AID")
    assert found
    if states is not None:
        assert states in found


def test_works_built_at_home_are_no_aid(extract: Extract) -> None:
    doc = extract("In 1960 Chinese workers built a bridge in Wuhan.")
    assert not _of_type(doc, "PROVIDE_AID")


# --- praise of a leader's or a state's qualities --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 1978 the American president praised the Egyptian leader's courage.",
        "In his speech in 1994 President Clinton praised the leadership of King Hussein.",
        "The Indian premier hailed the wisdom of the Nepalese king in 1955.",
    ],
)
def test_praising_a_leaders_qualities_expresses_support(extract: Extract, text: str) -> None:
    assert _of_type(extract(text), "EXPRESS_SUPPORT")


def test_praising_the_weather_expresses_no_support(extract: Extract) -> None:
    doc = extract("In 1994 the French president praised the courage of the firefighters.")
    assert not _of_type(doc, "EXPRESS_SUPPORT")


# --- what is no aid and no support ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 1965 the agreement provided for a ceasefire, the end of Saudi aid to the royalists "
        "and a conference.",
        "It provided for a truce, the end of Iranian aid to the Kurds, the withdrawal of Iraqi "
        "troops and a conference of Kurdish leaders, which met in Baghdad in May 1970.",
        "The accord of 1970 required the suspension of Iranian aid to the Kurds.",
        "The treaty brought a halt to Soviet assistance to Somalia in 1977.",
    ],
)
def test_aid_ended_by_a_noun_is_no_aid(extract: Extract, text: str) -> None:
    assert not _of_type(extract(text), "PROVIDE_AID")


@pytest.mark.parametrize(
    "text",
    [
        "In July 1977 the Somali army crossed the border in support of the rebels.",
        "In 1979 Tanzanian troops marched into Uganda in support of the exiles.",
        "Syrian forces entered Lebanon in support of the Christian militias in 1976.",
    ],
)
def test_troops_moving_in_support_of_a_party_express_no_support(
    extract: Extract, text: str
) -> None:
    assert not _of_type(extract(text), "EXPRESS_SUPPORT")


def test_a_state_speaking_in_support_of_another_still_expresses_support(
    extract: Extract,
) -> None:
    doc = extract("In 1962 the Indian delegate spoke in support of Algeria's independence.")
    assert _of_type(doc, "EXPRESS_SUPPORT")


def test_accepting_what_a_text_will_say_is_no_signing(extract: Extract) -> None:
    doc = extract("In 1972 the Indian side accepted that the treaty would name both rivers.")
    assert not _of_type(doc, "SIGN_AGREEMENT")


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("In 1954 Japan and Burma concluded a reparations arrangement.", ["JPN", "MMR"]),
        ("Britain and Egypt signed a payments arrangement in Cairo in 1959.", ["EGY", "GBR"]),
        (
            "The Joint Defence Arrangements, concluded in 1960 by Norway and Denmark, lasted "
            "ten years.",
            ["DNK", "NOR"],
        ),
    ],
)
def test_an_arrangement_concluded_is_an_agreement(
    extract: Extract, text: str, states: list[str]
) -> None:
    assert states in _of_type(extract(text), "SIGN_AGREEMENT")


def test_acting_by_arrangement_with_a_state_signs_nothing(extract: Extract) -> None:
    doc = extract("In 1970, by arrangement with Ottawa, Cuba took in the kidnappers.")
    assert not _of_type(doc, "SIGN_AGREEMENT")
