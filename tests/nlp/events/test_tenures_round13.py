"""Tenure patterns of round 13 (own sentences): a term bounded without naming the office takes
the gazetteer's office of a known statesman, "has held office since", and a successor titled
"President" who took over "as head of state"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_ruled_since_takes_the_recorded_office(extract: Extract) -> None:
    doc = extract("Kenneth Kaunda, who had ruled Zambia since October 1964, flew to London.")
    assert terms_of(doc, "Kenneth Kaunda") == {("president", "1964-10", None)}


def test_took_office_takes_the_recorded_office(extract: Extract) -> None:
    doc = extract("Talks resumed only after Raúl Alfonsín took office in December 1983.")
    assert terms_of(doc, "Raúl Alfonsín") == {("president", "1983-12", None)}


def test_an_unknown_name_gets_no_office_from_a_bare_clause(extract: Extract) -> None:
    doc = extract("Talks resumed only after Tomas Verlaine took office in December 1983.")
    assert terms_of(doc, "Tomas Verlaine") == set()


def test_has_held_office_since_bounds_the_title(extract: Extract) -> None:
    doc = extract(
        "The plan was approved by Chancellor Erik Vandel, who has held office since May 1971.",
        "1973-01-10",
    )
    assert terms_of(doc, "Erik Vandel") == {("chancellor", "1971-05", None)}


def test_held_the_office_still_needs_a_date(extract: Extract) -> None:
    doc = extract("The plan was approved by Chancellor Erik Vandel, who held office then.")
    assert terms_of(doc, "Erik Vandel") == set()


def test_successor_as_head_of_state_keeps_his_title(extract: Extract) -> None:
    doc = extract(
        "The treaty was signed by President Anton Brell, who succeeded Karl Mott as head of "
        "state in March 1977."
    )
    assert terms_of(doc, "Anton Brell") == {("president", "1977-03", None)}
    assert terms_of(doc, "Karl Mott") == {("president", None, "1977-03")}


def test_untitled_successor_as_head_of_state_stays_generic(extract: Extract) -> None:
    doc = extract("Anton Brell succeeded Karl Mott as head of state in March 1977.")
    assert terms_of(doc, "Anton Brell") == {("head of state", "1977-03", None)}


def test_heading_a_named_ministry_is_its_minister(extract: Extract) -> None:
    doc = extract("Jan Holm, who headed Norway's foreign ministry from 1951 to 1958, spoke.")
    assert terms_of(doc, "Jan Holm") == {("foreign minister", "1951", "1958")}


def test_heading_a_caretaker_government_is_head_of_government(extract: Extract) -> None:
    doc = extract("General Tun Aung headed the interim government from May 1962 until June 1963.")
    assert terms_of(doc, "Tun Aung") == {("head of government", "1962-05", "1963-06")}


def test_an_apposed_charge_absorbs_heading_the_embassy(extract: Extract) -> None:
    doc = extract(
        "The chargé d'affaires, Paul Verne, who had headed the embassy since May 1978, was "
        "expelled."
    )
    assert ("head of embassy", "1978-05", None) not in terms_of(doc, "Paul Verne")
    assert ("chargé d'affaires", "1978-05", None) in terms_of(doc, "Paul Verne")


def test_a_second_apposed_office_is_not_absorbed(extract: Extract) -> None:
    doc = extract("Ivo Dan, party secretary since 1965 and head of state since 1967, came.")
    assert ("head of state", "1967", None) in terms_of(doc, "Ivo Dan")


def test_withdrawing_an_apposed_envoy_ends_his_post_at_the_narrative_date(
    extract: Extract,
) -> None:
    doc = extract(
        "Relations broke down on 3 March 1962. Rome withdrew Carlo Venti, ambassador in Lagos "
        "since 1958, together with his staff."
    )
    assert terms_of(doc, "Carlo Venti") == {("ambassador", "1958", "1962-03-03")}


def test_a_planned_recall_ends_nothing(extract: Extract) -> None:
    doc = extract(
        "Relations broke down on 3 March 1962. Rome threatened to withdraw Carlo Venti, "
        "ambassador in Lagos since 1958."
    )
    assert terms_of(doc, "Carlo Venti") == {("ambassador", "1958", None)}


def test_a_holder_killed_in_the_same_sentence_ends_the_term(extract: Extract) -> None:
    doc = extract(
        "Marta Solis became ambassador in March 1994; she was killed in a car bomb attack on "
        "2 June 1996."
    )
    assert terms_of(doc, "Marta Solis") == {("ambassador", "1994-03", "1996-06-02")}


def test_a_death_without_date_ends_nothing(extract: Extract) -> None:
    doc = extract("Marta Solis became ambassador in March 1994; she died in office.")
    assert terms_of(doc, "Marta Solis") == {("ambassador", "1994-03", None)}


def test_succeeding_without_office_hands_over_the_successors_new_post(
    extract: Extract,
) -> None:
    doc = extract(
        "Rome recalled Carlo Venti, ambassador in Lagos since 1958, in 1962. Venti had "
        "succeeded Paolo Brun in 1958."
    )
    assert terms_of(doc, "Paolo Brun") == {("ambassador", None, "1958")}


def test_succeeding_in_another_year_hands_over_nothing_known(extract: Extract) -> None:
    doc = extract("Jan Holm became foreign minister in 1961. Holm succeeded Ivo Dan in 1963.")
    assert terms_of(doc, "Ivo Dan") == set()


def test_whose_term_ended_ends_the_apposed_office(extract: Extract) -> None:
    doc = extract(
        "The Dutch Governor, Admiral Piet Kramer, whose term ended yesterday, left the island.",
        "1962-08-16",
    )
    assert terms_of(doc, "Piet Kramer") == {("governor", None, "1962-08-15")}


def test_his_mission_ended_ends_the_last_office(extract: Extract) -> None:
    doc = extract(
        "Ambassador Piet Kramer arrived in Lima in 1972. His mission ended in March 1975."
    )
    assert terms_of(doc, "Piet Kramer") == {("ambassador", "1972", "1975-03")}


def test_talks_ending_end_no_term(extract: Extract) -> None:
    doc = extract("Ambassador Piet Kramer arrived in Lima in 1972. The talks ended in March 1975.")
    assert terms_of(doc, "Piet Kramer") == {("ambassador", "1972", None)}


def test_a_holder_named_only_by_a_title_is_dropped(extract: Extract) -> None:
    doc = extract(
        "Foreign Minister Li Wen, who took over the Foreign Ministry from the Premier in May "
        "1961, spoke first."
    )
    assert terms_of(doc, "Li Wen") == {("foreign minister", "1961-05", None)}
    assert all(t.person.lower() not in ("premier", "the premier") for t in doc._.dipl_tenures)


def test_handing_power_over_takes_the_recorded_office(extract: Extract) -> None:
    doc = extract(
        "Yahya Khan, who had ruled since March 1969, handed power to Zulfikar Ali Bhutto on "
        "20 December 1971."
    )
    assert terms_of(doc, "Yahya Khan") == {("president", "1969-03", "1971-12-20")}
    assert terms_of(doc, "Zulfikar Ali Bhutto") == {("president", "1971-12-20", None)}


def test_succeeding_with_no_office_stated_takes_the_recorded_office(extract: Extract) -> None:
    doc = extract("In June 1979 Godfrey Binaisa succeeded Yusuf Lule.")
    assert terms_of(doc, "Godfrey Binaisa") == {("president", "1979-06", None)}


def test_unknown_names_handing_power_over_get_no_office(extract: Extract) -> None:
    doc = extract("Karl Mott handed power to Anton Brell on 3 May 1971.")
    assert terms_of(doc, "Anton Brell") == set()


def test_succeeding_ones_father_as_king_starts_the_reign(extract: Extract) -> None:
    doc = extract("Karim Sadri succeeded his father as king in May 1925.")
    assert terms_of(doc, "Karim Sadri") == {("king", "1925-05", None)}


def test_assuming_power_before_a_later_title_is_not_that_office(extract: Extract) -> None:
    doc = extract("President Omar Sadri, who assumed power in May 1968, became President in 1969.")
    assert terms_of(doc, "Omar Sadri") == {("president", "1969", None)}


def test_since_on_the_first_holder_dates_the_gap_not_the_term(extract: Extract) -> None:
    doc = extract(
        "Paul Verne was confirmed in March 2009 as the first French ambassador to Chad since 1980."
    )
    assert terms_of(doc, "Paul Verne") == {("ambassador", "2009-03", None)}


def test_since_on_a_plain_apposition_still_starts_the_term(extract: Extract) -> None:
    doc = extract("Paul Verne, French ambassador to Chad since 1980, met the president.")
    assert terms_of(doc, "Paul Verne") == {("ambassador", "1980", None)}


def test_electing_a_person_office_keeps_the_name_out_of_the_role(extract: Extract) -> None:
    doc = extract("The assembly elected Karl Mott president in September 1990.")
    assert terms_of(doc, "Karl Mott") == {("president", "1990-09", None)}


def test_one_recorded_title_held_through_a_change_of_state(extract: Extract) -> None:
    doc = extract("Le Duan, who headed the ruling party from 1960 until 1986, received the envoys.")
    assert terms_of(doc, "Le Duan") == {("general secretary", "1960", "1986")}
