"""Round-26 patterns (issue 4): aid as officers lent, forces trained or guarding, arms bought,
bases allowed, help given, troops asked for; support as a public defence, a welcomed coup and
a backed position whose author a relative clause names. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary as _summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1965 Japan lent an army officer to Thailand to train a new cavalry unit.",
            [("PROVIDE_AID", ["JPN", "THA"])],
        ),
        (
            "In 1965 France lent two officers to the Ivorian army.",
            [("PROVIDE_AID", ["CIV", "FRA"])],
        ),
        ("In 1986 Britain was training Zambian officers.", [("PROVIDE_AID", ["GBR", "ZMB"])]),
        ("In 1986 Britain was training its own officers.", []),
        (
            "In 1984 Zimbabwean troops were guarding the railway for Mozambique.",
            [("PROVIDE_AID", ["MOZ", "ZWE"])],
        ),
        ("In 1976 Cuban units protected Angola's oil fields.", [("PROVIDE_AID", ["AGO", "CUB"])]),
        ("In 1976 Israeli troops guarded the border.", []),
        (
            "In 1969 Soviet engineers helped the Iraq National Oil Company develop the field.",
            [("PROVIDE_AID", ["IRQ", "SUN"])],
        ),
        ("In 1969 American experts helped to draft the report.", []),
        (
            "In 1970 Libya bought more than 100 Mirage fighters from France.",
            [("PROVIDE_AID", ["FRA", "LBY"])],
        ),
        ("In 1972 Egypt bought wheat from the United States.", []),
        (
            "Since 1976 Tanzania had let Mozambican guerrillas operate from bases in its south.",
            [("PROVIDE_AID", ["MOZ", "TZA"])],
        ),
        ("In 1970 Spain allowed American ships to use its ports.", []),
        (
            "In 1975 the United States had given limited help to Zaire.",
            [("PROVIDE_AID", ["COD", "USA"])],
        ),
        ("In 1975 Britain gave help to the mediators.", []),
        (
            "In 1964 Britain sent troops to Tanzania at the invitation of its government.",
            [("PROVIDE_AID", ["GBR", "TZA"])],
        ),
        ("In 1956 the Soviet Union sent troops to Hungary.", []),
        (
            "The MPLA held Luanda. From November 1975 Cuba sent combat troops to fight on its "
            "side.",
            [("PROVIDE_AID", ["AGO", "CUB"])],
        ),
        ("Angola was at war. In 1975 Cuba sent troops to fight on the other side.", []),
    ],
)
def test_aid_patterns(extract: Extract, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _summary(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1985 the State Department was openly defending Machel's government.",
            [("EXPRESS_SUPPORT", ["MOZ", "USA"])],
        ),
        (
            "In 1979 Paris publicly defended the regime of Bokassa.",
            [("EXPRESS_SUPPORT", ["CAF", "FRA"])],
        ),
        ("In 1985 Cuban troops openly defended the government of Angola.", []),
        ("In 1985 the British minister defended his government's policy.", []),
        (
            "Moscow hailed the revolution in Ethiopia in 1974.",
            [("EXPRESS_SUPPORT", ["ETH", "SUN"])],
        ),
        ("In 1974 Moscow condemned the coup in Chile.", []),
        ("In 1971 Libyan radio hailed the abortive coup in Morocco.", []),
        (
            "In 1961 Moscow backed the proposals that the GDR government had put forward.",
            [("EXPRESS_SUPPORT", ["DDR", "SUN"])],
        ),
        (
            "In 1976 Washington supported the position Mr. Callaghan had set out in March, "
            "majority rule in Rhodesia within two years.",
            [("EXPRESS_SUPPORT", ["GBR", "USA"])],
        ),
    ],
)
def test_support_patterns(
    extract: Extract, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _summary(extract(text)) == expected
