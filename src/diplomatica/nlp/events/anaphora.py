"""Anaphora for trigger detection: what "it"/"they"/"them" stand for, and which tokens of the
antecedent's clause belong to the earlier act rather than to the pronoun's."""

from __future__ import annotations

from spacy.tokens import Token

_ANTECEDENT_WINDOW = 40
# Pronouns resolved to a preceding noun of their number.
PRONOUN_NUMBER = {"it": "singular", "they": "plural", "them": "plural"}


def antecedent(pronoun: Token) -> Token | None:
    """Return the nearest preceding common noun in a subject or object role (the likely
    antecedent of "it"; names of states are referred to by name, not by "it", in this genre)."""
    doc = pronoun.doc
    wanted = PRONOUN_NUMBER.get(pronoun.lower_)
    # an object pronoun never refers to the subject of its own clause ("the parliament voted
    # to terminate it")
    own_subjects = _clause_subjects(pronoun.head) if pronoun.dep_ == "dobj" else set()
    # nor the noun its own participle or relative clause describes ("gave notice terminating
    # it", "a statement denouncing it")
    verb = pronoun.head
    if pronoun.dep_ == "dobj" and verb.dep_ in ("acl", "relcl") and verb.head.i < pronoun.i:
        own_subjects.add(verb.head.i)
    for i in range(pronoun.i - 1, max(-1, pronoun.i - _ANTECEDENT_WINDOW), -1):
        t = doc[i]
        if t.i in own_subjects:
            continue
        plural = t.tag_ in ("NNS", "NNPS")
        if (
            t.pos_ == "NOUN"
            and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and (wanted is None or plural == (wanted == "plural"))
        ):
            return _of_phrase_head(t) or t
    return None


def _of_phrase_head(noun: Token) -> Token | None:
    """``a treaty of friendship ...; Moscow denounced it``: a bare noun (no determiner)
    closing the "of" phrase of another of the same number classifies that noun, whose phrase
    the pronoun names; return that head (``None`` when ``noun`` closes no such phrase; "the
    text of a convention ... it" names the convention)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    head = prep.head
    same_number = (head.tag_ in ("NNS", "NNPS")) == (noun.tag_ in ("NNS", "NNPS"))
    return head if head.pos_ == "NOUN" and same_number else None


def _clause_subjects(verb: Token) -> set[int]:
    """Return the subjects of ``verb``'s clause, through infinitives ("voted to end it")."""
    out = {c.i for c in verb.children if c.dep_ == "nsubj"}
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        out |= {c.i for c in verb.children if c.dep_ == "nsubj"}
    return out


def resolved(objs: list[Token]) -> list[Token]:
    """Return ``objs`` with "it"/"they"/"them" replaced by their antecedent ("voted to
    terminate it", "they were restored in 1972")."""
    return [(antecedent(o) or o) if o.lower_ in PRONOUN_NUMBER else o for o in objs]


def antecedent_clause(antecedent: Token, verb: Token) -> frozenset[int]:
    """Return the tokens before ``verb``'s clause other than the antecedent phrase and its
    clause's subject: their dates and states belong to the earlier act ("Ghana suspended
    relations with X in 1966; they were restored in 1972")."""
    clause = antecedent.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.i == verb.i:
        return frozenset()
    if verb in clause.ancestors:
        region = {t.i for t in clause.subtree}  # the earlier clause embedded under the verb
    else:
        region = set(range(verb.sent.start, verb.left_edge.i))
    keep = {t.i for t in antecedent.subtree}
    keep |= {t.i for c in clause.children if c.dep_ == "nsubj" for t in c.subtree}
    return frozenset(region - keep)
