"""Event dating round 25: "within days" of a day or a month (from that date to the end of the
month some ten days on reach), "exactly a year later" (the same day a year on), "a few days
later" after a happening dated only to a month (that month), and a stretch of days of a month
("from the 20th to the 23rd of this month"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _bounds(doc: Doc, etype: str) -> list[tuple[str | None, str | None] | None]:
    return [d for _, d in _dates(doc, etype)]


def test_within_days_of_a_day_runs_to_the_end_of_the_month(extract: Extract) -> None:
    doc = extract(
        "Kuwait proclaimed its independence on 19 June 1961. Britain recognised the new state "
        "on the same day, and Saudi Arabia established diplomatic relations with it within days."
    )
    dates = dict((tuple(c), d) for c, d in _dates(doc, "ESTABLISH_RELATIONS"))
    assert dates.get(("KWT", "SAU")) == ("1961-06-19", "1961-06-30")


def test_within_days_late_in_a_month_reaches_the_next(extract: Extract) -> None:
    doc = extract(
        "Gabon broke off relations with Israel on 28 October 1973, and Israel closed its "
        "embassy in Libreville within days."
    )
    assert ("1973-10-28", "1973-11-30") in _bounds(doc, "CLOSE_MISSION")


def test_within_days_of_a_happening_is_not_counted_from_the_date(extract: Extract) -> None:
    doc = extract(
        "In March 1970 Peru restored diplomatic relations with Cuba within days of the new "
        "president's inauguration."
    )
    starts = [(d[0] or "") if d else "" for d in _bounds(doc, "ESTABLISH_RELATIONS")]
    assert starts and all(s.startswith("1970-03") for s in starts)


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
