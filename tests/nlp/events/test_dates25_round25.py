"""Event dating round 25: "exactly a year later" (the same day a year on), "a few days later"
after a happening dated only to a month (that month), a stretch of days of a month ("from the
20th to the 23rd of this month"), "that year" after a clause telling a succession, and an envoy's
term started at the sentence's appointment. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _bounds(doc: Doc, etype: str) -> list[tuple[str | None, str | None] | None]:
    return [d for _, d in _dates(doc, etype)]


def test_exactly_a_year_later_keeps_the_day(extract: Extract) -> None:
    doc = extract(
        "Poland and Lithuania signed a declaration of friendship on 14 May 1993; exactly a "
        "year later they signed a treaty of good neighbourliness."
    )
    assert ("1994-05-14", "1994-05-14") in _bounds(doc, "SIGN_AGREEMENT")


def test_a_year_later_without_exactly_stays_a_year(extract: Extract) -> None:
    doc = extract(
        "Poland and Lithuania signed a declaration of friendship on 14 May 1993; a year later "
        "they signed a treaty of good neighbourliness."
    )
    assert ("1994", "1994") in _bounds(doc, "SIGN_AGREEMENT")


def test_a_few_days_after_a_month_stays_in_that_month(extract: Extract) -> None:
    doc = extract(
        "In March 1971 Senegal recognised the government in Beijing. Taipei protested and "
        "broke off relations with Senegal a few days later."
    )
    assert ("1971-03", "1971-03") in _bounds(doc, "END_RELATIONS")


def test_days_of_this_month_in_a_dated_record(extract: Extract) -> None:
    doc = extract(
        "The King of Denmark and his Foreign Minister were in Stockholm from the 11th to the "
        "14th of this month on a state visit.",
        "1908-06-18",
    )
    assert ("1908-06-11", "1908-06-14") in _bounds(doc, "VISIT")


def test_days_of_the_month_just_named(extract: Extract) -> None:
    doc = extract(
        "In April 1955 the Indonesian delegation was in Peking, and from the 3rd to the 7th it "
        "held talks with Zhou Enlai."
    )
    assert ("1955-04-03", "1955-04-07") in _bounds(doc, "MEET")


def test_that_year_after_a_succession_clause_is_its_year(extract: Extract) -> None:
    doc = extract(
        "Relations thawed in May 1994, when the two governments exchanged ambassadors. Sultan "
        "Hamid, who succeeded his uncle in February 1998, paid his first visit to Muscat in "
        "October of that year."
    )
    assert _bounds(doc, "VISIT") == [("1998-10", "1998-10")]


def _tenure_starts(doc: Doc, person: str) -> list[str | None]:
    return [t.start for t in doc._.dipl_tenures if person in t.person]


def test_envoy_term_without_start_begins_at_the_appointment(extract: Extract) -> None:
    doc = extract(
        "Relations were restored on 12 March 1956. The two governments raised their missions "
        "to legations later that year, and Pavel Orlov was appointed the first Soviet minister "
        "in Oslo, where he served until 1961."
    )
    starts = _tenure_starts(doc, "Orlov")
    assert starts and all(s is not None and s.startswith("1956") for s in starts)


def test_envoy_term_with_its_own_start_keeps_it(extract: Extract) -> None:
    doc = extract(
        "In June 1960 Pavel Orlov, who had been minister in Oslo since 1956, was appointed "
        "ambassador in Copenhagen, where he served until 1964."
    )
    starts = _tenure_starts(doc, "Orlov")
    assert "1956" in starts


def test_undated_head_of_legation_takes_no_start_from_a_later_title(extract: Extract) -> None:
    doc = extract(
        "Estonia's legation in London was led in its last years by Ernst Sarepera, who became "
        "Estonia's ambassador to Britain in 1991."
    )
    assert all(
        t.start is None
        for t in doc._.dipl_tenures
        if "Sarepera" in t.person and t.role != "ambassador"
    )
