"""Round 11 of the entity layer: cities that are not capitals, and cities whose state changed
with the era (a city is read as in the state valid in the year of the mention, else of the
document; a successor state's capital is its predecessor's city before the successor began).
Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from diplomatica.nlp.gazetteer import link_state, load_gazetteer, normalize, regions_in

from .helpers import refs, run


def _place_state(text: str, city: str, nlp: Language, date: str | None = None) -> str | None:
    """Return the state of the place mention ``city`` in ``text`` (fails if it is no place)."""
    found = [(kind, country) for t, kind, _, country in refs(run(nlp, text, date)) if t == city]
    assert found, f"{city} not linked"
    kind, country = found[0]
    assert kind == "place"
    return country


# --- The gazetteer: eras of regions ---------------------------------------------------------


def test_region_era_picks_the_state_of_the_year() -> None:
    forms = load_gazetteer().forms_by_norm[normalize("Samarkand")]
    assert [f.iso3 for f in regions_in(forms, 1966)] == ["SUN"]
    assert [f.iso3 for f in regions_in(forms, 2004)] == ["UZB"]
    assert [f.iso3 for f in regions_in(forms, None)] == ["UZB"]


def test_region_outside_its_eras_is_a_place_of_no_state() -> None:
    forms = load_gazetteer().forms_by_norm[normalize("Lwow")]
    assert {f.iso3 for f in regions_in(forms, 1942)} == {None}
    assert {f.iso3 for f in regions_in(forms, 1970)} == {"SUN"}


def test_successor_capital_is_the_predecessor_city_before_its_state_began() -> None:
    forms = load_gazetteer().forms_by_norm[normalize("Tashkent")]
    assert [f.iso3 for f in regions_in(forms, 1966)] == ["SUN"]
    assert regions_in(forms, 1999) == []  # then Uzbekistan's capital
    assert regions_in(forms, None) == []
    assert link_state("Zagreb", 1975) == "YUG"
    assert link_state("Zagreb", 1995) == "HRV"
    assert link_state("Dacca", 1965) == "PAK"
    assert link_state("Asmara", 1980) == "ETH"
    assert link_state("Asmara", 2001) == "ERI"


def test_renamed_capital_of_a_former_state_is_the_successor_city_later() -> None:
    assert link_state("Aden", 1975) == "YMD"
    assert link_state("Aden", 1998) == "YEM"
    assert link_state("Saigon", 1968) == "RVN"
    assert link_state("Saigon", 1985) == "VNM"


def test_city_spellings_share_the_eras() -> None:
    assert link_state("Lvov", 1960) == "SUN"
    assert link_state("Lwów", 1930) == "POL"
    assert link_state("Lviv", 2005) == "UKR"


# --- The pipeline: places in text -------------------------------------------------------------


def test_non_capital_cities_are_places_of_their_state(nlp: Language) -> None:
    text = "In 1983 the minister flew to Mombasa and then to Port Harcourt."
    assert _place_state(text, "Mombasa", nlp) == "KEN"
    assert _place_state(text, "Port Harcourt", nlp) == "NGA"


def test_city_state_follows_the_sentence_year(nlp: Language) -> None:
    text = "In 1972 the delegation travelled on to Tashkent for a week of talks."
    assert _place_state(text, "Tashkent", nlp) == "SUN"
    text = "In 1998 the delegation travelled on to Tashkent for a week of talks."
    assert _place_state(text, "Tashkent", nlp) == "UZB"


def test_city_state_follows_the_document_date(nlp: Language) -> None:
    text = "The trade mission arrived in Riga on Tuesday."
    assert _place_state(text, "Riga", nlp, "1963-05-02") == "SUN"
    text = "The trade mission arrived in Hue on Tuesday."
    assert _place_state(text, "Hue", nlp, "1967-03-14") == "RVN"


def test_east_german_city_after_unification_is_german(nlp: Language) -> None:
    text = "In 1996 the two chancellors met in Leipzig."
    assert _place_state(text, "Leipzig", nlp) == "DEU"
    text = "In 1978 the two leaders met in Leipzig."
    assert _place_state(text, "Leipzig", nlp) == "DDR"


def test_former_capital_keeps_its_state_after_its_capital_era() -> None:
    assert link_state("Kaunas", 1940) == "LTU"
    assert link_state("Kaunas", 1960) == "SUN"
    assert link_state("Almaty", 1985) == "SUN"
    assert link_state("Almaty", 2008) == "KAZ"
