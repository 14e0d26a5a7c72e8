"""The text of a ``Doc``, built once per doc and shared by the components that read it."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, built once per doc.

    spaCy rebuilds ``Doc.text`` from the tokens on every access, and the time, entity, event
    and note components each read the whole text. A doc's text never changes once it is
    tokenised (retokenising merges or splits tokens but keeps the text), so it is kept here
    while the doc lives and forgotten with it.
    """
    text = _TEXTS.get(doc)
    if text is None:
        text = doc.text
        _TEXTS[doc] = text
    return text
