"""HTML pages: the main text without navigation boilerplate, mapped back to the page source.

``html.parser`` reports the line/column of every token; each kept word is copied verbatim from
its position in the decoded source, entities map to their ``&...;`` span, collapsed whitespace
and paragraph breaks map to the whitespace or tag they replace.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from diplomatica.errors import IngestError
from diplomatica.ingest.assemble import build_document
from diplomatica.ingest.builder import Flow, TextBuilder
from diplomatica.ingest.dates import iso_date
from diplomatica.ingest.detect import decode_text, sha256_hex
from diplomatica.ingest.model import SourceDocument
from diplomatica.ingest.notes import SUPERSCRIPTS

_SKIP_TAGS = frozenset(
    [
        "head",
        "nav",
        "header",
        "footer",
        "aside",
        "script",
        "style",
        "form",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "select",
        "textarea",
        "object",
        "canvas",
        "dialog",
        "menu",
    ]
)
# Skipped elements that a browser lays out as blocks: the text around them does not run together.
_SKIPPED_BLOCKS = frozenset(["nav", "header", "footer", "aside", "form", "dialog", "menu"])
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "body",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "br",
        "caption",
        "center",
    ]
)
_BREAK_TAGS = _BLOCK_TAGS | _SKIPPED_BLOCKS  # a start tag that begins a new paragraph
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_NEVER_SKIPPED_BY_ATTR = frozenset({"html", "body", "main", "article"})
_BOILERPLATE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|skip|skiplink|footer|cookies?|breadcrumbs?|"
    r"sidebar|banner|share|social|consent)(?:$|[\s_-])",
    re.I,
)
_BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
_META_KEYS = re.compile(
    r"^(description|author|keywords|date|publisher|copyright|pubdate|dc\..+|dcterms\..+|"
    r"citation_.+|og:title|og:description|og:site_name|article:published_time)$",
    re.I,
)
_DATE_KEYS = (
    "date",
    "dc.date",
    "dcterms.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "article:published_time",
    "pubdate",
)
_TITLE_KEYS = ("dc.title", "dcterms.title", "citation_title", "og:title")
MAX_TAGS = 1_000_000  # html.parser needs ~10 s per million tags; real pages have far fewer
_MAX_DEPTH = 2048
_END_TAG_WINDOW = 64
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
_ENTITY_RAW = re.compile(r"&#?[0-9A-Za-z]+;?")


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str  # decoded text; "" for a paragraph break
    start: int
    end: int
    in_main: bool
    in_article: bool


@dataclass(slots=True)
class _Open:
    tag: str
    skipping: bool
    main: bool
    article: bool


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.pieces: list[_Piece] = []
        self.stack: list[_Open] = []
        self.open_counts: dict[str, int] = {}
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.tag_count = 0
        self._in_title = 0
        self._in_h1 = 0
        self._in_sup = 0

    # -- position and state -------------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[min(line, len(self.line_starts)) - 1] + col

    def _skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1].skipping

    def _flags(self) -> tuple[bool, bool]:
        return (self.stack[-1].main, self.stack[-1].article) if self.stack else (False, False)

    def _emit(self, text: str, start: int, end: int) -> None:
        if self._in_title:
            self.title_parts.append(text)
        if self._skipping():
            return
        if self._in_h1:
            self.h1_parts.append(text)
        self.pieces.append(_Piece(text, start, end, *self._flags()))

    def _emit_break(self) -> None:
        if not self._skipping():
            at = self._offset()
            self.pieces.append(_Piece("", at, at, *self._flags()))

    # -- parser callbacks ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tag_count += 1
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._record_meta(values)
        if tag in _BREAK_TAGS:
            self._emit_break()
        if tag == "title":
            self._in_title += 1
        if tag in _VOID_TAGS or len(self.stack) >= _MAX_DEPTH:
            return
        if tag == "h1":
            self._in_h1 += 1
        if tag == "sup":
            self._in_sup += 1
        self.open_counts[tag] = self.open_counts.get(tag, 0) + 1
        parent_main, parent_article = self._flags()
        role = values.get("role", "").lower()
        self.stack.append(
            _Open(
                tag,
                self._skipping() or _is_boilerplate(tag, values),
                parent_main or tag == "main" or role == "main",
                parent_article or tag == "article",
            )
        )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = max(0, self._in_title - 1)
        if tag == "h1":
            self._in_h1 = max(0, self._in_h1 - 1)
        if tag == "sup":
            self._in_sup = max(0, self._in_sup - 1)
        if not self.open_counts.get(tag):
            if tag in _BLOCK_TAGS:  # a stray </p> still ends a paragraph in browsers
                self._emit_break()
            return
        # look for the open element only near the top: stray end tags must stay cheap
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 1 - _END_TAG_WINDOW), -1):
            if self.stack[i].tag == tag:
                closes_block = any(c.tag in _SKIPPED_BLOCKS for c in self.stack[i:])
                for closed in self.stack[i:]:
                    self.open_counts[closed.tag] -= 1
                del self.stack[i:]
                if tag in _BLOCK_TAGS or closes_block:
                    self._emit_break()  # also when "</b>" implicitly closes an open <nav>
                return

    def handle_data(self, data: str) -> None:
        start = self._offset()
        if self._in_sup and data.strip().isdigit():
            # <sup>3</sup> is a note marker: write it as "³" so notes can be linked to it
            data = data.translate(_TO_SUPERSCRIPT)
        self._emit(data, start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._emit_reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._emit_reference(f"&#{name};")

    def _emit_reference(self, reference: str) -> None:
        start = self._offset()
        raw = _ENTITY_RAW.match(self.source, start)
        end = raw.end() if raw else start + len(reference)
        self._emit(html.unescape(reference), start, end)

    def _record_meta(self, values: dict[str, str]) -> None:
        key = (values.get("name") or values.get("property") or "").strip().lower()
        content = " ".join(values.get("content", "").split())
        if key and content and _META_KEYS.match(key):
            self.meta.setdefault(key, content)


def _is_boilerplate(tag: str, attrs: dict[str, str]) -> bool:
    if tag in _SKIP_TAGS:
        return True
    if tag in _NEVER_SKIPPED_BY_ATTR:
        return False
    if attrs.get("role", "").lower() in _BOILERPLATE_ROLES:
        return True
    if attrs.get("aria-hidden", "").lower() == "true":
        return True
    return any(_BOILERPLATE_ATTR.search(attrs.get(name, "")) for name in ("class", "id"))


def read_html(path: Path, data: bytes) -> list[SourceDocument]:
    """Return the single document of an HTML file whose bytes are ``data``."""
    if data.count(b"<") > MAX_TAGS:
        raise IngestError(path, f"HTML has too many tags (more than {MAX_TAGS})")
    source = decode_text(path, data, declared=_declared_charset(data))
    extractor = _Extractor(source)
    try:
        extractor.feed(source)
        extractor.close()
    except Exception as err:  # html.parser may assert on pathological markup
        raise IngestError(path, f"malformed HTML ({type(err).__name__}: {err})") from None
    if extractor.tag_count == 0:
        raise IngestError(path, "not HTML (no tags found)")
    builder = _build_text(_main_pieces(extractor.pieces), len(source))
    if not builder.text().strip():
        raise IngestError(path, "HTML has no readable text")
    return [
        build_document(
            path,
            content_hash=sha256_hex(data),
            fmt="html",
            text=builder.text(),
            offsets=builder.offsets(),
            source_len=len(source),
            metadata=_metadata(extractor),
        )
    ]


def _declared_charset(data: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    return match.group(1).decode("ascii") if match else None


def _main_pieces(pieces: list[_Piece]) -> list[_Piece]:
    """Prefer text inside ``<main>``, then inside ``<article>``, else everything kept."""
    for flag in ("in_main", "in_article"):
        chosen = [p for p in pieces if getattr(p, flag)]
        if any(p.text.strip() for p in chosen):
            return chosen
    return pieces


def _build_text(pieces: list[_Piece], source_len: int) -> TextBuilder:
    builder = TextBuilder(source_len)
    flow = Flow(builder)
    for piece in pieces:
        if piece.text:
            flow.text(piece.text, piece.start, piece.end)
        else:
            flow.paragraph_break(piece.start)
    return builder


def _metadata(extractor: _Extractor) -> dict[str, Any]:
    raw = extractor.meta
    meta: dict[str, Any] = {"html_meta": dict(raw)} if raw else {}
    for key in ("description", "author", "keywords", "publisher"):
        value = raw.get(key) or raw.get(f"dc.{key}")
        if key == "author":
            value = value or raw.get("dc.creator") or raw.get("citation_author")
        if value:
            meta[key] = value
    title = next((raw[k] for k in _TITLE_KEYS if k in raw), None)
    title = title or " ".join(" ".join(extractor.h1_parts).split())
    title = title or " ".join("".join(extractor.title_parts).split())
    if title:
        meta["title"] = title
    dates = (iso_date(raw[k]) for k in _DATE_KEYS if k in raw)
    date = next((d for d in dates if d), None)
    if date:
        meta["date"] = date
    return meta
