"""Tenure candidates from "as" phrases and term nouns: "X served as <office>", "sent X as
<office>", "took up the post of <office>", "X's tenure as <office> (A-B)", "served two terms as
<office>"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import (
    END_WORDS,
    HELD_VERBS,
    RECALLING_VERBS,
    REPLACING_VERBS,
    START_WORDS,
    STAY_VERBS,
    TERM_NOUNS,
    Candidate,
    has_then,
    lemma_of,
)
from diplomatica.nlp.events.tenure_facts import SUCCESSION_POSTS
from diplomatica.nlp.events.tenure_links import object_person, person_at, subject_person
from diplomatica.nlp.events.tenure_predicates import remember_unnamed
from diplomatica.nlp.events.tenure_roles import is_diplomatic, normalise_role, raw_role

# Verbs that link a person to a non-diplomatic office with "as" ("addressed as Great Leader" is
# a title, not an office).
_AS_VERBS = START_WORDS | END_WORDS | STAY_VERBS | {"act", "function", "be", "hold"}
_AS_VERBS |= {"reign", "rule", "govern"}  # "reigned as Pope", "ruled Zaire as President"
# Verbs that end the office named by "as" only ("removed as foreign minister in A"), read as
# the END_WORDS verb given.
_ENDING_AS_VERBS = {"remove": "dismiss"}
_NOT_OFFICE_VERBS = frozenset(
    [
        "address",
        "call",
        "describe",
        "regard",
        "refer",
        "know",
        "hail",
        "consider",
        "treat",
        "see",
        "style",
        "praise",
        "introduce",
        "present",
    ]
) - {"present"}


_HELD_NOUNS = TERM_NOUNS | {
    "time",
    "years",
    "year",
    "period",
    "stint",
    "service",
    "day",
    "post",
    "position",
}


def _post_verb(post: Token) -> Token:
    return post.head.head if post.dep_ == "pobj" else post.head


def _as_verb(prep: Token) -> Token:
    node = prep
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return _object_taking_complement(_verb_over_destination(node.head), node)


def _object_taking_complement(verb: Token, prep: Token) -> Token:
    """'intended to name X ... as ambassador' parsed with "as" on "intended": the "as" phrase
    ``prep`` belongs to the verb of an earlier complement that takes an object (here "name"),
    else to ``verb``."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in verb.children):
        return verb
    for c in verb.children:
        if c.dep_ == "xcomp" and c.i < prep.i and any(o.dep_ == "dobj" for o in c.children):
            return c
    return verb


def _verb_over_destination(head: Token) -> Token:
    """'went to Peking as Ceylon's first ambassador' parsed with "as" on the place: the "as"
    phrase of a named destination belongs to the verb of going or sending there."""
    prep = head.head
    if (
        head.dep_ == "pobj"
        and head.pos_ == "PROPN"
        and prep.dep_ == "prep"
        and prep.lower_ == "to"
        and prep.head.pos_ in ("VERB", "AUX")
    ):
        return prep.head
    return head


def is_post_of(tok: Token) -> bool:
    """'took up the post of ambassador', 'left the office of foreign minister'."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and lemma_of(tok.head.head) in SUCCESSION_POSTS
        and tok.head.head.dep_ in ("dobj", "pobj", "nsubjpass")
    )


def as_candidate(
    tok: Token, ctx: DocContext, sent: Span, via: Token | None = None
) -> Candidate | None:
    """Return the candidate of the office ``tok`` that an "as" phrase (or, with ``via``, "the
    post of") links to the object, else the subject, of its verb ("X served as <office>", "sent
    X as <office>", "took up the post of <office>"), or of a term noun ("X's tenure as"); None
    for a title ("addressed as"), a succession, a non-factual verb or no named holder (an
    unnamed appointment is remembered for the next sentence)."""
    prep = via if via is not None else tok.head
    verb = _as_verb(prep) if via is None else _post_verb(via)
    lemma = lemma_of(verb)
    role = normalise_role(raw_role(tok, ctx))
    if verb.pos_ not in ("VERB", "AUX"):
        return _term_candidate(tok, prep, verb, ctx) if via is None else None
    if lemma in REPLACING_VERBS:
        return None  # "X succeeded Y as <office>": see successions
    lemma = _ENDING_AS_VERBS.get(lemma, lemma)
    if lemma in _NOT_OFFICE_VERBS or (lemma not in _AS_VERBS and not is_diplomatic(role)):
        return None
    if not is_factual(verb, verb, sent) or _recalls_a_thing(verb, ctx):
        return None
    person = object_person(verb, ctx) or _sworn_in(verb, ctx) or subject_person(verb, ctx)
    if person is None:
        remember_unnamed(verb, tok, role, ctx, sent)
        return None
    then = has_then(prep, tok) or (prep.dep_ == "prep" and has_then(verb) and verb.dep_ == "conj")
    anchors = [tok, prep] if has_then(prep, tok) else [verb, tok, prep]
    return Candidate(person, role, anchors, lemma, 3, then=then)


def _sworn_in(verb: Token, ctx: DocContext) -> Mention | None:
    """'the assembly swore in X as its first president', parsed with X as the object of "in":
    the person sworn in (the subject only administers the oath); None for other verbs."""
    if lemma_of(verb) != "swear":
        return None
    return next(
        (
            m
            for c in verb.children
            if c.dep_ in ("prep", "prt") and c.lower_ == "in"
            for p in c.children
            if p.dep_ == "pobj" and (m := person_at(p, ctx)) is not None
        ),
        None,
    )


def _recalls_a_thing(verb: Token, ctx: DocContext) -> bool:
    """'He recalled his own visit to Tokyo in 1953 as Vice President': recalling (remembering)
    or withdrawing a thing, not an envoy, ends no term."""
    if lemma_of(verb) not in RECALLING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(person_at(o, ctx) is None and o.pos_ != "PRON" for o in objects)


def _term_candidate(office: Token, prep: Token, noun: Token, ctx: DocContext) -> Candidate | None:
    """ "X's tenure as <office> (1970-74)", "his appointment as <office> in 1965", "served two
    terms as <office>", "resigned from his post as <office>": a term of office (or its start
    or end) and its holder; the dates hang on the noun, its verb, or close the phrase."""
    lemma = lemma_of(noun)
    if lemma not in _HELD_NOUNS and lemma not in START_WORDS | END_WORDS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    person = person_at(owner, ctx) if owner is not None else None
    if person is None and noun.dep_ == "dobj" and lemma_of(verb) in HELD_VERBS:
        person = subject_person(verb, ctx)  # "served two terms as president"
    if person is None:
        return None
    role = normalise_role(raw_role(office, ctx))
    anchors = [office, prep, noun]
    if lemma not in _HELD_NOUNS:  # "appointment", "arrival", "resignation"
        return Candidate(person, role, anchors, lemma, 2)
    if verb.pos_ == "VERB" and lemma_of(verb) in START_WORDS | END_WORDS | HELD_VERBS:
        if not is_factual(verb, verb, office.sent):
            return None
        return Candidate(person, role, [*anchors, verb], lemma_of(verb), 2)
    return Candidate(person, role, anchors, "be", 2)
