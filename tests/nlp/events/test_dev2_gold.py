"""Validation of the second development gold set (tests/gold/dev2, events_dev2, tenures_dev2).

The documents are read the way the evaluation reads them (``read_documents(path)[0].text``), so
evidence offsets must point at the quoted words in that text. No score floor: this set exists to
show extraction gaps, not to guard a figure.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from diplomatica.eval.events import find_document
from diplomatica.ingest import read_documents
from diplomatica.nlp.gazetteer import load_gazetteer
from diplomatica.nlp.ontology import load_ontology

GOLD = Path(__file__).resolve().parents[2] / "gold"
DEV2 = GOLD / "dev2"
EVENTS = GOLD / "events_dev2.jsonl"
TENURES = GOLD / "tenures_dev2.jsonl"
GENRES = ("essay", "archival", "news", "encyclopedia")
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
EVENT_KEYS = {"id", "doc", "type", "date", "countries", "actors", "place", "evidence", "quote"}
TENURE_KEYS = {"id", "doc", "person", "role", "country", "to", "start", "end", "evidence", "quote"}


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _text(doc: str) -> str:
    return read_documents(DEV2 / f"{doc}.txt")[0].text


EVENT_ROWS = _rows(EVENTS)
TENURE_ROWS = _rows(TENURES)
ALL_ROWS = EVENT_ROWS + TENURE_ROWS
DOCS = sorted(p.stem for p in DEV2.glob("*.txt"))


def _codes() -> set[str]:
    return set(load_gazetteer().states)


def _check_evidence(row: dict[str, Any]) -> None:
    text = _text(row["doc"])
    assert row["evidence"], row["id"]
    for ev in row["evidence"]:
        assert ev["doc"] == row["doc"], row["id"]
        assert 0 <= ev["start"] < ev["end"] <= len(text), row["id"]
        assert text[ev["start"] : ev["end"]] == ev["quote"], row["id"]
    assert row["quote"] in {ev["quote"] for ev in row["evidence"]}, row["id"]


def test_two_documents_per_genre_within_length() -> None:
    assert len(DOCS) == 8
    for genre in GENRES:
        assert sum(d.startswith(genre + "_") for d in DOCS) == 2, genre
    for doc in DOCS:
        words = len(_text(doc).split())
        assert 250 <= words <= 500, (doc, words)


def test_genre_conventions_hold() -> None:
    for doc in DOCS:
        text = _text(doc)
        if doc.startswith("essay_"):
            assert re.search(r"\[i\]", text) and "\nNotes\n" in text, doc
        elif doc.startswith("news_"):
            assert re.search(r"^[A-Z ]+, [A-Z][a-z]+ \d{1,2}, \d{4} \([A-Za-z]+\) —", text, re.M), (
                doc
            )
        elif doc.startswith("archival_"):
            assert re.search(r"^Record of Conversation between .+ and .+$", text, re.M), doc
            assert len(re.findall(r"^[A-Z][A-Za-z.]+: ", text, re.M)) >= 6, doc


def test_every_document_is_annotated_and_found_by_the_evaluation() -> None:
    annotated = {row["doc"] for row in EVENT_ROWS}
    assert annotated == set(DOCS)
    for doc in DOCS:
        found = find_document(doc)
        assert found is not None and found.resolve() == (DEV2 / f"{doc}.txt").resolve(), doc


def test_ids_are_unique_and_prefixed_by_their_document() -> None:
    ids = [row["id"] for row in ALL_ROWS]
    assert len(ids) == len(set(ids))
    for row in ALL_ROWS:
        assert row["id"].startswith(row["doc"] + ":"), row["id"]


@pytest.mark.parametrize("row", EVENT_ROWS, ids=[r["id"] for r in EVENT_ROWS])
def test_event_row_is_well_formed(row: dict[str, Any]) -> None:
    assert set(row) >= EVENT_KEYS, row["id"]
    assert row["type"] in load_ontology().types, row["id"]
    countries = row["countries"]
    assert countries == sorted(set(countries)) and len(countries) >= 1, row["id"]
    assert set(countries) <= _codes(), row["id"]
    date = row["date"]
    if date is not None:
        bounds = [b for b in (date["start"], date["end"]) if b is not None]
        assert bounds and all(ISO_DATE.match(b) for b in bounds), row["id"]
        assert date["end"] is None or date["start"] <= date["end"], row["id"]
    for actor in row["actors"]:
        assert actor["country"] in countries, row["id"]
    _check_evidence(row)


@pytest.mark.parametrize("row", TENURE_ROWS, ids=[r["id"] for r in TENURE_ROWS])
def test_tenure_row_is_well_formed(row: dict[str, Any]) -> None:
    assert set(row) >= TENURE_KEYS, row["id"]
    assert row["doc"] in DOCS, row["id"]
    codes = _codes()
    assert row["country"] in codes and (row["to"] is None or row["to"] in codes), row["id"]
    for bound in (row["start"], row["end"]):
        assert bound is None or ISO_DATE.match(bound), row["id"]
    if row["start"] and row["end"]:
        assert row["start"] <= row["end"], row["id"]
    assert row["person"].split()[-1] in row["quote"] or row["person"] in _text(row["doc"])
    _check_evidence(row)
