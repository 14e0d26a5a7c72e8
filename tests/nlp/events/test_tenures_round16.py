"""Tenure patterns of round 16 (own sentences): a move to a new office ("moved to the
presidency in A, an office he held until B") starts it, dates its end by the held clause and
ends the office held before; "held the office" after an office taken in the same sentence is
that office, not one told in an earlier sentence; a ruler overthrown or removed by the army
in a later sentence loses the office still open for him."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_moving_to_the_presidency_starts_it_and_ends_the_premiership(extract: Extract) -> None:
    doc = extract(
        "Relations between Turkey and Greece were tense. Mesut Kaya, prime minister since "
        "1975, called it a duty. In November 1980 Kaya moved to the presidency."
    )
    assert terms_of(doc, "Mesut Kaya") == {
        ("prime minister", "1975", "1980-11"),
        ("president", "1980-11", None),
    }


def test_an_office_he_held_until_closes_the_office_moved_to(extract: Extract) -> None:
    doc = extract(
        "Relations between Turkey and Greece were tense. Mesut Kaya had moved to the "
        "presidency in November 1980, an office he held until his death in April 1986."
    )
    assert terms_of(doc, "Mesut Kaya") == {("president", "1980-11", "1986-04")}


def test_moving_to_a_city_takes_no_office(extract: Extract) -> None:
    doc = extract(
        "Relations between Turkey and Greece were tense. Mesut Kaya, prime minister since "
        "1975, moved to Ankara in November 1980."
    )
    assert terms_of(doc, "Mesut Kaya") == {("prime minister", "1975", None)}


def test_held_the_office_is_the_office_taken_in_the_sentence(extract: Extract) -> None:
    doc = extract(
        "Relations between Turkey and Greece were tense. Mesut Kaya, prime minister since "
        "1975, called it a duty. Kaya became president in November 1980 and held the office "
        "until his death in April 1986."
    )
    assert ("president", "1980-11", "1986-04") in terms_of(doc, "Mesut Kaya")
    assert ("prime minister", "1975", "1986-04") not in terms_of(doc, "Mesut Kaya")


def test_a_ruler_overthrown_later_loses_his_office(extract: Extract) -> None:
    doc = extract(
        "Relations between Thailand and Laos improved. The thaw began under Somchai Rattana, "
        "who became Thai prime minister in August 1988. Somchai visited Vientiane in November "
        "1988. Somchai was overthrown in a military coup in February 1991."
    )
    assert terms_of(doc, "Somchai Rattana") == {("prime minister", "1988-08", "1991-02")}


def test_a_ruler_removed_by_the_army_loses_his_office(extract: Extract) -> None:
    doc = extract(
        "Relations between Egypt and Iran improved. Ahmed Fathy, who became president in June "
        "2012, travelled to Tehran. Fathy was removed by the Egyptian military in July 2013."
    )
    assert terms_of(doc, "Ahmed Fathy") == {("president", "2012-06", "2013-07")}


def test_a_ruler_overthrown_after_his_term_ended_keeps_its_end(extract: Extract) -> None:
    doc = extract(
        "Relations between Egypt and Iran improved. Ahmed Fathy, president from 2005 to 2009, "
        "travelled to Tehran. Fathy was overthrown as party chairman in July 2013."
    )
    assert ("president", "2005", "2009") in terms_of(doc, "Ahmed Fathy")
    assert ("president", "2005", "2013-07") not in terms_of(doc, "Ahmed Fathy")


def test_removed_from_a_list_in_a_later_sentence_keeps_the_office(extract: Extract) -> None:
    doc = extract(
        "Relations between Egypt and Iran improved. Ahmed Fathy, who became president in June "
        "2012, travelled to Tehran. Fathy was removed from the guest list in July 2013."
    )
    assert terms_of(doc, "Ahmed Fathy") == {("president", "2012-06", None)}
