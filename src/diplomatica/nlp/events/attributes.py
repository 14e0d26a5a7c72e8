"""Attributes of an agreement (title, term, languages) or of aid (goods, quantity, mode)
stated in the trigger's sentence."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from diplomatica.nlp.events.lexicon import AID_NOUNS, REFUGEE_NOUNS
from diplomatica.nlp.events.triggers import Trigger

_QUOTED_TITLE = re.compile(r"[‘“\"]([^’”\"]{6,160})[’”\"]")


_TERM = re.compile(
    r"\b(?:with a term of|for(?: a term of| a period of)?)\s+((?:\w+[- ])?\w+ years?)\b"
)


_LANG = re.compile(
    r"\bin ((?:[A-Z][a-z]+, )*[A-Z][a-z]+ and [A-Z][a-z]+|(?:two|three|four) languages)"
)


_QUANTITY = re.compile(r"\b(\d[\d,.]*\s+(?:head|tons?|tonnes?|[a-z]+)(?: of [a-z]+)?)")


# Private attribute: the mention only points back to an act told before ("The conversation
# lasted three hours."): a definite noun in a sentence naming no date, place, state or person.
RESTATES_EARLIER = "_restates_earlier"
# Private attribute: the mention is an act of "the two leaders" told with nothing of its own;
# it may restate an act of the same time told however far before.
POINTS_BACK = "_points_back"

# Entity labels that would give a mention participants, a place or a time of its own.
_OWN_DETAILS = frozenset(["DATE", "TIME", "GPE", "NORP", "PERSON", "ORG", "LOC", "FAC", "EVENT"])
# Units of a length of time: "lasted two and a half hours" gives no date.
_DURATION_UNITS = frozenset(["minute", "hour", "day", "week", "month", "year"])


def _duration(ent: Span) -> bool:
    """Return whether a date or time entity is a length of time ("three hours", "two days")."""
    return ent.label_ in ("DATE", "TIME") and ent[-1].lemma_.lower() in _DURATION_UNITS


def _own_detail(sent: Span) -> bool:
    """Return whether the sentence names a date, place, state, organisation or person."""
    if any(t.pos_ == "PROPN" for t in sent):
        return True
    return any(e.label_ in _OWN_DETAILS and not _duration(e) for e in sent.ents)


def restates_earlier(trigger: Trigger, sent: Span) -> bool:
    """Return whether the mention only points back to an act told before (convention 1: one
    row per event): a definite event noun ("the conversation", "the talks") in a sentence, or
    in a time adjunct ("Before the meeting ended", "At the end of the conversation"), that
    names no date, place, state, organisation or person."""
    noun = trigger.token
    return _definite_noun(noun) and not _own_detail(_time_adjunct(noun) or sent)


def points_back(trigger: Trigger, sent: Span) -> bool:
    """Return whether the act is talks of "the two leaders", "both sides" (no names of their
    own) in a sentence that names no date, place, state, organisation or person: it may restate
    talks told however far before, if their time agrees."""
    if trigger.type != "MEET":
        return False
    return _pair_pointed_back(trigger.anchor) and not _own_detail(sent)


def _definite_noun(noun: Token) -> bool:
    """Return whether ``noun`` is a common noun with "the" and no possessor."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return not any(c.dep_ == "poss" for c in noun.children)


# Prepositions of a time adjunct built on an event noun ("during the talks", "after the
# meeting", "at the end of the conversation").
_TIME_PREPS = frozenset(["during", "after", "before", "at", "throughout", "since", "until"])
# Subordinators of a time clause whose subject is the event noun ("before the meeting ended").
_TIME_MARKS = frozenset(["before", "after", "when", "as", "until", "while", "once"])
# Nouns naming a part of an event: "at the end of the conversation".
_PART_NOUNS = frozenset(["end", "close", "start", "beginning", "course", "conclusion", "outset"])


def _time_adjunct(noun: Token) -> Span | None:
    """Return the time adjunct that holds ``noun`` ("after the talks", "at the close of the
    meeting", "before the meeting ended"), or None when the noun is not in one."""
    head = noun
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in _PART_NOUNS:
        head = head.head.head
    if head.dep_ == "pobj" and head.head.lower_ in _TIME_PREPS:
        prep = head.head
        return noun.doc[prep.left_edge.i : prep.right_edge.i + 1]
    clause = noun.head
    timed = any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children)
    if noun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl" and timed:
        # up to its verb: the parser may hang the main clause's subject on it as an object
        return noun.doc[clause.left_edge.i : clause.i + 1]
    return None


def _pair_pointed_back(anchor: Token) -> bool:
    """Return whether the clause of ``anchor`` has for subject a pair told before: "the two
    leaders", "the two men", "both sides" (no name of their own)."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        words = {c.lower_ for c in subj.children if c.dep_ in ("det", "nummod", "predet")}
        plain = not any(t.pos_ == "PROPN" for t in subj.subtree)
        if plain and subj.tag_ == "NNS" and ({"the", "two"} <= words or "both" in words):
            return True
    return False


def event_attributes(trigger: Trigger, sent: Span) -> dict[str, object]:
    """Return agreement title/term/languages or aid goods/quantity stated in the sentence, and
    :data:`RESTATES_EARLIER` when the mention only points back to an earlier act (or
    :data:`POINTS_BACK` when it may)."""
    text = sent.text
    attrs: dict[str, object] = {}
    if restates_earlier(trigger, sent):
        attrs[RESTATES_EARLIER] = True
    elif points_back(trigger, sent):
        attrs[POINTS_BACK] = True
    if trigger.type in ("SIGN_AGREEMENT", "TERMINATE_AGREEMENT"):
        title = _QUOTED_TITLE.search(text)
        if title:
            attrs["title"] = title.group(1).strip()
        term = _TERM.search(text)
        if term:
            attrs["term"] = term.group(1)
        langs = _LANG.search(text)
        if langs:
            attrs["languages"] = langs.group(1)
    elif trigger.type == "PROVIDE_AID":
        goods = [
            t.text
            for t in sent
            if t.lemma_.lower() in AID_NOUNS | REFUGEE_NOUNS and t.dep_ != "compound"
        ]
        if goods:
            attrs["goods"] = ", ".join(dict.fromkeys(goods))
        qty = _QUANTITY.search(text)
        if qty:
            attrs["quantity"] = qty.group(1)
        refugees = any(t.lemma_.lower() in REFUGEE_NOUNS for t in sent)
        attrs["mode"] = "humanitarian" if refugees else "economic"
    return attrs
