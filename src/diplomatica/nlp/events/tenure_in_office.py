"""The ", in office since A" phrase after a name ("Prime Minister X, in office since 1946",
"King X, on the throne since 1952", "Mr. X, in power since 1969"): one recogniser of the phrase,
which dates a titled name's candidate (:func:`apposed_term_tokens`) and, after a name without a
title, bounds the holder's last office (:func:`apposed_terms`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.lexicon import HELD_PLACES
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_appositions import ends_the_holder
from diplomatica.nlp.events.tenure_base import Candidate
from diplomatica.nlp.events.tenure_dates import anchored_times, term_bounds, time_value
from diplomatica.nlp.events.tenure_facts import (
    last_office,
    recorded_office,
    tenure_fact,
    tenure_state,
)
from diplomatica.nlp.events.tenure_links import sentence_times
from diplomatica.nlp.types import TenureFact

# The prepositions bounding a term ("in office since 1946", "on the throne until 1952").
BOUND_WORDS = frozenset(["since", "from", "until", "till"])


def is_held_place_after_comma(place: Token) -> bool:
    """Return whether ``place`` is the noun of an "in office"/"on the throne" phrase that a
    comma sets off (", in office", ", in power", ", on the throne")."""
    prep = place.head
    return (
        place.lower_ in HELD_PLACES
        and prep.lower_ in ("in", "on")
        and prep.i >= 2
        and place.doc[prep.i - 1].text == ","
    )


def apposed_term_tokens(holder: Token, verb: Token) -> list[Token]:
    """'Prime Minister X, in office since 1946, received ...', 'King X, on the throne since
    1952': an "in office" phrase set off by commas right after the name, which the parser may
    hang on the verb; returns its noun (and its bounding preposition when the parser hung that
    on the verb)."""
    out: list[Token] = []
    heads = [holder, verb, *holder.ancestors]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.i != holder.i + 2:
            continue
        for p in prep.children:
            if p.dep_ != "pobj" or not is_held_place_after_comma(p):
                continue
            out.append(p)
            after = p.doc[p.i + 1] if p.i + 1 < len(p.doc) else p
            if after.dep_ == "prep" and after.lower_ in BOUND_WORDS:
                out.append(after)  # "in office since 1946", parsed with "since" on the verb
    return out


def apposed_terms(
    sent: Span, ctx: DocContext, cands: list[Candidate], local: list[TenureFact]
) -> list[TenureFact]:
    """'Mr. X, in office since December 1982, ...', 'X, in power since 1969': a term phrase
    set off by a comma after a name with no title of its own bounds the holder's last office
    (a titled name's phrase is already an anchor of its candidate)."""
    out: list[TenureFact] = []
    anchored = {a.i for c in cands for a in c.anchors}
    state = tenure_state(ctx)
    for tm, _path in sentence_times(sent, ctx):
        held = _held_place_before(tm, ctx)
        if held is None or held.i in anchored:
            continue
        person = ctx.mention_at(ctx.doc[held.head.i - 2])
        if person is None or person.ref.kind != "person":
            continue
        last = last_office(state, local + out, person, sent)
        dates = term_bounds([time_value(tm, ctx)], "hold")
        if dates == (None, None):
            continue
        dates = (dates[0], dates[1] or _holder_end(ctx.doc[held.head.i - 2], sent, ctx))
        if last is None:
            # "Ydígoras, in office since March 1958, was overthrown": the office stated
            # nowhere before is the one the gazetteer records for those years
            known = recorded_office(person, dates)
            if known is not None:
                out.append(tenure_fact(person, *known, None, dates, sent, ctx, 0.5))
            continue
        out.append(tenure_fact(person, last.role, last.country, last.to, dates, sent, ctx, 0.5))
    return out


def _holder_end(name: Token, sent: Span, ctx: DocContext) -> str | None:
    """The date of the verb ending its subject's rule ("X, in office since A, was overthrown in
    B"), else None."""
    verb = name.head
    if name.dep_ not in ("nsubj", "nsubjpass") or not ends_the_holder(name, verb):
        return None
    if not is_factual(verb, verb, sent):
        return None
    return term_bounds(anchored_times([verb], sent, ctx), "resign")[1]


def _held_place_before(tm: TimeMention, ctx: DocContext) -> Token | None:
    """The 'office' of ', in office since <tm>' right after a comma (None otherwise)."""
    doc = ctx.doc
    # the expression may include its preposition ("since December 1982") or follow it
    first = tm.start if doc[tm.start].lower_ in BOUND_WORDS else tm.start - 1
    if first < 4 or doc[first].lower_ not in BOUND_WORDS:
        return None
    held = doc[first - 1]
    return held if is_held_place_after_comma(held) else None
