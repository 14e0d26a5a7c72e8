"""Round 10 of the people gazetteer: leaders of the states the gazetteer covered poorly (Africa,
the Middle East, South and South-East Asia, Latin America, the smaller European states) give
their state to a mention that states none; ambiguous surnames ("Amin", "Bishop") stay silent
unless the document names the leader in full. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from diplomatica.nlp.gazetteer import famous_person

from .helpers import refs, run


def _people(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(t, c) for t, kind, _k, c in refs(run(nlp, text)) if kind == "person"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Sassou Nguesso received the French envoy in 1985.", "Sassou Nguesso", "COG"),
        ("In 1968 Souvanna Phouma flew to Washington.", "Souvanna Phouma", "LAO"),
        ("Hassan II opened the summit in Fez in 1982.", "Hassan II", "MAR"),
        ("Stroessner welcomed the delegation in 1977.", "Stroessner", "PRY"),
        ("In 1988 Mugabe and Chissano met at the border.", "Chissano", "MOZ"),
        ("In 1976 Gairy addressed the assembly in New York.", "Gairy", "GRD"),
        ("In 1964 Hussein bin Talal visited Cairo.", "Hussein bin Talal", "JOR"),
        ("Maurice Bishop spoke in Havana in 1980.", "Maurice Bishop", "GRD"),
        ("In 1995 Lukashenka met the Polish envoy.", "Lukashenka", "BLR"),
    ],
)
def test_a_leader_named_alone_gets_his_state(
    nlp: Language, text: str, name: str, code: str
) -> None:
    assert (name, code) in _people(nlp, text), refs(run(nlp, text))


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Numeiri visited Cairo in 1971.", "Numeiri", "SDN"),
        ("Mossadeq nationalised the oil industry in 1951.", "Mossadeq", "IRN"),
    ],
)
def test_a_common_transliteration_names_the_same_leader(
    nlp: Language, text: str, name: str, code: str
) -> None:
    assert (name, code) in _people(nlp, text), refs(run(nlp, text))


def test_an_ambiguous_surname_follows_the_full_name_of_the_document(nlp: Language) -> None:
    text = "In 1973 Idi Amin denounced the treaty. Later that year Amin visited Tripoli."
    assert ("Amin", "UGA") in _people(nlp, text), refs(run(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1975 a teacher named Amin wrote to the newspaper.",
        "In 1981 Bishop Desmond Tutu spoke in Geneva.",
        "The Bishop of Durham wrote to The Times in 1984.",
    ],
)
def test_a_common_word_or_name_equal_to_a_surname_gets_no_state(nlp: Language, text: str) -> None:
    people = _people(nlp, text)
    assert all(c not in ("UGA", "AFG", "GRD") for _t, c in people), people


def test_a_surname_shared_by_two_kings_is_read_by_the_year() -> None:
    saudi = famous_person("Faisal", 1970)
    assert saudi is not None and saudi.country_in(1970) == "SAU"
    iraqi = famous_person("Faisal II", 1955)
    assert iraqi is not None and iraqi.country_in(1955) == "IRQ"
    assert famous_person("Amin", 1975) is None  # Idi Amin, Hafizullah Amin, Amin Gemayel


def test_a_state_born_later_gives_no_state_before_it() -> None:
    horta = famous_person("José Ramos-Horta")
    assert horta is not None
    assert horta.country_in(1996) is None and horta.country_in(2007) == "TLS"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("In 1970 King Hussein received the envoy.", "Hussein", "JOR"),
        ("In 1975 King Hassan flew to Paris.", "Hassan", "MAR"),
    ],
)
def test_a_royal_title_names_the_monarch_of_that_surname(
    nlp: Language, text: str, name: str, code: str
) -> None:
    assert (name, code) in _people(nlp, text), refs(run(nlp, text))


def test_an_elected_title_names_no_monarch(nlp: Language) -> None:
    people = _people(nlp, "In 1990 President Hussein threatened the emirate.")
    assert ("Hussein", "JOR") not in people, people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 21 August Ceaușescu spoke at a rally in Bucharest.", "Ceaușescu"),
        ("On 21 August Ceauşescu spoke at a rally in Bucharest.", "Ceauşescu"),
        ("In 1968 Nicolae Ceaușescu received the Czechoslovak envoy.", "Nicolae Ceaușescu"),
    ],
)
def test_a_romanian_name_matches_with_comma_below_or_cedilla(
    nlp: Language, text: str, name: str
) -> None:
    assert (name, "ROU") in _people(nlp, text)
