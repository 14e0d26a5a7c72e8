"""Round-26 agreements and relations: an act done by an agreement (in a "by which" clause on
it, or with the agreement as subject) is dated by the time that names the agreement; an
agreement "brought to an end" or "no longer in force" is terminated; relations "opened" as
formal ones are established; "as X had done (with Y)" after a denied act tells X's own act.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

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


def test_treaty_brought_to_an_end(extract: Extract) -> None:
    text = "The treaties between Chile and Bolivia had been brought to an end by the war."
    assert states(extract(text, "1900-01-01"), "TERMINATE_AGREEMENT") == [["BOL", "CHL"]]


def test_put_an_end_to_an_alliance(extract: Extract) -> None:
    text = "In 1885 Bolivia put an end to its alliance with Peru."
    assert states(extract(text, "1900-01-01"), "TERMINATE_AGREEMENT") == [["BOL", "PER"]]


def test_put_an_end_to_a_war_ends_no_agreement(extract: Extract) -> None:
    text = "In 1885 Bolivia put an end to the war with Chile."
    assert states(extract(text, "1900-01-01"), "TERMINATE_AGREEMENT") == []


def test_treaty_no_longer_in_force(extract: Extract) -> None:
    text = "Lima told Santiago that the treaty between Chile and Peru was no longer in force."
    assert states(extract(text, "1900-01-01"), "TERMINATE_AGREEMENT") == [["CHL", "PER"]]


def test_treaty_still_in_force_is_no_termination(extract: Extract) -> None:
    text = "Chile said the treaty with Peru was still in force."
    assert states(extract(text, "1900-01-01"), "TERMINATE_AGREEMENT") == []


def test_formal_relations_opened(extract: Extract) -> None:
    text = "The treaty of 1876 opened formal relations between Japan and China."
    got = dated_states(extract(text, "1900-01-01"), "ESTABLISH_RELATIONS")
    assert got == [(["CHN", "JPN"], ("1876", "1876"))]


def test_trade_relations_opened_are_no_diplomatic_ones(extract: Extract) -> None:
    text = "The treaty of 1876 opened trade relations between Japan and China."
    assert states(extract(text, "1900-01-01"), "ESTABLISH_RELATIONS") == []


def test_as_had_done_after_a_denied_act_tells_the_other_doer(extract: Extract) -> None:
    text = "Sweden never broke off relations with Chile, as Cuba had done with Chile in May 1965."
    got = dated_states(extract(text, "1970-01-01"), "END_RELATIONS")
    assert got == [(["CHL", "CUB"], ("1965-05", "1965-05"))]


def test_as_had_done_repeats_the_act_with_its_own_time(extract: Extract) -> None:
    text = "Laos broke off relations with Thailand in 1961, as Burma had done in May 1960."
    got = sorted(states(extract(text, "1970-01-01"), "END_RELATIONS"))
    assert got == [["LAO", "THA"], ["MMR", "THA"]]


def test_as_had_hoped_repeats_nothing(extract: Extract) -> None:
    text = "Norway recognised Israel in 1949, as Denmark had hoped."
    assert states(extract(text, "1970-01-01"), "ESTABLISH_RELATIONS") == [["ISR", "NOR"]]
