"""Event dating round 13: a relative time restated by a stated date takes the stated one; "the
weeks/days that followed" span a few weeks/days after the reference; a "since" phrase after an
adjective describing the subject dates that description, not the act. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_a_relative_time_restated_by_a_date_takes_the_date(extract: Extract) -> None:
    doc = extract(
        "In November 1964 Mali broke off relations with France. Paris sent an envoy to Bamako"
        " a few weeks later, in January 1965."
    )
    assert (["FRA", "MLI"], ("1965-01", "1965-01")) in _dates(doc, "APPOINT_ENVOY")


def test_the_weeks_that_followed_span_the_next_months(extract: Extract) -> None:
    doc = extract(
        "Fighting broke out on 20 September 1962. In the weeks that followed, the Indian"
        " government expelled hundreds of Chinese nationals."
    )
    assert (["CHN", "IND"], ("1962-09-01", "1962-11-30")) in _dates(doc, "EXPEL")


def test_the_days_that_followed_span_two_weeks(extract: Extract) -> None:
    doc = extract(
        "The coup took place on 3 March 1971. In the days that followed, Bulgaria recognised"
        " the new government of Albania."
    )
    dates = [d for _, d in _dates(doc, "ESTABLISH_RELATIONS")]
    assert ("1971-03-04", "1971-03-17") in dates


def test_a_since_phrase_describing_the_subject_does_not_date_the_act(extract: Extract) -> None:
    doc = extract(
        "The Tunisian president came to Rabat in June 1961. Morocco, independent since March"
        " 1956, lent Tunisia money."
    )
    assert (["MAR", "TUN"], ("1961-06", "1961-06")) in _dates(doc, "PROVIDE_AID")


def test_a_person_named_rice_is_no_aid(extract: Extract) -> None:
    doc = extract("Susan Rice arrived in Khartoum on 4 May 2010.")
    assert not _dates(doc, "PROVIDE_AID")
    assert _dates(doc, "VISIT")


def test_the_main_verbs_own_date_beats_an_adverbial_clauses(extract: Extract) -> None:
    doc = extract(
        "The crisis deepened in 1962. When fighting began in October, Britain recognised the"
        " new republic of Algeria on 9 October."
    )
    dates = [d for _, d in _dates(doc, "ESTABLISH_RELATIONS")]
    assert ("1962-10-09", "1962-10-09") in dates
