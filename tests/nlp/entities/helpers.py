"""Helpers shared by the entity tests: run a pipeline on a dated text and list its mentions."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from diplomatica.nlp.extensions import SPANS_ENTITIES


def refs(doc: Doc) -> list[tuple[str, str, str, str | None]]:
    """Return ``(text, kind, key, country)`` of every entity mention of ``doc``."""
    return [
        (s.text, s._.entity.kind, s._.entity.key, s._.entity.country)
        for s in doc.spans[SPANS_ENTITIES]
    ]


def run(nlp: Language, text: str, date: str | None = None) -> Doc:
    """Return ``text`` processed by ``nlp`` with ``date`` as the document date."""
    doc = nlp.make_doc(text)
    doc._.dipl_doc_date = date
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
