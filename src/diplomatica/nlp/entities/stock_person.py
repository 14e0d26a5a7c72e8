"""Cleaning a stock-model PERSON span down to the name it holds (titles, markings, line breaks
and particles), or rejecting it as no person."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from diplomatica.nlp.entities.given_names import (
    ETHNONYMS,
    EVENT_HEADS,
    GEOGRAPHIC_HEADS,
    GIVEN_NAMES,
)
from diplomatica.nlp.entities.names import EAST_ASIAN_SURNAMES, INSTITUTION_WORDS
from diplomatica.nlp.gazetteer import Gazetteer, normalize


def clean_stock_person(ent: Span, gaz: Gazetteer) -> Span | None:
    """Strip leading titles/honorifics from a stock PERSON span; None if nothing name-like is
    left or the rest is a gazetteer entry (a state, organisation or title)."""
    start = ent.start
    while start < ent.end and (
        normalize(ent.doc[start].text) in gaz.titles_by_norm or ent.doc[start].is_punct
    ):
        start += 1
    end = _line_end(ent, start)
    while end > start and (
        ent.doc[end - 1].is_punct
        or ent.doc[end - 1].is_space
        or ent.doc[end - 1].lower_ in ("'s", "’s")
        or ent.doc[end - 1].lower_ in _MARKINGS
    ):
        end -= 1
    while start < end and ent.doc[start].lower_ in _MARKINGS:
        start += 1
    if end == ent.end:
        end = _with_name_particles(ent.doc, end)
    if start >= end:
        return None
    span = ent.doc[start:end]
    if not _latin(span.text):
        return None  # the small English model guesses wildly on other scripts
    if span[-1].text in INSTITUTION_WORDS and not (len(span) == 2 and span[0].text in GIVEN_NAMES):
        return None  # "Carnegie Hall", but "Peter Hall" is a man
    if _names_a_place_or_people(span):
        return None
    if any(tok.is_digit for tok in span):
        return None  # an archive's "Box 4", "Folder 12": a label, no name
    if len(span) == 1 and span.text in EAST_ASIAN_SURNAMES:
        return None  # a bare "Kim" names nobody in particular
    norm = normalize(span.text)
    if norm in gaz.forms_by_norm or norm in gaz.orgs_by_norm or norm in gaz.titles_by_norm:
        return None
    if not any(tok.is_title or tok.is_upper for tok in span) or len(span.text) < 3:
        return None
    return span


def _names_a_place_or_people(span: Span) -> bool:
    """ "Shatt al-Arab", "Bubiyan Island", "Tamil", "Typhoon X": a geographic head word anywhere
    in the span, an event head word first, or nothing but ethnonyms."""
    words = [tok.text for tok in span if tok.is_alpha]
    if span[0].text in EVENT_HEADS:
        return True
    if any(tok.text.split("-")[0] in GEOGRAPHIC_HEADS for tok in span):
        return True
    return bool(words) and all(w in ETHNONYMS for w in words)


# Classification and handling marks of archival documents, never part of a name ("Top Secret",
# "Strictly Confidential", "Copy No. 2").
_MARKINGS = frozenset(
    {"secret", "confidential", "restricted", "classified", "unclassified", "top", "strictly"}
    | {"copy", "personal", "urgent", "eyes", "only", "draft"}
)


# Lower-case particles inside surnames that the stock model cuts a name at ("José Eduardo | dos
# Santos", "Ludwig | van Beethoven").
_NAME_PARTICLES = frozenset(
    {"dos", "da", "das", "do", "de", "del", "della", "di", "du", "van", "von", "der", "den", "ter"}
    | {"bin", "ibn", "al", "el", "y", "la", "le"}
)


def _with_name_particles(doc: Doc, end: int) -> int:
    """Return ``end`` moved past "particle Surname" pairs that follow a name on its line."""
    while (
        end + 1 < len(doc)
        and doc[end].lower_ in _NAME_PARTICLES
        and doc[end].is_lower
        and doc[end + 1].is_title
        and not doc[end + 1].is_sent_start
        and "\n" not in doc[end - 1].whitespace_ + doc[end].whitespace_
    ):
        end += 2
    return end


def _line_end(ent: Span, start: int) -> int:
    """Return the end of the stock span's first line from ``start``: a name never runs on to
    the next line ("S. V. Chervonenko\nSecret" is the signature and a classification)."""
    doc = ent.doc
    for i in range(start, ent.end):
        if "\n" in doc[i].whitespace_ or (doc[i].is_space and "\n" in doc[i].text):
            return i + 1 if not doc[i].is_space else i
    return ent.end


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(ord(c) < 0x250 for c in letters)
