"""Appointments told as successions: "X, who succeeded Martin in 1967", "Y replaced him in the
spring of 1877", "Hare was replaced in 1965 by Hart". The tenure pass knows the office the
successor took (the predecessor's, told before); when it is a post abroad, the succession is
the successor's appointment there."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import REPLACING_VERBS, lemma_of
from diplomatica.nlp.types import TenureFact

# Offices of a head of mission abroad whose taking over is an appointment of an envoy (not a
# mandate's or a colony's high commissioner, nor a consul).
_ENVOY_ROLES = frozenset(
    ["ambassador", "envoy", "minister", "chargé d'affaires", "nuncio", "special ambassador"]
)


def envoy_post(tenure: TenureFact) -> bool:
    """Return whether ``tenure`` is a dated post of an envoy to another state (whose own
    state the tenure may leave open)."""
    return (
        tenure.role in _ENVOY_ROLES
        and tenure.to is not None
        and tenure.country != tenure.to
        and tenure.start is not None
    )


def succession_verbs(sent: Span) -> list[Token]:
    """Return the verbs "succeed"/"replace" of ``sent`` stated as a fact, in order."""
    return [
        verb
        for verb in sent
        if lemma_of(verb) in REPLACING_VERBS
        and verb.pos_ in ("VERB", "AUX")
        and is_factual(verb, verb, sent)
    ]


def succession_verb(tenure: TenureFact, verbs: list[Token]) -> Token | None:
    """Return the verb among ``verbs`` (from :func:`succession_verbs`) by which ``tenure``'s
    holder takes over the post: he is the subject of "succeed"/"replace" ("X succeeded Y", "X,
    who replaced him") or the agent of its passive ("Y was succeeded/replaced by X"); else
    None."""
    for verb in verbs:
        if any(_names(side, tenure.person) for side in _successor_sides(verb)):
            return verb
    return None


# Verbs that put someone in a post, whose infinitive "to succeed" tells whose post: "X was
# named to succeed him", "named X to succeed Y".
_APPOINTING_VERBS = frozenset(["name", "appoint", "choose", "select", "designate", "pick", "send"])


def _successor_sides(verb: Token) -> list[Token]:
    """The words that name the successor of a succession verb: its active subject (the noun a
    "who" clause modifies), or the object of its passive "by"; for an infinitive of an
    appointing verb, the one appointed ("X was named to succeed him later that year", "the
    administration named X to succeed Y in Pretoria")."""
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in _APPOINTING_VERBS:
        deps = ("nsubjpass",) if _is_passive(verb.head) else ("dobj",)
        return [c for c in verb.head.children if c.dep_ in deps]
    passive = _is_passive(verb)
    if passive:
        return [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjects):
        return [verb.head]
    return subjects


def _names(noun: Token, person: str) -> bool:
    """Return whether the phrase headed by ``noun`` (without its clauses) names ``person``."""
    words = {
        t.text
        for t in noun.subtree
        if not any(a.dep_ in ("relcl", "acl") for a in [t, *t.ancestors] if a.i > noun.i)
    }
    last = person.split()[-1] if person.split() else ""
    return bool(last) and last in words


def _is_passive(verb: Token) -> bool:
    """Return whether ``verb`` is a passive (it has a passive subject or auxiliary)."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
