"""Archival record pages in our own wording: header, citation styles, info block, HTML variant."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from diplomatica.ingest import SourceDocument, read_documents
from diplomatica.ingest.archival import parse_archival


def _one(path: Path) -> SourceDocument:
    docs = read_documents(path)
    assert len(docs) == 1
    return docs[0]


def test_russian_style_citation_record(
    fixtures: Path, check_words: Callable[[SourceDocument, str], list[str]]
) -> None:
    path = fixtures / "archival_pegov_gandhi_1972.txt"
    doc = _one(path)
    meta = doc.metadata
    assert doc.title.startswith("Record of Conversation between Soviet Ambassador N.M. Pegov")
    assert doc.date == "1972-01-24"
    assert doc.doc_type == "Memorandum of Conversation"
    assert doc.source == "Archive of Foreign Policy of the Russian Federation (AVPRF)"
    assert (meta["fond"], meta["opis"], meta["file"], meta["pages"]) == ("090", "34", "12", "4-9")
    assert meta["translators"] == ["Maria Example", "Ivan Sample", "Priya Placeholder"]
    assert meta["funders"] == ["Example Heritage Foundation", "Open Archives Trust"]
    assert meta["uploaded_date"] == "2015-03-03"
    assert meta["record_id"] == "118734"
    assert "seek permission" in meta["rights"]
    assert meta["summary"].startswith("The Soviet ambassador informs")
    assert doc.text.startswith("24 January 1972")
    assert doc.text.endswith("Comrade A.N. Kosygin.")
    for boilerplate in ("Skip to main content", "made possible", "Record ID", "reuse"):
        assert boilerplate not in doc.text
    assert check_words(doc, path.read_text(encoding="utf-8")) == []


def test_box_folder_record_with_title_before_date(fixtures: Path) -> None:
    doc = _one(fixtures / "archival_box_folder_1961.txt")
    meta = doc.metadata
    assert doc.title == "Letter from the Ambassador in Vientiane to the Secretary of State"
    assert doc.date == "1961-05-12"
    assert doc.doc_type == "Letter"
    assert meta["archive"] == "Example Presidential Library, National Security Files"
    assert (meta["box"], meta["folder"]) == ("130", "7")
    assert meta["obtained_by"] == ["Jane Researcher"]
    assert meta["obtained_for"] == "the Example History Project"
    assert meta["record_id"] == "EX-1961-0042"
    assert meta["funders"] == ["Example Civic Fund"]
    assert doc.text.startswith("Vientiane, 12 May 1961")
    assert "copyright" not in doc.text


def test_html_archival_page(
    fixtures: Path, check_words: Callable[[SourceDocument, str], list[str]]
) -> None:
    path = fixtures / "archival_page.html"
    doc = _one(path)
    meta = doc.metadata
    assert doc.format == "html"
    assert doc.title == "Record of Conversation between A.A. Gromyko and Sardar Swaran Singh"
    assert doc.date == "1971-08-09"
    assert doc.source == "Example State Archive"
    assert (meta["fond"], meta["opis"], meta["file"], meta["pages"]) == ("5", "63", "451", "12-15")
    assert meta["translators"] == ["Lena Example", "Arun Sample"]
    assert meta["obtained_for"] == "the Example Project"
    assert meta["record_id"] == "220451"
    assert meta["funders"] == ["Example Heritage Foundation"]
    assert meta["author"] == "Example Digital Archive"
    for boilerplate in ("Skip to content", "Home", "cookies", "all rights reserved", "tracking"):
        assert boilerplate not in doc.text
    assert doc.text.startswith("9 August 1971")
    assert "India’s burden" in doc.text and "every week & that" in doc.text
    assert "\n\n" in doc.text
    assert check_words(doc, path.read_text(encoding="utf-8")) == []


def test_plain_prose_is_not_archival() -> None:
    prose = "A short history\n\nThe two states signed a treaty in 1961.\n\nTrade grew after it.\n"
    assert parse_archival(prose) is None
