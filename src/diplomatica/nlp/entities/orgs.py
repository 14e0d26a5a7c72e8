"""Linking organisations: a generic organ ("the Central Committee") takes its state from
the owner named beside it."""

from __future__ import annotations

from diplomatica.nlp.entities.mention import Mention
from diplomatica.nlp.gazetteer import Gazetteer
from diplomatica.nlp.types import EntityRef


def link_org(mention: Mention, gaz: Gazetteer, linked: list[Mention]) -> None:
    """Set ``mention``'s organisation ref and label; a party takes its state in the year of the
    mention (the Kuomintang of 1937 is China's), a generic organ the state of the owner named
    right after ("of the MPRP") or before it, and its key is prefixed by it."""
    org = gaz.orgs[mention.ident]
    country = org.country_in(mention.year)
    if org.generic:
        country = _owner_after(mention, linked) or _owner_before(mention, linked)
    key = f"{country}:{org.key}" if org.generic and country else org.key
    mention.ref = EntityRef("organization", key, org.name, country)
    # an office one person holds ("the Pope") is called on and received like a person
    mention.label = "PERSON" if org.kind == "office" else "ORG"


def _owner_after(mention: Mention, linked: list[Mention]) -> str | None:
    """ "the CC of the MPRP" → the MPRP's state."""
    doc = mention.span.doc
    i = mention.span.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    for other in linked:
        if other.span.start == i and other.ref is not None and other.ref.kind != "place":
            return other.ref.country
    return None


def _owner_before(mention: Mention, linked: list[Mention]) -> str | None:
    """ "the Mongolian Foreign Ministry", "MPRP Central Committee", "the DPRK's ..." """
    doc = mention.span.doc
    for other in linked:
        if other.ref is None or other.ref.kind == "place" or other.span.end > mention.span.start:
            continue
        between = doc[other.span.end : mention.span.start]
        if len(between) <= 1 and all(t.lower_ in ("'s", "’s", "'") for t in between):
            return other.ref.country
    return None
