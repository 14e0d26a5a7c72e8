"""Round-18 envoys: an appointment told as a succession to a post abroad, a titled envoy's
earlier arrival in a relative clause ("who had come to X in 1970") or his taking up his post
"here" (a record's place), a minister "in" a foreign capital, and a relative time the parser
hangs on the role of an "as" phrase ("as ambassador that autumn"). Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    "text",
    [
        "Sir Hugh Grant was the British ambassador in Lisbon. Sir Peter Lane replaced him in "
        "the summer of 1931.",
        "Sir Hugh Grant was the British ambassador in Lisbon. Sir Peter Lane, who succeeded "
        "Grant in 1931, stayed until 1936.",
    ],
)
def test_succession_to_an_envoy_post_is_an_appointment(extract: Extract, text: str) -> None:
    found = dated_states(extract(text), "APPOINT_ENVOY")
    assert any(c == ["GBR", "PRT"] and d and d[0].startswith("1931") for c, d in found)


def test_succession_to_a_minister_at_home_is_no_appointment(extract: Extract) -> None:
    text = (
        "Hugh Grant was the British foreign secretary. Peter Lane, who succeeded Grant in 1931, "
        "visited Lisbon in 1932."
    )
    assert not states(extract(text), "APPOINT_ENVOY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Danish side was led by Ambassador Erik Holm, who had come to Lima in 1968.",
         ["DNK", "PER"]),
        ("Ambassador Erik Holm of Denmark, who had arrived in Lima in 1968, spoke first.",
         ["DNK", "PER"]),
    ],
)  # fmt: skip
def test_titled_envoys_earlier_arrival_is_an_appointment(
    extract: Extract, text: str, expected: list[str]
) -> None:
    doc = extract(text, "1970-01-01")
    assert expected in states(doc, "APPOINT_ENVOY")
    assert not states(doc, "VISIT")


@pytest.mark.parametrize(
    "text",
    [
        "The Danish side owed much to Ambassador Erik Holm, who had come to Lima twice in 1968.",
        "Ambassador Erik Holm of Denmark, who had come to Lima for talks in 1968, spoke first.",
    ],
)
def test_titled_envoys_trip_is_no_appointment(extract: Extract, text: str) -> None:
    assert not states(extract(text, "1970-01-01"), "APPOINT_ENVOY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1931 the lawyer Erik Holm was appointed Denmark's minister in Lima.", ["DNK", "PER"]),
        ("In 1931 Erik Holm was named the first Danish minister in Lima.", ["DNK", "PER"]),
    ],
)  # fmt: skip
def test_minister_in_a_foreign_capital_is_an_envoy(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert expected in states(extract(text), "APPOINT_ENVOY")


def test_minister_with_a_portfolio_is_no_envoy(extract: Extract) -> None:
    text = "In 1931 Erik Holm was appointed the Danish foreign minister in Copenhagen."
    assert not states(extract(text), "APPOINT_ENVOY")


def test_relative_time_after_an_as_role_dates_the_appointment(extract: Extract) -> None:
    text = (
        "Relations improved in 1968. Pavel Orlov went to Delhi as Soviet ambassador that "
        "autumn, to stay there until 1975."
    )
    found = dated_states(extract(text), "APPOINT_ENVOY")
    assert (["IND", "SUN"], ("1968-09", "1968-11")) in found


def test_titled_envoy_taking_up_his_post_here_is_appointed(extract: Extract) -> None:
    text = (
        "MEMORANDUM OF CONVERSATION, Lisbon, May 4, 1966. The Portuguese Foreign Minister "
        "received the Soviet Ambassador. The Minister said that the Soviet Ambassador, Ivan "
        "Sorokin, who took up his post here in 1965, had been helpful."
    )
    found = dated_states(extract(text, "1966-05-04"), "APPOINT_ENVOY")
    assert (["PRT", "SUN"], ("1965", "1965")) in found


def test_bare_surname_recalled_is_a_recall(extract: Extract) -> None:
    text = (
        "Sir Hugh Grant was appointed ambassador to Portugal in the spring of 1931. Grant was "
        "recalled in December 1933."
    )
    assert states(extract(text), "RECALL_ENVOY")


def test_parliament_recalled_is_no_recall(extract: Extract) -> None:
    assert not states(extract("Parliament was recalled in December 1933."), "RECALL_ENVOY")


def test_past_perfects_after_a_report_share_its_subject(extract: Extract) -> None:
    text = (
        "Spain restored relations with Chile on Tuesday. Foreign Minister Jorge Vaz told a news "
        "conference that Peru had severed relations with Spain, had ordered its embassy in "
        "Madrid closed and had recalled its ambassador."
    )
    assert states(extract(text), "RECALL_ENVOY") == [["ESP", "PER"]]
