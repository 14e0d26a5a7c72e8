"""Alliance treaties known by name: the states party to them when one signs, joins or leaves
("in May 1955 was one of the eight states that signed the Warsaw Treaty", "withdrew from the
Warsaw Treaty on 13 September 1968")."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.context import DocContext
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.syntax import objects_of, prep_objects
from diplomatica.nlp.gazetteer import load_gazetteer
from diplomatica.nlp.types import TimeValue

PACT_TYPES = frozenset(["SIGN_AGREEMENT", "TERMINATE_AGREEMENT"])
# Verbs by which a state enters a treaty already in force: members in any year, where a signing
# is the founding one only in the year the founders signed ("Brandt signed the Warsaw Treaty" in
# 1970 is the FRG-Poland treaty, not the Warsaw Pact)
_ENTERING_VERBS = frozenset(["join", "accede", "adhere", "enter"])


def _agreement_heads(trig: Trigger) -> list[Token]:
    """Return the phrases naming what the trigger signs or ends: the trigger noun, or the
    verb's objects and its "to"/"from" phrases ("acceded to", "withdrew from")."""
    if trig.token.pos_ in ("NOUN", "PROPN"):
        return [trig.token]
    verb = trig.anchor
    return [*objects_of(verb), *prep_objects(verb, ("to", "from"))]


def pact_members(trig: Trigger, ctx: DocContext, date: TimeValue | None) -> list[str]:
    """Return the member states, in the year of ``date``, of the alliance treaty the trigger
    names by its name ("signed the Warsaw Treaty", "the Manila Pact"); empty for other
    agreements, other acts, or an undated act."""
    if trig.type not in PACT_TYPES or date is None or not date.start:
        return []
    year = int(date.start[:4])
    signs = trig.type == "SIGN_AGREEMENT" and trig.anchor.lemma_.lower() not in _ENTERING_VERBS
    orgs = load_gazetteer().orgs
    for head in _agreement_heads(trig):
        for tok in head.doc[head.left_edge.i : head.i + 1]:
            m = ctx.mention_at(tok)
            org = orgs.get(m.ref.key) if m is not None and m.ref.kind == "organization" else None
            if org is not None and org.members:
                return [] if signs and year != org.founded else org.members_in(year)
    return []
