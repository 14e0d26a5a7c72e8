"""Finding an endnotes section and linking its notes to the markers that cite them.

Works on any clean text (txt, md, html, pdf). A notes section is a trailing block of lines that
start with sequential markers (``[i]``, ``[xii]``, ``[3]``, ``3.``, ``¹``), optionally under a
"Notes"/"Endnotes"/"References" heading. In-text markers are bracketed roman numerals or digits
and superscript digits; a marker only counts when a note with the same label exists, so
editorial insertions such as ``[walking]`` are never taken for markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diplomatica.ingest.model import Note

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
_ROMAN = re.compile(r"^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:end\s*notes|foot\s*notes|notes(?: and references)?|references)\s*:?\s*$",
    re.IGNORECASE,
)
# Marker styles at the start of a note line: (style, pattern); group 1 is the label.
_LINE_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bracket", re.compile(r"^[ \t]*(\[([0-9]{1,3}|[ivxlcdmIVXLCDM]{1,8})\])[ \t]*")),
    ("super", re.compile(rf"^[ \t]*(([{SUPERSCRIPTS}]{{1,3}}))[ \t]*")),
    ("dotted", re.compile(r"^[ \t]*(([0-9]{1,3})[.)])[ \t]+")),
    ("plain", re.compile(r"^[ \t]*(([0-9]{1,3}))[ \t]+")),
)
_STRONG_STYLES = {"bracket", "super"}
_IN_TEXT = re.compile(
    rf"\[([0-9]{{1,3}}|[ivxlcdmIVXLCDM]{{1,8}})\]|([{SUPERSCRIPTS}]{{1,3}})(?![{SUPERSCRIPTS}])"
)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # excluding the line break

    def content(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class _Draft:
    marker: str
    label: str
    line_start: int
    text_start: int
    text_end: int


def find_notes(text: str) -> tuple[list[Note], int | None]:
    """Return the notes of the trailing notes section of ``text`` and the offset where the body
    ends (None when there is no notes section). Each note carries the spans of its citations."""
    lines = _lines(text)
    heading = _last_heading(text, lines)
    for first in reversed(range(len(lines))):
        under_heading = _directly_under(text, lines, heading, first)
        drafts = _block_from(text, lines, first, has_heading=under_heading)
        if not drafts:
            continue
        cut = lines[heading].start if under_heading and heading is not None else lines[first].start
        body_end = len(text[:cut].rstrip())
        notes = _linked(text, drafts, body_end)
        style_is_weak = _style_of(text, lines[first]) not in _STRONG_STYLES
        if style_is_weak and not under_heading and not any(n.refs for n in notes):
            continue
        return notes, body_end
    return [], None


def _directly_under(text: str, lines: list[_Line], heading: int | None, first: int) -> bool:
    """Return whether line ``first`` follows the notes heading with only blank lines between."""
    if heading is None or heading >= first:
        return False
    return not text[lines[heading].end : lines[first].start].strip()


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        out.append(_Line(pos, end - 1 if raw.endswith("\r") else end))
        pos = end + 1
    return out


def _last_heading(text: str, lines: list[_Line]) -> int | None:
    for i in reversed(range(len(lines))):
        if _HEADING.match(lines[i].content(text)):
            return i
    return None


def _marker(text: str, line: _Line) -> tuple[str, re.Match[str]] | None:
    content = line.content(text)
    for style, pattern in _LINE_MARKERS:
        match = pattern.match(content)
        if match and _label_value(match.group(2)) is not None:
            return style, match
    return None


def _style_of(text: str, line: _Line) -> str | None:
    found = _marker(text, line)
    return found[0] if found else None


def _block_from(text: str, lines: list[_Line], first: int, *, has_heading: bool) -> list[_Draft]:
    """Return the notes of a block starting at line ``first`` and running to the end of the text
    with sequential labels, or [] if the lines from ``first`` on do not form such a block."""
    found = _marker(text, lines[first])
    if found is None or _label_value(found[1].group(2)) != 1:
        return []
    style = found[0]
    if style == "plain" and not has_heading:
        return []
    drafts: list[_Draft] = []
    continuation = 0
    for line in lines[first:]:
        content = line.content(text)
        marker = _marker(text, line)
        if marker is not None and marker[0] == style:
            if _label_value(marker[1].group(2)) != len(drafts) + 1:
                return []
            match = marker[1]
            drafts.append(
                _Draft(
                    match.group(1),
                    normal_label(match.group(2)),
                    line.start,
                    line.start + match.end(),
                    line.end,
                )
            )
        elif content.strip():
            continuation += 1
            drafts[-1].text_end = line.end
    if style not in _STRONG_STYLES and continuation > 3 * len(drafts):
        return []
    return drafts


def _linked(text: str, drafts: list[_Draft], body_end: int) -> list[Note]:
    notes = [
        Note(
            marker=d.marker,
            label=d.label,
            number=i + 1,
            text=text[d.text_start : d.text_end].strip(),
            start=d.text_start,
            end=d.text_start + len(text[d.text_start : d.text_end].rstrip()),
        )
        for i, d in enumerate(drafts)
    ]
    link_refs(text, notes, body_end)
    return notes


def link_refs(text: str, notes: list[Note], body_end: int) -> None:
    """Append to each note the spans of the in-text markers in ``text[:body_end]`` citing it."""
    by_label = {n.label: n for n in notes}
    for match in _IN_TEXT.finditer(text, 0, body_end):
        label = normal_label(match.group(1) or match.group(2))
        note = by_label.get(label)
        if note is not None:
            note.refs.append((match.start(), match.end()))


def normal_label(raw: str) -> str:
    """Return the normalised label of a printed marker body: "xii", "3" (superscripts → digits)."""
    raw = raw.translate(_SUPER_TO_DIGIT)
    return str(int(raw)) if raw.isdigit() else raw.lower()


def _label_value(raw: str) -> int | None:
    label = normal_label(raw)
    if label.isdigit():
        return int(label)
    if not label or not _ROMAN.match(label):
        return None
    return roman_value(label)


def roman_value(label: str) -> int:
    """Return the integer value of a valid lower-case roman numeral."""
    total = 0
    for i, char in enumerate(label):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[label[i + 1]] if i + 1 < len(label) else 0
        total += -value if value < following else value
    return total
