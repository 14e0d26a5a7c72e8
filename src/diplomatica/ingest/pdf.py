"""PDF files: the text layer extracted by pypdf; the extracted text is its own source.

The PDF info's creation date goes to ``metadata["created"]``, not ``date``: it dates the file,
not the document it carries.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from diplomatica.errors import IngestError
from diplomatica.ingest.assemble import build_document
from diplomatica.ingest.dates import iso_date
from diplomatica.ingest.detect import sha256_hex
from diplomatica.ingest.model import OffsetMap, SourceDocument

MAX_PAGES = 5000


def read_pdf(path: Path, data: bytes) -> list[SourceDocument]:
    """Return the single document of a PDF file whose bytes are ``data``; raise IngestError for
    non-PDF, encrypted, truncated/corrupt PDFs and PDFs without a text layer."""
    if b"%PDF-" not in data[:1024]:
        raise IngestError(path, "not a PDF (no %PDF header)")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(path, "PDF is encrypted")
        pages = _page_texts(path, reader)
        metadata = _metadata(reader)
    except IngestError:
        raise
    except Exception as err:  # pypdf raises many kinds of errors on damaged files
        raise IngestError(path, f"corrupt or truncated PDF ({type(err).__name__}: {err})") from None
    if not pages:
        raise IngestError(path, "corrupt or truncated PDF (no pages)")
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise IngestError(path, "PDF has no text layer (scanned?)")
    metadata["pages"] = len(pages)
    return [
        build_document(
            path,
            content_hash=sha256_hex(data),
            fmt="pdf",
            text=text,
            offsets=OffsetMap.identity(len(text)),
            source_len=len(text),
            metadata=metadata,
        )
    ]


def _page_texts(path: Path, reader: PdfReader) -> list[str]:
    count = len(reader.pages)
    if count > MAX_PAGES:
        raise IngestError(path, f"PDF has too many pages ({count}; the limit is {MAX_PAGES})")
    return [page.extract_text() or "" for page in reader.pages]


def _metadata(reader: PdfReader) -> dict[str, Any]:
    info = reader.metadata
    meta: dict[str, Any] = {}
    if info is None:
        return meta
    title = (info.title or "").strip()
    author = (info.author or "").strip()
    if title:
        meta["title"] = title
    if author:
        meta["author"] = author
    raw_date = info.get("/CreationDate")
    if isinstance(raw_date, str):
        created = iso_date(raw_date.strip())
        if created:  # when the file was made, not when the document was written
            meta["created"] = created
    return meta
