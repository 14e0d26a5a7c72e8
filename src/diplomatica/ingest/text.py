"""Plain-text and Markdown files: decoded verbatim, so the offset map is the identity."""

from __future__ import annotations

from pathlib import Path

from diplomatica.ingest.assemble import build_document
from diplomatica.ingest.detect import decode_text, sha256_hex
from diplomatica.ingest.model import OffsetMap, SourceDocument


def read_text(path: Path, data: bytes, fmt: str) -> list[SourceDocument]:
    """Return the single document of a ``.txt``/``.md`` file whose bytes are ``data``."""
    source = decode_text(path, data)
    return [
        build_document(
            path,
            content_hash=sha256_hex(data),
            fmt=fmt,
            text=source,
            offsets=OffsetMap.identity(len(source)),
            source_len=len(source),
        )
    ]
