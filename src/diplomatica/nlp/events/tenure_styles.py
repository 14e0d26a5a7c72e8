"""The styles of princely rulers and the holders named only by an honorific.

The gazetteer files every monarch's office as "king"; a Gulf sheikhdom's ruler is its emir (or,
in the older British usage, its ruler), Oman's and Brunei's its sultan. The role keeps the word
the document itself uses for such rulers ("became Emir of Qatar", "its ruler, Sheikh X", "the
Sultan"), else the state's usual style. "His Majesty, who had led the country since A" names the
state's monarch the document named before, not a person called "Majesty"."""

from __future__ import annotations

import re
from dataclasses import replace

from diplomatica.nlp.doc_text import doc_text
from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.types import TenureFact

# The styles of a princely state's ruler, the usual one first, with the last year the state
# was ruled so (Bahrain's emir became king in 2002).
_PRINCELY_STYLES: dict[str, tuple[tuple[str, ...], int]] = {
    "OMN": (("sultan",), 9999),
    "BRN": (("sultan",), 9999),
    "KWT": (("emir", "ruler"), 9999),
    "QAT": (("emir", "ruler"), 9999),
    "BHR": (("emir", "ruler"), 2001),
    "ARE": (("ruler",), 9999),
}
# A style word as the document writes it ("Emir", "Amir", "the Sultan", "its ruler").
_STYLE_WORDS = re.compile(r"\b(emir|amir|sultan|ruler)s?\b", re.IGNORECASE)
_STYLE_OF_WORD = {"emir": "emir", "amir": "emir", "sultan": "sultan", "ruler": "ruler"}
# Honorifics the recogniser may take for a name ("His Majesty", "His Highness").
_HONORIFICS = frozenset(["majesty", "highness", "excellency"])
# Titles that name a monarch ("Sultan Qaboos", "King Hussein").
_MONARCH_TITLES = frozenset(["king", "queen", "sultan", "emir", "amir", "shah", "emperor"])


def princely_style(state: str | None, year: int | None, ctx: DocContext) -> str | None:
    """The style of the ruler of ``state`` in ``year`` when it is a princely state (the one the
    document uses, else the usual one), else None."""
    known = _PRINCELY_STYLES.get(state or "")
    if known is None:
        return None
    styles, last = known
    if year is not None and year > last:
        return None
    used = {
        _STYLE_OF_WORD[m.group(1).lower()]
        for m in _STYLE_WORDS.finditer(doc_text(ctx.doc))
        if not _inside_a_name(m.start(), ctx)
    }
    return next((s for s in styles if s in used), styles[0])


def _inside_a_name(char: int, ctx: DocContext) -> bool:
    """Whether the word at ``char`` lies inside a person's name after its first word ("Zayed
    bin Sultan"), not a title before it ("Sultan Qaboos")."""
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    m = ctx.mention_at(span[0])
    return m is not None and m.ref.kind == "person" and span[0].i > m.start


def _year(t: TenureFact) -> int | None:
    bound = t.start or t.end
    return int(bound[:4]) if bound and bound[:4].isdigit() else None


def styled_rulers(tenures: list[TenureFact], ctx: DocContext) -> list[TenureFact]:
    """Return ``tenures`` with each princely state's "king" named by the ruler's style, and each
    holder named only by an honorific replaced by the state's monarch the document named last
    before it (dropped when it names none)."""
    out: list[TenureFact] = []
    for t in tenures:
        if _honorific(t.person):
            monarch = _monarch_before(t, ctx)
            if monarch is None:
                continue
            t = replace(t, person=monarch.ref.name, person_id=monarch.ref.key)
        if t.role == "king" and t.to is None:
            style = princely_style(t.country, _year(t), ctx)
            if style is not None:
                t = replace(t, role=style)
        out.append(t)
    return out


def _honorific(person: str) -> bool:
    words = person.lower().split()
    return bool(words) and words[-1] in _HONORIFICS


def _monarch_before(t: TenureFact, ctx: DocContext) -> Mention | None:
    """The last person the document names before the honorific of ``t``'s statement with a
    monarch's title ("Sultan Qaboos") and ``t``'s state."""
    honorific = next(
        (
            m
            for m in ctx.mentions
            if t.evidence_start <= ctx.doc[m.start].idx < t.evidence_end and _honorific(m.ref.name)
        ),
        None,
    )
    if honorific is None:
        return None
    found: Mention | None = None
    for m in ctx.mentions:
        if m.start >= honorific.start:
            break
        if m.ref.kind != "person" or m.ref.country != t.country or _honorific(m.ref.name):
            continue
        title = (m.ref.title or m.text.split()[0]).lower()
        if title in _MONARCH_TITLES:
            found = m
    return found
