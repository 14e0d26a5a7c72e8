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


def event_attributes(trigger: Trigger, sent: Span) -> dict[str, object]:
    """Return agreement title/term/languages or aid goods/quantity stated in the sentence."""
    text = sent.text
    attrs: dict[str, object] = {}
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
