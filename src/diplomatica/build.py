"""Library API of a build: ingest files into the store, then extract facts from new documents.

A build is resumable and idempotent: each document lands in its own transaction, unchanged files
are skipped, and extraction only runs on current documents that this extractor version has not
processed yet, so a crash part-way leaves no duplicates and the next build carries on.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from diplomatica import __version__
from diplomatica.config import Settings, load_settings
from diplomatica.errors import IngestError
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
    errors: list[IngestError] = field(default_factory=list)
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
    progress.stage("ingest", len(found.files))
    for path in found.files:
        words = 0
        try:
            documents = read_documents(path, max_bytes=settings.max_bytes)
        except IngestError as err:
            report.errors.append(err)
            progress.advance(0)
            continue
        for document in documents:
            result = store.add_document(document)
            words += len(document.text.split())
            outcome = {
                "added": report.added,
                "unchanged": report.unchanged,
                "new_version": report.new_versions,
            }[result.status]
            outcome.append(document.doc_id)
        report.words += words
        progress.advance(words)


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
    for stored, doc in _parse(nlp, documents):
        events = list(doc._.dipl_events or [])
        tenures = list(doc._.dipl_tenures or [])
        store.replace_facts(
            stored.pk,
            mentions=mentions_of(doc),
            events=events,
            tenures=tenures,
            extractor_version=EXTRACTOR_VERSION,
        )
        report.extracted += 1
        report.events += len(events)
        report.tenures += len(tenures)
        progress.advance(len(doc))


def _parse(
    nlp: Language, documents: Iterable[StoredDocument | None]
) -> Iterator[tuple[StoredDocument, Doc]]:
    """Yield each stored document with its processed body, batching through ``nlp.pipe``."""
    from diplomatica.nlp.pipeline import make_doc

    prepared = ((make_doc(nlp, stored), stored) for stored in documents if stored is not None)
    for doc, stored in nlp.pipe(prepared, as_tuples=True, batch_size=8):
        yield stored, doc


def mentions_of(doc: Doc) -> list[tuple[int, int, str, EntityRef | None]]:
    """Return ``(start, end, label, EntityRef | None)`` for every entity span of ``doc``."""
    from diplomatica.nlp.extensions import SPANS_ENTITIES

    spans = doc.spans.get(SPANS_ENTITIES, doc.ents)
    return [(s.start_char, s.end_char, s.label_, s._.entity) for s in spans]
