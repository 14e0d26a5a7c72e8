"""Tenure patterns of round 27 (own sentences): a ministry named with its field's "Affairs"
noun ("succeeded Y at the External Affairs Ministry"), an envoy's term whose start and end are
told apart ("represented P in Q from A until his death in B"), and an office taken in one clause
and held by a pronoun in the next ("assumed the presidency in A and held it until B")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import tenures_of, terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# --- a succession at a ministry named "<Field> Affairs Ministry" ---------------------------


def test_round27_succeeded_at_the_external_affairs_ministry(extract: Extract) -> None:
    doc = extract(
        "India changed its cabinet. Ravi Menon succeeded Arjun Das at the External Affairs "
        "Ministry in October 1974."
    )
    assert ("foreign minister", "1974-10", None) in terms_of(doc, "Ravi Menon")
    assert ("foreign minister", None, "1974-10") in terms_of(doc, "Arjun Das")


def test_round27_replaced_at_the_foreign_affairs_ministry(extract: Extract) -> None:
    doc = extract(
        "Norway formed a new cabinet. Rolf Andersen replaced Knut Hagen at the Foreign Affairs "
        "Ministry in May 1961."
    )
    assert ("foreign minister", "1961-05", None) in terms_of(doc, "Rolf Andersen")
    assert ("foreign minister", None, "1961-05") in terms_of(doc, "Knut Hagen")


def test_round27_took_over_the_home_affairs_ministry(extract: Extract) -> None:
    doc = extract(
        "Austria had a new cabinet. Anton Berger took over the Home Affairs Ministry in March 1950."
    )
    assert ("home affairs minister", "1950-03", None) in terms_of(doc, "Anton Berger")


def test_round27_a_ministry_of_a_state_names_no_field(extract: Extract) -> None:
    # near miss: "the Soviet Ministry" names a state, not a field, so no office is taken
    doc = extract(
        "Moscow reorganised. Ivan Petrenko succeeded Oleg Sidorov at the Soviet Ministry in "
        "June 1958."
    )
    assert all("affairs" not in t.role for t in tenures_of(doc, "Oleg Sidorov"))


# --- an envoy's term told as "represented P in Q from A until <event> in B" -----------------


def test_round27_represented_from_until_his_death(extract: Extract) -> None:
    doc = extract(
        "Mexico valued its legation. Ramón Ortega represented Mexico in Washington from 1882 "
        "until his death in 1898."
    )
    assert ("ambassador", "1882", "1898") in terms_of(doc, "Ramón Ortega")


def test_round27_represented_from_until_her_transfer(extract: Extract) -> None:
    doc = extract(
        "Hungary kept a legation there. Hilda Varga represented Hungary in Vienna from 1921 "
        "until her transfer to Rome in 1927."
    )
    assert ("ambassador", "1921", "1927") in terms_of(doc, "Hilda Varga")


def test_round27_represented_until_the_outbreak_of_war(extract: Extract) -> None:
    doc = extract(
        "Latvia kept a legation in Britain. Tomas Berzins represented Latvia in London from "
        "1931 until the outbreak of war in 1939."
    )
    assert ("ambassador", "1931", "1939") in terms_of(doc, "Tomas Berzins")


def test_round27_represented_with_a_plain_date_states_no_term(extract: Extract) -> None:
    # near miss: a single act of representing ("in 1931") is no term
    doc = extract(
        "Latvia sent a delegation. Tomas Berzins represented Latvia in London in 1931 at a "
        "conference."
    )
    assert tenures_of(doc, "Tomas Berzins") == []


# --- an office taken, then held by a pronoun ("and held it until B") ------------------------


def test_round27_assumed_the_presidency_and_held_it(extract: Extract) -> None:
    doc = extract(
        "Kenya had a long presidency. Arthur Pennington, who assumed the presidency in "
        "January 1958 and held it until his death in 1972, refused to leave."
    )
    assert ("president", "1958-01", "1972") in terms_of(doc, "Arthur Pennington")


def test_round27_took_over_the_ministry_and_kept_it(extract: Extract) -> None:
    doc = extract(
        "Chile reshuffled its cabinet. In 1950 Rodrigo Fuentes took over the foreign ministry, "
        "and he kept it until 1961."
    )
    assert ("foreign minister", "1950", "1961") in terms_of(doc, "Rodrigo Fuentes")


def test_round27_the_presidency_which_he_held(extract: Extract) -> None:
    doc = extract(
        "Peru voted. In 1950 Manuel Quispe assumed the presidency, which he held until his "
        "death in 1961."
    )
    assert ("president", "1950", "1961") in terms_of(doc, "Manuel Quispe")


def test_round27_it_standing_for_no_office_holds_nothing(extract: Extract) -> None:
    # near misses: "it" stands for a treaty or a house, not an office
    doc = extract(
        "Chile signed. Rodrigo Fuentes signed the treaty in 1950 and kept it secret until 1961."
    )
    assert tenures_of(doc, "Rodrigo Fuentes") == []
    doc = extract("Chile changed. Rodrigo Fuentes bought the house in 1950 and held it until 1961.")
    assert tenures_of(doc, "Rodrigo Fuentes") == []
