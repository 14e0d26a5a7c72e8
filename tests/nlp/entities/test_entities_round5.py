"""Round 5 of the entity layer: a person's state carried to later surname-only mentions, states
inside names of conferences, agreements and wars, person spans bounded by lines and honorifics,
capitals, demonyms and titles. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from diplomatica.nlp.extensions import SPANS_ENTITIES

from .helpers import refs as _refs
from .helpers import run as _run


def _people(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [(t, k, c) for t, kind, k, c in _refs(doc) if kind == "person"]


def test_surname_alone_carries_the_state_of_the_full_mention(nlp: Language) -> None:
    text = (
        "In 1961 the Dutch foreign minister, Joseph Luns, met the Soviet envoy. A year later "
        "Luns travelled to Moscow, and the protocol was signed by Gromyko and Luns."
    )
    people = _people(_run(nlp, text))
    luns = [p for p in people if p[0] == "Luns"]
    assert len(luns) == 2
    assert all(p[1] == "joseph luns" and p[2] == "NLD" for p in luns)


def test_mister_and_surname_after_a_titled_full_name(nlp: Language) -> None:
    text = (
        "The Belgian prime minister, Gaston Eyskens, arrived in Kinshasa in 1970. "
        "Talks with Mr. Eyskens lasted two days."
    )
    people = _people(_run(nlp, text))
    assert ("Eyskens", "gaston eyskens", "BEL") in people


def test_two_full_names_sharing_a_surname_keep_the_bare_one_apart(nlp: Language) -> None:
    text = "Pierre Martin of France and Jacques Martin of Belgium met in 1965. Martin said little."
    people = _people(_run(nlp, text))
    bare = [p for p in people if p[0] == "Martin"]
    assert all(p[1] not in ("pierre martin", "jacques martin") for p in bare)


Ref = tuple[str, str, str, str | None]


def _state_of(refs: list[Ref], text: str) -> list[tuple[str, str | None]]:
    return [(kind, country) for t, kind, _, country in refs if t == text]


def test_city_naming_a_conference_or_agreement_is_no_party(nlp: Language) -> None:
    refs = _refs(_run(nlp, "The Lisbon Protocol was denounced by Portugal in 1961."))
    assert _state_of(refs, "Lisbon") == [("place", None)]
    refs = _refs(_run(nlp, "At the Cairo conference of 1943 Churchill met Roosevelt."))
    assert _state_of(refs, "Cairo") == [("place", None)]
    refs = _refs(_run(nlp, "After the Geneva talks of 1985 Reagan praised the Soviet leader."))
    assert _state_of(refs, "Geneva") == [("place", None)]


def test_city_as_place_or_government_is_unchanged(nlp: Language) -> None:
    refs = _refs(_run(nlp, "In 1962 the minister flew to Lisbon. Cairo protested in 1963."))
    assert _state_of(refs, "Lisbon") == [("place", "PRT")]
    assert _state_of(refs, "Cairo") == [("state", "EGY")]
    refs = _refs(_run(nlp, "Lisbon's plan of 1961 was rejected."))
    assert _state_of(refs, "Lisbon") == [("state", "PRT")]


def test_states_naming_a_war_are_no_parties(nlp: Language) -> None:
    refs = _refs(_run(nlp, "Trade resumed in 1974, after the Indo-Pakistani war, with Iran."))
    assert ("Iran", "state", "IRN", "IRN") in refs
    assert all(c is None for t, _, _, c in refs if "Pakistan" in t)
    refs = _refs(_run(nlp, "During the Ethiopian-Somali conflict of 1977 Cuba sent troops."))
    assert all(c is None for t, _, _, c in refs if t in ("Ethiopian", "Somali"))
    assert ("Cuba", "state", "CUB", "CUB") in refs


def test_state_naming_an_agreement_stays_a_party(nlp: Language) -> None:
    refs = _refs(_run(nlp, "The Soviet-Indian treaty was signed in 1971."))
    assert ("Soviet", "state", "SUN", "SUN") in refs
    assert ("Indian", "state", "IND", "IND") in refs


def test_person_span_stops_at_the_end_of_its_line(nlp: Language) -> None:
    text = "From the notes of P. A. Abrasimov\nConfidential\n\nAbrasimov met Ulbricht."
    refs = _refs(_run(nlp, text))
    assert all("\n" not in t and "Confidential" not in t for t, *_ in refs)
    refs = _refs(_run(nlp, "Memorandum by Walter Lindner\nTop Secret\nLindner reports on talks."))
    assert all("Secret" not in t for t, *_ in refs)


def test_initials_before_a_statesman_name_variant(nlp: Language) -> None:
    people = _people(_run(nlp, "In 1956 Comrade J. Broz Tito received the Indian envoy."))
    assert ("J. Broz Tito", "tito", "YUG") in people
    people = _people(_run(nlp, "Comrade V. M. Molotov spoke first in 1955."))
    assert ("V. M. Molotov", "molotov", "SUN") in people


def test_initials_of_another_bearer_are_not_the_statesman(nlp: Language) -> None:
    people = _people(_run(nlp, "The counsellor, Comrade P. K. Ivanov, was present in 1968."))
    assert people and people[0][2] is None
    people = _people(_run(nlp, "Present was N. D. Brezhnev, a clerk of the embassy, in 1970."))
    assert people and people[0][2] is None


def _titles(doc: Doc) -> dict[str, str | None]:
    spans = doc.spans[SPANS_ENTITIES]
    return {s.text: s._.entity.title for s in spans if s._.entity.kind == "person"}


def test_titles_of_embassy_staff_and_councils(nlp: Language) -> None:
    doc = _run(nlp, "Present was the counsellor of the embassy, Comrade P. K. Ivanov, in 1968.")
    assert _titles(doc)["P. K. Ivanov"] == "counsellor"
    doc = _run(nlp, "Later Ivan Petrov, director-general of the Bulgarian foreign ministry, came.")
    assert _titles(doc).get("Ivan Petrov") == "director-general"
    doc = _run(nlp, "The chairman of the State Council, Kwame Mensah, arrived in 1972.")
    assert _titles(doc).get("Kwame Mensah") == "head of state"
    doc = _run(nlp, "O. Sik, Chairman of the Government since May, received the envoy.")
    assert _titles(doc).get("O. Sik") == "prime minister"


def test_the_derg_is_an_ethiopian_organ(nlp: Language) -> None:
    refs = _refs(_run(nlp, "In 1976 the Derg expelled the American military mission."))
    assert ("Derg", "organization", "DERG", "ETH") in refs


def test_shared_statesman_surname_follows_the_full_name_given(nlp: Language) -> None:
    text = "Prime Minister Rajiv Gandhi reached Colombo in 1987. Mr. Gandhi then met the envoy."
    people = _people(_run(nlp, text))
    assert ("Gandhi", "rajiv gandhi", "IND") in people
    text = "In 1975 Indira Gandhi addressed parliament, and later Gandhi flew to Moscow."
    people = _people(_run(nlp, text))
    assert ("Gandhi", "indira gandhi", "IND") in people


def test_title_state_is_not_read_across_a_full_stop(nlp: Language) -> None:
    text = "The leaders signed the Japan–Korea Declaration. Foreign Minister Yoko Tanabe was told."
    people = _people(_run(nlp, text))
    assert ("Yoko Tanabe", "yoko tanabe", None) in people
    text = "They met the Polish delegation; Deputy Minister Jan Kowal was absent."
    people = _people(_run(nlp, text))
    assert ("Jan Kowal", "jan kowal", None) in people


def test_title_of_a_previous_clause_is_not_the_persons(nlp: Language) -> None:
    doc = _run(nlp, "Olaf Berg met the Swedish ambassador, and Hans Vogel left in 1962.")
    assert _titles(doc).get("Hans Vogel") is None
    doc = _run(nlp, "Aldo Moro called on the Dutch premier, but Pietro Nenni stayed home in 1964.")
    assert _titles(doc).get("Pietro Nenni") is None


def test_holy_see_conducts_diplomacy_before_vatican_city(nlp: Language) -> None:
    refs = _refs(_run(nlp, "The Holy See recognised the new Lithuanian state in 1922."))
    assert ("Holy See", "state", "VAT", "VAT") in refs
    refs = _refs(_run(nlp, "A papal envoy reached Warsaw in 1925."))
    assert ("papal", "state", "VAT", "VAT") in refs


def test_nuncio_and_church_ranks_are_titles(nlp: Language) -> None:
    doc = _run(nlp, "In 1990 the apostolic nuncio, Archbishop Marco Bellini, met the president.")
    assert _titles(doc).get("Marco Bellini") == "nuncio"
    doc = _run(nlp, "Cardinal Pietro Sala, the papal nuncio in Madrid, left in 1962.")
    people = _people(doc)
    assert ("Pietro Sala", "pietro sala", "VAT") in people


def test_surname_particles_stay_in_the_name(nlp: Language) -> None:
    people = _people(_run(nlp, "In 1985 Manuel Alves dos Santos, the Brazilian envoy, left."))
    assert ("Manuel Alves dos Santos", "manuel alves dos santos", "BRA") in people
    people = _people(_run(nlp, "In 1985 Pieter van Houten of the Netherlands met the envoy."))
    assert ("Pieter van Houten", "pieter van houten", "NLD") in people


def test_headline_words_are_no_person(nlp: Language) -> None:
    text = "Greek Foreign Minister Signs Accords in Ankara\n\nANKARA, 2000 - The talks ended."
    assert not _people(_run(nlp, text))
    text = "Danish Premier Opens Talks in Warsaw\n\nWARSAW, 1972 - Talks opened today."
    assert not _people(_run(nlp, text))


def test_statesmen_of_more_states_are_known(nlp: Language) -> None:
    text = "In 1984 Velayati and Pinay's successors met; Kreisky had arrived in 1975."
    people = _people(_run(nlp, text))
    assert ("Velayati", "velayati", "IRN") in people
    assert ("Kreisky", "kreisky", "AUT") in people


def test_provincial_cities_are_places_of_their_state(nlp: Language) -> None:
    refs = _refs(_run(nlp, "In 1979 the Egyptian president flew to Haifa and then to Basra."))
    assert ("Haifa", "place", "haifa", "ISR") in refs
    assert ("Basra", "place", "basra", "IRQ") in refs
    text = "Luis Ortiz, the Mexican minister at Vichy, sailed from Veracruz in 1942."
    refs = _refs(_run(nlp, text))
    assert ("Vichy", "place", "vichy", "FRA") in refs
    assert ("Veracruz", "place", "veracruz", "MEX") in refs


def test_person_of_state_in_coordination(nlp: Language) -> None:
    text = "The ministers, Pedro Alba of Chile and Juan Ruiz of Peru, met in Lima in 1971."
    people = _people(_run(nlp, text))
    assert ("Pedro Alba", "pedro alba", "CHL") in people
    assert ("Juan Ruiz", "juan ruiz", "PER") in people


def test_state_of_a_civil_war_stays_a_state(nlp: Language) -> None:
    refs = _refs(_run(nlp, "During the Spanish Civil War Mexico sent rifles to the Republic."))
    assert ("Spanish", "state", "ESP", "ESP") in refs
    refs = _refs(_run(nlp, "In the Greek civil war of 1947 Yugoslavia aided the rebels."))
    assert ("Greek", "state", "GRC", "GRC") in refs


def test_liberation_movements_belong_to_their_state(nlp: Language) -> None:
    refs = _refs(_run(nlp, "In 1976 Moscow sent arms to the MPLA, while Pretoria backed UNITA."))
    assert ("MPLA", "organization", "MPLA", "AGO") in refs
    assert ("UNITA", "organization", "UNITA", "AGO") in refs
    refs = _refs(_run(nlp, "Tanzania hosted FRELIMO and Zambia hosted the ANC in 1970."))
    assert ("FRELIMO", "organization", "FRELIMO", "MOZ") in refs
    assert ("ANC", "organization", "ANC", "ZAF") in refs


def test_regional_bodies_and_the_red_cross_have_no_state(nlp: Language) -> None:
    refs = _refs(_run(nlp, "The SAARC summit of 1986 met in Bangalore."))
    assert ("SAARC", "organization", "SAARC", None) in refs
    refs = _refs(_run(nlp, "Swedish medicines reached Hanoi through the Red Cross in 1968."))
    assert ("Red Cross", "organization", "RED_CROSS", None) in refs


def test_seats_of_government_stand_for_it(nlp: Language) -> None:
    refs = _refs(
        _run(nlp, "In 1962 the White House announced sanctions, and Downing Street protested.")
    )
    assert ("White House", "state", "USA", "USA") in refs
    assert ("Downing Street", "state", "GBR", "GBR") in refs
    refs = _refs(_run(nlp, "In 1973 the envoy was received at the White House."))
    assert ("White House", "place", "white house", "USA") in refs
