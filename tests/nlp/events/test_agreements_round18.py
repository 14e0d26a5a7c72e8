"""Round-18 relations and agreements: a state "broke with" another ends relations (not a break
with a practice, nor a refusal to break); a government named by its state ("the Albanian
government", "the government of Chad") recognised or given recognition; "the two governments
resumed relations" (not "normalised their relations"); the old state of "recognised X as the
continuing state of Y" is no partner; a gapped conjunct hung on the time before it ("broke
with A in May and B in June"); a reduced relative on an agreement keeps the partner of its
whole noun phrase. Sentences written for these tests."""

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
        ("In March 1962 Mali, under pressure from Cairo, broke with France.", ["FRA", "MLI"]),
        ("Kenya, which broke with Israel in 1973, restored ties in 1988.", ["ISR", "KEN"]),
    ],
)
def test_breaking_with_a_state_ends_relations(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text, "1990-01-01"), "END_RELATIONS")


@pytest.mark.parametrize(
    "text",
    [
        "Romania broke with bloc practice in 1967.",
        "Zambia refused to break with Pretoria.",
        "Sudan broke the agreement with Egypt in 1958.",
    ],
)
def test_no_break_of_relations_without_a_state_broken_with(extract: Extract, text: str) -> None:
    assert states(extract(text, "1990-01-01"), "END_RELATIONS") == []


def test_a_gapped_conjunct_hung_on_the_time_before_it(extract: Extract) -> None:
    text = "Ghana and Guinea broke with London in May 1966 and Tanzania in June."
    found = dated_states(extract(text, "1990-01-01"), "END_RELATIONS")
    assert sorted(found) == [
        (["GBR", "GHA"], ("1966-05", "1966-05")),
        (["GBR", "GIN"], ("1966-05", "1966-05")),
        (["GBR", "TZA"], ("1966-06", "1966-06")),
    ]


def test_a_remnant_after_a_named_object_is_not_read_off_the_time(extract: Extract) -> None:
    text = "Mexico recognised Algeria in March 1962 and Cuba in May."
    found = states(extract(text, "1990-01-01"), "ESTABLISH_RELATIONS")
    assert ["CUB", "DZA"] not in found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Sweden, Denmark and Finland recognised the Algerian government only in July 1962.",
            [["DNK", "DZA"], ["DZA", "FIN"], ["DZA", "SWE"]],
        ),
        (
            "Norway granted de jure recognition to the Soviet government in February 1924.",
            [["NOR", "SUN"]],
        ),
        ("Chile extended recognition to the government of Cuba in 1959.", [["CHL", "CUB"]]),
    ],
)
def test_recognising_a_government_named_by_its_state(
    extract: Extract, text: str, pairs: list[list[str]]
) -> None:
    assert sorted(states(extract(text, "1990-01-01"), "ESTABLISH_RELATIONS")) == pairs


def test_the_two_governments_resuming_relations(extract: Extract) -> None:
    text = (
        "Canberra expelled the Soviet envoy in 1954, and the two governments resumed relations"
        " in March 1959."
    )
    found = dated_states(extract(text, "1990-01-01"), "ESTABLISH_RELATIONS")
    assert found == [(["AUS", "SUN"], ("1959-03", "1959-03"))]


def test_a_pair_normalising_relations_establishes_none(extract: Extract) -> None:
    text = (
        "Peru and Chile signed a treaty in 1999, ten years after the two countries normalised"
        " their relations."
    )
    assert states(extract(text, "2000-01-01"), "ESTABLISH_RELATIONS") == []


def test_the_continued_state_is_no_partner_of_recognition(extract: Extract) -> None:
    text = (
        "In January 1992 Sweden recognised the Russian Federation as the continuing state of"
        " the Soviet Union."
    )
    assert states(extract(text, "2000-01-01"), "ESTABLISH_RELATIONS") == [["RUS", "SWE"]]


def test_a_reduced_relative_keeps_the_partner_of_its_agreement(extract: Extract) -> None:
    text = (
        "Seoul and Beijing established relations today. China's treaty of alliance with North"
        " Korea, signed in 1961, is not affected, officials said."
    )
    assert ["CHN", "PRK"] in states(extract(text, "1992-08-24"), "SIGN_AGREEMENT")


def test_a_split_re_verb_conjoined_after_is_another_act(extract: Extract) -> None:
    text = (
        "The two governments resumed relations in May 1961, and legations were re-established"
        " in both capitals later that year."
    )
    found = [
        dates for pair, dates in dated_states(extract(text, "1990-01-01"), "ESTABLISH_RELATIONS")
    ]
    assert found == [("1961-05", "1961-05")]


def test_it_names_the_agreement_whose_of_phrase_closes_before_it(extract: Extract) -> None:
    text = (
        "Bulgaria signed a treaty of friendship with Belgrade in March 1947. Sofia denounced it"
        " on 1 October 1949."
    )
    found = dated_states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT")
    assert found == [(["BGR", "YUG"], ("1949-10-01", "1949-10-01"))]


def test_recognition_switched_to_a_state(extract: Extract) -> None:
    text = "Malawi switched its recognition to Beijing in December 2007."
    assert states(extract(text, "2010-01-01"), "ESTABLISH_RELATIONS") == [["CHN", "MWI"]]


def test_suspending_the_provisions_of_an_agreement_ends_it(extract: Extract) -> None:
    text = "In May 1976 Egypt suspended the provisions of its 1971 treaty with the Soviet Union."
    assert ["EGY", "SUN"] in states(extract(text, "1980-01-01"), "TERMINATE_AGREEMENT")


def test_the_antecedent_of_with_which_is_the_partner(extract: Extract) -> None:
    text = (
        "Sudan broke off relations with Libya today. The only exception is Egypt, with which"
        " Khartoum established relations in 1956."
    )
    found = states(extract(text, "1976-05-02"), "ESTABLISH_RELATIONS")
    assert found == [["EGY", "SDN"]]


def test_the_purpose_of_a_negated_journey_is_no_signing(extract: Extract) -> None:
    text = "The minister said that he had not come to Bonn to sign a treaty."
    assert states(extract(text, "1960-05-01"), "SIGN_AGREEMENT") == []


def test_the_partner_of_an_ended_agreement_named_in_its_relative_clause(
    extract: Extract,
) -> None:
    text = (
        "President Sadat returned from Damascus. Egypt today abrogated the treaty it signed"
        " with the Soviet Union in 1971."
    )
    found = states(extract(text, "1976-03-15"), "TERMINATE_AGREEMENT")
    assert found == [["EGY", "SUN"]]


def test_a_multiword_place_in_an_agreement_title_is_no_party(extract: Extract) -> None:
    text = (
        "The quarrel was settled by the Protocol of Port of Spain, signed in May 1975 by Peru,"
        " Ecuador and Brazil."
    )
    found = states(extract(text, "1980-01-01"), "SIGN_AGREEMENT")
    assert found == [["BRA", "ECU", "PER"]]


def test_followed_by_states_repeat_the_act(extract: Extract) -> None:
    text = (
        "Kenya broke off relations with Israel in October 1973, followed by Ethiopia and"
        " Zambia in November."
    )
    found = sorted(dated_states(extract(text, "1980-01-01"), "END_RELATIONS"))
    assert found == [
        (["ETH", "ISR"], ("1973-11", "1973-11")),
        (["ISR", "KEN"], ("1973-10", "1973-10")),
        (["ISR", "ZMB"], ("1973-11", "1973-11")),
    ]


def test_followed_by_a_thing_repeats_nothing(extract: Extract) -> None:
    text = "Peru signed a treaty with Chile in 1929, followed by a protocol in 1930."
    found = states(extract(text, "1980-01-01"), "SIGN_AGREEMENT")
    assert ["CHL", "PER"] in found and all(len(s) == 2 for s in found)


def test_a_participle_restating_an_ending_is_no_second_act(extract: Extract) -> None:
    text = (
        "President Assad returned from Cairo. Syria today cancelled the treaty it signed with"
        " Jordan in 1975, declaring the treaty null and void."
    )
    assert states(extract(text, "1980-03-01"), "TERMINATE_AGREEMENT") == [["JOR", "SYR"]]
