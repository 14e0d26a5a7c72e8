"""Syntactic links for tenures: who a clause is about, and which dates belong to which clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention, TimeMention

PRONOUNS = frozenset(["he", "she", "him", "her", "his"])
RELATIVES = frozenset(["who", "whom", "that", "which", "whose"])


def previous_person(ctx: DocContext, before: int) -> Mention | None:
    """Return the last person mention ending before token ``before``."""
    for m in reversed(ctx.mentions):
        if m.end <= before and m.ref.kind == "person":
            return m
    return None


def person_at(token: Token, ctx: DocContext) -> Mention | None:
    """Return the person ``token`` stands for: a person mention, a pronoun (the last person
    named before), a relative pronoun (its antecedent), or a title with a person in apposition
    or compound ("the ambassador, X"; "Ambassador X")."""
    if token.lower_ in RELATIVES:
        clause = token.head
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "relcl":
            return person_at(clause.head, ctx)
        return None
    m = ctx.mention_at(token)
    if m is not None:
        return m if m.ref.kind == "person" else None
    if token.lower_ in PRONOUNS:
        return previous_person(ctx, token.i)
    for c in token.children:
        if c.dep_ in ("appos", "compound"):
            m = ctx.mention_at(c)
            if m is not None and m.ref.kind == "person":
                return m
    return None


def clause_subject(verb: Token) -> Token | None:
    """Return the subject of ``verb``, looking through coordinated verbs ("was recalled and
    appointed"), relative clauses ("X, who served") and participles ("X, ... served")."""
    node = verb
    for _ in range(5):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if node.dep_ in ("conj", "xcomp") and node.head is not node:
            node = node.head
            continue
        if node.dep_ in ("acl", "relcl", "appos"):
            return node.head
        return None
    return None


def subject_person(verb: Token, ctx: DocContext) -> Mention | None:
    """Return the person who is the subject of ``verb`` (see :func:`clause_subject`)."""
    subj = clause_subject(verb)
    return person_at(subj, ctx) if subj is not None else None


def object_person(verb: Token, ctx: DocContext) -> Mention | None:
    """Return the person that is the object of ``verb`` ("sent X as", "assisted by X as")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "oprd"):
            m = person_at(c, ctx)
            if m is not None:
                return m
        if c.dep_ == "agent":
            for p in c.children:
                m = person_at(p, ctx)
                if m is not None:
                    return m
    return None


def time_root(tm: TimeMention, doc_tokens: Span) -> Token:
    """Return the syntactic root of a time expression's tokens."""
    doc = doc_tokens.doc
    span = doc[tm.start : tm.end]
    for t in span:
        if not (tm.start <= t.head.i < tm.end) or t.head is t:
            return t
    return span[0]


def time_path(tm: TimeMention, sent: Span) -> list[Token]:
    """Return the heads above a time expression up to (and including) the first verb: the
    clause the date belongs to. The preposition and its noun ("from 1984 to 1989" under
    "years" under "During") are walked through."""
    root = time_root(tm, sent)
    path: list[Token] = []
    node = root
    for _ in range(12):
        head = node.head
        if head is node:
            break
        path.append(head)
        if head.pos_ in ("VERB", "AUX"):
            break
        node = head
    return path


def sentence_times(sent: Span, ctx: DocContext) -> list[tuple[TimeMention, list[Token]]]:
    """Return the time expressions of ``sent`` with their head paths."""
    return [(tm, time_path(tm, sent)) for tm in ctx.times_in(sent.start, sent.end)]
