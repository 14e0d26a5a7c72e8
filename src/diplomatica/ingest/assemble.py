"""Turning clean text plus its offset map into a :class:`SourceDocument` (archival metadata,
notes section and title are found here, the same way for every format)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from diplomatica.ingest.archival import parse_archival
from diplomatica.ingest.builder import select_ranges
from diplomatica.ingest.model import OffsetMap, SourceDocument
from diplomatica.ingest.notes import find_notes

_BOILERPLATE_LINE = re.compile(
    r"^(skip to (main )?content|skip navigation|menu|home|search|share|print)$", re.I
)
_MAX_TITLE_WORDS = 20
_TITLE_SCAN_LINES = 5


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
    """
    meta: dict[str, Any] = dict(metadata or {})
    record = parse_archival(text)
    if record is not None:
        text, offsets = select_ranges(text, offsets, record.keep, source_len)
        meta.update(record.metadata)
        meta["archival"] = True
    notes, body_end = find_notes(text)
    title = meta.get("title") or guess_title(text[:body_end] if body_end else text)
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


def guess_title(text: str) -> str | None:
    """Return the first heading-like line among the first few non-empty lines, skipping site
    boilerplate (a Markdown heading's ``#`` marks are dropped), or None if none looks like one.

    Heading-like: at most 20 words, no sentence-final punctuation, starts with a capital/digit.
    """
    seen = 0
    for raw in text.splitlines():
        line = " ".join(raw.split()).lstrip("#").strip()
        if not line or _BOILERPLATE_LINE.match(line):
            continue
        if looks_like_title(line):
            return line
        seen += 1
        if seen >= _TITLE_SCAN_LINES:
            break
    return None


def looks_like_title(line: str) -> bool:
    """Return whether ``line`` is shaped like a title or heading rather than a sentence."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and (line[0].isupper() or line[0].isdigit())
    )
