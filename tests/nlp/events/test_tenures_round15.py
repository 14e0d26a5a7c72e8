"""Tenure patterns of round 15 (own sentences): a relative clause of holding a post since a
date or an event ("who has directed the ministry since A", "who has governed P since it became
independent in A"), a return to office, an appointment told in a relative clause on a titled
name, "formed his government", a party leader succeeding a party secretary, a post abroad
served by "his predecessor", and endnote markers before a name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.events.tenures import merge_tenures

from .tenure_helpers import tenures_of, terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_directed_the_ministry_since_dates_the_title(extract: Extract) -> None:
    doc = extract(
        "Foreign Minister Kiichi Aichi, who has directed the ministry since November 1968, "
        "met the envoy."
    )
    assert terms_of(doc, "Kiichi Aichi") == {("foreign minister", "1968-11", None)}


def test_since_clause_of_independence_dates_the_rule(extract: Extract) -> None:
    doc = extract(
        "President Hastings Banda, who has governed Malawi since it became independent in "
        "July 1964, received the envoy."
    )
    assert terms_of(doc, "Hastings Banda") == {("president", "1964-07", None)}


def test_an_officer_ruling_a_state_is_its_leader(extract: Extract) -> None:
    doc = extract(
        "The plan was opposed by Colonel Ahmed Saleh, who had ruled Yemen since the "
        "revolution of 1978."
    )
    terms = tenures_of(doc, "Ahmed Saleh")
    assert [(t.role, t.country, t.start) for t in terms] == [("leader", "YEM", "1978")]


def test_a_civilian_governing_a_state_is_no_leader(extract: Extract) -> None:
    doc = extract("Karl Mott, who governed Austria from 1920 to 1924, needed a settlement.")
    assert terms_of(doc, "Karl Mott") == set()


def test_returned_to_office_as_starts_a_new_term(extract: Extract) -> None:
    doc = extract(
        "Shinzo Abe, who returned to power as prime minister in December 2012, visited Beijing."
    )
    assert terms_of(doc, "Shinzo Abe") == {("prime minister", "2012-12", None)}


def test_a_second_term_is_not_merged_into_the_first(extract: Extract) -> None:
    doc = extract(
        "Carlos Andrés Pérez, president from 1974 to 1979, returned to the presidency in "
        "February 1989."
    )
    merged = merge_tenures(list(doc._.dipl_tenures))
    assert {(t.role, t.start, t.end) for t in merged} == {
        ("president", "1974", "1979"),
        ("president", "1989-02", None),
    }


def test_appointed_in_a_relative_clause_on_a_titled_name(extract: Extract) -> None:
    doc = extract(
        "Foreign Minister Hans-Dietrich Genscher, who was appointed in May 1974, visited Moscow."
    )
    assert terms_of(doc, "Hans-Dietrich Genscher") == {("foreign minister", "1974-05", None)}


def test_the_agent_of_an_appointment_takes_no_post(extract: Extract) -> None:
    doc = extract(
        "The cabinet of Prime Minister Karl Mott, who was appointed by King Otto in July 1926, "
        "has held."
    )
    assert terms_of(doc, "Karl Mott") == {("prime minister", "1926-07", None)}
    assert terms_of(doc, "King Otto") == set()


def test_an_envoy_appointed_by_a_president_is_not_the_president(extract: Extract) -> None:
    doc = extract("The ambassador was appointed by President Sukarno in 1960.")
    assert terms_of(doc, "Sukarno") == set()


def test_formed_his_government_starts_a_premiership(extract: Extract) -> None:
    doc = extract("Menachem Begin formed a cabinet in June 1977.")
    terms = tenures_of(doc, "Menachem Begin")
    assert [(t.role, t.country, t.start) for t in terms] == [("prime minister", "ISR", "1977-06")]


def test_recalling_a_visit_ends_no_term(extract: Extract) -> None:
    doc = extract(
        "Vice President Karl Mott spoke. He recalled his own visit to Oslo in 1953 as Vice "
        "President and praised the fjords."
    )
    assert all(t.end != "1953" for t in doc._.dipl_tenures or [])


def test_party_leader_succeeding_a_party_secretary_takes_his_title(extract: Extract) -> None:
    doc = extract(
        "Todor Zhivkov, who led the Bulgarian party from 1954, met Tito in 1965. Petar "
        "Mladenov, who succeeded Zhivkov as party leader in November 1989, opened the borders."
    )
    assert terms_of(doc, "Petar Mladenov") == {
        ("first secretary of the central committee", "1989-11", None)
    }


def test_party_leader_succeeding_a_head_of_state_stays_party_leader(extract: Extract) -> None:
    doc = extract(
        "Karl Mott, head of state from 1970 to 1984, was removed in August 1984. Anton Brell, "
        "who succeeded Mott as party leader in August 1984, opened the borders."
    )
    assert terms_of(doc, "Anton Brell") == {("party leader", "1984-08", None)}


def test_his_predecessor_served_in_the_capital_of_the_post(extract: Extract) -> None:
    doc = extract(
        "Mr. Karl Mott was named ambassador to France in 1990. His predecessor, Mr. Anton "
        "Brell, who served in Paris from 1985 to 1990, has retired."
    )
    terms = tenures_of(doc, "Anton Brell")
    assert [(t.role, t.to, t.start, t.end) for t in terms] == [
        ("ambassador", "FRA", "1985", "1990")
    ]


def test_an_office_held_now_takes_no_past_term(extract: Extract) -> None:
    doc = extract(
        "The Austrian delegation was led by Mr. Anton Brell, who served in Moscow from 1960 "
        "to 1964 and is now foreign minister."
    )
    assert all(t.start != "1960" for t in tenures_of(doc, "Anton Brell"))


def test_an_endnote_marker_is_not_part_of_a_name(extract: Extract) -> None:
    doc = extract(
        "The dispute gave Karl Mott a cause.[2] Gheorghe Gheorghiu-Dej, who led the party "
        "until his death in March 1965, never challenged the Warsaw Pact itself."
    )
    assert terms_of(doc, "Gheorghe Gheorghiu-Dej") == {("general secretary", None, "1965-03")}


def test_sent_to_succeed_makes_the_object_the_successor(extract: Extract) -> None:
    doc = extract("In 1962 Moscow sent Ambassador Volkov to Helsinki to succeed Maltsev.")
    assert {(t.role, t.start) for t in tenures_of(doc, "Volkov")} == {("ambassador", "1962")}


def test_consul_general_is_an_office(extract: Extract) -> None:
    doc = extract("Mr. Karl Mott, who has been Consul General in Hong Kong since 1985, met us.")
    assert terms_of(doc, "Karl Mott") == {("consul general", "1985", None)}


def test_an_apposed_range_is_the_term_not_the_verb_date(extract: Extract) -> None:
    doc = extract(
        "In 1950 Karl Mott, minister in Vienna from 1951 to 1954, was accredited to Prague."
    )
    assert ("minister", "1951", "1954") in terms_of(doc, "Karl Mott")


def test_directing_a_states_diplomacy_bounds_the_foreign_minister(extract: Extract) -> None:
    doc = extract(
        "Foreign Minister Andrei Gromyko, who has directed Soviet diplomacy since 1957, arrived "
        "in New York."
    )
    assert terms_of(doc, "Andrei Gromyko") == {("foreign minister", "1957", None)}


def test_returned_to_power_starts_a_second_term(extract: Extract) -> None:
    doc = extract("Karl Mott, chancellor from 1964 to 1970, returned to power in March 1974.")
    merged = merge_tenures(list(doc._.dipl_tenures))
    assert {(t.role, t.start, t.end) for t in merged} == {
        ("chancellor", "1964", "1970"),
        ("chancellor", "1974-03", None),
    }
