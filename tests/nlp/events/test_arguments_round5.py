"""Round 5 arguments: which states are parties of an event. Mediators, wars and agreement
names are no parties; object pronouns, plural supporters and elliptical coordination are.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _states(doc: Doc, kind: str) -> list[list[str]]:
    return [e.countries for e in doc._.dipl_events if e.type == kind]


# A state named inside a modifier is no party


@pytest.mark.parametrize(
    "text",
    [
        "The frontier was fixed by a treaty that Chile and Bolivia signed in May 1904 under "
        "British mediation.",
        "In 1929 Peru and Chile signed a treaty under American pressure.",
    ],
)
def test_a_state_under_whose_mediation_a_treaty_is_signed_is_no_party(
    extract: Extract, text: str
) -> None:
    signed = _states(extract(text), "SIGN_AGREEMENT")
    assert signed and all(len(s) == 2 and "GBR" not in s and "USA" not in s for s in signed)


@pytest.mark.parametrize("auspices", ["under Danish auspices", "under Austrian mediation"])
def test_a_meeting_under_a_third_states_auspices_is_between_the_pair(
    extract: Extract, auspices: str
) -> None:
    doc = extract(
        "Norway and Iceland broke off relations in 1975. Officials of the two governments met "
        f"in Oslo in July 1977 {auspices}."
    )
    assert _states(doc, "MEET") == [["ISL", "NOR"]]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Jordan quarrelled in 1970. Relations with Cairo were resumed in October "
        "1973, during the Arab-Israeli war, when Amman wanted its border quiet.",
        "Greece and Albania quarrelled in 1971. Relations with Athens were restored in "
        "1974, during the Cyprus crisis.",
    ],
)
def test_states_naming_a_war_are_no_parties_of_an_act_dated_by_it(
    extract: Extract, text: str
) -> None:
    restored = _states(extract(text), "ESTABLISH_RELATIONS")
    assert restored and all("ISR" not in s and "CYP" not in s for s in restored)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Jordan and Syria quarrelled in 1970. In 1971 Hussein told parliament that the "
            "Amman Agreement was abrogated.",
            ["JOR", "SYR"],
        ),
        (
            "Bolivia and Paraguay went to war in 1932. In 1936 Paraguay denounced the Lima "
            "Protocol.",
            ["BOL", "PRY"],
        ),
    ],
)
def test_a_city_in_an_agreements_name_is_no_party_of_its_termination(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert _states(extract(text), "TERMINATE_AGREEMENT") == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 1980. Iraq responded in April with a fresh expulsion of Iranian "
        "nationals.",
        "Relations worsened in 1969. Ghana answered with the expulsion of Nigerian traders "
        "in November.",
    ],
)
def test_the_of_phrase_of_an_expulsion_names_the_expelled(extract: Extract, text: str) -> None:
    expelled = _states(extract(text), "EXPEL")
    assert expelled in ([["IRN", "IRQ"]], [["GHA", "NGA"]])


# Neutral venues


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Iceland broke off relations in 1975. Talks between the foreign ministers, "
        "Olav Berg and Jon Sigurdsson of Iceland, opened in Vienna in March 1977.",
        "Norway and Iceland broke off relations in 1975. Negotiations between the envoys, "
        "Olav Berg and Jon Sigurdsson of Iceland, began in Geneva in 1978.",
    ],
)
def test_two_named_negotiators_meeting_abroad_are_the_pair_not_the_host(
    extract: Extract, text: str
) -> None:
    assert _states(extract(text), "MEET") == [["ISL", "NOR"]]


# Several supporters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war began in 1980. Syria and Libya backed Iran.",
            [["IRN", "SYR"], ["IRN", "LBY"]],
        ),
        (
            "In 1962 Ghana and Guinea supported the Algerian government.",
            [["DZA", "GHA"], ["DZA", "GIN"]],
        ),
    ],
)
def test_each_of_several_supporters_backs_the_target(
    extract: Extract, text: str, expected: list[list[str]]
) -> None:
    assert _states(extract(text), "EXPRESS_SUPPORT") == expected


def test_a_joint_declaration_of_support_stays_one_event(extract: Extract) -> None:
    doc = extract("In 1964 Ghana and Guinea jointly backed the Algerian government.")
    assert _states(doc, "EXPRESS_SUPPORT") == [["DZA", "GHA", "GIN"]]


# Object pronouns


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Kim Jong Il: In July President Putin visited us; we signed a joint declaration "
            "with him.",
            "SIGN_AGREEMENT",
            ["PRK", "RUS"],
        ),
        (
            "Comrade N. Ceaușescu, President of the State Council of Romania, arrived in Prague "
            "on 15 August 1968. Talks were held with him by Dubček.",
            "MEET",
            ["CSK", "ROU"],
        ),
        (
            "In May 1972 President Nixon arrived in Moscow. Brezhnev held long talks with him "
            "on the first day.",
            "MEET",
            ["SUN", "USA"],
        ),
    ],
)
def test_him_stands_for_the_person_named_last(
    extract: Extract, text: str, kind: str, pair: list[str]
) -> None:
    assert pair in _states(extract(text), kind)
