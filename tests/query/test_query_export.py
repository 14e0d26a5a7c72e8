"""Exports: JSON Lines and CSV parse back and follow the public contracts."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

import pytest

from conftest import facts_for
from diplomatica.errors import StoreError
from diplomatica.ingest.model import SourceDocument
from diplomatica.kb import Store
from diplomatica.query.export import export_documents, export_events, export_tenures

MakeDocument = Callable[..., tuple[SourceDocument, str]]

EVENT_KEYS = {
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
}


@pytest.fixture
def extracted(store: Store, make_document: MakeDocument) -> tuple[Store, SourceDocument, str]:
    """Return a store with the marked-up document, its facts, and the document's source."""
    doc, source = make_document()
    pk = store.add_document(doc).pk
    store.replace_facts(pk, *facts_for(doc), extractor_version="x1")
    return store, doc, source


def _jsonl(export: Callable[..., int], store: Store) -> list[dict[str, Any]]:
    out = io.StringIO()
    count = export(store, out, "jsonl")
    lines = out.getvalue().splitlines()
    assert count == len(lines)
    return [json.loads(line) for line in lines]


def _csv(export: Callable[..., int], store: Store) -> list[dict[str, str]]:
    out = io.StringIO()
    count = export(store, out, "csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert count == len(rows)
    return rows


def test_documents_jsonl_and_csv(extracted: tuple[Store, SourceDocument, str]) -> None:
    store, doc, _ = extracted
    [record] = _jsonl(export_documents, store)
    assert record == {
        "doc": "freedonia-1",
        "version": 1,
        "title": doc.title,
        "date": "1961",
        "type": "essay",
        "source": "Test fixtures",
        "format": "html",
        "source_path": "examples/freedonia.html",
        "metadata": {"author": "Test Author", "tags": ["bilateral", "treaty"]},
        "n_notes": 2,
    }
    [row] = _csv(export_documents, store)
    assert list(row) == list(record)
    assert json.loads(row["metadata"]) == record["metadata"]
    assert (row["doc"], row["version"], row["n_notes"]) == ("freedonia-1", "1", "2")


def test_events_follow_the_contract(extracted: tuple[Store, SourceDocument, str]) -> None:
    store, _, source = extracted
    records = _jsonl(export_events, store)
    assert len(records) == 2
    for record in records:
        assert set(record) == EVENT_KEYS
        assert set(record["date"]) == {"text", "start", "end", "granularity"}
        assert record["countries"] == sorted(record["countries"])
        for actor in record["actors"]:
            assert set(actor) == {"name", "id", "kind", "country", "role"}
        for ev in record["evidence"]:
            assert set(ev) == {"doc", "start", "end", "quote"}
            assert source[ev["start"] : ev["end"]] == ev["quote"]
    agree = next(r for r in records if r["type"] == "ESTABLISH_RELATIONS")
    assert agree["date"] == {
        "text": "In March 1952",
        "start": "1952-03",
        "end": "1952-03",
        "granularity": "month",
    }
    assert agree["countries"] == ["FRD", "SYL"]
    assert (agree["plover"], agree["cameo"], agree["confidence"]) == ("AGREE", "057", 0.9)
    assert agree["evidence"][0]["quote"].startswith("In March 1952")
    assert agree["id"].startswith("ev_")
    visit = next(r for r in records if r["type"] == "VISIT")
    assert visit["date"] == {"text": None, "start": None, "end": None, "granularity": None}
    assert visit["actors"] == [
        {
            "name": "R. Teasdale",
            "id": "teasdale",
            "kind": "person",
            "country": "FRD",
            "role": "source",
        }
    ]
    assert (visit["place"], visit["plover"]) == ("Sylvania", None)


def test_events_csv_flattens_nested_fields(extracted: tuple[Store, SourceDocument, str]) -> None:
    store, _, _ = extracted
    records = {r["id"]: r for r in _jsonl(export_events, store)}
    rows = _csv(export_events, store)
    assert len(rows) == len(records)
    for row in rows:
        record = records[row["id"]]
        assert row["date_start"] == (record["date"]["start"] or "")
        assert row["date_granularity"] == (record["date"]["granularity"] or "")
        assert json.loads(row["countries"]) == record["countries"]
        assert json.loads(row["evidence"]) == record["evidence"]
        assert [{k: a[k] for k in sorted(a)} for a in json.loads(row["actors"])] == [
            {k: a[k] for k in sorted(a)} for a in record["actors"]
        ]
        assert float(row["confidence"]) == record["confidence"]


def test_tenures_follow_the_contract(extracted: tuple[Store, SourceDocument, str]) -> None:
    store, _, source = extracted
    [record] = _jsonl(export_tenures, store)
    assert set(record) == {"person", "role", "country", "to", "start", "end", "evidence"}
    assert (record["person"], record["role"], record["country"], record["to"]) == (
        "R. Teasdale",
        "ambassador",
        "FRD",
        "SYL",
    )
    assert (record["start"], record["end"]) == ("1953", None)
    [ev] = record["evidence"]
    assert ev["doc"] == "freedonia-1" and source[ev["start"] : ev["end"]] == ev["quote"]
    [row] = _csv(export_tenures, store)
    assert json.loads(row["evidence"]) == record["evidence"]
    assert row["end"] == ""


def test_empty_store_exports_nothing(store: Store) -> None:
    assert _jsonl(export_events, store) == []
    out = io.StringIO()
    assert export_documents(store, out, "csv") == 0
    assert out.getvalue().splitlines() == [
        "doc,version,title,date,type,source,format,source_path,metadata,n_notes"
    ]


def test_unknown_format_is_rejected(store: Store) -> None:
    with pytest.raises(StoreError, match="unknown export format"):
        export_documents(store, io.StringIO(), "xml")  # type: ignore[arg-type]
