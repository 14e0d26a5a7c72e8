"""Venues: where an event took place, and when the venue's state is one of its parties."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.antecedents import recent_states
from diplomatica.nlp.events.clauses import agent_tokens
from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.datelines import DASHES, dateline, opens_line
from diplomatica.nlp.events.non_parties import HOST_IS_PARTY, names_seat
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.agreements import COMPACT_NOUNS
from diplomatica.nlp.events.triggers.syntax import has_own_subject, lemma_of


def is_venue(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a place is where the event happened ("met in Geneva", "signed at the
    Kremlin"), as opposed to a destination or a place in another clause ("when X visited
    Moscow, both sides concluded ..."), for types whose places are not parties."""
    if trigger.type in HOST_IS_PARTY:
        return False
    if in_dateline(m, ctx):
        return True
    last = ctx.doc[m.end - 1]
    if names_seat(m, ctx):
        last = last.head  # "the talks in the Swedish capital": the state's seat, a venue
    while last.dep_ in ("compound", "nmod", "poss") and last.head.pos_ == "NOUN":
        last = last.head  # "met at a Geneva hotel": the place names the building's city
    prep = last.head
    while prep.dep_ == "conj" and prep.pos_ == "ADP" and prep.head.i != prep.i:
        prep = prep.head  # "met first in Geneva and later in Warsaw"
    if _meeting_moved_to(prep, trigger):
        return True  # "the talks moved to Warsaw": the meeting's new venue
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "from", "near"):
        return False
    node = prep.head  # "met Zhou at Beijing airport on his way home from Hanoi"
    for _ in range(4):
        if node.i in (trigger.anchor.i, trigger.token.i):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


# Acts whose "in <state>" phrase on the verb is where they happened, the state being no party by
# the words alone ("signed in Luxembourg", "talks opened at Wassenaar in the Netherlands").
_STATE_AS_SCENE = frozenset(["SIGN_AGREEMENT", "MEET"])


def state_as_scene(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a state name stands where the act took place: the object of "in" or
    "at" on the trigger itself ("the agreement signed in Luxembourg"), or on a place that is
    ("opened at Wassenaar in the Netherlands"), for signings and meetings."""
    if trigger.type not in _STATE_AS_SCENE or m.ref.kind != "state":
        return False
    node = ctx.doc[m.end - 1]
    for _ in range(2):
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ not in ("in", "at") or prep.dep_ != "prep":
            return False
        if any(c.dep_ == "nummod" for c in node.children):
            return False  # "In 1961 Burma and Laos signed": the subject misread as the place
        if prep.head.i in (trigger.anchor.i, trigger.token.i):
            return prep.i > prep.head.i or has_own_subject(
                prep.head
            )  # else the place may be its misread subject
        if _signed_object(prep.head, trigger):
            return True  # "signed an agreement in Kuwait": the parser hung it on the object
        scene = ctx.mention_at(prep.head)
        if scene is None and prep.head.pos_ == "PROPN":
            node = prep.head  # a town the gazetteer does not know
            continue
        if scene is None or scene.ref.kind != "place":
            return False
        node = ctx.doc[scene.end - 1]
    return False


def _signed_object(noun: Token, trigger: Trigger) -> bool:
    """Return whether ``noun`` is the agreement a signing verb trigger takes as its direct
    object ("signed an agreement in Kuwait": the "in" phrase hung on "agreement")."""
    return (
        trigger.type == "SIGN_AGREEMENT"
        and noun.dep_ == "dobj"
        and noun.head.i == trigger.anchor.i
        and lemma_of(noun) in COMPACT_NOUNS
    )


def in_dateline(m: Mention, ctx: DocContext) -> bool:
    """Return whether a place opens a news dateline ("OTTAWA, March 3 (Wire) - ..."): it
    starts its sentence or line, a comma and a date follow it, and a dash closes the dateline
    within a dozen tokens. The place is where the report was filed."""
    doc = ctx.doc
    if not opens_line(doc[m.start]):
        return False
    if m.end >= len(doc) or doc[m.end].text != ",":
        return False
    tail = doc[m.end + 1 : m.end + 13]
    dash = next((t.i for t in tail if t.text in DASHES), None)
    if dash is None:
        return False
    return any(t.like_num or t.ent_type_ == "DATE" for t in doc[m.end + 1 : dash])


def dateline_state(ctx: DocContext) -> str | None:
    """Return the state where a news report was filed: the state its dateline names
    ("NONG KHAI, Thailand, April 8 —"), else the state of the dateline's place; None when the
    document has no dateline or it names no known place."""
    span = dateline(ctx.doc)
    if span is None:
        return None
    named = [m for m in ctx.mentions_in(span.start, span.end) if m.state]
    states = [m for m in named if m.ref.kind == "state"]
    return (states or named)[0].state if named else None


def _meeting_moved_to(prep: Token, trigger: Trigger) -> bool:
    """``the talks moved to Warsaw``, ``negotiations shifted to Geneva``: a "to" phrase of a
    verb whose subject is the meeting noun itself names where the meeting went on."""
    if prep.dep_ != "prep" or prep.lower_ != "to" or trigger.token.pos_ != "NOUN":
        return False
    verb = prep.head
    return any(c.i == trigger.token.i and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def where_antecedent(trigger: Trigger, ctx: DocContext) -> Mention | None:
    """``went on to Buenos Aires, where he was received by X``: the place a "where" clause
    holding the trigger hangs on is the event's venue."""
    for verb in (trigger.anchor, trigger.token):
        if verb.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children
        ):
            m = ctx.mention_at(verb.head)
            if m is not None and m.state and m.ref.kind in ("place", "state"):
                return m
    return None


def journey_parties(trigger: Trigger, ctx: DocContext) -> list[str]:
    """``A returned to Moscow, where a treaty was signed``: an act naming no party in a "where"
    clause on the destination of a journey is the traveller's with his host; return the
    traveller's state and the destination's (empty when the clause hangs on no journey)."""
    where = where_antecedent(trigger, ctx)
    if where is None or where.state is None:
        return []
    prep = ctx.doc[where.end - 1].head
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in ("to", "in", "at") or verb.pos_ != "VERB":
        return []
    travellers = [
        m.state
        for c in verb.children
        if c.dep_ == "nsubj" and (m := ctx.mention_at(c)) is not None and m.state
    ]
    if not travellers or where.state in travellers:
        return []
    return [*dict.fromkeys(travellers), where.state]


def conjoined_destination(trigger: Trigger, ctx: DocContext) -> Mention | None:
    """``flew to Lusaka and was received by X``, ``flew to Bonn, held talks and signed a
    treaty``: the destination of the journey verb a meeting or signing verb is conjoined to is
    where the act took place."""
    verb = trigger.anchor
    if trigger.type not in ("MEET", "SIGN_AGREEMENT") or verb.dep_ != "conj":
        return None
    journey = verb.head
    while journey.dep_ == "conj" and journey.head.i != journey.i and journey.i != verb.i:
        journey = journey.head  # "flew to X, held talks and signed": the first conjunct
    if journey.i == verb.i:
        return None
    for prep in journey.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
            for g in prep.children:
                m = ctx.mention_at(g)
                if m is not None and m.state and m.ref.kind in ("place", "state"):
                    return m
    return None


def joint_subject(trigger: Trigger) -> bool:
    """``A and the Chinese chargé, B, met in Warsaw``, ``our ambassadors met in Geneva``,
    ``we talked in Vienna``: a meeting whose subject holds both sides (a coordination, a plural
    noun, "we") was held on neutral ground; its venue is no party."""
    if trigger.type != "MEET":
        return False
    for verb in {trigger.anchor.i: trigger.anchor, trigger.token.i: trigger.token}.values():
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() == "receive":
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            return False  # "X met President Y in Dakar": Y is the host
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            if subj.lower_ == "we" or any(c.dep_ == "conj" for c in subj.children):
                return True
            if subj.tag_ == "NNS" and subj.lemma_.lower() in _DIPLOMAT_GROUPS:
                return True
            if subj.tag_ == "NNS" and any(c.lower_ in ("two", "both") for c in subj.children):
                return True  # "the two dictators met again in X"
    return False


# Plural nouns of the people of both sides at a table ("the ambassadors met").
_DIPLOMAT_GROUPS = frozenset(
    ["ambassador", "envoy", "delegation", "delegate", "negotiator", "representative", "minister"]
)


def _met_person(trigger: Trigger, ctx: DocContext, venue: str | None = None) -> bool:
    """Return whether the meeting verb has a person as its direct object ("met President B",
    "received X"): the person met, at home in the venue. Not one whose phrase names another
    state than the venue's ("at Geneva X met the Lithuanian premier"): he is a guest there
    too, and the venue may be neutral ground."""
    objects = [c for c in trigger.anchor.children if c.dep_ == "dobj"]
    if trigger.token.lemma_.lower() == "receive":  # "was received by President X"
        objects += [g for c in agent_tokens(trigger.anchor) for g in c.children]
    return any(
        (((m := ctx.mention_at(c)) is not None and m.ref.kind == "person") or c.pos_ == "PROPN")
        and not _from_elsewhere(c, ctx, venue)
        for c in objects
    )


def _from_elsewhere(person: Token, ctx: DocContext, venue: str | None) -> bool:
    """Return whether the phrase of a person met names a state other than ``venue`` (his own:
    "the then Lithuanian Prime Minister, X", "President X of Syria")."""
    if venue is None:
        return False
    homes = {m.state for t in person.subtree if (m := ctx.mention_at(t)) is not None and m.state}
    return bool(homes) and venue not in homes


def plausible_host(venue: str, states: list[str], trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether the state of a meeting's venue may be its missing side (any venue of
    other acts may: "withdrew recognition from the government in Taipei"): a state the text
    names as a state, the home of the person met, or the only candidate ("negotiated in Rome
    with X" in a text about the Holy See and Poland: the Holy See, not Italy)."""
    if trigger.type != "MEET" or venue in ctx.state_keys or _met_person(trigger, ctx, venue):
        return True  # "I met President B in New York": B at home
    before = trigger.token.sent.start_char
    return not recent_states(ctx, before, [*states, venue], 1)


def event_place(trigger: Trigger, ctx: DocContext) -> str | None:
    """Return the place named after "in"/"at" in the trigger's clause, if any."""
    for c in trigger.anchor.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for p in c.children:
                m = ctx.mention_at(p)
                if m is not None and m.ref.kind == "place":
                    return m.ref.name
    return None


def venue_state(trigger: Trigger, ctx: DocContext) -> str | None:
    """Return the state of the town named after "in"/"at" on the trigger's verb ("In
    Kathmandu the two sides signed a treaty": Nepal), if any; a state named there is a
    scene, not a town, and gives none."""
    for c in trigger.anchor.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for p in c.children:
                m = ctx.mention_at(p)
                if m is not None and m.ref.kind == "place" and m.state:
                    return m.state
    return None


def venue_completed_pair(
    pair: list[str],
    trigger: Trigger,
    ctx: DocContext,
    before: list[Mention],
    companions: list[str],
) -> list[str]:
    """``He held talks in New Delhi with Nehru. In Kathmandu the two sides signed a treaty``:
    a pair taken from the context for "the two sides" that leaves out the state of the town
    where the clause sets the act is the wrong pair. The member the traveller left behind is
    the state of a town the sentence before names (``before``: its mentions), else the one
    that is not among the document's two main states; return the other member with the
    venue's state (``pair`` itself when there is no such venue, or no one member to drop, or
    when the venue is the state of one of the ``companions`` joining the pair: "the two
    countries, together with Tanzania, signed in Arusha")."""
    venue = venue_state(trigger, ctx)
    if venue is None or len(pair) != 2 or venue in pair or venue in companions:
        return pair
    towns = {m.state for m in before if m.ref.kind == "place"}
    kept = [s for s in pair if s not in towns]
    if len(kept) != 1:
        kept = [s for s in pair if s in ctx.main_states[:2]]
    return [kept[0], venue] if len(kept) == 1 else pair
