"""A small scanner that rebuilds an XML element tree with the source position of every text run.

Only used after defusedxml has parsed the same bytes (so the input is well-formed and free of
entity declarations); it exists because the standard parsers do not report character offsets.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<\?.*?\?>"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>"
    r"|</(?P<close>[^\s>]+)\s*>"
    r"|<(?P<open>[^\s/>!?]+)(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(?P<empty>/?)>"
    r"|(?P<text>[^<]+)",
    re.S,
)
_ATTR = re.compile(r"([^\s=/>]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_REFERENCE = re.compile(r"&[^;&<\s]{1,32};")


@dataclass
class TextRun:
    """Decoded text ``text`` read from ``source[start:end]`` (lengths differ if it had entities)."""

    text: str
    start: int
    end: int


@dataclass
class Element:
    """An element: local tag name, attributes (``xml:id`` and local names), position, children."""

    tag: str
    attrs: dict[str, str]
    start: int
    end: int = 0
    children: list[Element | TextRun] = field(default_factory=list)

    def iter(self, tag: str | None = None) -> list[Element]:
        """Return this element and its descendants in document order (optionally only ``tag``)."""
        found: list[Element] = []
        stack: list[Element] = [self]
        while stack:
            node = stack.pop()
            if tag is None or node.tag == tag:
                found.append(node)
            stack.extend(reversed([c for c in node.children if isinstance(c, Element)]))
        return found

    def find(self, tag: str) -> Element | None:
        """Return the first descendant (or self) named ``tag``."""
        return next(iter(self.iter(tag)), None)

    def plain_text(self, skip: frozenset[str] = frozenset()) -> str:
        """Return the element's text with whitespace collapsed, leaving out ``skip`` elements."""
        parts: list[str] = []
        stack: list[Element | TextRun] = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, TextRun):
                parts.append(node.text)
            elif node.tag not in skip or node is self:
                stack.extend(reversed(node.children))
        return " ".join("".join(parts).split())


def local_name(name: str) -> str:
    """Return ``name`` without its namespace prefix."""
    return name.rsplit(":", 1)[-1]


def scan(source: str) -> Element:
    """Return the root element of well-formed XML ``source`` with source positions."""
    root = Element("#document", {}, 0, len(source))
    stack = [root]
    for match in _TOKEN.finditer(source):
        if match.group("open"):
            element = Element(
                local_name(match.group("open")), _attrs(match.group("attrs")), match.start()
            )
            stack[-1].children.append(element)
            if match.group("empty"):
                element.end = match.end()
            else:
                stack.append(element)
        elif match.group("close"):
            if len(stack) > 1:
                stack.pop().end = match.end()
        elif match.group("text") is not None:
            stack[-1].children.extend(_runs(match.group("text"), match.start()))
        elif match.group("cdata") is not None:
            start = match.start("cdata")
            stack[-1].children.append(TextRun(match.group("cdata"), start, match.end("cdata")))
    return root


def _attrs(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, dq, sq in _ATTR.findall(raw):
        value = html.unescape(dq if dq or not sq else sq)
        out[name] = value
        out.setdefault(local_name(name), value)
    return out


def _runs(text: str, offset: int) -> list[TextRun]:
    """Split character data into verbatim runs and single decoded entity references."""
    runs: list[TextRun] = []
    pos = 0
    for ref in _REFERENCE.finditer(text):
        if ref.start() > pos:
            runs.append(TextRun(text[pos : ref.start()], offset + pos, offset + ref.start()))
        runs.append(TextRun(html.unescape(ref.group()), offset + ref.start(), offset + ref.end()))
        pos = ref.end()
    if pos < len(text):
        runs.append(TextRun(text[pos:], offset + pos, offset + len(text)))
    return runs
