"""Full-text search over the seed corpus and hand-built documents, on both backends."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from diplomatica.errors import StoreError
from diplomatica.ingest.model import OffsetMap, SourceDocument
from diplomatica.kb import SearchHit, Store, open_store
from diplomatica.kb.fts import parse_query, render_fts5, render_websearch

MakeDocument = Callable[..., tuple[SourceDocument, str]]


def _passage(store: Store, hit: SearchHit) -> str:
    doc = store.document(hit.doc_id)
    assert doc is not None
    return doc.text[hit.text_start : hit.text_end]


def _assert_ranked(hits: list[SearchHit]) -> None:
    assert [h.rank for h in hits] == list(range(1, len(hits) + 1))
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_treaty_of_friendship_ranks_the_treaty_first(seeded_store: Store) -> None:
    hits = seeded_store.search("treaty of friendship", limit=5)
    _assert_ranked(hits)
    top = _passage(seeded_store, hits[0])
    assert re.search(r"Treaty of Friendship", top)
    assert re.search(r"\b(1986|2002)\b", top)
    assert "[Treaty" in hits[0].snippet or "[Friendship" in hits[0].snippet


def test_ambassador_pyongyang_hits_contain_both_words(seeded_store: Store) -> None:
    hits = seeded_store.search("ambassador Pyongyang", limit=10)
    assert len(hits) >= 3
    _assert_ranked(hits)
    for hit in hits:
        text = _passage(seeded_store, hit).lower()
        assert "ambassador" in text and "pyongyang" in text


def test_phrase_query_requires_adjacent_words(seeded_store: Store) -> None:
    phrase_hits = seeded_store.search('"Kim Il Sung" Batmunkh', limit=50)
    assert phrase_hits
    assert {h.doc_id for h in phrase_hits} == {"000_a4829929fe47a914", "003_98e899229104fb75"}
    for hit in phrase_hits:
        text = _passage(seeded_store, hit)
        assert "Kim Il Sung" in text and "Batmunkh" in text
    # "Sung Kim" in quotes is not the same phrase.
    assert seeded_store.search('"Sung Kim Il"') == []


def test_excluded_words(seeded_store: Store) -> None:
    hits = seeded_store.search("treaty -friendship", limit=50)
    assert hits
    for hit in hits:
        text = _passage(seeded_store, hit).lower()
        assert "treat" in text and "friendship" not in text


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced quote treaty',
        "treaty*",
        "NEAR(treaty friendship)",
        "treaty AND OR NOT friendship",
        "'; DROP TABLE passages; --",
        "text:treaty",
        "^treaty {a b} (c",
        "- treaty -",
        'Kim "" Il',
    ],
)
def test_fts_syntax_in_queries_never_escapes(seeded_store: Store, query: str) -> None:
    hits = seeded_store.search(query, limit=5)
    assert isinstance(hits, list)
    assert seeded_store.counts()["passages"] > 0


@pytest.mark.parametrize("query", ["", "   ", '"*"', "-treaty", "( ) * ^ :"])
def test_queries_without_words_raise_store_error(seeded_store: Store, query: str) -> None:
    with pytest.raises(StoreError, match="no words"):
        seeded_store.search(query)


def test_limit_is_respected(seeded_store: Store) -> None:
    assert len(seeded_store.search("Mongolia", limit=3)) == 3
    assert seeded_store.search("Mongolia", limit=0) == []


def test_seed_hits_map_back_into_the_source_file(seeded_store: Store, seeds_dir: Path) -> None:
    for hit in seeded_store.search("Ulaanbaatar visit", limit=5):
        source = (seeds_dir / f"{hit.doc_id}.txt").read_text(encoding="utf-8")
        assert source[hit.start : hit.end] == _passage(seeded_store, hit)


def test_hits_on_marked_up_documents_use_original_offsets(
    store: Store, make_document: MakeDocument
) -> None:
    doc, source = make_document()
    store.add_document(doc)
    hits = store.search("Teasdale spring")
    assert len(hits) == 1
    hit = hits[0]
    assert hit.kind == "body"
    assert hit.start > hit.text_start  # the markup before the paragraph shifts it
    original = source[hit.start : hit.end]
    assert original.startswith("The first Freedonian ambassador")
    assert "<b>in the spring of 1953</b>" in original
    assert "[Teasdale]" in hit.snippet and "[spring]" in hit.snippet


def test_notes_and_titles_are_searchable(store: Store, make_document: MakeDocument) -> None:
    doc, source = make_document()
    store.add_document(doc)
    note_hits = store.search("gazette")
    assert [h.kind for h in note_hits] == ["note"]
    assert "Sylvanian state gazette" in source[note_hits[0].start : note_hits[0].end]
    title_hits = store.search('"Relations between Freedonia"')
    assert [h.kind for h in title_hits] == ["title"]


def test_configurable_snippet_markers(store: Store, make_document: MakeDocument) -> None:
    doc, _ = make_document()
    store.add_document(doc)
    hit = store.search("Teasdale", markers=("<mark>", "</mark>"))[0]
    assert "<mark>Teasdale</mark>" in hit.snippet


def test_diacritics_are_folded_on_sqlite(tmp_path: Path, make_document: MakeDocument) -> None:
    text = "The envoy met Tsedenbal in Ulánbátar."
    doc, _ = make_document()
    doc = replace(doc, text=text, offsets=OffsetMap.identity(len(text)), notes=[], body_end=None)
    with open_store(f"sqlite:///{tmp_path / 'd.db'}") as sqlite_store:
        sqlite_store.add_document(doc)
        assert len(sqlite_store.search("Ulanbatar")) == 1


def test_query_rendering_quotes_every_term() -> None:
    parsed = parse_query('treaty "of friendship" -Moscow NEAR(x')
    assert parsed.include == (("treaty",), ("of", "friendship"), ("NEAR", "x"))
    assert parsed.exclude == (("Moscow",),)
    rendered = render_fts5(parsed)
    assert rendered == (
        '(("treaty" "of friendship" "NEAR x") OR "treaty of friendship NEAR x") NOT ("Moscow")'
    )
    assert render_websearch(parsed) == 'treaty "of friendship" "NEAR x" -Moscow'


def test_control_character_markers(store: Store, make_document: MakeDocument) -> None:
    doc, _ = make_document()
    store.add_document(doc)
    hit = store.search("Teasdale", markers=("\x02", "\x03"))[0]
    assert "\x02Teasdale\x03" in hit.snippet


@pytest.mark.parametrize("markers", [("", "]"), ('"', '"'), ("[", "a,b")])
def test_unusable_markers_are_rejected_on_every_backend(
    store: Store, make_document: MakeDocument, markers: tuple[str, str]
) -> None:
    doc, _ = make_document()
    store.add_document(doc)
    with pytest.raises(StoreError, match="marker"):
        store.search("Teasdale", markers=markers)
