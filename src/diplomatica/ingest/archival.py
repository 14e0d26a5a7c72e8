"""Recognising digital-archive record pages and lifting their metadata out of the text.

Shape recognised (generic, any archive): an optional "Skip to content" line, a date line, a
title line and a funder line ("This document was made possible with support from ..."), then the
record body, a one-paragraph summary, then a "Document Information" block holding the archival
citation ("<Archive>, fond 3, dans 1, ..." or "f. 5, op. 28, d. 123, ll. 1-5" or "Box 12,
Folder 3"), the translators, a rights statement, labelled fields ("Original Uploaded Date",
"Record ID", ...), the record type and the funders. Only the body stays in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from diplomatica.ingest.dates import iso_date

_SKIP_LINE = re.compile(r"^(skip to (main )?content|skip navigation|jump to content|menu)$", re.I)
_INFO_HEADING = re.compile(
    r"^(document|record|item|archival|source) (information|details|info|metadata)$", re.I
)
_SUMMARY_HEADING = re.compile(r"^(summary|abstract|description|overview)$", re.I)
_FUNDER = re.compile(
    r"made possible (?:with|by|through) (?:the )?(?:generous )?(?:support|funding|grants?) "
    r"(?:from|of|by) (?P<who>.+?)\.?$",
    re.I,
)
_RIGHTS = re.compile(
    r"copyright|rights holders?|rights status|permission|reuse of|terms of use|all rights", re.I
)
_PROVENANCE = re.compile(
    r"^(?P<what>(?:obtained|translated|transcribed|contributed|donated|provided)"
    r"(?:,? (?:and|&) (?:obtained|translated|transcribed|edited))*)"
    r"(?: for (?P<for1>.+?))?\s+by\s+(?:by\s+)*(?P<names>.+?)(?: for (?P<for2>.+?))?\.?$",
    re.I,
)
_SENTENCE_SPLIT = re.compile(
    r"(?<=\.)\s+(?=(?:Obtained|Translated|Transcribed|Contributed|Donated|Provided)\b)"
)
_CITATION_PART = re.compile(
    r"^(?P<key>fonds?|f\.|ф\.|opis|op\.|оп\.|dans|delo|d\.|д\.|kh/n|хн|file|khuu|listy?|ll?\.|"
    r"лл?\.|pages?|pp?\.|box|folder|papka|reel|item|container)(?:\s+|(?<=\.))(?P<value>\S.*)$",
    re.I,
)
_CITATION_KEYS = {
    "fond": "fond",
    "fonds": "fond",
    "f.": "fond",
    "ф.": "fond",
    "opis": "opis",
    "op.": "opis",
    "оп.": "opis",
    "dans": "dans",
    "delo": "file",
    "d.": "file",
    "д.": "file",
    "kh/n": "file",
    "хн": "file",
    "file": "file",
    "khuu": "pages",
    "list": "pages",
    "listy": "pages",
    "l.": "pages",
    "ll.": "pages",
    "л.": "pages",
    "лл.": "pages",
    "page": "pages",
    "pages": "pages",
    "p.": "pages",
    "pp.": "pages",
    "box": "box",
    "folder": "folder",
    "papka": "folder",
    "reel": "reel",
    "item": "item",
    "container": "box",
}
# Labelled fields of the information block: label → (metadata key, kind of value).
_LABELS: dict[str, tuple[str, str]] = {
    "original uploaded date": ("uploaded_date", "date"),
    "uploaded date": ("uploaded_date", "date"),
    "record id": ("record_id", "id"),
    "document id": ("record_id", "id"),
    "type": ("record_type", "short"),
    "document type": ("record_type", "short"),
    "record type": ("record_type", "short"),
    "language": ("language", "short"),
    "original language": ("language", "short"),
    "funders": ("funders", "list"),
    "funded by": ("funders", "list"),
    "subjects": ("subjects", "list"),
    "keywords": ("subjects", "list"),
    "themes": ("subjects", "list"),
    "associated people & organizations": ("people", "list"),
    "associated places": ("places", "list"),
    "associated topics": ("subjects", "list"),
    "original archive": ("archive", "short"),
    "source": ("citation", "citation"),
    "citation": ("citation", "citation"),
    "archival citation": ("citation", "citation"),
    "rights": ("rights", "short"),
}
_ORGANISATION = re.compile(
    r"\b(foundation|fund|endowment|trust|corporation|council|institute|program(me)?)\b", re.I
)
_RECORD_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,40}$")
_MAX_HEADER_LINES = 8
_MAX_SUMMARY_CHARS = 800


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    content: str


@dataclass
class ArchivalRecord:
    """Metadata lifted from an archival record page and the ranges of the text that are body."""

    metadata: dict[str, Any]
    keep: list[tuple[int, int]] = field(default_factory=list)


def parse_archival(text: str) -> ArchivalRecord | None:
    """Return the archival metadata and body ranges of ``text``, or None if it is not shaped
    like a digital-archive record (needs an information block or a funder line near the top)."""
    lines = _nonblank_lines(text)
    if not lines:
        return None
    info = next((i for i, ln in enumerate(lines) if _INFO_HEADING.match(ln.content)), None)
    meta: dict[str, Any] = {}
    body_start = _read_header(lines, meta)
    if info is None and "funders" not in meta:
        return None
    if info is not None and info < body_start:
        return None
    body_stop = info if info is not None else len(lines)
    if info is not None and body_stop - body_start >= 2:
        candidate = lines[body_stop - 1].content
        if len(candidate) <= _MAX_SUMMARY_CHARS and not _is_boilerplate(candidate):
            meta["summary"] = candidate
            body_stop -= 1
            if body_stop > body_start and _SUMMARY_HEADING.match(lines[body_stop - 1].content):
                body_stop -= 1
    if info is not None:
        _read_info_block(lines[info + 1 :], meta)
    keep = _kept_ranges(lines[body_start:body_stop])
    return ArchivalRecord(metadata=meta, keep=keep)


def _nonblank_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = match.start() + lead
            out.append(_Line(start, start + len(stripped), " ".join(stripped.split())))
    return out


def _read_header(lines: list[_Line], meta: dict[str, Any]) -> int:
    """Consume the page header (skip links, date, title, funder) into ``meta``; return the index
    of the first body line."""
    for i, line in enumerate(lines[:_MAX_HEADER_LINES]):
        content = line.content
        funder = _FUNDER.search(content)
        date = iso_date(content)
        if _SKIP_LINE.match(content):
            continue
        if funder:
            _add_all(meta, "funders", _funder_names(funder.group("who")))
        elif date is not None and "date" not in meta:
            meta["date"] = date
        elif "title" not in meta and len(content) <= 300 and not content.endswith("."):
            meta["title"] = content
        else:
            return i
    return min(len(lines), _MAX_HEADER_LINES)


def _is_boilerplate(content: str) -> bool:
    return bool(_SKIP_LINE.match(content) or _FUNDER.search(content))


def _kept_ranges(lines: list[_Line]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    run: list[_Line] = []
    for line in [*lines, None]:
        if line is not None and not _is_boilerplate(line.content):
            run.append(line)
            continue
        if run:
            ranges.append((run[0].start, run[-1].end))
            run = []
    return ranges


def _read_info_block(lines: list[_Line], meta: dict[str, Any]) -> None:
    i = 0
    while i < len(lines):
        content = lines[i].content
        label = _label_of(content)
        if label is not None:
            i = _read_labelled(lines, i, label, meta)
            continue
        if _RIGHTS.search(content):
            meta["rights"] = f"{meta['rights']} {content}" if "rights" in meta else content
        elif _FUNDER.search(content) or content in meta.get("funders", []):
            match = _FUNDER.search(content)
            _add_all(meta, "funders", _funder_names(match.group("who")) if match else [content])
        elif "citation" not in meta and not _is_short_label_like(content):
            _read_citation(content, meta)
        elif _PROVENANCE.match(content):
            _read_provenance(content, meta)
        elif _ORGANISATION.search(content) and _is_short_label_like(content):
            _add_all(meta, "funders", [content])
        elif "record_type" not in meta and _is_short_label_like(content):
            meta["record_type"] = content
        else:
            meta.setdefault("info_extra", []).append(content)
        i += 1


def _label_of(content: str) -> tuple[str, str, str] | None:
    """Return (key, kind, inline value) if ``content`` is a known label line."""
    name, _, value = content.partition(":")
    spec = _LABELS.get(name.strip().lower())
    if spec is None:
        return None
    return spec[0], spec[1], value.strip()


def _read_labelled(
    lines: list[_Line], i: int, label: tuple[str, str, str], meta: dict[str, Any]
) -> int:
    key, kind, inline = label
    if inline:
        _store(meta, key, kind, inline)
        return i + 1
    j = i + 1
    if kind == "list":
        while j < len(lines) and _label_of(lines[j].content) is None:
            if not _is_short_label_like(lines[j].content):
                break
            _store(meta, key, kind, lines[j].content)
            j += 1
        return j
    if j < len(lines) and _label_of(lines[j].content) is None:
        value = lines[j].content
        if _fits(kind, value):
            _store(meta, key, kind, value)
            return j + 1
    return j


def _fits(kind: str, value: str) -> bool:
    if kind == "date":
        return iso_date(value) is not None
    if kind == "citation":
        return not _is_short_label_like(value) or bool(_CITATION_PART.search(value))
    if kind == "id":
        return bool(_RECORD_ID.match(value)) and any(c.isdigit() for c in value)
    return len(value) <= 200


def _store(meta: dict[str, Any], key: str, kind: str, value: str) -> None:
    if kind == "citation":
        _read_citation(value, meta)
    elif kind == "list":
        _add_all(meta, key, [value])
    elif kind == "date":
        meta[key] = iso_date(value) or value
    else:
        meta[key] = value


def _is_short_label_like(content: str) -> bool:
    return len(content.split()) <= 8 and not content.endswith(".")


def _read_citation(paragraph: str, meta: dict[str, Any]) -> None:
    sentences = _SENTENCE_SPLIT.split(paragraph)
    citation = sentences[0].strip().rstrip(".")
    meta["citation"] = citation
    parts = [p.strip() for p in re.split(r"[,;]\s*", citation) if p.strip()]
    first_key = None
    for index, part in enumerate(parts):
        match = _CITATION_PART.match(part)
        if match is None:
            continue
        key = _CITATION_KEYS[match.group("key").lower()]
        if first_key is None:
            first_key = index
        meta.setdefault(key, match.group("value").strip().rstrip("."))
    archive = ", ".join(parts[:first_key]) if first_key is not None else citation
    if archive:
        meta.setdefault("archive", archive)
    for sentence in sentences[1:]:
        _read_provenance(sentence.strip(), meta)


def _read_provenance(sentence: str, meta: dict[str, Any]) -> None:
    match = _PROVENANCE.match(sentence)
    if match is None:
        meta.setdefault("info_extra", []).append(sentence)
        return
    what = match.group("what").lower()
    names = _split_names(match.group("names"))
    target = match.group("for1") or match.group("for2")
    if "translat" in what:
        _add_all(meta, "translators", names)
    if "obtain" in what or "contribut" in what or "donat" in what or "provid" in what:
        _add_all(meta, "obtained_by", names)
    if target:
        meta["obtained_for"] = target.strip().rstrip(".")


def _split_names(names: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", names.strip().rstrip("."))
    return [p.strip() for p in parts if p.strip()]


def _funder_names(names: str) -> list[str]:
    return [re.sub(r"^the\s+", "", name, flags=re.I) for name in _split_names(names)]


def _add_all(meta: dict[str, Any], key: str, values: list[str]) -> None:
    existing: list[str] = meta.setdefault(key, [])
    for value in values:
        if value not in existing:
            existing.append(value)
