"""Diplomatica query stage: exports of the knowledge base (search lives on :class:`Store`)."""

from diplomatica.query.export import export_documents, export_events, export_tenures

__all__ = ["export_documents", "export_events", "export_tenures"]
