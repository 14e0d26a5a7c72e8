"""Round-20 states of events through the person who acts: "the Vice Premier" and "the
Chancellor" naming the holder written "Vice Premier X" or "Federal Chancellor X", the
participants a record's heading lists ("United States: The President"; "the Prime Minister"
is the listed one, not a later holder named in passing), statesmen added to the gazetteer.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_vice_premier_named_again_stays_the_holder(extract: Extract) -> None:
    text = (
        "SUBJECT: Talks between President Ford and Vice Premier Li Xiannian\n\n"
        "Present: Li Xiannian, Vice Premier of the State Council; Ji Dengkui, Vice Premier;"
        " interpreters.\n\n"
        "The President greeted the Vice Premier warmly. The Vice Premier then spoke of his"
        " travels. He had paid a visit to Burma in March 1975."
    )
    found = states(extract(text, "1975-10-20"), "VISIT")
    assert ["CHN", "MMR"] in found, found


def test_chancellor_names_the_federal_chancellor(extract: Extract) -> None:
    text = (
        "Record of Conversation: Federal Chancellor Helmut Schmidt and First Secretary"
        " Edward Gierek, Bonn, 8 June 1976\n\n"
        "Present: Prime Minister Piotr Jaroszewicz; Foreign Minister Hans-Dietrich Genscher.\n\n"
        "The First Secretary welcomed the Chancellor. The Chancellor said that he had"
        " travelled to Moscow in October 1974."
    )
    found = states(extract(text, "1976-06-08"), "VISIT")
    assert ["DEU", "SUN"] in found, found


def test_record_principal_beats_a_holder_named_in_passing(extract: Extract) -> None:
    text = (
        "MEMORANDUM OF CONVERSATION\n\n"
        "Participants:\n"
        "United States - The President; Secretary of State William P. Rogers\n"
        "India - Prime Minister Indira Gandhi; Ambassador L. K. Jha\n\n"
        "The President welcomed the Prime Minister. She had come from London, where she had"
        " seen Prime Minister Edward Heath.\n\n"
        "The Prime Minister replied that the treaty was directed against nobody. During her"
        " visit to Moscow in September 1971 she had explained India's position."
    )
    found = states(extract(text, "1971-11-04"), "VISIT")
    assert ["IND", "SUN"] in found, found
    assert ["GBR", "SUN"] not in found, found


def test_record_side_label_gives_the_listed_their_state(extract: Extract) -> None:
    text = (
        "MEMORANDUM OF CONVERSATION\n\n"
        "Participants. United States: The President; Secretary Christian Herter. Libya: King"
        " Idris; Prime Minister Abdul Majid Kubar.\n\n"
        "The King thanked the President for the aid. Mr. Herter said that the United States"
        " valued the bases. Mr. Kubar had flown to Cairo in May 1957."
    )
    found = states(extract(text, "1957-12-01"), "VISIT")
    assert ["EGY", "LBY"] in found, found


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("In January 1948 Milovan Djilas travelled to Moscow.", "VISIT", ["SUN", "YUG"]),
        ("In October 1939 President Kallio travelled to Stockholm.", "VISIT", ["FIN", "SWE"]),
        ("In April 1927 Count István Bethlen travelled to Rome.", "VISIT", ["HUN", "ITA"]),
        ("In 1882 President Justo Rufino Barrios travelled to Paris.", "VISIT", ["FRA", "GTM"]),
    ],
)
def test_statesmen_added_to_the_gazetteer(
    extract: Extract, text: str, kind: str, expected: list[str]
) -> None:
    found = states(extract(text), kind)
    assert expected in found, found


def test_faisal_of_iraq_after_his_title(extract: Extract) -> None:
    text = (
        "The British High Commissioner oversaw the accession of the Amir Faisal, crowned king"
        " in August 1921. In 1930, aboard a British frigate off Kuwait, Faisal met Ibn Saud for"
        " the first time."
    )
    found = states(extract(text), "MEET")
    assert ["IRQ", "SAU"] in found, found
