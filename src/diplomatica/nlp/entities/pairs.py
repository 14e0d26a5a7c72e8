"""Coordinated and paired states: "North and South Korea", "the two German states"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from diplomatica.nlp.entities.context import mention_year
from diplomatica.nlp.entities.mention import Mention, span_of
from diplomatica.nlp.gazetteer import Gazetteer, normalize, resolve_forms
from diplomatica.nlp.types import EntityRef

# "North and South Korea", "East and West Germany": the first adjective names a state too.
_ELLIPTIC_PAIR = re.compile(
    r"\b(North|South|East|West)(?:ern)? and (North|South|East|West)(?:ern)? "
    r"(Korea|Germany|Vietnam|Viet Nam|Yemen)\b"
)


# "the two German states", "both Koreas": two states in one phrase (see paired_states).
_BOTH_PAIR = re.compile(
    r"\b(?:[Tt]wo|[Bb]oth) (?:(Korean|German|Vietnamese|Yemeni) (?:states|governments|republics)"
    r"|(Koreas|Germanys|Germanies|Vietnams|Yemens))\b"
)


_PAIRS = {
    "korea": ("North Korea", "South Korea"),
    "german": ("West Germany", "East Germany"),
    "vietnam": ("North Vietnam", "South Vietnam"),
    "yemen": ("North Yemen", "South Yemen"),
}


def _pair_key(word: str) -> str:
    low = word.lower()
    return next(key for key in _PAIRS if low.startswith(key[:5]))


def paired_states(
    doc: Doc,
    gaz: Gazetteer,
    linked: list[Mention],
    year: int | None,
    starts: list[int],
    marks: list[tuple[int, int]],
    text: str,
) -> list[Mention]:
    """Return state mentions for elliptic coordinations ("North" of "North and South Korea")
    and for "the two German states" (one mention per state, on the same tokens)."""
    found: list[Mention] = []
    for m in _ELLIPTIC_PAIR.finditer(text):
        span = span_of(doc, m.start(1), m.end(1))
        if span is None:
            continue
        when = mention_year(span, year, starts, marks, text)
        iso3 = _pair_state(gaz, f"{m.group(1)} {m.group(3)}", when)
        if iso3 is not None:
            found.append(_state_mention(span, gaz, iso3, "pair"))
    for m in _BOTH_PAIR.finditer(text):
        span = span_of(doc, m.start(), m.end())
        if span is None:
            continue
        when = mention_year(span, year, starts, marks, text)
        names = _PAIRS[_pair_key(m.group(1) or m.group(2))]
        first, second = (_pair_state(gaz, name, when) for name in names)
        if first and second and len(span) > 1:
            # spaCy keys span extensions by offsets: the two states cannot share one span.
            # Convention: the whole phrase names the first state, the phrase minus its
            # numeral ("German states", "Koreas") the second.
            found.append(_state_mention(span, gaz, first, "both"))
            found.append(_state_mention(span[1:], gaz, second, "both"))
    return found


def _pair_state(gaz: Gazetteer, name: str, year: int | None) -> str | None:
    codes = resolve_forms(gaz.forms_by_norm.get(normalize(name), []), year)
    if not codes and year is not None:
        codes = resolve_forms(gaz.forms_by_norm.get(normalize(name), []), None)
    return codes[0] if len(codes) == 1 else None


def _state_mention(span: Span, gaz: Gazetteer, iso3: str, ident: str) -> Mention:
    ref = EntityRef("state", iso3, gaz.states[iso3].name, iso3)
    return Mention(span, "gazetteer_state", ident, ref=ref, label="GPE")


def without_pair_members(linked: list[Mention]) -> list[Mention]:
    """Drop single-state mentions inside a "two German states" span (its "German" would
    otherwise name one state of the two)."""
    both = [m.span for m in linked if m.ident == "both"]
    kept = [
        m
        for m in linked
        if m.ident == "both"
        or not any(b.start <= m.span.start and m.span.end <= b.end for b in both)
    ]
    return sorted(kept, key=lambda m: m.span.start)
