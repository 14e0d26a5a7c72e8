"""Round-23 meetings and visits: a gathering attended abroad, or the one another act is set in
("At the meeting of the fraternal parties in Sofia, the delegation ..."), is the setting of a
visit or an act, no meeting of the attender with the host; the time of a gathering "held in X
in DATE" dates the attending of it. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states, types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_a_summit_attended_abroad_is_a_visit_only(extract: Extract) -> None:
    doc = extract(
        "In May 1963 President Nyerere of Tanzania attended the summit of the African states"
        " in Addis Ababa.",
        "1963-06-01",
    )
    assert ["ETH", "TZA"] in states(doc, "VISIT")
    assert "MEET" not in types(doc)


def test_a_conference_held_abroad_is_a_visit_dated_by_its_holding(extract: Extract) -> None:
    doc = extract(
        "King Hussein of Jordan attended the Arab summit conference held in Khartoum in"
        " August 1967.",
        "1968-01-01",
    )
    assert "MEET" not in types(doc)
    assert (["JOR", "SDN"], ("1967-08", "1967-08")) in dated_states(doc, "VISIT")


def test_a_body_meeting_setting_another_act_is_no_meeting(extract: Extract) -> None:
    doc = extract(
        "At the meeting of communist parties in Sofia in May 1965, the Polish delegation"
        " refused to condemn Yugoslavia.",
        "1966-01-01",
    )
    assert "MEET" not in types(doc)


def test_an_alliance_meeting_setting_another_act_is_no_meeting(extract: Extract) -> None:
    doc = extract(
        "Relations between Thailand and Cambodia were restored in June 1970, at the SEATO"
        " ministerial meeting in Manila.",
        "1971-01-01",
    )
    assert "MEET" not in types(doc)


def test_a_summit_held_as_a_setting_is_no_meeting(extract: Extract) -> None:
    doc = extract(
        "At the third OAU summit, held in Addis Ababa in November 1966, President Kaunda"
        " announced that Zambia would close its border.",
        "1967-01-01",
    )
    assert "MEET" not in types(doc)


def test_aircraft_flying_from_bases_make_no_visit(extract: Extract) -> None:
    doc = extract(
        "In 1999 NATO bombed Serbia. Some of the aircraft flew from bases in Italy, and the"
        " Italian government defended the campaign.",
        "2000-01-01",
    )
    assert "VISIT" not in types(doc)


def test_volunteers_arriving_make_no_visit(extract: Extract) -> None:
    doc = extract(
        "The first Canadian volunteers arrived in Ghana in 1962 to teach in secondary schools.",
        "1963-01-01",
    )
    assert "VISIT" not in types(doc)


def test_a_stay_until_a_year_is_no_visit(extract: Extract) -> None:
    doc = extract(
        "Pierre Dumont, who succeeded Laval in 1958 and stayed in Rabat until 1962, was the"
        " main author of the agreement.",
        "1970-01-01",
    )
    assert "VISIT" not in types(doc)


def test_a_return_to_a_post_for_years_is_no_visit(extract: Extract) -> None:
    doc = extract(
        "The ministry moved him to Cairo in 1950; he returned to Athens the following year and"
        " stayed until 1957.",
        "1960-01-01",
    )
    assert "VISIT" not in types(doc)


def test_a_capital_takes_the_state_of_the_visit_year_not_of_a_term(extract: Extract) -> None:
    doc = extract(
        "Stipe Horvat, President of Croatia from 2001 to 2011, visited Belgrade in May 2004.",
        "2012-01-01",
    )
    assert ["HRV", "SCG"] in states(doc, "VISIT")
