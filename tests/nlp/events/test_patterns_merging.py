"""Round-2 patterns (issue 4): new agreements are not merged into earlier ones, coordinated
visit nouns keep their own partners, sets of years date events, and wish verbs of another
paragraph the parser joined do not block an event. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _summary(doc: Doc, etype: str) -> list[tuple[list[str], str | None]]:
    return [
        (e.countries, e.date.start if e.date else None)
        for e in doc._.dipl_events
        if e.type == etype
    ]


def test_new_undated_agreements_are_events_of_their_own(extract: Extract) -> None:
    doc = extract(
        "In 1961 Chile signed a treaty of friendship with Peru.\n\n"
        "Chile and Peru later signed a fisheries convention. They also signed a cultural "
        "agreement."
    )
    assert len(_summary(doc, "SIGN_AGREEMENT")) == 3


def test_the_treaty_referred_back_to_is_the_same_event(extract: Extract) -> None:
    doc = extract(
        "In 1961 Chile signed a treaty of friendship with Peru.\n\n"
        "The treaty was signed by the two foreign ministers."
    )
    assert _summary(doc, "SIGN_AGREEMENT") == [(["CHL", "PER"], "1961-01-01")]


def test_a_set_of_years_dates_the_event_by_its_span(extract: Extract) -> None:
    doc = extract("In 1962 and 1963 the Chilean foreign minister visited Peru.")
    events = [e for e in doc._.dipl_events if e.type == "VISIT"]
    assert [(e.countries, e.date and (e.date.start, e.date.end)) for e in events] == [
        (["CHL", "PER"], ("1962-01-01", "1963-12-31"))
    ]


def test_coordinated_visit_nouns_keep_their_own_destinations(extract: Extract) -> None:
    doc = extract("In May 1962 the Chilean president made a visit to Peru and a visit to Bolivia.")
    assert sorted(c for c, _ in _summary(doc, "VISIT")) == [["BOL", "CHL"], ["CHL", "PER"]]


def test_nested_visit_noun_is_not_a_partner_of_the_outer_one(extract: Extract) -> None:
    doc = extract(
        "The visit to Peru and the visit to Bolivia in May 1962 strengthened the position of the "
        "Chilean president."
    )
    assert all(len(c) == 2 for c, _ in _summary(doc, "VISIT"))


def test_wish_verb_of_a_previous_paragraph_does_not_block(extract: Extract) -> None:
    doc = extract(
        "The ministry now seeks better relations with Peru\n\n"
        "With the dispatch of its new ambassador in 1971 Chile began to focus on trade."
    )
    assert [e.date.start if e.date else None for e in doc._.dipl_events] == ["1971-01-01"]
    assert [e.type for e in doc._.dipl_events] == ["APPOINT_ENVOY"]


def test_wish_verb_of_the_same_sentence_still_blocks(extract: Extract) -> None:
    doc = extract("In 1971 Chile wanted to send a new ambassador to Peru.")
    assert [e.type for e in doc._.dipl_events] == []


def test_visit_named_as_a_setting_is_presupposed_under_a_wish(extract: Extract) -> None:
    doc = extract(
        "In 1962 the Finnish president wanted to sign the agreement during his visit to Sweden."
    )
    assert [(e.type, e.countries) for e in doc._.dipl_events] == [("VISIT", ["FIN", "SWE"])]


def test_wished_visit_is_no_event(extract: Extract) -> None:
    doc = extract("In 1962 the Finnish president wanted to pay a visit to Sweden.")
    assert [e.type for e in doc._.dipl_events] == []
