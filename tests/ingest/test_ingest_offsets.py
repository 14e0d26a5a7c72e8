"""Offset maps stay in range and words map back verbatim, on real files and generated input."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diplomatica.errors import IngestError
from diplomatica.ingest import SourceDocument, discover, read_documents
from diplomatica.ingest.builder import TextBuilder, select_ranges

from .conftest import FIXTURES, REPO, SEEDS

RangeCheck = Callable[[SourceDocument, int], list[str]]
WordCheck = Callable[[SourceDocument, str], list[str]]
REAL_FILES = discover([SEEDS, FIXTURES, REPO / "examples"]).files


def _source_len(doc: SourceDocument, path: Path) -> int:
    if doc.format in ("pdf", "json"):
        return doc.offsets.segments[0].source_end if doc.format == "json" else len(doc.text)
    return len(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_real_files_map_in_range(path: Path, check_range: RangeCheck) -> None:
    docs = read_documents(path)
    assert docs
    for doc in docs:
        assert check_range(doc, _source_len(doc, path)) == []
        for note in doc.notes:
            assert 0 <= note.start <= note.end <= len(doc.text)
            assert all(0 <= a <= b <= len(doc.text) for a, b in note.refs)


def test_real_files_cover_every_format() -> None:
    assert {p.suffix for p in REAL_FILES} >= {".txt", ".md", ".html", ".pdf", ".xml", ".jsonl"}


_WORDS = st.text(alphabet=string.ascii_letters, min_size=1, max_size=8)
_SPACE = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", " \n "])
_ENTITY = st.sampled_from(["&amp;", "&lt;", "&#8211;", "&nbsp;", "&rsquo;"])
_TAG = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<br>", "<nav>", "</nav>"])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(_WORDS, _SPACE, _ENTITY, _TAG), min_size=1, max_size=60))
@example(["A", "<b>", "<nav>", "A", "</b>", "A"])  # a <nav> closed implicitly by "</b>"
def test_generated_html_maps_back(
    tmp_path: Path, check_range: RangeCheck, parts: list[str]
) -> None:
    source = "<html><body>" + "".join(parts) + "</body></html>"
    path = tmp_path / "gen.html"
    path.write_text(source, encoding="utf-8")
    try:
        (doc,) = read_documents(path)
    except IngestError as err:
        assert "no readable text" in str(err)
        return
    assert check_range(doc, len(source)) == []
    for match in re.finditer(r"[A-Za-z]+", doc.text):
        a, b = doc.offsets.span_to_source(*match.span())
        # a word glued across inline tags ("A<b>B</b>") maps to the span holding those tags
        assert re.sub(r"<[^>]*>", "", source[a:b]) == match.group()
    assert "  " not in doc.text and doc.text == doc.text.strip()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=300).filter(lambda t: t.strip() and "\x00" not in t))
def test_generated_text_and_json_map_in_range(
    tmp_path: Path, check_range: RangeCheck, text: str
) -> None:
    txt = tmp_path / "gen.txt"
    txt.write_text(text, encoding="utf-8", newline="")
    try:
        docs = read_documents(txt)
    except IngestError as err:
        assert "binary" in str(err)
    else:
        assert check_range(docs[0], len(text)) == []
    record = tmp_path / "gen.jsonl"
    record.write_text(json.dumps({"text": text, "notes": ["n"]}) + "\n", encoding="utf-8")
    (doc,) = read_documents(record)
    assert doc.body == text
    assert check_range(doc, len(text)) == []


@given(
    st.text(alphabet="ab \n", min_size=1, max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=4),
)
def test_select_ranges_keeps_exact_copies(text: str, raw: list[tuple[int, int]]) -> None:
    builder = TextBuilder(len(text))
    builder.add(text, 0, len(text))
    ranges = sorted({(min(a, b), max(a, b)) for a, b in raw if min(a, b) < len(text)})
    ranges = [(a, min(b, len(text))) for a, b in ranges]
    kept: list[tuple[int, int]] = []
    for a, b in ranges:  # select_ranges expects ordered, non-overlapping ranges
        if b > a and (not kept or a >= kept[-1][1]):
            kept.append((a, b))
    out, offsets = select_ranges(text, builder.offsets(), kept, len(text))
    assert out == "\n\n".join(text[a:b] for a, b in kept)
    pos = 0
    for a, b in kept:
        pos = out.index(text[a:b], pos)
        assert offsets.span_to_source(pos, pos + b - a) == (a, b)
        pos += b - a


_MD_PIECE = st.one_of(
    _WORDS,
    _SPACE,
    st.sampled_from(["*", "**", "_", "__", "`", "[", "](0)", "]", "(", ")", "# ", "- ", "> "]),
    st.sampled_from(["\\*", "```\n", "---\n", "[1]", "![", "\r\n"]),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_MD_PIECE, min_size=1, max_size=50))
@example(["A", "\n", "`", "`", "`", "A"])  # a fence with an info string
def test_generated_markdown_keeps_characters_in_place(
    tmp_path: Path, check_range: RangeCheck, parts: list[str]
) -> None:
    source = "".join(parts)
    path = tmp_path / "gen.md"
    path.write_text(source, encoding="utf-8", newline="")
    try:
        (doc,) = read_documents(path)
    except IngestError as err:
        assert "no readable text" in str(err) or "empty" in str(err)
        return
    assert check_range(doc, len(source)) == []
    for offset, char in enumerate(doc.text):
        assert source[doc.offsets.to_source(offset)] == char
    letters = [c for c in source if c.isalpha()]
    assert [c for c in doc.text if c.isalpha()] == letters  # markup goes, words never do
