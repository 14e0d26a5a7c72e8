"""Exports of the knowledge base as JSON Lines or CSV.

JSON Lines records follow the public contracts below; CSV rows carry the same fields with
nested objects flattened (``date`` becomes ``date_text``, ``date_start``...) and lists or
mappings JSON-encoded in one cell.

* documents: ``{"doc", "version", "title", "date", "type", "source", "format", "source_path",
  "metadata", "n_notes"}``
* events: ``{"id", "type", "date": {"text", "start", "end", "granularity"}, "countries",
  "actors": [{"name", "id", "kind", "country", "role"}], "place",
  "evidence": [{"doc", "start", "end", "quote"}], "confidence", "plover", "cameo"}``
* tenures: ``{"person", "role", "country", "to", "start", "end", "evidence"}``

Evidence ``start``/``end`` are offsets into the original file's text.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Literal, TextIO

from diplomatica.errors import StoreError
from diplomatica.kb.store import EvidenceInfo, Store, StoredEvent, StoredTenure

ExportFormat = Literal["jsonl", "csv"]

DOCUMENT_FIELDS = [
    "doc",
    "version",
    "title",
    "date",
    "type",
    "source",
    "format",
    "source_path",
    "metadata",
    "n_notes",
]
EVENT_FIELDS = [
    "id",
    "type",
    "date",
    "countries",
    "actors",
    "place",
    "evidence",
    "confidence",
    "plover",
    "cameo",
]
TENURE_FIELDS = ["person", "role", "country", "to", "start", "end", "evidence"]


def document_records(store: Store) -> list[dict[str, Any]]:
    """Return the export records of the current documents."""
    return [
        {
            "doc": d.doc_id,
            "version": d.version,
            "title": d.title,
            "date": d.date,
            "type": d.doc_type,
            "source": d.source,
            "format": d.format,
            "source_path": d.source_path,
            "metadata": d.metadata,
            "n_notes": d.n_notes,
        }
        for d in store.documents()
    ]


def _evidence_record(ev: EvidenceInfo) -> dict[str, Any]:
    return {"doc": ev.doc_id, "start": ev.start, "end": ev.end, "quote": ev.quote}


def event_record(event: StoredEvent) -> dict[str, Any]:
    """Return the export record of one event (the public events contract)."""
    return {
        "id": event.key,
        "type": event.type,
        "date": {
            "text": event.date_text,
            "start": event.date_start,
            "end": event.date_end,
            "granularity": event.granularity,
        },
        "countries": sorted(event.countries),
        "actors": [
            {"name": a.name, "id": a.id, "kind": a.kind, "country": a.country, "role": a.role}
            for a in event.actors
        ],
        "place": event.place,
        "evidence": [_evidence_record(ev) for ev in event.evidence],
        "confidence": event.confidence,
        "plover": event.plover,
        "cameo": event.cameo,
    }


def tenure_record(tenure: StoredTenure) -> dict[str, Any]:
    """Return the export record of one tenure (the public tenures contract)."""
    return {
        "person": tenure.person,
        "role": tenure.role,
        "country": tenure.country,
        "to": tenure.to,
        "start": tenure.start,
        "end": tenure.end,
        "evidence": [_evidence_record(ev) for ev in tenure.evidence],
    }


SPREAD_FIELDS = ("date",)
EVENT_CSV_COLUMNS = [
    *EVENT_FIELDS[:2],
    "date_text",
    "date_start",
    "date_end",
    "date_granularity",
    *EVENT_FIELDS[3:],
]


def flatten_record(record: dict[str, Any]) -> dict[str, Any]:
    """Return ``record`` for one CSV row: the mappings named in :data:`SPREAD_FIELDS` spread
    into ``<key>_<subkey>`` columns, any other list or mapping JSON-encoded."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key in SPREAD_FIELDS and isinstance(value, dict):
            flat.update({f"{key}_{sub}": sub_value for sub, sub_value in value.items()})
        elif isinstance(value, dict | list):
            flat[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            flat[key] = value
    return flat


def write_records(
    records: Iterable[dict[str, Any]], out: TextIO, fmt: ExportFormat, columns: list[str]
) -> int:
    """Write ``records`` to ``out`` as JSON Lines or CSV (with header ``columns``) and return
    how many were written."""
    if fmt == "jsonl":
        count = 0
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        count = 0
        for record in records:
            writer.writerow(flatten_record(record))
            count += 1
        return count
    raise StoreError(f"unknown export format {fmt!r}: use jsonl or csv")


def export_documents(store: Store, out: TextIO, fmt: ExportFormat) -> int:
    """Write the current documents to ``out``; return the number of records."""
    return write_records(document_records(store), out, fmt, DOCUMENT_FIELDS)


def export_events(store: Store, out: TextIO, fmt: ExportFormat) -> int:
    """Write every event supported by a current document to ``out``; return the count."""
    return write_records((event_record(e) for e in store.events()), out, fmt, EVENT_CSV_COLUMNS)


def export_tenures(store: Store, out: TextIO, fmt: ExportFormat) -> int:
    """Write every tenure supported by a current document to ``out``; return the count."""
    return write_records((tenure_record(t) for t in store.tenures()), out, fmt, TENURE_FIELDS)
