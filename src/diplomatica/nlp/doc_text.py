"""The text of a ``Doc``, built once per doc and shared by the components that read it."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from weakref import WeakKeyDictionary

from spacy.strings import get_string_id
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


def newline_tokens(doc: Doc) -> list[tuple[int, bool]]:
    """Return ``(i, in_text)`` for each token ``i`` whose text or trailing whitespace holds a
    newline, in order; ``in_text`` tells whether one lies in the token's own text.

    Found from the newlines of the text and the tokens' offsets, without building a ``Token``
    for every word (the line scans of a long record are among the pipeline's hot loops).
    """
    text = doc_text(doc)
    starts = doc.to_array("IDX").tolist()
    lengths = doc.to_array("LENGTH").tolist()
    out: list[tuple[int, bool]] = []
    pos = text.find("\n")
    while pos >= 0:
        i = bisect_right(starts, pos) - 1
        in_text = pos < starts[i] + lengths[i]
        if out and out[-1][0] == i:
            out[-1] = (i, out[-1][1] or in_text)
        else:
            out.append((i, in_text))
        pos = text.find("\n", pos + 1)
    return out


def tokens_with(doc: Doc, attr: int, values: frozenset[str]) -> list[int]:
    """Return the indices of the tokens of ``doc`` whose string attribute ``attr`` (a
    ``spacy.attrs`` id: ORTH, LOWER, TAG...) is one of ``values``, in order.

    Read from the doc's arrays, so no ``Token`` is built for the other words: the scans of a
    whole document for a few words are among the pipeline's hot loops.
    """
    ids = _spelling_ids(values)
    return [i for i, value in enumerate(doc.to_array(attr).tolist()) if value in ids]


@lru_cache(maxsize=64)
def _spelling_ids(words: frozenset[str]) -> frozenset[int]:
    """The string-store ids of ``words`` (the same in every vocabulary)."""
    return frozenset(get_string_id(word) for word in words)
