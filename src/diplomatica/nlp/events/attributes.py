"""Attributes of an agreement (title, term, languages) or of aid (goods, quantity, mode)
stated in the trigger's sentence."""

from __future__ import annotations

import re

from spacy.tokens import Span

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
    """Return whether the trigger is a definite event noun ("the conversation", "the talks")
    in a sentence that names no date, place, state, organisation or person: the act is one told
    before, restated (convention 1: one row per event)."""
    noun = trigger.token
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    return not _own_detail(sent)


def event_attributes(trigger: Trigger, sent: Span) -> dict[str, object]:
    """Return agreement title/term/languages or aid goods/quantity stated in the sentence, and
    :data:`RESTATES_EARLIER` when the mention only points back to an earlier act."""
    text = sent.text
    attrs: dict[str, object] = {}
    if restates_earlier(trigger, sent):
        attrs[RESTATES_EARLIER] = True
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
