"""Parties named together: as a group ("the four powers"), a number ("the three
delegations"), a pair ("both sides", "between A and B"), a coordination, or each other."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from diplomatica.nlp.events.antecedents import recent_states
from diplomatica.nlp.events.clauses import (
    clause_in_sentence,
    core_tokens,
    mentions_of,
    subject_tokens,
    their_meeting_subject,
)
from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.lexicon import MISSION_NOUNS, PAIR_NOUNS
from diplomatica.nlp.events.non_parties import excepted
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.follow_ups import is_follow_up
from diplomatica.nlp.events.triggers.words import RECOGNISED_NOUNS
from diplomatica.nlp.time.patterns import UNITS_BELOW_TWENTY


def subject_states(sent: Span, ctx: DocContext, exclude: list[str]) -> list[str]:
    """Return the states named in the subjects of the sentence's clauses, skipping
    ``exclude`` ("North Korea had received nobody since the visits of ...": the host), and
    the subjects of a follower's verb ("A, B and C recalled their ambassadors, and Washington
    did the same": Washington repeats the act, it is not its target)."""
    subjects: set[int] = set()
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or is_follow_up(tok.head):
            continue
        if tok.head.pos_ in ("VERB", "AUX"):
            subjects.update(t.i for t in tok.subtree)
    out: list[str] = []
    for m in ctx.mentions_in(sent.start, sent.end):
        if m.start in subjects and m.state and m.state not in exclude and m.state not in out:
            out.append(m.state)
    return out


def fellow_subject_states(trigger: Trigger, ctx: DocContext) -> list[str]:
    """``A and B recalled their ambassadors, and C did the same``, ``A had recalled its
    ambassador, but B had not followed``: return the states named in the subjects of the
    clauses coordinated with the trigger's own, each with a subject of its own (fellow doers or
    abstainers, not the act's target)."""
    top = trigger.anchor
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    verbs = [v for v in (top, *top.conjuncts) if v.i != trigger.anchor.i]
    subjects = {
        t.i
        for v in verbs
        if v.pos_ in ("VERB", "AUX")
        for s in v.children
        if s.dep_ in ("nsubj", "nsubjpass")
        for t in s.subtree
    }
    out: list[str] = []
    for m in mentions_of([trigger.anchor.doc[i] for i in sorted(subjects)], ctx):
        if m.state and m.state not in out:
            out.append(m.state)
    return out


_GROUP_NOUNS = frozenset(
    ["power", "powers", "ally", "allies", "nation", "nations", "member", "members", "signatory",
     "signatories", "state", "states", "country", "countries", "government", "governments"]
)  # fmt: skip


_GROUP_MODIFIERS = frozenset(
    ["three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "several",
     "many", "great", "western", "allied", "occupying", "victorious", "nuclear", "socialist",
     "big", "major", "guarantor", "other", "neighbouring", "neighboring"]
)  # fmt: skip


def _subject_words(trigger: Trigger, sent: Span | None) -> list[Token]:
    """Return the words of the trigger's subject (of its own phrase when it has none) that lie
    inside ``sent`` (all of them without a sentence)."""
    words = (
        their_meeting_subject(trigger)
        or subject_tokens(trigger.anchor)
        or list(trigger.token.subtree)
    )
    if sent is None:
        return words
    return [t for t in words if sent.start <= t.i < sent.end]


def names_group(trigger: Trigger, sent: Span | None = None) -> bool:
    """Return whether the trigger's subject is a group of third states named only as a group
    ("the four powers signed", "the Western allies met"): its members are not the document's
    two main states, so the context must not fill them in."""
    for t in _subject_words(trigger, sent):
        group = t.lemma_.lower() in _GROUP_NOUNS or t.lower_ in _GROUP_NOUNS
        if group and any(c.lower_ in _GROUP_MODIFIERS for c in t.children):
            return True
        if group and t.tag_ == "NNS" and _share_of(t):
            return True  # "most of the new states had exchanged ambassadors with Israel"
    return False


# Words taking a share of a group: "most of the states", "many of the new countries".
_SHARE_WORDS = frozenset(["most", "many", "several", "some", "all", "half", "few", "none"])


def _share_of(noun: Token) -> bool:
    """The plural ``noun`` is the "of" object of a word taking a share of it ("most of the
    new francophone states"): some members of a group the text does not list."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.i != prep.i
        and prep.head.lower_ in _SHARE_WORDS
    )


_NUMBER_WORDS = {word: n for word, n in UNITS_BELOW_TWENTY.items() if 3 <= n <= 8}


# "the three governments" (not "the four powers": a group the text need not have named)
_COLLECTIVE_NOUNS = frozenset(
    ["state", "country", "government", "nation", "party", "side", "delegation", "republic"]
)  # fmt: skip

# Those who act for the states of a group named by number: "the three foreign ministers",
# "signed by the four members".
_ENVOY_GROUP_NOUNS = frozenset(
    ["minister", "leader", "president", "premier", "delegate", "representative", "head", "member"]
)


def _agent_words(trigger: Trigger, sent: Span) -> list[Token]:
    """Return the words of the "by" phrase of a passive trigger verb ("was signed by the four
    states in 1991", "the treaty, signed by the four states"), inside ``sent``."""
    verb = trigger.anchor
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [
        t
        for agent in verb.children
        if agent.dep_ == "agent"
        for t in agent.subtree
        if sent.start <= t.i < sent.end
    ]


# The powers that occupied Germany and Austria from 1945 and kept rights there until 1990-91,
# named as a group ("the four powers", "four-power talks"): France, Britain, the Soviet Union,
# the United States; the states whose questions they settled.
_FOUR_POWERS = ("FRA", "GBR", "SUN", "USA")
_FOUR_POWERS_YEARS = range(1945, 1992)
_OCCUPIED_STATES = frozenset(["DEU", "DDR", "AUT"])


def four_powers(
    trigger: Trigger, sent: Span, ctx: DocContext, year_of: Callable[[], int | None]
) -> list[str]:
    """``the state treaty was signed by Austria and the four powers``, ``the heads of
    government of the four powers met``, ``the four-power talks on Berlin``: in a text on
    Germany or Austria, return the four occupying powers when the trigger's clause names them
    so in the years they acted together (any year when the act is undated; empty
    otherwise). ``year_of`` gives the act's year; it is asked only when the clause names four
    powers (dating is not free)."""
    if not ctx.mentioned_states & _OCCUPIED_STATES:
        return []
    if not any(
        t.lemma_.lower() == "power"
        and any(c.lower_ == "four" and c.dep_ in ("nummod", "amod") for c in t.children)
        for t in clause_in_sentence(trigger, sent, ctx)
    ):
        return []
    year = year_of()
    return list(_FOUR_POWERS) if year is None or year in _FOUR_POWERS_YEARS else []


def collective_size(trigger: Trigger, sent: Span) -> int:
    """Return N when the trigger's subject, or the agent of its passive, names its parties
    only as "the N delegations", "the foreign ministers of the N states", "the N
    governments", "the N foreign ministers" ("signed by the four states": 0 otherwise)."""
    for t in _subject_words(trigger, sent) + _agent_words(trigger, sent):
        lemma = t.lemma_.lower()
        if lemma not in _COLLECTIVE_NOUNS and lemma not in _ENVOY_GROUP_NOUNS:
            continue
        dets = {c.lower_ for c in t.children if c.dep_ in ("det", "nummod")}
        size = next((_NUMBER_WORDS[d] for d in dets if d in _NUMBER_WORDS), 0)
        if size and "the" in dets:
            return size
    return 0


def collective_parties(
    ctx: DocContext,
    trigger: Trigger,
    size: int,
    told: dict[tuple[str, int], list[str]] | None = None,
) -> list[str]:
    """Return the ``size`` states "the three delegations" stands for: the last coordination of
    that many states before the trigger in its paragraph ("talks among
    Angola, Cuba and South Africa ... the three delegations signed"), else the parties of the
    document's last act of the same type with that many parties (``told``, by type and
    number: "signed by the four states in 1991 ... signed by the four members in 1994"), else
    the states named most recently before it, then the document's main states."""
    before = trigger.token.idx
    para = ctx.paragraph_start(before)
    for m in ctx.mentions_before(before, para):
        group = _coordination_states(m, ctx)
        if len(group) == size:
            return group
    if told and (trigger.type, size) in told:
        return list(told[(trigger.type, size)])
    return recent_states(ctx, before, [], size, salient_first=False)


# Acts whose partner may be a group named by number ("signed with the four powers").
_GROUP_PARTNER_TYPES = frozenset(
    ["SIGN_AGREEMENT", "MEET", "TERMINATE_AGREEMENT", "ESTABLISH_RELATIONS", "END_RELATIONS"]
)
# Determiners of a group named by number: "the three states", "all three states".
_GROUP_DETERMINERS = frozenset(["the", "all"])


def _with_objects(head: Token) -> list[Token]:
    """Return the objects of the "with" phrases on ``head``."""
    return [
        g
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for g in prep.children
        if g.dep_ == "pobj"
    ]


def partner_group_parties(trigger: Trigger, ctx: DocContext) -> list[str]:
    """``which A and B signed with the four powers``, ``met the three governments``,
    ``established relations with all three states``: a partner
    named as "the N powers/states/governments" stands for the last coordination of N states
    named before the trigger in the document (empty when there is none, or no such
    partner)."""
    if trigger.type not in _GROUP_PARTNER_TYPES or trigger.anchor.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in trigger.anchor.children if c.dep_ == "dobj"]
    # "established relations with all three states": on the verb, its object or the trigger noun
    heads = {t.i: t for t in (trigger.anchor, trigger.token, *objects)}
    nouns = objects + [g for h in heads.values() for g in _with_objects(h)]
    # "recognised the independence of the three states": whose independence is recognised
    nouns += [g for o in objects if o.lemma_.lower() in RECOGNISED_NOUNS for g in _of_objects(o)]
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if lemma not in _GROUP_NOUNS and lemma not in _COLLECTIVE_NOUNS:
            continue
        dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "nummod", "predet")}
        size = next((_NUMBER_WORDS[d] for d in dets if d in _NUMBER_WORDS), 0)
        if not size or not dets & _GROUP_DETERMINERS:
            continue
        for m in ctx.mentions_before(trigger.token.idx):
            group = _coordination_states(m, ctx)
            if len(group) == size:
                return group
    return []


def _coordination_states(m: Mention, ctx: DocContext) -> list[str]:
    """Return the states of the coordination whose last conjunct ``m`` is ("Angola, Cuba and
    South Africa"), in order; empty when ``m`` ends no coordination."""
    last = ctx.doc[m.end - 1]
    if last.dep_ != "conj" or m.ref.kind != "state":
        return []
    first = last.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    out: list[str] = []
    for t in first.subtree:
        if t.i != first.i and t.dep_ != "conj":
            continue
        other = ctx.mention_at(t)
        if other is None or other.ref.kind != "state" or not other.state:
            return []
        if other.state not in out:
            out.append(other.state)
    return out


def _agreement_nouns(trigger: Trigger) -> list[Token]:
    """Return the nouns naming what was signed: the trigger noun, the verb's object, or the
    noun a relative clause modifies ("the pacts that Moscow concluded ...")."""
    if trigger.token.pos_ == "NOUN":
        return [trigger.token]
    verb = trigger.anchor
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl"):
        out.append(verb.head)
    return [t for t in out if t.pos_ == "NOUN"]


# Acts on agreements whose several objects may each have their own partner.
_SEPARABLE_TYPES = frozenset(["SIGN_AGREEMENT", "TERMINATE_AGREEMENT"])


def _noun_conjuncts(word: Token) -> list[Token]:
    """Return the common nouns conjoined to ``word`` (the parser may hang "and the pact with
    France" on the partner of the first agreement)."""
    return [c for c in word.conjuncts if c.pos_ == "NOUN"]


def _verb_objects(verb: Token) -> list[Token]:
    """Return the nouns a verb acts on: its object and the common nouns conjoined to it, to
    the verb or to the object of a "with" phrase."""
    out: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        out.extend([obj, *_noun_conjuncts(obj)])
        for partner in _with_objects(obj):
            out.extend(_noun_conjuncts(partner))
    out.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN")
    for partner in _with_objects(verb):
        out.extend(_noun_conjuncts(partner))
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)


def _phrase_states(prep: Token, ctx: DocContext) -> list[str]:
    """Return the states of a prepositional phrase, leaving out the agreements conjoined to
    its object (with their own phrases)."""
    nested = {t.i for c in prep.children for n in _noun_conjuncts(c) for t in n.subtree}
    return _named_states([t for t in prep.subtree if t.i not in nested], ctx)


def _own_partner(noun: Token, ctx: DocContext, verb: Token) -> str | None:
    """Return the single state of the "with" phrase of an agreement noun, of the clause
    describing it ("the declaration concluded with Poland") or, for the verb's object, of
    the verb; ``None`` when there is no such phrase or it names several states."""
    heads = [noun, *(c for c in noun.children if c.dep_ in ("acl", "relcl"))]
    phrases = [p for h in heads for p in _phrases(h, "with")]
    if not phrases and noun.dep_ == "dobj":
        phrases = _phrases(verb, "with")
    states = list(dict.fromkeys(s for p in phrases for s in _phrase_states(p, ctx)))
    return states[0] if len(states) == 1 else None


def _object_partners(trigger: Trigger, ctx: DocContext) -> list[str]:
    """``denounced the declaration concluded with Poland and the naval agreement with
    Britain``: one verb acting on several agreements, each with its own partner, is one act
    per partner; return the partners in order (empty unless every object names one)."""
    verb = trigger.anchor
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    # an elliptical remnant ("and a treaty with B in Warsaw on 7 December") is its own act
    objects = [o for o in _verb_objects(verb) if o.i not in trigger.excluded]
    if len(objects) < 2:
        return []
    partners = [_own_partner(o, ctx, verb) for o in objects]
    if any(p is None for p in partners):
        return []
    out = list(dict.fromkeys(p for p in partners if p is not None))
    return out if len(out) >= 2 else []


def separate_partners(trigger: Trigger, ctx: DocContext) -> list[str]:
    """Return the partner states of plural agreements concluded "with A and B" ("the pacts
    that Moscow concluded with Romania and Hungary"): each is a bilateral agreement. Empty
    when the agreement is singular (one multilateral text) or there are fewer than two."""
    if trigger.type not in _SEPARABLE_TYPES:
        return []
    several = _object_partners(trigger, ctx)
    if len(several) >= 2:
        return several
    plural = [n for n in _agreement_nouns(trigger) if n.tag_ == "NNS"]
    if not plural:
        return []
    # "signed treaties (of friendship) with A and B": the phrase may hang on the verb, on the
    # plural noun or on the object of its "of" phrase
    holders = [trigger.anchor, *plural, *(o for n in plural for o in _of_objects(n))]
    phrases = list({p.i: p for h in holders for p in _phrases(h, "with")}.values())
    out = _named_states([t for prep in phrases for t in prep.subtree], ctx)
    if len(out) < 2 and any(_said_separate(n) for n in plural):
        out = _object_side_states(trigger, ctx)
    return out if len(out) >= 2 else []


# Modifiers of plural agreements that make each a pact of its own: "signed separate protocols".
_SEPARATE_WORDS = frozenset(["separate", "individual"])


def _said_separate(noun: Token) -> bool:
    """``separate protocols``, ``individual agreements``: each agreement is a pact of its own."""
    return any(c.dep_ == "amod" and c.lower_ in _SEPARATE_WORDS for c in noun.children)


def _object_side_states(trigger: Trigger, ctx: DocContext) -> list[str]:
    """Return the states the trigger's clause names outside its subject ("signed separate
    protocols with each of his counterparts, X of Estonia and Y of Latvia", however the
    parser hung the list)."""
    verb = trigger.anchor
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    tokens = [t for t in verb.subtree if t.i not in subject and t.i not in trigger.excluded]
    return _named_states(tokens, ctx)


def between_states(trigger: Trigger, ctx: DocContext) -> list[str]:
    """Return the states of a "between A and B" phrase on the relations a trigger establishes
    or ends ("notes establishing relations between Mexico and the Kingdom of Spain"): they are
    the pair, whoever else the clause names (empty when fewer than two)."""
    if trigger.type not in ("ESTABLISH_RELATIONS", "END_RELATIONS"):
        return []
    heads = [
        trigger.token,
        *_of_objects(trigger.token),  # "the establishment of relations between A and B"
        *(c for c in trigger.anchor.children if c.dep_ in ("dobj", "nsubjpass")),
    ]
    for head in heads:
        for prep in _phrases(head, "between"):
            if _spans_time(prep):
                continue  # "Between 1972 and 1973 A, B and C severed relations": a period
            out = _named_states(list(prep.subtree), ctx)
            if len(out) >= 2:
                return out
    return []


def _spans_time(prep: Token) -> bool:
    """Return whether a "between" phrase spans a time ("between 1972 and 1973", "between May
    and July"): its first object is a number or a date."""
    first = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return first is not None and (first.like_num or first.ent_type_ == "DATE")


def _of_objects(noun: Token) -> list[Token]:
    """Return the objects of the "of" phrases of ``noun`` ("treaties of friendship")."""
    return [o for p in _phrases(noun, "of") for o in p.children if o.dep_ == "pobj"]


def _phrases(head: Token, preposition: str) -> list[Token]:
    """Return the prepositional phrases of ``head`` opened by ``preposition``."""
    return [p for p in head.children if p.dep_ == "prep" and p.lower_ == preposition]


def _named_states(tokens: list[Token], ctx: DocContext) -> list[str]:
    """Return the distinct states mentioned as states among ``tokens``, in order."""
    out: list[str] = []
    for m in mentions_of(tokens, ctx):
        if m.ref.kind == "state" and m.state and m.state not in out:
            out.append(m.state)
    return out


_RECIPROCAL_VERBS = frozenset(["exchange", "swap"])


_RECIPROCAL_ADJ = frozenset(["mutual", "mutually", "reciprocal", "reciprocally"])


def is_reciprocal(trigger: Trigger) -> bool:
    """Return whether the act goes both ways between its subjects ("Moscow and Belgrade
    exchanged ambassadors", "the two leaders visited each other's capitals", "mutual
    visits"): the subjects are the pair, no third state is the target."""
    for verb in (trigger.anchor, trigger.token):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _RECIPROCAL_VERBS:
            return True
    for t in trigger.anchor.subtree:
        if t.lower_ in _RECIPROCAL_ADJ:
            return True
        if t.lower_ in ("other", "another") and t.i > 0 and t.nbor(-1).lower_ in ("each", "one"):
            return True
    return False


def coordinated_states(trigger: Trigger, ctx: DocContext, sent: Span) -> list[str]:
    """Return the states of the trigger's clause named in one coordination ("Soviet and
    Chinese technicians", "Poland and Hungary")."""
    out: list[str] = []
    for tok in core_tokens(trigger, ctx, sent):
        m = ctx.mention_at(tok)
        if m is None or tok.i != m.end - 1 or not m.state:
            continue
        first = _coordinated_first(tok, ctx)
        if first is None or not first.state:
            continue
        out.extend(s for s in (first.state, m.state) if s not in out)
    return out


def _coordinated_first(tok: Token, ctx: DocContext) -> Mention | None:
    """Return the mention ``tok`` (a mention's last word) is coordinated with: the head of a
    conjoined name ("Poland and Hungary"), or the nationality of the first of two conjoined
    nouns it qualifies ("Chinese experts and East German advisers"); ``None`` otherwise."""
    if tok.dep_ == "conj":
        return ctx.mention_at(tok.head)
    noun = tok.head
    if tok.dep_ not in ("amod", "compound") or noun.dep_ != "conj" or noun.i == tok.i:
        return None
    firsts = [c for c in noun.head.children if c.dep_ in ("amod", "compound")]
    return next((m for c in firsts if (m := ctx.mention_at(c)) is not None), None)


_JOINT_WORDS = frozenset(["joint", "jointly", "together", "common", "collective", "collectively"])


def is_joint(trigger: Trigger, sent: Span, ctx: DocContext) -> bool:
    """Return whether the trigger's clause presents the act as done jointly ("in a joint
    statement the two presidents declared their support", "together they backed ...") or as
    what they agreed to do ("Kennedy and Khrushchev agreed to support a neutral Laos")."""
    if _agreed_to(trigger.anchor):
        return True
    return any(t.lower_ in _JOINT_WORDS for t in clause_in_sentence(trigger, sent, ctx))


def _agreed_to(verb: Token) -> bool:
    """Return whether ``verb`` is what its subjects agreed to do ("agreed to support"): an act
    the parties settled between them, one act of them all."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() == "agree"


def _together_phrases(noun: Token) -> list[Token]:
    """Return the "with" phrases of ``noun`` marked as companions ("together with",
    "along with"), whether the adverb heads the phrase or modifies it."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            if any(a.lower_ in ("together", "along") for a in c.children):
                out.append(c)
        elif c.dep_ in ("advmod", "prep") and c.lower_ in ("together", "along"):
            out.extend(p for p in c.children if p.dep_ == "prep" and p.lower_ == "with")
    return out


def _companion_nouns(trigger: Trigger) -> list[Token]:
    """Return the doers of a joint act that carry a "together with" phrase: the subject, or
    the noun a misparsed participle hangs on ("the two countries, together with X, signed")."""
    if trigger.type not in _GROUP_PARTNER_TYPES:
        return []
    verb = trigger.anchor
    nouns = [t for t in subject_tokens(verb) if t.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(verb.head)
    if verb.pos_ == "VERB" and _together_phrases(verb):
        return nouns  # "the two governments, along with X, signed": the phrase on the verb
    return [n for n in nouns if _together_phrases(n)]


def companion_parties(trigger: Trigger, ctx: DocContext) -> list[str]:
    """``the two countries, together with Libya, Mauritania and Tunisia, signed the
    treaty``: the states a "together with" phrase adds to the doers of a joint act; empty
    when there is none."""
    nouns = _companion_nouns(trigger)
    if not nouns:
        return []
    heads = [*nouns, trigger.anchor] if trigger.anchor.pos_ == "VERB" else nouns
    # "together with the rest of the Pact except Romania": the state left out is no companion
    words = [t for h in heads for p in _together_phrases(h) for t in p.subtree]
    return _named_states([t for t in words if not excepted(t)], ctx)


def companions_join_pair(trigger: Trigger) -> bool:
    """Return whether the doers a "together with" phrase joins are a pair named as such
    ("the two countries, together with X, signed"), which the context resolves."""
    return any(
        n.lower_ in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in n.children)
        for n in _companion_nouns(trigger)
    )


# People standing for the two sides ("the two presidents signed").
PEOPLE_PAIR_NOUNS = frozenset(
    ["men", "leaders", "statesmen", "presidents", "ministers", "premiers", "heads", "delegations"]
)


def names_people_pair(trigger: Trigger, sent: Span, ctx: DocContext) -> bool:
    """Return whether the trigger's clause names its parties as two people or delegations
    ("the two presidents signed", "both delegations agreed") rather than by name."""
    return any(
        t.lower_ in PEOPLE_PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in t.children)
        for t in clause_in_sentence(trigger, sent, ctx)
    )


def conjoined_people_pair(trigger: Trigger, sent: Span, ctx: DocContext) -> list[str]:
    """``X brought Nasser and Faisal together, and the two leaders concluded ...``: return
    the states of the two people last conjoined ("A and B") before the trigger in its
    sentence, when they are of two different known states (empty otherwise)."""
    pairs: list[list[str]] = []
    for t in sent:
        if t.i >= trigger.token.i or t.dep_ != "conj" or t.head.i >= t.i:
            continue
        first, second = ctx.mention_at(t.head), ctx.mention_at(t)
        if first is None or second is None:
            continue
        people = first.ref.kind == second.ref.kind == "person"
        if people and first.state and second.state and first.state != second.state:
            pairs.append([first.state, second.state])
    return pairs[-1] if pairs else []


# One of a pair, each acting towards the other ("each side expelled the other's diplomats").
_EACH_NOUNS = frozenset(["side", "country", "government", "nation", "state", "party"])


def names_the_pair(trigger: Trigger, sent: Span, ctx: DocContext) -> bool:
    """Return whether the trigger's clause names its parties only as a pair ("the two
    governments signed", "both sides agreed", "each side expelled")."""
    return any(
        (t.lower_ in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in t.children))
        or (t.lower_ in _EACH_NOUNS and any(c.lower_ in ("each", "either") for c in t.children))
        for t in clause_in_sentence(trigger, sent, ctx)
    )


def compound_pair(trigger: Trigger, sent: Span, ctx: DocContext) -> list[str]:
    """``Sino-Indian relations did not recover: each side expelled ...``, ``Relations between
    A and B were poisoned: ... the treaty the two governments had signed``: return the two
    states of the one hyphenated compound or "between" phrase of the sentence before the
    trigger (empty when it has none or several)."""
    pairs: list[list[str]] = []
    for prep in (t for t in sent if t.i < trigger.token.i and t.lower_ == "between"):
        inside = [t for t in prep.subtree if t.i < trigger.token.i]
        named = _named_states(inside, ctx)
        if len(named) == 2:
            pairs.append(named)
    for m in ctx.mentions_in(sent.start, trigger.token.i):
        nxt = m.end + 1
        if m.ref.kind != "state" or nxt >= sent.end or ctx.doc[m.end].text not in ("-", "–"):
            continue
        other = ctx.mention_at(ctx.doc[nxt])
        if other is not None and other.ref.kind == "state" and other.state != m.state:
            pairs.append([s for s in (m.state, other.state) if s])
    return pairs[0] if len(pairs) == 1 and len(pairs[0]) == 2 else []


_OTHER_CLAUSE_DEPS = frozenset(["conj", "cc", "punct", "parataxis", "ccomp", "advcl"])


def conjoined_clause_pair(trigger: Trigger, ctx: DocContext) -> list[str]:
    """``Romania alone kept its legation in Tel Aviv, and in 1969 the two states raised their
    missions to embassy rank``: return the two states (or their capitals) the clause the
    trigger's verb is conjoined to names (empty when the verb is no conjunct or that clause
    names another number of states)."""
    verb = trigger.anchor
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    # the clause's own words: not those of the clauses hung on it ("X severed relations with
    # Y; Romania kept ...")
    head = verb.head
    before = [head] + [
        t for c in head.children if c.dep_ not in _OTHER_CLAUSE_DEPS for t in c.subtree
    ]
    named: list[str] = []
    for m in mentions_of(before, ctx):
        if m.state and m.state not in named and (m.ref.kind == "state" or _seat_of_mission(m, ctx)):
            named.append(m.state)
    return named if len(named) == 2 else []


def _seat_of_mission(m: Mention, ctx: DocContext) -> bool:
    """``its legation in Tel Aviv``: the seat of a mission stands for its host state."""
    node = ctx.doc[m.end - 1]
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in MISSION_NOUNS


# Nouns by which a visit's destinations are counted: "visited all three capitals".
_DESTINATION_GROUP_NOUNS = frozenset(["capital", "country", "state", "republic"])
_GROUP_SIZES = {"both": 2, "two": 2, **_NUMBER_WORDS}


# Acts whose places may be counted rather than named: a visit's destinations, a mission's
# hosts ("in both capitals").
_COUNTED_PLACE_ACTS = frozenset(["VISIT", "OPEN_MISSION", "CLOSE_MISSION"])


def destination_group_size(trigger: Trigger) -> int:
    """Return N when a visit goes to destinations counted rather than named ("visited all
    three capitals", "returned to both capitals", "toured the two countries"), or a mission
    opens or closes in places so counted ("in both capitals the legations became embassies");
    else 0."""
    verb = trigger.anchor
    if trigger.type not in _COUNTED_PLACE_ACTS or verb.pos_ not in ("VERB", "AUX"):
        return 0
    # "in both capitals the legation became an embassy": a mission act in each of the places
    preps = ("to",) if trigger.type == "VISIT" else ("in",)
    dests = [c for c in verb.children if c.dep_ == "dobj" and trigger.type == "VISIT"]
    dests += [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
    ]
    for d in dests:
        if d.tag_ != "NNS" or d.lemma_.lower() not in _DESTINATION_GROUP_NOUNS:
            continue
        words = {c.lower_ for c in d.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        size = next((_GROUP_SIZES[w] for w in words if w in _GROUP_SIZES), 0)
        if size:
            return size
    return 0


def counted_destinations(
    trigger: Trigger, ctx: DocContext, size: int, travellers: list[str]
) -> list[str]:
    """Return the ``size`` states a counted destination stands for ("both capitals" after "He
    flew to London ... went on to Buenos Aires"): the last ``size`` states other than the
    ``travellers``' named in the paragraph before the trigger by a place or a state (not a
    person's), nearest first; empty when the paragraph names fewer."""
    before = trigger.token.idx
    out: list[str] = []
    for m in ctx.mentions_before(before, ctx.paragraph_start(before)):
        if m.ref.kind not in ("place", "state") or m.state in travellers:
            continue
        if m.state and m.state not in out:
            out.append(m.state)
        if len(out) == size:
            return out
    return []
