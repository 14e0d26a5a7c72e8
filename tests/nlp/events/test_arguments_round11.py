"""Round 11 arguments: "he"/"his"/"she"/"her" stand for the person of the clause they depend
on, or for the person the paragraph is about. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            # a possessive pronoun on the nominal act, through the speaker "he"
            "Greece and Bulgaria quarrelled, and Bulgaria distrusted Greece.\n\n"
            "Tito answered that Yugoslavia valued its independence. "
            "He recalled his first visit to India in the winter of 1954.",
            "VISIT",
            ["IND", "YUG"],
        ),
        (
            # "his government" as the subject of a "where" clause: the main clause's person
            "Burma and Thailand quarrelled, and Thailand distrusted Burma.\n\n"
            "In March 1963 Sukarno went to Peking, where his government signed an agreement "
            "on trade.",
            "SIGN_AGREEMENT",
            ["CHN", "IDN"],
        ),
        (
            # "he" in a relative clause of a place: the main clause's subject
            "Egypt and Syria quarrelled, and Syria distrusted Egypt.\n\n"
            "Mr. Nehru arrived from Belgrade, where he had held talks with President Tito "
            "on 3 July 1955.",
            "MEET",
            ["IND", "YUG"],
        ),
    ],
)
def test_person_pronoun_takes_the_person_of_its_governing_clause(
    extract: Extract, text: str, kind: str, pair: list[str]
) -> None:
    assert pair in _states(extract(text), kind)


def test_received_pronoun_takes_the_subject_of_the_clause_glued_before_it(
    extract: Extract,
) -> None:
    doc = extract(
        "Cuba and Mexico had long been friends. "
        "In May 1979 Sadat flew to Paris for talks; he was received by President Giscard."
    )
    assert ["EGY", "FRA"] in _states(doc, "MEET")
    assert ["CUB", "FRA"] not in _states(doc, "MEET")


def test_sentence_naming_nobody_leaves_the_paragraphs_person_the_topic(
    extract: Extract,
) -> None:
    doc = extract(
        "Nkrumah thanked the Soviet leaders for their help. "
        "When Britain refused a loan for the dam, Moscow offered credits. "
        "He recalled his visit to Poland in the summer of 1961."
    )
    assert ["GHA", "POL"] in _states(doc, "VISIT")


def test_a_sentence_naming_another_person_keeps_the_pronoun(extract: Extract) -> None:
    doc = extract(
        "Nkrumah thanked the Soviet leaders for their help. "
        "President Tito of Yugoslavia had arrived in Accra the day before. "
        "He recalled his visit to Poland in the summer of 1961."
    )
    assert ["GHA", "POL"] not in _states(doc, "VISIT")


def test_two_presidents_take_the_pair_of_the_sentences_earlier_act(extract: Extract) -> None:
    doc = extract(
        "Norway and Denmark argued over fishing, and Denmark distrusted Norway.\n\n"
        "Suharto paid a state visit to Brazil in May 1991, during which the two presidents "
        "signed a cultural agreement."
    )
    assert ["BRA", "IDN"] in _states(doc, "SIGN_AGREEMENT")


def test_two_countries_named_by_their_leaders_only_without_an_earlier_act(
    extract: Extract,
) -> None:
    doc = extract(
        "Norway and Denmark argued over fishing, and Denmark distrusted Norway.\n\n"
        "In May 1991 the two presidents signed a cultural agreement."
    )
    assert ["BRA", "IDN"] not in _states(doc, "SIGN_AGREEMENT")


def test_bare_peoples_republic_names_the_last_peoples_republic(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo quarrelled, and Togo distrusted Ghana.\n\n"
        "In 1971 Chile recognised the People's Republic of China. "
        "The People's Republic opened its embassy in Santiago in 1971."
    )
    assert ["CHL", "CHN"] in _states(doc, "OPEN_MISSION")


def test_participle_on_its_subject_keeps_its_object_out_of_the_doer(extract: Extract) -> None:
    doc = extract(
        "Kenya and Tanzania quarrelled, and Tanzania distrusted Kenya.\n\n"
        "She said that Nasser, visiting Burma together with Marshal Amer in 1960, "
        "had spoken warmly of neutrality."
    )
    visits = [e for e in doc._.dipl_events if e.type == "VISIT"]
    assert [e.countries for e in visits] == [["EGY", "MMR"]]
    roles = {a.country: a.role for a in visits[0].actors if a.kind == "state"}
    assert roles == {"MMR": "target"}


def test_they_in_a_relative_clause_continues_the_governing_doer(extract: Extract) -> None:
    doc = extract(
        "Ghana and Togo quarrelled, and Togo distrusted Ghana.\n\n"
        "It was the French who had trained Chad's army for years under the defence "
        "agreement they signed with Chad in March 1976."
    )
    assert ["FRA", "TCD"] in _states(doc, "SIGN_AGREEMENT")


def test_conjoined_act_of_a_bare_peoples_republic(extract: Extract) -> None:
    doc = extract(
        "Peru kept relations with the Republic of China for decades, and Taipei courted "
        "Lima.\n\n"
        "In 1971 Peru recognised the People's Republic of China. "
        "The People's Republic opened an embassy in Lima in 1971 and sent its first "
        "ambassador the same year."
    )
    assert ["CHN", "PER"] in _states(doc, "APPOINT_ENVOY")
    assert ["PER", "TWN"] not in _states(doc, "APPOINT_ENVOY")
