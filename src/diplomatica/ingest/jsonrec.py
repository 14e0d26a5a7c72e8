"""JSON (one record or a list of records) and JSON Lines files; each record carries ``text``.

The record's ``text`` is its own source (identity map). A ``notes`` list (strings or objects with
``text`` and optional ``n``/``label``) becomes a notes section appended after ``body_end``; its
characters map to the end of the record text. Any malformed line refuses the whole file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from diplomatica.errors import IngestError
from diplomatica.ingest.builder import TextBuilder
from diplomatica.ingest.dates import iso_date
from diplomatica.ingest.detect import decode_text, sha256_hex
from diplomatica.ingest.model import Note, OffsetMap, SourceDocument
from diplomatica.ingest.notes import find_notes, link_refs, normal_label

_KNOWN = frozenset({"id", "text", "title", "date", "type", "source", "url", "notes"})


def read_json(path: Path, data: bytes, *, lines: bool) -> list[SourceDocument]:
    """Return one document per record of a ``.json`` (``lines=False``) or ``.jsonl`` file."""
    source = decode_text(path, data)
    records = _jsonl_records(path, source) if lines else _json_records(path, source)
    if not records:
        raise IngestError(path, "JSON holds no records")
    return [_document(path, data, record, n) for n, record in enumerate(records, start=1)]


def _json_records(path: Path, source: str) -> list[tuple[int, Any]]:
    try:
        value = json.loads(source)
    except json.JSONDecodeError as err:
        raise IngestError(path, f"malformed JSON at line {err.lineno}: {err.msg}") from None
    except RecursionError:
        raise IngestError(path, "malformed JSON (nested too deeply)") from None
    items = value if isinstance(value, list) else [value]
    return [(1, item) for item in items]


def _jsonl_records(path: Path, source: str) -> list[tuple[int, Any]]:
    out: list[tuple[int, Any]] = []
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append((number, json.loads(line)))
        except json.JSONDecodeError as err:
            raise IngestError(path, f"malformed JSON Lines at line {number}: {err.msg}") from None
        except RecursionError:
            raise IngestError(
                path, f"malformed JSON Lines at line {number}: nested too deeply"
            ) from None
    return out


def _document(path: Path, data: bytes, entry: tuple[int, Any], n: int) -> SourceDocument:
    line, record = entry
    where = f"record {n}" + (f" (line {line})" if line > 1 else "")
    if not isinstance(record, dict):
        raise IngestError(path, f"{where} is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(path, f"{where} has no text")
    record_id = record.get("id")
    doc_id = str(record_id) if record_id not in (None, "") else f"{path.stem}#{n}"
    builder = TextBuilder(len(text))
    builder.add(text, 0, len(text))
    given = _given_notes(record.get("notes"))
    body_end: int | None
    if given:
        notes, body_end = _append_notes(builder, given)
        full = builder.text()
        link_refs(full, notes, body_end)
        offsets = builder.offsets()
    else:
        full = text
        notes, body_end = find_notes(text)
        offsets = OffsetMap.identity(len(text))
    raw_date = record.get("date")
    date = iso_date(str(raw_date)) if raw_date not in (None, "") else None
    metadata = {k: v for k, v in record.items() if k not in _KNOWN}
    for key in ("url", "source", "type"):
        if record.get(key) not in (None, ""):
            metadata[key] = record[key]
    if raw_date not in (None, "") and date is None:
        metadata["date_raw"] = raw_date
    # Each record's identity is its own content, so editing one record of a file versions it
    # alone and records that differ never share a hash.
    content = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    return SourceDocument(
        doc_id=doc_id,
        source_path=str(path.resolve()),
        content_hash=sha256_hex(content),
        format="json",
        text=full,
        offsets=offsets,
        title=_str_or_none(record.get("title")),
        date=date,
        doc_type=_str_or_none(record.get("type")),
        source=_str_or_none(record.get("source")),
        metadata=metadata,
        notes=notes,
        body_end=body_end,
    )


def _str_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _given_notes(value: Any) -> list[tuple[str, str]]:
    """Return (label, text) of every note in a record's ``notes`` field."""
    if not isinstance(value, list):
        return []
    out: list[tuple[str, str]] = []
    for i, item in enumerate(value, start=1):
        if isinstance(item, str) and item.strip():
            out.append((str(i), item.strip()))
        elif isinstance(item, dict) and isinstance(item.get("text"), str) and item["text"].strip():
            label = item.get("n") or item.get("label") or item.get("marker") or i
            out.append((str(label).strip("[]() "), item["text"].strip()))
    return out


def _append_notes(builder: TextBuilder, given: list[tuple[str, str]]) -> tuple[list[Note], int]:
    body_end = builder.length
    notes: list[Note] = []
    for number, (label, note_text) in enumerate(given, start=1):
        builder.add_synthetic("\n\n", body_end)
        start = builder.length
        builder.add_synthetic(note_text, body_end)
        notes.append(
            Note(
                marker=label,
                label=normal_label(label),
                number=number,
                text=note_text,
                start=start,
                end=builder.length,
            )
        )
    return notes, body_end
