"""The Diplomatica knowledge base: a SQL store (SQLite or PostgreSQL) of documents, passages,
notes and extracted facts, with full-text search.

Open it with :func:`open_store`; the schema is migrated to the latest version on open.
"""

from diplomatica.errors import StoreError
from diplomatica.kb.store import (
    AddResult,
    ArgumentInfo,
    DocumentInfo,
    EvidenceInfo,
    SearchHit,
    Store,
    StoredDocument,
    StoredEvent,
    StoredTenure,
    open_store,
    resolve_url,
)

__all__ = [
    "AddResult",
    "ArgumentInfo",
    "DocumentInfo",
    "EvidenceInfo",
    "SearchHit",
    "Store",
    "StoreError",
    "StoredDocument",
    "StoredEvent",
    "StoredTenure",
    "open_store",
    "resolve_url",
]
