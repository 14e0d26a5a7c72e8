"""Round-14 event arguments: which states a support, a recall or a meeting is given.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_a_vote_against_a_measure_supports_the_state_it_strikes(extract: Extract) -> None:
    doc = extract(
        "In November 2011 Lebanon and Yemen voted against the suspension of Syria from the Arab"
        " League.",
        "2012-01-01",
    )
    assert sorted(states(doc, "EXPRESS_SUPPORT")) == [["LBN", "SYR"], ["SYR", "YEM"]]


def test_the_doer_of_sanctions_is_still_opposed(extract: Extract) -> None:
    doc = extract("In 1980 Canada backed Kenya against the sanctions of Uganda.", "1981-01-01")
    assert states(doc, "EXPRESS_SUPPORT") == [["CAN", "KEN"]]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Mongolia's leaders have sided openly with Moscow in its ideological quarrel with"
            " Peking.",
            "1966-01-01",
            ["CHN", "MNG", "SUN"],
        ),
        (
            "In 1978 Laos sided with Vietnam in its dispute with Cambodia.",
            "1979-01-01",
            ["KHM", "LAO", "VNM"],
        ),
    ],
)
def test_the_rival_in_a_quarrel_is_the_opponent(
    extract: Extract, text: str, date: str, expected: list[str]
) -> None:
    assert states(extract(text, date), "EXPRESS_SUPPORT") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1965 Peking endorsed Pakistan's stand against what it called Indian aggression.",
            [["CHN", "IND", "PAK"]],
        ),
        (
            "In 1965 Moscow backed Cairo's position against what the Kremlin termed Israeli"
            " expansion.",
            [["EGY", "ISR", "SUN"]],
        ),
        (
            "In 1965 Peking endorsed what it called the Indian proposal for talks with Pakistan.",
            [["CHN", "IND"]],
        ),
    ],
)
def test_a_demonym_in_what_the_supporter_calls_the_threat(
    extract: Extract, text: str, expected: list[list[str]]
) -> None:
    assert states(extract(text, "1966-01-01"), "EXPRESS_SUPPORT") == expected


def test_an_invasion_against_which_support_is_given_names_the_opponent(
    extract: Extract,
) -> None:
    against = extract("In 1979 Moscow backed Hanoi against the Chinese invasion.", "1980-01-01")
    during = extract("In 1979 Moscow backed Hanoi during the Chinese invasion.", "1980-01-01")
    assert states(against, "EXPRESS_SUPPORT") == [["CHN", "SUN", "VNM"]]
    assert states(during, "EXPRESS_SUPPORT") == [["SUN", "VNM"]]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Japan and China signed the communiqué in September 1972 despite objections from"
            " Taiwan.",
            "SIGN_AGREEMENT",
            ["CHN", "JPN"],
        ),
        (
            "Sadat flew to Jerusalem in November 1977 despite warnings from Damascus.",
            "VISIT",
            ["EGY", "ISR"],
        ),
        (
            "Talks between Bonn and Israel had opened at Wassenaar in March 1952. Negotiations"
            " resumed at The Hague in June 1952, amid fierce protests in Israel.",
            "MEET",
            ["DEU", "ISR"],
        ),
    ],
)
def test_a_state_in_an_amid_or_despite_phrase_is_no_party(
    extract: Extract, text: str, kind: str, expected: list[str]
) -> None:
    found = states(extract(text, "1980-01-01"), kind)
    assert found
    assert all(s == expected for s in found)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "In 1979 Iran broke off relations with Egypt after Cairo signed a peace treaty with"
            " Israel.",
            "END_RELATIONS",
            [["EGY", "IRN"]],
        ),
        (
            "Ghana recalled its ambassador from Moscow in 1966 because the Soviet Union had"
            " sheltered Nkrumah in Guinea.",
            "RECALL_ENVOY",
            [["GHA", "SUN"]],
        ),
        (
            "Kenya established relations with China in 1964 before Tanzania did.",
            "ESTABLISH_RELATIONS",
            [["CHN", "KEN"]],
        ),
    ],
)
def test_a_later_clause_of_time_or_cause_lends_no_party(
    extract: Extract, text: str, kind: str, expected: list[list[str]]
) -> None:
    assert states(extract(text, "1980-01-01"), kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "When Chinese troops routed the Indian army in 1962, Washington sent arms to New"
            " Delhi within weeks.",
            "PROVIDE_AID",
            [["IND", "USA"]],
        ),
        (
            "As Soviet tanks entered Prague in August 1968, Romania and Yugoslavia signed a pact"
            " of mutual consultation.",
            "SIGN_AGREEMENT",
            [["ROU", "YUG"]],
        ),
        (
            "After Egypt expelled the Soviet advisers in 1972, Saudi Arabia gave Cairo fresh"
            " credits.",
            "PROVIDE_AID",
            [["EGY", "SAU"]],
        ),
        (
            "When Kosygin visited Hanoi in February 1965, the two sides signed an aid agreement.",
            "SIGN_AGREEMENT",
            [["SUN", "VDR"]],
        ),
    ],
)
def test_a_time_clause_gives_no_party_to_an_act_naming_its_own(
    extract: Extract, text: str, kind: str, expected: list[list[str]]
) -> None:
    assert states(extract(text, "1980-01-01"), kind) == expected


def test_the_determiner_of_a_time_phrase_is_no_second_subject(extract: Extract) -> None:
    doc = extract(
        "Kissinger flew to Pakistan in July 1971. Zhou Enlai had already, in a message to the"
        " Pakistani president that spring, publicly endorsed Pakistan's stand against what"
        " Beijing called Indian interference.",
        "1972-01-01",
    )
    assert states(doc, "EXPRESS_SUPPORT") == [["CHN", "IND", "PAK"]]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Mozambique and Guinea-Bissau, both former Portuguese territories governed by"
            " movements allied to the MPLA, also recognised the Luanda government yesterday.",
            "ESTABLISH_RELATIONS",
            [["AGO", "MOZ"], ["AGO", "GNB"]],
        ),
        (
            "Albania, a small country supplied for years by ships sailing from China, broke off"
            " relations with Yugoslavia in 1948.",
            "END_RELATIONS",
            [["ALB", "YUG"]],
        ),
        (
            "Kenya, a country long governed by leaders friendly to Britain, established relations"
            " with China in 1963.",
            "ESTABLISH_RELATIONS",
            [["CHN", "KEN"]],
        ),
    ],
)
def test_a_state_deep_in_a_description_of_the_subject_is_no_party(
    extract: Extract, text: str, kind: str, expected: list[list[str]]
) -> None:
    assert states(extract(text, "1976-01-01"), kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At Khartoum the Sudanese premier brought Nasser and King Faisal together on 31"
            " August 1967, and the two leaders concluded an agreement.",
            [["EGY", "SAU"]],
        ),
        (
            "In January 1966 Kosygin hosted Shastri and Ayub Khan at Tashkent, where the two"
            " leaders signed a declaration.",
            [["IND", "PAK"]],
        ),
        (
            "In 1965 Nasser and Nkrumah met in Accra, and the two presidents signed a trade"
            " agreement.",
            [["EGY", "GHA"]],
        ),
    ],
)
def test_the_two_leaders_are_the_two_people_named_together_before(
    extract: Extract, text: str, expected: list[list[str]]
) -> None:
    assert states(extract(text, "1970-01-01"), "SIGN_AGREEMENT") == expected
