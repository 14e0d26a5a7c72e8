"""Every event/tenure gold set is well formed: documents found, rows valid, quotes verbatim.

Offsets index the document text as the evaluation reads it (body, then any endnotes), so every
evidence span must slice out exactly its quote there.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from diplomatica.eval.events import find_document
from diplomatica.nlp.gazetteer import load_gazetteer
from diplomatica.nlp.ontology import load_ontology

from .gold_sets import GOLD_SETS, GoldSet

GENRES = ("essay", "archival", "news", "encyclopedia")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
GRANULARITIES = {"day", "month", "season", "year", "decade", "range", "approximate"}
EVENT_KEYS = {"id", "doc", "type", "date", "countries", "actors", "place", "evidence", "quote"}
TENURE_KEYS = {"id", "doc", "person", "role", "country", "to", "start", "end", "evidence", "quote"}
ACTOR_KINDS = {"person", "state", "organisation", "organization"}

SET_IDS = [s.name for s in GOLD_SETS]
EVENT_CASES = [(s, r) for s in GOLD_SETS for r in s.event_rows]
TENURE_CASES = [(s, r) for s in GOLD_SETS for r in s.tenure_rows]


def _codes() -> set[str]:
    return set(load_gazetteer().states)


def _check_iso(value: Any, where: str) -> None:
    assert isinstance(value, str) and ISO_DATE.match(value), f"{where}: bad ISO date {value!r}"
    parts = [int(p) for p in value.split("-")]
    dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _check_evidence(gold: GoldSet, row: dict[str, Any]) -> None:
    text = gold.texts[row["doc"]]
    assert row["evidence"], row["id"]
    for ev in row["evidence"]:
        assert ev["doc"] == row["doc"], row["id"]
        assert 0 <= ev["start"] < ev["end"] <= len(text), row["id"]
        assert text[ev["start"] : ev["end"]] == ev["quote"], f"{row['id']}: evidence offsets"
    assert row["quote"] in text, f"{row['id']}: quote not verbatim"


@pytest.mark.parametrize("gold", GOLD_SETS, ids=SET_IDS)
def test_documents_are_found_sized_and_of_known_genres(gold: GoldSet) -> None:
    assert len(gold.doc_ids) >= 8, gold.name
    for doc_id in gold.doc_ids:
        found = find_document(doc_id, [gold.folder])
        assert found is not None and found.parent == gold.folder, doc_id
        assert any(g in doc_id.split("_")[:2] for g in GENRES), doc_id
        words = len(gold.bodies[doc_id].split())
        assert 250 <= words <= 700, f"{doc_id}: {words} words"


@pytest.mark.parametrize("gold", GOLD_SETS, ids=SET_IDS)
def test_every_document_is_annotated_and_ids_are_unique(gold: GoldSet) -> None:
    assert {r["doc"] for r in gold.event_rows} == set(gold.doc_ids)
    assert {r["doc"] for r in gold.tenure_rows} <= set(gold.doc_ids)
    rows = gold.event_rows + gold.tenure_rows
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(r["id"].startswith(r["doc"] + ":") for r in rows)


@pytest.mark.parametrize(
    "gold", [s for s in GOLD_SETS if s.covers_all_types], ids=lambda s: str(s.name)
)
def test_all_thirteen_types_are_covered(gold: GoldSet) -> None:
    assert {r["type"] for r in gold.event_rows} == set(load_ontology().types)


@pytest.mark.parametrize(
    ("gold", "row"), EVENT_CASES, ids=[f"{s.name}:{r['id']}" for s, r in EVENT_CASES]
)
def test_event_row_is_well_formed(gold: GoldSet, row: dict[str, Any]) -> None:
    assert set(row) >= EVENT_KEYS, row["id"]
    assert row["type"] in load_ontology().types, row["id"]
    countries = row["countries"]
    assert countries == sorted(set(countries)) and countries, row["id"]
    assert set(countries) <= _codes(), row["id"]
    for actor in row["actors"]:
        assert actor["kind"] in ACTOR_KINDS, row["id"]
        assert actor["country"] is None or actor["country"] in countries, row["id"]
    date = row["date"]
    if date is not None:
        assert date.get("granularity") in GRANULARITIES, row["id"]
        bounds = [b for b in (date["start"], date["end"]) if b is not None]
        assert bounds, row["id"]
        for bound in bounds:
            _check_iso(bound, row["id"])
        assert date["end"] is None or date["start"] <= date["end"], row["id"]
        assert date["text"] in gold.texts[row["doc"]], f"{row['id']}: date text not verbatim"
    _check_evidence(gold, row)


@pytest.mark.parametrize(
    ("gold", "row"), TENURE_CASES, ids=[f"{s.name}:{r['id']}" for s, r in TENURE_CASES]
)
def test_tenure_row_is_well_formed(gold: GoldSet, row: dict[str, Any]) -> None:
    assert set(row) >= TENURE_KEYS, row["id"]
    assert row["person"].strip() and row["role"].strip(), row["id"]
    codes = _codes()
    assert row["country"] in codes and (row["to"] is None or row["to"] in codes), row["id"]
    for key in ("start", "end"):
        if row[key] is not None:
            _check_iso(row[key], f"{row['id']}.{key}")
    if row["start"] and row["end"]:
        assert row["start"][:4] <= row["end"][:4], row["id"]
    _check_evidence(gold, row)
