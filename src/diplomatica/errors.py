"""Errors raised by Diplomatica, each carrying a one-line, user-facing message."""

from __future__ import annotations

from pathlib import Path


class DiplomaticaError(Exception):
    """Base class of every error Diplomatica raises on purpose."""


class IngestError(DiplomaticaError):
    """A file that could not be ingested; ``str(err)`` is one line naming file and reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = " ".join(reason.split())
        super().__init__(f"{self.path}: {self.reason}")


class StoreError(DiplomaticaError):
    """The knowledge base could not be opened or written."""


class ExtractionError(DiplomaticaError):
    """A stored document whose facts could not be extracted; the rest of the build goes on."""

    def __init__(self, doc_id: str, reason: str) -> None:
        self.doc_id = doc_id
        self.reason = " ".join(reason.split())
        super().__init__(f"{doc_id}: extraction failed: {self.reason}")
