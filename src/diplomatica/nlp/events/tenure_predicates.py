"""Tenure candidates from predicates: "X was/became/remained <office>", "X was appointed
<office>", "The ambassador to P from A to B was X", and appointments whose appointee the next
sentence names ("sent an ambassador in A")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import (
    HELD_VERBS,
    START_WORDS,
    STAY_VERBS,
    Candidate,
    lemma_of,
)
from diplomatica.nlp.events.tenure_dates import anchored_times, term_bounds
from diplomatica.nlp.events.tenure_facts import (
    HOLD_VERBS,
    PendingAppointment,
    tenure_state,
    verb_destination,
)
from diplomatica.nlp.events.tenure_links import (
    clause_subject,
    object_person,
    person_at,
    subject_person,
)
from diplomatica.nlp.events.tenure_roles import (
    TENURE_NOUNS,
    normalise_role,
    office_states,
    raw_role,
)

_PREDICATE_VERBS = frozenset(
    ["be", "become", "remain", "stay", "name", "appoint", "elect", "make", "proclaim", "crown"]
)


def predicate_candidate(tok: Token, ctx: DocContext, sent: Span) -> Candidate | None:
    """Return the candidate of the office ``tok`` that is the predicate or object of its verb
    ("X was/became/remained <office>", "X was appointed <office>", "appointed X <office>",
    "held the ambassadorship"), or None when the clause names no holder or states no fact (an
    unnamed appointee is remembered for the next sentence)."""
    verb = tok.head
    lemma = lemma_of(verb)
    if tok.dep_ == "dobj" and lemma in START_WORDS and not _is_passive(verb):
        # "appointed X ambassador to P", parsed with the name as a compound of the office
        named = _compound_person(tok, ctx) or _second_object_person(tok, verb, ctx)
        if named is None and _participle_of_subject(verb):
            named = subject_person(verb, ctx)  # "X, proclaimed king on A, received Y"
        if named is not None and is_factual(verb, verb, sent):
            return Candidate(named, normalise_role(raw_role(tok, ctx)), [verb, tok], lemma, 3)
        if is_factual(verb, verb, sent):
            remember_unnamed(verb, tok, normalise_role(raw_role(tok, ctx)), ctx, sent)
        return None
    if lemma not in _PREDICATE_VERBS | HOLD_VERBS | {"assume"}:
        return None
    if not (is_factual(verb, verb, sent) or _looking_back(verb)):
        return None
    if lemma == "become" and first_to_do(tok, verb):
        return None  # "became the first sitting president to visit P" states a record
    if tok.dep_ == "dobj" and lemma in HOLD_VERBS | {"assume"} and tok.lower_ in TENURE_NOUNS:
        person = subject_person(verb, ctx)  # "held the ambassadorship until 1966"
    elif tok.dep_ == "dobj" and not _is_passive(verb):
        person = None  # "appointed the ambassador" names no holder
    else:
        person = object_person(verb, ctx) if tok.dep_ == "oprd" else None
        person = person or subject_person(verb, ctx)
    role = normalise_role(raw_role(tok, ctx))
    person = person or _glued_subject(verb, ctx)
    if person is None:
        return None
    if verb.dep_ == "conj" and _power_taken(verb.head):
        # "seized power in A and remained president until B": the office from A
        return Candidate(person, role, [verb, tok, verb.head], "become", 3)
    return Candidate(person, role, [verb, tok], lemma, 3)


def _participle_of_subject(verb: Token) -> bool:
    """'X, proclaimed king on A, received Y' parsed with "proclaimed" as X's active verb and
    "received" coordinated with it: a verb set off by commas right after its subject, with
    the subject's real predicate coordinated after it, is a participle apposed to the subject
    (which takes the office)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    doc = verb.doc
    if subj is None or verb.tag_ not in ("VBD", "VBN") or verb.i < 2:
        return False
    last = max(t.i for t in subj.subtree if not t.is_punct)
    if doc[verb.i - 1].text != "," or last != verb.i - 2:
        return False
    return any(
        c.dep_ == "conj" and c.pos_ == "VERB" and doc[c.left_edge.i - 1].text == ","
        for c in verb.children
        if c.i > verb.i
    )


_POWER_VERBS = frozenset(["seize", "take", "assume", "grab"])


def _power_taken(verb: Token) -> bool:
    """'seized power', 'took power', 'assumed office': the start of a ruler's term."""
    return lemma_of(verb) in _POWER_VERBS and any(
        c.dep_ == "dobj" and lemma_of(c) in ("power", "office") for c in verb.children
    )


def _looking_back(verb: Token) -> bool:
    """'X, who seized power in A and would remain president until B': a narrator's "would"
    with an end date, in a relative clause or after a past verb, states what happened later;
    "X would remain president until B if ..." does not."""
    after_past = verb.dep_ == "relcl" or (verb.dep_ == "conj" and verb.head.tag_ in ("VBD", "VBN"))
    return (
        lemma_of(verb) in STAY_VERBS | {"be"}
        and after_past
        and not any(c.dep_ == "advcl" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in verb.children)
    )


def _second_object_person(office: Token, verb: Token, ctx: DocContext) -> Mention | None:
    """'whom I made prime minister', 'named X ambassador' parsed with two objects: the person
    among the verb's other objects."""
    others = [c for c in verb.children if c.dep_ == "dobj" and c.i != office.i]
    return next((m for c in others if (m := person_at(c, ctx)) is not None), None)


def first_to_do(office: Token, verb: Token) -> bool:
    """'the first (sitting) president to visit', 'the only minister to attend': an ordinal
    office followed by an infinitive (on the office or, misparsed, on the verb) of doing
    something other than holding it ("the first ambassador to serve in P" starts a term)."""
    before = [t for t in office.subtree if t.i < office.i]
    if not any(t.ent_type_ == "ORDINAL" or t.lower_ in ("first", "only") for t in before):
        return False
    # "became the first head of state to come to P": the infinitive may hang on the verb
    clauses = [
        c
        for t in (office, verb)
        for c in t.children
        if c.dep_ in ("acl", "relcl", "xcomp", "advcl")
    ]
    return any(
        lemma_of(c) not in HELD_VERBS | {"represent"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in clauses
    )


def _glued_subject(verb: Token, ctx: DocContext) -> Mention | None:
    """'Between 1962 and 1966 X was ambassador': a subject the parser glued to the date
    opening the sentence is the person named just before the verb."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0:
        return None
    m = ctx.mention_at(verb.doc[verb.i - 1])
    return m if m is not None and m.ref.kind == "person" else None


def _compound_person(office: Token, ctx: DocContext) -> Mention | None:
    for c in office.lefts:
        m = ctx.mention_at(c)
        if c.dep_ == "compound" and m is not None and m.ref.kind == "person":
            return m
    return None


def _is_passive(verb: Token) -> bool:
    """'was appointed', also 'was recalled ... and appointed' (passive shared by a conjunct)."""
    node = verb
    for _ in range(3):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children):
            return True
        if node.dep_ != "conj" or any(c.dep_ == "nsubj" for c in node.children):
            return False
        node = node.head
    return False


def inverted_candidate(office: Token, ctx: DocContext, sent: Span) -> Candidate | None:
    """'The ambassador to P from A to B was X': the office is the subject, the holder the
    predicate."""
    verb = office.head
    if lemma_of(verb) != "be" or not is_factual(verb, verb, sent):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    person = ctx.mention_at(attr) if attr is not None else None
    if person is None or person.ref.kind != "person":
        return None
    return Candidate(person, normalise_role(raw_role(office, ctx)), [verb, office], "be", 3)


def misparsed_predicate(office: Token) -> bool:
    """'X, who arrived in A, was the first ambassador' parsed with two subjects: an office
    after its copula, whose subject comes before it, is the predicate."""
    verb = office.head
    return (
        lemma_of(verb) == "be"
        and office.i > verb.i
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    )


def remember_unnamed(verb: Token, office: Token, role: str, ctx: DocContext, sent: Span) -> None:
    """'The Korean side sent an ambassador in 1990': keep the appointment for the next
    sentence, which may name the appointee."""
    if lemma_of(verb) not in START_WORDS or office.tag_ in ("NNS", "NNPS"):
        return
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.tag_ in ("NNS", "NNPS") for o in objs):
        return
    times = anchored_times([verb, office], sent, ctx)
    served, host = office_states(office, ctx)
    subj = clause_subject(verb)
    if served is None and subj is not None:
        served = next(
            (m.state for m in ctx.mentions_in(subj.left_edge.i, subj.i + 1) if m.state), None
        )
    state = tenure_state(ctx)
    start, end = term_bounds(times, "send")
    state.pending.append(
        PendingAppointment(
            role,
            start,
            end,
            served,
            host or verb_destination(verb, ctx),
            state.sentence,
            ctx.paragraph_start(sent.start_char),
        )
    )
