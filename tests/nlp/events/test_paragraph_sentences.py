"""No sentence runs across a blank line: a headline, a dateline and a first sentence stay apart,
and the tenure stated after a dateline keeps its date (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from diplomatica.nlp.paragraphs import paragraph_starts

from .tenure_helpers import terms_of

Extract = Callable[..., Doc]


def test_paragraph_starts_follow_blank_lines_only() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Title line\nsame paragraph\n\nNew paragraph here.\n\n\nAnother one")
    assert [doc[i].text for i in paragraph_starts(doc)] == ["New", "Another"]


@pytest.mark.slow
def test_headline_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp(
        "Israeli Envoy Presents Papers in Hanoi\n\nHANOI, May 3, 1975 - Yosef Ben-Ami today "
        "became the first Israeli ambassador in Hanoi."
    )
    assert next(s.text.strip() for s in doc.sents) == "Israeli Envoy Presents Papers in Hanoi"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Israeli Envoy Presents Papers in Hanoi\n\nHANOI, May 3, 1975 (Wire) - Yosef Ben-Ami "
        "today became the first Israeli ambassador to serve in Hanoi.",
        "HANOI, May 3, 1975 - Yosef Ben-Ami today became the first Israeli ambassador in "
        "Hanoi when he presented his credentials.",
    ],
)
def test_tenure_after_a_dateline_is_dated(extract: Extract, text: str) -> None:
    assert terms_of(extract(text, "1975-05-03"), "Yosef Ben-Ami") == {
        ("ambassador", "1975-05-03", None)
    }
