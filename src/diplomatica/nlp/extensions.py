"""Registration of the ``Doc``/``Span`` extension attributes the Diplomatica components share."""

from __future__ import annotations

from spacy.tokens import Doc, Span

SPANS_TIME = "dipl_time"
SPANS_ENTITIES = "dipl_entities"


def register() -> None:
    """Register the extension attributes once (idempotent; safe to call from every factory)."""
    for name, default in (
        ("dipl_doc_date", None),
        ("dipl_events", None),
        ("dipl_tenures", None),
        ("dipl_notes", None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in ("timex", "entity"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
