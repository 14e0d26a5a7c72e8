"""Tenure patterns of round 24 (own sentences): "who has held the post since independence"
starts the office at the date the document gives the independence; "was appointed minister in
P, a post he held until B" ends the office at B when the parser reads the post as a second
complement of the verb of appointing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_round24_post_held_since_independence(extract: Extract) -> None:
    doc = extract(
        "Lorvania became independent in June 1975. Its foreign minister, Carl Rusk, who has "
        "held the post since independence, did not speak."
    )
    assert ("foreign minister", "1975-06", None) in terms_of(doc, "Carl Rusk")


def test_round24_post_held_until_as_second_complement(extract: Extract) -> None:
    doc = extract(
        "In 1946 Peter Lang was appointed the first British Minister in Amman, a post he held "
        "until 1951."
    )
    assert ("minister", "1946", "1951") in terms_of(doc, "Peter Lang")
