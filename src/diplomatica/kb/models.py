"""SQLAlchemy ORM models of the knowledge base (portable across SQLite and PostgreSQL).

Every table and column is documented in ``docs/data-model.md``. Full-text search structures
(the SQLite FTS5 table and the PostgreSQL ``tsvector`` column) are not part of this metadata:
they are dialect-specific and live in :mod:`diplomatica.kb.fts` and the migrations.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """Return the current time in UTC (the default of every timestamp column)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base carrying the naming convention the migrations rely on."""

    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: sa.JSON, list[Any]: sa.JSON}


class Document(Base):
    """One version of one ingested document."""

    __tablename__ = "documents"
    __table_args__ = (sa.UniqueConstraint("source_path", "doc_id", "content_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[str] = mapped_column(sa.String(512), index=True)
    version: Mapped[int] = mapped_column(default=1)
    source_path: Mapped[str] = mapped_column(sa.String(2048))
    content_hash: Mapped[str] = mapped_column(sa.String(128))
    format: Mapped[str] = mapped_column(sa.String(16))
    title: Mapped[str | None] = mapped_column(sa.Text)
    date: Mapped[str | None] = mapped_column(sa.String(32), index=True)
    doc_type: Mapped[str | None] = mapped_column(sa.String(256))
    source: Mapped[str | None] = mapped_column(sa.Text)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    text: Mapped[str] = mapped_column(sa.Text)
    body_end: Mapped[int | None]
    offset_map: Mapped[list[Any]] = mapped_column(default=list)
    is_current: Mapped[bool] = mapped_column(default=True, index=True)
    ingested_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utc_now)
    extracted_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    extractor_version: Mapped[str | None] = mapped_column(sa.String(64))

    passages: Mapped[list[Passage]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )
    notes: Mapped[list[NoteRow]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="NoteRow.number",
    )


class Passage(Base):
    """A unit of full-text search: a paragraph (or part of one), a note or the title."""

    __tablename__ = "passages"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(sa.String(8))  # "body" | "note" | "title"
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(sa.Text)

    document: Mapped[Document] = relationship(back_populates="passages")


class NoteRow(Base):
    """An endnote or footnote of a document (offsets into the document text)."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    marker: Mapped[str] = mapped_column(sa.String(64))
    label: Mapped[str] = mapped_column(sa.String(64))
    number: Mapped[int]
    text: Mapped[str] = mapped_column(sa.Text)
    start: Mapped[int]
    end: Mapped[int]

    document: Mapped[Document] = relationship(back_populates="notes")
    refs: Mapped[list[NoteRef]] = relationship(
        back_populates="note",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="NoteRef.start",
    )


class NoteRef(Base):
    """A place in the text that cites a note (the span of the marker)."""

    __tablename__ = "note_refs"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(sa.ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    start: Mapped[int]
    end: Mapped[int]

    note: Mapped[NoteRow] = relationship(back_populates="refs")


class Entity(Base):
    """A state, organisation, person or place, identified by (kind, key)."""

    __tablename__ = "entities"
    __table_args__ = (sa.UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(16))
    key: Mapped[str] = mapped_column(sa.String(256))
    name: Mapped[str] = mapped_column(sa.Text)
    country: Mapped[str | None] = mapped_column(sa.String(8))
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Mention(Base):
    """A span of a document's text that names an entity (offsets into the document text)."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    label: Mapped[str] = mapped_column(sa.String(32))
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(sa.Text)


class Event(Base):
    """A diplomatic event; its sources are its :class:`Evidence` rows."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_key: Mapped[str] = mapped_column(sa.String(64), index=True)
    type: Mapped[str] = mapped_column(sa.String(64), index=True)
    date_text: Mapped[str | None] = mapped_column(sa.Text)
    date_start: Mapped[str | None] = mapped_column(sa.String(32), index=True)
    date_end: Mapped[str | None] = mapped_column(sa.String(32))
    granularity: Mapped[str | None] = mapped_column(sa.String(16))
    place: Mapped[str | None] = mapped_column(sa.Text)
    countries: Mapped[list[Any]] = mapped_column(default=list)
    confidence: Mapped[float] = mapped_column(default=0.5)
    plover: Mapped[str | None] = mapped_column(sa.String(64))
    cameo: Mapped[str | None] = mapped_column(sa.String(16))
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)

    arguments: Mapped[list[EventArgument]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="EventArgument.id",
    )
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="event", passive_deletes=True, order_by="Evidence.id"
    )


class EventArgument(Base):
    """One participant of an event, with its role."""

    __tablename__ = "event_arguments"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(
        sa.ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(sa.Text)
    entity_key: Mapped[str] = mapped_column(sa.String(256))
    kind: Mapped[str] = mapped_column(sa.String(16))
    country: Mapped[str | None] = mapped_column(sa.String(8))
    role: Mapped[str] = mapped_column(sa.String(16))

    event: Mapped[Event] = relationship(back_populates="arguments")


class Tenure(Base):
    """A person holding an office for a state, possibly accredited to another."""

    __tablename__ = "tenures"

    id: Mapped[int] = mapped_column(primary_key=True)
    person: Mapped[str] = mapped_column(sa.Text)
    person_key: Mapped[str] = mapped_column(sa.String(256), index=True)
    role: Mapped[str] = mapped_column(sa.String(128))
    country: Mapped[str | None] = mapped_column(sa.String(8))
    to_country: Mapped[str | None] = mapped_column(sa.String(8))
    start: Mapped[str | None] = mapped_column(sa.String(32))
    end: Mapped[str | None] = mapped_column(sa.String(32))
    confidence: Mapped[float] = mapped_column(default=0.5)

    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="tenure", passive_deletes=True, order_by="Evidence.id"
    )


class Evidence(Base):
    """The passage of a document that states an event or a tenure.

    ``start``/``end`` are offsets into the ORIGINAL file's decoded text (through the offset
    map); ``text_start``/``text_end`` are offsets into the stored document text.
    """

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    tenure_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("tenures.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int]
    end: Mapped[int]
    text_start: Mapped[int]
    text_end: Mapped[int]
    quote: Mapped[str] = mapped_column(sa.Text)
    notes: Mapped[list[Any]] = mapped_column(default=list)

    document: Mapped[Document] = relationship()
    event: Mapped[Event | None] = relationship(back_populates="evidence")
    tenure: Mapped[Tenure | None] = relationship(back_populates="evidence")
