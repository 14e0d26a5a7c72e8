"""How closely a time expression of the sentence hangs on the trigger: the score that picks the
event's own date among the sentence's times (lower is better)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.dating.parse import (
    TEMPORAL_PREPS,
    clause_verb,
    opening_words,
    time_head,
)
from diplomatica.nlp.events.dating.spans import bound_side
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.syntax import has_own_subject
from diplomatica.nlp.events.triggers.visits import gathering_held

UNATTACHED = 10.0  # scores from here on: the time does not hang on the trigger
# added to the score of the time of an event the act follows or precedes: it ranks after a
# time of the act itself hung on the same verb
BOUNDING = 0.15


def _governors(anchor: Token) -> set[int]:
    """Return the verbs whose complement the anchor is ("decided not to renew", "agreed to
    establish"): their time expressions date the event."""
    out: set[int] = set()
    node = anchor
    while node.dep_ == "xcomp" and node.head.i != node.i and len(out) < 3:
        node = node.head
        out.add(node.i)
    return out


# The score of a time on the verb whose act a participle trigger spells out: after the
# participle's own times ("took a stand after the 1973 coup, breaking off relations in
# November 1974").
SPELLED_OUT = 0.8


def _spelling_participle(verb: Token) -> bool:
    """``gave notice terminating the agreement``: a present participle after its verb's object,
    with no subject of its own, says what that verb's act did."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.i < verb.i
        and verb.head.pos_ == "VERB"
        and not has_own_subject(verb)
        and not any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children)
    )


# Verbs undoing an act of each type: a time on such a verb coordinated with the act or
# following it ("broke off relations and restored them only in 1946", "gave notice terminating
# the agreement, only to withdraw it in July 2021") dates the undoing, not the act.
_UNDOING_VERBS: dict[str, frozenset[str]] = {
    "END_RELATIONS": frozenset(["restore", "resume", "re-establish", "reestablish", "normalise"]),
    "ESTABLISH_RELATIONS": frozenset(["break", "sever", "suspend", "cut", "rupture"]),
    "TERMINATE_AGREEMENT": frozenset(
        ["suspend", "withdraw", "revoke", "rescind", "reverse", "reinstate", "restore"]
    ),
    "SIGN_AGREEMENT": frozenset(["denounce", "abrogate", "terminate", "renounce", "annul"]),
}
UNDONE = 30.0  # the score added to a time on a verb that undoes the act


def _undoes_act(node: Token, trigger: Trigger, anchors: set[int]) -> bool:
    """Return whether ``node``, on the way up from a time to the trigger, is a verb after the
    trigger that undoes its act."""
    return (
        node.i not in anchors
        and node.i > trigger.anchor.i
        and node.pos_ == "VERB"
        and node.lemma_.lower() in _UNDOING_VERBS.get(trigger.type, frozenset())
    )


def _main_clause(anchor: Token) -> bool:
    """Return whether ``anchor`` is the sentence root or reaches it through coordinated or
    complement verbs ("agreed to establish", "travelled and met")."""
    node = anchor
    for _ in range(4):
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return True
        if node.dep_ not in ("conj", "xcomp", "ccomp"):
            return False
        node = node.head
    return False


def _clause_initial(tm: TimeMention, sent: Span) -> bool:
    """``On 4 May 1970 X and Y ...``, ``In 1984 we ...``: a time opening the sentence."""
    first = tm.start
    if first > sent.start and sent.doc[first - 1].lower_ in TEMPORAL_PREPS:
        first -= 1
    words = opening_words(sent.doc, sent.start, first)
    return not words


def _crosses_semicolon(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a semicolon stands between a time expression and the trigger."""
    lo, hi = sorted((tm.start, trigger.token.i))
    return any(t.text == ";" for t in ctx.doc[lo:hi])


def dates_later_clause(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time after the trigger hangs on a later coordinated clause with a
    subject of its own ("On August 21 he told a crowd that ..., and on August 24 he met X"):
    it dates that clause, not the words before it."""
    if tm.start < trigger.token.i:
        return False
    node = clause_verb(tm, ctx)
    if node.dep_ != "conj" or node.pos_ not in ("VERB", "AUX") or not has_own_subject(node):
        return False
    return not node.left_edge.i <= trigger.token.i <= node.right_edge.i


def time_score(tm: TimeMention, trigger: Trigger, ctx: DocContext, sent: Span) -> float:
    """Return how well a time of ``sent`` dates the trigger, lower is better: attached to the
    trigger noun, then to its verb (or opening the sentence whose main clause states the
    event), then nearest; another clause across a semicolon last."""
    score = attachment_score(tm, trigger, ctx)
    if score >= UNATTACHED and _clause_initial(tm, sent) and _main_clause(trigger.anchor):
        score = 0.6 + abs(tm.start - trigger.token.i) * 0.01
    if score < UNATTACHED and tm.value.start and tm.value.end and bound_side(tm, trigger, ctx):
        # "After the invasion of Sinai in the autumn of 1956, Turkey recalled its minister in
        # November 1956": the time of the event bounding the act comes after the act's own
        score += BOUNDING
    if _crosses_semicolon(tm, trigger, ctx):
        score += 20
    if score >= UNATTACHED and dates_later_clause(tm, trigger, ctx):
        score += 5
    if score >= UNATTACHED and (tm.value.start is None or tm.value.end is None):
        # an open range on another word ("the first visit since 1960", "served until 1993")
        # states how long something lasted, not when this act happened
        score += 30
    return score


def _leaves_trigger_clause(node: Token) -> bool:
    """Return whether climbing from a time's head leaves the trigger's clause at ``node``: a
    verb heading another clause, or a coordinated verb with a subject of its own ("decided not
    to renew it, and it expired on D": D dates the second clause)."""
    if (
        node.pos_ in ("VERB", "AUX")
        and node.head.i != node.i
        and node.dep_ not in ("aux", "auxpass", "advcl", "conj")
        and not gathering_held(node)  # "attended the conference held in Rabat in 1969"
    ):
        return True
    return node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and has_own_subject(node)


def attachment_score(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> float:
    """Return how directly a time hangs on the trigger: near 0 on the trigger noun itself, 0.5
    and up on its verb (or a verb it complements), 10 and up (nearest first) otherwise."""
    anchors = {trigger.anchor.i, trigger.token.i} | _governors(trigger.anchor)
    node = time_head(tm, ctx)
    # a time in an adverbial clause ("When war came in December, X recognised Y on 6
    # December") dates that clause's happening: the main verb's own time comes first
    subordinate = 0.0
    for _ in range(6):
        if node.i == trigger.token.i != trigger.anchor.i:
            # attached to the noun itself ("a treaty with Poland on 7 December"): its own date
            return abs(tm.start - trigger.token.i) * 0.001
        if node.i in anchors:
            return 0.5 + subordinate + abs(tm.start - trigger.token.i) * 0.01
        if node.i == trigger.anchor.head.i and _spelling_participle(trigger.anchor):
            # "gave notice terminating the agreement": the giving's time dates the act
            return SPELLED_OUT + subordinate + abs(tm.start - trigger.token.i) * 0.01
        if _undoes_act(node, trigger, anchors):
            return UNATTACHED + UNDONE + abs(tm.start - trigger.token.i)
        if _leaves_trigger_clause(node) or node.head.i == node.i:
            break
        if node.dep_ == "advcl" and node.pos_ in ("VERB", "AUX"):
            subordinate = 0.2
        node = node.head
    return UNATTACHED + abs(tm.start - trigger.token.i)
