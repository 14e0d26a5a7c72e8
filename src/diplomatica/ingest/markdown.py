"""Markdown to extraction text: inline markup and block marks are dropped, every kept character
keeps its exact source position.

Dropped: heading ``#`` marks (and closing ``#``), list bullets (``-``, ``*``, ``+``; numbered
items keep their numbers, which notes sections rely on), blockquote ``>`` marks, thematic
breaks and setext underlines, code fences (not their info string), emphasis delimiters
(``**b**``, ``__b__``, ``*e*``, ``_e_``), code-span backticks, link and image syntax
(``[text](url)`` keeps "text") and the backslash of escapes. Bracketed note markers such as
``[3]`` or ``[xii]`` are not links, and reference-style links are left alone ("[in
practice][2]" is an editorial insertion and a note).
"""

from __future__ import annotations

import re

from diplomatica.ingest.builder import TextBuilder
from diplomatica.ingest.model import OffsetMap

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$")
# Block prefixes, matched in turn from where the previous one ended (hence no "^").
_BLOCK_PREFIX = re.compile(r"[ \t]{0,3}(?:>[ \t]?)+")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_BULLET = re.compile(r"[ \t]*[-*+][ \t]+")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_LINK = re.compile(
    r"!?\[(?P<text>[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*)\]"
    r"\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)"
)
_STRONG = re.compile(
    r"(?<![\\*])\*\*(?=\S)(?P<text>.+?)(?<=\S)\*\*"
    r"|(?<![\w_])__(?=\S)(?P<text2>.+?)(?<=\S)__(?![\w_])"
)
_EMPHASIS = re.compile(
    r"(?<![\\*\w])\*(?=[^\s*])(?P<text>.+?)(?<=[^\s*])\*(?![*\w])"
    r"|(?<![\\\w_])_(?=[^\s_])(?P<text2>.+?)(?<=[^\s_])_(?![\w_])"
)
_PROTECTED = "\ue000"

# A character of a line: (character, source offset, protected from further markup rules).
_Char = tuple[str, int, bool]


def clean_markdown(source: str) -> tuple[str, OffsetMap]:
    """Return the text of Markdown ``source`` without its markup, and the map whose kept runs
    each point at their exact source position."""
    builder = TextBuilder(len(source))
    in_fence: str | None = None
    pos = 0
    for raw in source.splitlines(keepends=True):
        start, pos = pos, pos + len(raw)
        line = raw.rstrip("\r\n")
        fence = _FENCE.match(line)
        rest = line[fence.end() :] if fence is not None else ""
        if fence is not None and in_fence is None:
            in_fence = fence.group(1)
            if rest.strip():
                # an info string ("```python") is kept: words of the source are never dropped
                info = _verbatim(rest, start + fence.end())
                info.extend(_line_end(raw, line, start))
                _emit(builder, info)
            continue
        if (
            fence is not None
            and in_fence is not None
            and not rest.strip()
            and (fence.group(1)[0] == in_fence[0])
        ):
            in_fence = None
            continue
        if in_fence is None and _RULE.match(line):
            continue
        chars = _line_chars(line, start) if in_fence is None else _verbatim(line, start)
        chars.extend(_line_end(raw, line, start))
        _emit(builder, chars)
    return builder.text(), builder.offsets()


def _line_end(raw: str, line: str, start: int) -> list[_Char]:
    """Return the line-break characters of ``raw`` (the line with its ending)."""
    return [(c, start + len(line) + i, True) for i, c in enumerate(raw[len(line) :])]


def _verbatim(line: str, start: int) -> list[_Char]:
    return [(c, start + i, True) for i, c in enumerate(line)]


def _line_chars(line: str, start: int) -> list[_Char]:
    """Return the kept characters of one Markdown line with their source offsets."""
    lead = 0
    heading = False
    for pattern in (_BLOCK_PREFIX, _HEADING, _BULLET):
        match = pattern.match(line, lead)
        if match is not None and match.end() > lead:
            lead = match.end()
            heading = heading or pattern is _HEADING
    end = len(line)
    closing = _CLOSING_HASHES.search(line, lead) if heading else None
    if closing is not None:
        end = closing.start()
    chars = [(c, start + i, False) for i, c in enumerate(line) if lead <= i < end]
    chars = _code_spans(chars)
    chars = _escapes(chars)
    for pattern in (_LINK, _STRONG, _EMPHASIS):
        chars = _unwrap(chars, pattern)
    return chars


def _view(chars: list[_Char]) -> str:
    return "".join(_PROTECTED if protected else c for c, _, protected in chars)


def _code_spans(chars: list[_Char]) -> list[_Char]:
    out: list[_Char] = []
    view = _view(chars)
    last = 0
    for match in _CODE_SPAN.finditer(view):
        out.extend(chars[last : match.start()])
        out.extend((c, p, True) for c, p, _ in chars[match.start(2) : match.end(2)])
        last = match.end()
    out.extend(chars[last:])
    return out


def _escapes(chars: list[_Char]) -> list[_Char]:
    out: list[_Char] = []
    view = _view(chars)
    last = 0
    for match in _ESCAPE.finditer(view):
        out.extend(chars[last : match.start()])
        c, p, _ = chars[match.start(1)]
        out.append((c, p, True))
        last = match.end()
    out.extend(chars[last:])
    return out


def _unwrap(chars: list[_Char], pattern: re.Pattern[str]) -> list[_Char]:
    """Return ``chars`` with each match of ``pattern`` reduced to its ``text``/``text2`` group."""
    view = _view(chars)
    out: list[_Char] = []
    last = 0
    for match in pattern.finditer(view):
        group = "text" if match.group("text") is not None else "text2"
        out.extend(chars[last : match.start()])
        out.extend(chars[match.start(group) : match.end(group)])
        last = match.end()
    out.extend(chars[last:])
    return out


def _emit(builder: TextBuilder, chars: list[_Char]) -> None:
    """Add ``chars`` to ``builder`` as runs of consecutive source offsets (exact copies)."""
    run_start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or chars[i][1] != chars[i - 1][1] + 1:
            text = "".join(c for c, _, _ in chars[run_start:i])
            builder.add(text, chars[run_start][1], chars[i - 1][1] + 1)
            run_start = i
