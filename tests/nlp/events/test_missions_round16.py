"""Missions opened or closed by distinct verbs of one sentence are distinct acts (round 16), as
signings are: "Chile opened an embassy in Havana, and Cuba opened a legation in Santiago" is two
openings, while one verb opening missions in both capitals is one. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In 1972 Chile opened an embassy in Havana, and Cuba opened a legation in Santiago.",
            "OPEN_MISSION",
        ),
        (
            "In 1980 Bolivia closed its embassy in Santiago and Chile shut its consulate in"
            " La Paz.",
            "CLOSE_MISSION",
        ),
    ],
)
def test_two_verbs_of_one_sentence_are_two_acts(extract: Extract, text: str, kind: str) -> None:
    found = summary(extract(text))
    assert [k for k, _ in found].count(kind) == 2, found


def test_one_verb_for_both_capitals_is_one_act(extract: Extract) -> None:
    found = summary(extract("In 1972 Chile and Cuba opened embassies in each other's capitals."))
    assert [k for k, _ in found].count("OPEN_MISSION") == 1, found
