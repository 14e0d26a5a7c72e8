"""Tenure patterns of round 7 (own sentences): terms counted from an event or a since-clause,
a term taken ("took office", "took over the ministry"), a term of a stated length, an envoy
leaving a host capital not named before, and the office "that post" refers to."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import tenures_of, terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        (
            "Kenya and Uganda signed a pact. Jomo Mwangi, who was president from independence "
            "in December 1963 until his death in 1978, received the envoys.",
            "Jomo Mwangi",
            ("president", "1963-12", "1978"),
        ),
        (
            "Peru and Chile signed a pact. Luis Vargas, president of Peru since he seized "
            "power in October 1968, received the delegation.",
            "Luis Vargas",
            ("president", "1968-10", None),
        ),
        (
            "Egypt and India signed a pact. Foreign Minister Omar Fahmi, who has held that "
            "post since 1958, led the talks.",
            "Omar Fahmi",
            ("foreign minister", "1958", None),
        ),
    ],
)
def test_term_counted_from_an_event_or_a_clause(
    extract: Extract, text: str, name: str, term: tuple[str, str | None, str | None]
) -> None:
    assert terms_of(extract(text), name) == {term}


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        (
            "Japan and China signed a pact. Mr. Kato took over the Japanese foreign ministry "
            "in July 1972.",
            "Kato",
            ("foreign minister", "1972-07", None),
        ),
        (
            "Ecuador and Peru signed a pact. Mr. Salas, who took office in August 1979, was "
            "Ecuador's president.",
            "Salas",
            ("president", "1979-08", None),
        ),
        (
            "Chile and Peru signed a pact in 1998. Mr. Ortiz, the Chilean president, who took "
            "office in March 1994, attended.",
            "Ortiz",
            ("president", "1994-03", None),
        ),
        (
            "Chile and Peru signed a pact in 1998. Ana Ortiz assumed the presidency in March 1994.",
            "Ana Ortiz",
            ("president", "1994-03", None),
        ),
    ],
)
def test_taking_office_starts_the_office_named_or_stated(
    extract: Extract, text: str, name: str, term: tuple[str, str | None, str | None]
) -> None:
    assert terms_of(extract(text), name) == {term}


def test_taking_a_trip_or_power_starts_nothing(extract: Extract) -> None:
    doc = extract(
        "Chile and Peru signed a pact. Mr. Ortiz, the Chilean president, took a train to "
        "Lima in March 1994. The army took power in 1973."
    )
    assert {(r, s, e) for r, s, e in terms_of(doc, "Ortiz") if s or e} == set()


@pytest.mark.parametrize(
    "second",
    ["He served there for four years.", "He stayed for four years."],
)
def test_a_term_of_whole_years_after_a_known_start_ends_it(extract: Extract, second: str) -> None:
    doc = extract(f"Poland sent Jan Sowa to Belgrade as ambassador in 1957. {second}")
    assert terms_of(doc, "Jan Sowa") == {("ambassador", "1957", "1961")}


def test_a_length_without_a_known_start_ends_nothing(extract: Extract) -> None:
    doc = extract("Jan Sowa was the Polish ambassador in Belgrade. He served there for four years.")
    assert {e for _r, _s, e in terms_of(doc, "Jan Sowa")} == {None}


@pytest.mark.parametrize(
    "text",
    [
        "Sweden and North Vietnam established relations in 1969. Olof Berglund, who had been "
        "ambassador since 1965, left Hanoi in 1969.",
        "Sweden and North Vietnam established relations in 1969. Olof Berglund had been "
        "ambassador since 1965. He left Hanoi in 1969.",
    ],
)
def test_leaving_a_capital_ends_an_envoy_whose_host_was_not_named(
    extract: Extract, text: str
) -> None:
    (fact,) = tenures_of(extract(text), "Olof Berglund")
    assert (fact.role, fact.start, fact.end) == ("ambassador", "1965", "1969")
    assert (fact.country, fact.to) == ("SWE", "VDR")


def test_becoming_the_first_holder_to_do_something_else_starts_nothing(extract: Extract) -> None:
    doc = extract(
        "Mongolia and Japan signed a pact. On 3 May 2005 Ken Mori became the first sitting "
        "Japanese prime minister to visit Mongolia."
    )
    assert terms_of(doc, "Ken Mori") == set()


def test_becoming_the_first_envoy_to_serve_somewhere_starts_the_post(extract: Extract) -> None:
    doc = extract(
        "Israel and Egypt exchanged envoys. On 26 February 1980 David Cohen became the first "
        "Israeli ambassador to serve in Cairo."
    )
    assert {(r, s) for r, s, _e in terms_of(doc, "David Cohen")} == {("ambassador", "1980-02-26")}


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Egypt signed a pact. On 3 June 1974 Rina Shafir handed the premiership to "
        "Yosef Amit.",
        "Israel and Egypt signed a pact. Rina Shafir, who had been prime minister since 1969, "
        "handed over power to Yosef Amit on 3 June 1974.",
    ],
)
def test_handing_over_an_office_ends_one_term_and_starts_the_next(
    extract: Extract, text: str
) -> None:
    doc = extract(text)
    assert {e for r, _s, e in terms_of(doc, "Rina Shafir") if r == "prime minister"} == {
        "1974-06-03"
    }
    assert terms_of(doc, "Yosef Amit") == {("prime minister", "1974-06-03", None)}


def test_handing_over_something_else_is_no_term(extract: Extract) -> None:
    doc = extract(
        "Israel and Egypt signed a pact. In 1974 Rina Shafir handed the file to Yosef Amit."
    )
    assert terms_of(doc, "Yosef Amit") == set()


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        (
            "Somalia and Kenya signed a pact. Colonel Abdi Warsame became president of Somalia "
            "in 1974; he ruled until 1981.",
            "Abdi Warsame",
            ("president", "1974", "1981"),
        ),
        (
            "Libya and Egypt signed a pact. King Omar, who reigned from 1951 until the coup of "
            "1969, visited Cairo.",
            "Omar",
            ("king", "1951", "1969"),
        ),
    ],
)
def test_ruling_and_reigning_bound_a_term(
    extract: Extract, text: str, name: str, term: tuple[str, str | None, str | None]
) -> None:
    assert terms_of(extract(text), name) == {term}


def test_an_envoy_arriving_in_a_capital_is_posted_there(extract: Extract) -> None:
    doc = extract("The Polish ambassador, Jan Sowa, arrived in Belgrade in 1957.")
    (fact,) = tenures_of(doc, "Jan Sowa")
    assert (fact.country, fact.to, fact.start) == ("POL", "YUG", "1957")


@pytest.mark.parametrize("capital", ["Brasilia", "Buenos Aires"])
def test_a_holder_does_not_serve_the_state_he_visits(extract: Extract, capital: str) -> None:
    doc = extract(
        "Argentina and Brazil signed a treaty in 1979. The foreign minister, Pedro Alvarez "
        f"(1982-1986), visited {capital} in 1984."
    )
    (fact,) = tenures_of(doc, "Pedro Alvarez")
    visited = "BRA" if capital == "Brasilia" else "ARG"
    assert fact.country is not None and fact.country != visited


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Singapore and the United States quarrelled. In May 1988 Singapore expelled John "
            "Hart, a first secretary at the American embassy.",
            "1988-05",
        ),
        (
            "Chile and Peru signed a pact in 1975. John Hart, the second secretary of the "
            "Chilean embassy in Lima, was expelled in 1976.",
            "1976",
        ),
    ],
)
def test_an_expelled_diplomat_leaves_his_post(extract: Extract, text: str, end: str) -> None:
    (fact,) = tenures_of(extract(text), "John Hart")
    assert "secretary" in fact.role and fact.end == end and fact.to is not None


def test_an_envoy_arriving_in_a_relative_clause_starts_the_post_stated(extract: Extract) -> None:
    doc = extract(
        "Mongolia and the United States established relations. John Pike, who arrived in 1990 "
        "and served until 1993, was the first ambassador to live in the capital."
    )
    assert terms_of(doc, "John Pike") == {("ambassador", "1990", "1993")}
