"""Turning clean text plus its offset map into a :class:`SourceDocument` (archival metadata,
notes section and title are found here, the same way for every format)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from diplomatica.ingest.archival import parse_archival
from diplomatica.ingest.builder import select_ranges
from diplomatica.ingest.header import file_name_date, find_header_date
from diplomatica.ingest.model import OffsetMap, SourceDocument
from diplomatica.ingest.notes import find_notes
from diplomatica.ingest.titles import derived_title, guess_title


def build_document(
    path: Path,
    *,
    content_hash: str,
    fmt: str,
    text: str,
    offsets: OffsetMap,
    source_len: int,
    metadata: dict[str, Any] | None = None,
    doc_id: str | None = None,
) -> SourceDocument:
    """Return the document for ``text`` (mapped into a source of ``source_len`` chars).

    Archival pages lose their site boilerplate and gain structured metadata; a trailing endnotes
    section becomes ``notes`` after ``body_end``; ``metadata`` values ``title``/``date``/
    ``doc_type``/``source`` (from the file format) are used unless the archival block has them.
    Without a date from the format or the archival block, the date stated in the first lines is
    used (``metadata["date_from"]`` names its shape; a yearless dateline takes the file name's
    year), else the date the file name carries (``"file_name"``); without a title, a heading
    that precedes the body, else a title derived from the first sentence
    (``metadata["title_derived"]``).
    """
    meta: dict[str, Any] = dict(metadata or {})
    record = parse_archival(text)
    if record is not None:
        text, offsets = select_ranges(text, offsets, record.keep, source_len)
        meta.update(record.metadata)
        meta["archival"] = True
    notes, body_end = find_notes(text)
    body = text[:body_end] if body_end else text
    if not meta.get("date"):
        named = file_name_date(path.stem)
        found = find_header_date(body, int(named[:4]) if named else None)
        if found is not None:
            meta["date"] = found.iso
            meta["date_from"] = found.kind
        elif named is not None:
            meta["date"] = named
            meta["date_from"] = "file_name"
    title = meta.get("title") or guess_title(body)
    if not title:
        title = derived_title(body)
        if title:
            meta["title_derived"] = True
    return SourceDocument(
        doc_id=doc_id or path.stem,
        source_path=str(path.resolve()),
        content_hash=content_hash,
        format=fmt,
        text=text,
        offsets=offsets,
        title=title,
        date=meta.get("date"),
        doc_type=meta.get("record_type") or meta.pop("doc_type", None),
        source=meta.get("archive") or meta.pop("source", None),
        metadata=meta,
        notes=notes,
        body_end=body_end,
    )
