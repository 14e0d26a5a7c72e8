"""Round 4 arguments: dates and states of descriptive clauses, participles, reciprocals."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from diplomatica.nlp.types import EventFact


def _events(doc: Doc, kind: str) -> list[EventFact]:
    return [e for e in doc._.dipl_events if e.type == kind]


def test_since_phrase_of_an_apposition_dates_the_office(extract: Callable[..., Doc]) -> None:
    doc = extract(
        "Janos Kadar, leader of the Hungarian party since 1956, arrived in Prague in "
        "early October 1966 together with his foreign minister."
    )
    (visit,) = _events(doc, "VISIT")
    assert visit.date is not None and visit.date.start is not None
    assert visit.date.start.startswith("1966-10")


def test_perfect_relative_clause_date_is_not_the_event_date(
    extract: Callable[..., Doc],
) -> None:
    doc = extract(
        "In March 1962 the Polish delegation held three days of talks with Sukarno, who had "
        "been President of Indonesia since 1945."
    )
    (meet,) = _events(doc, "MEET")
    assert meet.date is not None and meet.date.start is not None
    assert meet.date.start.startswith("1962")


def test_relative_clause_about_the_envoy_names_no_party(extract: Callable[..., Doc]) -> None:
    doc = extract(
        "France and Syria restored diplomatic relations in 1961. Pierre Dumont, an "
        "Orientalist who had served in Lebanon, was appointed ambassador to Damascus in 1962."
    )
    (appoint,) = _events(doc, "APPOINT_ENVOY")
    assert appoint.countries == ["FRA", "SYR"]


def test_meeting_participle_beside_another_act_is_its_scene(
    extract: Callable[..., Doc],
) -> None:
    doc = extract(
        "On 9 April 1962 the Arab League council, meeting in Cairo, expelled the Syrian delegation."
    )
    assert not _events(doc, "MEET")
    assert _events(doc, "EXPEL")


def test_place_of_a_participle_is_no_party(extract: Callable[..., Doc]) -> None:
    doc = extract(
        "In May 1961 the Soviet Union, meeting in Warsaw with its allies, recalled its "
        "ambassador from Tirana."
    )
    (recall,) = _events(doc, "RECALL_ENVOY")
    assert recall.countries == ["ALB", "SUN"]


def test_exchange_of_envoys_is_between_its_subjects(extract: Callable[..., Doc]) -> None:
    doc = extract(
        "Relations between Albania and Hungary had been frozen. After the crisis of 1961 "
        "Tirana and Prague exchanged ambassadors again in the spring of 1963."
    )
    appointments = _events(doc, "APPOINT_ENVOY")
    assert [e.countries for e in appointments] == [["ALB", "CSK"]]


def test_plural_pacts_with_coordinated_partners_are_bilateral(
    extract: Callable[..., Doc],
) -> None:
    doc = extract(
        "Unlike the pacts that Paris concluded with Belgium and Luxembourg in March 1950, "
        "the new text does not bind Austria."
    )
    signings = _events(doc, "SIGN_AGREEMENT")
    assert sorted(e.countries for e in signings) == [["BEL", "FRA"], ["FRA", "LUX"]]


def test_one_treaty_with_two_partners_stays_multilateral(extract: Callable[..., Doc]) -> None:
    doc = extract("In June 1955 Moscow signed a treaty with Poland and Hungary in Warsaw.")
    signings = _events(doc, "SIGN_AGREEMENT")
    assert [e.countries for e in signings] == [["HUN", "POL", "SUN"]]


def test_each_conjoined_visit_keeps_its_own_visitor(extract: Callable[..., Doc]) -> None:
    doc = extract(
        "In March 1975 a Hungarian trade delegation arrived in Mexico, the first official "
        "Hungarian mission in the country for ten years, and a Mexican consular team went to "
        "Budapest in 1976."
    )
    visits = sorted((e.date.start or "", e.countries) for e in _events(doc, "VISIT") if e.date)
    assert visits == [("1975-03-01", ["HUN", "MEX"]), ("1976-01-01", ["HUN", "MEX"])]


_ANAPHORA_TEXT = (
    "Peru and Ecuador quarrelled over the border for years; Peru recalled its ambassador "
    "from Quito in 1972 and Ecuador closed its consulate in Lima.\n\n"
    "Isolated after the coup, Chile turned to Europe. Early in 1974 France sent emergency "
    "medical aid to the country, and in March 1975 the two governments signed a cultural "
    "agreement."
)


def test_the_country_points_back_to_the_state_just_named(extract: Callable[..., Doc]) -> None:
    doc = extract(_ANAPHORA_TEXT)
    (aid,) = _events(doc, "PROVIDE_AID")
    assert aid.countries == ["CHL", "FRA"]


def test_the_two_governments_are_the_pair_of_the_earlier_clause(
    extract: Callable[..., Doc],
) -> None:
    doc = extract(_ANAPHORA_TEXT)
    (signing,) = _events(doc, "SIGN_AGREEMENT")
    assert signing.countries == ["CHL", "FRA"]
    assert signing.date is not None and signing.date.start == "1975-03-01"


def test_a_states_capital_named_by_its_adjective_is_a_venue(
    extract: Callable[..., Doc],
) -> None:
    doc = extract("In May 1970 Polish and Israeli diplomats held talks in the Austrian capital.")
    (meet,) = _events(doc, "MEET")
    assert meet.countries == ["ISR", "POL"]


def test_appointed_ambassador_to_a_state_keeps_the_host(extract: Callable[..., Doc]) -> None:
    doc = extract("In 1965 Ireland appointed Sean Byrne ambassador to Spain.")
    (appoint,) = _events(doc, "APPOINT_ENVOY")
    assert appoint.countries == ["ESP", "IRL"]


def test_a_negotiators_post_named_in_apposition_is_no_party(
    extract: Callable[..., Doc],
) -> None:
    doc = extract(
        "In May 1970 talks opened between Poland and Israel. The talks were led on the Polish "
        "side by Jan Kowalski, the ambassador to Austria, and on the Israeli side by David Levi."
    )
    meetings = _events(doc, "MEET")
    assert meetings and all(e.countries == ["ISR", "POL"] for e in meetings)


_OTHER_PAIR = (
    "Relations between Mexico and Cuba were close in those years, and Cuba praised Mexico "
    "often.\n\n"
)


def test_she_continues_the_previous_sentences_subject(extract: Callable[..., Doc]) -> None:
    doc = extract(
        _OTHER_PAIR + "Prime Minister Golda Meir left Jerusalem for a European tour in the "
        "spring of 1973. In May 1973 she met President Georges Pompidou in Paris."
    )
    (meet,) = _events(doc, "MEET")
    assert meet.countries == ["FRA", "ISR"]


def test_it_continues_a_state_subject(extract: Callable[..., Doc]) -> None:
    doc = extract(
        _OTHER_PAIR + "Austria kept its distance from both blocs. In March 1974 it opened an "
        "embassy in Havana."
    )
    (opening,) = _events(doc, "OPEN_MISSION")
    assert opening.countries == ["AUT", "CUB"]


def test_a_state_of_a_later_era_does_not_fill_in(extract: Callable[..., Doc]) -> None:
    doc = extract(
        "Russia and Finland signed a border treaty in 1995, and Russia opened a consulate in "
        "Turku in 1996. Russia and Finland also agreed to build a new crossing.\n\n"
        "In 1988 the Finnish government recalled its ambassador after a quarrel."
    )
    (recall,) = _events(doc, "RECALL_ENVOY")
    assert "RUS" not in recall.countries


def test_context_date_skips_a_background_relative_clause(extract: Callable[..., Doc]) -> None:
    doc = extract(
        "In March 1962 Ghana and Guinea signed a treaty of union. The old customs pact, which "
        "had expired in 1957, was not renewed. The two presidents met again in Conakry."
    )
    (meet,) = _events(doc, "MEET")
    assert meet.date is not None and meet.date.start == "1962-03-01"


def test_what_support_is_against_is_no_party(extract: Callable[..., Doc]) -> None:
    doc = extract(
        "In June 1979 the Libyan government declared that it fully supports the Ugandan "
        "people against the aggression of Tanzania."
    )
    (support,) = _events(doc, "EXPRESS_SUPPORT")
    assert support.countries == ["LBY", "UGA"]
