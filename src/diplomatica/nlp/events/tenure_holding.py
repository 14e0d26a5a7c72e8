"""Terms stated without naming the office: "X, who had been in office since June 1970", "who had
ruled Pakistan since October 1958", "who has headed the organization since 1969", "who seized
power in September 1969". The office is the holder's last stated one (a title elsewhere in
the document); the clause only bounds it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.lexicon import HELD_PLACES, LEADING_VERBS, RULING_VERBS
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import (
    MILITARY_TITLES,
    Candidate,
    SentenceWords,
    lemma_of,
)
from diplomatica.nlp.events.tenure_dates import anchored_times, term_bounds
from diplomatica.nlp.events.tenure_facts import (
    last_office,
    recorded_office,
    tenure_fact,
    tenure_state,
)
from diplomatica.nlp.events.tenure_heads import is_foreign_field
from diplomatica.nlp.events.tenure_independence import independence_times
from diplomatica.nlp.events.tenure_links import subject_person
from diplomatica.nlp.events.tenure_roles import RULING_OFFICES
from diplomatica.nlp.events.tenure_styles import princely_style
from diplomatica.nlp.types import TenureFact

# Verbs that hold an office only over a body named as their object ("directed the Department",
# "had run the territory since A").
_OBJECT_RULING_VERBS = LEADING_VERBS | {"direct", "run"}
# Verbs of holding the rule of a state or body: "ruled Pakistan", "has led Zambia", "had run
# the territory".
_HOLDING_VERBS = RULING_VERBS | _OBJECT_RULING_VERBS
# What one rules or leads as its holder (besides a named state or organisation); a foreign
# minister directs his state's diplomacy.
_RULED_BODIES = frozenset(
    [
        "country",
        "nation",
        "state",
        "government",
        "party",
        "organization",
        "organisation",
        "department",
        "ministry",
        "diplomacy",
        "territory",
        "colony",
        "council",
    ]
)
# A field of policy one directs as its minister ("has directed Polish policy since A", "has
# directed Nigeria's external affairs since A"): it bounds only a minister's office.
_DIRECTED_FIELDS = frozenset(["policy", "affair", "affairs"])
# The words of an office that directs a field of policy.
_FIELD_OFFICES = frozenset(["minister", "secretary", "commissar", "commissioner"])


def may_hold_power(words: SentenceWords) -> bool:
    """Whether :func:`held_terms` may fire in a sentence of ``words``: only on a verb
    :func:`_holding_kind` knows (seizing, being, ruling)."""
    return (
        "seize" in words.lemmas
        or "be" in words.lemmas
        or not _HOLDING_VERBS.isdisjoint(words.lemmas)
    )


def held_terms(
    sent: Span, ctx: DocContext, cands: list[Candidate], local: list[TenureFact]
) -> list[TenureFact]:
    """Return the tenures bounded by a clause of holding or seizing power whose office is not
    named in it ("X, who had ruled P since A", "who had been in office since A", "who seized
    power in A"): the subject's last stated office, started (or ended) at the clause's date.
    A verb already anchoring a candidate of ``cands`` is skipped."""
    out: list[TenureFact] = []
    anchored = {a.i for c in cands for a in c.anchors}
    state = tenure_state(ctx)
    for verb in sent:
        kind = _holding_kind(verb, ctx)
        if kind is None or verb.i in anchored or not is_factual(verb, verb, sent):
            continue
        person = subject_person(verb, ctx)
        if person is None or person.ref.kind != "person":
            continue
        anchors = [verb, *_held_places(verb), *_since_clauses(verb)]
        times = anchored_times(anchors, sent, ctx)
        times += independence_times(anchors, ctx, _ruled_state(verb, ctx) or person.state)
        dates = term_bounds(times, kind)
        if dates == (None, None):
            continue
        party = _led_party(verb, ctx)
        if party is not None:
            # "who has led the Romanian party since 1965": the party's office, not the state's
            role, served = _party_office(person, dates, party, ctx)
            out.append(tenure_fact(person, role, served, None, dates, sent, ctx, 0.5))
            continue
        last = last_office(state, local + out, person, sent)
        if last is not None and _directs_as_another(verb, last):
            continue  # "President X, who has directed foreign policy since A": not his term
        if last is not None and _rules_as_another(verb, last):
            # "Qaddafi, who ruled Libya from A", titled "Secretary of State" by a slip of the
            # context: the rule of a state is the recorded ruler's office
            last = None
        if last is None and _directs_foreign_field(verb):
            continue  # "X, who has directed Nigeria's external affairs since A": a head's rule
        if last is None:
            # "X, who had ruled P since A", untitled: the office the gazetteer records, else
            # the ruled state's leader
            known = recorded_office(person, dates) or _ruler_of(person, verb, dates, ctx)
            if known is not None:
                out.append(tenure_fact(person, *known, None, dates, sent, ctx, 0.5))
            continue
        if _dated_here(last, local) or _told_after(last, verb, cands):
            continue  # "X, who has led the party since A, was sworn in as President": not it
        out.append(tenure_fact(person, last.role, last.country, last.to, dates, sent, ctx, 0.5))
    return out


_PARTY_TITLE_WORDS = frozenset(["secretary", "party", "chairman"])


def _led_party(verb: Token, ctx: DocContext) -> Token | None:
    """The party of a state that ``verb`` leads as its object ("had led the Bulgarian party"),
    else None (also for "the party", whose holder's office the document may state later)."""
    if lemma_of(verb) not in ("lead", "head"):
        return None
    party = next((o for o in verb.children if o.dep_ == "dobj" and lemma_of(o) == "party"), None)
    if party is None or _party_state(party, ctx) is None:
        return None
    return party


def _party_state(party: Token, ctx: DocContext) -> str | None:
    """The state named before ``party`` ("the Romanian party"), else None."""
    return next(
        (m.state for t in party.lefts if (m := ctx.mention_at(t)) is not None and m.state), None
    )


def _party_office(
    person: Mention, dates: tuple[str | None, str | None], party: Token, ctx: DocContext
) -> tuple[str, str | None]:
    """The (role, state) of the leader of ``party``: the party title the gazetteer records for
    the holder in those years ("general secretary"), else "party leader"; the state is the
    party's demonym ("the Romanian party")."""
    known = recorded_office(person, dates)
    served = _party_state(party, ctx)
    if known is not None and not _PARTY_TITLE_WORDS.isdisjoint(known[0].split()):
        return known[0], served
    return "party leader", served


def _dated_here(last: TenureFact, local: list[TenureFact]) -> bool:
    """Whether ``last`` is a tenure started in the same sentence: another statement ("was
    sworn in as President yesterday"), not the office the clause refers back to (which the
    sentence may end: "X, who had ruled since A, handed power to Y on B")."""
    return any(t is last for t in local) and last.start is not None


def _told_after(last: TenureFact, verb: Token, cands: list[Candidate]) -> bool:
    """Whether the sentence states ``last``'s office only after ``verb`` ("X, who has led the
    party since A, was sworn in as President"): a new office, not the one held since A."""
    same = [
        min(a.i for a in c.anchors)
        for c in cands
        if c.person.ref.key == last.person_id and c.role == last.role and c.anchors
    ]
    return bool(same) and min(same) > verb.i


def _holding_kind(verb: Token, ctx: DocContext) -> str | None:
    """Return "hold" for a verb of holding the rule ("ruled P", "was in office"), "take" for
    seizing power, None for any other token."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = lemma_of(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "seize":
        return "take" if any(lemma_of(o) == "power" for o in objects) else None
    if lemma == "be":
        return "hold" if _held_places(verb) else None
    if lemma not in _HOLDING_VERBS or any(c.lower_ == "as" for c in verb.children):
        return None  # "reigned as Pope from A": the office named, told by the "as" rules
    if not objects:
        return None if lemma in _OBJECT_RULING_VERBS else "hold"  # "had ruled since A"
    return "hold" if all(_ruled_body(o, ctx) for o in objects) else None


def _rules_as_another(verb: Token, last: TenureFact) -> bool:
    """Whether ``verb`` rules a state ("ruled Libya", "reigned") while the holder's last stated
    office is no ruler's ("secretary of state"): the clause does not bound that office."""
    if lemma_of(verb) not in ("rule", "reign"):
        return False
    return not any(w in last.role.lower() for w in RULING_OFFICES)


def _directs_as_another(verb: Token, last: TenureFact) -> bool:
    """Whether ``verb`` directs a field of policy ("has directed Polish policy") while the
    holder's last stated office is no minister's ("president"): the clause bounds no office."""
    if not any(c.dep_ == "dobj" and lemma_of(c) in _DIRECTED_FIELDS for c in verb.children):
        return False
    return _FIELD_OFFICES.isdisjoint(last.role.lower().split())


def _directs_foreign_field(verb: Token) -> bool:
    """Return whether ``verb`` directs a state's foreign affairs as its object ("has directed
    Nigeria's external affairs since A"): the heading rule of tenure_heads tells that office."""
    return any(c.dep_ == "dobj" and is_foreign_field(c) for c in verb.children)


def _since_clauses(verb: Token) -> list[Token]:
    """The verbs of "since" clauses on ``verb`` ("has led Zambia since it became independent
    in October 1964"): their dates start the term held."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
    ]


def _ruler_of(
    person: Mention, verb: Token, dates: tuple[str | None, str | None], ctx: DocContext
) -> tuple[str, str | None] | None:
    """The office ("leader", state) of an officer who rules or leads a named state ("Colonel X,
    who had ruled Libya since the coup of September 1969") with no office told; the ruler's
    style of a princely state ruled ("Sheikh X, who has ruled Kuwait since 1950": its ruler or
    emir); else None (a civilian who "governed Peru" held some office the text does not
    name)."""
    if lemma_of(verb) not in _HOLDING_VERBS:
        return None
    state = _ruled_state(verb, ctx)
    bound = dates[0] or dates[1]
    style = princely_style(state, int(bound[:4]) if bound else None, ctx)
    if style is not None and lemma_of(verb) in ("rule", "reign"):
        return style, state
    if person.ref.title not in MILITARY_TITLES:
        return None
    return ("leader", state) if state is not None else None


def _ruled_body(obj: Token, ctx: DocContext) -> bool:
    """Whether ``obj`` is a state or body its ruler holds ("Zambia", "the organization")."""
    m = ctx.mention_at(obj)
    if m is not None and (m.state or m.ref.kind == "organization"):
        return True
    return lemma_of(obj) in _RULED_BODIES | _DIRECTED_FIELDS


def _ruled_state(verb: Token, ctx: DocContext) -> str | None:
    """The state ``verb`` governs as its object ("has led Zambia"), else None."""
    for o in verb.children:
        m = ctx.mention_at(o) if o.dep_ == "dobj" else None
        if m is not None and m.state:
            return m.state
    return None


def _held_places(verb: Token) -> list[Token]:
    """The "office"/"power" of "was in office", "had been in power" hung on ``verb``."""
    return [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj" and lemma_of(p) in HELD_PLACES
    ]
