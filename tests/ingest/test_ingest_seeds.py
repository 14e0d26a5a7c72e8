"""The two reference seeds: archival record metadata, boilerplate removal, endnotes, offsets."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from diplomatica.ingest import SourceDocument, read_documents

ESSAY = "000_a4829929fe47a914.txt"
RECORD = "003_98e899229104fb75.txt"
ROMAN = [
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
    "xxi",
    "xxii",
    "xxiii",
    "xxiv",
    "xxv",
    "xxvi",
]


@pytest.fixture
def record(seeds: Path) -> SourceDocument:
    docs = read_documents(seeds / RECORD)
    assert len(docs) == 1
    return docs[0]


@pytest.fixture
def essay(seeds: Path) -> SourceDocument:
    docs = read_documents(seeds / ESSAY)
    assert len(docs) == 1
    return docs[0]


def test_record_identity_and_header(record: SourceDocument, seeds: Path) -> None:
    assert record.doc_id == RECORD.removesuffix(".txt")
    assert record.source_path == str((seeds / RECORD).resolve())
    assert record.format == "txt"
    assert record.title == "Record of Conversation between Comrade J. Batmunkh and Kim Il Sung"
    assert record.date == "1986-11-20"
    assert record.doc_type == "Minutes of Conversation"
    assert record.source == "Mongolian Foreign Ministry Archive"
    assert len(record.content_hash) == 64


def test_record_citation_fields(record: SourceDocument) -> None:
    meta = record.metadata
    assert meta["archive"] == "Mongolian Foreign Ministry Archive"
    assert meta["citation"].startswith("Mongolian Foreign Ministry Archive, fond 3")
    assert (meta["fond"], meta["dans"], meta["file"], meta["pages"]) == ("3", "1", "173", "123-164")
    assert meta["translators"] == ["Sergey Radchenko", "Onon Perenlei"]
    assert meta["obtained_for"] == "NKIDP"
    assert meta["funders"] == ["Leon Levy Foundation"]
    assert meta["record_type"] == "Minutes of Conversation"
    assert "welcomes reuse" in meta["rights"]
    assert meta["summary"].startswith("Kim Il Sung and Jambyn Batmunkh discuss")
    # the seed prints the labels "Original Uploaded Date" and "Record ID" without values
    assert "uploaded_date" not in meta and "record_id" not in meta


def test_record_text_is_body_only(record: SourceDocument) -> None:
    text = record.text
    assert "Skip to content" not in text
    assert "welcomes reuse" not in text
    assert "Document Information" not in text
    assert "made possible with support" not in text
    assert "Leon Levy" not in text
    assert "Jambyn Batmunkh discuss" not in text  # the summary lives in metadata
    assert text.startswith("November 20, 1986")  # the record's own dateline stays
    assert text.rstrip().endswith("Truth confirms itself.")
    assert "[Mongolian People’s Revolutionary Party]" in text
    assert record.notes == []  # editorial brackets are not note markers


@pytest.mark.parametrize("name", [ESSAY, RECORD])
def test_seed_offsets_map_back_exactly(
    name: str, seeds: Path, check_words: Callable[[SourceDocument, str], list[str]]
) -> None:
    doc = read_documents(seeds / name)[0]
    source = (seeds / name).read_text(encoding="utf-8")
    assert check_words(doc, source) == []
    start = doc.text.index("Kim Il Sung")
    a, b = doc.offsets.span_to_source(start, start + len("Kim Il Sung"))
    assert source[a:b] == "Kim Il Sung"


def test_essay_title_is_derived_from_its_opening_sentence(essay: SourceDocument) -> None:
    # The essay opens with a paragraph, so its first heading is a section heading, not a title:
    # the title is derived from the first sentence, cut at a word boundary.
    assert essay.title is not None
    assert essay.title.startswith("The fact that Mongolia")
    assert essay.metadata["title_derived"] is True
    assert len(essay.title) <= 90 and essay.title.endswith("…")
    assert essay.text.startswith(essay.title.removesuffix("…"))
    assert not essay.title.startswith("Establishing diplomatic relations")


def test_record_title_is_not_derived(record: SourceDocument) -> None:
    assert "title_derived" not in record.metadata


def test_essay_has_26_linked_endnotes(essay: SourceDocument) -> None:
    notes = essay.notes
    assert [n.label for n in notes] == ROMAN
    assert [n.marker for n in notes] == [f"[{label}]" for label in ROMAN]
    assert [n.number for n in notes] == list(range(1, 27))
    assert essay.body_end is not None
    body = essay.body
    for note in notes:
        assert note.refs, f"note {note.label} has no citing marker"
        for start, end in note.refs:
            assert end <= essay.body_end
            assert essay.text[start:end] == note.marker
        assert note.start >= essay.body_end
        assert essay.text[note.start : note.end] == note.text
        assert note.text and not note.text.startswith("[")
    assert "[xxvi]" in body and body.rstrip() == body
    assert notes[3].text == "Ibid."
    assert notes[23].text.startswith("Vertrag über freundschaftliche Beziehungen")


def test_essay_markers_only_cite_existing_notes(essay: SourceDocument) -> None:
    cited = {span for note in essay.notes for span in note.refs}
    bracketed = [m.span() for m in re.finditer(r"\[[ivx]+\]", essay.body)]
    assert set(bracketed) == cited
