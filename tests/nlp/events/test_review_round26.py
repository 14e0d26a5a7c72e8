"""Near-misses of round 26's patterns found in review (own sentences): an occupation is no
guarding for the owner, a traveller's own meeting is a meeting even on his way back, "returned
home" is a journey, a dated treaty that lapses is not ended on its signing date, "greeted ...
with alarm" backs nothing, a leaving "as" another office ends that office only, ranks are
dropped from a holder's name however many there are, and a state on the route of aid given
"to" a recipient is no party."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.events.tenure_facts import without_rank

from .event_helpers import dated_states, summary, types
from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_troops_holding_anothers_fields_is_no_aid(extract: Extract) -> None:
    assert types(extract("Iraqi troops held Kuwait's oil fields in 1990.")) == []
    doc = extract("Zimbabwean troops had been guarding the Beira corridor for Mozambique in 1985.")
    assert ("PROVIDE_AID", ["MOZ", "ZWE"]) in summary(doc)


def test_returning_from_his_own_meeting_is_a_meeting(extract: Extract) -> None:
    doc = extract(
        "Nixon, returning from his meeting with Brezhnev in Moscow in 1972, stopped in Warsaw."
    )
    assert ("MEET", ["SUN", "USA"]) in summary(doc)
    doc = extract("Returning from a regional summit at Lusaka in 1986, Nyerere stopped in Nairobi.")
    assert "MEET" not in types(doc)


def test_returned_home_is_a_journey_back(extract: Extract) -> None:
    doc = extract("The Tanzanian President, who returned home from Moscow in 1969, said nothing.")
    assert ("VISIT", ["SUN", "TZA"]) in summary(doc)


def test_a_dated_treaty_that_lapses_ends_at_its_own_time(extract: Extract) -> None:
    doc = extract("The treaty of 1882 lapsed when Italy entered the war in 1915.")
    assert [d for _, d in dated_states(doc, "TERMINATE_AGREEMENT")] == [("1915", "1915")]


def test_greeting_a_coup_with_alarm_backs_nothing(extract: Extract) -> None:
    assert "EXPRESS_SUPPORT" not in types(extract("Washington greeted the coup with alarm."))
    assert "EXPRESS_SUPPORT" in types(extract("Cairo welcomed the coup of 1 September 1969."))


def test_leaving_as_another_office_does_not_end_the_new_one(extract: Extract) -> None:
    doc = extract(
        "Ghana held elections. Kofi Badu became foreign minister in March 1977, when Yaw "
        "Boateng resigned as prime minister."
    )
    assert not any(role == "foreign minister" for role, _, _ in terms_of(doc, "Yaw Boateng"))


def test_every_opening_rank_is_dropped() -> None:
    assert without_rank("Lieutenant Colonel Muammar Gaddafi") == "Muammar Gaddafi"
    assert without_rank("General de Gaulle") == "de Gaulle"
    assert without_rank("General") == "General"


def test_a_state_on_the_route_of_aid_is_no_party(extract: Extract) -> None:
    doc = extract("Moscow sent arms to Hanoi via China in 1966.")
    assert summary(doc) == [("PROVIDE_AID", ["SUN", "VDR"])]
    # the recipient named by "to" stays one
    doc = extract("In 1985 the United States gave aid to Pakistan through its embassy.")
    assert summary(doc) == [("PROVIDE_AID", ["PAK", "USA"])]
