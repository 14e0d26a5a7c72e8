"""Guards for the project's own example corpus in ``examples/``.

These tests check the documents themselves (formats present, parseable, internally consistent) and
that the gold drafts in ``tests/gold/drafts/`` quote the documents exactly.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from defusedxml import ElementTree
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
GOLD = REPO / "tests" / "gold" / "drafts"
TEI_NS = "{http://www.tei-c.org/ns/1.0}"
XML_NS = "{http://www.w3.org/XML/1998/namespace}"

ESSAY = EXAMPLES / "essays" / "mongolia_third_neighbours_1972_2000.txt"
ARCHIVE = EXAMPLES / "archive" / "gorbachev_deng_1989.html"
TEI = EXAMPLES / "tei" / "nixon_china_1972.xml"
PDF = EXAMPLES / "pdf" / "basic_treaty_1972.pdf"
NEWS = EXAMPLES / "json" / "diplomatic_wire_reports.jsonl"
MARKDOWN = EXAMPLES / "articles" / "indo_soviet_treaty_1971.md"
ENCYCLOPEDIA = EXAMPLES / "encyclopedia" / "sino_soviet_treaty_1950.txt"

NOTE_MARKER = re.compile(r"\[([ivxlc]+)\]")
NOTE_LINE = re.compile(r"^\[([ivxlc]+)\] \S.*\d", re.MULTILINE)


def _roman_to_int(numeral: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for index, char in enumerate(numeral):
        value = values[char]
        following = values[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def _essay_parts() -> tuple[str, str]:
    text = ESSAY.read_text(encoding="utf-8")
    body, separator, notes = text.partition("\nNotes\n")
    assert separator, "the essay must have a trailing 'Notes' section"
    return body, notes


class _HtmlOutline(HTMLParser):
    """Collects the tags, meta elements and visible text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.meta: dict[str, str] = {}
        self.text_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        attributes = dict(attrs)
        if tag == "meta" and attributes.get("name"):
            self.meta[str(attributes["name"])] = attributes.get("content") or ""

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)


def _html_outline() -> _HtmlOutline:
    parser = _HtmlOutline()
    parser.feed(ARCHIVE.read_text(encoding="utf-8"))
    parser.close()
    return parser


def _news_records() -> list[dict[str, Any]]:
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _pdf_text() -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(PDF).pages)


def test_every_format_is_present() -> None:
    for path in (ESSAY, ARCHIVE, TEI, PDF, NEWS, MARKDOWN, ENCYCLOPEDIA):
        assert path.is_file(), path
        assert path.stat().st_size > 1500, f"{path} is too short to be useful"
    assert (EXAMPLES / "README.md").is_file()


def test_essay_note_markers_each_have_a_note_line_in_order() -> None:
    body, notes = _essay_parts()
    markers = NOTE_MARKER.findall(body)
    note_labels = NOTE_LINE.findall(notes)
    assert 6 <= len(note_labels) <= 10
    assert sorted(set(markers), key=_roman_to_int) == note_labels
    assert [_roman_to_int(label) for label in note_labels] == list(range(1, len(note_labels) + 1))
    assert markers == sorted(markers, key=_roman_to_int), "markers must appear in order"


def test_archive_page_has_record_structure() -> None:
    outline = _html_outline()
    assert {"nav", "main", "footer"} <= outline.tags
    assert outline.meta["date"] == "1989-05-16"
    assert "Gorbachev" in outline.meta["description"]
    text = " ".join(" ".join(outline.text_parts).split())
    for phrase in (
        "Skip to content",
        "Record of Conversation between M.S. Gorbachev and Deng Xiaoping",
        "Illustrative reconstruction",
        "Document Information",
        "fond 0100, opis 86",
        "Record type",
        "Record ID",
    ):
        assert phrase in text, phrase


def test_tei_parses_and_each_document_has_dateline_and_source_note() -> None:
    root = ElementTree.parse(TEI).getroot()
    assert root.tag == f"{TEI_NS}TEI"
    assert (
        root.find(f"{TEI_NS}teiHeader/{TEI_NS}fileDesc/{TEI_NS}titleStmt/{TEI_NS}title") is not None
    )
    documents = [div for div in root.iter(f"{TEI_NS}div") if div.get("type") == "document"]
    assert [div.get(f"{XML_NS}id") for div in documents] == ["d1", "d2"]
    for div in documents:
        date = div.find(f"{TEI_NS}dateline/{TEI_NS}date")
        assert date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.get("when", ""))
        assert div.find(f"{TEI_NS}dateline/{TEI_NS}placeName") is not None
        notes = list(div.iter(f"{TEI_NS}note"))
        assert any(note.get("type") == "source" for note in notes)
        assert all(
            str(note.get(f"{XML_NS}id", "")).startswith(str(div.get(f"{XML_NS}id")))
            for note in notes
        )


def test_pdf_has_a_text_layer_with_the_article() -> None:
    text = " ".join(_pdf_text().split())
    assert "signed in East Berlin on 21 December 1972" in text
    assert "Günter Gaus headed the West German mission" in text


def test_pdf_generator_reproduces_the_committed_file(tmp_path: Path) -> None:
    output = tmp_path / "basic_treaty.pdf"
    script = REPO / "scripts" / "make_example_pdf.py"
    subprocess.run([sys.executable, str(script), str(output)], check=True, timeout=120)
    assert output.read_bytes() == PDF.read_bytes()


def test_news_records_follow_the_jsonl_contract() -> None:
    records = _news_records()
    assert 2 <= len(records) <= 3
    assert len({record["id"] for record in records}) == len(records)
    for record in records:
        assert set(record) == {"id", "title", "date", "source", "type", "text"}
        assert record["type"] == "news"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
        assert len(record["text"].split()) > 80


def test_markdown_article_has_headings() -> None:
    text = MARKDOWN.read_text(encoding="utf-8")
    assert text.startswith("# The Indo-Soviet Treaty of 1971")
    assert len(re.findall(r"^## ", text, re.MULTILINE)) >= 3


def _document_texts() -> dict[str, str]:
    """Map each gold ``doc`` key to the plain text the annotations quote."""
    texts = {
        ESSAY.stem: ESSAY.read_text(encoding="utf-8"),
        ARCHIVE.stem: " ".join(_html_outline().text_parts),
        PDF.stem: _pdf_text(),
        MARKDOWN.stem: MARKDOWN.read_text(encoding="utf-8").replace("**", "").replace("*", ""),
        ENCYCLOPEDIA.stem: ENCYCLOPEDIA.read_text(encoding="utf-8"),
    }
    root = ElementTree.parse(TEI).getroot()
    for div in root.iter(f"{TEI_NS}div"):
        if div.get("type") == "document":
            texts[f"{TEI.stem}#{div.get(f'{XML_NS}id')}"] = "".join(div.itertext())
    for record in _news_records():
        texts[record["id"]] = record["text"]
    return {key: " ".join(value.split()) for key, value in texts.items()}


def _gold_rows(name: str) -> list[dict[str, Any]]:
    path = GOLD / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("examples.events.jsonl", "quote"),
        ("examples.tenures.jsonl", "quote"),
        ("examples.time.jsonl", "context"),
        ("examples.nonevents.jsonl", "quote"),
    ],
)
def test_gold_drafts_quote_their_documents(name: str, field: str) -> None:
    texts = _document_texts()
    rows = _gold_rows(name)
    assert len(rows) >= 10 or name == "examples.nonevents.jsonl"
    for row in rows:
        text = texts[row["doc"]]
        assert " ".join(row[field].split()) in text, row
        if name == "examples.time.jsonl":
            assert row["text"] in row["context"], row


def test_every_document_has_gold_events() -> None:
    documents = {row["doc"] for row in _gold_rows("examples.events.jsonl")}
    assert documents == set(_document_texts())


def test_gold_time_values_agree_with_their_bounds() -> None:
    for row in _gold_rows("examples.time.jsonl"):
        if row.get("negative"):
            assert row["value"] is None and row["start"] is None, row
            continue
        value, start, end = row["value"], row["start"], row["end"]
        if start and end:
            assert start <= end, row
        if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            assert start.startswith(value[:4]) or row["granularity"] == "approximate", row


def test_gold_events_use_the_ontology_and_sorted_iso3_countries() -> None:
    types = {
        "ESTABLISH_RELATIONS",
        "END_RELATIONS",
        "VISIT",
        "MEET",
        "SIGN_AGREEMENT",
        "TERMINATE_AGREEMENT",
        "APPOINT_ENVOY",
        "RECALL_ENVOY",
        "OPEN_MISSION",
        "CLOSE_MISSION",
        "PROVIDE_AID",
        "EXPRESS_SUPPORT",
        "EXPEL",
    }
    for row in _gold_rows("examples.events.jsonl"):
        assert row["type"] in types, row
        assert row["countries"] == sorted(row["countries"]), row
        assert all(re.fullmatch(r"[A-Z]{3}", code) for code in row["countries"]), row
        assert len(row["countries"]) >= 2, row
