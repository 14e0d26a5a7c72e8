"""A component that starts a sentence after every blank line, before the parser runs.

The stock parser reads a headline, a dateline and the first sentence of a news story, or a
heading and the paragraph under it, as one sentence when no full stop separates them: a blank
line is a paragraph break, and no sentence runs across one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def paragraph_starts(doc: Doc) -> list[int]:
    """Return the indices of the first tokens after a whitespace token holding a blank line."""
    out: list[int] = []
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                out.append(nxt.i)
    return out


class ParagraphBreaker:
    """Mark the token after each blank line as a sentence start (the parser keeps preset
    starts); all other tokens are left for the parser to decide."""

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on paragraph-initial tokens and return the doc."""
        for i in paragraph_starts(doc):
            doc[i].is_sent_start = True
        return doc


@Language.factory("diplomatica_paragraphs")
def make_paragraph_breaker(nlp: Language, name: str) -> ParagraphBreaker:
    """Create the paragraph breaker; add it before the parser."""
    return ParagraphBreaker()
