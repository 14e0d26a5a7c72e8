"""Round-25 visits: the person a "who is on a visit" clause describes is the visitor; a
person's "stop" in a named place is a visit; a subject coordinated with a visit noun is no
doer of it; several travellers going to several places make one visit per place with all the
travellers; a summit "hosted by" a leader was hosted by his state; "that year" after "who
succeeded his father in 1999" is 1999; a journey to the traveller's own state is a return
home. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _sources(doc: Doc, kind: str) -> list[list[str]]:
    return [
        [a.country for a in e.actors if a.role == "source" and a.country]
        for e in doc._.dipl_events
        if e.type == kind
    ]


def test_who_is_on_a_visit_names_the_visitor(extract: Extract) -> None:
    doc = extract(
        "Kosygin, who is on an official visit to India, laid a wreath in New Delhi today.",
        "1968-01-26",
    )
    assert ["IND", "SUN"] in states(doc, "VISIT")
    assert ["SUN"] in _sources(doc, "VISIT")


def test_who_was_in_a_capital_on_a_visit_names_the_visitor(extract: Extract) -> None:
    doc = extract(
        "Tito, who was in Cairo on a state visit, signed a trade protocol with the Egyptians.",
        "1955-02-10",
    )
    assert ["YUG"] in _sources(doc, "VISIT")


def test_a_present_visit_keeps_its_own_date_beside_an_earlier_journey(
    extract: Extract,
) -> None:
    doc = extract(
        "Kosygin, who is on an official visit to India, met Mrs Gandhi this morning. Last"
        " month Mrs Gandhi went to Moscow for talks.",
        "1968-01-26",
    )
    dated = dated_states(doc, "VISIT")
    assert (["IND", "SUN"], ("1968-01-26", "1968-01-26")) in dated
    assert (["IND", "SUN"], ("1967-12", "1967-12")) in dated


def test_a_leaders_stop_on_an_island_is_a_visit(extract: Extract) -> None:
    doc = extract(
        "The minister recalled that Mr. Brezhnev's stop on Cheju Island in May 1975 had"
        " surprised everyone.",
        "1976-01-01",
    )
    assert ["KOR", "SUN"] in states(doc, "VISIT")


def test_a_subject_coordinated_with_a_visit_is_no_doer_of_it(extract: Extract) -> None:
    doc = extract(
        "The envoy said that the visit of the Japanese premier to Manila in May 1977 and"
        " Mr. Brezhnev's stop on Cheju Island the following April had helped.",
        "1978-06-01",
    )
    visits = dict(zip(map(tuple, states(doc, "VISIT")), _sources(doc, "VISIT"), strict=True))
    assert visits.get(("JPN", "PHL")) == ["JPN"]


def test_several_travellers_to_two_states_visit_each_together(extract: Extract) -> None:
    doc = extract(
        "In March 1965 Nyerere and Kaunda travelled to Ghana and Guinea.",
        "1965-06-01",
    )
    found = states(doc, "VISIT")
    assert ["GHA", "TZA", "ZMB"] in found
    assert ["GIN", "TZA", "ZMB"] in found


def test_a_summit_hosted_by_a_leader_is_hosted_by_his_state(extract: Extract) -> None:
    doc = extract(
        "Britain kept its distance. In May the Liberian president attended a summit hosted"
        " by Senegalese President Abdou Diouf.",
        "1990-09-01",
    )
    assert ["LBR", "SEN"] in states(doc, "VISIT")


def test_that_year_after_succeeding_to_the_throne(extract: Extract) -> None:
    doc = extract(
        "Relations warmed in 1994. King Abdullah, who succeeded his father in February"
        " 1999, paid his first visit to Damascus in April of that year.",
        "2003-01-01",
    )
    assert [d for _s, d in dated_states(doc, "VISIT")] == [("1999-04", "1999-04")]


def test_a_return_to_the_travellers_own_capital_is_no_visit(extract: Extract) -> None:
    doc = extract(
        "Relations with France had cooled. Chancellor Adenauer returned to Bonn on 12 May.",
        "1960-06-01",
    )
    assert not states(doc, "VISIT")


def test_a_return_abroad_is_still_a_visit(extract: Extract) -> None:
    doc = extract(
        "Nasser had been in Moscow in 1958, and he returned to Moscow in August 1965.",
        "1966-01-01",
    )
    assert ["EGY", "SUN"] in states(doc, "VISIT")
