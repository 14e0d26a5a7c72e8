"""The in-memory shape of an ingested document: clean text, offset map back to the file, notes."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class Segment:
    """A piece of clean text ``[text_start, text_end)`` taken from ``[source_start, source_end)``.

    When both lengths are equal the piece is a verbatim copy; otherwise (decoded entities,
    collapsed whitespace) positions inside it are interpolated linearly.
    """

    text_start: int
    text_end: int
    source_start: int
    source_end: int


@dataclass
class OffsetMap:
    """Maps character offsets in a document's clean text to offsets in the original file's text."""

    segments: list[Segment] = field(default_factory=list)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """Return the map of a text that is the source itself."""
        return cls([Segment(0, length, 0, length)])

    @cached_property
    def _starts(self) -> list[int]:
        return [s.text_start for s in self.segments]

    def to_source(self, offset: int) -> int:
        """Return the source offset of clean-text ``offset`` (an end offset maps to an end)."""
        if not self.segments:
            return offset
        seg = self.segments[max(0, bisect.bisect_right(self._starts, offset) - 1)]
        if offset >= seg.text_end:
            return seg.source_end + (offset - seg.text_end)
        text_len = seg.text_end - seg.text_start
        source_len = seg.source_end - seg.source_start
        if text_len == source_len:
            return seg.source_start + (offset - seg.text_start)
        return seg.source_start + round((offset - seg.text_start) * source_len / max(text_len, 1))

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Return the source span of the clean-text span ``[start, end)``."""
        if end <= start:
            s = self.to_source(start)
            return s, s
        last = self._segment_of(end - 1)
        if last is not None and end == last.text_end:
            # A span ending where its segment ends covers the whole source piece ("&amp;").
            return self.to_source(start), last.source_end
        return self.to_source(start), self.to_source(end - 1) + 1

    def _segment_of(self, offset: int) -> Segment | None:
        """Return the segment whose text range holds ``offset``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self.segments[i].text_end:
            return None
        return self.segments[i]

    def to_json(self) -> list[list[int]]:
        """Return the map as a JSON-serialisable list of 4-int lists."""
        return [[s.text_start, s.text_end, s.source_start, s.source_end] for s in self.segments]

    @classmethod
    def from_json(cls, data: list[list[int]]) -> OffsetMap:
        """Rebuild a map from :meth:`to_json` output."""
        return cls([Segment(*row) for row in data])


@dataclass
class Note:
    """An endnote or footnote: its marker, its text and every place in the text that cites it.

    All offsets are into :attr:`SourceDocument.text`.
    """

    marker: str  # as printed, e.g. "[xii]", "³", "[3]"
    label: str  # normalised key, e.g. "xii", "3"
    number: int  # 1-based ordinal of the note in its document
    text: str
    start: int  # span of the note text
    end: int
    refs: list[tuple[int, int]] = field(default_factory=list)  # spans of citing markers


@dataclass
class SourceDocument:
    """One document ready to store: metadata, clean text, offset map and notes.

    ``text`` is the text used for extraction and search, with site boilerplate and metadata
    blocks removed; ``text[:body_end]`` is the narrative body and anything after it is the notes
    section. ``offsets`` maps any offset of ``text`` back to the original file's decoded text.
    """

    doc_id: str  # stable id from the file stem ("#N" suffix for the Nth sub-document of a file)
    source_path: str
    content_hash: str  # sha256 hex of the bytes this document was made from
    format: str  # "txt", "md", "html", "pdf", "tei", "json"
    text: str
    offsets: OffsetMap
    title: str | None = None
    date: str | None = None  # ISO 8601 at the precision known: "1986", "1986-11", "1986-11-20"
    doc_type: str | None = None  # e.g. "Minutes of Conversation", "essay", "news"
    source: str | None = None  # publisher, archive or edition
    metadata: dict[str, Any] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    body_end: int | None = None  # None: the whole text is body

    @property
    def body(self) -> str:
        """Return the narrative body (the text without the notes section)."""
        return self.text if self.body_end is None else self.text[: self.body_end]
