"""Round-21 visits and meetings: "M." before a statesman's surname is "Monsieur" (a record's
French manner of naming foreigners), no initial; "stopped"/"flew" with a thing as object move
no traveller; talks measured by days or rounds are held by the holding verb's subject; a
record's heading "The Premier (Mr. X)" names the holder of "the Premier"; a gathering named
for a city ("the Bandung conference") was attended there; Belgrade in 2003 is Serbia and
Montenegro's. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states, types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_monsieur_before_a_surname_names_the_statesman(extract: Extract) -> None:
    doc = extract(
        "The Ambassador reported that M. Laval had gone to Moscow in the middle of May 1935.",
        "1935-06-01",
    )
    assert ["FRA", "SUN"] in states(doc, "VISIT")


def test_monsieur_before_a_soviet_statesman(extract: Extract) -> None:
    doc = extract(
        "The Foreign Secretary recalled that M. Malenkov had travelled to Peking in 1954.",
        "1956-03-01",
    )
    assert ["CHN", "SUN"] in states(doc, "VISIT")


def test_stopping_a_shipment_is_no_journey(extract: Extract) -> None:
    doc = extract(
        "In November 1973 Kuwait stopped the shipment of crude oil to the Netherlands.",
        "1973-12-01",
    )
    assert "VISIT" not in types(doc)


def test_an_airlift_flown_into_a_country_is_no_visit(extract: Extract) -> None:
    doc = extract(
        "The minister praised the grain which the Canadian air force flew into Ethiopia in 1985.",
        "1986-01-01",
    )
    assert "VISIT" not in types(doc)


def test_days_of_talks_are_held_by_the_traveller(extract: Extract) -> None:
    doc = extract(
        "In March 1972 Foreign Minister Andrei Gromyko flew to Tokyo and held three days of"
        " talks with Prime Minister Sato.",
        "1972-04-01",
    )
    assert ["JPN", "SUN"] in states(doc, "MEET")


def test_rounds_of_talks_hosted_by_a_third_state_leave_the_host_out(extract: Extract) -> None:
    doc = extract(
        "Oman hosted several rounds of talks between American and Iranian diplomats in Muscat"
        " in 2012.",
        "2013-01-01",
    )
    assert ["IRN", "USA"] in states(doc, "MEET")


def test_a_conference_named_for_a_city_was_attended_there(extract: Extract) -> None:
    doc = extract(
        "In April 1955 Prime Minister Nehru attended the Bandung conference.", "1955-05-01"
    )
    assert ["IDN", "IND"] in states(doc, "VISIT")


def test_belgrade_after_2002_is_serbia_and_montenegro(extract: Extract) -> None:
    doc = extract("In June 2004 the Bosnian president visited Belgrade.", "2004-07-01")
    assert ["BIH", "SCG"] in states(doc, "VISIT")


def test_a_heading_title_with_the_name_in_brackets_names_the_holder(extract: Extract) -> None:
    doc = extract(
        "RECORD OF CONVERSATION\n\n"
        "The Prime Minister (Mr. Harold Macmillan) with General de Gaulle\n"
        "Place: Rambouillet\n"
        "Date: 16 December 1962\n"
        "Also present: M. Georges Pompidou, Prime Minister; an interpreter.\n\n"
        "The General welcomed the Prime Minister. The Prime Minister said that after his"
        " meeting with President Kennedy he had no doubt of American support.",
        "1962-12-16",
    )
    assert ["GBR", "USA"] in states(doc, "MEET")


def test_both_capitals_are_the_two_named_before(extract: Extract) -> None:
    doc = extract(
        "Secretary of State Cyrus Vance flew to Cairo in August 1977 and went on to Damascus."
        " In December he returned to both capitals.",
        "1978-01-01",
    )
    dated = [(e.countries, (e.date.start or "")[:7]) for e in doc._.dipl_events if e.date]
    assert (["EGY", "USA"], "1977-12") in dated
    assert (["SYR", "USA"], "1977-12") in dated


def test_all_three_capitals_are_the_three_named_before(extract: Extract) -> None:
    doc = extract(
        "Embassies of Sweden opened in Tallinn, Riga and Vilnius in 1991, and the Swedish"
        " foreign minister visited all three capitals in October.",
        "1992-01-01",
    )
    visits = states(doc, "VISIT")
    assert ["EST", "SWE"] in visits
    assert ["LTU", "SWE"] in visits
    assert ["LVA", "SWE"] in visits


def test_a_meeting_one_is_scheduled_to_hold_is_planned(extract: Extract) -> None:
    doc = extract(
        "The Israeli foreign minister arrived in New Delhi on 28 January 1992. He is scheduled"
        " to meet Prime Minister Narasimha Rao tomorrow.",
        "1992-01-29",
    )
    assert "MEET" not in types(doc)
