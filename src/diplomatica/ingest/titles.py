"""Titles of documents whose format gives none: a heading before the body, or a derived title."""

from __future__ import annotations

import re

from diplomatica.ingest.header import dateline_end, is_date_line

_BOILERPLATE_LINE = re.compile(
    r"^(skip to (main )?content|skip navigation|menu|home|search|share|print)$", re.I
)
_MAX_TITLE_WORDS = 20
_TITLE_SCAN_LINES = 5
MAX_DERIVED_CHARS = 90
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Capt|Adm|Sen|Rep|Gov|"
    r"Prof|Rev|Jr|Sr|No|Nos|Vol|pp|p|ch|cf|ca|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec|Co|Corp|Inc|Ltd|Bros)|\b[ivxlc]+)$"
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def guess_title(text: str) -> str | None:
    """Return the heading-like line that opens ``text`` before its first paragraph-like line
    (among the first five non-empty lines; site boilerplate and date lines are passed over), or
    None when the text opens with a paragraph.

    Heading-like: at most 20 words, no sentence-final punctuation, starts with a capital/digit.
    """
    for line in _content_lines(text)[:_TITLE_SCAN_LINES]:
        if looks_like_title(line):
            return line
        if not is_date_line(line):
            return None  # a paragraph came first: headings after it are section headings
    return None


def derived_title(text: str) -> str | None:
    """Return a short title made from the first sentence of the first paragraph of ``text``
    (a news dateline dropped), cut at a word boundary to at most 90 characters ending in "…";
    None when the text has no paragraph."""
    for line in _content_lines(text):
        if is_date_line(line):
            continue
        paragraph = line[dateline_end(line) :].strip()
        sentence = first_sentence(paragraph)
        return shorten(sentence) if sentence else None
    return None


def first_sentence(paragraph: str) -> str:
    """Return the first sentence of ``paragraph`` (abbreviations such as "J." or "Aug." do not
    end a sentence), without its final full stop."""
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[: match.start()]
        if match.group()[0] == "." and _ABBREVIATION.search(before):
            continue
        return paragraph[: match.start() + (0 if match.group()[0] == "." else 1)].strip()
    return paragraph.rstrip().removesuffix(".").strip()


def shorten(sentence: str, limit: int = MAX_DERIVED_CHARS) -> str:
    """Return ``sentence`` if it fits in ``limit`` characters, else its longest run of whole words
    that fits with a closing "…"."""
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    if not sentence[limit - 1].isspace() and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—(") + "…"


def looks_like_title(line: str) -> bool:
    """Return whether ``line`` is shaped like a title or heading rather than a sentence."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and (line[0].isupper() or line[0].isdigit())
        and not is_date_line(line)
    )


def _content_lines(text: str) -> list[str]:
    lines = []
    for raw in text.splitlines():
        line = " ".join(raw.split()).lstrip("#").strip()
        if line and not _BOILERPLATE_LINE.match(line):
            lines.append(line)
        if len(lines) > _TITLE_SCAN_LINES:
            break
    return lines
