"""Round 8 of the entity layer: combining forms of state names ("Anglo-", "Franco-") glued to a
hyphen and another state word. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import refs, run


def _states(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t, k) for t, kind, k, _c in refs(run(nlp, text)) if kind == "state"]


@pytest.mark.parametrize(
    ("text", "form", "code"),
    [
        ("In 1971 the Anglo-Malaysian Defence Agreement lapsed.", "Anglo", "GBR"),
        ("The Anglo-Egyptian treaty of 1936 was denounced by Cairo in 1951.", "Anglo", "GBR"),
        ("In 1963 Paris and Bonn signed the Franco-German treaty.", "Franco", "FRA"),
        ("The Indo-Soviet treaty of August 1971 alarmed Washington.", "Indo", "IND"),
        ("The Italo-Ethiopian dispute reached Geneva in 1935.", "Italo", "ITA"),
    ],
)
def test_a_combining_form_glued_to_a_state_word_names_its_state(
    nlp: Language, text: str, form: str, code: str
) -> None:
    assert (form, code) in _states(nlp, text), refs(run(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Anglo-Saxon press was hostile in 1950.",
        "General Franco received the envoy in Madrid in 1950.",
        "Indo-European languages were his field of study in 1950.",
    ],
)
def test_a_combining_form_without_a_state_word_after_it_names_no_state(
    nlp: Language, text: str
) -> None:
    states = _states(nlp, text)
    assert not any(t in ("Anglo", "Franco", "Indo") for t, _k in states), states


def test_a_surname_spelling_a_combining_form_is_no_person_inside_a_compound(
    nlp: Language,
) -> None:
    people = [
        t
        for t, kind, _k, _c in refs(run(nlp, "The Franco-Spanish talks of 1950."))
        if kind == "person"
    ]
    assert "Franco" not in people


@pytest.mark.parametrize(
    ("text", "form", "code"),
    [
        ("On 14 October 1943 a Philippine Republic was proclaimed in Manila.", "Philippine", "PHL"),
        ("In August 1945 an Indonesian Republic was declared in Jakarta.", "Indonesian", "IDN"),
        ("In 1944 a Korean Government was said to sit in Chongqing.", "Korean", None),
    ],
)
def test_a_polity_named_by_a_state_word_before_the_state_begins_is_that_state(
    nlp: Language, text: str, form: str, code: str | None
) -> None:
    states = _states(nlp, text)
    if code is None:  # "Korean" names two later states: left unlinked
        assert not any(t == form for t, _k in states), states
    else:
        assert (form, code) in states, refs(run(nlp, text))


def test_a_state_word_before_the_state_begins_without_a_polity_noun_stays_unlinked(
    nlp: Language,
) -> None:
    states = _states(nlp, "In 1930 the Philippines exported sugar to America.")
    assert not any(t == "the Philippines" for t, _k in states), states


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "In September 1962 officers proclaimed the Yemen Arab Republic. Cairo recognised "
            "the republic within days.",
            "YEM",
        ),
        (
            "A Slovak Republic was declared in Bratislava in 1993. Vienna welcomed the new "
            "republic at once.",
            "SVK",
        ),
        (
            "In 1960 the Somali Republic was born of two colonies. Moscow courted the young "
            "republic for a decade.",
            "SOM",
        ),
    ],
)
def test_the_republic_names_the_state_last_called_a_republic(
    nlp: Language, text: str, code: str
) -> None:
    states = _states(nlp, text)
    assert any(t.endswith("republic") and k == code for t, k in states), refs(run(nlp, text))


def test_the_republic_without_a_republic_named_before_names_no_state(nlp: Language) -> None:
    states = _states(nlp, "In 1950 Paris courted Rome. The republic was weak.")
    assert not any(t.lower().endswith("republic") for t, _k in states), states
