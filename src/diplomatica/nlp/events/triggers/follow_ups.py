"""Follow-up verbs: "X followed suit", "Y did the same" repeat the previous act."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.triggers.syntax import PAST_TAGS, lemma_of


def is_follow_up(verb: Token) -> bool:
    """``X followed``, ``X followed suit``, ``X did the same / likewise``: a verb repeating
    the previous act (a past verb with a subject and no other object)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in PAST_TAGS:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    lemma = lemma_of(verb)
    if lemma == "follow":
        return all(lemma_of(o) in ("suit", "example") for o in objs)
    if lemma == "do":
        return any(c.lower_ in ("likewise", "so") for c in verb.children) or any(
            o.lower_ == "same" for o in objs
        )
    return False
