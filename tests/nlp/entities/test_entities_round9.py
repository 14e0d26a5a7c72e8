"""Round 9 of the entity layer: a person's state from a nationality before a common noun ("the
Dutch painter X"), regnal names with a royal title ("Emperor X of Y"), storms the stock model
takes for people, and a royal title's state from a cue elsewhere in the text.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import refs, run


def _people(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(t, c) for t, kind, _k, c in refs(run(nlp, text)) if kind == "person"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("In 1967 the Swedish diplomat Olof Rydbeck reached Hanoi.", "Olof Rydbeck", "SWE"),
        ("The Soviet journalist Yuri Zhukov wrote in Pravda in 1962.", "Yuri Zhukov", "SUN"),
        ("In 1979 a French writer, Pierre Lemaire, went to Havana.", "Pierre Lemaire", "FRA"),
        ("The Polish economist Oskar Lange visited Delhi in 1955.", "Oskar Lange", "POL"),
        ("In 1990 the Brazilian banker Jorge Lemos flew to London.", "Jorge Lemos", "BRA"),
    ],
)
def test_a_nationality_before_a_common_noun_gives_the_person_that_state(
    nlp: Language, text: str, name: str, code: str
) -> None:
    assert (name, code) in _people(nlp, text), refs(run(nlp, text))


def test_the_state_from_a_nationality_carries_to_later_bare_mentions(nlp: Language) -> None:
    text = (
        "In 1974 the Portuguese officer Otelo Carvalho met the envoy in Lisbon. "
        "Two days later Carvalho left for Madrid."
    )
    people = _people(nlp, text)
    assert ("Carvalho", "PRT") in people, people


@pytest.mark.parametrize(
    "text",
    [
        "The vote in the American Senate surprised Paris in 1950.",
        "A Swedish trade mission under Olof Rydbeck reached Hanoi in 1967.",
    ],
)
def test_no_nationality_noun_before_the_name_gives_no_state(nlp: Language, text: str) -> None:
    people = _people(nlp, text)
    assert all(c is None for _t, c in people), people


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("In 1964 King Faisal of Saudi Arabia received the envoy.", "Faisal", "SAU"),
        ("In 1930 Emperor Menelik of Ethiopia was long dead.", "Menelik", "ETH"),
        ("Queen Beatrix of the Netherlands visited Jakarta in 1995.", "Beatrix", "NLD"),
        ("Saudi Arabia's King Khalid met the Iraqi envoy in 1979.", "Khalid", "SAU"),
    ],
)
def test_a_royal_title_before_a_regnal_name_makes_a_person_of_that_state(
    nlp: Language, text: str, name: str, code: str
) -> None:
    people = _people(nlp, text)
    assert any(t.endswith(name) and c == code for t, c in people), refs(run(nlp, text))


def test_a_royal_title_before_a_state_word_makes_no_person(nlp: Language) -> None:
    people = _people(nlp, "The Queen Elizabeth sailed from Southampton in 1950.")
    assert not any(t == "Elizabeth" and c is not None for t, c in people), people


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Typhoon Haiyan struck the Visayas in November 2013.", "Haiyan"),
        ("After Cyclone Nargis in 2008 the junta refused foreign aid.", "Nargis"),
        ("In 1998 Hurricane Mitch devastated Honduras.", "Mitch"),
    ],
)
def test_the_name_of_a_storm_is_no_person(nlp: Language, text: str, word: str) -> None:
    people = _people(nlp, text)
    assert not any(word in t for t, _c in people), people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In 1962 the envoy stayed at Nehru's residence.", "Nehru"),
        ("The message to Ambassador Llewellyn Thompson was sent in 1962.", "Thompson"),
        ("In 1971 Henry Kissinger was in Beijing.", "Kissinger"),
    ],
)
def test_people_after_prepositions_stay_people(nlp: Language, text: str, name: str) -> None:
    people = _people(nlp, text)
    assert any(name in t for t, _c in people), people


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "In 1957 the Saudi king flew to Washington. Iraq and Jordan watched. "
            "King Saud then met the American president.",
            "Saud",
            "SAU",
        ),
        (
            "The Jordanian king had few friends in Syria in 1958. "
            "In March King Hussein answered the attacks from Damascus.",
            "Hussein",
            "JOR",
        ),
        (
            "Morocco's king wanted French help in 1963. Algeria refused. King Hassan waited.",
            "Hassan",
            "MAR",
        ),
    ],
)
def test_a_royal_title_takes_the_one_state_whose_king_the_text_names(
    nlp: Language, text: str, name: str, code: str
) -> None:
    assert (name, code) in _people(nlp, text), refs(run(nlp, text))


def test_two_kings_in_one_text_take_no_state_from_a_bare_cue(nlp: Language) -> None:
    text = (
        "The Saudi king distrusted Cairo in 1958. King Saud and King Faisal quarrelled, "
        "and King Hussein watched from Amman."
    )
    people = dict(_people(nlp, text))
    assert people.get("Hussein") != "SAU", people
