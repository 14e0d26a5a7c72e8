"""Tenures: who held which office for which state (and, for envoys, where), from when to when."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.lexicon import OFFICE_HEADS
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.types import TenureFact, TimeValue

_START_VERBS = frozenset(
    ["send", "dispatch", "appoint", "accredit", "name", "nominate", "become", "succeed"]
)
_END_VERBS = frozenset(["recall", "return", "leave", "retire", "resign", "dismiss"])
_SERVE_VERBS = frozenset(["serve", "work", "act", "be", "remain", "hold"])
_ROLE_SKIP = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "new",
        "former",
        "first",
        "extraordinary",
        "and",
    ]
)
_TITLED_VERBS = _END_VERBS | _SERVE_VERBS | {"give", "dispatch"}
_PRONOUNS = frozenset(["he", "she", "him", "her"])
_INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.|[A-Z]{1,3}\.?)$")


def person_key(name: str) -> str:
    """Return a normalised key of a person's name: initials dropped, lower-cased, ASCII-ish."""
    parts = [p for p in re.split(r"[\s]+", name.strip()) if p and not _INITIAL.match(p)]
    return " ".join(p.strip(".,").lower() for p in parts)


def _iso(value: str | None, granularity: str) -> str | None:
    if value is None:
        return None
    if granularity in ("year", "decade", "century", "approximate"):
        return value[:4]
    if granularity in ("month", "season"):
        return value[:7]
    if granularity == "range":
        return value[:4] if value.endswith("-01-01") or value.endswith("-12-31") else value
    return value


def time_bounds(value: TimeValue) -> tuple[str | None, str | None]:
    """Return ``(start, end)`` ISO strings at the precision the expression states."""
    gran = value.granularity
    start, end = value.start, value.end
    if gran == "range" and start and end:
        # a range of years ("1984-1989") is stated at year precision
        if start.endswith("-01-01") and end.endswith("-12-31"):
            return start[:4], end[:4]
        return start, end
    return _iso(start, gran), _iso(end, gran)


def _person_mentions(tokens: list[Token], ctx: DocContext) -> list[Mention]:
    out: list[Mention] = []
    for t in tokens:
        m = ctx.mention_at(t)
        if m is not None and m.ref.kind == "person" and m not in out:
            out.append(m)
    return out


def _previous_person(ctx: DocContext, before: int) -> Mention | None:
    for m in reversed(ctx.mentions):
        if m.end <= before and m.ref.kind == "person":
            return m
    return None


def _resolve_person(tokens: list[Token], ctx: DocContext) -> Mention | None:
    people = _person_mentions(tokens, ctx)
    if people:
        return people[0]
    if any(t.lower_ in _PRONOUNS for t in tokens[:3]) and tokens:
        return _previous_person(ctx, tokens[0].i)
    return None


def role_text(office: Token) -> str:
    """Return the office phrase headed by ``office`` ("chairman of the council of ministers")."""
    left = [
        t
        for t in office.lefts
        if t.dep_ in ("compound", "amod", "nummod") and t.lower_ not in _ROLE_SKIP
    ]
    words = [t.text for t in left] + [office.text]
    for c in office.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = [p for p in c.children if p.dep_ == "pobj"]
            if pobj and pobj[0].ent_type_ not in ("GPE", "NORP", "LOC"):
                words.append("of " + " ".join(t.text for t in pobj[0].subtree if t.lower_ != "the"))
        if c.dep_ == "conj" and c.lemma_.lower() in OFFICE_HEADS:
            words.append("and " + c.text)
    return " ".join(words).lower()


def _destination(tokens: list[Token], ctx: DocContext, served: str | None) -> str | None:
    for t in tokens:
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "in", "at"):
            m = ctx.mention_at(t)
            if m is not None and m.state and m.state != served:
                return m.state
    return None


def _dates(sent: Span, ctx: DocContext, verb_lemma: str) -> tuple[str | None, str | None]:
    for tm in ctx.times_in(sent.start, sent.end):
        v = tm.value
        if v.kind == "range" or (v.kind == "date" and v.granularity == "range"):
            return time_bounds(v)
    for tm in ctx.times_in(sent.start, sent.end):
        v = tm.value
        if v.kind != "date":
            continue
        start, _end = time_bounds(v)
        if verb_lemma in _END_VERBS:
            return None, start
        return start, None
    return None, None


def _tenure(
    person: Mention,
    role: str,
    to: str | None,
    dates: tuple[str | None, str | None],
    sent: Span,
    ctx: DocContext,
    confidence: float,
) -> TenureFact:
    served = person.ref.country or (ctx.main_states[0] if ctx.main_states else None)
    return TenureFact(
        person=person.ref.name,
        person_id=person.ref.key,
        role=role,
        country=served,
        to=to if to != served else None,
        start=dates[0],
        end=dates[1],
        evidence_start=sent.start_char,
        evidence_end=sent.end_char,
        confidence=confidence,
    )


def tenures_from_envoy_trigger(trig: Trigger, sent: Span, ctx: DocContext) -> list[TenureFact]:
    """Return the tenure an appointment/recall states (role from "as <office>", else ambassador)."""
    anchor = trig.anchor
    lemma = anchor.lemma_.lower()
    objs = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma == "succeed":
        objs = [p for c in anchor.children if c.dep_ == "agent" for p in c.children]
    if trig.token.pos_ == "NOUN":
        objs = [p for c in trig.token.children if c.lower_ == "of" for p in c.children]
    person = _resolve_person([t for o in objs for t in o.subtree], ctx)
    if person is None:
        return []
    offices = [
        t
        for c in anchor.children
        if c.lower_ == "as"
        for t in c.children
        if t.lemma_.lower() in OFFICE_HEADS
    ]
    role = "ambassador" if not offices else role_text(offices[0])
    role = "ambassador" if "ambassador" in role else role
    served = person.ref.country
    to = _destination(list(anchor.subtree), ctx, served)
    dates = _dates(sent, ctx, "recall" if trig.type == "RECALL_ENVOY" else lemma)
    return [_tenure(person, role, to, dates, sent, ctx, 0.7)]


def tenures_from_offices(sent: Span, ctx: DocContext) -> list[TenureFact]:
    """Return tenures stated as "X served/worked as <office> (to P) from A to B", "X was <office>
    until B", or "Ambassador X ... until B" (a titled person with dates in the clause)."""
    out: list[TenureFact] = []
    for tok in sent:
        if tok.lemma_.lower() not in OFFICE_HEADS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        verb: Token | None = None
        person: Mention | None = None
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            verb = tok.head.head
            if verb.lemma_.lower() in _START_VERBS:
                continue  # handled by the appointment trigger
            subj = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
            person = _resolve_person(subj, ctx)
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
            verb = tok.head
            subj = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
            person = _resolve_person(subj, ctx)
        elif tok.dep_ == "compound" and ctx.mention_at(tok.head) is not None:
            mention = ctx.mention_at(tok.head)
            if mention is not None and mention.ref.kind == "person":
                person, verb = mention, tok.head.head
        if person is None or verb is None:
            continue
        vlemma = verb.lemma_.lower()
        dates = _dates(sent, ctx, vlemma)
        titled_only = tok.dep_ == "compound"
        if titled_only and dates == (None, None):
            continue
        open_start = any(tm.value.start is None for tm in ctx.times_in(sent.start, sent.end))
        if titled_only and vlemma not in _TITLED_VERBS and not open_start:
            continue
        role = role_text(tok)
        role = "ambassador" if "ambassador" in role else role
        to = _destination(list(tok.subtree) + list(verb.subtree), ctx, person.ref.country)
        out.append(_tenure(person, role, to, dates, sent, ctx, 0.6))
    return out


def _precision(value: str | None) -> int:
    return len(value) if value else 0


def merge_tenures(tenures: list[TenureFact]) -> list[TenureFact]:
    """Merge statements about the same person and role (and compatible host): the earliest
    start and the most precise end win."""
    merged: list[TenureFact] = []
    for t in tenures:
        key = person_key(t.person)
        for m in merged:
            if person_key(m.person) != key or m.role != t.role:
                continue
            if m.to and t.to and m.to != t.to:
                continue
            m.to = m.to or t.to
            if t.start and (
                not m.start or (t.start[:4], -len(t.start)) < (m.start[:4], -len(m.start))
            ):
                m.start = t.start
            if t.end and (not m.end or _precision(t.end) > _precision(m.end)):
                m.end = t.end
            break
        else:
            merged.append(t)
    return merged
