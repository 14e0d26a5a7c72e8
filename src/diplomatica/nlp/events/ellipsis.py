"""Elliptical coordination: further parties of a trigger's act named without a verb of their
own ("Italy established relations with us in 2000, Britain in December")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext
from diplomatica.nlp.events.triggers import Trigger


@dataclass(frozen=True)
class Remnant:
    """A gapped conjunct of an elliptical coordination ("Italy established relations with us in
    2000, Britain in December"): a state standing for the subject (or the object) of the
    trigger's clause, with its own time, over tokens ``[start, end)``. ``replaces`` is the
    state of the partner a prepositional remnant stands in place of ("relations with France
    were restored in 1880, and with Britain in 1884": Britain for France), when named."""

    state: str
    start: int
    end: int
    replaces_subject: bool
    replaces: str | None = None


_REMNANT_DEPS = frozenset(["npadvmod", "conj", "dep", "appos"])


def _remnant_heads(trigger: Trigger, ctx: DocContext, sent: Span) -> list[Token]:
    """Return the heads of state or place names after the trigger that hang, without a verb or
    a preposition of their own, on the trigger's verb or on one another."""
    anchor = trigger.anchor
    heads: list[Token] = []
    ids = {anchor.i}
    for tok in sent:
        if tok.i <= anchor.i or tok.i in trigger.excluded or tok.dep_ not in _REMNANT_DEPS:
            continue
        m = ctx.mention_at(tok)
        if m is None or m.end - 1 != tok.i or m.ref.kind not in ("state", "place") or not m.state:
            continue
        hung = tok.head.i in ids or _conjoined_to_time(tok, ids, ctx)
        if hung and not any(c.pos_ in ("VERB", "AUX") for c in tok.children):
            heads.append(tok)
            ids.add(tok.i)
    return heads


def _conjoined_to_time(tok: Token, ids: set[int], ctx: DocContext) -> bool:
    """``broke with Havana in August 1964 and Uruguay in September``: the parser may conjoin
    the remnant to the time of the clause before it (a date in a phrase on the verb or on an
    earlier remnant). Not when the verb has a named object ("recognised Algeria in March and
    Cuba in May"), which the remnant might stand for instead of the subject."""
    time = tok.head
    if tok.dep_ != "conj" or time.ent_type_ not in ("DATE", "TIME") or time.dep_ != "pobj":
        return False
    holder = time.head.head
    if time.head.dep_ != "prep" or holder.i not in ids:
        return False
    objects = [c for c in holder.children if c.dep_ == "dobj"]
    return not any(ctx.mention_at(o) is not None for o in objects)


def _hangs_on(tok: Token, anchor: Token) -> bool:
    """Return whether ``tok`` is a phrase of ``anchor`` or conjoined, through other phrases,
    to one ("went to X in 1956 and to Y in 1977": the second "to" hangs on "in")."""
    node = tok
    for _ in range(4):
        if node.head.i == anchor.i:
            return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head.head if node.head.dep_ == "conj" else node.head
        if node.i == anchor.i:
            return True
    return False


def _prepositional_remnants(trigger: Trigger, ctx: DocContext, sent: Span) -> list[Remnant]:
    """``Tito went to Moscow in June 1956 and to Beijing in 1977``, ``flew to Rangoon in 1960,
    to Delhi in 1961 and to Karachi in 1964``, ``relations with France were restored in 1880,
    and with Britain in 1884``: further phrases with the preposition of a named destination or
    partner, each with its own time, are further objects of the act."""
    anchor = trigger.anchor
    # "established relations with A in 1972 and with B in 1989": the first partner's phrase
    # may hang on the verb's object
    phrases = [*anchor.children]
    phrases += [g for c in anchor.children if c.dep_ == "dobj" for g in c.children]
    # "relations with France were restored in 1880, and with Britain in 1884": in the
    # passive, the first partner's phrase hangs on the subject, before the verb
    passive_subjects = [c for c in anchor.children if c.dep_ == "nsubjpass"]
    fronted = {g.i for c in passive_subjects for g in c.children if g.dep_ == "prep"}
    phrases += [g for c in passive_subjects for g in c.children]
    first = next(
        (
            c
            for c in sorted(phrases, key=lambda t: t.i)
            if c.dep_ in ("prep", "dative")
            and (c.i > anchor.i or c.i in fronted)
            and any(ctx.mention_at(g) is not None for g in c.children)
        ),
        None,
    )
    if first is None:
        return []
    partner = next((m for g in first.children if (m := ctx.mention_at(g)) is not None), None)
    found: list[tuple[Token, str, int]] = []
    for tok in sent:
        if tok.i <= first.i or tok.i in trigger.excluded or tok.lower_ != first.lower_:
            continue
        if not _hangs_on(tok, anchor):
            continue
        obj = next((g for g in tok.children if g.dep_ == "pobj"), None)
        m = ctx.mention_at(obj) if obj is not None else None
        if m is not None and m.state and m.ref.kind in ("state", "place"):
            found.append((tok, m.state, m.end))
    out: list[Remnant] = []
    for k, (tok, state, name_end) in enumerate(found):
        end = found[k + 1][0].i if k + 1 < len(found) else sent.end
        if not ctx.times_in(name_end, end):
            return []
        out.append(Remnant(state, tok.i, end, False, partner.state if partner else None))
    return out


def elliptical_remnants(trigger: Trigger, ctx: DocContext, sent: Span) -> list[Remnant]:
    """Return the remnants of an elliptical coordination after a verb trigger: "Italy
    established relations with us in January 2000, Britain in December of that year, and
    Germany in March" (each remnant a new subject), "X visited Moscow in 1955 and Washington in
    1956" (each a new object: the verb has a named direct object), "went to Moscow in 1956 and
    to Beijing in 1977" (a further object with the same preposition). Every remnant must carry
    its own time; otherwise the names are a plain list of parties and nothing is returned."""
    if trigger.anchor.pos_ not in ("VERB", "AUX"):
        return []
    heads = _remnant_heads(trigger, ctx, sent)
    if not heads:
        remnants = _prepositional_remnants(trigger, ctx, sent)
        own_time = remnants and ctx.times_in(sent.start, remnants[0].start)
        return remnants if own_time else []
    # A named direct object and a subject that is a person ("Nehru visited Moscow in 1955 and
    # Washington in 1956"): the remnants are further objects. A state subject ("Cuba recognised
    # Algeria in March, Mexico in May") is the one the remnants replace.
    dobj = [c for c in trigger.anchor.children if c.dep_ == "dobj"]
    named_object = any(ctx.mention_at(d) is not None for d in dobj)
    subjects = [c for c in trigger.anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    state_subject = any(
        (sm := ctx.mention_at(c)) is not None and sm.ref.kind == "state" for c in subjects
    )
    replaces_subject = state_subject or not named_object
    out: list[Remnant] = []
    for group in _conjoined_groups(heads, ctx):
        mentions = [ctx.mention_at(h) for h in group]
        first, last = mentions[0], mentions[-1]
        assert first is not None and last is not None
        following = heads.index(group[-1]) + 1
        end = heads[following].i if following < len(heads) else sent.end
        if ctx.doc[end - 1].is_punct and end - 1 > last.end:
            end -= 1
        if not ctx.times_in(last.end, end):
            return []
        for m in mentions:
            assert m is not None and m.state is not None
            out.append(Remnant(m.state, first.start, end, replaces_subject))
    return out if ctx.times_in(sent.start, out[0].start) else []


def _conjoined_groups(heads: list[Token], ctx: DocContext) -> list[list[Token]]:
    """Group the remnant heads that are conjoined with no time between them ("..., Liberia
    and the Ivory Coast in November": one remnant of two states, dated once); each group is
    one gapped conjunct."""
    groups: list[list[Token]] = []
    for head in heads:
        if groups and head.dep_ == "conj" and head.head.i in {h.i for h in groups[-1]}:
            prev = ctx.mention_at(groups[-1][-1])
            if prev is not None and not ctx.times_in(prev.end, head.i):
                groups[-1].append(head)
                continue
        groups.append([head])
    return groups
