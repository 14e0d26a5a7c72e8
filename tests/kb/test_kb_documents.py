"""Adding documents: idempotency, versions, transactions, and reading them back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from diplomatica.ingest.model import Note, SourceDocument
from diplomatica.kb import Store
from diplomatica.kb.store import Store as StoreClass

MakeDocument = Callable[..., tuple[SourceDocument, str]]


def test_add_then_add_again_is_unchanged(store: Store, make_document: MakeDocument) -> None:
    doc, _ = make_document()
    first = store.add_document(doc)
    assert (first.status, first.version, first.doc_id) == ("added", 1, "freedonia-1")
    counts = store.counts()
    assert counts["documents"] == 1 and counts["notes"] == 2 and counts["note_refs"] == 2
    assert counts["passages"] == 5  # title, two body paragraphs, two notes

    again = store.add_document(doc)
    assert (again.status, again.pk, again.version) == ("unchanged", first.pk, 1)
    assert store.counts() == counts


def test_document_round_trip(store: Store, make_document: MakeDocument) -> None:
    doc, _ = make_document()
    store.add_document(doc)
    stored = store.document("freedonia-1")
    assert stored is not None
    assert stored.text == doc.text
    assert stored.offsets.to_json() == doc.offsets.to_json()
    assert stored.notes == doc.notes
    assert stored.metadata == {"author": "Test Author", "tags": ["bilateral", "treaty"]}
    assert (stored.title, stored.date, stored.doc_type, stored.body_end) == (
        doc.title,
        "1961",
        "essay",
        doc.body_end,
    )
    assert stored.to_source_document() == doc
    assert store.document("no-such-doc") is None


def test_document_list(store: Store, make_document: MakeDocument) -> None:
    doc, _ = make_document()
    other = replace(doc, doc_id="undated", source_path="b.txt", content_hash="x", date=None)
    store.add_document(other)
    store.add_document(doc)
    infos = store.documents()
    assert [i.doc_id for i in infos] == ["freedonia-1", "undated"]  # dated first
    info = infos[0]
    assert (info.version, info.n_chars, info.n_notes, info.extracted) == (
        1,
        len(doc.text),
        2,
        False,
    )
    assert (info.format, info.source_path, info.source) == (
        "html",
        doc.source_path,
        "Test fixtures",
    )


def test_new_content_makes_a_new_version_and_keeps_the_old(
    store: Store, make_document: MakeDocument
) -> None:
    v1, _ = make_document()
    v2, _ = make_document(version_suffix=" A trade agreement with Ruritania came next.")
    first = store.add_document(v1)
    second = store.add_document(v2)
    assert (second.status, second.version) == ("new_version", 2)
    assert second.pk != first.pk

    assert [(i.version, i.pk) for i in store.documents()] == [(2, second.pk)]
    all_versions = store.documents(current_only=False)
    assert [i.version for i in all_versions] == [1, 2]
    assert store.counts()["notes"] == 4  # both versions keep their notes
    current = store.document("freedonia-1")
    assert current is not None and current.version == 2 and "Ruritania" in current.text
    old = store.document_by_pk(first.pk)
    assert old is not None and not old.is_current and old.text == v1.text

    # Search only sees the current version: the paragraph exists in both, it is found once.
    assert len(store.search('"exchange ambassadors"')) == 1
    hits = store.search("Ruritania")
    assert len(hits) == 1 and "Ruritania" in current.text[hits[0].text_start : hits[0].text_end]

    # Reverting the file's content makes the earlier row current again, without a new row.
    back = store.add_document(v1)
    assert (back.status, back.pk, back.version) == ("new_version", first.pk, 1)
    assert store.counts()["documents"] == 2
    assert store.search("Ruritania") == []


def test_same_doc_id_in_another_file_is_a_separate_document(
    store: Store, make_document: MakeDocument
) -> None:
    doc, _ = make_document()
    copy, _ = make_document(source_path="elsewhere/freedonia.html")
    assert store.add_document(doc).status == "added"
    assert store.add_document(copy).status == "added"
    assert len(store.documents()) == 2


def test_failure_after_partial_writes_leaves_nothing(
    store: Store, make_document: MakeDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc, _ = make_document()
    calls: list[int] = []

    def exploding_insert_notes(self: StoreClass, session: object, pk: int, notes: object) -> None:
        calls.append(pk)  # the document and its passages have been flushed by now
        raise RuntimeError("disk full")

    monkeypatch.setattr(StoreClass, "_insert_notes", exploding_insert_notes)
    with pytest.raises(RuntimeError, match="disk full"):
        store.add_document(doc)
    assert calls, "the failure must happen after the first rows were written"
    assert set(store.counts().values()) == {0}
    assert store.search("ambassadors") == []


def test_invalid_note_rolls_back_the_whole_document(
    store: Store, make_document: MakeDocument
) -> None:
    doc, _ = make_document()
    refs = [(None, None)]  # violates NOT NULL when the note's references are flushed
    broken = Note("[3]", "3", 3, "A note with a broken reference.", 0, 5, refs=refs)  # type: ignore[arg-type]
    with pytest.raises(Exception, match=r"(?i)null|integrity"):
        store.add_document(replace(doc, notes=[*doc.notes, broken]))
    assert set(store.counts().values()) == {0}
    # The store is still usable afterwards.
    assert store.add_document(doc).status == "added"
