"""Event dating round 6: "after the war of D" bounds an act instead of dating it, a coordinated
verb of another act does not repeat the event, offsets skip the bound of an apposition, and a
past-perfect yearless month lies before the narrative's time. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_after_the_clashes_of_two_years_is_a_bound(extract: Extract) -> None:
    doc = extract(
        "After the border clashes of 1969 and 1970, Moscow and Beijing held talks in Peking."
    )
    assert [d for _, d in _dates(doc, "MEET")] == [("1970", "1970")]


def test_after_the_coup_of_a_year_dates_by_that_year(extract: Extract) -> None:
    # round 26: the range open from the year became the year itself
    doc = extract("After the coup of 1973, Sweden closed its embassy in Santiago.")
    assert [d for _, d in _dates(doc, "CLOSE_MISSION")] == [("1973", "1973")]


def test_after_a_dated_visit_noun_that_is_the_trigger_keeps_its_date(extract: Extract) -> None:
    doc = extract("After Brezhnev's visit to Bonn in May 1973 the two states expanded their trade.")
    assert [d for _, d in _dates(doc, "VISIT")] == [("1973-05", "1973-05")]


def test_later_became_minister_is_not_a_second_appointment(extract: Extract) -> None:
    doc = extract(
        "Menon was appointed Indian ambassador to the United States in 1949 and later became "
        "Defence Minister in 1957."
    )
    assert [d for _, d in _dates(doc, "APPOINT_ENVOY")] == [("1949", "1949")]


def test_later_served_as_president_is_not_a_second_visit(extract: Extract) -> None:
    doc = extract("Gromyko visited India in 1963 and later served as President in 1985.")
    assert [d for _, d in _dates(doc, "VISIT")] == [("1963", "1963")]


def test_met_again_with_the_same_verb_still_repeats(extract: Extract) -> None:
    doc = extract("Kosygin met Johnson at Glassboro in June 1967 and met him again in 1968.")
    assert sorted(d for _, d in _dates(doc, "MEET")) == [
        ("1967-06", "1967-06"),
        ("1968", "1968"),
    ]


def test_days_later_after_a_title_since_counts_from_the_narrative(extract: Extract) -> None:
    doc = extract(
        "The Argentine garrison surrendered on 14 June 1982. Galtieri, president since December "
        "1981, resigned three days later, and Argentina restored relations with Chile five "
        "days later."
    )
    assert _dates(doc, "ESTABLISH_RELATIONS") == [(["ARG", "CHL"], ("1982-06-22", "1982-06-22"))]


def test_a_month_later_after_a_relative_since(extract: Extract) -> None:
    doc = extract(
        "The Egyptian army crossed the canal on 6 October 1973. Sadat, who had been president "
        "since 1970, met Kissinger in Cairo a month later."
    )
    assert _dates(doc, "MEET") == [(["EGY", "USA"], ("1973-11", "1973-11"))]


def test_had_already_closed_in_a_month_before_a_not_until_date(extract: Extract) -> None:
    doc = extract(
        "Zambia became independent in October 1964. Britain did not recognise the new regime "
        "until March 1965. France had already closed its consulate in Lusaka at the beginning "
        "of November."
    )
    assert [d for _, d in _dates(doc, "CLOSE_MISSION")] == [("1964-11", "1964-11")]


def test_expulsions_in_the_following_months(extract: Extract) -> None:
    doc = extract(
        "In November 1971 Iraq broke off relations with Iran, and in the following months it "
        "expelled thousands of Iranian diplomats."
    )
    assert _dates(doc, "EXPEL") == [(["IRN", "IRQ"], ("1971-12-01", "1972-05-31"))]


def test_the_day_after_the_invasion_dates_the_statement(extract: Extract) -> None:
    doc = extract(
        "On 24 June 1950 North Korean forces crossed the parallel; they took Seoul in July. "
        "Moscow stayed silent. A statement issued the day after the invasion declared "
        "American support for South Korea."
    )
    assert [d for _, d in _dates(doc, "EXPRESS_SUPPORT")] == [("1950-06-25", "1950-06-25")]


def test_over_four_days_makes_a_span_of_the_talks(extract: Extract) -> None:
    doc = extract(
        "The Finnish delegation arrived in Moscow on 11 April 1961, and over four days it "
        "negotiated with Khrushchev."
    )
    assert [d for _, d in _dates(doc, "MEET")] == [("1961-04-11", "1961-04-15")]
    assert [d for _, d in _dates(doc, "VISIT")] == [("1961-04-11", "1961-04-11")]


def test_for_three_days_after_a_dated_relative_clause(extract: Extract) -> None:
    doc = extract(
        "The mission that Kreisky led to Belgrade on 3 June 1960 negotiated with Tito for "
        "three days."
    )
    assert [d for _, d in _dates(doc, "MEET")] == [("1960-06-03", "1960-06-06")]


def test_a_week_long_stay_is_not_stretched(extract: Extract) -> None:
    doc = extract("Nehru arrived in Peking on 19 October 1954 and held talks with Mao.")
    assert [d for _, d in _dates(doc, "MEET")] == [("1954-10-19", "1954-10-19")]


def test_yesterday_in_a_record_counts_from_the_conversation_day(extract: Extract) -> None:
    doc = extract(
        "On 10 March 1975 the Prime Minister received the Indian ambassador at his residence.\n"
        "The ambassador said: We had a useful conversation with your foreign minister yesterday.",
        "1975-03-20",
    )
    assert ("1975-03-09", "1975-03-09") in [d for _, d in _dates(doc, "MEET")]


def test_today_in_a_record_of_a_talk_written_later(extract: Extract) -> None:
    doc = extract(
        "Moscow, 2 October 1961\n\nOn 26 September 1961 Gromyko received the Finnish "
        "ambassador.\n\nThe ambassador said that today his president had met the Swedish prime "
        "minister in Helsinki.",
        "1961-10-02",
    )
    assert [d for c, d in _dates(doc, "MEET") if "SWE" in c] == [("1961-09-26", "1961-09-26")]


def test_yesterday_in_news_keeps_the_dateline(extract: Extract) -> None:
    doc = extract(
        "WASHINGTON, March 20, 1975 - The two ministers met yesterday in Geneva. On March 3, "
        "1975 they had signed an accord.",
        "1975-03-20",
    )
    assert ("1975-03-19", "1975-03-19") in [d for _, d in _dates(doc, "MEET")]


def test_received_on_the_first_day_of_a_visit(extract: Extract) -> None:
    doc = extract(
        "Nixon visited China from 21 to 28 February 1972 and was received by Mao on the first day."
    )
    assert [d for _, d in _dates(doc, "MEET")] == [("1972-02-21", "1972-02-21")]
    assert [d for _, d in _dates(doc, "VISIT")] == [("1972-02-21", "1972-02-28")]


def test_negotiated_for_a_year_beginning_in_a_month(extract: Extract) -> None:
    doc = extract(
        "Our envoy, Mr Sato, negotiated with the French ambassador in Paris for more than a "
        "year, beginning in March 1962."
    )
    assert [d for _, d in _dates(doc, "MEET")] == [("1962-03-01", "1963-02-28")]


def test_negotiated_for_six_months_starting_in_a_month(extract: Extract) -> None:
    doc = extract(
        "Delegations of Peru and Chile negotiated in Lima for six months, starting in May 1929."
    )
    assert [d for _, d in _dates(doc, "MEET")] == [("1929-05-01", "1929-10-31")]


def test_visit_that_june_after_a_reign_running_to_a_later_death(extract: Extract) -> None:
    doc = extract(
        "The election of Wojtyla, who reigned as pope from October 1978 until his death in "
        "2005, changed much. Jaruzelski called on the Pope at the Vatican on 13 January 1987, "
        "and Nasser paid a state visit to Yugoslavia that June."
    )
    assert [d for _, d in _dates(doc, "VISIT") if d and d[0] and d[0] >= "1987-06"] == [
        ("1987-06", "1987-06")
    ]
