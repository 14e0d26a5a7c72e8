"""Round-21 dating (sentences written for these tests): two months named without a year ("in
March and April", "between June and August") are one stretch; "within weeks" and "soon
afterwards" of a month reach into the next month; the time of an event an act follows ranks
after the act's own time, and a month or a day it follows dates the act; a time in a clause
telling a step of a person's career dates that step, not the act around it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _dates(doc: Doc, etype: str) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.end) for e in doc._.dipl_events if e.type == etype and e.date]


def _months(doc: Doc, etype: str) -> list[tuple[str, str]]:
    return [((s or "")[:7], (e or "")[:7]) for s, e in _dates(doc, etype)]


def test_two_months_without_a_year_are_one_stretch(extract: Extract) -> None:
    doc = extract(
        "The crisis deepened in 1975. In March and April the Portuguese Foreign Minister "
        "travelled to Moscow."
    )
    assert _months(doc, "VISIT") == [("1975-03", "1975-04")]


def test_months_between_two_names_are_one_stretch(extract: Extract) -> None:
    doc = extract(
        "The border was opened in 1989. Between June and August Austria took in thousands of "
        "refugees from Hungary."
    )
    assert _months(doc, "PROVIDE_AID") == [("1989-06", "1989-08")]


def test_a_month_then_a_day_is_not_a_stretch(extract: Extract) -> None:
    doc = extract("Talks began in 1968. In May and June 3 the ministers met in Bangkok.")
    assert all(s != "1968-05" or e != "1968-06" for s, e in _months(doc, "MEET"))


def test_within_weeks_of_a_month_reaches_the_next_month(extract: Extract) -> None:
    doc = extract(
        "Guatemala recognised Taipei in October 1994, and within weeks Beijing broke off "
        "relations with Guatemala."
    )
    assert _months(doc, "END_RELATIONS") == [("1994-10", "1994-11")]


def test_soon_afterwards_a_month_reaches_the_next_month(extract: Extract) -> None:
    doc = extract(
        "Canada and Mongolia established diplomatic relations in March 1973, and soon "
        "afterwards Canada opened an embassy in Ulan Bator."
    )
    assert _months(doc, "OPEN_MISSION") == [("1973-03", "1973-04")]


def test_soon_afterwards_a_year_runs_into_the_next_year(extract: Extract) -> None:
    doc = extract(
        "Relations between Chile and Sweden were restored in 1958, and shortly thereafter "
        "Sweden opened a legation in Santiago."
    )
    assert [(s[:4], e[:4]) for s, e in _months(doc, "OPEN_MISSION")] == [("1958", "1959")]


def test_the_acts_own_month_beats_the_month_of_the_event_it_follows(extract: Extract) -> None:
    doc = extract(
        "After the military coup in Santiago in September 1973, Sweden recalled its "
        "ambassador from Chile in December 1973."
    )
    assert _months(doc, "RECALL_ENVOY") == [("1973-12", "1973-12")]


def test_aid_after_an_event_of_a_month_is_of_that_month(extract: Extract) -> None:
    doc = extract(
        "After the floods of August 1988 Japan sent large quantities of relief supplies to "
        "Bangladesh."
    )
    assert _months(doc, "PROVIDE_AID") == [("1988-08", "1988-08")]


def test_a_career_step_of_a_participant_does_not_date_the_talks(extract: Extract) -> None:
    doc = extract(
        "The Kenyan Foreign Minister arrived in Dar es Salaam on 12 May 1986. He held talks "
        "with President Ali Hassan Mwinyi of Tanzania, who took office in November 1985."
    )
    assert ("1985-11", "1985-11") not in _months(doc, "MEET")
    assert _months(doc, "MEET")


def test_a_term_in_a_relative_clause_is_no_anchor_for_later_days(extract: Extract) -> None:
    doc = extract(
        "The Ghanaian leader stopped in Lagos on 3 March 1961, where he was welcomed by Prime "
        "Minister Balewa, who held office from 1960 to 1966. Three days later he visited Accra's "
        "neighbour Togo, and in April he went to Monrovia."
    )
    starts = [s for s, _e in _months(doc, "VISIT")]
    assert starts and all(s.startswith("1961") for s in starts)


def test_a_term_closing_a_title_between_commas_does_not_date_the_act(extract: Extract) -> None:
    doc = extract(
        "On 2 June 1975 Andrei Gromyko, Foreign Minister from 1957 to 1985, arrived in Paris, "
        "where he held talks with the French President."
    )
    assert _months(doc, "VISIT") == [("1975-06", "1975-06")]


def test_a_span_after_a_list_of_states_still_dates_the_act(extract: Extract) -> None:
    doc = extract("The Soviet Union supplied arms to Egypt, Syria and Iraq from 1967 to 1973.")
    assert {(s[:4], e[:4]) for s, e in _months(doc, "PROVIDE_AID")} == {("1967", "1973")}


def test_a_title_after_as_is_no_apposition_of_a_term(extract: Extract) -> None:
    doc = extract(
        "The Ministry sent Tomas Varga, a senior party official, as ambassador to Hanoi from "
        "1971 to 1975."
    )
    assert [(s[:4], e[:4]) for s, e in _months(doc, "APPOINT_ENVOY")] == [("1971", "1975")]


def test_aid_since_then_in_a_record_runs_to_the_records_day(extract: Extract) -> None:
    doc = extract(
        "The Minister recalled the agreement concluded in March 1951. Since then Norway had "
        "sent Iceland fishing vessels and credits.",
        "1953-06-12",
    )
    assert _dates(doc, "PROVIDE_AID") == [("1951-03-01", "1953-06-12")]


def test_a_single_act_since_then_is_dated_by_the_time_before(extract: Extract) -> None:
    doc = extract(
        "The frontier treaty was signed in 1962. Since then Kenya and Ethiopia have exchanged "
        "ambassadors."
    )
    assert [(s[:4], e[:4]) for s, e in _months(doc, "APPOINT_ENVOY")] == [("1962", "1962")]
