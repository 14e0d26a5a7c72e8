"""Round-2 patterns (issue 4): hard-wrapped text, date attachment, misattached subjects.

Sentences written for these tests; each pattern has a negative where it could over-fire.
"""

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


def test_single_newlines_of_wrapped_text_do_not_cut_sentences(extract: Extract) -> None:
    doc = extract(
        "Peru signed a treaty with the Republic of\nChile in Lima on 3 April 1961 and a treaty "
        "with Bolivia in La Paz on 8 June 1962."
    )
    assert sorted(_summary(doc, "SIGN_AGREEMENT")) == [
        (["BOL", "PER"], "1962-06-08"),
        (["CHL", "PER"], "1961-04-03"),
    ]


def test_heading_line_is_still_dropped(extract: Extract) -> None:
    doc = extract(
        "Establishing diplomatic relations with Chile\nIn 1950 Peru sent an ambassador to Chile."
    )
    assert _summary(doc, "ESTABLISH_RELATIONS") == []
    assert _summary(doc, "APPOINT_ENVOY") == [(["CHL", "PER"], "1950-01-01")]


def test_coordinated_agreement_takes_the_date_attached_to_it(extract: Extract) -> None:
    doc = extract(
        "Austria signed a treaty with Hungary in Vienna on 3 March 1965 and a treaty with "
        "Poland in Warsaw on 9 October 1966."
    )
    assert sorted(_summary(doc, "SIGN_AGREEMENT")) == [
        (["AUT", "HUN"], "1965-03-03"),
        (["AUT", "POL"], "1966-10-09"),
    ]


def test_sentence_opening_date_dates_the_main_clause(extract: Extract) -> None:
    doc = extract("On 12 May 1964 Kenya and Uganda established diplomatic relations.")
    assert _summary(doc, "ESTABLISH_RELATIONS") == [(["KEN", "UGA"], "1964-05-12")]


def test_year_modifying_a_noun_does_not_date_the_event(extract: Extract) -> None:
    doc = extract("In 1975 Iceland terminated its 1951 fisheries agreement with Norway.")
    assert _summary(doc, "TERMINATE_AGREEMENT") == [(["ISL", "NOR"], "1975-01-01")]


def test_date_after_a_semicolon_belongs_to_the_next_clause(extract: Extract) -> None:
    doc = extract(
        "In March 1968 the Austrian chancellor travelled to Bern and met his Swiss counterpart; "
        "three weeks later, on 2 April 1968, the Swiss president came to Vienna."
    )
    assert _summary(doc, "MEET") == [(["AUT", "CHE"], "1968-03-01")]


def test_subject_glued_to_a_heading_is_found(extract: Extract) -> None:
    doc = extract(
        "Establishing relations with Nepal\nOn 1 August 1955 Mongolia and Nepal agreed to "
        "establish diplomatic relations."
    )
    assert _summary(doc, "ESTABLISH_RELATIONS") == [(["MNG", "NPL"], "1955-08-01")]


def test_passive_conjunct_shares_the_subject_of_its_head(extract: Extract) -> None:
    # parsed as "called ... and was signed": the treaty is the subject of both verbs
    doc = extract(
        "The Treaty of Friendship between Chile and Peru, commonly called the Lima Pact, was "
        "signed in Lima on 4 May 1961."
    )
    assert _summary(doc, "SIGN_AGREEMENT") == [(["CHL", "PER"], "1961-05-04")]
