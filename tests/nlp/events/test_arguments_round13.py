"""Round-13 argument resolution: pronouns and titles standing for the doer, and nominal acts
naming their own doer. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states, summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_it_before_a_semicolon_continues_the_previous_sentence(extract: Extract) -> None:
    doc = extract(
        "London was changing course. It recalled its ambassador from Tehran in May 1952 and"
        " broke off relations with Iran in October 1952; Moscow, by contrast, had been sending"
        " credits to Tehran since 1950.",
        "1960-01-01",
    )
    assert states(doc, "RECALL_ENVOY") == [["GBR", "IRN"]]
    assert states(doc, "END_RELATIONS") == [["GBR", "IRN"]]
    assert ("PROVIDE_AID", ["IRN", "SUN"]) in summary(doc)


def test_the_first_word_of_a_listed_title_names_its_holder(extract: Extract) -> None:
    doc = extract(
        "Participants: Dean Rusk, Secretary of State; Andrei Gromyko, Foreign Minister of the"
        " USSR.\n\nGromyko welcomed the guests. The Secretary thanked him. He recalled his visit"
        " to Bonn in April.",
        "1962-06-01",
    )
    assert states(doc, "VISIT") == [["DEU", "USA"]]


def test_a_reflexive_causee_is_the_subject_of_its_causer(extract: Extract) -> None:
    doc = extract(
        "Relations between Poland and France were strained. Gromyko said that Poland had a"
        " friend in Moscow. In March he had himself flown to Paris.",
        "1965-06-01",
    )
    assert states(doc, "VISIT") == [["FRA", "SUN"]]


def test_a_pronoun_conjoined_with_a_named_doer_is_a_doer(extract: Extract) -> None:
    doc = extract(
        "Relations between Britain and Yugoslavia were cordial. Nkrumah spoke next. He recalled"
        " the day in 1961 when he and President Tito had held long talks.",
        "1965-06-01",
    )
    assert states(doc, "MEET") == [["GHA", "YUG"]]


def test_a_nominal_visit_naming_its_visitor_is_not_the_subjects(extract: Extract) -> None:
    doc = extract(
        "Relations between Hungary and Poland were cool. The Soviet side remembered the visit"
        " of Chou En-lai to Moscow in January 1957.",
        "1965-06-01",
    )
    assert states(doc, "VISIT") == [["CHN", "SUN"]]
