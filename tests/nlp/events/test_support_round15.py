"""Round-15 envoys, missions, support and aid: envoys called home or recalled by title, missions
whose work stops or starts or that are raised in rank, the purpose of a future act, support
stated "in favour of", by a backer or against an opponent, and sums of aid delivered, lent,
voted or brought home. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, summary, types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected", "start"),
    [
        (
            "In 1971 Ghana recalled its High Commissioner from Nigeria.",
            ["GHA", "NGA"],
            "1971",
        ),
        (
            "In 1966 the Kenyan Government recalled its High Commissioner in Kampala.",
            ["KEN", "UGA"],
            "1966",
        ),
        (
            "The Tanzanian Government said on 15 December 1965 that it had recalled its High"
            " Commissioner in London.",
            ["GBR", "TZA"],
            "1965",
        ),
    ],
)
def test_high_commissioner_recalled(
    extract: Extract, text: str, expected: list[str], start: str
) -> None:
    found = dated_states(extract(text), "RECALL_ENVOY")
    assert any(c == expected and d is not None and (d[0] or "").startswith(start) for c, d in found)


@pytest.mark.parametrize(
    "text",
    [
        "In January 1960 the State Department had called Ambassador Bonsal home for consultations.",
        "In March 1965 the Foreign Office called Ambassador Smith home from Cairo.",
    ],
)
def test_titled_envoy_called_home(extract: Extract, text: str) -> None:
    assert "RECALL_ENVOY" in types(extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2017 Malaysia suspended the operations of its embassy in Pyongyang.", ["MYS", "PRK"]),
        ("In 1980 Canada suspended the activities of its embassy in Tehran.", ["CAN", "IRN"]),
        ("In 1990 Britain halted the work of its consulate in Basra.", ["GBR", "IRQ"]),
        (
            "In May 1981 the Reagan administration closed the Libyan People's Bureau in"
            " Washington.",
            ["LBY", "USA"],
        ),
    ],
)
def test_mission_work_suspended_or_bureau_closed(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("CLOSE_MISSION", expected) in summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The company suspended the operations of its plant in Detroit in 2009.",
        "In 1990 the newspaper closed its bureau in Moscow.",
    ],
)
def test_no_mission_closed_by_a_firm(extract: Extract, text: str) -> None:
    assert "CLOSE_MISSION" not in types(extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Mongolian embassy began work in Tokyo in 1973.", ["JPN", "MNG"]),
        ("In 1992 the Israeli embassy in Beijing started operations.", ["CHN", "ISR"]),
        ("In 1955 Sweden and Finland raised their legations to embassy status.", ["FIN", "SWE"]),
        (
            "In 1962 Britain raised its legation in Mexico City to the status of an embassy.",
            ["GBR", "MEX"],
        ),
    ],
)
def test_mission_starts_work_or_is_raised(extract: Extract, text: str, expected: list[str]) -> None:
    assert ("OPEN_MISSION", expected) in summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "On 15 October 1962 Ben Bella said he would send Mr. Guellal to Washington to open the"
        " Algerian Embassy.",
        "In 1975 Peking announced that it would send a team to Dar es Salaam to open a consulate.",
        "In May 1970 the minister said he would fly to Cairo to sign the trade agreement with"
        " Egypt.",
    ],
)
def test_purpose_of_a_future_act_is_not_done(extract: Extract, text: str) -> None:
    found = types(extract(text))
    assert "OPEN_MISSION" not in found
    assert "SIGN_AGREEMENT" not in found


def test_purpose_of_a_past_act_is_done(extract: Extract) -> None:
    found = summary(
        extract("In 1962 Algeria sent Mr. Guellal to Washington to open the Algerian Embassy.")
    )
    assert ("OPEN_MISSION", ["DZA", "USA"]) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1960 the Indian delegate spoke in favour of China's admission to the United"
            " Nations.",
            ["CHN", "IND"],
        ),
        (
            "In 1974 the Mexican government came out in favour of Cuba's return to the OAS.",
            ["CUB", "MEX"],
        ),
        (
            "For years Libya had been the most generous backer of the Polisario Front against"
            " Morocco.",
            ["LBY", "MAR"],
        ),
        (
            "Beijing was among the most outspoken champions of the Palestinian cause.",
            ["CHN", "PSE"],
        ),
        (
            "In the 1960s Egypt was the chief supporter of the Yemeni republic against Saudi"
            " Arabia.",
            ["EGY", "SAU", "YEM"],
        ),
        (
            "In October 1961 the Chinese premier Zhou Enlai publicly defended the Albanian party"
            " against Khrushchev.",
            ["ALB", "CHN", "SUN"],
        ),
        ("In 1956 India defended the Egyptian position against Britain.", ["EGY", "GBR", "IND"]),
    ],
)
def test_support_in_favour_as_backer_or_against_an_opponent(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("EXPRESS_SUPPORT", expected) in summary(extract(text))


def test_an_army_defending_a_country_states_no_support(extract: Extract) -> None:
    assert "EXPRESS_SUPPORT" not in types(
        extract("In 1941 the British army defended Egypt against Italy.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2009 the China Development Bank lent the Brazilian state oil company Petrobras"
            " 10 billion dollars.",
            ["BRA", "CHN"],
        ),
        (
            "In 1964 the Japanese Diet voted a loan of 20 billion yen to Indonesia.",
            ["IDN", "JPN"],
        ),
        ("In December 1965 Britain sent a squadron of Javelin fighters to Zambia.", ["GBR", "ZMB"]),
        ("In 1970 France sent twenty Mirage fighters to Libya.", ["FRA", "LBY"]),
        (
            "Over the following five years Washington delivered some $500 million in military"
            " and economic assistance to the Philippines.",
            ["PHL", "USA"],
        ),
        ("In 1990 Japan shipped 30 million dollars in aid to Bangladesh.", ["BGD", "JPN"]),
        (
            "In 1958 Nasser returned from Moscow with a Soviet loan for the High Dam.",
            ["EGY", "SUN"],
        ),
        (
            "Aquino travelled to Washington in September 1986 and held talks with President"
            " Reagan; she came home with additional American aid.",
            ["PHL", "USA"],
        ),
    ],
)
def test_sums_and_arms_given(extract: Extract, text: str, expected: list[str]) -> None:
    assert ("PROVIDE_AID", expected) in summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "By 1984 Qadhafi had abandoned the guerrillas, and Libyan arms deliveries to the"
        " Polisario appear to have stopped by the end of 1984.",
        "Soviet arms shipments to Egypt seemed to halt in 1972.",
        "He came home with his family in 1960.",
    ],
)
def test_stopped_deliveries_and_plain_returns_are_no_aid(extract: Extract, text: str) -> None:
    assert "PROVIDE_AID" not in types(extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 10 March 2023 Iran and Saudi Arabia agreed in Beijing to restore diplomatic"
            " relations. China's Foreign Minister Wang Yi has publicly supported the"
            " reconciliation.",
            ["CHN", "IRN", "SAU"],
        ),
        (
            "On 19 December 1984 Britain and China signed the Joint Declaration on Hong Kong."
            " The United States has welcomed the settlement since its text was published in"
            " September.",
            ["CHN", "GBR", "USA"],
        ),
    ],
)
def test_support_of_an_accord_takes_the_pair_told_before(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert ("EXPRESS_SUPPORT", expected) in summary(extract(text))


def test_an_accord_naming_its_states_keeps_them(extract: Extract) -> None:
    found = summary(
        extract(
            "In 1972 India and Pakistan signed the Simla agreement. In 1973 Britain welcomed"
            " the settlement between India and Bangladesh."
        )
    )
    assert ("EXPRESS_SUPPORT", ["BGD", "GBR", "IND"]) in found


def test_the_forum_of_a_stance_is_no_side(extract: Extract) -> None:
    found = summary(
        extract(
            "Zhou Enlai recalled that at the Twenty-Second Congress of the CPSU in Moscow, in"
            " October 1961, he had publicly defended the Albanian Party of Labour against"
            " Khrushchev's attack."
        )
    )
    assert ("EXPRESS_SUPPORT", ["ALB", "CHN"]) in found


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Moscow severed relations with Israel on 10 June 1967, and its allies followed"
            " suit; Romania alone kept its legation in Tel Aviv, and in 1969 the two states"
            " raised their missions to embassy rank.",
            "OPEN_MISSION",
            ["ISR", "ROU"],
        ),
        (
            "In 1950 Britain broke with Spain; Sweden kept its legation in Madrid, and in 1952"
            " the two countries signed a trade agreement.",
            "SIGN_AGREEMENT",
            ["ESP", "SWE"],
        ),
    ],
)
def test_the_two_states_of_the_clause_before(
    extract: Extract, text: str, kind: str, expected: list[str]
) -> None:
    assert (kind, expected) in summary(extract(text))


def test_embassies_renamed_open_nothing(extract: Extract) -> None:
    text = 'In 1979 Libya turned its embassies abroad into "people\'s bureaus".'
    assert "OPEN_MISSION" not in types(extract(text))


def test_a_referendum_approving_a_settlement_backs_no_one(extract: Extract) -> None:
    text = "A referendum in Argentina in November 1984 approved the settlement by a wide margin."
    assert "EXPRESS_SUPPORT" not in types(extract(text))
