"""Plain-text and Markdown files: plain text is decoded verbatim (the offset map is the identity);
Markdown loses its markup, each kept run mapping to its exact source position."""

from __future__ import annotations

from pathlib import Path

from diplomatica.errors import IngestError
from diplomatica.ingest.assemble import build_document
from diplomatica.ingest.detect import decode_text, sha256_hex
from diplomatica.ingest.markdown import clean_markdown
from diplomatica.ingest.model import OffsetMap, SourceDocument


def read_text(path: Path, data: bytes, fmt: str) -> list[SourceDocument]:
    """Return the single document of a ``.txt``/``.md`` file whose bytes are ``data`` (Markdown
    markup removed from the text, see :mod:`diplomatica.ingest.markdown`)."""
    source = decode_text(path, data)
    if fmt == "md":
        text, offsets = clean_markdown(source)
        if not text.strip():
            raise IngestError(path, "no readable text (only Markdown markup)")
    else:
        text, offsets = source, OffsetMap.identity(len(source))
    return [
        build_document(
            path,
            content_hash=sha256_hex(data),
            fmt=fmt,
            text=text,
            offsets=offsets,
            source_len=len(source),
        )
    ]
