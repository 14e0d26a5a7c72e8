"""Tenure patterns of round 8 (own sentences): "head of state", "on the throne since", a term
phrase after an untitled name, "whom I made prime minister", a term ended by flight, and
verbs of ending or beginning whose object is not the office."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        (
            "Romania and the United States signed a pact. Ion Popa, head of state since "
            "December 1967, received the guests.",
            "Ion Popa",
            ("head of state", "1967-12", None),
        ),
        (
            "Egypt and Ethiopia signed a pact. Tesfaye Alemu, head of state from February 1977 "
            "until he fled the country in May 1991, received the guests.",
            "Tesfaye Alemu",
            ("head of state", "1977-02", "1991-05"),
        ),
        (
            "Jordan and Israel signed a pact. King Talal, on the throne since 1952, received "
            "the guests.",
            "Talal",
            ("king", "1952", None),
        ),
        (
            "Egypt and East Germany signed a pact. President Karim Nasr, head of state since "
            "1956, received the guests.",
            "Karim Nasr",
            ("president", "1956", None),
        ),
        (
            "Spain and Israel signed a pact. Prime Minister Felipe Ortega signed for Spain. "
            "Mr. Ortega, in office since December 1982, smiled.",
            "Felipe Ortega",
            ("prime minister", "1982-12", None),
        ),
        (
            "Cambodia and China signed a pact. Lon Nol, whom I made prime minister in August "
            "1969, betrayed me.",
            "Lon Nol",
            ("prime minister", "1969-08", None),
        ),
    ],
)
def test_round8_terms(
    extract: Extract, text: str, name: str, term: tuple[str, str | None, str | None]
) -> None:
    assert terms_of(extract(text), name) == {term}


@pytest.mark.parametrize(
    "verb_phrase", ["ended his journey in Manila", "began talks in Manila", "took a boat to Manila"]
)
def test_ending_or_beginning_something_else_bounds_no_term(
    extract: Extract, verb_phrase: str
) -> None:
    doc = extract(
        f"Japan and the Philippines signed a pact. In August 1977 Prime Minister Takeo Fukuda "
        f"{verb_phrase}."
    )
    assert {(s, e) for _r, s, e in terms_of(doc, "Takeo Fukuda")} <= {(None, None)}


def test_heads_of_state_of_a_meeting_are_no_office(extract: Extract) -> None:
    doc = extract("Egypt and Sudan signed a pact. The heads of state met in Khartoum in 1967.")
    assert not [t for t in doc._.dipl_tenures if t.role == "head of state"]


@pytest.mark.parametrize(
    ("offices", "first", "second"),
    [
        ("foreign minister since March 1965 and prime minister since December 1967",
         "foreign minister", "prime minister"),
        ("party secretary general since March 1965 and head of state since December 1967",
         "general secretary", "head of state"),
    ],
)  # fmt: skip
def test_two_apposed_offices_with_their_own_dates(
    extract: Extract, offices: str, first: str, second: str
) -> None:
    doc = extract(f"Romania and the United States signed a pact. Ion Popa, {offices}, answered.")
    assert terms_of(doc, "Ion Popa") == {(first, "1965-03", None), (second, "1967-12", None)}
