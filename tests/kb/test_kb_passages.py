"""Splitting documents into search passages (pure functions, no database)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import seed_document
from diplomatica.ingest.model import OffsetMap, SourceDocument
from diplomatica.kb.passages import MAX_PASSAGE_CHARS, document_passages, sentence_chunks

MakeDocument = Callable[..., tuple[SourceDocument, str]]


def test_passages_are_exact_slices_of_the_text(make_document: MakeDocument) -> None:
    doc, _ = make_document()
    passages = document_passages(doc)
    for p in passages:
        if p.kind == "note":
            assert p.text in doc.text[p.start : p.end]
        else:
            assert doc.text[p.start : p.end] == p.text


def test_kinds_title_body_and_notes(make_document: MakeDocument) -> None:
    doc, _ = make_document()
    passages = document_passages(doc)
    kinds = [p.kind for p in passages]
    assert kinds[0] == "title"
    assert kinds.count("note") == 2
    body = [p for p in passages if p.kind == "body"]
    assert len(body) == 2  # the title paragraph is not repeated as body
    assert all(p.end <= (doc.body_end or 0) for p in body)
    assert body[0].text.startswith("In March 1952")


def test_title_absent_from_text_gets_an_empty_span() -> None:
    text = "One paragraph.\n\nAnother paragraph."
    doc = SourceDocument("d", "d.txt", "h", "txt", text, OffsetMap.identity(len(text)), title="T")
    title = document_passages(doc)[0]
    assert (title.kind, title.start, title.end, title.text) == ("title", 0, 0, "T")
    assert [p.text for p in document_passages(doc)[1:]] == ["One paragraph.", "Another paragraph."]


def test_long_paragraphs_split_at_sentence_boundaries() -> None:
    sentence = "The delegation discussed trade, culture and the border question at length. "
    text = (sentence * 60).strip()
    chunks = list(sentence_chunks(text, 0, len(text)))
    assert len(chunks) >= 3
    assert all(0 < end - start <= MAX_PASSAGE_CHARS for start, end in chunks)
    assert all(text[start:end].endswith("length.") for start, end in chunks)
    assert " ".join(text[s:e] for s, e in chunks) == text


def test_a_sentence_longer_than_the_limit_is_cut_at_whitespace() -> None:
    text = " ".join(["word"] * 800) + "."
    chunks = list(sentence_chunks(text, 0, len(text)))
    assert all(end - start <= MAX_PASSAGE_CHARS for start, end in chunks)
    assert all(not text[s:e].startswith(" ") and not text[s:e].endswith(" ") for s, e in chunks)
    assert " ".join(text[s:e] for s, e in chunks) == text


def test_seed_essay_passages_cover_every_paragraph(seeds_dir: Path) -> None:
    doc = seed_document(next(seeds_dir.glob("000_*.txt")))
    passages = document_passages(doc)
    assert all(len(p.text) <= MAX_PASSAGE_CHARS for p in passages)
    covered = " ".join(doc.text[p.start : p.end] for p in passages)
    assert len(covered.split()) == len(doc.text.split())
