"""The knowledge base: documents, passages, notes and extracted facts in one SQL database."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Self

import sqlalchemy as sa
from alembic.util.exc import CommandError
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, defer, selectinload, sessionmaker

from diplomatica.errors import StoreError
from diplomatica.ingest.model import Note, OffsetMap, SourceDocument
from diplomatica.kb import fts
from diplomatica.kb.migrate import upgrade_to_head
from diplomatica.kb.models import (
    Document,
    Entity,
    Event,
    EventArgument,
    Evidence,
    Mention,
    NoteRef,
    NoteRow,
    Passage,
    Tenure,
    utc_now,
)
from diplomatica.kb.passages import document_passages
from diplomatica.nlp.types import EntityRef, EventFact, TenureFact

DEFAULT_URL = "sqlite:///diplomatica.db"
DEFAULT_MARKERS = ("[", "]")

MentionInput = tuple[int, int, str, EntityRef | None]


@dataclass(frozen=True)
class AddResult:
    """Outcome of :meth:`Store.add_document`.

    ``status`` is "added" (first version), "unchanged" (this exact content is already the
    current version) or "new_version" (the current version changed: a new row, or an earlier
    row whose content came back).
    """

    status: Literal["added", "unchanged", "new_version"]
    pk: int
    doc_id: str
    version: int


@dataclass(frozen=True)
class DocumentInfo:
    """A line of the document list."""

    pk: int
    doc_id: str
    version: int
    title: str | None
    date: str | None
    doc_type: str | None
    source: str | None
    format: str
    source_path: str
    n_chars: int
    n_notes: int
    extracted: bool
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredDocument:
    """One stored document version with its text, offset map, notes and metadata."""

    pk: int
    doc_id: str
    version: int
    source_path: str
    content_hash: str
    format: str
    title: str | None
    date: str | None
    doc_type: str | None
    source: str | None
    metadata: dict[str, Any]
    text: str
    body_end: int | None
    offsets: OffsetMap
    notes: list[Note]
    is_current: bool
    ingested_at: datetime
    extracted_at: datetime | None
    extractor_version: str | None

    def to_source_document(self) -> SourceDocument:
        """Return the document as a :class:`SourceDocument` (e.g. to run extraction on it)."""
        return SourceDocument(
            doc_id=self.doc_id,
            source_path=self.source_path,
            content_hash=self.content_hash,
            format=self.format,
            text=self.text,
            offsets=self.offsets,
            title=self.title,
            date=self.date,
            doc_type=self.doc_type,
            source=self.source,
            metadata=dict(self.metadata),
            notes=list(self.notes),
            body_end=self.body_end,
        )


@dataclass(frozen=True)
class SearchHit:
    """A passage matching a search.

    ``start``/``end`` are offsets into the ORIGINAL file's text; ``text_start``/``text_end``
    into the stored document text. ``score`` is higher-is-better; ``rank`` is 1-based.
    """

    doc_id: str
    title: str | None
    kind: str
    start: int
    end: int
    text_start: int
    text_end: int
    snippet: str
    score: float
    rank: int


@dataclass(frozen=True)
class EvidenceInfo:
    """Where a fact is stated: document, original-file span, text span and quote."""

    doc_id: str
    start: int
    end: int
    text_start: int
    text_end: int
    quote: str
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ArgumentInfo:
    """A participant of a stored event."""

    name: str
    id: str
    kind: str
    country: str | None
    role: str


@dataclass(frozen=True)
class StoredEvent:
    """A stored event with its participants and its evidence from current documents."""

    pk: int
    key: str
    type: str
    date_text: str | None
    date_start: str | None
    date_end: str | None
    granularity: str | None
    countries: list[str]
    actors: list[ArgumentInfo]
    place: str | None
    confidence: float
    plover: str | None
    cameo: str | None
    attributes: dict[str, Any]
    evidence: list[EvidenceInfo]


@dataclass(frozen=True)
class StoredTenure:
    """A stored tenure with its evidence from current documents."""

    pk: int
    person: str
    person_key: str
    role: str
    country: str | None
    to: str | None
    start: str | None
    end: str | None
    confidence: float
    evidence: list[EvidenceInfo]


def resolve_url(url: str | None) -> str:
    """Return the database URL to use: ``url``, else ``$DIPLOMATICA_DB``, else the default,
    with ``postgresql://``/``postgres://`` normalised to the psycopg 3 driver."""
    chosen = url or os.environ.get("DIPLOMATICA_DB") or DEFAULT_URL
    for prefix in ("postgresql://", "postgres://"):
        if chosen.startswith(prefix):
            return "postgresql+psycopg://" + chosen[len(prefix) :]
    return chosen


def _parsed_url(url: str) -> URL:
    try:
        parsed = sa.make_url(url)
    except (sa.exc.ArgumentError, ValueError) as err:
        raise StoreError(f"invalid database URL {url!r}: expected e.g. sqlite:///kb.db") from err
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"unsupported database {parsed.get_backend_name()!r}: use sqlite:/// or postgresql://"
        )
    return parsed


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WAL with synchronous=NORMAL keeps every commit atomic and consistent but fsyncs only at
    # checkpoints: ingest commits once per document, so this is ~3x faster than the default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _create_engine(url: URL) -> Engine:
    try:
        engine = sa.create_engine(url)
    except (sa.exc.ArgumentError, ImportError) as err:
        raise StoreError(f"cannot use database URL {url.render_as_string()}: {err}") from err
    if url.get_backend_name() == "sqlite":
        sa.event.listen(engine, "connect", _configure_sqlite)
    return engine


def _first_line(err: BaseException) -> str:
    message = str(getattr(err, "orig", None) or err).strip()
    return message.splitlines()[0] if message else type(err).__name__


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating to the latest schema if needed) the knowledge base at
    ``url``; ``None`` means ``$DIPLOMATICA_DB`` or ``sqlite:///diplomatica.db``.

    Raises :class:`StoreError` with a one-line message for malformed or unsupported URLs and
    for databases that cannot be reached or migrated.
    """
    parsed = _parsed_url(resolve_url(url))
    engine = _create_engine(parsed)
    shown = parsed.render_as_string(hide_password=True)
    try:
        with engine.begin() as conn:
            upgrade_to_head(conn)
    except sa.exc.OperationalError as err:
        engine.dispose()
        raise StoreError(f"cannot open database {shown}: {_first_line(err)}") from err
    except (sa.exc.SQLAlchemyError, CommandError) as err:
        # CommandError: the database records a schema revision this version does not know.
        engine.dispose()
        raise StoreError(f"cannot migrate database {shown}: {_first_line(err)}") from err
    return Store(engine)


def _note_from_row(row: NoteRow) -> Note:
    return Note(
        marker=row.marker,
        label=row.label,
        number=row.number,
        text=row.text,
        start=row.start,
        end=row.end,
        refs=[(ref.start, ref.end) for ref in row.refs],
    )


def _event_key(doc_id: str, fact: EventFact) -> str:
    """Return a key stable across re-extractions of the same statement of the same event."""
    actor_ids = sorted(f"{a.role}:{a.id}" for a in fact.actors)
    date = fact.date.value if fact.date else ""
    basis = [doc_id, fact.type, fact.evidence_start, fact.evidence_end, date, actor_ids]
    return "ev_" + hashlib.sha1(json.dumps(basis).encode()).hexdigest()[:16]


def _json_safe(value: Any) -> Any:
    """Return ``value`` made JSON-serialisable (unknown objects become their string)."""
    return json.loads(json.dumps(value, default=str))


class Store:
    """A connection to the knowledge base. Use :func:`open_store` to create one."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Release every connection of the store."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """Yield a session whose work is committed at the end or rolled back on error; a
        database error (e.g. a value PostgreSQL refuses) becomes a one-line ``StoreError``."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except sa.exc.DBAPIError as err:
            raise StoreError(f"database refused the write: {_first_line(err)}") from err

    # -- documents -------------------------------------------------------------------------

    def add_document(self, doc: SourceDocument) -> AddResult:
        """Store ``doc`` with its passages, full-text rows, notes and note references, all in
        one transaction.

        Same (source_path, doc_id, content_hash) as the current version: "unchanged", nothing
        written. Same source_path and doc_id with new content: a new row with version + 1
        becomes current; earlier versions and their facts are kept.
        """
        with self._transaction() as session:
            lineage = session.scalars(
                sa.select(Document)
                .where(Document.source_path == doc.source_path, Document.doc_id == doc.doc_id)
                .order_by(Document.version)
            ).all()
            same = next((d for d in lineage if d.content_hash == doc.content_hash), None)
            if same is not None and same.is_current:
                return AddResult("unchanged", same.id, same.doc_id, same.version)
            for old in lineage:
                old.is_current = False
            if same is not None:  # content reverted to an earlier version: make it current
                same.is_current = True
                return AddResult("new_version", same.id, same.doc_id, same.version)
            version = lineage[-1].version + 1 if lineage else 1
            session.flush()
            row = self._insert_document(session, doc, version)
            status: Literal["added", "new_version"] = "new_version" if lineage else "added"
            return AddResult(status, row.id, row.doc_id, row.version)

    def _insert_document(self, session: Session, doc: SourceDocument, version: int) -> Document:
        row = Document(
            doc_id=doc.doc_id,
            version=version,
            source_path=doc.source_path,
            content_hash=doc.content_hash,
            format=doc.format,
            title=doc.title,
            date=doc.date,
            doc_type=doc.doc_type,
            source=doc.source,
            meta=_json_safe(doc.metadata),
            text=doc.text,
            body_end=doc.body_end,
            offset_map=doc.offsets.to_json(),
            is_current=True,
        )
        session.add(row)
        session.flush()
        session.add_all(
            Passage(document_id=row.id, kind=p.kind, start=p.start, end=p.end, text=p.text)
            for p in document_passages(doc)
        )
        session.flush()
        self._insert_notes(session, row.id, doc.notes)
        return row

    def _insert_notes(self, session: Session, document_pk: int, notes: Sequence[Note]) -> None:
        for note in notes:
            row = NoteRow(
                document_id=document_pk,
                marker=note.marker,
                label=note.label,
                number=note.number,
                text=note.text,
                start=note.start,
                end=note.end,
            )
            row.refs = [NoteRef(start=s, end=e) for s, e in note.refs]
            session.add(row)
        session.flush()

    def retire_missing(self, source_path: str, keep: Collection[str]) -> list[str]:
        """Mark as no longer current the documents of ``source_path`` whose id is not in
        ``keep`` (records removed from a file, or a file deleted when ``keep`` is empty);
        return their ids. Their rows, versions and facts are kept, only hidden."""
        with self._transaction() as session:
            rows = session.scalars(
                sa.select(Document).where(
                    Document.source_path == source_path, Document.is_current.is_(True)
                )
            ).all()
            retired = [row for row in rows if row.doc_id not in keep]
            for row in retired:
                row.is_current = False
            return sorted(row.doc_id for row in retired)

    def current_sources(self) -> set[str]:
        """Return the source paths of every current document."""
        with self._sessions() as session:
            stmt = sa.select(Document.source_path).where(Document.is_current.is_(True))
            return set(session.scalars(stmt).all())

    def documents(self, *, current_only: bool = True) -> list[DocumentInfo]:
        """Return the stored documents (current versions only by default), ordered by date
        (undated last), then doc_id and version."""
        n_notes = (
            sa.select(sa.func.count(NoteRow.id))
            .where(NoteRow.document_id == Document.id)
            .scalar_subquery()
        )
        stmt = sa.select(Document, sa.func.length(Document.text), n_notes).order_by(
            Document.date.is_(None), Document.date, Document.doc_id, Document.version
        )
        stmt = stmt.options(defer(Document.text), defer(Document.offset_map))
        if current_only:
            stmt = stmt.where(Document.is_current.is_(True))
        with self._sessions() as session:
            return [
                DocumentInfo(
                    pk=d.id,
                    doc_id=d.doc_id,
                    version=d.version,
                    title=d.title,
                    date=d.date,
                    doc_type=d.doc_type,
                    source=d.source,
                    format=d.format,
                    source_path=d.source_path,
                    n_chars=int(length or 0),
                    n_notes=int(count or 0),
                    extracted=d.extracted_at is not None,
                    metadata=dict(d.meta or {}),
                )
                for d, length, count in session.execute(stmt).all()
            ]

    def document(self, doc_id: str) -> StoredDocument | None:
        """Return the current version of the document ``doc_id`` (the most recently ingested
        one if several source files share that id), or None."""
        stmt = (
            sa.select(Document)
            .where(Document.doc_id == doc_id, Document.is_current.is_(True))
            .order_by(Document.ingested_at.desc(), Document.id.desc())
            .options(selectinload(Document.notes).selectinload(NoteRow.refs))
            .limit(1)
        )
        with self._sessions() as session:
            row = session.scalars(stmt).first()
            return None if row is None else self._stored(row)

    def document_by_pk(self, pk: int) -> StoredDocument | None:
        """Return the document version with primary key ``pk`` (current or not), or None."""
        stmt = (
            sa.select(Document)
            .where(Document.id == pk)
            .options(selectinload(Document.notes).selectinload(NoteRow.refs))
        )
        with self._sessions() as session:
            row = session.scalars(stmt).first()
            return None if row is None else self._stored(row)

    @staticmethod
    def _stored(row: Document) -> StoredDocument:
        return StoredDocument(
            pk=row.id,
            doc_id=row.doc_id,
            version=row.version,
            source_path=row.source_path,
            content_hash=row.content_hash,
            format=row.format,
            title=row.title,
            date=row.date,
            doc_type=row.doc_type,
            source=row.source,
            metadata=dict(row.meta or {}),
            text=row.text,
            body_end=row.body_end,
            offsets=OffsetMap.from_json(row.offset_map or []),
            notes=[_note_from_row(n) for n in row.notes],
            is_current=row.is_current,
            ingested_at=row.ingested_at,
            extracted_at=row.extracted_at,
            extractor_version=row.extractor_version,
        )

    # -- facts -----------------------------------------------------------------------------

    def pending_extraction(self, extractor_version: str) -> list[int]:
        """Return the pks of current documents not yet extracted by ``extractor_version``."""
        stmt = (
            sa.select(Document.id)
            .where(
                Document.is_current.is_(True),
                sa.or_(
                    Document.extracted_at.is_(None),
                    Document.extractor_version.is_(None),
                    Document.extractor_version != extractor_version,
                ),
            )
            .order_by(Document.id)
        )
        with self._sessions() as session:
            return list(session.scalars(stmt).all())

    def replace_facts(
        self,
        document_pk: int,
        mentions: Sequence[MentionInput],
        events: Sequence[EventFact],
        tenures: Sequence[TenureFact],
        extractor_version: str,
    ) -> None:
        """Replace, in one transaction, everything extracted from document ``document_pk``.

        Deletes its previous mentions, evidence, and the events/tenures left without evidence;
        inserts the new mentions (upserting entities by (kind, key)), events with their
        arguments, tenures, and one evidence row per fact whose text offsets are mapped to
        original-file offsets and whose quote is the document text slice; then sets
        ``extracted_at`` and ``extractor_version``. Raises :class:`StoreError` for an unknown
        document.
        """
        with self._transaction() as session:
            doc = session.get(Document, document_pk)
            if doc is None:
                raise StoreError(f"no document with pk {document_pk}")
            self._delete_facts(session, document_pk)
            entities = _EntityCache(session)
            self._insert_mentions(session, doc, mentions, entities)
            offsets = OffsetMap.from_json(doc.offset_map or [])
            for fact in events:
                self._insert_event(session, doc, offsets, fact, entities)
            for tenure in tenures:
                self._insert_tenure(session, doc, offsets, tenure)
            session.flush()
            doc.extracted_at = utc_now()
            doc.extractor_version = extractor_version

    @staticmethod
    def _delete_facts(session: Session, document_pk: int) -> None:
        linked = sa.select(Evidence.event_id, Evidence.tenure_id).where(
            Evidence.document_id == document_pk
        )
        rows = session.execute(linked).all()
        event_ids = {r.event_id for r in rows if r.event_id is not None}
        tenure_ids = {r.tenure_id for r in rows if r.tenure_id is not None}
        session.execute(sa.delete(Evidence).where(Evidence.document_id == document_pk))
        session.execute(sa.delete(Mention).where(Mention.document_id == document_pk))
        # Only facts no other document supports any more go away with this document's evidence.
        if event_ids:
            still_supported_events = sa.select(Evidence.event_id).where(
                Evidence.event_id.is_not(None)
            )
            session.execute(
                sa.delete(EventArgument).where(
                    EventArgument.event_id.in_(event_ids),
                    EventArgument.event_id.not_in(still_supported_events),
                )
            )
            session.execute(
                sa.delete(Event).where(
                    Event.id.in_(event_ids), Event.id.not_in(still_supported_events)
                )
            )
        if tenure_ids:
            still_supported_tenures = sa.select(Evidence.tenure_id).where(
                Evidence.tenure_id.is_not(None)
            )
            session.execute(
                sa.delete(Tenure).where(
                    Tenure.id.in_(tenure_ids), Tenure.id.not_in(still_supported_tenures)
                )
            )
        session.expire_all()

    @staticmethod
    def _insert_mentions(
        session: Session,
        doc: Document,
        mentions: Sequence[MentionInput],
        entities: _EntityCache,
    ) -> None:
        for start, end, label, ref in mentions:
            session.add(
                Mention(
                    document_id=doc.id,
                    entity_id=None if ref is None else entities.pk_of(ref),
                    label=label,
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                )
            )

    @staticmethod
    def _evidence(
        doc: Document, offsets: OffsetMap, start: int, end: int, notes: Sequence[str]
    ) -> Evidence:
        source_start, source_end = offsets.span_to_source(start, end)
        return Evidence(
            document_id=doc.id,
            start=source_start,
            end=source_end,
            text_start=start,
            text_end=end,
            quote=doc.text[start:end],
            notes=list(notes),
        )

    def _insert_event(
        self,
        session: Session,
        doc: Document,
        offsets: OffsetMap,
        fact: EventFact,
        entities: _EntityCache,
    ) -> None:
        attributes = _json_safe({k: v for k, v in fact.attributes.items() if k != "evidence"})
        date_start, date_end = fact.date.bounds() if fact.date else (None, None)
        event = Event(
            event_key=_event_key(doc.doc_id, fact),
            type=fact.type,
            date_text=fact.date.text if fact.date else None,
            date_start=date_start,
            date_end=date_end,
            granularity=fact.date.granularity if fact.date else None,
            place=fact.place,
            countries=sorted(set(fact.countries)),
            confidence=float(fact.confidence),
            plover=fact.plover,
            cameo=fact.cameo,
            attributes=attributes,
        )
        event.arguments = [
            EventArgument(
                entity_id=entities.pk_of(EntityRef(a.kind, a.id, a.name, a.country)),
                name=a.name,
                entity_key=a.id,
                kind=a.kind,
                country=a.country,
                role=a.role,
            )
            for a in fact.actors
        ]
        event.evidence = [
            self._evidence(doc, offsets, start, end, fact.notes)
            for start, end in fact.evidence_spans()
        ]
        session.add(event)

    def _insert_tenure(
        self, session: Session, doc: Document, offsets: OffsetMap, fact: TenureFact
    ) -> None:
        tenure = Tenure(
            person=fact.person,
            person_key=fact.person_id,
            role=fact.role,
            country=fact.country,
            to_country=fact.to,
            start=fact.start,
            end=fact.end,
            confidence=float(fact.confidence),
        )
        tenure.evidence = [self._evidence(doc, offsets, fact.evidence_start, fact.evidence_end, [])]
        session.add(tenure)

    def events(self) -> list[StoredEvent]:
        """Return every event supported by a current document, ordered by date then key;
        each carries only the evidence found in current documents."""
        stmt = (
            sa.select(Event)
            .where(Event.id.in_(_current_evidence(Evidence.event_id)))
            .order_by(Event.date_start.is_(None), Event.date_start, Event.event_key, Event.id)
            .options(
                selectinload(Event.arguments),
                selectinload(Event.evidence)
                .selectinload(Evidence.document)
                .load_only(Document.doc_id, Document.is_current),
            )
        )
        with self._sessions() as session:
            return [
                StoredEvent(
                    pk=e.id,
                    key=e.event_key,
                    type=e.type,
                    date_text=e.date_text,
                    date_start=e.date_start,
                    date_end=e.date_end,
                    granularity=e.granularity,
                    countries=list(e.countries or []),
                    actors=[
                        ArgumentInfo(a.name, a.entity_key, a.kind, a.country, a.role)
                        for a in e.arguments
                    ],
                    place=e.place,
                    confidence=e.confidence,
                    plover=e.plover,
                    cameo=e.cameo,
                    attributes=dict(e.attributes or {}),
                    evidence=_evidence_infos(e.evidence),
                )
                for e in session.scalars(stmt).all()
            ]

    def tenures(self) -> list[StoredTenure]:
        """Return every tenure supported by a current document, ordered by person then start;
        each carries only the evidence found in current documents."""
        stmt = (
            sa.select(Tenure)
            .where(Tenure.id.in_(_current_evidence(Evidence.tenure_id)))
            .order_by(Tenure.person_key, Tenure.start.is_(None), Tenure.start, Tenure.id)
            .options(
                selectinload(Tenure.evidence)
                .selectinload(Evidence.document)
                .load_only(Document.doc_id, Document.is_current)
            )
        )
        with self._sessions() as session:
            return [
                StoredTenure(
                    pk=t.id,
                    person=t.person,
                    person_key=t.person_key,
                    role=t.role,
                    country=t.country,
                    to=t.to_country,
                    start=t.start,
                    end=t.end,
                    confidence=t.confidence,
                    evidence=_evidence_infos(t.evidence),
                )
                for t in session.scalars(stmt).all()
            ]

    def counts(self) -> dict[str, int]:
        """Return the number of rows of every table (for status displays and tests)."""
        tables = [Document, Passage, NoteRow, NoteRef, Entity, Mention, Event, EventArgument]
        tables += [Evidence, Tenure]
        with self._sessions() as session:
            return {
                model.__tablename__: int(
                    session.scalar(sa.select(sa.func.count()).select_from(model)) or 0
                )
                for model in tables
            }

    # -- search ----------------------------------------------------------------------------

    def search(
        self, query: str, *, limit: int = 10, markers: tuple[str, str] = DEFAULT_MARKERS
    ) -> list[SearchHit]:
        """Return the passages of current documents best matching ``query``, best first.

        ``query`` is untrusted free text: plain words (all required), "quoted phrases" and
        ``-excluded`` words are understood; any other syntax is treated as text. Raises
        :class:`StoreError` when the query has no searchable word. Hit offsets ``start``/
        ``end`` point into the original file; snippets mark matches with ``markers``.
        """
        with self.engine.connect() as conn:
            raw = fts.search(conn, query, limit=limit, markers=markers)
        hits = []
        for rank, hit in enumerate(raw, start=1):
            start, end = OffsetMap.from_json(hit.offset_map).span_to_source(hit.start, hit.end)
            hits.append(
                SearchHit(
                    doc_id=hit.doc_id,
                    title=hit.title,
                    kind=hit.kind,
                    start=start,
                    end=end,
                    text_start=hit.start,
                    text_end=hit.end,
                    snippet=hit.snippet,
                    score=hit.score,
                    rank=rank,
                )
            )
        return hits


def _current_evidence(column: sa.orm.InstrumentedAttribute[int | None]) -> sa.Select[Any]:
    return (
        sa.select(column)
        .join(Document, Document.id == Evidence.document_id)
        .where(Document.is_current.is_(True), column.is_not(None))
    )


def _evidence_infos(rows: Sequence[Evidence]) -> list[EvidenceInfo]:
    return [
        EvidenceInfo(
            doc_id=ev.document.doc_id,
            start=ev.start,
            end=ev.end,
            text_start=ev.text_start,
            text_end=ev.text_end,
            quote=ev.quote,
            notes=list(ev.notes or []),
        )
        for ev in rows
        if ev.document.is_current
    ]


class _EntityCache:
    """Upserts entities by (kind, key) within one session, remembering their pks."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pks: dict[tuple[str, str], int] = {}

    def pk_of(self, ref: EntityRef) -> int:
        """Return the pk of the entity (kind, key), creating it or filling its gaps."""
        cache_key = (ref.kind, ref.key)
        if cache_key in self.pks:
            return self.pks[cache_key]
        row = self.session.scalars(
            sa.select(Entity).where(Entity.kind == ref.kind, Entity.key == ref.key)
        ).first()
        if row is None:
            row = Entity(kind=ref.kind, key=ref.key, name=ref.name, country=ref.country)
            if ref.title:
                row.attributes = {"titles": [ref.title]}
            self.session.add(row)
            self.session.flush()
        else:
            self._merge(row, ref)
        self.pks[cache_key] = row.id
        return row.id

    @staticmethod
    def _merge(row: Entity, ref: EntityRef) -> None:
        if row.country is None and ref.country is not None:
            row.country = ref.country
        titles = list((row.attributes or {}).get("titles", []))
        if ref.title and ref.title not in titles:
            row.attributes = {**(row.attributes or {}), "titles": [*titles, ref.title]}
