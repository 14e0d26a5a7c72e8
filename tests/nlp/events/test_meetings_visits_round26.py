"""Round-26 meetings and visits: a capitalised plural title met ("the Egyptian and Libyan
Presidents"); a courtesy call on "him"; a question raised with a counterpart; a reception
given by a crowd; a summit a traveller comes back from; a later time of another clause that
only looks like a repetition; a stay told with "by" its stayer; "return" with an object (a
hand-over); crossing "to" a state; a summit "attended by" leaders, hung on the clause that
hosts it. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_plural_capitalised_titles_are_people_met(extract: Extract) -> None:
    text = "In June 1972 the Sudanese leader met the Egyptian and Libyan Presidents in Khartoum."
    assert ["EGY", "LBY", "SDN"] in states(extract(text, "1999-01-01"), "MEET")


def test_plural_title_of_no_person_meets_no_one(extract: Extract) -> None:
    text = "In June 1972 the Sudanese leader met the Egyptian and Libyan objections in Khartoum."
    assert states(extract(text, "1999-01-01"), "MEET") == []


def test_call_on_him_is_a_meeting(extract: Extract) -> None:
    text = (
        "The Danish Foreign Minister said that on 3 March 1950 the Polish Ambassador had "
        "called on him and handed him a protest."
    )
    assert ["DNK", "POL"] in states(extract(text, "1999-01-01"), "MEET")


def test_call_on_him_to_act_is_an_appeal(extract: Extract) -> None:
    text = (
        "The Danish Foreign Minister said that on 3 March 1950 the Polish Ambassador had "
        "called on him to withdraw the protest."
    )
    assert states(extract(text, "1999-01-01"), "MEET") == []


def test_question_raised_with_a_counterpart_is_a_meeting(extract: Extract) -> None:
    text = (
        "In May 1951 the British Foreign Secretary raised the question of the straits with "
        "his Turkish counterpart."
    )
    assert ["GBR", "TUR"] in states(extract(text, "1999-01-01"), "MEET")


def test_question_raised_with_a_body_is_no_meeting(extract: Extract) -> None:
    text = (
        "In May 1951 the British Foreign Secretary raised the question of the straits with "
        "the United Nations."
    )
    assert states(extract(text, "1999-01-01"), "MEET") == []


def test_reception_from_demonstrators_is_no_meeting(extract: Extract) -> None:
    text = (
        "The Canadian Prime Minister arrived in Manila in March 1974 to a hostile reception "
        "from demonstrators."
    )
    doc = extract(text, "1999-01-01")
    assert states(doc, "MEET") == []
    assert ["CAN", "PHL"] in states(doc, "VISIT")


def test_summit_returned_from_is_a_visit_not_a_meeting(extract: Extract) -> None:
    text = (
        "In May 1984, returning from a regional summit at Harare, the Angolan president was "
        "injured in a crash."
    )
    doc = extract(text, "1999-01-01")
    assert states(doc, "MEET") == []
    assert ["AGO", "ZWE"] in states(doc, "VISIT")


def test_later_time_of_another_clause_is_no_repeated_meeting(extract: Extract) -> None:
    text = (
        "The Spanish and Portuguese premiers met at Badajoz in May 1960, and the slow thaw "
        "that followed produced, some four years later, a trade treaty."
    )
    found = dated_states(extract(text, "1999-01-01"), "MEET")
    assert found and all(bounds == ("1960-05", "1960-05") for _, bounds in found)


def test_repeated_visit_keeps_its_second_date(extract: Extract) -> None:
    text = "The Yugoslav President visited Moscow in June 1956 and again in May 1957."
    found = dated_states(extract(text, "1999-01-01"), "VISIT")
    assert (["SUN", "YUG"], ("1957-05", "1957-05")) in found


def test_stay_by_a_leader_is_a_visit(extract: Extract) -> None:
    text = "A stay of three weeks in Switzerland by the Iranian Shah in July 1965 ended quietly."
    assert ["CHE", "IRN"] in states(extract(text, "1999-01-01"), "VISIT")


def test_territory_returned_is_no_visit(extract: Extract) -> None:
    text = "In 1997 Britain returned Hong Kong to China."
    assert states(extract(text, "1999-01-01"), "VISIT") == []


def test_leader_returning_to_a_capital_still_visits(extract: Extract) -> None:
    text = "In 1959 the Iranian Shah returned to Moscow."
    assert ["IRN", "SUN"] in states(extract(text, "1999-01-01"), "VISIT")


def test_crossing_to_a_state_is_a_visit(extract: Extract) -> None:
    text = "In May 1961 the Cuban foreign minister crossed to Mexico."
    assert ["CUB", "MEX"] in states(extract(text, "1999-01-01"), "VISIT")


def test_troops_crossing_to_a_state_do_not_visit(extract: Extract) -> None:
    text = "In May 1961 Cuban troops crossed to Mexico."
    assert states(extract(text, "1999-01-01"), "VISIT") == []


def test_summit_attended_by_leaders_is_their_visit(extract: Extract) -> None:
    text = (
        "In March 1980 Algeria hosted a summit in Algiers, attended by the leaders of Syria "
        "and Iraq."
    )
    found = states(extract(text, "1999-01-01"), "VISIT")
    assert ["DZA", "SYR"] in found
    assert ["DZA", "IRQ"] in found


def test_dinner_attended_by_journalists_is_no_visit(extract: Extract) -> None:
    text = "In March 1980 Algeria hosted a dinner for the press, attended by many journalists."
    assert states(extract(text, "1999-01-01"), "VISIT") == []
