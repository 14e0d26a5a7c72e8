"""Trigger detection: which tokens state which event type, and which token governs them."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from diplomatica.nlp.events.lexicon import (
    AGREEMENT_NOUNS,
    AID_NOUNS,
    ENVOY_NOUNS,
    MEETING_NOUNS,
    MISSION_NOUNS,
    PERSON_GROUP_NOUNS,
    REFUGEE_NOUNS,
    VISIT_EVENT_NOUNS,
    VISIT_MOTION_VERBS,
    Lexicon,
)

_OBJ_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
_PAST_TAGS = frozenset({"VBD", "VBN"})


@dataclass(frozen=True)
class Trigger:
    """A detected trigger: the event type, the trigger token and the governing (anchor) token."""

    type: str
    token: Token
    anchor: Token


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _objects(verb: Token) -> list[Token]:
    """Return the object heads: direct, passive subject, or the noun a participle modifies."""
    objs = [c for c in verb.children if c.dep_ in _OBJ_DEPS]
    if not objs:
        # "terminated the Treaty ... concluded in 1986" is often parsed as a clausal complement
        # whose subject is the real object.
        objs = [
            s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
        ]
    if (verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN") or verb.dep_ == "relcl":
        objs.append(verb.head)
    for obj in list(objs):
        objs.extend(c for c in obj.children if c.dep_ == "conj")
    return objs


def _prep_objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for c in head.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def _heads_in(tokens: list[Token], words: frozenset[str]) -> bool:
    for t in tokens:
        if _lemma(t) in words or t.lower_ in words:
            return True
        # quoted titles: "the 'Treaty of Friendship'" may be parsed with the noun off-head
        if any(_lemma(x) in words for x in list(t.subtree)[:4]):
            return True
    return False


def _is_person_like(token: Token, is_entity: bool) -> bool:
    return is_entity or _lemma(token) in PERSON_GROUP_NOUNS or token.lower_ in ("him", "her")


def _past_context(verb: Token) -> bool:
    node = verb
    for _ in range(4):
        if node.tag_ in _PAST_TAGS:
            return True
        if any(c.tag_ in _PAST_TAGS and c.dep_ in ("aux", "auxpass") for c in node.children):
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def verb_event_type(verb: Token, lex: Lexicon, entity_tokens: set[int]) -> str | None:
    """Return the event type a verb trigger states given its objects, or ``None``."""
    lemma = _lemma(verb)
    objs = _objects(verb)
    if lemma in ("sign", "conclude", "ratify", "initial") and _heads_in(objs, AGREEMENT_NOUNS):
        return "SIGN_AGREEMENT"
    if lemma == "exchange" and any(_lemma(o) == "instrument" for o in objs):
        return "SIGN_AGREEMENT"
    relations = [o for o in objs if _lemma(o) in ("relation", "relations", "tie", "ties")]
    diplomatic = any(
        c.lower_ in ("diplomatic", "ambassadorial") for o in relations for c in o.children
    )
    if lemma in lex.verbs["ESTABLISH_RELATIONS"] and relations and diplomatic:
        return "ESTABLISH_RELATIONS"
    if lemma in ("recognise", "recognize") and (
        any(o.i in entity_tokens or _lemma(o) == "independence" for o in objs)
    ):
        return "ESTABLISH_RELATIONS"
    if lemma in lex.verbs["END_RELATIONS"] and relations:
        return "END_RELATIONS"
    if lemma in lex.verbs["OPEN_MISSION"] and _heads_in(objs, MISSION_NOUNS):
        return "OPEN_MISSION"
    if lemma in lex.verbs["CLOSE_MISSION"] and _heads_in(objs, MISSION_NOUNS):
        return "CLOSE_MISSION"
    if lemma in lex.verbs["TERMINATE_AGREEMENT"] and _heads_in(objs, AGREEMENT_NOUNS):
        return "TERMINATE_AGREEMENT"
    if lemma == "withdraw" and _heads_in(_prep_objects(verb, ("from",)), AGREEMENT_NOUNS):
        return "TERMINATE_AGREEMENT"
    as_objs = _prep_objects(verb, ("as",))
    if lemma in lex.verbs["PROVIDE_AID"]:
        goods = objs + _prep_objects(verb, ("with",))
        goods += [p for o in objs for p in _prep_objects(o, ("of",))]
        if any(_lemma(g) in AID_NOUNS for g in goods) and not _heads_in(as_objs, ENVOY_NOUNS):
            return "PROVIDE_AID"
        if lemma in ("accept", "take", "receive") and any(_lemma(g) in REFUGEE_NOUNS for g in objs):
            return "PROVIDE_AID"
    if lemma in lex.verbs["APPOINT_ENVOY"] and (
        _heads_in(as_objs, ENVOY_NOUNS)
        or any(_lemma(o) in ENVOY_NOUNS for o in objs)
        or any(_lemma(t) in ("diplomat", "ambassador", "envoy") for o in objs for t in o.subtree)
    ):
        return "APPOINT_ENVOY"
    if lemma == "recall" and any(_is_person_like(o, o.i in entity_tokens) for o in objs):
        return "RECALL_ENVOY"
    if lemma in lex.verbs["EXPEL"]:
        return "EXPEL"
    if lemma == "declare" and any(t.lower_ == "persona" for t in verb.subtree):
        return "EXPEL"
    if lemma in ("support", "back", "endorse"):
        return "EXPRESS_SUPPORT"
    if lemma == "side" and _prep_objects(verb, ("with",)):
        return "EXPRESS_SUPPORT"
    return _contact_verb_type(verb, lemma, objs, entity_tokens)


def _contact_verb_type(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> str | None:
    if lemma == "visit":
        return "VISIT"
    if lemma in VISIT_MOTION_VERBS:
        dests = _prep_objects(verb, ("to", "in", "into"))
        if any(d.i in entity_tokens or _lemma(d) in VISIT_EVENT_NOUNS | {"country"} for d in dests):
            return "VISIT"
        return None
    if lemma == "attend" and _heads_in(objs, VISIT_EVENT_NOUNS):
        return "VISIT"
    if lemma == "meet":
        partners = objs + _prep_objects(verb, ("with",))
        if not objs or any(_is_person_like(p, p.i in entity_tokens) for p in partners):
            return "MEET"
        return None
    if lemma == "receive" and any(_is_person_like(o, o.i in entity_tokens) for o in objs):
        return "MEET"
    if lemma in ("negotiate", "confer", "talk"):
        return "MEET"
    if lemma == "succeed" and verb.tag_ == "VBN" and _prep_objects(verb, ("by",)):
        # the office may be named in this or the previous sentence
        nearby = verb.doc[max(0, verb.i - 50) : verb.i + 25]
        if any(_lemma(t) in ("ambassador", "envoy") for t in nearby):
            return "APPOINT_ENVOY"
    return None


def noun_event_type(noun: Token, lex: Lexicon, entity_tokens: set[int]) -> str | None:
    """Return the event type a noun trigger states, or ``None``."""
    lemma = _lemma(noun)
    of_objs = _prep_objects(noun, ("of",))
    if noun.dep_ == "compound":
        return None
    if lemma == "visit":
        plural = noun.tag_ == "NNS"
        if any(c.lower_ in ("such", "these", "those", "both") for c in noun.children):
            return None
        if plural and not any(t.i in entity_tokens for t in noun.subtree):
            return None
        return "VISIT"
    if lemma in MEETING_NOUNS or noun.lower_ in MEETING_NOUNS:
        return "MEET"
    if lemma in ("signing", "conclusion", "signature", "ratification") and _heads_in(
        of_objs, AGREEMENT_NOUNS
    ):
        return "SIGN_AGREEMENT"
    if lemma == "establishment" and any(
        _lemma(o) in ("relation", "relations") and any(c.lower_ == "diplomatic" for c in o.children)
        for o in of_objs
    ):
        return "ESTABLISH_RELATIONS"
    if lemma in ("dispatch", "appointment", "accreditation") and any(
        o.i in entity_tokens or _lemma(o) in ENVOY_NOUNS for o in of_objs
    ):
        return "APPOINT_ENVOY"
    if lemma == "recall" and any(o.i in entity_tokens or _lemma(o) in ENVOY_NOUNS for o in of_objs):
        return "RECALL_ENVOY"
    if lemma in ("closure", "closing") and _heads_in(of_objs, MISSION_NOUNS):
        return "CLOSE_MISSION"
    if lemma == "opening" and _heads_in(of_objs, MISSION_NOUNS):
        return "OPEN_MISSION"
    if lemma in ("aid", "assistance") and _prep_objects(noun, ("to",)):
        return "PROVIDE_AID"
    if lemma in ("expulsion", "deportation"):
        return "EXPEL"
    if (
        lemma in ("support", "solidarity")
        and noun.dep_ == "dobj"
        and _lemma(noun.head) in lex.light_verbs["EXPRESS_SUPPORT"]
    ):
        return "EXPRESS_SUPPORT"
    return None


def find_triggers(tokens: list[Token], lex: Lexicon, entity_tokens: set[int]) -> list[Trigger]:
    """Return the triggers among ``tokens`` (one sentence), anchored on their governing verb."""
    found: list[Trigger] = []
    for tok in tokens:
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.lemma_ == "have"):
            etype = verb_event_type(tok, lex, entity_tokens)
            if etype is None:
                continue
            if etype != "EXPRESS_SUPPORT" and not _past_context(tok):
                continue
            found.append(Trigger(etype, tok, tok))
        elif tok.pos_ in ("NOUN", "PROPN"):
            etype = noun_event_type(tok, lex, entity_tokens)
            if etype is None:
                continue
            anchor = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
            found.append(Trigger(etype, tok, anchor))
    return found
