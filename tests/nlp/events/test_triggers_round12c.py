"""Round 12 (mod12c) clause status and typing: an act in the gerund phrase of a modal verb is
not stated; a follower ("did the same") repeats the main act of the sentence before it, not
the act of its time clause, with its own partner when it names one; land that "goes to" a state
travels nowhere. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_a_recognition_a_modal_verb_would_push_into_is_no_fact(extract: Extract) -> None:
    doc = extract(
        "Paris worried that a trade office in Taipei would push Beijing into breaking off "
        "relations with France."
    )
    assert _states(doc, "END_RELATIONS") == []


def test_a_gerund_phrase_of_a_past_verb_stays_a_fact(extract: Extract) -> None:
    doc = extract(
        "In 1964 France angered Washington by recognising the People's Republic of China."
    )
    assert _states(doc, "ESTABLISH_RELATIONS") == [["CHN", "FRA"]]


def test_a_follower_repeats_the_main_act_not_its_time_clause(extract: Extract) -> None:
    doc = extract(
        "In May 1960 Spain broke off relations with Mexico after Havana recognised the new "
        "regime, and it did the same with Peru in 1961."
    )
    assert ["ESP", "PER"] in _states(doc, "END_RELATIONS")
    assert ["ESP", "PER"] not in _states(doc, "ESTABLISH_RELATIONS")


def test_a_follower_without_a_partner_keeps_the_previous_partner(extract: Extract) -> None:
    doc = extract("In March 1972 Denmark recognised Bangladesh. Norway did the same a week later.")
    assert _states(doc, "ESTABLISH_RELATIONS") == [["BGD", "DNK"], ["BGD", "NOR"]]


def test_islands_that_went_to_a_state_made_no_visit(extract: Extract) -> None:
    doc = extract(
        "The arbitrators published their award in 1902, and the disputed islands went to Chile."
    )
    assert _states(doc, "VISIT") == []


def test_a_minister_who_went_to_a_capital_visited_it(extract: Extract) -> None:
    doc = extract("In June 1965 the Chilean foreign minister went to Buenos Aires.")
    assert _states(doc, "VISIT") == [["ARG", "CHL"]]
