"""Round 12 modality: acts to come in a temporal clause of a modal verb, acts proposed by an
invitation, planned or called off, ready to be done or weighed as possible are not facts; a
definite event noun in a sentence naming nothing of its own restates an earlier act. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a temporal clause of a future-in-the-past verb
        (
            "The Foreign Minister of Ghana said he would put the question to President "
            "Nyerere of Tanzania when they next met.",
            "MEET",
        ),
        (
            "Sadat said Egypt would sign the agreement with Libya once the Libyan "
            "delegation arrived in Cairo.",
            "SIGN_AGREEMENT",
        ),
        # the act an invitation, repeated to its guest, proposes
        (
            "Premier Zhou Enlai repeated his invitation to President Sukarno to visit China.",
            "VISIT",
        ),
        # a planned act called off
        (
            "A visit of the Indian Prime Minister to Pakistan planned for May 1966 was postponed.",
            "VISIT",
        ),
        ("The visit of President Tito of Yugoslavia to Egypt was cancelled.", "VISIT"),
        # a disposition to act
        (
            "Khrushchev said that the Soviet Union was ready to grant Egypt a new credit.",
            "PROVIDE_AID",
        ),
        # an act weighed as possible
        (
            "Kosygin said he had found in Ottawa that frank talks between Canada and the Soviet "
            "Union were possible.",
            "MEET",
        ),
    ],
)
def test_acts_still_to_come_or_weighed_are_not_facts(
    extract: Extract, text: str, kind: str
) -> None:
    assert _states(extract(text, "1966-10-15"), kind) == []


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        # a planned act that happened
        (
            "The planned visit of Premier Zhou Enlai to Egypt took place in December 1963.",
            "VISIT",
            ["CHN", "EGY"],
        ),
        # a past temporal clause of a past verb
        (
            "When President Nasser visited Moscow in 1958, he held talks with Khrushchev.",
            "VISIT",
            ["EGY", "SUN"],
        ),
        # an accepted invitation followed by the act itself
        (
            "President Nixon accepted the invitation and visited China in February 1972.",
            "VISIT",
            ["CHN", "USA"],
        ),
    ],
)
def test_acts_done_stay_facts(extract: Extract, text: str, kind: str, pair: list[str]) -> None:
    assert pair in _states(extract(text, "1980-01-01"), kind)


def test_the_conversation_at_the_end_of_a_record_restates_its_meeting(
    extract: Extract,
) -> None:
    doc = extract(
        "RECORD OF A CONVERSATION BETWEEN PRESIDENT NYERERE OF TANZANIA AND PREMIER CHOU "
        "EN-LAI OF CHINA, PEKING, 20 FEBRUARY 1965\n\n"
        "The President thanked the Premier for the reception.\n\n"
        + "The Premier spoke of the economic situation at some length. " * 40
        + "\n\nThe conversation, which continued over dinner, lasted some four hours.",
        "1965-02-20",
    )
    assert _states(doc, "MEET").count(["CHN", "TZA"]) == 1


def test_a_meeting_named_with_its_own_details_is_not_a_restatement(extract: Extract) -> None:
    doc = extract(
        "In March 1965 President Nyerere of Tanzania held talks with Premier Chou En-lai in "
        "Peking. In June 1965 the talks between Tanzania and China resumed in Dar es Salaam.",
        "1966-01-01",
    )
    assert _states(doc, "MEET").count(["CHN", "TZA"]) == 2
