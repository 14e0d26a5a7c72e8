"""Round-26 agreements and relations: an act done by an agreement (in a "by which" clause on
it, or with the agreement as subject) is dated by the time that names the agreement.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_by_which_clause_takes_the_agreement_date(extract: Extract) -> None:
    text = (
        "The minister recalled that the convention of 3 June 1955, by which France recognised "
        "the independence of Laos, had opened a new period."
    )
    got = dated_states(extract(text, "1962-02-27"), "ESTABLISH_RELATIONS")
    assert got == [(["FRA", "LAO"], ("1955-06-03", "1955-06-03"))]


def test_under_which_clause_hung_on_the_date_takes_it(extract: Extract) -> None:
    text = "The accord of 12 May 1960, under which Britain restored relations with Egypt, held."
    got = dated_states(extract(text, "1962-02-27"), "ESTABLISH_RELATIONS")
    assert got == [(["EGY", "GBR"], ("1960-05-12", "1960-05-12"))]


def test_agreement_as_subject_dates_the_relations(extract: Extract) -> None:
    text = "The treaty of 1882 established relations between Siam and the United States."
    got = dated_states(extract(text, "1962-02-27"), "ESTABLISH_RELATIONS")
    assert got == [(["THA", "USA"], ("1882", "1882"))]


def test_plain_relative_clause_is_not_the_agreement_acting(extract: Extract) -> None:
    text = (
        "The agreement of 1960, which Britain signed with Egypt after it restored relations "
        "with Cairo, was a relief."
    )
    got = dated_states(extract(text, "1962-02-27"), "ESTABLISH_RELATIONS")
    assert [d for _, d in got] == [("1962-02-27", "1962-02-27")]
