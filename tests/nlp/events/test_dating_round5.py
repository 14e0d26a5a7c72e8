"""Event dating round 5: open ranges on other words, apposition titles the parser leaves
outside, "when" clauses on a time, weeks, and dates of news stories counted from the dateline.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states as _dates

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_comparative_since_does_not_date_coordinated_talks(extract: Extract) -> None:
    doc = extract(
        "Sukarno paid an official visit to Mexico in April 1959, the first by an Indonesian head "
        "of state since 1950, and had talks with López Mateos."
    )
    assert _dates(doc, "MEET") == [(["IDN", "MEX"], ("1959-04", "1959-04"))]


def test_comparative_since_after_a_visit_by_a_minister(extract: Extract) -> None:
    doc = extract(
        "In May 1965 Frei travelled to Madrid on a state visit, his first abroad since 1962, "
        "and held talks with Franco."
    )
    assert [d for _, d in _dates(doc, "MEET")] == [("1965-05", "1965-05")]


def test_title_since_closing_an_apposition_does_not_date_the_talks(extract: Extract) -> None:
    doc = extract(
        "Talks were held in Moscow with the Egyptian delegation by Kosygin, by Andrei Gromyko, "
        "Soviet Foreign Minister since 1957, and by Podgorny.",
        "1966-05-12",
    )
    assert _dates(doc, "MEET") == [(["EGY", "SUN"], ("1966-05-12", "1966-05-12"))]


def test_title_since_in_an_apposition_of_the_host(extract: Extract) -> None:
    doc = extract(
        "The Kenyan envoy was received in Kampala by Milton Obote, Prime Minister of Uganda "
        "since 1962, and by his foreign minister.",
        "1965-03-04",
    )
    assert all(d == ("1965-03-04", "1965-03-04") for _, d in _dates(doc, "MEET"))


def test_until_of_a_coordinated_stative_verb_does_not_date_another_appointment(
    extract: Extract,
) -> None:
    doc = extract(
        "Sir Roger Field was appointed British ambassador in Oslo in 1962 and served until 1966, "
        "while Arne Lund became Norway's ambassador in London."
    )
    assert {d for _, d in _dates(doc, "APPOINT_ENVOY")} == {("1962", "1962")}


def test_when_clause_on_until_takes_the_year_as_a_point(extract: Extract) -> None:
    doc = extract(
        "Jan Kowal was named Polish ambassador in Rome in 1975 and remained there until 1981, "
        "when Carlo Neri became Italy's ambassador in Warsaw."
    )
    assert sorted(d for _, d in _dates(doc, "APPOINT_ENVOY")) == [
        ("1975", "1975"),
        ("1981", "1981"),
    ]


def test_when_clause_on_since_takes_the_year_as_a_point(extract: Extract) -> None:
    doc = extract(
        "Chile has been buying oil from Peru since 1962, when the government of Eduardo Frei "
        "signed the first supply contract with Lima."
    )
    assert _dates(doc, "SIGN_AGREEMENT") == [(["CHL", "PER"], ("1962", "1962"))]


def test_last_week_dates_an_act_by_its_days(extract: Extract) -> None:
    doc = extract(
        "The Kenyan foreign minister said: Before coming here I met President Nyerere in Arusha "
        "last week.",
        "1978-03-14",
    )
    assert _dates(doc, "MEET") == [(["KEN", "TZA"], ("1978-03-06", "1978-03-12"))]


def test_last_week_in_a_record_with_a_heading_date(extract: Extract) -> None:
    doc = extract(
        "Record of a conversation\nBelgrade, 20 October 1985\n\n"
        "The minister said that he had met the Greek premier in Athens last week."
    )
    assert [d for _, d in _dates(doc, "MEET")] == [("1985-10-07", "1985-10-13")]


def test_news_day_month_and_that_day_count_from_the_dateline(extract: Extract) -> None:
    doc = extract(
        "NAIROBI, March 14, 1978 (Wire) - The treaty that the two presidents signed on April 2 "
        "last year came into force. Diplomatic relations between Kenya and Tanzania were "
        "formally restored on Jan. 30, when the border was reopened. The ambassador and a small "
        "staff have worked since March 3 from the Tanzanian embassy, which was opened on that "
        "day in a rented villa.",
        "1978-03-14",
    )
    assert _dates(doc, "ESTABLISH_RELATIONS") == [(["KEN", "TZA"], ("1978-01-30", "1978-01-30"))]
    assert ("1978-03-03", "1978-03-03") in [d for _, d in _dates(doc, "OPEN_MISSION")]


def test_stative_verb_dated_to_a_day_in_a_relative_clause_dates_the_act(extract: Extract) -> None:
    doc = extract(
        "In May 1953 trade stalled. The delegation that Kekkonen led to Moscow on 19 January "
        "1956 also included the trade minister, and the delegation negotiated with the Soviet "
        "government."
    )
    assert ("1956-01-19", "1956-01-19") in [d for _, d in _dates(doc, "MEET")]


def test_headed_on_a_day_in_a_relative_clause_dates_the_talks(extract: Extract) -> None:
    doc = extract(
        "In May 1958 trade stalled. The mission which Kekkonen headed in Moscow on 3 March 1960 "
        "also included two ministers, and the mission negotiated with the Soviet government."
    )
    assert ("1960-03-03", "1960-03-03") in [d for _, d in _dates(doc, "MEET")]


def test_later_that_year_dates_recognition_by_the_rest_of_the_year(extract: Extract) -> None:
    doc = extract(
        "Zanzibar became independent on 10 July 1963, and later that year it established "
        "diplomatic relations with the Soviet Union."
    )
    assert _dates(doc, "ESTABLISH_RELATIONS") == [(["SUN", "ZAN"], ("1963-07-01", "1963-12-31"))]


def test_appointment_with_a_serving_participle_takes_the_first_year(extract: Extract) -> None:
    doc = extract(
        "Canada opened an embassy in Lima in 1962, and John Reid, a young lawyer, became the "
        "first Canadian ambassador to Peru, serving from 1962 to 1966."
    )
    assert _dates(doc, "APPOINT_ENVOY") == [(["CAN", "PER"], ("1962", "1962"))]


def test_posting_after_a_served_range_takes_its_last_year(extract: Extract) -> None:
    doc = extract(
        "Marshal Ivanov, an old comrade of the party chief, served as Soviet ambassador in Cairo "
        "from 1958 to 1965 and was then sent to Algiers as ambassador to Algeria."
    )
    assert ("1965", "1965") in [d for _, d in _dates(doc, "APPOINT_ENVOY")]


def test_posting_after_a_served_range_in_another_capital(extract: Extract) -> None:
    doc = extract(
        "Lars Holm served as Swedish ambassador in Bonn from 1961 to 1967 and was later sent "
        "to Tokyo as ambassador to Japan."
    )
    assert ("1967", "1967") in [d for _, d in _dates(doc, "APPOINT_ENVOY")]


def test_talks_that_began_and_ended_span_both_dates(extract: Extract) -> None:
    doc = extract(
        "The negotiations between Peru and Chile opened in May 1962 and ended in March 1963 "
        "without result."
    )
    assert _dates(doc, "MEET") == [(["CHL", "PER"], ("1962-05-01", "1963-03-31"))]


def test_talks_started_and_concluded_in_years(extract: Extract) -> None:
    doc = extract("Talks between Laos and Thailand started in 1971 and were concluded in 1973.")
    assert _dates(doc, "MEET") == [(["LAO", "THA"], ("1971", "1973"))]


def test_end_of_another_thing_does_not_close_the_talks(extract: Extract) -> None:
    doc = extract("Talks between Laos and Thailand started in 1971, and the war ended in 1975.")
    assert _dates(doc, "MEET") == [(["LAO", "THA"], ("1971", "1971"))]
