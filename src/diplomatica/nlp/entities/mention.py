"""A found mention before linking, and the token shapes and span helpers the linking steps
share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from diplomatica.nlp.entities.names import NameMatch, without_possessive
from diplomatica.nlp.gazetteer import Person, person_key
from diplomatica.nlp.types import EntityRef


@dataclass
class Mention:
    """A found mention before linking; ``source`` says which matcher produced it."""

    span: Span
    source: str  # "gazetteer_state" | "org" | "person"
    ident: str  # normalised form, org key or person key
    name_match: NameMatch | None = None
    ref: EntityRef | None = None
    label: str = ""
    year: int | None = None  # the year the mention speaks about
    famous: Person | None = None  # the gazetteer statesman a person mention names


def span_of(doc: Doc, start: int, end: int) -> Span | None:
    """Return the span covering characters ``start``..``end`` of ``doc`` (expanded to whole
    tokens), or None where no token lies there."""
    return doc.char_span(start, end, alignment_mode="expand")


INITIAL_TOKEN = re.compile(r"^(?:[A-Z][a-z]?\.)+$")
NAME_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})


# The small model tags an unknown surname ending in -s as a plural noun ("Luns", "Dukakis").
SURNAME_TAGS = PROPER_TAGS | NAME_TAGS | {"NNS"}


def bare_surname_key(mention: Mention) -> str:
    """Return the person key of a mention's text read as a bare surname, its possessive
    dropped ("Gandhi's" → "gandhi")."""
    return person_key(without_possessive(mention.span.text))


def token_indices(spans: Iterable[Span]) -> set[int]:
    """Return the indices of all tokens the ``spans`` cover."""
    return {i for span in spans for i in range(span.start, span.end)}
