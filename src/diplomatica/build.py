"""Library API of a build: ingest files into the store, then extract facts from new documents.

A build is resumable and idempotent: each document lands in its own transaction, unchanged files
are skipped, and extraction only runs on current documents that this extractor version has not
processed yet, so a crash part-way leaves no duplicates and the next build carries on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from diplomatica import __version__
from diplomatica.config import Settings, load_settings
from diplomatica.errors import DiplomaticaError, ExtractionError, IngestError, StoreError
from diplomatica.ingest import discover, read_documents
from diplomatica.kb import Store, open_store

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from diplomatica.kb.store import StoredDocument
    from diplomatica.nlp.types import EntityRef

EXTRACTOR_VERSION = f"diplomatica-{__version__}"


class Progress(Protocol):
    """Receives progress of a build; the CLI renders it as a Rich progress bar."""

    def stage(self, name: str, total: int) -> None:
        """A stage with ``total`` units of work starts."""

    def advance(self, words: int) -> None:
        """One unit of the current stage is done; it held ``words`` words."""


class _NoProgress:
    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, words: int) -> None:
        pass


@dataclass
class BuildReport:
    """What a build did: documents by outcome, errors, skipped files, extracted facts."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    new_versions: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)  # removed from their file, or file deleted
    errors: list[DiplomaticaError] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    extracted: int = 0
    events: int = 0
    tenures: int = 0
    words: int = 0
    seconds: float = 0.0


def build(
    paths: Sequence[Path],
    db_url: str | None = None,
    *,
    settings: Settings | None = None,
    extract: bool = True,
    progress: Progress | None = None,
) -> BuildReport:
    """Ingest every supported file under ``paths`` into the store at ``db_url`` and extract facts.

    Bad files are reported in ``BuildReport.errors`` (one-line messages) and never stop the batch.
    """
    settings = settings or load_settings()
    progress = progress or _NoProgress()
    report = BuildReport()
    started = time.perf_counter()
    with open_store(db_url or settings.db_url) as store:
        ingest_into(store, paths, settings=settings, report=report, progress=progress)
        if extract:
            extract_pending(store, settings=settings, report=report, progress=progress)
    report.seconds = time.perf_counter() - started
    return report


def ingest_into(
    store: Store,
    paths: Sequence[Path],
    *,
    settings: Settings,
    report: BuildReport,
    progress: Progress,
) -> None:
    """Read every file under ``paths`` and add its documents to ``store``, filling ``report``."""
    found = discover(paths)
    report.skipped.extend(found.skipped)
    for gone in deleted_sources(store, paths):
        report.retired.extend(store.retire_missing(gone, keep=()))
    progress.stage("ingest", len(found.files))
    for path in found.files:
        words = 0
        try:
            documents = read_documents(path, max_bytes=settings.max_bytes)
        except IngestError as err:
            report.errors.append(err)
            progress.advance(0)
            continue
        report.retired.extend(
            store.retire_missing(str(path.resolve()), {d.doc_id for d in documents})
        )
        for document in documents:
            try:
                result = store.add_document(document)
            except StoreError as err:
                report.errors.append(IngestError(path, f"{document.doc_id}: {err}"))
                continue
            words += len(document.text.split())
            outcome = {
                "added": report.added,
                "unchanged": report.unchanged,
                "new_version": report.new_versions,
            }[result.status]
            outcome.append(document.doc_id)
        report.words += words
        progress.advance(words)


def deleted_sources(store: Store, paths: Sequence[Path]) -> list[str]:
    """Return the stored source files under the directories in ``paths`` that no longer exist."""
    roots = [p.resolve() for p in paths if p.is_dir()]
    return sorted(
        source
        for source in store.current_sources()
        if not Path(source).exists() and any(Path(source).is_relative_to(r) for r in roots)
    )


def extract_pending(
    store: Store, *, settings: Settings, report: BuildReport, progress: Progress
) -> None:
    """Run the NLP pipeline over current documents not yet extracted and store their facts."""
    pending = store.pending_extraction(EXTRACTOR_VERSION)
    progress.stage("extract", len(pending))
    if not pending:
        return
    from diplomatica.nlp.pipeline import load_pipeline

    nlp = load_pipeline(settings.model)
    documents = (store.document_by_pk(pk) for pk in pending)
    for stored, parsed in _parse(nlp, documents):
        if isinstance(parsed, Exception):
            report.errors.append(ExtractionError(stored.doc_id, _one_line(parsed)))
            progress.advance(0)
            continue
        events = list(parsed._.dipl_events or [])
        tenures = list(parsed._.dipl_tenures or [])
        try:
            store.replace_facts(
                stored.pk,
                mentions=mentions_of(parsed),
                events=events,
                tenures=tenures,
                extractor_version=EXTRACTOR_VERSION,
            )
        except StoreError as err:
            report.errors.append(ExtractionError(stored.doc_id, str(err)))
            progress.advance(0)
            continue
        report.extracted += 1
        report.events += len(events)
        report.tenures += len(tenures)
        progress.advance(len(stored.text.split()))


BATCH_SIZE = 8


def _parse(
    nlp: Language, documents: Iterable[StoredDocument | None]
) -> Iterator[tuple[StoredDocument, Doc | Exception]]:
    """Yield each stored document with its processed body, or the exception that processing it
    raised; documents go through ``nlp.pipe`` in batches, and a failing batch is redone one
    document at a time so that one bad document costs only itself."""
    from diplomatica.nlp.pipeline import make_doc

    batch: list[StoredDocument] = []
    for stored in documents:
        if stored is not None:
            batch.append(stored)
        if len(batch) == BATCH_SIZE:
            yield from _parse_batch(nlp, batch, make_doc)
            batch = []
    if batch:
        yield from _parse_batch(nlp, batch, make_doc)


def _parse_batch(
    nlp: Language,
    batch: list[StoredDocument],
    make_doc: Callable[[Language, StoredDocument], Doc],
) -> Iterator[tuple[StoredDocument, Doc | Exception]]:
    try:
        docs = list(nlp.pipe([make_doc(nlp, stored) for stored in batch]))
    except Exception:  # a component failed somewhere in the batch: find which document
        for stored in batch:
            try:
                yield stored, nlp(make_doc(nlp, stored))
            except Exception as err:  # reported per document; the build goes on
                yield stored, err
        return
    yield from zip(batch, docs, strict=True)


def _one_line(err: Exception) -> str:
    first = str(err).strip().splitlines()[0] if str(err).strip() else ""
    return f"{type(err).__name__}: {first}" if first else type(err).__name__


def mentions_of(doc: Doc) -> list[tuple[int, int, str, EntityRef | None]]:
    """Return ``(start, end, label, EntityRef | None)`` for every entity span of ``doc``."""
    from diplomatica.nlp.extensions import SPANS_ENTITIES

    spans = doc.spans.get(SPANS_ENTITIES, doc.ents)
    return [(s.start_char, s.end_char, s.label_, s._.entity) for s in spans]
