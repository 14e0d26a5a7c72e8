"""Storing extracted facts: replace_facts, offset mapping, idempotency and atomicity."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from conftest import TEASDALE, facts_for
from diplomatica.errors import StoreError
from diplomatica.ingest.model import SourceDocument
from diplomatica.kb import Store
from diplomatica.kb.models import Entity
from diplomatica.kb.store import Store as StoreClass
from diplomatica.nlp.types import EntityRef

MakeDocument = Callable[..., tuple[SourceDocument, str]]


def test_replace_facts_stores_everything_with_original_offsets(
    store: Store, make_document: MakeDocument
) -> None:
    doc, source = make_document()
    pk = store.add_document(doc).pk
    assert store.pending_extraction("x1") == [pk]
    store.replace_facts(pk, *facts_for(doc), extractor_version="x1")

    counts = store.counts()
    assert counts["mentions"] == 4
    assert counts["entities"] == 3  # FRD, SYL, teasdale: actors reuse the mentions' entities
    assert (counts["events"], counts["event_arguments"], counts["tenures"]) == (2, 3, 1)
    assert counts["evidence"] == 3
    assert store.pending_extraction("x1") == []
    assert store.pending_extraction("x2") == [pk]
    assert store.documents()[0].extracted

    events = store.events()
    agree = next(e for e in events if e.type == "ESTABLISH_RELATIONS")
    assert (agree.plover, agree.cameo, agree.countries) == ("AGREE", "057", ["FRD", "SYL"])
    assert (agree.date_start, agree.date_end, agree.granularity) == ("1952-03", "1952-03", "month")
    assert agree.attributes["level"] == "ambassador"
    [evidence] = agree.evidence
    assert evidence.quote == doc.text[evidence.text_start : evidence.text_end]
    assert evidence.start > evidence.text_start  # shifted by the markup of the original
    assert source[evidence.start : evidence.end] == evidence.quote
    assert evidence.notes == ["1"]

    [tenure] = store.tenures()
    assert (tenure.person_key, tenure.to, tenure.start, tenure.end) == (
        "teasdale",
        "SYL",
        "1953",
        None,
    )
    original = source[tenure.evidence[0].start : tenure.evidence[0].end]
    assert original.startswith("The first Freedonian ambassador") and "Sylvania" in original


def test_replace_facts_is_idempotent(store: Store, make_document: MakeDocument) -> None:
    doc, _ = make_document()
    pk = store.add_document(doc).pk
    store.replace_facts(pk, *facts_for(doc), extractor_version="x1")
    first_counts, first_events = store.counts(), store.events()
    store.replace_facts(pk, *facts_for(doc), extractor_version="x1")
    assert store.counts() == first_counts
    assert [(e.key, e.evidence) for e in store.events()] == [
        (e.key, e.evidence) for e in first_events
    ]
    # Fewer facts the second time: the earlier ones are gone, entities stay.
    store.replace_facts(pk, [], [], [], extractor_version="x2")
    counts = store.counts()
    assert [
        counts[t] for t in ("mentions", "events", "event_arguments", "evidence", "tenures")
    ] == [
        0,
        0,
        0,
        0,
        0,
    ]
    assert counts["entities"] == 3
    assert store.pending_extraction("x2") == []


def test_entity_upsert_fills_gaps(store: Store, make_document: MakeDocument) -> None:
    doc, _ = make_document()
    pk = store.add_document(doc).pk
    bare = EntityRef("person", "teasdale", "R. Teasdale")
    store.replace_facts(pk, [(0, 5, "PERSON", bare)], [], [], "x1")
    store.replace_facts(pk, [(0, 5, "PERSON", TEASDALE)], [], [], "x1")
    with Session(store.engine) as session:
        [entity] = session.scalars(sa.select(Entity)).all()
    assert (entity.kind, entity.key, entity.country) == ("person", "teasdale", "FRD")
    assert entity.attributes == {"titles": ["ambassador"]}


def test_failure_mid_way_keeps_the_previous_facts(
    store: Store, make_document: MakeDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc, _ = make_document()
    pk = store.add_document(doc).pk
    store.replace_facts(pk, *facts_for(doc), extractor_version="x1")
    before_counts, before_events = store.counts(), store.events()
    before_doc = store.document_by_pk(pk)

    def exploding_insert_tenure(self: StoreClass, *args: object) -> None:
        raise RuntimeError("extractor crashed")

    monkeypatch.setattr(StoreClass, "_insert_tenure", exploding_insert_tenure)
    mentions, events, tenures = facts_for(doc)
    extra = EntityRef("organization", "UN", "United Nations")
    with pytest.raises(RuntimeError, match="extractor crashed"):
        store.replace_facts(pk, [*mentions, (0, 3, "ORG", extra)], events, tenures, "x2")
    assert store.counts() == before_counts  # not even the new entity was kept
    assert store.events() == before_events
    after_doc = store.document_by_pk(pk)
    assert before_doc is not None and after_doc is not None
    assert after_doc.extractor_version == "x1"
    assert after_doc.extracted_at == before_doc.extracted_at


def test_facts_of_old_versions_are_kept_but_not_listed(
    store: Store, make_document: MakeDocument
) -> None:
    v1, _ = make_document()
    pk1 = store.add_document(v1).pk
    store.replace_facts(pk1, *facts_for(v1), extractor_version="x1")
    v2, _ = make_document(version_suffix=" Relations cooled after 1958.")
    pk2 = store.add_document(v2).pk
    assert store.pending_extraction("x1") == [pk2]
    assert store.events() == [] and store.tenures() == []
    assert store.counts()["evidence"] == 3  # the old version's facts are still stored

    store.replace_facts(pk2, *facts_for(v2), extractor_version="x1")
    assert len(store.events()) == 2
    assert store.counts()["evidence"] == 6
    assert {e.evidence[0].doc_id for e in store.events()} == {"freedonia-1"}


def test_unknown_document_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no document"):
        store.replace_facts(12345, [], [], [], "x1")
