"""The held-out event/tenure gold: well-formed annotations and a regression floor.

The documents under ``tests/gold/heldout/`` were written and annotated without looking at the
extractor's output; rule writers must not tune on them. The floors below are the figures
measured on the first (and only) run before any rule change, minus 0.05.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from diplomatica.eval.events import (
    EventsEvalReport,
    evaluate_events,
    find_document,
    load_document,
    read_jsonl,
    render_events_report,
)
from diplomatica.nlp.ontology import load_ontology

GOLD_DIR = Path(__file__).resolve().parents[2] / "gold"
HELDOUT_DIR = GOLD_DIR / "heldout"
EVENTS = GOLD_DIR / "events_heldout.jsonl"
TENURES = GOLD_DIR / "tenures_heldout.jsonl"

# First run (extractor at commit 95c51a7): lenient event F1 0.629, lenient tenure F1 0.757.
# The floors are those figures minus 0.05 (rounded down).
MIN_LENIENT_F1 = 0.578
MIN_TENURE_F1 = 0.706

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ISO3 = re.compile(r"^[A-Z]{3}$")
GRANULARITIES = {"day", "month", "season", "year", "decade", "range", "approximate"}

EVENT_ROWS = read_jsonl(EVENTS)
TENURE_ROWS = read_jsonl(TENURES)
DOC_IDS = sorted(p.stem for p in HELDOUT_DIR.glob("*.txt"))


def _body(doc_id: str) -> str:
    loaded = load_document(doc_id)
    assert loaded is not None, f"held-out document {doc_id} not found"
    return loaded.text


BODIES = {doc_id: _body(doc_id) for doc_id in DOC_IDS}


def _check_iso(value: Any, where: str) -> None:
    assert isinstance(value, str) and ISO_DATE.match(value), f"{where}: bad ISO date {value!r}"
    parts = [int(p) for p in value.split("-")]
    dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _check_quote(row: dict[str, Any]) -> None:
    body = BODIES[row["doc"]]
    assert row["quote"] in body, f"{row['id']}: quote not verbatim: {row['quote']!r}"
    for ev in row["evidence"]:
        assert ev["doc"] == row["doc"]
        assert body[ev["start"] : ev["end"]] == ev["quote"], f"{row['id']}: evidence offsets"


def test_heldout_documents_are_distinct_and_sized() -> None:
    assert len(DOC_IDS) == 8
    for doc_id in DOC_IDS:
        found = find_document(doc_id)
        assert found is not None and found.parent == HELDOUT_DIR, doc_id
        words = len(BODIES[doc_id].split())
        assert 250 <= words <= 600, f"{doc_id}: {words} words"


def test_every_heldout_document_is_annotated() -> None:
    annotated = {r["doc"] for r in EVENT_ROWS} | {r["doc"] for r in TENURE_ROWS}
    assert annotated == set(DOC_IDS)


def test_event_rows_are_well_formed() -> None:
    types = set(load_ontology().types)
    ids = [r["id"] for r in EVENT_ROWS]
    assert len(ids) == len(set(ids))
    for row in EVENT_ROWS:
        assert row["type"] in types, row["id"]
        countries = row["countries"]
        assert countries == sorted(set(countries)) and len(countries) >= 2, row["id"]
        assert all(ISO3.match(c) for c in countries), row["id"]
        for actor in row["actors"]:
            assert actor["kind"] in {"person", "state", "organisation"}, row["id"]
            assert actor["country"] is None or actor["country"] in countries, row["id"]
        date = row["date"]
        if date is not None:
            assert set(date) == {"text", "start", "end", "granularity"}, row["id"]
            assert date["granularity"] in GRANULARITIES, row["id"]
            _check_iso(date["start"], row["id"])
            _check_iso(date["end"], row["id"])
            assert date["start"] <= date["end"], row["id"]
            assert date["text"] and date["text"] in BODIES[row["doc"]], row["id"]
        _check_quote(row)


def test_all_thirteen_types_are_covered() -> None:
    assert {r["type"] for r in EVENT_ROWS} == set(load_ontology().types)


def test_tenure_rows_are_well_formed() -> None:
    for row in TENURE_ROWS:
        assert row["person"].strip() and row["role"].strip(), row["id"]
        assert ISO3.match(row["country"]), row["id"]
        assert row["to"] is None or ISO3.match(row["to"]), row["id"]
        for key in ("start", "end"):
            if row[key] is not None:
                _check_iso(row[key], f"{row['id']}.{key}")
        if row["start"] and row["end"]:
            assert row["start"][:4] <= row["end"][:4], row["id"]
        _check_quote(row)


@pytest.fixture(scope="module")
def heldout_report(nlp: Language) -> EventsEvalReport:
    return evaluate_events(EVENTS, tenures_path=TENURES, nlp=nlp)


@pytest.mark.slow
def test_heldout_scores_do_not_regress(heldout_report: EventsEvalReport) -> None:
    text = render_events_report(heldout_report)
    assert sorted(heldout_report.documents) == DOC_IDS, text
    assert heldout_report.lenient_total.f1 >= MIN_LENIENT_F1, text
    assert heldout_report.tenures_lenient.f1 >= MIN_TENURE_F1, text
