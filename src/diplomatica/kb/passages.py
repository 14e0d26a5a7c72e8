"""Splitting a document into passages, the units of full-text search."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from diplomatica.ingest.model import SourceDocument

MAX_PASSAGE_CHARS = 1500

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# A sentence ends at . ! ? or … (optionally followed by closing quotes/brackets) then spaces.
_SENTENCE_END = re.compile(r"[.!?…][\"'’”)\]]*\s+")


@dataclass(frozen=True)
class PassageSpan:
    """A passage: its kind ("body", "note" or "title"), its span in the text and its text."""

    kind: str
    start: int
    end: int
    text: str


def _stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``[start, end)`` shrunk to exclude leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the non-empty blank-line-separated paragraphs of ``text[start:end]``."""
    cursor = start
    for match in _BLANK_LINE.finditer(text, start, end):
        span = _stripped_span(text, cursor, match.start())
        if span[0] < span[1]:
            yield span
        cursor = match.end()
    span = _stripped_span(text, cursor, end)
    if span[0] < span[1]:
        yield span


def _hard_split(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Yield pieces of at most ``limit`` chars, cut at the last whitespace when there is one."""
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        yield _stripped_span(text, start, cut)
        start, _ = _stripped_span(text, cut, end)
    if start < end:
        yield start, end


def sentence_chunks(
    text: str, start: int, end: int, limit: int = MAX_PASSAGE_CHARS
) -> Iterator[tuple[int, int]]:
    """Yield spans covering ``text[start:end]`` of at most ``limit`` chars, cut between
    sentences (a single sentence longer than ``limit`` is cut at whitespace)."""
    if end - start <= limit:
        yield start, end
        return
    boundaries = [m.end() for m in _SENTENCE_END.finditer(text, start, end)] + [end]
    chunk_start, last_fit = start, start
    for boundary in boundaries:
        if boundary - chunk_start <= limit:
            last_fit = boundary
            continue
        if last_fit > chunk_start:
            yield _stripped_span(text, chunk_start, last_fit)
            chunk_start = last_fit
        if boundary - chunk_start > limit:
            *pieces, tail = _hard_split(text, chunk_start, boundary, limit)
            yield from pieces
            chunk_start = tail[0]
        last_fit = boundary
    if chunk_start < end:
        yield _stripped_span(text, chunk_start, end)


def document_passages(doc: SourceDocument) -> list[PassageSpan]:
    """Return the passages of ``doc``: the title, the body paragraphs, then each note.

    Body paragraphs come from ``text[:body_end]`` (long ones split at sentence boundaries to
    at most :data:`MAX_PASSAGE_CHARS`); paragraphs lying inside a note's span are left to the
    note passage. The title passage points at the title's first occurrence in the text, or is
    the empty span ``(0, 0)`` when the title is not in the text.
    """
    text = doc.text
    body_end = len(text) if doc.body_end is None else doc.body_end
    note_spans = [(n.start, n.end) for n in doc.notes]
    passages: list[PassageSpan] = []
    title = (doc.title or "").strip()
    if title:
        at = text.find(title)
        span = (at, at + len(title)) if at >= 0 else (0, 0)
        passages.append(PassageSpan("title", *span, title))
    for p_start, p_end in paragraph_spans(text, 0, body_end):
        if text[p_start:p_end] == title:
            continue
        if any(n_start <= p_start and p_end <= n_end for n_start, n_end in note_spans):
            continue
        for c_start, c_end in sentence_chunks(text, p_start, p_end):
            if c_start < c_end:
                passages.append(PassageSpan("body", c_start, c_end, text[c_start:c_end]))
    for note in doc.notes:
        if note.text.strip():
            passages.append(PassageSpan("note", note.start, note.end, note.text))
    return passages
