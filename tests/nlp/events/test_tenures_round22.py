"""Tenure patterns of round 22 (own sentences): "follow" as a succession between two holders
of an office known for the one followed ("Y followed him in 1964", "X was followed by Y");
"follow" in other senses starts nothing; a courtesy title before a bare given name is dropped
from the exported holder's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.events.export import holder_name

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    "text",
    [
        "Peter Lang, the Dutch ambassador in Lima from 1961 to 1964, was followed by Carl Rusk.",
        "Peter Lang served as Dutch ambassador in Lima from 1961 to 1964. Carl Rusk followed "
        "him in 1964.",
        "Peter Lang served as Dutch ambassador in Lima from 1961 to 1964. He was followed in "
        "1964 by Carl Rusk.",
    ],
)
def test_round22_follower_takes_the_office(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert ("ambassador", "1964", None) in terms_of(doc, "Carl Rusk")
    assert ("ambassador", "1961", "1964") in terms_of(doc, "Peter Lang")


def test_round22_following_elsewhere_is_no_succession(extract: Extract) -> None:
    doc = extract(
        "Peter Lang served as Dutch ambassador in Lima from 1961 to 1964. In 1963 Carl Rusk "
        "followed him to Cuzco."
    )
    assert not terms_of(doc, "Carl Rusk")


def test_round22_following_an_untitled_person_is_no_succession(extract: Extract) -> None:
    doc = extract("The journalist Carl Rusk followed Peter Lang in 1964 at the conference.")
    assert not terms_of(doc, "Carl Rusk")


@pytest.mark.parametrize(
    ("name", "exported"),
    [
        ("Prince Khalid", "Khalid"),
        ("Sheikh Hamad bin Jassim", "Hamad bin Jassim"),
        ("Prince", "Prince"),
        ("Lord Carrington", "Lord Carrington"),
    ],
)
def test_round22_courtesy_title_dropped(name: str, exported: str) -> None:
    assert holder_name(name) == exported
