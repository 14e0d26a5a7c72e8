"""Round-14 modality: an act a text provides, calls for or envisages is still to come.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    "text",
    [
        "One protocol between Turkey and Armenia provides for the establishment of diplomatic"
        " relations.",
        "The accord between Israel and Jordan called for the establishment of diplomatic"
        " relations within two months.",
        "The treaty between Chile and Peru envisaged the opening of embassies in both capitals.",
    ],
)
def test_an_act_provided_for_is_no_fact(extract: Extract, text: str) -> None:
    kinds = {kind for kind, _ in summary(extract(text))}
    assert not kinds & {"ESTABLISH_RELATIONS", "OPEN_MISSION"}


def test_an_act_carried_out_is_a_fact(extract: Extract) -> None:
    text = "In 1994 Israel and Jordan signed a treaty and established relations."
    assert ("ESTABLISH_RELATIONS", ["ISR", "JOR"]) in summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, Nov. 4 — President Reagan of the United States is due in Seoul next week after a"
        " visit to Tokyo.",
        "The President of the United States will arrive in Seoul next week after a visit to Tokyo.",
    ],
)
def test_a_visit_before_a_stay_to_come_is_still_to_come(extract: Extract, text: str) -> None:
    found = summary(extract(text, doc_date="1983-11-04"))
    assert all(kind != "VISIT" for kind, _ in found)


def test_a_visit_before_an_arrival_told_is_a_fact(extract: Extract) -> None:
    text = "In 1983 the President of the United States arrived in Seoul after a visit to Tokyo."
    assert ("VISIT", ["JPN", "USA"]) in summary(extract(text))
