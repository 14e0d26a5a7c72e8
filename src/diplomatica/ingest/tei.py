"""TEI XML files (FRUS style): every ``<div type="document">`` becomes its own document.

Safety and well-formedness are checked by defusedxml (entity declarations and external
references are refused); positions come from :mod:`diplomatica.ingest.xmlscan` run over the
decoded source, so every kept word maps back to the XML file exactly.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import defusedxml
from defusedxml import ElementTree as SafeET

from diplomatica.errors import IngestError
from diplomatica.ingest.builder import Flow, TextBuilder
from diplomatica.ingest.dates import iso_date
from diplomatica.ingest.detect import decode_text, sha256_hex
from diplomatica.ingest.model import Note, SourceDocument
from diplomatica.ingest.notes import normal_label
from diplomatica.ingest.xmlscan import Element, TextRun, local_name, scan

_BLOCKS = frozenset(
    [
        "p",
        "head",
        "dateline",
        "opener",
        "closer",
        "salute",
        "signed",
        "list",
        "item",
        "table",
        "row",
        "cell",
        "lg",
        "l",
        "ab",
        "div",
        "postscript",
        "quote",
        "byline",
        "docTitle",
        "titlePart",
        "argument",
        "epigraph",
        "trailer",
        "label",
    ]
)
_SKIPPED = frozenset({"teiHeader", "fw", "figure", "facsimile", "pb"})
_NOT_IN_TITLE = frozenset({"note"})


def read_tei(path: Path, data: bytes) -> list[SourceDocument]:
    """Return the documents of a TEI file: one per ``div[@type="document"]``, else one."""
    root_tag = _checked_root(path, data)
    if root_tag not in ("TEI", "teiCorpus"):
        raise IngestError(path, f"XML root is <{root_tag}>, not TEI (unsupported XML)")
    source = decode_text(path, data, declared=_declared_encoding(data))
    try:
        return _documents(path, data, source)
    except RecursionError:
        raise IngestError(path, "XML is nested too deeply") from None


def _documents(path: Path, data: bytes, source: str) -> list[SourceDocument]:
    root = scan(source)
    header = _header(root)
    divs = [d for d in root.iter("div") if d.attrs.get("type") == "document"]
    if not divs:
        texts = root.iter("text")[:1] or [root]
        return [_document(path, data, source, texts[0], header, None)]
    return [
        _document(path, data, source, div, header, div.attrs.get("xml:id") or str(i + 1))
        for i, div in enumerate(divs)
        if not any(a is not div and a in divs for a in _ancestors_among(div, divs))
    ]


def _checked_root(path: Path, data: bytes) -> str:
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise IngestError(path, "XML uses entities (refused for safety)") from None
    except defusedxml.DefusedXmlException as err:
        raise IngestError(path, f"XML refused for safety ({type(err).__name__})") from None
    except ParseError as err:
        line, column = getattr(err, "position", (0, 0))
        reason = str(err).split(":")[0]
        raise IngestError(
            path, f"malformed XML at line {line}, column {column}: {reason}"
        ) from None
    return local_name(str(root.tag).rsplit("}", 1)[-1])


def _declared_encoding(data: bytes) -> str | None:
    match = re.match(
        rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)", data[:200].lstrip(b"\xef\xbb\xbf")
    )
    return match.group(1).decode("ascii") if match else None


def _ancestors_among(div: Element, divs: list[Element]) -> list[Element]:
    """Return the document divs that contain ``div`` (nested document divs are not split)."""
    return [d for d in divs if d is not div and d.start < div.start and div.end <= d.end]


def _header(root: Element) -> dict[str, Any]:
    header = root.find("teiHeader")
    meta: dict[str, Any] = {}
    if header is None:
        return meta
    title_stmt = header.find("titleStmt")
    title = title_stmt.find("title") if title_stmt is not None else None
    if title is not None and title.plain_text():
        meta["edition_title"] = title.plain_text()
    publication = header.find("publicationStmt")
    date = publication.find("date") if publication is not None else None
    if date is not None:
        meta["publication_date"] = _element_date(date)
    return meta


def _sub_document_bytes(doc_id: str, text: str, meta: dict[str, Any]) -> bytes:
    """Return the bytes that identify one sub-document: its id, text and metadata."""
    identity = json.dumps([doc_id, text, meta], sort_keys=True, ensure_ascii=False, default=str)
    return identity.encode("utf-8")


def _element_date(date: Element) -> str | None:
    for key in ("when", "notBefore", "from"):
        if date.attrs.get(key):
            return iso_date(date.attrs[key])
    return iso_date(date.plain_text())


def _document(
    path: Path,
    data: bytes,
    source: str,
    container: Element,
    header: dict[str, Any],
    sub_id: str | None,
) -> SourceDocument:
    builder = TextBuilder(len(source))
    flow = Flow(builder)
    notes: list[tuple[Element, int]] = []
    _walk(container, flow, notes)
    body_end = builder.length
    spans = [_note_span(flow, element) for element, _ in notes]
    text = builder.text()
    note_objects = [
        _make_note(element, ref, i + 1, text, span)
        for i, ((element, ref), span) in enumerate(zip(notes, spans, strict=True))
    ]
    meta = dict(header)
    meta.update({k: v for k, v in container.attrs.items() if k in ("n", "subtype", "xml:id")})
    title, date = _title_and_date(container, header, sub_id is None)
    doc_id = path.stem if sub_id is None else f"{path.stem}#{sub_id}"
    # A sub-document's identity is its own text and metadata, so editing one document of a
    # volume versions that document alone.
    content = data if sub_id is None else _sub_document_bytes(doc_id, text, meta)
    return SourceDocument(
        doc_id=doc_id,
        source_path=str(path.resolve()),
        content_hash=sha256_hex(content),
        format="tei",
        text=text,
        offsets=builder.offsets(),
        title=title,
        date=date,
        doc_type=container.attrs.get("subtype"),
        source=header.get("edition_title"),
        metadata=meta,
        notes=note_objects,
        body_end=body_end if note_objects else None,
    )


def _walk(element: Element, flow: Flow, notes: list[tuple[Element, int]]) -> None:
    for child in element.children:
        if isinstance(child, TextRun):
            flow.text(child.text, child.start, child.end)
        elif child.tag == "note":
            notes.append((child, flow.builder.length))
        elif child.tag in _SKIPPED:
            continue
        elif child.tag in _BLOCKS:
            flow.paragraph_break(child.start)
            _walk(child, flow, notes)
            flow.paragraph_break(child.end)
        else:
            _walk(child, flow, notes)


def _note_span(flow: Flow, element: Element) -> tuple[int, int]:
    """Append the text of note ``element`` to the notes section; return its span in the text."""
    builder = flow.builder
    before = builder.length
    flow.paragraph_break(element.start)
    _walk(element, flow, [])
    grew = builder.length > before
    return (before + 2 if grew and before > 0 else before), builder.length


def _make_note(element: Element, ref: int, number: int, text: str, span: tuple[int, int]) -> Note:
    printed = element.attrs.get("n", "").strip() or str(number)
    return Note(
        marker=printed,
        label=normal_label(printed),
        number=number,
        text=text[span[0] : span[1]],
        start=span[0],
        end=span[1],
        refs=[(ref, ref)],
    )


def _title_and_date(
    container: Element, header: dict[str, Any], whole_file: bool
) -> tuple[str | None, str | None]:
    head = next((c for c in container.children if isinstance(c, Element) and c.tag == "head"), None)
    title = head.plain_text(_NOT_IN_TITLE) if head is not None else None
    if whole_file:
        return title or header.get("edition_title"), header.get("publication_date")
    dateline_dates = [d for line in container.iter("dateline") for d in line.iter("date")]
    date = next((v for v in map(_element_date, dateline_dates) if v), None)
    return title, date
