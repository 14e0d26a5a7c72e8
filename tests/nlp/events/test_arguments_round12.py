"""Round 12 arguments: which states an act involves. A state's own name is no language; a
city in a document's title is no party; "the Reich" is Germany; a relative clause shares the
pair of its antecedent's clause; a framing visit's visitor is its clause's subject; a
consequence participle and the place of a site name no party. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states as _states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_a_state_named_in_a_list_after_a_venue_is_no_language(extract: Extract) -> None:
    doc = extract(
        "In May 1961 Austria, Sweden, Britain and Norway concluded in Paris a convention on "
        "fisheries."
    )
    assert _states(doc, "SIGN_AGREEMENT") == [["AUT", "GBR", "NOR", "SWE"]]


def test_languages_after_in_are_still_no_parties(extract: Extract) -> None:
    doc = extract(
        "The treaty between Peru and Chile was signed in Lima in Spanish and English in 1929."
    )
    assert _states(doc, "SIGN_AGREEMENT") == [["CHL", "PER"]]


def test_the_city_in_an_acts_title_is_no_party(extract: Extract) -> None:
    doc = extract(
        "Peru and Bolivia quarrelled over the lake for years. On 3 May 1981 the foreign "
        "ministers of the two countries signed the Act of Quito, which ended the quarrel."
    )
    assert _states(doc, "SIGN_AGREEMENT") == [["BOL", "PER"]]


def test_the_reich_is_germany_before_1945(extract: Extract) -> None:
    doc = extract("In March 1936 the Reich Foreign Minister signed a trade treaty with Hungary.")
    assert _states(doc, "SIGN_AGREEMENT") == [["DEU", "HUN"]]


def test_relations_broken_off_in_a_relative_clause_keep_the_pair(extract: Extract) -> None:
    doc = extract(
        "Cuba received a trade mission from Italy in 1975. A year later Portugal and "
        "Spain restored full diplomatic relations, which Lisbon had broken off in 1961."
    )
    assert _states(doc, "END_RELATIONS") == [["ESP", "PRT"]]


def test_the_visitor_of_a_framing_visit_is_the_clause_subject(extract: Extract) -> None:
    doc = extract(
        "France and Italy argued about tariffs in 1962. President Sukarno signed a trade "
        "agreement with Burma during a visit to Rangoon in 1963."
    )
    assert _states(doc, "VISIT") == [["IDN", "MMR"]]


def test_a_visit_by_a_named_visitor_keeps_its_visitor(extract: Extract) -> None:
    doc = extract(
        "Relations between Tokyo and Seoul were established in June 1965, during a visit to "
        "Korea by Foreign Minister Etsusaburo Shiina."
    )
    assert _states(doc, "VISIT") == [["JPN", "KOR"]]


def test_a_consequence_participle_names_no_party(extract: Extract) -> None:
    doc = extract(
        "Bulgaria and Romania signed a treaty of friendship in 1948, strengthening "
        "Moscow's hold along Turkey's northern border."
    )
    assert _states(doc, "SIGN_AGREEMENT") == [["BGR", "ROU"]]


def test_the_state_where_a_training_site_lies_is_no_party(extract: Extract) -> None:
    doc = extract("In 1980 Libya trained Chadian rebels at camps in Niger.")
    assert ["LBY", "NER"] not in _states(doc, "PROVIDE_AID")
