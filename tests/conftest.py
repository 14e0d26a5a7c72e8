"""Shared fixtures: stores on real databases (a SQLite file and a fresh PostgreSQL database),
the seed corpus, and hand-built documents with non-trivial offset maps."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from hypothesis import settings
from psycopg import sql

from diplomatica.config import seed_corpus_dir
from diplomatica.ingest.model import Note, OffsetMap, Segment, SourceDocument
from diplomatica.kb import Store, open_store
from diplomatica.kb.store import MentionInput
from diplomatica.nlp.types import Actor, EntityRef, EventFact, TenureFact, TimeValue

# Property tests are repeatable by default (the same generated inputs on every run, so a CI run
# is red only for a change, never for a lucky draw); HYPOTHESIS_PROFILE=explore draws anew.
settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = seed_corpus_dir()
PG_ADMIN_URL = "postgresql://127.0.0.1/test"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture
def pg_url() -> Iterator[str]:
    """Yield the URL of a fresh, empty PostgreSQL database, dropped afterwards.

    Each test gets its own database, so parallel workers never collide. Fails (does not skip)
    when the server is down.
    """
    name = f"dipl_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield f"postgresql://127.0.0.1/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Return the URL of an empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kb.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """Yield an opened (migrated) store on each backend."""
    with open_store(store_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """Return the directory of the reference seed corpus (read-only, never copied)."""
    assert SEEDS_DIR.is_dir(), (
        f"seed corpus missing at {SEEDS_DIR} (set DIPLOMATICA_SEEDS to its folder)"
    )
    return SEEDS_DIR.resolve()


def seed_document(path: Path) -> SourceDocument:
    """Return a seed file as a plain-text document whose offset map is the identity."""
    text = path.read_text(encoding="utf-8")
    return SourceDocument(
        doc_id=path.stem,
        source_path=str(path),
        content_hash=hashlib.sha256(path.read_bytes()).hexdigest(),
        format="txt",
        text=text,
        offsets=OffsetMap.identity(len(text)),
        title=None,
    )


@pytest.fixture
def seeded_store(store: Store, seeds_dir: Path) -> Store:
    """Return a store holding both seed files."""
    for path in sorted(seeds_dir.glob("*.txt")):
        store.add_document(seed_document(path))
    return store


class MarkedUpDocument:
    """A hand-built document whose original file wraps each clean piece in markup.

    ``source`` is the original file's text; the document text is the concatenation of the
    pieces, so the offset map is made of verbatim segments shifted by the markup.
    """

    def __init__(self, pieces: list[tuple[str, str]]) -> None:
        source_parts: list[str] = []
        text_parts: list[str] = []
        segments: list[Segment] = []
        source_len = text_len = 0
        for markup, piece in pieces:
            source_parts.append(markup)
            source_len += len(markup)
            segments.append(
                Segment(text_len, text_len + len(piece), source_len, source_len + len(piece))
            )
            source_parts.append(piece)
            text_parts.append(piece)
            source_len += len(piece)
            text_len += len(piece)
        self.source = "".join(source_parts)
        self.text = "".join(text_parts)
        self.offsets = OffsetMap(segments)


# Example documents written for the tests (not taken from any source).
BODY_PIECES = [
    ("<h1>", "Relations between Freedonia and Sylvania, 1950-1960"),
    ("</h1>\n<p>", "\n\nIn March 1952 the two republics agreed to exchange ambassadors."),
    (" <i>", "[1]"),
    ("</i></p>\n<p>", "\n\nThe first Freedonian ambassador, R. Teasdale, arrived in Sylvania "),
    ("<b>", "in the spring of 1953"),
    ("</b>", ". A treaty of friendship followed in 1955; it was renewed in 1960."),
    (" <i>", "[2]"),
    ("</i></p>\n<hr/>\n<p>", "\n\n[1] Freedonian foreign ministry bulletin, 1952."),
    ("</p>\n<p>", "\n\n[2] Sylvanian state gazette, 1960."),
]


def marked_up_document(
    doc_id: str = "freedonia-1",
    *,
    version_suffix: str = "",
    source_path: str = "examples/freedonia.html",
) -> tuple[SourceDocument, str]:
    """Return a hand-built HTML-like document with two endnotes and its original source text.

    ``version_suffix`` is appended to the body to make a different version of the same file.
    """
    pieces = list(BODY_PIECES)
    if version_suffix:
        pieces.insert(6, ("", version_suffix))
    built = MarkedUpDocument(pieces)
    text = built.text
    notes_at = text.index("\n\n[1] Freedonian")
    notes: list[Note] = []
    for number, label in enumerate(("1", "2"), start=1):
        marker = f"[{label}]"
        ref_at = text.index(marker)
        note_at = text.index(marker, notes_at)
        note_end = text.find("\n", note_at)
        note_end = len(text) if note_end < 0 else note_end
        notes.append(
            Note(
                marker=marker,
                label=label,
                number=number,
                text=text[note_at + len(marker) : note_end].strip(),
                start=note_at,
                end=note_end,
                refs=[(ref_at, ref_at + len(marker))],
            )
        )
    doc = SourceDocument(
        doc_id=doc_id,
        source_path=source_path,
        content_hash=hashlib.sha256(built.source.encode()).hexdigest(),
        format="html",
        text=text,
        offsets=built.offsets,
        title="Relations between Freedonia and Sylvania, 1950-1960",
        date="1961",
        doc_type="essay",
        source="Test fixtures",
        metadata={"author": "Test Author", "tags": ["bilateral", "treaty"]},
        notes=notes,
        body_end=notes_at,
    )
    return doc, built.source


@pytest.fixture
def make_document() -> Callable[..., tuple[SourceDocument, str]]:
    """Return the builder of hand-made documents (see :func:`marked_up_document`)."""
    return marked_up_document


FRD = EntityRef("state", "FRD", "Freedonia")
SYL = EntityRef("state", "SYL", "Sylvania")
TEASDALE = EntityRef("person", "teasdale", "R. Teasdale", "FRD", "ambassador")


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def facts_for(doc: SourceDocument) -> tuple[list[MentionInput], list[EventFact], list[TenureFact]]:
    """Return hand-made mentions, events and tenures for the marked-up test document."""
    text = doc.text
    mentions: list[MentionInput] = [
        (*_span(text, "Freedonian ambassador"), "NORP", FRD),
        (*_span(text, "R. Teasdale"), "PERSON", TEASDALE),
        (*_span(text, "Sylvania "), "GPE", SYL),
        (*_span(text, "the two republics"), "NORP", None),
    ]
    exchange = _span(text, "In March 1952 the two republics agreed to exchange ambassadors.")
    arrival = _span(text, "The first Freedonian ambassador, R. Teasdale, arrived in Sylvania")
    events = [
        EventFact(
            type="ESTABLISH_RELATIONS",
            trigger="agreed",
            evidence_start=exchange[0],
            evidence_end=exchange[1],
            countries=["SYL", "FRD"],
            actors=[
                Actor("Freedonia", "FRD", "state", "FRD", "participant"),
                Actor("Sylvania", "SYL", "state", "SYL", "participant"),
            ],
            date=TimeValue("In March 1952", "1952-03", "1952-03-01", "1952-03-31", "month"),
            confidence=0.9,
            attributes={"level": "ambassador"},
            plover="AGREE",
            cameo="057",
            notes=["1"],
        ),
        EventFact(
            type="VISIT",
            trigger="arrived",
            evidence_start=arrival[0],
            evidence_end=arrival[1],
            countries=["FRD", "SYL"],
            actors=[Actor("R. Teasdale", "teasdale", "person", "FRD", "source")],
            place="Sylvania",
        ),
    ]
    tenures = [
        TenureFact(
            person="R. Teasdale",
            person_id="teasdale",
            role="ambassador",
            country="FRD",
            to="SYL",
            start="1953",
            end=None,
            evidence_start=arrival[0],
            evidence_end=arrival[1],
            confidence=0.8,
        )
    ]
    return mentions, events, tenures
