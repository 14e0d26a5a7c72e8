"""Round-26 state resolution: Korea before the annexation of 1910 (the Joseon kingdom and the
Korean Empire) is KOR, Korea under Japanese rule is no state and its cities Japan's; the
predecessor states of the nineteenth century (Prussia, Sardinia, the Two Sicilies, the Hawaiian
Kingdom, Morocco before 1912); liberation movements and parties that act for a territory
(SWAPO, the Viet Cong, ZANU before and after 1980, the Kuomintang before and after 1949).
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.gazetteer import link_state, load_gazetteer

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("name", "year", "code"),
    [
        ("Korea", 1882, "KOR"),
        ("Korean", 1895, "KOR"),
        ("Corea", 1885, "KOR"),
        ("Korean Empire", 1900, "KOR"),
        ("Seoul", 1883, "KOR"),
        ("Korea", 1925, None),
        ("Korean", 1930, None),
        ("Korea", 1960, None),  # the DPRK or the Republic, read from context
        ("South Korea", 1960, "KOR"),
        ("Pyongyang", 1960, "PRK"),
        ("Prussia", 1860, "DEU"),
        ("Germany", 1860, None),
        ("Sardinia", 1855, "ITA"),
        ("Rome", 1865, "VAT"),
        ("Rome", 1880, "ITA"),
        ("Two Sicilies", 1850, "SIC"),
        ("Hawaii", 1875, "HAW"),
        ("Morocco", 1906, "MAR"),
        ("Morocco", 1930, None),
        ("Tunisia", 1870, "TUN"),
    ],
)
def test_names_by_era(name: str, year: int, code: str | None) -> None:
    assert link_state(name, year) == code


def test_korea_exists_before_annexation_and_after_1948_only() -> None:
    korea = load_gazetteer().states["KOR"]
    assert korea.existed_in(1882) and korea.existed_in(1905) and korea.existed_in(1990)
    assert not korea.existed_in(1925) and not korea.existed_in(1946)


def test_party_state_by_era() -> None:
    orgs = load_gazetteer().orgs
    assert orgs["KMT"].country_in(1937) == "CHN"
    assert orgs["KMT"].country_in(1960) == "TWN"
    assert orgs["KMT"].country_in(None) == "TWN"
    assert orgs["ZANU"].country_in(1976) == "RHO"
    assert orgs["ZANU"].country_in(1985) == "ZWE"
    assert orgs["SWAPO"].country_in(1975) == "NAM"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "In 1882 Korea signed a treaty of amity with the United States at Chemulpo.",
            "SIGN_AGREEMENT",
            ["KOR", "USA"],
        ),
        ("In 1883 the United States opened a legation in Seoul.", "OPEN_MISSION", ["KOR", "USA"]),
        (
            "In 1899 the Korean Empire signed a commercial treaty with China.",
            "SIGN_AGREEMENT",
            ["CHN", "KOR"],
        ),
        (
            "In 1858 Prussia signed a commercial treaty with Japan.",
            "SIGN_AGREEMENT",
            ["DEU", "JPN"],
        ),
        (
            "In 1875 Hawaii signed a reciprocity treaty with the United States.",
            "SIGN_AGREEMENT",
            ["HAW", "USA"],
        ),
        (
            "In 1906 Morocco signed a commercial convention with Spain.",
            "SIGN_AGREEMENT",
            ["ESP", "MAR"],
        ),
        (
            "In 1937 the Soviet Union sent aircraft to the Kuomintang government.",
            "PROVIDE_AID",
            ["CHN", "SUN"],
        ),
        ("In 1965 North Vietnam sent supplies to the Viet Cong.", "PROVIDE_AID", ["RVN", "VDR"]),
        (
            "Zambia had for many years championed SWAPO's cause at the United Nations.",
            "EXPRESS_SUPPORT",
            ["NAM", "ZMB"],
        ),
    ],
)
def test_historical_and_movement_parties(
    extract: Extract, text: str, kind: str, expected: list[str]
) -> None:
    found = states(extract(text, "1990-01-01"), kind)
    assert expected in found, found


def test_korea_under_japanese_rule_is_no_state(extract: Extract) -> None:
    """Near miss: a visit to Seoul in 1925 is a visit to Japanese territory, not to Korea."""
    found = states(extract("In 1925 the American consul visited Seoul.", "1990-01-01"), "VISIT")
    assert ["JPN", "USA"] in found, found
    assert not any("KOR" in f for f in found), found
