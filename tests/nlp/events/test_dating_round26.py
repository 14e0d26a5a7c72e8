"""Event dating round 26: the instrument's date for an act done "by which" it, a meeting a
record's heading names, "many times ... that spring" read as an adverbial, not an apposition,
and an act "after" a noun of a year dated by that year. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_act_by_which_a_dated_protocol_did_it(extract: Extract) -> None:
    doc = extract(
        "President Kenyatta recalled that the protocol of 12 May 1963, by which Britain "
        "recognised Kenya, had opened a period of good will."
    )
    assert [d for _, d in _dates(doc, "ESTABLISH_RELATIONS")] == [("1963-05-12", "1963-05-12")]


def test_act_by_which_with_its_own_time_keeps_it(extract: Extract) -> None:
    doc = extract(
        "President Bourguiba recalled that the convention of 1955, by which France recognised "
        "the independence of Tunisia in March 1956, had opened a period of good will."
    )
    assert [d for _, d in _dates(doc, "ESTABLISH_RELATIONS")] == [("1956-03", "1956-03")]


def test_after_the_liberation_in_a_year_dates_by_that_year(extract: Extract) -> None:
    doc = extract("Relations between Norway and Poland were restored after the liberation in 1945.")
    assert [d for _, d in _dates(doc, "ESTABLISH_RELATIONS")] == [("1945", "1945")]


def test_after_a_decade_stays_open(extract: Extract) -> None:
    doc = extract("After the wars of the 1940s Norway restored relations with Poland.")
    assert [d for _, d in _dates(doc, "ESTABLISH_RELATIONS")] == [("1949", None)]


def test_many_times_that_spring_dates_the_meeting(extract: Extract) -> None:
    doc = extract(
        "Tunisia recalled its ambassador from France in February 1958; Bourguiba had received "
        "the American envoys, Mr. John Hart and Mr. Peter Lane, many times in Tunis that spring."
    )
    assert [d for _, d in _dates(doc, "MEET")] == [("1958-03", "1958-05")]


_MINUTES = (
    "MINUTES OF THE THIRD SITTING OF THE PLENIPOTENTIARIES OF CHILE AND PERU\n"
    "Place: the Foreign Ministry, Lima\n"
    "Date: 14 May 1929\n"
    "Present: Mr. Figueroa, Minister of Chile; Mr. Rada, Minister for Foreign Affairs of Peru.\n"
    "Source: file of the Lima peace negotiations between Chile and Peru, Archive of the "
    "Foreign Ministry.\n\n"
    "The Peruvian delegate recalled that the two governments had held talks in Washington in "
    "April.\n"
)


def test_meeting_a_record_heading_names_takes_the_record_day(extract: Extract) -> None:
    doc = extract(_MINUTES, "1929-05-14")
    dates = sorted(d for _, d in _dates(doc, "MEET") if d is not None)
    assert ("1929-05-14", "1929-05-14") in dates
    assert ("1929-04", "1929-04") in dates  # the talks of April stay an act of their own


def test_heading_of_a_non_record_is_not_its_occasion(extract: Extract) -> None:
    text = _MINUTES.replace("MINUTES OF THE THIRD SITTING OF", "A HISTORY OF")
    doc = extract(text, "1929-05-14")
    assert ("1929-05-14", "1929-05-14") not in [d for _, d in _dates(doc, "MEET")]
