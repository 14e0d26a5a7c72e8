"""Tenure candidates from promotions: "X was promoted to ambassador in A", "rose to the
presidency"; the old post ends when the new one starts."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import Candidate, lemma_of
from diplomatica.nlp.events.tenure_links import object_person, subject_person
from diplomatica.nlp.events.tenure_roles import TENURE_NOUNS, is_office, normalise_role, raw_role

PROMOTION_VERBS = frozenset(["promote", "raise", "elevate", "upgrade", "advance"])
_ACCESSION_VERBS = frozenset(["return", "rise", "accede", "come", "ascend"])


def promotion_office(verb: Token) -> Token | None:
    """Return the office a promotion verb names ("promoted to ambassador", "raised to the rank
    of ambassador"), or None."""
    accession = lemma_of(verb) in _ACCESSION_VERBS
    if lemma_of(verb) not in PROMOTION_VERBS and not accession:
        return None
    for prep in verb.children:
        if prep.dep_ == "xcomp" and is_office(prep):
            return prep  # the parser reads "promoted to ambassador" as "to" + verb
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if accession:
                # "returned to the premiership", "rose to the presidency"
                return obj if obj.lower_ in TENURE_NOUNS else None
            if is_office(obj):
                return obj
            if obj.lemma_.lower() in ("rank", "post", "grade", "level"):
                inner = [o for c in obj.children if c.lower_ == "of" for o in c.children]
                return next((o for o in inner if is_office(o)), None)
    return None


def share_promotion_dates(cands: list[Candidate]) -> None:
    """'The chargé d'affaires in P, X, was promoted to ambassador in 1971': the promotion's
    date ends the old post, and the new post is held in the same capital."""
    for new in (c for c in cands if c.verb_lemma == "promote"):
        for old in cands:
            if old.verb_lemma != "leave" or old.person.ref.key != new.person.ref.key:
                continue
            old.times = old.times or list(new.times)
            new.times = new.times or list(old.times)
            new.served, new.host = new.served or old.served, new.host or old.host


def promotion_candidate(office: Token, ctx: DocContext, sent: Span) -> Candidate | None:
    """'X was promoted to ambassador in April 1971': the new office starts at the verb's date."""
    verb = office.head
    while verb.dep_ in ("prep", "pobj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ == "VERB":
            break
    named = promotion_office(verb)
    if named is None or named.i != office.i:
        return None
    if not is_factual(verb, verb, sent):
        return None
    person = subject_person(verb, ctx) or object_person(verb, ctx)
    if person is None:
        return None
    role = normalise_role(raw_role(office, ctx))
    return Candidate(person, role, [verb, office, office.head], "promote", 3)
