"""Tenure precision of round 20 (own sentences): a titled holder who sends another ("President
X sent Y to P in A") takes no date of his own from the sending; "returned to <city> as High
Commissioner" starts the post; "until the outbreak of war in B" ends it; "and who served until
his death in B" is about the first relative clause's antecedent; "appointed X as envoy, a post
he held until B" and "who was appointed in A and recalled in B" close the term; "came to the
throne in A" starts a reign; a generic "head of the mission" folds into the holder's precise
office."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_a_president_who_sends_an_envoy_takes_no_start_from_it(extract: Extract) -> None:
    doc = extract("Ambassador Lars Holm, whom President Clinton had sent to Oslo in 1995, spoke.")
    assert not any(s == "1995" for _r, s, _e in terms_of(doc, "Clinton"))
    assert any(s == "1995" for _r, s, _e in terms_of(doc, "Lars Holm"))


def test_returning_to_a_city_as_high_commissioner_starts_the_post(extract: Extract) -> None:
    doc = extract("Sir Henry Dobbs returned to Baghdad as British High Commissioner in May 1920.")
    assert ("high commissioner", "1920-05", None) in terms_of(doc, "Henry Dobbs")


def test_the_outbreak_of_war_ends_an_ambassadors_term(extract: Extract) -> None:
    doc = extract(
        "Hans Keller was German ambassador in Warsaw from 1934 until the outbreak of war in "
        "September 1939."
    )
    assert ("ambassador", "1934", "1939-09") in terms_of(doc, "Hans Keller")


def test_a_second_relative_clause_is_about_the_same_holder(extract: Extract) -> None:
    doc = extract(
        "In May 1960 the envoy held talks with Ahmed Sukarno, who had been prime minister of "
        "Indonesia from 1945 and president from 1950, and who served until his death in June 1970."
    )
    assert ("president", "1950", "1970-06") in terms_of(doc, "Ahmed Sukarno")


def test_a_post_held_after_an_appointment_ends_the_envoys_term(extract: Extract) -> None:
    doc = extract(
        "In March 1995 President Clinton appointed Richard Holt as special envoy for peace in "
        "Angola, a post he held until 1998."
    )
    assert ("envoy", "1995-03", "1998") in terms_of(doc, "Richard Holt")


def test_a_recall_coordinated_after_a_title_ends_the_term(extract: Extract) -> None:
    doc = extract(
        "Ambassador Juan Vidal, who was appointed in 1961 and was recalled to Madrid in 1964, "
        "attended the dinner."
    )
    assert ("ambassador", "1961", "1964") in terms_of(doc, "Juan Vidal")


def test_coming_to_the_throne_starts_a_reign(extract: Extract) -> None:
    doc = extract("King Olav of Norway, a keen sailor, came to the throne in 1957.")
    assert ("king", "1957", None) in terms_of(doc, "Olav")


def test_heading_the_mission_is_the_precise_office_told_before(extract: Extract) -> None:
    doc = extract(
        "The British chargé d'affaires in Moscow, Mr. Peter Lowe, was summoned on Monday. Mr. "
        "Lowe, who has headed the British mission there since 1931, will leave on Friday.",
        "1933-05-02",
    )
    roles = {r for r, _s, _e in terms_of(doc, "Peter Lowe")}
    assert "chargé d'affaires" in roles
    assert not any(r.startswith("head of") for r in roles)


def test_an_office_held_before_is_not_the_one_the_sentence_starts(extract: Extract) -> None:
    doc = extract(
        "Karl Brenner was appointed foreign minister of Austria in 1931. Brenner, who had held "
        "the office since 1931, left it in 1936 to become ambassador in Rome, where he remained "
        "until 1938."
    )
    assert not any(r == "ambassador" and s == "1931" for r, s, _e in terms_of(doc, "Brenner"))
