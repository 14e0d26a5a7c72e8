"""Helpers shared by the tenure pattern tests: select a person's tenures from a processed Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from diplomatica.nlp.events.tenure_facts import person_key
from diplomatica.nlp.types import TenureFact


def tenures_of(doc: Doc, name: str) -> list[TenureFact]:
    """Return the tenures of ``doc`` whose holder's name contains every word of ``name``'s key."""
    key = set(person_key(name).split())
    return [t for t in doc._.dipl_tenures if key <= set(person_key(t.person).split())]


def terms_of(doc: Doc, name: str) -> set[tuple[str, str | None, str | None]]:
    """Return ``(role, start, end)`` of every tenure of ``name`` in ``doc``."""
    return {(t.role, t.start, t.end) for t in tenures_of(doc, name)}
