"""End-to-end: the ``diplomatica`` CLI building real databases from the seeds and examples."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplomatica import build as build_module
from diplomatica.build import build
from diplomatica.config import seed_corpus_dir
from diplomatica.kb import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = seed_corpus_dir().resolve()
ESSAY = "000_a4829929fe47a914"
RECORD = "003_98e899229104fb75"

runner = CliRunner()


def cli(*args: str) -> str:
    """Run the CLI in-process; return its output, failing the test on a non-zero exit."""
    from diplomatica.cli.main import app

    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Build the seeds (ingest and extraction) once into a SQLite file; return its URL."""
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'kb.db'}"
    out = cli("build", str(SEEDS), "--db", url)
    assert "2 added" in out
    return url


def test_build_stores_seeds_with_titles_dates_and_archive_fields(seeds_db: str) -> None:
    with open_store(seeds_db) as store:
        record = store.document(RECORD)
        essay = store.document(ESSAY)
    assert record is not None and essay is not None
    assert record.title == "Record of Conversation between Comrade J. Batmunkh and Kim Il Sung"
    assert record.date == "1986-11-20"
    meta = record.metadata
    assert meta["archive"] == "Mongolian Foreign Ministry Archive"
    assert (meta["fond"], meta["dans"], meta["file"], meta["pages"]) == ("3", "1", "173", "123-164")
    assert meta["translators"] == ["Sergey Radchenko", "Onon Perenlei"]
    assert "Skip to content" not in record.text
    assert len(essay.notes) == 26
    assert [n.label for n in essay.notes][:3] == ["i", "ii", "iii"]
    assert all(note.refs for note in essay.notes)
    assert essay.title


def test_note_refs_point_at_their_markers(seeds_db: str) -> None:
    with open_store(seeds_db) as store:
        essay = store.document(ESSAY)
    assert essay is not None
    for note in essay.notes:
        for start, end in note.refs:
            assert essay.text[start:end] == f"[{note.label}]"


def test_documents_command_lists_both_seeds(seeds_db: str) -> None:
    out = cli("documents", "--db", seeds_db)
    assert ESSAY in out and RECORD in out
    assert "1986-11-20" in out


@pytest.mark.parametrize(
    ("query", "expected_doc", "expected_words"),
    [
        ("treaty of friendship", ESSAY, ("treaty", "friendship")),
        ('"diplomatic relations" South Korea', ESSAY, ("diplomatic", "relations")),
        ("Batmunkh Kim Il Sung conversation", RECORD, ("batmunkh",)),
        ("Vladivostok Gorbachev initiative", RECORD, ("vladivostok",)),
    ],
)
def test_search_ranks_the_right_passage_first(
    seeds_db: str, query: str, expected_doc: str, expected_words: tuple[str, ...]
) -> None:
    with open_store(seeds_db) as store:
        hits = store.search(query, limit=5)
    assert hits, query
    assert hits[0].doc_id == expected_doc
    top = next(hit for hit in hits if hit.kind == "body")
    source = (SEEDS / f"{top.doc_id}.txt").read_text(encoding="utf-8")
    passage = source[top.start : top.end].lower()
    for word in expected_words:
        assert word in passage


def test_search_command_prints_ranked_hits_with_offsets(seeds_db: str) -> None:
    out = cli("search", "treaty of friendship", "--db", seeds_db, "--limit", "3")
    assert "1." in out and "chars" in out and ESSAY in out


def test_search_command_survives_fts_syntax(seeds_db: str) -> None:
    out = cli("search", 'NEAR( "unbalanced * -', "--db", seeds_db)
    assert "Traceback" not in out


def test_export_documents_jsonl_and_csv(seeds_db: str, tmp_path: Path) -> None:
    jsonl = tmp_path / "docs.jsonl"
    cli("export", "documents", "--format", "jsonl", "-o", str(jsonl), "--db", seeds_db)
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    by_doc = {row["doc"]: row for row in rows}
    assert set(by_doc) == {ESSAY, RECORD}
    assert by_doc[RECORD]["date"] == "1986-11-20"
    assert by_doc[RECORD]["metadata"]["record_type"] == "Minutes of Conversation"
    assert by_doc[ESSAY]["n_notes"] == 26
    out_csv = tmp_path / "docs.csv"
    cli("export", "documents", "--format", "csv", "-o", str(out_csv), "--db", seeds_db)
    with out_csv.open(encoding="utf-8", newline="") as fh:
        assert {row["doc"] for row in csv.DictReader(fh)} == {ESSAY, RECORD}


def test_export_events_follow_the_contract(seeds_db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    cli("export", "events", "--format", "jsonl", "-o", str(out), "--db", seeds_db)
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(events) >= 10
    sources = {d: (SEEDS / f"{d}.txt").read_text(encoding="utf-8") for d in (ESSAY, RECORD)}
    for event in events:
        assert set(event) == {
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
        assert event["countries"] == sorted(event["countries"])
        assert event["plover"] and event["cameo"], event
        precision = {"day": 10, "month": 7, "season": 7, "year": 4, "decade": 4}
        expected_len = precision.get(event["date"]["granularity"] or "")
        if expected_len and event["date"]["start"]:
            assert len(event["date"]["start"]) == expected_len, event["date"]
        for ev in event["evidence"]:
            assert sources[ev["doc"]][ev["start"] : ev["end"]] == ev["quote"]


def test_rebuild_is_idempotent_and_changes_make_versions(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / f"{RECORD}.txt", corpus)
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    first = build([corpus], url, extract=False)
    again = build([corpus], url, extract=False)
    assert (first.added, again.added, again.unchanged) == ([RECORD], [], [RECORD])
    path = corpus / f"{RECORD}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nA later addendum.\n", encoding="utf-8")
    changed = build([corpus], url, extract=False)
    assert changed.new_versions == [RECORD]
    with open_store(url) as store:
        versions = [d for d in store.documents(current_only=False) if d.doc_id == RECORD]
        assert sorted(d.version for d in versions) == [1, 2]
        current = store.document(RECORD)
        assert current is not None and current.version == 2


def test_bad_files_are_reported_and_the_rest_lands(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / f"{RECORD}.txt", corpus)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catal")
    (corpus / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "picture.png").write_bytes(b"\x89PNG")
    from diplomatica.cli.main import app

    url = f"sqlite:///{tmp_path / 'kb.db'}"
    result = runner.invoke(app, ["build", str(corpus), "--db", url, "--no-extract"])
    assert result.exit_code == 2
    assert "broken.pdf" in result.output and "blob.txt" in result.output
    assert "picture.png" in result.output and "skipped" in result.output
    with open_store(url) as store:
        assert [d.doc_id for d in store.documents()] == [RECORD]


def test_crash_during_extraction_resumes_without_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (ESSAY, RECORD):
        shutil.copy(SEEDS / f"{name}.txt", corpus)
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    real_mentions = build_module.mentions_of
    calls = {"n": 0}

    def crash_on_second(doc):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("simulated crash")
        return real_mentions(doc)

    monkeypatch.setattr(build_module, "mentions_of", crash_on_second)
    with pytest.raises(RuntimeError):
        build([corpus], url)
    with open_store(url) as store:
        assert len(store.pending_extraction(build_module.EXTRACTOR_VERSION)) == 1
        events_after_crash = len(store.events())
    monkeypatch.setattr(build_module, "mentions_of", real_mentions)
    resumed = build([corpus], url)
    assert resumed.extracted == 1
    assert sorted(resumed.unchanged) == sorted([ESSAY, RECORD])
    with open_store(url) as store:
        assert store.pending_extraction(build_module.EXTRACTOR_VERSION) == []
        events = store.events()
    rebuilt = build([corpus], url)
    assert rebuilt.extracted == 0
    with open_store(url) as store:
        assert len(store.events()) == len(events) >= events_after_crash


@pytest.mark.postgres
def test_build_and_search_on_postgresql(pg_url: str) -> None:
    out = cli("build", str(SEEDS), "--db", pg_url, "--no-extract")
    assert "2 added" in out
    again = cli("build", str(SEEDS), "--db", pg_url, "--no-extract")
    assert "2 unchanged" in again
    with open_store(pg_url) as store:
        hits = store.search("treaty of friendship", limit=3)
        record = store.document(RECORD)
    assert hits and hits[0].doc_id == ESSAY
    assert record is not None and record.metadata["fond"] == "3"


def test_tenures_answer_who_was_envoy_in_a_year(seeds_db: str) -> None:
    from diplomatica.query.facts import select_tenures

    with open_store(seeds_db) as store:
        held = select_tenures(store.tenures(), country="MNG", year=1951)
    assert any("Sambuu" in t.person and t.role == "ambassador" for t in held)
    out = cli("tenures", "--country", "MNG", "--year", "1951", "--db", seeds_db)
    assert "Sambuu" in out


def test_events_filtered_by_states_type_and_year(seeds_db: str) -> None:
    from diplomatica.query.facts import select_events

    with open_store(seeds_db) as store:
        signed = select_events(
            store.events(), countries=["MNG", "PRK"], event_type="sign_agreement", year=1986
        )
    assert signed
    assert all(e.type == "SIGN_AGREEMENT" and {"MNG", "PRK"} <= set(e.countries) for e in signed)
    assert any("twenty years" in ev.quote for e in signed for ev in e.evidence)
    out = cli("events", "-c", "MNG", "-t", "SIGN_AGREEMENT", "--year", "1986", "--db", seeds_db)
    assert "SIGN_AGREEMENT" in out


@pytest.mark.postgres
def test_values_postgresql_refuses_are_one_line_errors_and_the_rest_lands(
    pg_url: str, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / f"{RECORD}.txt", corpus)
    records = [
        {"id": "nul-record", "text": "A record with a NUL \u0000 inside it, sent in 1990."},
        {"id": "long-type", "type": "x" * 400, "text": "Relations were established in 1990."},
    ]
    (corpus / "records.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8"
    )
    report = build([corpus], pg_url, extract=False)
    assert RECORD in report.added
    assert all("\n" not in str(err) for err in report.errors)
    with open_store(pg_url) as store:
        stored = {d.doc_id for d in store.documents()}
    assert RECORD in stored
    for record in records:
        assert record["id"] in stored or any(record["id"] in str(e) for e in report.errors)


def test_a_document_that_breaks_a_component_is_reported_and_the_others_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (ESSAY, RECORD):
        shutil.copy(SEEDS / f"{name}.txt", corpus)
    from diplomatica.nlp import pipeline

    real_make_doc = pipeline.make_doc

    def poisoned(nlp, stored):  # type: ignore[no-untyped-def]
        doc = real_make_doc(nlp, stored)
        if stored.doc_id == RECORD:
            doc._.dipl_doc_date = object()  # a value no component can read
        return doc

    monkeypatch.setattr(pipeline, "make_doc", poisoned)
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    report = build([corpus], url)
    assert report.extracted == 1
    assert [e.doc_id for e in report.errors] == [RECORD]  # type: ignore[attr-defined]
    assert "extraction failed" in str(report.errors[0])


def _write_records(path: Path, records: list[dict[str, str]]) -> None:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


def test_records_version_alone_and_removed_ones_retire(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [
        {"id": "a", "text": "Relations were established in 1949."},
        {"id": "b", "text": "An embassy opened in 1950."},
        {"id": "c", "text": "A treaty was signed in 1961."},
    ]
    feed = corpus / "feed.jsonl"
    _write_records(feed, records)
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    assert sorted(build([corpus], url, extract=False).added) == ["a", "b", "c"]
    records[1] = {"id": "b", "text": "An embassy opened in March 1950."}
    _write_records(feed, [*records, {"id": "d", "text": "A visit took place in 1962."}])
    edited = build([corpus], url, extract=False)
    assert (edited.added, edited.new_versions, sorted(edited.unchanged)) == (
        ["d"],
        ["b"],
        ["a", "c"],
    )
    _write_records(feed, [records[1]])
    shrunk = build([corpus], url, extract=False)
    assert shrunk.retired == ["a", "c", "d"]
    with open_store(url) as store:
        assert [d.doc_id for d in store.documents()] == ["b"]
        assert len(store.documents(current_only=False)) == 5  # nothing is deleted
    feed.unlink()
    gone = build([corpus], url, extract=False)
    assert gone.retired == ["b"]
    with open_store(url) as store:
        assert store.documents() == []


def test_a_file_whose_records_share_an_id_is_refused(tmp_path: Path) -> None:
    from diplomatica.errors import IngestError
    from diplomatica.ingest import read_documents

    feed = tmp_path / "feed.jsonl"
    _write_records(feed, [{"id": "x", "text": "One."}, {"id": "x", "text": "Two."}])
    with pytest.raises(IngestError, match=r"feed\.jsonl: two documents share the id 'x'"):
        read_documents(feed)
