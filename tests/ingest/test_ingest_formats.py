"""Each supported format on small files written by the tests (PDFs are made with fpdf2)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from diplomatica.errors import IngestError
from diplomatica.ingest import SUPPORTED_EXTENSIONS, SourceDocument, discover, read_documents

ESSAY = (
    "The Treaty of Moscow\n\n"
    "In August 1970 the Federal Republic and the Soviet Union signed a treaty in Moscow.[1] "
    "Bonn accepted the existing borders [in practice] while keeping its claim to unity.[2]\n\n"
    "Ratification followed in 1972.[1]\n\n"
    "Notes\n\n"
    "1. An invented reference used by the tests, p. 12.\n"
    "2. Another invented reference.\n"
)


SUPERSCRIPT_LABELS = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "¹⁰", "¹¹", "¹²"]


def _write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode(encoding))
    return path


def _one(path: Path) -> SourceDocument:
    docs = read_documents(path)
    assert len(docs) == 1
    return docs[0]


def _pdf(path: Path, paragraphs: list[str], *, title: str | None = None) -> Path:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
        pdf.set_author("Test Author")
    for paragraph in paragraphs:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, paragraph)
    pdf.output(str(path))
    return path


# -- plain text and Markdown ------------------------------------------------------------------


def test_txt_with_arabic_endnotes_under_heading(tmp_path: Path) -> None:
    doc = _one(_write(tmp_path, "moscow.txt", ESSAY))
    assert doc.title == "The Treaty of Moscow"
    assert doc.text == ESSAY  # plain text is kept verbatim: the map is the identity
    assert [(n.marker, n.label, n.number) for n in doc.notes] == [("1.", "1", 1), ("2.", "2", 2)]
    assert doc.notes[0].text == "An invented reference used by the tests, p. 12."
    assert len(doc.notes[0].refs) == 2 and len(doc.notes[1].refs) == 1
    assert all(doc.text[a:b] == "[1]" for a, b in doc.notes[0].refs)
    assert doc.body_end is not None and doc.body.endswith("Ratification followed in 1972.[1]")
    assert "Notes" not in doc.body


def test_superscript_markers_and_trailing_notes(tmp_path: Path) -> None:
    text = (
        "Talks resumed in Geneva.¹ The delegations met eleven times.¹² They parted in May.²\n\n"
        + "".join(f"{n} Invented note number {n}.\n" for n in SUPERSCRIPT_LABELS)
    )
    doc = _one(_write(tmp_path, "geneva.txt", text))
    assert [n.label for n in doc.notes] == [str(i) for i in range(1, 13)]
    assert [doc.text[a:b] for a, b in doc.notes[0].refs] == ["¹"]
    assert [doc.text[a:b] for a, b in doc.notes[11].refs] == ["¹²"]
    assert doc.notes[2].refs == []


def test_numbered_list_without_citations_is_not_a_notes_section(tmp_path: Path) -> None:
    text = "Steps agreed in 1975\n\nThe parties agreed:\n\n1. to meet again.\n2. to trade more.\n"
    doc = _one(_write(tmp_path, "steps.txt", text))
    assert doc.notes == [] and doc.body_end is None


def test_markdown_heading_title(tmp_path: Path) -> None:
    doc = _one(_write(tmp_path, "note.md", "# Ostpolitik in Brief\n\nA *short* note on 1970.\n"))
    assert doc.format == "md"
    assert doc.title == "Ostpolitik in Brief"
    assert doc.doc_id == "note"


def test_cp1252_and_latin1_text_decode(tmp_path: Path) -> None:
    text = "Déclaration franco-allemande « amitié » signée à Paris – janvier 1963. " * 3
    cp = _one(_write(tmp_path, "elysee.txt", text, "cp1252"))
    assert "« amitié »" in cp.text and "–" in cp.text
    latin = _one(_write(tmp_path, "elysee2.txt", text.replace("–", "-"), "latin-1"))
    assert "Déclaration franco-allemande « amitié »" in latin.text


def test_utf16_with_bom_decodes(tmp_path: Path) -> None:
    doc = _one(_write(tmp_path, "u16.txt", "Mongolia and Japan, 1972: ties established.", "utf-16"))
    assert doc.text.startswith("Mongolia and Japan, 1972")


# -- HTML -------------------------------------------------------------------------------------


def test_html_prefers_main_and_reads_meta(
    tmp_path: Path, check_words: Callable[[SourceDocument, str], list[str]]
) -> None:
    html = """<html><head><title>Site | The Helsinki Act</title>
<meta name="DC.date" content="1975-08-01"><meta name="author" content="A. Writer">
<meta name="description" content="An invented page."></head>
<body><div id="breadcrumbs">Home &gt; History</div>
<aside>Related reading</aside>
<main><h1>The Helsinki Final Act</h1>
<p>Thirty-five states signed the Final Act in Helsinki on 1 August 1975.<sup>1</sup></p>
<p>It  recognised   borders&nbsp;and human rights &amp; contacts.</p>
<h2>Notes</h2><p>1. An invented source for the tests.</p></main>
<footer>Copyright notice</footer></body></html>"""
    path = _write(tmp_path, "helsinki.html", html)
    doc = _one(path)
    assert doc.title == "The Helsinki Final Act"
    assert doc.date == "1975-08-01"
    assert doc.metadata["author"] == "A. Writer"
    assert doc.metadata["description"] == "An invented page."
    assert doc.text.startswith("The Helsinki Final Act\n\nThirty-five states")
    for dropped in ("Home", "Related reading", "Copyright", "Site |"):
        assert dropped not in doc.text
    assert "It recognised borders and human rights & contacts." in doc.text
    assert [n.label for n in doc.notes] == ["1"]
    assert [doc.text[a:b] for a, b in doc.notes[0].refs] == ["¹"]
    assert check_words(doc, html) == []
    start = doc.text.index("& contacts")
    a = doc.offsets.to_source(start)
    assert html[a : a + 5] == "&amp;"  # a decoded entity maps to its reference


def test_html_without_main_keeps_body_minus_boilerplate(tmp_path: Path) -> None:
    html = (
        '<body><nav>Menu</nav><div class="skip-link">Skip</div><div class="post">'
        "<p>Nixon arrived in Beijing on 21 February 1972.</p></div>"
        '<div role="contentinfo">Footer text</div><script>alert(1)</script></body>'
    )
    doc = _one(_write(tmp_path, "post.htm", html))
    assert doc.text == "Nixon arrived in Beijing on 21 February 1972."


# -- PDF --------------------------------------------------------------------------------------


def test_pdf_text_layer_and_metadata(tmp_path: Path) -> None:
    path = _pdf(
        tmp_path / "basic.pdf",
        [
            "The Basic Treaty between the two German states was signed on 21 December 1972.[1]",
            "[1] An invented note for the tests.",
        ],
        title="Basic Treaty",
    )
    doc = _one(path)
    assert doc.format == "pdf"
    assert doc.title == "Basic Treaty"
    assert doc.metadata["author"] == "Test Author"
    assert doc.metadata["pages"] == 2
    assert doc.date is None  # the creation date dates the file, not the document
    assert "created" in doc.metadata
    assert "signed on 21 December 1972" in doc.text
    assert "\n\n[1] An invented note" in doc.text
    assert [n.label for n in doc.notes] == ["1"] and doc.notes[0].refs
    assert doc.offsets.to_source(len(doc.text)) == len(doc.text)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(IngestError, match=r"scan\.pdf: PDF has no text layer \(scanned\?\)"):
        read_documents(path)


# -- TEI --------------------------------------------------------------------------------------


def test_tei_document_divs_with_notes(
    fixtures: Path, check_words: Callable[[SourceDocument, str], list[str]]
) -> None:
    path = fixtures / "frus_sample.xml"
    docs = read_documents(path)
    source = path.read_text(encoding="utf-8")
    assert [d.doc_id for d in docs] == ["frus_sample#d10", "frus_sample#d11"]
    first, second = docs
    assert first.title == "10. Telegram From the Embassy in India to the Department of State"
    assert first.date == "1971-08-10"
    assert second.date == "1971-08-12"
    assert first.source == "Example Edition: Documents on South Asia, 1971"
    assert first.doc_type == "historical-document"
    assert first.metadata["n"] == "10" and first.metadata["xml:id"] == "d10"
    assert first.content_hash != second.content_hash
    assert first.text.startswith("10. Telegram From the Embassy")
    assert "New Delhi, August 10, 1971, 0930Z." in first.text
    assert "Soviet–Indian treaty" in first.text and "guarantee & a warning" in first.text
    assert "Written for the ingest tests" not in first.text  # header is not body
    assert first.body_end is not None
    assert [n.marker for n in first.notes] == ["1", "2"]
    assert (
        first.notes[1].text
        == "The treaty was signed on August 9, 1971 by Gromyko and Swaran Singh."
    )
    for note in first.notes:
        assert first.text[note.start : note.end] == note.text
        assert note.start > first.body_end
        ((ref, ref_end),) = note.refs
        assert ref == ref_end <= first.body_end
    assert first.text[: first.notes[1].refs[0][0]].endswith("if either is attacked.")
    assert "Not printed." not in second.body and second.notes[0].text == "Not printed."
    for doc in docs:
        assert check_words(doc, source) == []


def test_tei_without_namespace_or_document_divs_is_one_document(tmp_path: Path) -> None:
    xml = (
        "<TEI><teiHeader><fileDesc><titleStmt><title>A Lone Letter</title></titleStmt>"
        "<publicationStmt><date when='1999-05-01'/></publicationStmt></fileDesc></teiHeader>"
        "<text><body><p>The letter proposes talks in Ulaanbaatar.</p></body></text></TEI>"
    )
    doc = _one(_write(tmp_path, "letter.xml", xml))
    assert (doc.doc_id, doc.title, doc.date) == ("letter", "A Lone Letter", "1999-05-01")
    assert doc.text == "The letter proposes talks in Ulaanbaatar."


def test_non_tei_xml_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"feed\.xml: XML root is <rss>, not TEI"):
        read_documents(_write(tmp_path, "feed.xml", "<rss><item>x</item></rss>"))


# -- JSON -------------------------------------------------------------------------------------


def test_json_list_and_single_record(tmp_path: Path) -> None:
    records = [
        {
            "id": "w1",
            "text": "Talks opened.",
            "title": "Talks",
            "date": "May 3, 1990",
            "lang": "en",
        },
        {"text": "Talks closed.", "type": "news", "source": "Wire", "url": "http://x.example/2"},
    ]
    docs = read_documents(_write(tmp_path, "wire.json", json.dumps(records)))
    assert [d.doc_id for d in docs] == ["w1", "wire#2"]
    assert (docs[0].title, docs[0].date, docs[0].metadata) == (
        "Talks",
        "1990-05-03",
        {"lang": "en"},
    )
    assert (docs[1].doc_type, docs[1].source, docs[1].metadata["url"]) == (
        "news",
        "Wire",
        "http://x.example/2",
    )
    assert docs[0].offsets.span_to_source(0, 5) == (0, 5)
    single = read_documents(_write(tmp_path, "one.json", json.dumps(records[0])))
    assert [d.doc_id for d in single] == ["w1"]


def test_jsonl_records_with_notes_field(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Mongolia joined the UN in 1961.[1]", "notes": ["An invented note."]},
        {"id": "b", "text": "Japan followed in 1972."},
    ]
    path = _write(tmp_path, "feed.jsonl", "\n".join(json.dumps(r) for r in lines) + "\n\n")
    first, second = read_documents(path)
    assert first.body == "Mongolia joined the UN in 1961.[1]"
    assert first.notes[0].text == "An invented note." and first.notes[0].refs == [(31, 34)]
    assert first.text[first.notes[0].start : first.notes[0].end] == "An invented note."
    assert first.offsets.to_source(len(first.text)) <= len(lines[0]["text"])
    assert second.notes == [] and second.body_end is None


# -- discovery --------------------------------------------------------------------------------


def test_discover_walks_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/z.txt", "a.md", "b/page.HTML", ".hidden.txt", ".git/x.txt", "img.png"):
        (tmp_path / name).write_text("x")
    found = discover([tmp_path])
    assert found.files == [
        tmp_path / "a.md",
        tmp_path / "b" / "page.HTML",
        tmp_path / "b" / "z.txt",
    ]
    assert found.skipped == [tmp_path / "img.png"]
    assert ".jsonl" in SUPPORTED_EXTENSIONS and ".png" not in SUPPORTED_EXTENSIONS
    explicit = discover([tmp_path / "a.md", tmp_path / "img.png", tmp_path / "a.md"])
    assert (explicit.files, explicit.skipped) == ([tmp_path / "a.md"], [tmp_path / "img.png"])


def test_discover_skips_readme_and_license_inside_folders(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# About this corpus\n", encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("MIT\n", encoding="utf-8")
    (tmp_path / "record.txt").write_text("A record.\n", encoding="utf-8")
    found = discover([tmp_path])
    assert [p.name for p in found.files] == ["record.txt"]
    assert sorted(p.name for p in found.skipped) == ["LICENSE.txt", "README.md"]
    assert discover([tmp_path / "README.md"]).files == [tmp_path / "README.md"]


def test_markdown_markup_is_stripped_with_an_exact_map(fixtures: Path) -> None:
    path = fixtures / "markdown_sample.md"
    source = path.read_text(encoding="utf-8")
    doc = _one(path)
    assert doc.title == "The Kyakhta Talks, 1915"
    assert doc.text.startswith("The Kyakhta Talks, 1915\n\nA short illustrative note")
    assert "met at Kyakhta\nin September 1914 and signed a tripartite agreement" in doc.text
    assert "recognised the autonomy of Outer Mongolia [under Chinese suzerainty]." in doc.text
    assert "The talks lasted nine months, longer" in doc.text
    assert "first point: trade rules, with *starred* words kept" in doc.text
    assert "the *code* stays as written" in doc.text
    assert "third point: see map of the border\n" in doc.text
    assert "Fenced *lines* are copied as they are." in doc.text
    for markup in ("**", "__", "](", "https://", "`", "#", "> ", "- first", "---", "\\"):
        assert markup not in doc.text, markup
    # every kept character maps to itself in the source
    for offset, char in enumerate(doc.text):
        assert source[doc.offsets.to_source(offset)] == char, (offset, char)
    start = doc.text.index("nine months")
    a, b = doc.offsets.span_to_source(start + 5, start + 11)
    assert source[a:b] == "months"
    # notes and their citing markers survive the cleaning
    assert [n.label for n in doc.notes] == ["1"]
    assert [doc.text[a:b] for a, b in doc.notes[0].refs] == ["[1]"]


def test_markdown_intraword_underscores_and_lone_stars_stay(tmp_path: Path) -> None:
    text = (
        "# Note\n\nThe file_name_here and 5 * 3 * 2 and a [bracket] [i] stay, **but not this**.\n"
    )
    doc = _one(_write(tmp_path, "plain.md", text))
    assert (
        doc.text
        == "Note\n\nThe file_name_here and 5 * 3 * 2 and a [bracket] [i] stay, but not this.\n"
    )


def test_markdown_with_only_markup_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"rule\.md: no readable text"):
        read_documents(_write(tmp_path, "rule.md", "---\n\n***\n"))


def test_html_title_entities_are_decoded_once(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Tom &amp;amp; Jerry &amp;lt;3</title></head>"
        "<body><p>Relations were established in 1990.</p></body></html>",
        encoding="utf-8",
    )
    assert read_documents(page)[0].title == "Tom &amp; Jerry &lt;3"
