"""Tenure patterns of round 10 (own sentences): successions whose office is the successor's
title or hangs on the predecessor's name, offices taken by overthrowing their holder, and
successions of an envoy whose predecessor's post is apposed to his name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_successor_title_names_the_office_handed_over(extract: Extract) -> None:
    doc = extract(
        "Austria and Hungary signed a pact. Chancellor Karl Binder, who had succeeded Otto "
        "Lanz on the latter's death in May 1971, received the guests."
    )
    assert terms_of(doc, "Karl Binder") == {("chancellor", "1971-05", None)}
    assert terms_of(doc, "Otto Lanz") == {("chancellor", None, "1971-05")}


def test_office_hung_on_the_predecessor_name(extract: Extract) -> None:
    doc = extract(
        "Poland and Cuba signed a pact. We saw Mr Wolski, who had succeeded Mr Nowak as General "
        "Secretary in October 1970."
    )
    assert terms_of(doc, "Wolski") == {("general secretary", "1970-10", None)}
    assert terms_of(doc, "Nowak") == {("general secretary", None, "1970-10")}


def test_untitled_succession_without_a_known_office_states_nothing(extract: Extract) -> None:
    doc = extract(
        "Austria and Hungary signed a pact. Karl Binder, who had succeeded Otto Lanz in May "
        "1971, received the guests."
    )
    assert not terms_of(doc, "Karl Binder") and not terms_of(doc, "Otto Lanz")


def test_overthrowing_a_president_takes_his_office(extract: Extract) -> None:
    doc = extract(
        "Tunisia and Libya signed a pact. President Salem Farhat opened the talks in 1966. "
        "Nouri Jalal, who overthrew Farhat in March 1969 and ruled until his death in "
        "November 1981, rejected the plan. Tarek Amri, who succeeded Jalal in January 1982, "
        "accepted it."
    )
    assert terms_of(doc, "Nouri Jalal") == {("president", "1969-03", "1981-11")}
    assert terms_of(doc, "Salem Farhat") == {("president", None, "1969-03")}
    assert terms_of(doc, "Tarek Amri") == {("president", "1982-01", None)}


def test_overthrowing_someone_without_an_office_takes_nothing(extract: Extract) -> None:
    doc = extract(
        "Tunisia and Libya signed a pact. Nouri Jalal, who overthrew Salem Farhat in March "
        "1969, rejected the plan."
    )
    assert not terms_of(doc, "Nouri Jalal")


def test_envoy_succession_ends_the_apposed_post_at_the_succession(extract: Extract) -> None:
    doc = extract(
        "Chile and Peru signed a pact. Luis Vera succeeded Tomas Rojas, Ambassador since 1983, "
        "as the Chilean envoy here last month.",
        "1990-05-10",
    )
    assert terms_of(doc, "Luis Vera") == {("ambassador", "1990-04", None)}
    assert terms_of(doc, "Tomas Rojas") == {("ambassador", "1983", "1990-04")}


def test_leading_a_body_since_a_date_starts_the_office_told_before(extract: Extract) -> None:
    doc = extract(
        "Angola and Cuba signed a pact. Chairman Paulo Kiala met the envoys. Kiala, who has "
        "led the movement since 1971, was sworn in as President yesterday."
    )
    assert ("chairman", "1971", None) in terms_of(doc, "Paulo Kiala")
    assert all(r != "president" or s != "1971" for r, s, _e in terms_of(doc, "Paulo Kiala"))


def test_leading_a_body_without_a_known_office_states_nothing(extract: Extract) -> None:
    doc = extract(
        "Angola and Cuba signed a pact. Paulo Kiala, who has led the movement since 1971, spoke."
    )
    assert not terms_of(doc, "Paulo Kiala")


def test_succeeding_him_after_a_deposition_ends_the_deposed_ruler(extract: Extract) -> None:
    doc = extract(
        "Iraq and Kuwait signed a pact. The envoys met King Ghazi, on the throne since 1933. "
        "Ghazi was deposed, and Faisal succeeded him as king on 4 April 1939."
    )
    assert terms_of(doc, "Ghazi") == {("king", "1933", "1939-04-04")}
    assert terms_of(doc, "Faisal") == {("king", "1939-04-04", None)}


def test_removal_from_his_posts_ends_every_office_stated(extract: Extract) -> None:
    doc = extract(
        "Hungary and Poland signed a pact. Prime Minister Jan Kos received the envoys. Defence "
        "Minister Kos then spoke. Prime Minister Ede Lorant listened. Kos was removed from his "
        "posts in May 1970."
    )
    assert terms_of(doc, "Jan Kos") == {
        ("prime minister", None, "1970-05"),
        ("defence minister", None, "1970-05"),
    }
    assert not terms_of(doc, "Ede Lorant")
