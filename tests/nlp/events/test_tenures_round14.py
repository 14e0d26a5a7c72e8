"""Tenure patterns of round 14 (own sentences): a term counted "from/since independence" starts
at the date the document gives that independence, and not at another state's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_from_independence_takes_the_proclamation_date(extract: Extract) -> None:
    doc = extract(
        "Independence was proclaimed on 2 October 1958. Touré, who led Guinea from independence "
        "until his death in March 1984, never joined either camp."
    )
    assert terms_of(doc, "Touré") == {("president", "1958-10-02", "1984-03")}


def test_since_independence_after_a_state_becoming_independent(extract: Extract) -> None:
    doc = extract(
        "Tanzania became independent in December 1961. Julius Nyerere, president from "
        "independence until 1985, visited Beijing in 1965."
    )
    assert terms_of(doc, "Julius Nyerere") == {("president", "1961-12", "1985")}


def test_the_precise_date_of_the_same_year_wins(extract: Extract) -> None:
    doc = extract(
        "Relations date from Angolan independence in 1975. Agostinho Neto proclaimed "
        "independence on 11 November 1975. Neto, who was president from independence until "
        "his death in September 1979, came to Havana in July 1976."
    )
    assert terms_of(doc, "Agostinho Neto") == {("president", "1975-11-11", "1979-09")}


def test_another_states_independence_dates_nothing(extract: Extract) -> None:
    doc = extract(
        "Kenya became independent in December 1963. Kenneth Kaunda, who has led Zambia since "
        "independence, asked that his views be conveyed."
    )
    assert terms_of(doc, "Kenneth Kaunda") == set()


def test_undated_independence_gives_no_start(extract: Extract) -> None:
    doc = extract("Julius Nyerere, president from independence until 1985, visited Beijing.")
    assert terms_of(doc, "Julius Nyerere") == {("president", None, "1985")}


def test_the_day_a_state_became_independent(extract: Extract) -> None:
    doc = extract(
        "France recognised Laos on 19 July 1949, the day the kingdom became independent. "
        "Sisavang Vong, king from independence until his death in 1959, welcomed the envoy."
    )
    assert terms_of(doc, "Sisavang Vong") == {("king", "1949-07-19", "1959")}


def test_an_undated_flight_ends_the_term_at_the_narrative_date(extract: Extract) -> None:
    doc = extract(
        "The army entered the capital on 3 May 1965. Karl Mott, president since 1958, fled to "
        "Spain."
    )
    assert terms_of(doc, "Karl Mott") == {("president", "1958", "1965-05-03")}


def test_an_undated_overthrow_ends_the_term_at_the_narrative_date(extract: Extract) -> None:
    doc = extract(
        "The coup came on 12 June 1971. General Ruiz Lopez, head of state since 1966, was "
        "overthrown and exiled."
    )
    assert terms_of(doc, "Ruiz Lopez") == {("head of state", "1966", "1971-06-12")}


def test_a_journey_is_no_fall(extract: Extract) -> None:
    doc = extract(
        "On 4 March 1962 the talks broke down. Karl Mott, president since 1958, left for Geneva."
    )
    assert terms_of(doc, "Karl Mott") == {("president", "1958", None)}


def test_a_narrative_date_before_the_term_ends_nothing(extract: Extract) -> None:
    doc = extract("In 1950 the war ended. Karl Mott, president since 1958, fled to Spain.")
    assert terms_of(doc, "Karl Mott") == {("president", "1958", None)}


def test_apposed_career_ends_the_first_office(extract: Extract) -> None:
    doc = extract(
        "Anton Brell, prime minister from 1961 and president from 1967, received the envoy."
    )
    assert terms_of(doc, "Anton Brell") == {
        ("prime minister", "1961", "1967"),
        ("president", "1967", None),
    }


def test_coordinated_career_steps_end_the_first_office(extract: Extract) -> None:
    doc = extract(
        "Karl Mott, who was appointed ambassador to Spain in 1961 and became foreign minister "
        "in 1966, opened the talks."
    )
    assert ("ambassador", "1961", "1966") in terms_of(doc, "Karl Mott")


def test_offices_held_together_stay_open(extract: Extract) -> None:
    doc = extract(
        "Karl Mott, foreign minister from 1957 and also first deputy prime minister from 1983, "
        "opened the talks."
    )
    assert ("foreign minister", "1957", None) in terms_of(doc, "Karl Mott")


def test_two_holders_careers_stay_apart(extract: Extract) -> None:
    doc = extract(
        "Anton Brell became prime minister in 1970, and Karl Mott became foreign minister in 1975."
    )
    assert terms_of(doc, "Anton Brell") == {("prime minister", "1970", None)}


def test_a_yearless_end_before_the_start_takes_the_records_year(extract: Extract) -> None:
    doc = extract(
        "Karl Mott, who was foreign minister from November 1969 until March, signed the treaty.",
        "1972-05-03",
    )
    assert terms_of(doc, "Karl Mott") == {("foreign minister", "1969-11", "1972-03")}


def test_a_stated_end_year_is_kept(extract: Extract) -> None:
    doc = extract(
        "Karl Mott, who was foreign minister from November 1969 until March 1970, signed it.",
        "1972-05-03",
    )
    assert terms_of(doc, "Karl Mott") == {("foreign minister", "1969-11", "1970-03")}


def test_a_name_coordinated_after_an_office_comma_holds_it(extract: Extract) -> None:
    doc = extract(
        "Four Britons, among them the chargé d'affaires, Karl Mott, who had headed the embassy "
        "since May 1979, are held at the ministry."
    )
    assert terms_of(doc, "Karl Mott") == {("chargé d'affaires", "1979-05", None)}


def test_a_coordinated_name_after_and_is_no_holder(extract: Extract) -> None:
    doc = extract("He met the ambassador, the consul and Karl Mott in 1970.")
    assert terms_of(doc, "Karl Mott") == set()


def test_a_gerund_after_since_takes_its_clauses_subject(extract: Extract) -> None:
    doc = extract(
        "Prime Minister Anton Brell told the envoy that since taking office in May he had "
        "made the treaty his first task.",
        "1972-09-28",
    )
    assert terms_of(doc, "Anton Brell") == {("prime minister", "1972-05", None)}


def test_a_gerund_without_a_person_subject_dates_nothing(extract: Extract) -> None:
    doc = extract("Since taking office in May 1970, the government has made the treaty its aim.")
    assert not doc._.dipl_tenures


def test_initials_before_a_recorded_surname_name_the_statesman(extract: Extract) -> None:
    doc = extract("Talks resumed only after P. E. Trudeau took office in April 1968.")
    assert terms_of(doc, "P. E. Trudeau") == {("prime minister", "1968-04", None)}


def test_initials_of_other_given_names_name_no_statesman(extract: Extract) -> None:
    doc = extract("Talks resumed only after J. Trudeau took office in April 1968.")
    assert terms_of(doc, "J. Trudeau") == set()


def test_days_after_taking_office_dates_by_the_main_clause(extract: Extract) -> None:
    doc = extract(
        "Peru restored relations with Cuba in July 1985, days after Alan García took office."
    )
    assert terms_of(doc, "Alan García") == {("president", "1985-07", None)}


def test_a_bare_after_clause_takes_no_date(extract: Extract) -> None:
    doc = extract("Peru restored relations with Cuba in July 1985, after Alan García took office.")
    assert terms_of(doc, "Alan García") == set()


def test_a_departure_hung_on_a_titled_name_ends_the_post(extract: Extract) -> None:
    doc = extract("Ambassador Karl Mott, who had been posted to Lima in 1969, left in 1972.")
    assert terms_of(doc, "Karl Mott") == {("ambassador", "1969", "1972")}


def test_another_act_hung_on_a_titled_name_ends_nothing(extract: Extract) -> None:
    doc = extract(
        "Ambassador Karl Mott, who had been posted to Lima in 1969, welcomed the minister in 1972."
    )
    assert terms_of(doc, "Karl Mott") == {("ambassador", "1969", None)}


def test_since_an_event_of_a_date_starts_the_term(extract: Extract) -> None:
    doc = extract(
        "Mr. Karl Mott has been Home Secretary since the general election of June 1983.",
        "1984-04-22",
    )
    assert terms_of(doc, "Karl Mott") == {("home secretary", "1983-06", None)}


def test_since_the_coup_of_a_year_is_no_end(extract: Extract) -> None:
    doc = extract("Karl Mott, president since the coup of 1969, received the envoy.")
    assert terms_of(doc, "Karl Mott") == {("president", "1969", None)}
