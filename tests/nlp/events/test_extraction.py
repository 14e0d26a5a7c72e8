"""Event extraction on sentences written for these tests (one or more per event type)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from diplomatica.nlp.types import EventFact

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _events(doc: Doc, etype: str) -> list[EventFact]:
    return [e for e in doc._.dipl_events if e.type == etype]


def _one(doc: Doc, etype: str) -> EventFact:
    found = _events(doc, etype)
    assert len(found) == 1, [(e.type, e.countries) for e in doc._.dipl_events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "etype", "countries", "year"),
    [
        (
            "On 3 May 1972 Japan and Mongolia agreed to establish diplomatic relations.",
            "ESTABLISH_RELATIONS",
            ["JPN", "MNG"],
            "1972",
        ),
        (
            "In 1967 China broke off diplomatic relations with Indonesia.",
            "END_RELATIONS",
            ["CHN", "IDN"],
            "1967",
        ),
        (
            "In March 1979 the Indian foreign minister paid an official visit to China.",
            "VISIT",
            ["CHN", "IND"],
            "1979",
        ),
        (
            "In June 1984 the Vietnamese premier met with the Soviet leadership in Moscow.",
            "MEET",
            ["SUN", "VNM"],
            "1984",
        ),
        (
            "In August 1971 India and the Soviet Union signed a treaty of peace and friendship.",
            "SIGN_AGREEMENT",
            ["IND", "SUN"],
            "1971",
        ),
        (
            "In 1976 Egypt terminated its treaty of friendship with the Soviet Union.",
            "TERMINATE_AGREEMENT",
            ["EGY", "SUN"],
            "1976",
        ),
        (
            "In 1992 Japan sent a senior diplomat as ambassador to Vietnam.",
            "APPOINT_ENVOY",
            ["JPN", "VNM"],
            "1992",
        ),
        (
            "In 1973 Egypt opened an embassy in Mongolia.",
            "OPEN_MISSION",
            ["EGY", "MNG"],
            "1973",
        ),
        (
            "Cuba closed its embassy in Mongolia in 1992.",
            "CLOSE_MISSION",
            ["CUB", "MNG"],
            "1992",
        ),
        (
            "In 1954 Poland supplied 300 tons of wheat and medicines to Vietnam.",
            "PROVIDE_AID",
            ["POL", "VDR"],
            "1954",
        ),
        (
            "In 1965 Mongolia expressed its support for Cuba in its struggle against the blockade.",
            "EXPRESS_SUPPORT",
            ["CUB", "MNG"],
            "1965",
        ),
        (
            "In 1983 France expelled forty-seven Soviet diplomats.",
            "EXPEL",
            ["FRA", "SUN"],
            "1983",
        ),
    ],
)
def test_each_type_is_extracted_with_states_and_year(
    extract: Extract, text: str, etype: str, countries: list[str], year: str
) -> None:
    event = _one(extract(text), etype)
    assert event.countries == countries
    assert event.date is not None and (event.date.start or "").startswith(year)


def test_recall_of_an_ambassador(extract: Extract) -> None:
    doc = extract(
        "Relations between Mongolia and Japan cooled. "
        "The Mongolian ambassador B. Tumur was recalled from Tokyo in October 1980."
    )
    event = _one(doc, "RECALL_ENVOY")
    assert event.countries == ["JPN", "MNG"]
    assert event.date is not None and event.date.start == "1980-10-01"


@pytest.mark.parametrize(
    "text",
    [
        "The Indian foreign minister did not visit China in 1979.",
        "The Indian foreign minister should have visited China in 1979.",
        "India and China agreed in principle to sign a border agreement in the near future.",
        "India wanted to sign a border agreement with China in 1980.",
        "If India visited China in 1979, relations would improve.",
    ],
)
def test_negated_hypothetical_and_planned_events_are_not_facts(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert not _events(doc, "VISIT") and not _events(doc, "SIGN_AGREEMENT")


def test_not_until_dates_the_event(extract: Extract) -> None:
    doc = extract("The return visit of the Indian premier to China did not take place until 1988.")
    event = _one(doc, "VISIT")
    assert event.date is not None and event.date.start is not None
    assert event.date.start.startswith("1988")


def test_both_sides_resolve_to_the_discourse_states(extract: Extract) -> None:
    doc = extract(
        "Relations between Bulgaria and Hungary were close in the 1970s. "
        "In 1977 both sides signed a treaty of friendship and cooperation."
    )
    assert _one(doc, "SIGN_AGREEMENT").countries == ["BGR", "HUN"]


def test_third_state_event_keeps_its_own_states(extract: Extract) -> None:
    doc = extract(
        "Relations between Mongolia and Japan developed slowly. "
        "In July 1961 North Korea and China signed a treaty of friendship in Beijing."
    )
    assert _one(doc, "SIGN_AGREEMENT").countries == ["CHN", "PRK"]


def test_repeated_mentions_merge_into_one_event(extract: Extract) -> None:
    doc = extract(
        "In 1972 India and Bangladesh signed a treaty of friendship. "
        "The treaty was signed in Dhaka in 1972 by the two prime ministers."
    )
    assert len(_events(doc, "SIGN_AGREEMENT")) == 1


def test_endnote_markers_are_cited(extract: Extract) -> None:
    doc = extract("In 1955 Poland and Vietnam signed a trade agreement.[iv] Nothing else happened.")
    assert _one(doc, "SIGN_AGREEMENT").notes == ["iv"]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("relations with the Kingdom of Spain.⁴ Spain", ["Spain", ".", "⁴", "Spain"]),
        ("the exiles led by Negrín.³ Mexico", ["Negrín", ".", "³", "Mexico"]),
        ("the treaty¹² was signed", ["treaty", "¹²", "was"]),
    ],
)
def test_superscript_note_numbers_are_split_from_words(
    nlp: Language, text: str, tokens: list[str]
) -> None:
    words = [t.text for t in nlp.make_doc(text)]
    assert any(words[i : i + len(tokens)] == tokens for i in range(len(words)))


def test_name_before_a_superscript_note_is_a_state(extract: Extract) -> None:
    doc = extract(
        "On 28 March 1977 Mexico established diplomatic relations with the Kingdom of Spain.⁴ "
        "Embassies followed."
    )
    assert _one(doc, "ESTABLISH_RELATIONS").countries == ["ESP", "MEX"]
