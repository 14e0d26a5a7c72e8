"""Round-3 patterns (issue 4): visits by tour, through a country or to "the X capital", "came
here" in a record of talks, passive receptions of a person, aid flown or delivered, asylum and
exile, accreditation and exchanged ambassadors, foreigners ordered to leave, return visits kept
apart, wished journeys, and aid that ended. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary as _summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_a_tour_of_several_states_is_one_visit_each(extract: Extract) -> None:
    doc = extract("In May 1983 the Japanese premier made a tour of Indonesia and Thailand.")
    assert sorted(_summary(doc)) == [("VISIT", ["IDN", "JPN"]), ("VISIT", ["JPN", "THA"])]


def test_a_tour_of_a_factory_is_no_visit(extract: Extract) -> None:
    assert _summary(extract("In May 1983 the Japanese premier made a tour of the factory.")) == []


def test_travelling_through_a_state_and_to_its_capital_are_visits(extract: Extract) -> None:
    doc = extract("In 1961 a Polish writer travelled through Brazil.")
    assert _summary(doc) == [("VISIT", ["BRA", "POL"])]
    doc = extract("In June 1975 an Austrian delegation travelled to the Hungarian capital.")
    assert _summary(doc) == [("VISIT", ["AUT", "HUN"])]


def test_travelling_to_the_capital_without_a_state_is_no_visit(extract: Extract) -> None:
    assert _summary(extract("In June 1975 the delegates travelled to the capital by train.")) == []


def test_came_here_in_a_conversation_record(extract: Extract) -> None:
    text = (
        "Record of a talk between the Finnish and Swedish premiers, 3 May 1961.\n\n"
        "Finland and Sweden discussed trade. Your deputy came here in the spring."
    )
    events = _summary(extract(text, "1961-05-03"))
    assert ("VISIT", ["FIN", "SWE"]) in events


def test_came_home_is_no_visit(extract: Extract) -> None:
    assert _summary(extract("In the spring of 1961 the Swedish deputy came home.")) == []


def test_a_person_received_in_the_passive_is_a_meeting(extract: Extract) -> None:
    doc = extract("In 1972 the Austrian chancellor went to Egypt, where he was received by Sadat.")
    assert ("MEET", ["AUT", "EGY"]) in _summary(doc)


def test_a_letter_received_is_no_meeting(extract: Extract) -> None:
    doc = extract("In 1972 the Austrian chancellor wrote to Sadat; it was received by Egypt.")
    assert not any(t == "MEET" for t, _ in _summary(doc))


def test_arms_flown_and_deliveries_to_a_state_are_aid(extract: Extract) -> None:
    doc = extract("In October 1973 the United States flew weapons to Israel.")
    assert _summary(doc) == [("PROVIDE_AID", ["ISR", "USA"])]
    doc = extract("In 1980 French grain shipments to Poland doubled.")
    assert _summary(doc) == [("PROVIDE_AID", ["FRA", "POL"])]


def test_flying_a_delegation_and_ended_assistance_are_no_aid(extract: Extract) -> None:
    doc = extract("In October 1973 Israel flew its ministers to Cyprus.")
    assert not any(t == "PROVIDE_AID" for t, _ in _summary(doc))
    doc = extract("In 1961 Moscow cut all military assistance to Albania.")
    assert not any(t == "PROVIDE_AID" for t, _ in _summary(doc))


def test_asylum_granted_and_exile_are_aid(extract: Extract) -> None:
    doc = extract("In 1979 the Shah of Iran fled to Egypt, which granted him asylum.")
    assert ("PROVIDE_AID", ["EGY", "IRN"]) in _summary(doc)
    doc = extract("After the coup of 1973 the Chilean president's widow went into exile in Mexico.")
    assert _summary(doc) == [("PROVIDE_AID", ["CHL", "MEX"])]


def test_an_award_granted_is_no_asylum(extract: Extract) -> None:
    assert _summary(extract("In 1979 Egypt granted him an award for his poems.")) == []


def test_accreditation_and_exchanged_ambassadors_are_appointments(extract: Extract) -> None:
    doc = extract("In 1955 Norway accredited its minister in Moscow to Mongolia.")
    assert ("APPOINT_ENVOY", ["MNG", "NOR"]) in _summary(doc)
    doc = extract("Chile and Peru exchanged ambassadors in 1985.")
    assert _summary(doc) == [("APPOINT_ENVOY", ["CHL", "PER"])]


def test_exchanged_notes_are_no_appointment(extract: Extract) -> None:
    assert _summary(extract("Chile and Peru exchanged notes in 1985.")) == []


def test_foreigners_ordered_to_leave_are_expelled(extract: Extract) -> None:
    doc = extract(
        "In 1972 Egypt ordered some fifteen thousand Soviet advisers to leave the country."
    )
    assert _summary(doc) == [("EXPEL", ["EGY", "SUN"])]


def test_troops_ordered_to_leave_a_base_are_not_expelled(extract: Extract) -> None:
    doc = extract("In 1972 Egypt ordered its own soldiers to leave the Sinai posts.")
    assert _summary(doc) == []


def test_a_return_visit_is_a_second_event(extract: Extract) -> None:
    doc = extract(
        "In 1956 the Polish premier visited India. The Indian premier paid a return visit to "
        "Poland in June of that year."
    )
    assert len([e for e in doc._.dipl_events if e.type == "VISIT"]) == 2


def test_a_hoped_journey_is_no_visit(extract: Extract) -> None:
    assert _summary(extract("The Dutch queen hoped to travel to Japan in 1980.")) == []


def test_a_date_on_a_war_dates_the_act(extract: Extract) -> None:
    doc = extract(
        "Relations between Ethiopia and Somalia, severed during the war of 1977, remained so.",
    )
    events = doc._.dipl_events
    assert [(e.type, e.date.value if e.date else None) for e in events] == [
        ("END_RELATIONS", "1977")
    ]


def test_a_person_who_was_in_a_capital_visited(extract: Extract) -> None:
    doc = extract("In April 1962 the Finnish president was in Warsaw.")
    assert _summary(doc) == [("VISIT", ["FIN", "POL"])]


def test_a_state_or_a_resident_envoy_in_a_place_is_no_visit(extract: Extract) -> None:
    assert _summary(extract("In 1962 Finland was in a strong position.")) == []
    assert _summary(extract("In 1962 the Finnish ambassador was in Warsaw.")) == []


def test_the_way_to_a_place_is_not_reached(extract: Extract) -> None:
    doc = extract("In 1972 the Dutch minister travelled to Japan on his way to Korea.")
    assert _summary(doc) == [("VISIT", ["JPN", "NLD"])]


def test_joining_a_person_abroad_is_a_visit(extract: Extract) -> None:
    doc = extract("In May 1965 the Polish premier joined him in Cairo.")
    assert _summary(doc) == [("VISIT", ["EGY", "POL"])]


def test_joining_an_organisation_is_no_visit(extract: Extract) -> None:
    doc = extract("In May 1965 the Polish premier joined the talks.")
    assert not any(t == "VISIT" for t, _ in _summary(doc))


def test_aid_as_the_subject_of_a_verb_of_arrival(extract: Extract) -> None:
    doc = extract(
        "In 1963 Sweden granted Kenya a loan of ten million dollars. "
        "A further loan followed in 1966."
    )
    dates = sorted(e.date.value for e in doc._.dipl_events if e.type == "PROVIDE_AID" and e.date)
    assert dates == ["1963", "1966"]
    assert all(e.countries == ["KEN", "SWE"] for e in doc._.dipl_events)


def test_refugees_following_are_no_aid(extract: Extract) -> None:
    assert _summary(extract("In 1966 a second wave of refugees followed.")) == []


def test_a_group_of_third_states_is_left_alone(extract: Extract) -> None:
    text = "Norway and Iceland disputed fishing. In 1975 the four powers signed an accord."
    assert _summary(extract(text)) == []


def test_the_two_countries_take_the_context(extract: Extract) -> None:
    text = "Norway and Iceland disputed fishing. In 1975 the two countries signed an accord."
    assert _summary(extract(text)) == [("SIGN_AGREEMENT", ["ISL", "NOR"])]


def test_it_in_a_reported_clause_is_the_speaker(extract: Extract) -> None:
    doc = extract(
        "On 2 May 1971 Austria and Peru opened talks. Later Portugal announced that it had "
        "broken off relations with Peru."
    )
    assert ("END_RELATIONS", ["PER", "PRT"]) in _summary(doc)


def test_a_tour_taken_in_answer_keeps_its_traveller(extract: Extract) -> None:
    doc = extract("In June 1977 the Greek premier answered with a tour of Egypt and Libya.")
    assert sorted(_summary(doc)) == [("VISIT", ["EGY", "GRC"]), ("VISIT", ["GRC", "LBY"])]


def test_presented_credentials_and_sent_to_head_a_mission_are_appointments(
    extract: Extract,
) -> None:
    doc = extract("In 1958 the first Greek ambassador presented his credentials in Cairo.")
    assert _summary(doc) == [("APPOINT_ENVOY", ["EGY", "GRC"])]
    doc = extract("In 1975 a Greek diplomat was sent to Cairo to head the new consulate.")
    assert _summary(doc) == [("APPOINT_ENVOY", ["EGY", "GRC"])]


def test_presented_a_report_is_no_appointment(extract: Extract) -> None:
    assert _summary(extract("In 1958 the Greek minister presented his report in Athens.")) == []


def test_a_state_that_did_so_earlier_is_no_party(extract: Extract) -> None:
    text = (
        "Chile and Cuba quarrelled for years. Chile recognised Cuba in 1970, the first state to "
        "do so after Mexico, and diplomatic relations were established on 5 May 1970."
    )
    events = _summary(extract(text))
    assert events and all("MEX" not in states for _, states in events)


def test_a_stopover_is_a_visit_and_the_origin_is_no_party(extract: Extract) -> None:
    doc = extract("In June 1954 Premier Nasser stopped in Athens on his way back from Belgrade.")
    assert _summary(doc) == [("VISIT", ["EGY", "GRC"])]


def test_shipments_that_stopped_are_no_visit(extract: Extract) -> None:
    assert _summary(extract("In 1960 the Greek shipments stopped in June.")) == []


def test_a_reprisal_by_declaring_is_a_second_expulsion(extract: Extract) -> None:
    doc = extract(
        "In June 1967 Peru expelled two Chilean diplomats; Chile answered by declaring two "
        "members of the Peruvian embassy persona non grata."
    )
    assert [e.type for e in doc._.dipl_events] == ["EXPEL", "EXPEL"]


def test_the_title_of_a_record_of_talks_states_the_meeting(extract: Extract) -> None:
    text = (
        "3 March 1966\n"
        "Memorandum of Conversation between A.N. Kosygin and Ayub Khan\n"
        "Tashkent\n\n"
        "Kosygin: We are glad to see you. Pakistan and the Soviet Union are neighbours.\n"
    )
    events = _summary(extract(text, "1966-03-03"))
    assert ("MEET", ["PAK", "SUN"]) in events


def test_a_title_without_talks_states_nothing(extract: Extract) -> None:
    text = (
        "3 March 1966\n"
        "Record of Trade between Pakistan and the Soviet Union\n"
        "Tashkent\n\n"
        "The figures rose sharply in the year.\n"
    )
    assert _summary(extract(text, "1966-03-03")) == []


def test_a_visit_returning_a_gesture_keeps_its_own_parties(extract: Extract) -> None:
    doc = extract(
        "In May 1975 the Greek premier, who had studied in Italy, returned the gesture with a "
        "visit to Egypt."
    )
    assert _summary(doc) == [("VISIT", ["EGY", "GRC"])]


def test_an_agreement_concluded_in_a_year_that_provided_for_a_credit(extract: Extract) -> None:
    doc = extract(
        "Mali and Czechoslovakia grew close. A treaty on trade concluded in 1961 provided for "
        "a Czechoslovak credit of some ten million dollars."
    )
    assert sorted(_summary(doc)) == [
        ("PROVIDE_AID", ["CSK", "MLI"]),
        ("SIGN_AGREEMENT", ["CSK", "MLI"]),
    ]


def test_an_agreement_that_concluded_something_is_no_signing(extract: Extract) -> None:
    assert _summary(extract("In 1961 the accord concluded that both sides had erred.")) == []
    assert _summary(extract("In 1961 the Malian budget provided for schools.")) == []


def test_a_past_act_in_a_when_clause_of_a_question_is_a_fact(extract: Extract) -> None:
    doc = extract(
        "Brezhnev: Do you remember how the Iraqi premier spoke when he came to Moscow in April "
        "of last year?",
        "1978-12-05",
    )
    assert _summary(doc) == [("VISIT", ["IRQ", "SUN"])]


def test_a_questioned_act_is_no_fact(extract: Extract) -> None:
    doc = extract("Brezhnev: Did the Iraqi premier come to Moscow in April?", "1978-12-05")
    assert _summary(doc) == []
