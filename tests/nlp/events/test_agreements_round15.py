"""Round-15 agreements and relations: onlookers of an act ("to the irritation of X"), acts asked
for ("resisted calls to sever relations"), a government named by its leader, states of earlier
eras (Qing China, the Saudi kingdom of 1929), times on a verb undoing the act ("broke off
relations and restored them in 1946"), the act a participle spells out ("gave notice
terminating the agreement"), and separate agreements with several partners. Sentences written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states, summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 31 January 1967 Romania established diplomatic relations with West Germany,"
            " to the evident irritation of East Berlin.",
            [["DEU", "ROU"]],
        ),
        ("In 1972 Chad recognised Bangladesh, to the dismay of Pakistan.", [["BGD", "TCD"]]),
        (
            "In 1985 Uruguay restored relations with Cuba, to Washington's annoyance.",
            [["CUB", "URY"]],
        ),
    ],
)
def test_an_onlooker_of_the_act_is_no_party(
    extract: Extract, text: str, expected: list[list[str]]
) -> None:
    assert states(extract(text), "ESTABLISH_RELATIONS") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The government of Malaysia resisted calls to sever relations with North Korea.",
        "In 1973 Ghana rejected demands to break off relations with Israel.",
        "Kenya ignored requests to recognise the Biafran government in 1968.",
    ],
)
def test_an_act_asked_for_is_not_done(extract: Extract, text: str) -> None:
    kinds = {kind for kind, _ in summary(extract(text))}
    assert not kinds & {"END_RELATIONS", "ESTABLISH_RELATIONS"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Soviet Union recognised the government of Enver Hoxha on 10 November 1945.",
            (["ALB", "SUN"], ("1945-11-10", "1945-11-10")),
        ),
        (
            "France recognised the government of Ahmed Sékou Touré in January 1959.",
            (["FRA", "GIN"], ("1959-01", "1959-01")),
        ),
        (
            "In 1975 Portugal recognised the regime of Agostinho Neto.",
            (["AGO", "PRT"], ("1975", "1975")),
        ),
    ],
)
def test_a_government_named_by_its_leader_is_recognised(
    extract: Extract, text: str, expected: tuple[list[str], tuple[str, str]]
) -> None:
    assert dated_states(extract(text), "ESTABLISH_RELATIONS") == [expected]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Empire of Brazil and Qing China established relations in 1881, when a treaty"
            " of friendship was signed at Tianjin.",
            ["BRA", "CHN"],
        ),
        (
            "Iran recognized the Saudi state in 1929, when the two governments concluded a"
            " treaty of friendship.",
            ["IRN", "SAU"],
        ),
    ],
)
def test_states_of_earlier_eras_sign_in_a_when_clause(
    extract: Extract, text: str, pair: list[str]
) -> None:
    found = summary(extract(text))
    assert ("ESTABLISH_RELATIONS", pair) in found
    assert ("SIGN_AGREEMENT", pair) in found


@pytest.mark.parametrize(
    ("text", "etype", "start"),
    [
        (
            "Relations were strained in 1943, after a pilgrim was executed; Tehran broke off"
            " diplomatic relations and restored them only in 1946.",
            "END_RELATIONS",
            "1943",
        ),
        (
            "Ghana severed relations with Britain in March 1966, only to restore them in 1968.",
            "END_RELATIONS",
            "1966-03",
        ),
        (
            "Two decades later, in February 2020, the government of the Philippines gave notice"
            " terminating the agreement with the United States, only to suspend the notice"
            " within months and withdraw it in July 2021.",
            "TERMINATE_AGREEMENT",
            "2020-02",
        ),
    ],
)
def test_a_time_on_a_verb_undoing_the_act_does_not_date_it(
    extract: Extract, text: str, etype: str, start: str
) -> None:
    assert [d[0] for _, d in dated_states(extract(text), etype) if d] == [start]


def test_the_participle_keeps_its_own_time(extract: Extract) -> None:
    text = (
        "Mexico took its own stand on Chile after the 1973 coup, breaking off relations with"
        " the Pinochet government in November 1974."
    )
    assert [d for _, d in dated_states(extract(text), "END_RELATIONS")] == [("1974-11", "1974-11")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iceland established diplomatic relations with Estonia, Latvia and Lithuania. Its"
            " foreign minister signed separate protocols with each of his three Baltic"
            " counterparts, Lennart Meri of Estonia, Janis Jurkans of Latvia and Algirdas"
            " Saudargas of Lithuania.",
            [["EST", "ISL"], ["ISL", "LVA"], ["ISL", "LTU"]],
        ),
        (
            "Sweden's foreign minister visited the region in 1992 and signed individual"
            " agreements on cooperation with his counterparts from Estonia, Latvia and"
            " Lithuania.",
            [["EST", "SWE"], ["LVA", "SWE"], ["LTU", "SWE"]],
        ),
        (
            "Japan was eager to expand its trade in Eastern Europe. In 1957 its ambassador"
            " signed separate agreements on trade with Poland and with Czechoslovakia.",
            [["JPN", "POL"], ["CSK", "JPN"]],
        ),
    ],
)
def test_separate_agreements_are_one_pact_per_partner(
    extract: Extract, text: str, expected: list[list[str]]
) -> None:
    assert states(extract(text), "SIGN_AGREEMENT") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Algeria and Tunisia signed the Treaty of Fraternity and Concord in March 1983;"
            " Mauritania acceded to it in December 1983.",
            ["DZA", "MRT", "TUN"],
        ),
        (
            "In February 1955 Iraq and Turkey signed a pact of mutual cooperation. Britain"
            " acceded to the pact in April 1955.",
            ["GBR", "IRQ", "TUR"],
        ),
        (
            "In 1961 Ghana and Guinea signed a charter of union. Mali adhered to the charter"
            " in 1962.",
            ["GHA", "GIN", "MLI"],
        ),
    ],
)
def test_an_accession_joins_the_parties_of_the_agreement(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert expected in states(extract(text), "SIGN_AGREEMENT")


def test_an_accession_to_another_agreement_keeps_its_own_parties(extract: Extract) -> None:
    text = (
        "In 1961 Ghana and Guinea signed a charter of union. Mali acceded to the convention on"
        " refugees in 1962."
    )
    assert all("GIN" not in found for found in states(extract(text), "SIGN_AGREEMENT")[1:])


_WARSAW_1955 = ["ALB", "BGR", "CSK", "DDR", "HUN", "POL", "ROU", "SUN"]
_MANILA_1954 = ["AUS", "FRA", "GBR", "NZL", "PAK", "PHL", "THA", "USA"]


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "In May 1955 Albania was one of the eight states that signed the Warsaw Treaty.",
            "SIGN_AGREEMENT",
            _WARSAW_1955,
        ),
        (
            "After the invasion of Czechoslovakia, Albania formally withdrew from the Warsaw"
            " Treaty on 13 September 1968.",
            "TERMINATE_AGREEMENT",
            _WARSAW_1955,
        ),
        (
            "Pakistan was among the eight states that signed the Manila Pact in September 1954.",
            "SIGN_AGREEMENT",
            _MANILA_1954,
        ),
        (
            "In 1991 Poland and Hungary signed the protocol ending the Warsaw Pact.",
            "SIGN_AGREEMENT",
            ["HUN", "POL"],
        ),
    ],
)
def test_an_alliance_treaty_named_has_its_members_of_the_year(
    extract: Extract, text: str, etype: str, expected: list[str]
) -> None:
    assert states(extract(text), etype) == [expected]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "On 30 July 1990 representatives of Albania and the Soviet Union signed a protocol"
            " restoring diplomatic relations.",
            ["ALB", "SUN"],
        ),
        (
            "In 1977 Spain and Mexico signed an agreement resuming diplomatic relations.",
            ["ESP", "MEX"],
        ),
    ],
)
def test_a_text_restoring_relations_restores_them(
    extract: Extract, text: str, pair: list[str]
) -> None:
    found = summary(extract(text))
    assert ("SIGN_AGREEMENT", pair) in found
    assert ("ESTABLISH_RELATIONS", pair) in found


def test_a_text_restoring_economic_relations_establishes_none(extract: Extract) -> None:
    text = "In 1965 Egypt and Jordan signed a treaty restoring economic relations."
    assert "ESTABLISH_RELATIONS" not in {kind for kind, _ in summary(extract(text))}


def test_a_rupture_of_a_month_told_again_on_its_day_is_one_act(extract: Extract) -> None:
    text = (
        "North Korea severed relations with Malaysia in March 2021. Malaysia's courts cleared an"
        " extradition. On 19 March 2021 North Korea announced that it was severing diplomatic"
        " relations with Malaysia."
    )
    assert dated_states(extract(text), "END_RELATIONS") == [
        (["MYS", "PRK"], ("2021-03-19", "2021-03-19"))
    ]


def test_relations_of_other_pairs_in_the_month_stay_apart(extract: Extract) -> None:
    text = (
        "Egypt established relations with Iraq in May 1955. On 20 May 1955 Egypt established"
        " relations with Syria."
    )
    assert len(states(extract(text), "ESTABLISH_RELATIONS")) == 2
