"""Tenure patterns of round 21 (own sentences): the next holder of a one-holder office ends
the last one's open term; a name written with initials is no namesake of another surname's
holder; the head of a legation is its minister and the head of a (permanent) representation
its permanent representative; "left P to become X" ends the post in P."""

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
            # the next prime minister's start ends the open term of the last
            "Willem Drees, the Dutch prime minister since 1948, opened the dam. Jan de Quay, "
            "the Dutch prime minister since 1959, signed the accord with Belgium in 1960.",
            "Willem Drees",
            ("prime minister", "1948", "1959"),
        ),
        (
            # a legation's head is its minister, and serves abroad
            "Britain and Persia signed a trade agreement. Sir Reginald Hoare, who headed the "
            "British legation in Tehran from 1931 to 1934, negotiated it.",
            "Reginald Hoare",
            ("minister", "1931", "1934"),
        ),
        (
            "The two German states exchanged permanent representations in 1974. Günter Gaus, "
            "who headed the Representation in East Berlin from 1974, reported to Bonn.",
            "Günter Gaus",
            ("permanent representative", "1974", None),
        ),
        (
            # leaving the host capital to take another post ends the envoy's term
            "Sir Ronald Lindsay, British ambassador in Washington since 1930, signed the "
            "treaty. Lindsay left Washington in 1939 to become a member of the House of Lords.",
            "Ronald Lindsay",
            ("ambassador", "1930", "1939"),
        ),
    ],
)
def test_round21_terms(
    extract: Extract, text: str, name: str, term: tuple[str, str | None, str | None]
) -> None:
    assert term in terms_of(extract(text), name)


def test_round21_legation_head_has_a_host(extract: Extract) -> None:
    doc = extract(
        "Britain and Persia signed a trade agreement. Sir Reginald Hoare, who headed the "
        "British legation in Tehran from 1931 to 1934, negotiated it."
    )
    hoare = [t for t in doc._.dipl_tenures if "Hoare" in t.person]
    assert [(t.country, t.to) for t in hoare] == [("GBR", "IRN")]


def test_round21_successor_far_later_ends_nothing(extract: Extract) -> None:
    # a holder named decades later is no direct successor: the holders between went unnamed
    doc = extract(
        "Guatemala and Mexico signed a boundary treaty. Justo Barrios, president of "
        "Guatemala since 1873, agreed to it. Jacobo Arbenz, president of Guatemala since "
        "1951, later revived the dispute."
    )
    assert ("president", "1873", None) in terms_of(doc, "Justo Barrios")


def test_round21_initials_name_no_other_surname(extract: Extract) -> None:
    doc = extract(
        "Nepal and India signed a transit treaty. Marich Man Singh Shrestha, prime minister "
        "of Nepal since 1986, welcomed it. V. P. Singh became prime minister of India in "
        "December 1989."
    )
    singh = [t for t in doc._.dipl_tenures if t.person == "V. P. Singh"]
    assert [(t.country, t.start) for t in singh] == [("IND", "1989-12")]


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        (
            # the succession's own date, not the apposed office's, ends and starts the terms
            "Nemeth, foreign minister since March 1985, succeeded Ferenc Kovacs as party "
            "leader in June 1989.",
            "Ferenc Kovacs",
            ("party leader", None, "1989-06"),
        ),
        (
            "Nemeth, foreign minister since March 1985, succeeded Ferenc Kovacs as party "
            "leader in June 1989.",
            "Nemeth",
            ("party leader", "1989-06", None),
        ),
        (
            # an undated office apposed to the successor is the office handed over
            "Indonesia and Australia signed a treaty. The Australian Foreign Minister, Gareth "
            "Evans, who had succeeded Bill Hayden in September 1988, flew to Jakarta.",
            "Bill Hayden",
            ("foreign minister", None, "1988-09"),
        ),
        (
            # "since A" apposed to the predecessor stays his start, even hung on the verb
            "Kenneth Wu succeeded Peter Lang, Ambassador since 1984, as the British envoy in "
            "Rangoon in March 1990.",
            "Peter Lang",
            ("ambassador", "1984", "1990-03"),
        ),
    ],
)
def test_round21_successions(
    extract: Extract, text: str, name: str, term: tuple[str, str | None, str | None]
) -> None:
    assert term in terms_of(extract(text), name)
