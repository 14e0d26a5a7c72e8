"""Tenure patterns of round 26 (own sentences): taking and leaving office ("left office as",
"swore in X as", "proclaimed king", "removed as", an apposed participle of appointment), a
ruler put out of office by an active verb or by his death ("the army overthrew King X", "the
death of King X"), two terms told in one statement, a succession dated past a span ("a few
months before Y succeeded him in A"), the holder whose leaving a "when" clause tells, a rank
dropped from the holder's name, and an envoy titled by another office not doubled as an
ambassador."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import tenures_of, terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_round26_left_office_as(extract: Extract) -> None:
    doc = extract("Ghana held elections. Kwame Mensah left office as prime minister in May 1972.")
    assert ("prime minister", None, "1972-05") in terms_of(doc, "Kwame Mensah")
    # leaving a place is no end of a home office
    doc = extract("Ghana held elections. Kwame Mensah, the Ghanaian minister, left Paris in 1973.")
    assert terms_of(doc, "Kwame Mensah") == set()


def test_round26_swore_in_as(extract: Extract) -> None:
    doc = extract(
        "Ghana held elections. The assembly swore in Kwame Mensah as its first president on "
        "3 May 1970."
    )
    assert ("president", "1970-05-03", None) in terms_of(doc, "Kwame Mensah")
    assert tenures_of(doc, "assembly") == []


def test_round26_proclaimed_king(extract: Extract) -> None:
    doc = extract("Spain changed. Juan Pablo, proclaimed king on 22 November 1975, received him.")
    assert ("king", "1975-11-22", None) in terms_of(doc, "Juan Pablo")
    doc = extract("Spain changed. Juan Pablo proclaimed his loyalty on 22 November 1975.")
    assert terms_of(doc, "Juan Pablo") == set()


def test_round26_removed_as(extract: Extract) -> None:
    doc = extract(
        "Pakistan changed course. Ali Karim, removed as foreign minister in December 1961, "
        "went abroad."
    )
    assert ("foreign minister", None, "1961-12") in terms_of(doc, "Ali Karim")
    # a minister removing something stays in office
    doc = extract(
        "Pakistan changed course. Foreign Minister Ali Karim removed the guards in December 1961."
    )
    assert all(t.end is None for t in tenures_of(doc, "Ali Karim"))


def test_round26_apposed_participle_starts(extract: Extract) -> None:
    doc = extract("Ghana changed. Kofi Mensah, appointed ambassador to France in 1970, met him.")
    assert ("ambassador", "1970", None) in terms_of(doc, "Kofi Mensah")


def test_round26_overthrew_titled_ruler(extract: Extract) -> None:
    doc = extract("Nepal was a monarchy. The army overthrew King Birendra in September 1969.")
    assert ("king", None, "1969-09") in terms_of(doc, "Birendra")
    doc = extract("Uganda was unstable. The army toppled the government in January 1971.")
    assert doc._.dipl_tenures == []


def test_round26_death_of_titled_ruler(extract: Extract) -> None:
    doc = extract(
        "Belgium mourned. The talks stopped after the death of King Albert the day before.",
        "1934-02-18",
    )
    assert ("king", None, "1934-02-17") in terms_of(doc, "Albert")
    # an untitled or former holder's death ends no office
    doc = extract("Belgium mourned. The death of former President Albert in 1934 stopped it.")
    assert terms_of(doc, "Albert") == set()


def test_round26_two_terms_in_one_statement(extract: Extract) -> None:
    doc = extract(
        "Norway was neutral. Olsen was prime minister from 1924 to 1926, and again from 1929 "
        "until his death in 1942."
    )
    assert terms_of(doc, "Olsen") == {
        ("prime minister", "1924", "1926"),
        ("prime minister", "1929", "1942"),
    }
    doc = extract("Norway was neutral. Olsen was prime minister from 1924 until his death in 1942.")
    assert terms_of(doc, "Olsen") == {("prime minister", "1924", "1942")}


def test_round26_succession_after_a_span(extract: Extract) -> None:
    doc = extract(
        "Norway signed the treaty. It was signed under Karl Berg, prime minister since 1946, "
        "a few months before Olof Lund succeeded him in October 1969."
    )
    assert ("prime minister", "1946", "1969-10") in terms_of(doc, "Karl Berg")
    assert ("prime minister", "1969-10", None) in terms_of(doc, "Olof Lund")


def test_round26_when_the_holder_stepped_down(extract: Extract) -> None:
    doc = extract(
        "Ghana changed. Kofi Mensah became president in May 1970, when John Boateng stepped down."
    )
    assert ("president", None, "1970-05") in terms_of(doc, "John Boateng")
    doc = extract(
        "Ghana changed. Kofi Mensah became president in May 1970, when John Boateng stepped on "
        "the stage."
    )
    assert terms_of(doc, "John Boateng") == set()


def test_round26_rank_dropped_from_name(extract: Extract) -> None:
    doc = extract(
        "France changed. General Jean Morel, President of the French Republic since January "
        "1959, met him."
    )
    assert [t.person for t in doc._.dipl_tenures] == ["Jean Morel"]


def test_round26_envoy_titled_by_another_office(extract: Extract) -> None:
    doc = extract(
        "China and Japan met. The Chinese Minister in Tokyo, Wang Fenglin, was recalled in "
        "August 1894."
    )
    assert {t.role for t in tenures_of(doc, "Wang Fenglin")} == {"minister"}
    doc = extract("China and Japan met. Peking recalled Wang Fenglin in August 1894.")
    assert {t.role for t in tenures_of(doc, "Wang Fenglin")} == {"ambassador"}
