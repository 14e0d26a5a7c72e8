"""The "first/only/last ... to <verb>" construction, which states the act itself."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.triggers.syntax import subjects_of

_FIRST_WORDS = frozenset(["first", "only", "last"])


def first_to_act_subjects(verb: Token) -> list[Token]:
    """``rescue teams were among the first to arrive``: the subject of the copula whose
    "first" the infinitive modifies."""
    first = verb.head
    if verb.dep_ not in ("relcl", "acl") or first.lower_ not in _FIRST_WORDS:
        return []
    node = first.head.head if first.dep_ == "pobj" else first.head
    return subjects_of(node)


def first_to_act(verb: Token) -> bool:
    """``You are the first prime minister of Japan to come to our country``, ``the only leader
    to visit Hanoi``, ``it was among the first states to recognise X``: an infinitive after
    "the first/only/last <person>" states the act."""
    if verb.tag_ != "VB" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return False
    head = verb.head
    nouns = [head] if head.pos_ in ("NOUN", "PROPN") else []
    nouns += [c for c in head.children if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"]
    return _first_among(nouns) or among_the_first(verb)


def _first_among(nouns: list[Token]) -> bool:
    """Return whether one of ``nouns`` is modified by "first", "only" or "last"."""
    return any(c.dep_ == "amod" and c.lower_ in _FIRST_WORDS for n in nouns for c in n.children)


def among_the_first(verb: Token) -> bool:
    """``it was among the first states to recognise the new state``: the parser hangs the
    infinitive on the copula, beside the "among" phrase that says it was done."""
    if verb.tag_ != "VB" or verb.dep_ != "xcomp":
        return False
    nouns = [
        o
        for p in verb.head.children
        if p.dep_ == "prep" and p.lower_ == "among"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]
    return _first_among(nouns)
