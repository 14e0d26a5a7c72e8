"""Indexing a document's names by surname, for the steps that read a bare surname back to the
full names given elsewhere in the document."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

V = TypeVar("V", bound=Hashable)


def surname_index(entries: Iterable[tuple[str, V]]) -> dict[str, set[V]]:
    """Return surname → the set of values given for it by ``(surname, value)`` entries."""
    index: dict[str, set[V]] = {}
    for surname, value in entries:
        index.setdefault(surname, set()).add(value)
    return index
