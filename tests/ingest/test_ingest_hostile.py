"""Hostile and broken input: every case ends in a one-line IngestError naming the file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fpdf import FPDF

from diplomatica.errors import IngestError
from diplomatica.ingest import DEFAULT_MAX_BYTES, read_documents


def _refused(path: Path, pattern: str, **kwargs: int) -> IngestError:
    with pytest.raises(IngestError, match=pattern) as caught:
        read_documents(path, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    assert path.name in message
    return caught.value


def _text_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The Warsaw Treaty was signed on 7 December 1970. " * 20)
    return bytes(pdf.output())


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02" + os.urandom(4000))
    _refused(path, "binary")


def test_binary_file_without_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.md"
    path.write_bytes(bytes(range(1, 32)) * 200)
    _refused(path, "binary")


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_pdf(tmp_path: Path, keep: float) -> None:
    data = _text_pdf()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    _refused(path, "corrupt or truncated PDF")


def test_pdf_extension_without_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("not a pdf at all")
    _refused(path, "not a PDF")


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    levels = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    xml = f'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY lol0 "lol">{levels}]><TEI>&lol9;</TEI>'
    path = tmp_path / "laughs.xml"
    path.write_text(xml)
    _refused(path, r"XML uses entities \(refused for safety\)")


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE TEI [<!ENTITY % xxe SYSTEM "file:///etc/passwd"> %xxe;]>',
    ],
)
def test_external_entities_are_refused(tmp_path: Path, doctype: str) -> None:
    path = tmp_path / "xxe.xml"
    path.write_text(f'<?xml version="1.0"?>{doctype}<TEI><text><p>&xxe;</p></text></TEI>')
    err = _refused(path, r"XML uses entities \(refused for safety\)")
    assert "root:" not in str(err)


def test_external_dtd_is_not_fetched(tmp_path: Path) -> None:
    path = tmp_path / "dtd.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE TEI SYSTEM "file:///etc/passwd">'
        "<TEI><text><p>Only this sentence.</p></text></TEI>"
    )
    (doc,) = read_documents(path)
    assert doc.text == "Only this sentence."


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<TEI>\n<text>\n<p>open paragraph\n</text></TEI>")
    _refused(path, r"malformed XML at line 4")


def test_deeply_nested_xml(tmp_path: Path) -> None:
    path = tmp_path / "deep.xml"
    path.write_text("<TEI><text>" + "<hi>" * 20000 + "x" + "</hi>" * 20000 + "</text></TEI>")
    _refused(path, "nested too deeply")


def test_oversize_text_with_small_and_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    chunk = b"The conference continued without result. " * 25000
    with path.open("wb") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    _refused(path, r"too large \(50\.\d MiB; the limit is 1\.0 MiB\)", max_bytes=1024 * 1024)
    _refused(path, r"too large \(50\.\d MiB; the limit is 20\.0 MiB\)")
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_directory_named_like_a_file(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.mkdir()
    _refused(path, "cannot read file .it is a directory")


def test_broken_symlink_and_missing_file(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "never-existed.txt")
    _refused(link, "not found")
    _refused(tmp_path / "missing.json", "not found")


def test_permission_denied_when_not_root(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    try:
        if os.geteuid() == 0:  # root reads anything: use a file we cannot open instead
            fifo = tmp_path / "pipe.txt"
            os.mkfifo(fifo)
            _refused(fifo, "not a regular file")
        else:
            _refused(path, "cannot read file")
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(content)
    _refused(path, "file is empty")


def test_malformed_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[\n  {"text": "ok"},\n  {"text": "missing quote}\n]')
    _refused(path, r"malformed JSON at line 3")


def test_malformed_jsonl_refuses_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = json.dumps({"text": "A good record."})
    path.write_text(f"{good}\n{good}\n{{not json}}\n{good}\n")
    _refused(path, r"malformed JSON Lines at line 3")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"title": "no text"}', "record 1 has no text"),
        ('[{"text": "fine"}, 42]', "record 2 is not a JSON object"),
        ("[]", "holds no records"),
        ("[" * 50000 + "]" * 50000, "nested too deeply"),
    ],
)
def test_json_records_without_text(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "records.json"
    path.write_text(content)
    _refused(path, reason)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("<<<>>> &&& ]]> <!-- ", "not HTML"),
        ("plain words, no markup at all", "not HTML"),
        ("<html><script>var x = 1;</script><nav>Home</nav></html>", "no readable text"),
    ],
)
def test_garbage_html(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "garbage.html"
    path.write_text(content)
    _refused(path, reason)


def test_tag_soup_and_stray_end_tags_stay_fast(tmp_path: Path) -> None:
    path = tmp_path / "soup.html"
    path.write_text("<div>" * 50000 + "<p>Still read.</p>" + "</span>" * 50000)
    (doc,) = read_documents(path)
    assert doc.text == "Still read."


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG")
    _refused(path, "unsupported file type .png")
