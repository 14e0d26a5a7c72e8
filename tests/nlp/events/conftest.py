"""Shared fixtures: one full extraction pipeline per test session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from diplomatica.nlp.pipeline import build_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_pipeline()


@pytest.fixture(scope="session")
def extract(nlp: Language) -> Callable[..., Doc]:
    def run(text: str, doc_date: str | None = None) -> Doc:
        doc = nlp.make_doc(text)
        doc._.dipl_doc_date = doc_date
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        return doc

    return run
