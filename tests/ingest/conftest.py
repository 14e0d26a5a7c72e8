"""Shared helpers of the ingest tests: seed/fixture locations and offset-map checks."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from diplomatica.config import seed_corpus_dir
from diplomatica.ingest import SourceDocument

REPO = Path(__file__).resolve().parents[2]
SEEDS = seed_corpus_dir()
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WORD = re.compile(r"[^\W\d_]+")


def words_mapping_wrong(doc: SourceDocument, source: str) -> list[str]:
    """Return the words of ``doc.text`` whose mapped source span does not hold the same word."""
    wrong = []
    for match in WORD.finditer(doc.text):
        if not match.group().isalpha():  # e.g. "<sup>1</sup>" rendered as "¹"
            continue
        a, b = doc.offsets.span_to_source(match.start(), match.end())
        if source[a:b] != match.group():
            wrong.append(f"{match.group()!r} -> {source[a:b]!r}")
    return wrong


def map_out_of_range(doc: SourceDocument, source_len: int) -> list[str]:
    """Return problems with ``doc.offsets``: offsets outside the source, segments out of order."""
    problems = []
    segments = doc.offsets.segments
    for prev, seg in itertools.pairwise(segments):
        if seg.text_start < prev.text_end:
            problems.append(f"overlap {prev} {seg}")
    if segments and segments[-1].text_end != len(doc.text):
        problems.append(f"map ends at {segments[-1].text_end}, text has {len(doc.text)} chars")
    for offset in range(len(doc.text) + 1):
        mapped = doc.offsets.to_source(offset)
        if not 0 <= mapped <= source_len:
            problems.append(f"offset {offset} -> {mapped} outside [0, {source_len}]")
            break
    return problems


@pytest.fixture
def seeds() -> Path:
    """Return the directory of the reference corpus seeds (they must exist)."""
    assert SEEDS.is_dir(), f"seed corpus missing at {SEEDS} (set DIPLOMATICA_SEEDS to its folder)"
    return SEEDS


@pytest.fixture
def fixtures() -> Path:
    """Return the directory of the ingest test fixtures."""
    return FIXTURES


@pytest.fixture
def check_words() -> Callable[[SourceDocument, str], list[str]]:
    """Return the word-level offset-map checker."""
    return words_mapping_wrong


@pytest.fixture
def check_range() -> Callable[[SourceDocument, int], list[str]]:
    """Return the in-range offset-map checker."""
    return map_out_of_range
