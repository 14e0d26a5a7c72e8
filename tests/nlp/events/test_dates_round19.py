"""Round-19 dating (sentences written for these tests): an envoy "who has been in P since A"
or "who had come to P in A" holds the post from A; "X, president since A, was succeeded by Y
in B" ends X's term and starts Y's at B; "who held the office" is the office apposed to the
name; a term bounded by "the end of 1965" is bounded in December; a day named without its year
just after a record's date is of the record's year."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _dates(doc: Doc, etype: str) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.end) for e in doc._.dipl_events if e.type == etype and e.date]


def test_an_envoy_who_has_been_in_the_capital_since_a_year(extract: Extract) -> None:
    doc = extract(
        "The President received the Peruvian delegation. Ambassador Luis Ortega, who has been "
        "in Santiago since 1967, joined the talks.",
        "1969-04-02",
    )
    assert {s for _r, s, _e in terms_of(doc, "Luis Ortega")} == {"1967"}


def test_an_envoy_who_has_been_at_a_body_since_a_month(extract: Extract) -> None:
    doc = extract(
        "The Foreign Minister met the visitors. Ambassador Karl Brenner, who has been at the "
        "United Nations since March 1981, spoke first.",
        "1983-06-10",
    )
    assert {s for _r, s, _e in terms_of(doc, "Karl Brenner")} == {"1981-03"}


def test_an_envoy_in_hospital_since_a_month_is_not_dated_by_it(extract: Extract) -> None:
    doc = extract(
        "The Foreign Minister met the visitors. Ambassador Karl Brenner, who has been in "
        "hospital since March, sent his regrets.",
        "1983-06-10",
    )
    assert all(s is None for _r, s, _e in terms_of(doc, "Karl Brenner"))


def test_an_envoy_who_had_come_to_the_capital_in_a_year(extract: Extract) -> None:
    doc = extract(
        "The Prime Minister called on the Secretary of State. Ambassador Ravi Menon, who had "
        "come to Washington in 1966, was also present.",
        "1968-09-12",
    )
    assert {s for _r, s, _e in terms_of(doc, "Ravi Menon")} == {"1966"}


def test_an_apposed_holder_succeeded_by_another_ends_at_the_succession(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile improved. Mr. Rojas, president since March 1958, was "
        "succeeded by Mr. Ibarra in October 1964."
    )
    assert ("president", "1958-03", "1964-10") in terms_of(doc, "Rojas")
    assert ("president", "1964-10", None) in terms_of(doc, "Ibarra")


def test_an_apposed_holder_replaced_by_another_ends_at_the_replacement(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile improved. Mr. Rojas, foreign minister since 1958, was "
        "replaced by Mr. Ibarra in May 1962."
    )
    assert ("foreign minister", "1958", "1962-05") in terms_of(doc, "Rojas")


def test_a_relative_clause_holding_the_office_dates_the_apposed_one(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. The Chilean foreign minister, Carlos "
        "Rojas, who held the office from 1958 to 1966, was elected chairman of the conference "
        "in May 1963."
    )
    assert terms_of(doc, "Carlos Rojas") == {
        ("foreign minister", "1958", "1966"),
        ("chairman of conference", "1963-05", None),
    }


def test_a_term_begun_at_the_end_of_a_year_begins_in_december(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Mr. Rojas, who took office as president "
        "at the end of 1965, flew to Lima."
    )
    assert terms_of(doc, "Rojas") == {("president", "1965-12", None)}


def test_a_term_ended_at_the_end_of_a_year_ends_in_december(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Mr. Rojas was president of Chile from "
        "1960 until the end of 1980."
    )
    assert terms_of(doc, "Rojas") == {("president", "1960", "1980-12")}


def test_late_in_a_year_does_not_name_its_month(extract: Extract) -> None:
    doc = extract(
        "Relations between Peru and Chile were tense. Mr. Rojas was president of Chile from "
        "1960 until late 1980."
    )
    assert terms_of(doc, "Rojas") == {("president", "1960", "1980")}


def test_a_day_just_after_the_record_date_is_of_its_year(extract: Extract) -> None:
    doc = extract(
        "RECORD OF CONVERSATION. Date: 3 March 1961. The two ministers discussed trade. Note "
        "added later: Peru and Chile signed a trade agreement on 6 March.",
        "1961-03-03",
    )
    assert _dates(doc, "SIGN_AGREEMENT") == [("1961-03-06", "1961-03-06")]


def test_a_month_just_after_the_record_date_stays_in_the_year_before(extract: Extract) -> None:
    doc = extract(
        "RECORD OF CONVERSATION. Date: 20 November 1961. The minister recalled that Peru and "
        "Chile had signed a trade agreement in December.",
        "1961-11-20",
    )
    assert _dates(doc, "SIGN_AGREEMENT") == [("1960-12-01", "1960-12-31")]


def test_a_holder_removed_at_a_date_leaves_office_then(extract: Extract) -> None:
    doc = extract(
        "Relations between Poland and the Soviet Union were tense. Marshal Ivan Petrov, Polish "
        "defence minister since 1949, was removed in November 1956."
    )
    assert terms_of(doc, "Ivan Petrov") == {("defence minister", "1949", "1956-11")}


def test_a_holder_removed_to_a_hospital_keeps_office(extract: Extract) -> None:
    doc = extract(
        "Relations between Poland and the Soviet Union were tense. Marshal Ivan Petrov, Polish "
        "defence minister since 1949, was removed to a hospital in November 1956."
    )
    assert terms_of(doc, "Ivan Petrov") == {("defence minister", "1949", None)}


def test_a_removal_coordinated_with_a_succession_dates_the_successor(extract: Extract) -> None:
    doc = extract(
        "Relations between Poland and the Soviet Union were tense. Kowalski, prime minister "
        "until 1970 and head of state from 1970 to 1981, was removed in May 1981 and succeeded "
        "as party leader by Jan Nowak, under whom the economy recovered."
    )
    assert terms_of(doc, "Jan Nowak") == {("party leader", "1981-05", None)}
