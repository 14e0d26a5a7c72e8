"""Linking state, capital and region mentions: era-aware codes, the document's and the
sentence's dominant states, and capitals read as places or as their state."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator

from spacy.tokens import Span

from diplomatica.nlp.entities.context import (
    NAME_NOUNS,
    WAR_NOUNS,
    capital_acts_as_state,
    names_a_thing,
)
from diplomatica.nlp.entities.mention import Mention
from diplomatica.nlp.gazetteer import Form, Gazetteer, normalize, regions_in, resolve_forms
from diplomatica.nlp.types import EntityRef

_DOMINANT_MIN = 2


_DOMINANT_RATIO = 3


def state_dominance(mentions: list[Mention], gaz: Gazetteer) -> Counter[str]:
    """Return how often each state is named unambiguously (one code in the mention's year)."""
    return Counter(code for _, code in _unambiguous_states(mentions, gaz))


def _unambiguous_states(mentions: list[Mention], gaz: Gazetteer) -> Iterator[tuple[Mention, str]]:
    """Yield each state mention with its code where its name has one code in its year."""
    for mention in mentions:
        if mention.source != "gazetteer_state":
            continue
        codes = resolve_forms(gaz.forms_by_norm.get(mention.ident, []), mention.year)
        if len(codes) == 1:
            yield mention, codes[0]


# An unambiguous state named in the same sentence (or a statesman of it) outweighs the
# document's counts when an ambiguous name ("the Korean people") is read: "Kim Il Sung thanked
# the Korean people" in an essay that names Seoul more often is still North Korea.
_LOCAL_WEIGHT = 100


def sentence_states(
    mentions: list[Mention], people: list[Mention], gaz: Gazetteer, parsed: bool
) -> dict[int, Counter[str]]:
    """Return, per sentence start, the states named unambiguously in that sentence by a state
    name or a gazetteer statesman (his state in the year of the mention); none unless
    ``parsed`` (the doc has sentences from the parser)."""
    out: dict[int, Counter[str]] = {}
    if not mentions or not parsed:
        return out
    for mention, code in _unambiguous_states(mentions, gaz):
        out.setdefault(mention.span.sent.start, Counter())[code] += 1
    for person in people:
        if person.famous is not None:
            country = person.famous.country_in(person.year)
            if country:
                out.setdefault(person.span.sent.start, Counter())[country] += 1
    return out


def weighted(near: Counter[str] | None) -> Counter[str]:
    """Return ``near`` (a sentence's states) scaled so that it outweighs document counts."""
    return Counter({k: v * _LOCAL_WEIGHT for k, v in (near or Counter()).items()})


def link_state_mention(mention: Mention, gaz: Gazetteer, dom: Counter[str], parsed: bool) -> None:
    """Set the ref of a state, capital or region mention: a region is a place, a capital a place
    unless it acts as its state, a state its code chosen by year and the dominance counts
    ``dom``; an ambiguous mention is left unlinked."""
    forms = gaz.forms_by_norm.get(mention.ident, [])
    regions = regions_in(forms, mention.year)
    if regions:
        country = regions[0].iso3
        if country is not None and names_a_thing(mention.span, NAME_NOUNS):
            country = None  # "the Geneva conference", "the Camp David Accords"
        mention.ref = EntityRef("place", mention.ident, mention.span.text, country)
        mention.label = "LOC"
        return
    when = mention.year
    codes = resolve_forms(forms, when, prefer_current=False)
    if len(codes) > 1:
        ranked = sorted(codes, key=lambda c: -dom[c])
        # Prefer the state the document keeps naming unambiguously (clearly more often than
        # the other), else today's state when no year is known; else no link at all.
        top, second = dom[ranked[0]], dom[ranked[1]]
        dominant = top >= _DOMINANT_MIN and top >= _DOMINANT_RATIO * second
        codes = ranked[:1] if dominant else resolve_forms(forms, when)
    if not codes and when is not None and all(f.end is not None and f.end < when for f in forms):
        codes = resolve_forms(forms, None)  # a former name used in retrospect ("West Germany")
    if not codes and _names_a_polity_before_its_time(mention.span, forms, when):
        # "a Philippine Republic was proclaimed" (1943): a polity the text calls by the state's
        # name before the gazetteer's state begins is that state, when only one bears the name
        codes = resolve_forms(forms, None)
    if len(codes) != 1:
        return  # stays ambiguous: left to the stock model's label
    iso3 = codes[0]
    kinds = {f.kind for f in forms if f.iso3 == iso3}
    state = gaz.states[iso3]
    if _inside_a_name(mention.span, kinds) or ("capital" in kinds and _in_a_peerage(mention.span)):
        # "the Algiers Agreement", "the Arab-Israeli war": a place named, no party (no state)
        city = next((f.canonical for f in forms if f.iso3 == iso3 and f.canonical), None)
        name = city if "capital" in kinds and city else mention.span.text
        mention.ref = EntityRef("place", normalize(name), name, None)
        mention.label = "GPE"
        return
    if "capital" in kinds and not capital_acts_as_state(mention.span, parsed):
        city = next(f.canonical for f in forms if f.iso3 == iso3 and f.canonical)
        mention.ref = EntityRef("place", normalize(city or mention.span.text), city or "", iso3)
        mention.label = "GPE"
        return
    mention.ref = EntityRef("state", iso3, state.name, iso3)
    mention.label = "NORP" if kinds == {"demonym"} else "GPE"


_POLITY_NOUNS = frozenset(["Republic", "State", "Government", "Kingdom"])


def _names_a_polity_before_its_time(span: Span, forms: list[Form], year: int | None) -> bool:
    """Whether ``span`` (a state word of ``forms``, all beginning after ``year``) is followed by a
    capitalised polity noun ("Republic", "Government") that makes it the name of a state."""
    if year is None or not forms or any(f.start is None or f.start <= year for f in forms):
        return False
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in _POLITY_NOUNS


# Titles naming a peer or prelate after a town ("Lord Salisbury", "the Bishop of Salisbury").
_PEERAGE_BEFORE = frozenset(["Lord", "Lady"])
_PEERAGE_OF = frozenset(
    ["Marquess", "Marquis", "Earl", "Duke", "Duchess", "Viscount", "Baron", "Countess", "Bishop"]
)


def _in_a_peerage(span: Span) -> bool:
    """Whether ``span`` (a town word) is part of a peer's or prelate's title ("Lord
    Salisbury", "the Marquess of Salisbury", "the Bishop of Salisbury"): a person, no place."""
    doc = span.doc
    if span.start >= 1 and doc[span.start - 1].text in _PEERAGE_BEFORE:
        return True
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].text in _PEERAGE_OF
    )


def _inside_a_name(span: Span, kinds: Collection[str]) -> bool:
    """A capital inside the name of a meeting, document or war ("the Berlin conference"); a
    state inside the name of a war ("the Arab-Israeli war", "the Korean War")."""
    if "capital" in kinds:
        return names_a_thing(span, NAME_NOUNS)
    return names_a_thing(span, WAR_NOUNS)
