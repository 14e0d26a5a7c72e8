"""Round-24 groups of parties: "their meeting" in a phrase on a verb is the meeting of that
verb's plural subject (also a counted group: "the four foreign ministers"), and a group
counted as "the N members" stands for the parties of the document's last act of the same type
with N parties. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_their_meeting_is_of_the_conjoined_subject_not_the_venue(extract: Extract) -> None:
    doc = extract(
        "At their meeting in Geneva in May 1985, Nehru and Sukarno agreed to oppose the "
        "military pacts."
    )
    assert ["IDN", "IND"] in states(doc, "MEET")
    assert not any("CHE" in s for s in states(doc, "MEET"))


def test_their_meeting_after_the_verb_takes_its_plural_subject(extract: Extract) -> None:
    doc = extract(
        "Brazil and Argentina offered their good offices. The presidents of Bolivia and "
        "Paraguay agreed at their meeting in Asuncion in 1975 to end the dispute."
    )
    assert ["BOL", "PRY"] in states(doc, "MEET")


def test_their_meeting_of_a_counted_group_is_the_group(extract: Extract) -> None:
    doc = extract(
        "Norway, Denmark, Iceland and Sweden opened embassies in Hanoi in 1971.\n\n"
        "Diplomats said that the four foreign ministers had decided at their meeting in "
        "March 1970 to move together."
    )
    assert ["DNK", "ISL", "NOR", "SWE"] in states(doc, "MEET")


def test_the_n_members_are_the_parties_of_the_last_act_of_n(extract: Extract) -> None:
    doc = extract(
        "Kenya and Uganda were joined by Tanzania in the Treaty of Kampala, signed by the "
        "three states on 6 June 1967. Ethiopia and Somalia sent observers to Nairobi in 1969. "
        "The Treaty of Arusha was signed by the three members in December 1971."
    )
    assert states(doc, "SIGN_AGREEMENT").count(["KEN", "TZA", "UGA"]) >= 2
