"""Round 3 of issue 4: pre-1949 China, the Korea an ambiguous name means in its sentence,
statesmen coverage and meeting venues. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from diplomatica.nlp.extensions import SPANS_ENTITIES
from diplomatica.nlp.gazetteer import famous_person, link_state


def _refs(doc: Doc) -> list[tuple[str, str, str, str | None]]:
    return [
        (s.text, s._.entity.kind, s._.entity.key, s._.entity.country)
        for s in doc.spans[SPANS_ENTITIES]
    ]


def test_republic_of_china_is_china_before_1950_and_taiwan_after() -> None:
    assert link_state("Republic of China", 1936) == "CHN"
    assert link_state("Republic of China", 1965) == "TWN"
    assert link_state("Chinese", 1930) == "CHN"
    assert link_state("Nanking", 1935) == "CHN"


def test_republic_of_china_in_a_1945_sentence(nlp: Language) -> None:
    doc = nlp("In August 1945 the Republic of China and the Soviet Union signed a treaty.")
    assert ("Republic of China", "state", "CHN", "CHN") in _refs(doc)


def test_ambiguous_korean_follows_the_korea_named_in_its_sentence(nlp: Language) -> None:
    text = (
        "Seoul objected to the plan. Seoul and Tokyo then talked for a week. Seoul won. "
        "Kim Jong Il told the envoys in Pyongyang that the Korean nation would prevail."
    )
    korean = [r for r in _refs(nlp(text)) if r[0] == "Korean"]
    assert korean and korean[0][3] == "PRK"


def test_ambiguous_korean_without_local_cue_keeps_the_document_korea(nlp: Language) -> None:
    text = "Seoul objected. Seoul and Tokyo then talked. Seoul won. The Korean nation rejoiced."
    korean = [r for r in _refs(nlp(text)) if r[0] == "Korean"]
    assert korean and korean[0][3] == "KOR"


def test_statesmen_coverage_of_the_cold_war() -> None:
    expected = {
        ("Warren Christopher", 1995): "USA",
        ("Brent Scowcroft", 1990): "USA",
        ("Alexander Haig", 1981): "USA",
        ("Takeo Miki", 1975): "JPN",
        ("Tomiichi Murayama", 1995): "JPN",
        ("Choi Kyu-hah", 1979): "KOR",
        ("Boris Pankin", 1991): "SUN",
    }
    for (name, year), iso3 in expected.items():
        person = famous_person(name, year)
        assert person is not None, name
        assert person.country_in(year) == iso3, name


def test_shared_word_surnames_need_the_full_name() -> None:
    assert famous_person("Lake", 1995) is None
    assert famous_person("Christopher", 1995) is None


def test_venues_are_places_not_persons(nlp: Language) -> None:
    doc = nlp(
        "In 1970 the two chancellors met in Erfurt and then in Kassel; later talks at Geneva."
    )
    refs = {r[0]: r for r in _refs(doc)}
    assert refs["Kassel"][1:] == ("place", "kassel", "DEU")
    assert refs["Erfurt"][1] == "place"
    assert refs["Geneva"][3] == "CHE"
    assert not any(r[1] == "person" for r in refs.values())


def test_era_dependent_venue_has_the_state_of_its_era(nlp: Language) -> None:
    # round 11: a venue whose state changed carries the state of the year (Potsdam in 1945,
    # between the Reich and the GDR, has none)
    refs = {r[0]: r for r in _refs(nlp("The leaders met at Yalta in February 1945."))}
    assert refs["Yalta"][1] == "place" and refs["Yalta"][3] == "SUN"
    refs = {r[0]: r for r in _refs(nlp("The leaders met at Potsdam in July 1945."))}
    assert refs["Potsdam"][1] == "place" and refs["Potsdam"][3] is None


def test_a_statesman_keeps_his_state_beside_a_foreign_one(nlp: Language) -> None:
    doc = nlp("Egypt and Greece signed a pact. Premier Zhou Enlai stopped in Athens in 1955.")
    zhou = [r for r in _refs(doc) if r[1] == "person"]
    assert zhou == [("Zhou Enlai", "person", "zhou enlai", "CHN")]
