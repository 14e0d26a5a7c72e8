"""Building clean text piece by piece while recording where every piece came from."""

from __future__ import annotations

import re

from diplomatica.ingest.model import OffsetMap, Segment


class TextBuilder:
    """Accumulates clean text and the :class:`OffsetMap` back to a source of ``source_len`` chars.

    Verbatim pieces map exactly; synthetic pieces (paragraph breaks, collapsed whitespace) map to
    a point or a span of the source; every mapped offset stays inside ``[0, source_len]``.
    """

    def __init__(self, source_len: int) -> None:
        self.source_len = source_len
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self.length = 0
        self._last_source_end = 0

    def add(self, text: str, source_start: int, source_end: int) -> None:
        """Append ``text`` taken from ``source[source_start:source_end]``."""
        if not text:
            return
        source_start = max(0, min(source_start, self.source_len))
        source_end = max(source_start, min(source_end, self.source_len))
        start, end = self.length, self.length + len(text)
        verbatim = end - start == source_end - source_start
        segments = self._segments
        if verbatim and segments:
            prev = segments[-1]
            if (
                prev.text_end == start
                and prev.source_end == source_start
                and prev.text_end - prev.text_start == prev.source_end - prev.source_start
            ):
                segments[-1] = Segment(prev.text_start, end, prev.source_start, source_end)
                self._parts.append(text)
                self.length = end
                self._last_source_end = source_end
                return
        segments.append(Segment(start, end, source_start, source_end))
        self._parts.append(text)
        self.length = end
        self._last_source_end = source_end

    def add_synthetic(self, text: str, at: int | None = None) -> None:
        """Append text that has no source of its own, mapped to the point ``at`` (default: the end
        of the previous piece), kept strictly inside the source so that spans stay in range."""
        point = self._last_source_end if at is None else at
        point = min(self._clamp(point), max(self.source_len - 1, 0))
        self.add(text, point, point)

    def add_mapped(self, text: str, inner: OffsetMap, start: int, end: int) -> None:
        """Append ``text[start:end]`` of an intermediate text mapped to the source by ``inner``."""
        for seg in inner.segments:
            lo, hi = max(start, seg.text_start), min(end, seg.text_end)
            if lo >= hi:
                continue
            if _verbatim(seg):
                shift = seg.source_start - seg.text_start
                self.add(text[lo:hi], lo + shift, hi + shift)
            else:
                self.add(text[lo:hi], inner.to_source(lo), inner.span_to_source(lo, hi)[1])

    def ends_with(self, suffix: str) -> bool:
        """Return whether the text built so far ends with ``suffix``."""
        tail = "".join(self._parts[-4:])
        return tail.endswith(suffix)

    def text(self) -> str:
        """Return the clean text built so far."""
        return "".join(self._parts)

    def offsets(self) -> OffsetMap:
        """Return the offset map built so far."""
        return OffsetMap(list(self._segments))

    def _clamp(self, offset: int) -> int:
        return max(0, min(offset, self.source_len))


def _verbatim(seg: Segment) -> bool:
    return seg.text_end - seg.text_start == seg.source_end - seg.source_start


def select_ranges(
    text: str, inner: OffsetMap, ranges: list[tuple[int, int]], source_len: int
) -> tuple[str, OffsetMap]:
    """Return the text made of ``ranges`` of ``text`` joined by blank lines, with its map."""
    builder = TextBuilder(source_len)
    for start, end in ranges:
        if builder.length:
            builder.add_synthetic("\n\n", inner.to_source(start))
        builder.add_mapped(text, inner, start, end)
    return builder.text(), builder.offsets()


_RUNS = re.compile(r"\s+|\S+")
_SPACES = re.compile(r"\s+")


class Flow:
    """Feeds running text into a :class:`TextBuilder` the way a browser lays it out: words are
    copied verbatim, whitespace runs collapse to one space, breaks become one blank line."""

    def __init__(self, builder: TextBuilder) -> None:
        self.builder = builder
        self._pending: tuple[str, int, int] | None = None

    def paragraph_break(self, at: int) -> None:
        """Request a paragraph break ("\\n\\n") before the next word, mapped to source ``at``."""
        self._pending = ("\n\n", at, at)

    def text(self, decoded: str, start: int, end: int) -> None:
        """Add ``decoded`` text whose source span is ``[start, end)`` (equal lengths: verbatim)."""
        if len(decoded) != end - start:  # decoded entity: every piece maps to the whole span
            for match in _RUNS.finditer(decoded):
                chunk = match.group()
                if chunk.isspace():
                    self._space(start, end)
                else:
                    self._word(chunk, start, end)
            return
        pos = 0
        for match in _SPACES.finditer(decoded):
            lo, hi = match.span()
            if match.group() == " " and lo > 0 and hi < len(decoded):
                continue  # a single space between words is kept verbatim
            if lo > pos:
                self._word(decoded[pos:lo], start + pos, start + lo)
            self._space(start + lo, start + hi)
            pos = hi
        if pos < len(decoded):
            self._word(decoded[pos:], start + pos, end)

    def _space(self, lo: int, hi: int) -> None:
        if self._pending is None or self._pending[0] != "\n\n":
            self._pending = (" ", lo, hi)

    def _word(self, chunk: str, lo: int, hi: int) -> None:
        if self._pending is not None and self.builder.length:
            self.builder.add(*self._pending)
        self._pending = None
        self.builder.add(chunk, lo, hi)
