"""Tenure patterns of round 19 (own sentences): a diplomatic post taken up ("went to P as
the first ambassador", "sent X as its ambassador", "became ambassador in P") in a clause
with no date of its own starts at the date the narrative gives the appointment (the
paragraph's date, or the date of a clause coordinated with it), never at a date of another
statement of the sentence; "X, who has been in P since A" and "who had come to P in A" start
an envoy's post; "the end/beginning of A" bounds a term at that month."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_going_as_first_envoy_starts_at_the_narratives_date(extract: Extract) -> None:
    doc = extract(
        "Denmark and Chile agreed to exchange envoys in 1952. Lars Holm went to Santiago as "
        "Denmark's first ambassador."
    )
    assert ("ambassador", "1952", None) in terms_of(doc, "Lars Holm")


def test_an_envoy_sent_soon_after_starts_at_the_narratives_month(extract: Extract) -> None:
    doc = extract(
        "Relations between Norway and Peru were established in May 1961. Oslo soon sent Erik "
        "Dahl as its ambassador."
    )
    assert any(r == "ambassador" and s == "1961-05" for r, s, _e in terms_of(doc, "Erik Dahl"))


def test_a_coordinated_clause_lends_its_date(extract: Extract) -> None:
    doc = extract(
        "Pieter Vos was appointed Dutch ambassador in Oslo in 1977 and served until 1981, "
        "while Olav Berg became Norway's ambassador in The Hague."
    )
    assert ("ambassador", "1977", None) in terms_of(doc, "Olav Berg")


def test_a_date_of_another_statement_is_not_the_appointments(extract: Extract) -> None:
    doc = extract("Born in 1911, Lars Holm went to Santiago as Denmark's ambassador.")
    assert not any(s == "1911" for _r, s, _e in terms_of(doc, "Lars Holm"))


def test_an_envoy_who_did_not_go_has_no_term(extract: Extract) -> None:
    doc = extract(
        "Denmark and Chile agreed to exchange envoys in 1952. Lars Holm never went to "
        "Santiago as ambassador."
    )
    assert not any(s == "1952" for _r, s, _e in terms_of(doc, "Lars Holm"))


def test_an_envoy_at_his_post_since_a_date_starts_then(extract: Extract) -> None:
    doc = extract(
        "Chilean Ambassador Jorge Ruiz, who has been in Oslo since 1963, joined the talks.",
        doc_date="1966-03-02",
    )
    assert any(r == "ambassador" and s == "1963" for r, s, _e in terms_of(doc, "Jorge Ruiz"))


def test_an_envoy_in_a_capital_since_monday_is_on_a_trip(extract: Extract) -> None:
    doc = extract(
        "Chilean Ambassador Jorge Ruiz, who has been in Oslo since Monday, joined the talks.",
        doc_date="1966-03-02",
    )
    assert not any(s for _r, s, _e in terms_of(doc, "Jorge Ruiz"))


def test_a_titled_envoy_who_had_come_to_the_capital_starts_then(extract: Extract) -> None:
    doc = extract(
        "Chilean Ambassador Jorge Ruiz, who had come to Oslo in 1963, attended.",
        doc_date="1966-03-02",
    )
    assert any(r == "ambassador" and s == "1963" for r, s, _e in terms_of(doc, "Jorge Ruiz"))


def test_a_titled_envoy_who_had_come_twice_made_trips(extract: Extract) -> None:
    doc = extract(
        "Chilean Ambassador Jorge Ruiz, who had come to Oslo twice in 1963, attended.",
        doc_date="1966-03-02",
    )
    assert not any(s == "1963" for _r, s, _e in terms_of(doc, "Jorge Ruiz"))


def test_a_term_taken_up_at_the_end_of_a_year_starts_in_its_last_month(extract: Extract) -> None:
    doc = extract("Hans Berg was appointed West German ambassador in Oslo at the end of 1970.")
    assert ("ambassador", "1970-12", None) in terms_of(doc, "Hans Berg")


def test_a_term_ending_at_the_end_of_a_year_ends_in_its_last_month(extract: Extract) -> None:
    doc = extract(
        "Hans Berg, West German ambassador in Oslo from 1966 until the end of 1970, left."
    )
    assert ("ambassador", "1966", "1970-12") in terms_of(doc, "Hans Berg")


def test_a_term_taken_up_at_the_beginning_of_a_year_starts_in_january(extract: Extract) -> None:
    doc = extract(
        "Hans Berg was appointed West German ambassador in Oslo at the beginning of 1970."
    )
    assert ("ambassador", "1970-01", None) in terms_of(doc, "Hans Berg")


def test_a_term_taken_up_late_in_a_year_keeps_the_year(extract: Extract) -> None:
    doc = extract("Hans Berg was appointed West German ambassador in Oslo late in 1970.")
    assert ("ambassador", "1970", None) in terms_of(doc, "Hans Berg")
