"""Diplomatica ingest stage: turns files into :class:`SourceDocument` objects.

Public API: :data:`SUPPORTED_EXTENSIONS`, :func:`discover`, :func:`read_documents`,
:data:`DEFAULT_MAX_BYTES`; errors are :class:`diplomatica.errors.IngestError`.
"""

from __future__ import annotations

from pathlib import Path

from diplomatica.errors import IngestError
from diplomatica.ingest.detect import DEFAULT_MAX_BYTES, read_limited
from diplomatica.ingest.discover import SUPPORTED_EXTENSIONS, Discovery, discover
from diplomatica.ingest.html import read_html
from diplomatica.ingest.jsonrec import read_json
from diplomatica.ingest.model import Note, OffsetMap, Segment, SourceDocument
from diplomatica.ingest.pdf import read_pdf
from diplomatica.ingest.tei import read_tei
from diplomatica.ingest.text import read_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "Discovery",
    "IngestError",
    "Note",
    "OffsetMap",
    "Segment",
    "SourceDocument",
    "discover",
    "read_documents",
]


def read_documents(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[SourceDocument]:
    """Return the documents in file ``path`` (several for TEI/JSON collections).

    Raises IngestError (one line naming the file) when the file is missing, unreadable, empty,
    larger than ``max_bytes``, binary, malformed, unsafe XML, or a PDF without a text layer.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        raise IngestError(path, f"unsupported file type {suffix or '(no extension)'}")
    data = read_limited(path, max_bytes)
    try:
        documents = _read(path, suffix, data)
    except IngestError:
        raise
    except (RecursionError, MemoryError, ValueError, UnicodeError) as err:
        raise IngestError(path, f"cannot ingest ({type(err).__name__}: {err})") from None
    return _unique_ids(path, documents)


def _unique_ids(path: Path, documents: list[SourceDocument]) -> list[SourceDocument]:
    """Return ``documents``, refusing a file in which two documents share an id (one of them
    would otherwise shadow the other in the store)."""
    seen: set[str] = set()
    for doc in documents:
        if doc.doc_id in seen:
            raise IngestError(path, f"two documents share the id {doc.doc_id!r}")
        seen.add(doc.doc_id)
    return documents


def _read(path: Path, suffix: str, data: bytes) -> list[SourceDocument]:
    if suffix in (".txt", ".md"):
        return read_text(path, data, suffix[1:])
    if suffix in (".html", ".htm"):
        return read_html(path, data)
    if suffix == ".pdf":
        return read_pdf(path, data)
    if suffix == ".xml":
        return read_tei(path, data)
    return read_json(path, data, lines=suffix == ".jsonl")
