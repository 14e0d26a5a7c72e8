"""Arguments of a trigger: actors and their states, the date, the place, agreement attributes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.lexicon import (
    AGREEMENT_NOUNS,
    AID_NOUNS,
    CURRENCY_NOUNS,
    PERSON_GROUP_NOUNS,
    REFUGEE_NOUNS,
    SIDE_NOUNS,
)
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.types import Actor

_SUBJ = ("nsubj", "nsubjpass", "agent", "csubj")
_TARGET_PREPS = ("to", "in", "with", "into", "at")
_QUOTED_TITLE = re.compile(r"[‘“\"]([^’”\"]{6,160})[’”\"]")
_TERM = re.compile(
    r"\b(?:with a term of|for(?: a term of| a period of)?)\s+((?:\w+[- ])?\w+ years?)\b"
)
_LANG = re.compile(
    r"\bin ((?:[A-Z][a-z]+, )*[A-Z][a-z]+ and [A-Z][a-z]+|(?:two|three|four) languages)"
)
_QUANTITY = re.compile(r"\b(\d[\d,.]*\s+(?:head|tons?|tonnes?|[a-z]+)(?: of [a-z]+)?)")


def _stray_subjects(verb: Token) -> set[int]:
    """Return the indices of subjects the parser gave a verb besides the nearest one before
    it ("X arrived in Y, the first mission in years, and a Z team went to ..." read with two
    subjects of "went"): a clause has one subject, the others belong to other clauses."""
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subs if c.i < verb.i]
    if len(before) < 2:
        return set()
    keep = max(before, key=lambda c: c.i)
    return {c.i for c in subs if c is not keep}


def _subject_tokens(anchor: Token) -> list[Token]:
    node = anchor
    for _ in range(4):
        stray = _stray_subjects(node)
        subs = [
            c
            for c in node.children
            if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i not in stray
        ]
        if subs:
            out: list[Token] = []
            for s in subs:
                out.extend(_phrase_tokens(s, anchor))
                if s.lower_ in ("it", "they") and node.dep_ == "ccomp":
                    # "X announced that it had severed relations": the speaker's subject
                    out.extend(_subject_tokens(node.head))
                if node.dep_ == "relcl" and s.lower_ in _RELATIVE_PRONOUNS:
                    # "Hungary, which established relations ...": the antecedent
                    out.extend(t for t in node.head.subtree if t.i < node.head.i + 1)
            return out
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.i != node.i:
            node = node.head.head  # "India answered by declaring ...": the answering subject
            continue
        if node.dep_ not in ("xcomp", "conj", "advcl", "acl", "relcl") or node.head.i == node.i:
            return []
        if node.dep_ in ("acl", "relcl"):
            return list(node.head.subtree)[:6]
        node = node.head
    return []


def _phrase_tokens(head: Token, keep: Token) -> list[Token]:
    """Return the subtree of a noun phrase without its relative clauses ("X, an Arabist who
    had served in Riyadh, ..."): what they say about the noun's past or office names no party
    of the event (unless the event itself lies in them). Participles ("a delegation headed by
    X") say who the noun is and stay."""
    out: list[Token] = []
    stack = [head]
    while stack:
        node = stack.pop()
        out.append(node)
        for c in node.children:
            clause = c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")
            if clause and not c.left_edge.i <= keep.i <= c.right_edge.i:
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


# Nominal acts whose "of" phrase names what is acted on, not the doer: "a tour of Thailand"
# is where it goes, "the expulsion of Iranian nationals" whom it expels.
_PATIENT_OF_NOUNS = frozenset(["tour", "expulsion", "deportation", "expulsions", "deportations"])


def _noun_agent_tokens(noun: Token) -> set[int]:
    """``the visits of the premiers of Laos and Nepal``, ``Chile's visit``: the doer of a
    nominal act (its possessor or "of" phrase)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return set()
    out: set[int] = set()
    of_is_agent = noun.lemma_.lower() not in _PATIENT_OF_NOUNS and noun.lower_ not in (
        _PATIENT_OF_NOUNS
    )
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of" and of_is_agent):
            out.update(t.i for t in c.subtree)
            # "the visit of a minister to Pyongyang" parsed inside the "of" phrase
            for t in c.subtree:
                if t.dep_ == "prep" and t.lower_ in _TARGET_PREPS and t.lower_ != "with":
                    out.difference_update(x.i for x in t.subtree)
    return out


def subject_states(sent: Span, ctx: DocContext, exclude: list[str]) -> list[str]:
    """Return the states named in the subjects of the sentence's clauses, skipping
    ``exclude`` ("North Korea had received nobody since the visits of ...": the host)."""
    subjects: set[int] = set()
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            subjects.update(t.i for t in tok.subtree)
    out: list[str] = []
    for m in ctx.mentions_in(sent.start, sent.end):
        if m.start in subjects and m.state and m.state not in exclude and m.state not in out:
            out.append(m.state)
    return out


def _agent_tokens(anchor: Token) -> list[Token]:
    out: list[Token] = []
    for c in anchor.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            out.extend(c.subtree)
    return out


# Temporal clauses ("When X visited Moscow, both sides concluded ...") keep their participants:
# they often say who "both sides" are.
_EMBEDDED = ("relcl", "acl", "ccomp", "parataxis")
_RELATIVE_PRONOUNS = frozenset(["which", "who", "that", "whom"])
_FINITE = frozenset(["VBD", "VBZ", "VBP"])


def _coordinated_clause(verb: Token) -> bool:
    """``X travelled to Beijing, and New Delhi feared ...``: a conjoined verb with its own
    subject is another clause with its own participants."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Subordinators of a clause set against the main one ("X sent doctors, while Y supplied tanks").
_CONTRAST_MARKS = frozenset(["while", "whereas", "whilst"])


def _contrastive_clause(verb: Token) -> bool:
    """``Cuba provided doctors, while the Soviet Union supplied tanks``: an adverbial clause
    after its main verb, joined by "while"/"whereas", with its own subject and a simple tense,
    is a parallel act with its own participants (a progressive "while X was visiting Y" is a
    time and keeps them)."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.tag_ != "VBG"


_REFERENCE_PREPS = frozenset(["after", "before", "since", "following"])


def _reference_time(prep: Token) -> bool:
    """``signed a few weeks after Kissinger's journey``: an earlier or later event used as a
    time reference; its participants are not parties."""
    if prep.dep_ != "prep" or prep.lower_ not in _REFERENCE_PREPS:
        return False
    return any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in prep.children)


def _precedent(m: Mention, ctx: DocContext) -> bool:
    """``the second state to do so after Burma``: a state that did the same earlier."""
    prep = ctx.doc[m.end - 1].head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("after", "before")
        and (prep.head.lemma_.lower() == "do" or any(c.lower_ == "so" for c in prep.children))
    )


def _clause_tokens(root: Token, keep: Token) -> list[Token]:
    """Return the subtree of ``root`` without embedded clauses (relative, adverbial, complement
    clauses), except the one containing ``keep``: their participants belong to other events."""
    out: list[Token] = []
    stack = [root]
    while stack:
        node = stack.pop()
        out.append(node)
        stray = _stray_subjects(node)
        for c in node.children:
            if _reference_time(c) and not (c.left_edge.i <= keep.i <= c.right_edge.i):
                continue
            if c.i in stray:
                continue
            if (
                (c.dep_ in _EMBEDDED or _coordinated_clause(c) or _contrastive_clause(c))
                and c.pos_ in ("VERB", "AUX")
                and c.i != keep.i
                and not (c.left_edge.i <= keep.i <= c.right_edge.i)
            ):
                continue
            stack.append(c)
    return out


def _orphan_subject_tokens(anchor: Token, sent: Span) -> list[Token]:
    """Return the words before a subjectless main verb in its sentence segment.

    A finite main clause always has a subject; when the parser attached it elsewhere (a
    sentence-initial date glued to the names, a heading glued to the sentence), the names
    before the verb are the subject.
    """
    node = anchor
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return []
        node = node.head
    if node.dep_ != "ROOT" or node.pos_ not in ("VERB", "AUX") or node.tag_ not in _FINITE:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in node.children):
        return []
    return [t for t in sent if t.i < node.i]


_LOCATIVE_RELATIVES = frozenset(["where", "which", "whom"])


def _locative_relative(clause: Token) -> bool:
    """``the meetings at which the ministers turned ...``, ``the summit where X and Y ...``: a
    relative clause joined by a place or time relative, telling what happened at the event."""
    for c in clause.children:
        if c.dep_ == "advmod" and c.lower_ == "where":
            return True
        if c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ in _LOCATIVE_RELATIVES for g in c.children
        ):
            return True
    return False


def _meeting_clause_subjects(trigger: Trigger) -> list[Token]:
    """Return the subjects of the relative clauses that tell what happened at a meeting ("the
    meetings at which the foreign ministers, A of Iran and B of Iraq, turned the communiqué
    into a treaty"): the people who met."""
    if trigger.type != "MEET" or trigger.token.pos_ != "NOUN":
        return []
    out: list[Token] = []
    for clause in trigger.token.children:
        if clause.dep_ == "relcl" and _locative_relative(clause):
            for s in clause.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    out.extend(s.subtree)
    return out


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


def _core_tokens(trigger: Trigger, ctx: DocContext, sent: Span | None = None) -> list[Token]:
    seen: dict[int, Token] = {t.i: t for t in _clause_tokens(trigger.anchor, trigger.token)}
    for t in _meeting_clause_subjects(trigger):
        seen[t.i] = t
    for t in _clause_tokens(trigger.token, trigger.token):
        seen[t.i] = t
    for t in _subject_tokens(trigger.anchor):
        seen[t.i] = t
    if sent is not None:
        for t in _orphan_subject_tokens(trigger.anchor, sent):
            seen[t.i] = t
        # a heading or paragraph the parser glued to the sentence is not part of it
        seen = {i: t for i, t in seen.items() if sent.start <= i < sent.end}
    return [
        t
        for i, t in sorted(seen.items())
        if i not in trigger.excluded and not ctx.in_quotation(t.idx)
    ]


def _mentions_of(tokens: list[Token], ctx: DocContext) -> list[Mention]:
    out: list[Mention] = []
    seen: set[int] = set()
    for t in tokens:
        m = ctx.mention_at(t)
        if m is not None and m.start not in seen:
            seen.add(m.start)
            out.append(m)
    return out


_Role = Literal["source", "target", "participant"]


def _role_of(m: Mention, trigger: Trigger, subj: set[int], agent: set[int], passive: bool) -> _Role:
    idx = set(range(m.start, m.end))
    if trigger.type in ("SIGN_AGREEMENT", "MEET", "ESTABLISH_RELATIONS", "END_RELATIONS"):
        if trigger.type == "MEET" and trigger.token.lemma_ == "receive":
            return "source" if (agent if passive else subj) & idx else "target"
        return "participant"
    if passive:
        return "source" if agent & idx else "target"
    return "source" if subj & idx else "target"


# Types whose places name a party: the destination of a visit or an envoy, the host of a
# mission.
_PLACE_IS_PARTY = frozenset(
    ["VISIT", "APPOINT_ENVOY", "RECALL_ENVOY", "OPEN_MISSION", "CLOSE_MISSION", "EXPEL"]
)


def _circumstantial_participle(verb: Token) -> bool:
    """Return whether ``verb`` is a subjectless present participle set beside another clause
    ("the Council, meeting in Sofia, condemned ...", "sitting in Geneva, the envoys ..."):
    it describes the circumstances of the main clause's act."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl")
        and verb.head.i != verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _circumstance_place(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``the Council, meeting in Sofia, expelled ...``: a place in a participle beside the
    trigger's clause is where the act happened, not a party."""
    prep = ctx.doc[m.end - 1].head
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return False
    verb = prep.head
    return verb.i not in (trigger.token.i, trigger.anchor.i) and _circumstantial_participle(verb)


# Nouns naming a state's seat or a town: "in the Swedish capital" is a place in Sweden.
_SEATS = frozenset(["capital", "city", "town", "port", "resort", "embassy", "legation"])


def _names_seat(m: Mention, ctx: DocContext) -> bool:
    """``the Swedish capital``: a state name modifying a seat noun names a place."""
    last = ctx.doc[m.end - 1]
    return last.dep_ in ("amod", "compound", "poss") and last.head.lemma_.lower() in _SEATS


def _described_post(m: Mention, ctx: DocContext) -> bool:
    """``Arthur Andrew, the ambassador to Sweden``: an apposition giving a person's post."""
    prep = ctx.doc[m.end - 1].head
    if prep.dep_ != "prep" or prep.lower_ not in ("to", "in", "at"):
        return False
    post = prep.head
    return post.lemma_.lower() in _POSTED_PEOPLE and post.dep_ == "appos"


_CONFLICT_NOUNS = frozenset(["quarrel", "dispute", "conflict", "split", "rift", "feud"])


def _names_conflict(prep: Token) -> bool:
    """``in the quarrel between Moscow and Beijing``: the conflict a side is taken in."""
    return prep.lower_ == "in" and any(
        c.lemma_.lower() in _CONFLICT_NOUNS for c in prep.children if c.dep_ == "pobj"
    )


def _opposed(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a mention lies in an "against" phrase below the trigger ("supports the
    Cuban revolution against the pressure of the US") or in the conflict a side is taken in
    ("sided with Moscow in the quarrel between Moscow and Beijing"): no party of the support."""
    node = ctx.doc[m.end - 1]
    for _ in range(8):
        if node.i in (trigger.token.i, trigger.anchor.i) or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and (node.lower_ == "against" or _names_conflict(node)):
            return True
        node = node.head
    return False


def _state_of_post(m: Mention, ctx: DocContext) -> bool:
    """Return whether a person's state is only the state of the post an apposition gives him
    ("Arthur Andrew, the ambassador to Sweden"): the country he is sent to, not his own."""
    head = ctx.doc[m.end - 1]
    for appos in (c for c in head.children if c.dep_ == "appos"):
        for t in appos.subtree:
            other = ctx.mention_at(t)
            if other is not None and other is not m and _described_post(other, ctx):
                return other.state == m.state
    return False


_PRONOUN_KINDS = {"he": ("person",), "she": ("person",), "it": ("state", "organization")}


def _pronoun_subject_state(
    trigger: Trigger, ctx: DocContext, sent: Span, subj: set[int]
) -> str | None:
    """``The Soviet Union voted for the plan. It recognised Israel ...``, ``She met Nixon``: a
    pronoun subject continues the subject of the paragraph's previous sentence; return that
    subject's state when it is a state (for "it") or a person (for "he"/"she")."""
    pronoun = next(
        (
            ctx.doc[i]
            for i in sorted(subj)
            if ctx.doc[i].lower_ in _PRONOUN_KINDS and ctx.doc[i].dep_ in ("nsubj", "nsubjpass")
        ),
        None,
    )
    if pronoun is None or ctx.mention_at(pronoun) is not None:
        return None
    m = _conjoined_clause_subject(pronoun, ctx) or _previous_subject(ctx, sent)
    if m is None or m.ref.kind not in _PRONOUN_KINDS[pronoun.lower_]:
        return None
    return m.state


def _conjoined_clause_subject(pronoun: Token, ctx: DocContext) -> Mention | None:
    """``Castro visited A and B, and at Aden he brought X and Y together``: the pronoun subject
    of a clause conjoined to a main clause continues that clause's named subject (None when it
    names nothing)."""
    verb = pronoun.head
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    subjects = (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return next((m for m in map(ctx.mention_at, subjects) if m is not None), None)


def _passive_pronoun_state(trigger: Trigger, ctx: DocContext, sent: Span) -> str | None:
    """``He flew to London and held talks with X, then went on to Y, where he was received by
    the junta leader``: "he", the one received, is the sentence's main subject, or, when that
    is a pronoun too, the previous sentence's; return that person's state."""
    pronoun = next(
        (
            c
            for c in trigger.anchor.children
            if c.dep_ == "nsubjpass" and c.lower_ in ("he", "she") and ctx.mention_at(c) is None
        ),
        None,
    )
    if pronoun is None:
        return None
    root = sent.root
    head = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if head is not None and head.i != pronoun.i:
        m = ctx.mention_at(head)
        if m is not None:
            return m.state if m.ref.kind == "person" else None
        if head.lower_ not in ("he", "she"):
            return None
    m = _previous_subject(ctx, sent)
    return m.state if m is not None and m.ref.kind == "person" else None


def _previous_subject(ctx: DocContext, sent: Span) -> Mention | None:
    """Return the mention heading the main-clause subject of the paragraph's previous sentence
    (None when that subject names nothing, or the sentence opens its paragraph)."""
    para = ctx.paragraph_start(sent.start_char)
    i = sent.start - 1
    while i >= 0 and ctx.doc[i].idx >= para:
        tok = ctx.doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
            return ctx.mention_at(tok)
        i -= 1
    return None


def _partner_only_participle(trigger: Trigger) -> bool:
    """``Under an agreement signed with the United States, ...``: a participle naming only the
    partner of the act, with no subject or agent of its own."""
    verb = trigger.anchor
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "advcl")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    )


def _topic_state(trigger: Trigger, ctx: DocContext, sent: Span) -> str | None:
    """Return the state the paragraph's previous sentence is about (its subject) when the
    trigger is a participle naming only its partner ("Somalia turned to the West. Under an
    agreement signed with the United States ..."): the unnamed party."""
    if not _partner_only_participle(trigger):
        return None
    m = _previous_subject(ctx, sent)
    return m.state if m is not None and m.ref.kind == "state" else None


_OBJECT_PRONOUNS = frozenset(["him", "her"])


def _object_pronoun_mentions(
    core: list[Token], ctx: DocContext, sent: Span, subj: set[int]
) -> list[Mention]:
    """``we signed a joint declaration with him``, ``talks were held with him by X``: "him" or
    "her" as an object stands for the person named last before it in the paragraph, outside
    the pronoun's own clause subject (one does not sign "with him" with oneself). Return the
    person mentions the object pronouns of ``core`` point back to."""
    para = ctx.paragraph_start(sent.start_char)
    out: list[Mention] = []
    for tok in core:
        if tok.lower_ not in _OBJECT_PRONOUNS or tok.dep_ not in ("pobj", "dobj", "dative"):
            continue
        if tok.i in subj or ctx.mention_at(tok) is not None:
            continue
        for m in reversed(ctx.mentions):
            if m.start >= tok.i or m.start in subj:
                continue
            if ctx.doc[m.start].idx < para:
                break
            if m.ref.kind == "person":
                out.append(m)
                break
    return out


def _is_venue(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a place is where the event happened ("met in Geneva", "signed at the
    Kremlin"), as opposed to a destination or a place in another clause ("when X visited
    Moscow, both sides concluded ..."), for types whose places are not parties."""
    if trigger.type in _PLACE_IS_PARTY:
        return False
    last = ctx.doc[m.end - 1]
    if _names_seat(m, ctx):
        last = last.head  # "the talks in the Swedish capital": the state's seat, a venue
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


def _meeting_moved_to(prep: Token, trigger: Trigger) -> bool:
    """``the talks moved to Warsaw``, ``negotiations shifted to Geneva``: a "to" phrase of a
    verb whose subject is the meeting noun itself names where the meeting went on."""
    if prep.dep_ != "prep" or prep.lower_ != "to" or trigger.token.pos_ != "NOUN":
        return False
    verb = prep.head
    return any(c.i == trigger.token.i and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Nouns of a craft a traveller boards: "aboard a Pakistani aircraft" names no party.
_VEHICLE_NOUNS = frozenset(
    ["aircraft", "airplane", "aeroplane", "plane", "airliner", "jet", "helicopter", "ship",
     "vessel", "steamer", "liner", "train", "boat", "warship", "cruiser", "yacht"]
)  # fmt: skip
_BOARDING_PREPS = frozenset(["aboard", "on", "in", "by", "onboard"])


def _names_vehicle(m: Mention, ctx: DocContext) -> bool:
    """``flew to Peking aboard a Pakistani aircraft``, ``sailed on a Soviet liner``: the state
    of the craft a traveller rides in is no party of his journey."""
    last = ctx.doc[m.end - 1]
    if last.dep_ not in ("amod", "compound", "nmod", "poss"):
        return False
    craft = last.head
    if craft.lemma_.lower() not in _VEHICLE_NOUNS or craft.dep_ != "pobj":
        return False
    return craft.head.lower_ in _BOARDING_PREPS


_POSTED_PEOPLE = frozenset(
    ["ambassador", "envoy", "minister", "representative", "consul", "chargé", "charge", "attaché"]
)


def _on_the_way(m: Mention, ctx: DocContext) -> bool:
    """``on his way to Hanoi``, ``on his way back from Geneva``: a destination not yet
    reached, or the place a traveller comes from ("from the Geneva conference")."""
    last = ctx.doc[m.end - 1]
    if last.dep_ in ("compound", "amod", "nmod", "poss"):
        last = last.head
    prep = last.head
    if prep.dep_ != "prep" or prep.lower_ not in ("to", "from"):
        return False
    node = prep.head
    for _ in range(2):
        if node.lower_ in ("way", "route") and any(
            c.lower_ in ("his", "her", "their", "its", "the") for c in node.children
        ):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _post_of_person(m: Mention, ctx: DocContext) -> bool:
    """``your ambassador in London``: a place naming where a diplomat is posted."""
    prep = ctx.doc[m.end - 1].head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "at")
        and prep.head.lemma_.lower() in _POSTED_PEOPLE
    )


def _is_origin(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``travelled from Pakistan to Beijing``: the place a traveller sets out from is not the
    host (the visitor's own state is named by the visitor)."""
    prep = ctx.doc[m.end - 1].head
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "from"
        and prep.head.i == trigger.token.i
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.token.children)
    )


# Nouns of a circumstance under which an act happens: "under British mediation", "under Swiss
# auspices", "under Soviet pressure".
_CIRCUMSTANCE_PREPS = frozenset(["under"])
# Nouns naming a war or a conflict: "during the Arab-Israeli war" names its belligerents.
_WAR_NOUNS = frozenset(
    ["war", "wars", "conflict", "crisis", "hostilities", "fighting", "invasion", "occupation"]
)


def _under_circumstance(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a mention lies in an "under" phrase that does not contain the trigger
    ("a treaty signed in 1937 under British influence", "met in Bern under Swiss auspices"):
    a mediator, patron or pressure is the circumstance of the act, not a party of it."""
    node = ctx.doc[m.start]
    keep = (trigger.token.i, trigger.anchor.i)
    for _ in range(6):
        if node.i in keep or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in _CIRCUMSTANCE_PREPS:
            return not any(node.left_edge.i <= k <= node.right_edge.i for k in keep)
        node = node.head
    return False


def _names_war(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``during the Arab-Israeli war``, ``the Iran-Iraq conflict``: states modifying a war
    noun name its belligerents, not the parties of an act dated by it."""
    last = ctx.doc[m.end - 1]
    if last.dep_ not in ("amod", "compound", "nmod", "poss"):
        return False
    head = last.head
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i != head.i:
        head = head.head  # "the Arab-Israeli war" split into several modifiers
    return head.lemma_.lower() in _WAR_NOUNS and head.i not in (trigger.token.i, trigger.anchor.i)


def _names_agreement_place(m: Mention, ctx: DocContext) -> bool:
    """``the Algiers Agreement``, ``the Tashkent Declaration``: a city in an agreement's name
    is where it was made, not a party (a state adjective, "the Soviet-Egyptian treaty", is)."""
    if m.ref.kind != "place":
        return False
    last = ctx.doc[m.end - 1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.lemma_.lower() in AGREEMENT_NOUNS


def _in_state_apposition(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``Albania, until then Belgrade's closest client, took Moscow's side``: a state named in
    an apposition that describes another state says what that state was, not who acted."""
    node = ctx.doc[m.end - 1]
    keep = (trigger.token.i, trigger.anchor.i)
    for _ in range(6):
        if node.i in keep or node.head.i == node.i:
            return False
        if node.dep_ == "appos":
            owner = ctx.mention_at(node.head)
            inside = any(node.left_edge.i <= k <= node.right_edge.i for k in keep)
            return (
                owner is not None
                and owner.ref.kind == "state"
                and owner is not m
                and node.pos_ == "NOUN"
                and not inside
            )
        node = node.head
    return False


def _parenthetical_after_subject(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``Albania, until then Belgrade's closest client, took ...`` (the description parsed as
    a phrase of the verb): a verbless stretch set off by commas between a state subject and its
    verb describes the subject."""
    verb = trigger.anchor
    if verb.pos_ not in ("VERB", "AUX") or not m.end <= verb.i:
        return False
    for subj in verb.children:
        owner = ctx.mention_at(subj)
        if subj.dep_ != "nsubj" or owner is None or owner.ref.kind != "state":
            continue
        if owner.end > m.start or ctx.doc[owner.end].text != ",":
            continue
        if subj.left_edge.i <= m.start and m.end - 1 <= subj.right_edge.i:
            return False  # "Egypt, Syria, Jordan and Iraq broke off ...": one more subject
        between = ctx.doc[owner.end : verb.i]
        commas = [t.i for t in between if t.text == ","]
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in between)
        return verbless and len(commas) >= 2 and commas[0] < m.start and m.end <= commas[-1]
    return False


def _names_language(m: Mention, ctx: DocContext) -> bool:
    """``signed in Pyongyang in Korean, Mongolian and English``: a nationality word standing
    alone after "in" (or in a list after it) names a language, not a state."""
    tok = ctx.doc[m.end - 1]
    if m.end - m.start != 1 or m.text.lower() == m.ref.name.lower():
        return False
    if any(c.dep_ not in ("cc", "conj", "punct") for c in tok.children):
        return False  # "in Chinese hands": a nationality modifying a noun
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("pobj", "amod", "nmod") and node.head.lower_ == "in"


def _names_currency(m: Mention, ctx: DocContext) -> bool:
    """``300 million US dollars``: a state name inside a currency names no party."""
    last = ctx.doc[m.end - 1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.lemma_.lower() in CURRENCY_NOUNS


def _contrasted_target(trigger: Trigger, ctx: DocContext, states: list[str]) -> str | None:
    """``Cuba sent advisers to Ethiopia, while the Soviet Union delivered the weapons``: a
    contrastive clause naming only its doer shares the main clause's other party; return the
    first state named in the main clause outside its subject (``None`` when there is none)."""
    verb = trigger.anchor
    if not _contrastive_clause(verb):
        return None
    main = verb.head
    subject = {t.i for t in _subject_tokens(main)}
    rest = [t for t in _clause_tokens(main, main) if t.i not in subject]
    for m in _mentions_of(sorted(rest, key=lambda t: t.i), ctx):
        if m.state and m.state not in states and m.ref.kind in ("state", "place"):
            return m.state
    return None


def event_actors(
    trigger: Trigger, ctx: DocContext, sent: Span | None = None
) -> tuple[list[Actor], list[str], bool, list[str]]:
    """Return the actors, the ISO3 states, whether "both sides"-like phrases occur and the
    states of the subject (the agent of passives). ``sent``, the sentence segment, bounds the
    clause and lets a subject the parser misattached be found."""
    core = _core_tokens(trigger, ctx, sent)
    passive = any(c.dep_ == "auxpass" for c in trigger.anchor.children)
    subj = {t.i for t in _subject_tokens(trigger.anchor)}
    if trigger.token.i in subj and trigger.token.pos_ in ("NOUN", "PROPN"):
        # "the last visit of X to Y was ...": the noun's own phrase is no subject of it
        subj -= {t.i for t in trigger.token.subtree}
    subj |= _noun_agent_tokens(trigger.token)
    if sent is not None:
        subj |= {t.i for t in _orphan_subject_tokens(trigger.anchor, sent)}
        subj = {i for i in subj if sent.start <= i < sent.end}
    agent = {t.i for t in _agent_tokens(trigger.anchor)}
    actors: list[Actor] = []
    states: list[str] = []
    venues: list[str] = []
    sources: list[str] = []
    for m in _mentions_of(core, ctx):
        if m.ref.kind == "place" and m.state is None:
            continue
        if trigger.type == "EXPRESS_SUPPORT" and _opposed(m, trigger, ctx):
            continue  # "supports the revolution against US pressure": the adversary
        if m.ref.kind == "person" and _state_of_post(m, ctx):
            continue  # "Arthur Andrew, the ambassador to Sweden": his post is no party
        if trigger.type == "VISIT" and _is_origin(m, trigger, ctx):
            continue
        if _names_currency(m, ctx) or _names_war(m, trigger, ctx) or _names_language(m, ctx):
            continue
        if trigger.type == "VISIT" and _names_vehicle(m, ctx):
            continue  # "aboard a Pakistani aircraft": the craft, not the host
        if _in_state_apposition(m, trigger, ctx) or _parenthetical_after_subject(m, trigger, ctx):
            continue  # "Albania, Belgrade's closest client, ...": a description
        if _under_circumstance(m, trigger, ctx) or _names_agreement_place(m, ctx):
            continue  # "under British mediation", "the Algiers Agreement": no party
        if _on_the_way(m, ctx) or _precedent(m, ctx):
            continue  # "in Peking on his way to Hanoi": not yet there
        if m.ref.kind == "place" and _post_of_person(m, ctx):
            continue  # "negotiated with your ambassador in London": his post, not a party
        if m.ref.kind == "place" and _circumstance_place(m, trigger, ctx):
            continue  # "the Council, meeting in Sofia, expelled ...": the scene, never a party
        if _described_post(m, ctx):
            continue  # "led by X, the ambassador to Sweden": X's post, not a party
        if (m.ref.kind == "place" or _names_seat(m, ctx)) and _is_venue(m, trigger, ctx):
            # "met in Geneva", "signed in Moscow": the venue is a party only when nobody else is
            if m.state and m.state not in venues:
                venues.append(m.state)
            continue
        role = _role_of(m, trigger, subj, agent, passive)
        idx = set(range(m.start, m.end))
        if m.state and m.state not in sources and (agent if passive else subj) & idx:
            sources.append(m.state)
        kind = "organization" if m.ref.kind == "organization" else m.ref.kind
        if kind != "place" and not any(a.id == m.ref.key and a.role == role for a in actors):
            actors.append(Actor(m.ref.name, m.ref.key, kind, m.state, role))
        if m.state and m.state not in states:
            states.append(m.state)
    if sent is not None:
        for m in _object_pronoun_mentions(core, ctx, sent, subj):
            if not any(a.id == m.ref.key for a in actors):
                role = _role_of(m, trigger, set(), set(), False)
                actors.append(Actor(m.ref.name, m.ref.key, "person", m.state, role))
            if m.state and m.state not in states:
                states.append(m.state)
    if len(states) == 1:
        shared = _contrasted_target(trigger, ctx, states)
        if shared is not None:
            states.append(shared)
    if sent is not None and len(states) == 1:
        topic = _topic_state(trigger, ctx, sent)
        if topic is not None and topic not in states:
            states.insert(0, topic)
    if sent is not None and passive and sources and len(states) == 1:
        received = _passive_pronoun_state(trigger, ctx, sent)
        if received is not None and received not in states:
            states.append(received)
    if sent is not None and not sources:
        antecedent = _pronoun_subject_state(trigger, ctx, sent, subj)
        if antecedent is not None:
            sources.append(antecedent)
            if antecedent not in states:
                states.insert(0, antecedent)
    sides = any(
        (t.lemma_.lower() in SIDE_NOUNS or t.lower_ in _PAIR_NOUNS)
        and any(c.lower_ in ("both", "two", "the", "each") for c in t.children)
        for t in core
    ) or any(t.lower_ in ("they", "both", "each") for t in core)
    # "the two countries met in Warsaw", "officials met in Bern": with no side named, the
    # sides come from the context and the venue is neutral ground; with one side named ("X was
    # received in Moscow"), the venue is the other side.
    for where in (where_antecedent(trigger, ctx), _conjoined_destination(trigger, ctx)):
        if where is not None and where.state and where.state not in venues:
            venues.append(where.state)
    # "Talks between the foreign ministers, A and B, opened in Geneva": two named people
    # presented as the sides' representatives are the two sides even when only one's state is
    # known; the venue stays neutral ground ("I met President B in New York" is B's home).
    people = {a.id for a in actors if a.kind == "person"}
    group = any(t.tag_ == "NNS" and t.lemma_.lower() in PERSON_GROUP_NOUNS for t in core)
    neutral = (len(people) >= 2 and group) or _joint_subject(trigger)
    for venue in venues if len(states) == 1 and not sides and not neutral else []:
        if len(states) >= 2:
            break
        if venue not in states and _plausible_host(venue, states, trigger, ctx):
            states.append(venue)
    return actors, states, sides, sources


def _joint_subject(trigger: Trigger) -> bool:
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
    return False


# Plural nouns of the people of both sides at a table ("the ambassadors met").
_DIPLOMAT_GROUPS = frozenset(
    ["ambassador", "envoy", "delegation", "delegate", "negotiator", "representative", "minister"]
)


def _met_person(trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether the meeting verb has a person as its direct object ("met President B",
    "received X"): the person met, at home in the venue."""
    objects = [c for c in trigger.anchor.children if c.dep_ == "dobj"]
    if trigger.token.lemma_.lower() == "receive":  # "was received by President X"
        objects += [g for c in _agent_tokens(trigger.anchor) for g in c.children]
    return any(
        ((m := ctx.mention_at(c)) is not None and m.ref.kind == "person") or c.pos_ == "PROPN"
        for c in objects
    )


def _conjoined_destination(trigger: Trigger, ctx: DocContext) -> Mention | None:
    """``flew to Lusaka and was received by X``: the destination of the verb a meeting verb is
    conjoined to is where the meeting took place."""
    verb = trigger.anchor
    if trigger.type != "MEET" or verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
            for g in prep.children:
                m = ctx.mention_at(g)
                if m is not None and m.state and m.ref.kind in ("place", "state"):
                    return m
    return None


def _plausible_host(venue: str, states: list[str], trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether the state of a meeting's venue may be its missing side (any venue of
    other acts may: "withdrew recognition from the government in Taipei"): a state the text
    names as a state, the home of the person met, or the only candidate ("negotiated in Rome
    with X" in a text about the Holy See and Poland: the Holy See, not Italy)."""
    if trigger.type != "MEET" or venue in ctx.state_keys or _met_person(trigger, ctx):
        return True  # "I met President B in New York": B at home
    before = trigger.token.sent.start_char
    return not recent_states(ctx, before, [*states, venue], 1)


_GROUP_NOUNS = frozenset(
    ["power", "powers", "ally", "allies", "nation", "nations", "member", "members", "signatory",
     "signatories", "state", "states", "country", "countries", "government", "governments"]
)  # fmt: skip
_GROUP_MODIFIERS = frozenset(
    ["three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "several",
     "many", "great", "western", "allied", "occupying", "victorious", "nuclear", "socialist",
     "big", "major", "guarantor", "other", "neighbouring", "neighboring"]
)  # fmt: skip


def names_group(trigger: Trigger, sent: Span | None = None) -> bool:
    """Return whether the trigger's subject is a group of third states named only as a group
    ("the four powers signed", "the Western allies met"): its members are not the document's
    two main states, so the context must not fill them in."""
    subjects = _subject_tokens(trigger.anchor) or list(trigger.token.subtree)
    for t in subjects:
        if sent is not None and not sent.start <= t.i < sent.end:
            continue
        group = t.lemma_.lower() in _GROUP_NOUNS or t.lower_ in _GROUP_NOUNS
        if group and any(c.lower_ in _GROUP_MODIFIERS for c in t.children):
            return True
    return False


def backs_movement(trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a support or aid verb's object is a movement the entities do not know,
    named by an acronym ("supported the MPLA", "backed the FNLA and UNITA"): its country is
    the territory it fought for, often a state only later (the fill may take it)."""
    if trigger.type not in ("EXPRESS_SUPPORT", "PROVIDE_AID"):
        return False
    for obj in trigger.anchor.children:
        if obj.dep_ != "dobj":
            continue
        for t in (obj, *(c for c in obj.children if c.dep_ == "conj")):
            acronym = t.is_alpha and len(t.text) >= 3 and t.text.isupper()
            if acronym and ctx.mention_at(t) is None:
                return True
    return False


def between_states(trigger: Trigger, ctx: DocContext) -> list[str]:
    """Return the states of a "between A and B" phrase on the relations a trigger establishes
    or ends ("notes establishing relations between Mexico and the Kingdom of Spain"): they are
    the pair, whoever else the clause names (empty when fewer than two)."""
    if trigger.type not in ("ESTABLISH_RELATIONS", "END_RELATIONS"):
        return []
    heads = [
        trigger.token,
        *(c for c in trigger.anchor.children if c.dep_ in ("dobj", "nsubjpass")),
    ]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "between":
                continue
            out: list[str] = []
            for m in _mentions_of(list(prep.subtree), ctx):
                if m.ref.kind == "state" and m.state and m.state not in out:
                    out.append(m.state)
            if len(out) >= 2:
                return out
    return []


_NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# "the three governments" (not "the four powers": a group the text need not have named)
_COLLECTIVE_NOUNS = frozenset(
    ["state", "country", "government", "nation", "party", "side", "delegation"]
)  # fmt: skip


def collective_size(trigger: Trigger, sent: Span) -> int:
    """Return N when the trigger's subject names its parties only as "the N delegations",
    "the foreign ministers of the N states", "the N governments" (0 otherwise)."""
    subjects = _subject_tokens(trigger.anchor) or list(trigger.token.subtree)
    for t in subjects:
        if not sent.start <= t.i < sent.end or t.lemma_.lower() not in _COLLECTIVE_NOUNS:
            continue
        dets = {c.lower_ for c in t.children if c.dep_ in ("det", "nummod")}
        size = next((_NUMBER_WORDS[d] for d in dets if d in _NUMBER_WORDS), 0)
        if size and "the" in dets:
            return size
    return 0


def collective_parties(ctx: DocContext, trigger: Trigger, size: int) -> list[str]:
    """Return the ``size`` states "the three delegations" stands for: the last coordination of
    that many states before the trigger in its paragraph ("talks among
    Angola, Cuba and South Africa ... the three delegations signed"), else the states named
    most recently before it, then the document's main states."""
    before = trigger.token.idx
    para = ctx.paragraph_start(before)
    for m in reversed(ctx.mentions):
        if m.start >= trigger.token.i or ctx.doc[m.start].idx < para:
            continue
        group = _coordination_states(m, ctx)
        if len(group) == size:
            return group
    return recent_states(ctx, before, [], size, salient_first=False)


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


def separate_partners(trigger: Trigger, ctx: DocContext) -> list[str]:
    """Return the partner states of plural agreements concluded "with A and B" ("the pacts
    that Moscow concluded with Romania and Hungary"): each is a bilateral agreement. Empty
    when the agreement is singular (one multilateral text) or there are fewer than two."""
    if trigger.type != "SIGN_AGREEMENT":
        return []
    if not any(n.tag_ == "NNS" for n in _agreement_nouns(trigger)):
        return []
    out: list[str] = []
    for prep in trigger.anchor.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for m in _mentions_of(list(prep.subtree), ctx):
            if m.state and m.ref.kind == "state" and m.state not in out:
                out.append(m.state)
    return out if len(out) >= 2 else []


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


@dataclass(frozen=True)
class Remnant:
    """A gapped conjunct of an elliptical coordination ("Italy established relations with us in
    2000, Britain in December"): a state standing for the subject (or the object) of the
    trigger's clause, with its own time, over tokens ``[start, end)``."""

    state: str
    start: int
    end: int
    replaces_subject: bool


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
        if tok.head.i in ids and not any(c.pos_ in ("VERB", "AUX") for c in tok.children):
            heads.append(tok)
            ids.add(tok.i)
    return heads


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
    to Delhi in 1961 and to Karachi in 1964``: further phrases with the preposition of a named
    destination or partner, each with its own time, are further objects of the act."""
    anchor = trigger.anchor
    first = next(
        (
            c
            for c in anchor.children
            if c.dep_ in ("prep", "dative")
            and c.i > anchor.i
            and any(ctx.mention_at(g) is not None for g in c.children)
        ),
        None,
    )
    if first is None:
        return []
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
        out.append(Remnant(state, tok.i, end, False))
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
    for k, head in enumerate(heads):
        m = ctx.mention_at(head)
        assert m is not None and m.state is not None
        end = heads[k + 1].i if k + 1 < len(heads) else sent.end
        if ctx.doc[end - 1].is_punct and end - 1 > m.end:
            end -= 1
        if not ctx.times_in(m.end, end):
            return []
        out.append(Remnant(m.state, m.start, end, replaces_subject))
    return out if ctx.times_in(sent.start, out[0].start) else []


def coordinated_states(trigger: Trigger, ctx: DocContext, sent: Span) -> list[str]:
    """Return the states of the trigger's clause named in one coordination ("Soviet and
    Chinese technicians", "Poland and Hungary")."""
    out: list[str] = []
    for tok in _core_tokens(trigger, ctx, sent):
        m = ctx.mention_at(tok)
        if m is None or tok.i != m.end - 1 or tok.dep_ != "conj" or not m.state:
            continue
        first = ctx.mention_at(tok.head)
        if first is None or not first.state:
            continue
        out.extend(s for s in (first.state, m.state) if s not in out)
    return out


def describes_appositive(trigger: Trigger) -> bool:
    """Return whether the trigger verb lies in a relative clause on an apposition ("concluded a
    Treaty of Friendship, the first such treaty the Soviet Union signed with an African
    state"): the clause describes the noun the apposition renames, an act already stated."""
    verb = trigger.anchor
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.dep_ in ("relcl", "acl")
        and verb.head.dep_ == "appos"
        and verb.head.head.i != verb.head.i
    )


_PRESENCE_NOUNS = frozenset(["presence", "chairmanship", "mediation"])
_PAIR_OF_PEOPLE = frozenset(
    ["men", "leaders", "statesmen", "presidents", "ministers", "premiers", "rulers", "heads"]
)


def _people_pair_subject(trigger: Trigger) -> bool:
    """``the two men met``, ``the two leaders signed``: a subject naming two people without
    their names (the last two people named)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lower_ in _PAIR_OF_PEOPLE
        and any(g.lower_ in ("two", "both") for g in c.children)
        for c in trigger.anchor.children
    )


def presence_holder(trigger: Trigger, ctx: DocContext, sent: Span) -> Mention | None:
    """Return the person in whose presence (or under whose chairmanship) a meeting took place
    when named by a pronoun ("the two men met in his presence"): the person named last before
    the sentence in the paragraph, after the two people a "two men" subject stands for."""
    if trigger.type not in ("MEET", "SIGN_AGREEMENT"):
        return None
    pronoun = next(
        (
            t
            for t in _clause_tokens(trigger.anchor, trigger.token)
            if t.lower_ in ("his", "her")
            and t.dep_ == "poss"
            and t.head.lemma_.lower() in _PRESENCE_NOUNS
        ),
        None,
    )
    if pronoun is None:
        return None
    skip = 2 if _people_pair_subject(trigger) else 0
    para = ctx.paragraph_start(sent.start_char)
    seen: list[str] = []
    for m in reversed(ctx.mentions):
        if m.start >= sent.start or m.ref.kind != "person" or m.ref.key in seen:
            continue
        if ctx.doc[m.start].idx < para:
            break
        if len(seen) == skip:
            return m
        seen.append(m.ref.key)
    return None


_JOINT_WORDS = frozenset(["joint", "jointly", "together", "common", "collective", "collectively"])


def is_joint(trigger: Trigger, sent: Span) -> bool:
    """Return whether the trigger's clause presents the act as done jointly ("in a joint
    statement the two presidents declared their support", "together they backed ...")."""
    return any(
        t.lower_ in _JOINT_WORDS and sent.start <= t.i < sent.end
        for t in _clause_tokens(trigger.anchor, trigger.token)
    )


_ANAPHORIC_NOUNS = frozenset(["country", "government", "nation", "republic", "kingdom"])


def anaphoric_parties(trigger: Trigger, sent: Span) -> bool:
    """Return whether the trigger's clause names a party by a singular definite description
    that points back to the state just mentioned ("sent aid to the country", "its treaty with
    the island"), rather than leaving it unsaid. Plurals ("the two countries") name the
    document's pair as often as the last two states and are left to the salience order."""
    for t in _clause_tokens(trigger.anchor, trigger.token):
        if not sent.start <= t.i < sent.end or t.lemma_.lower() not in _ANAPHORIC_NOUNS:
            continue
        dets = {c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "predet")}
        if (
            t.tag_ == "NN"
            and dets == {"the"}
            and not any(c.dep_ in ("amod", "compound", "prep", "poss") for c in t.children)
        ):
            return True
    return False


_PAIR_NOUNS = frozenset(["countries", "governments", "sides", "nations", "states", "parties"])


def names_the_pair(trigger: Trigger, sent: Span) -> bool:
    """Return whether the trigger's clause names its parties only as a pair ("the two
    governments signed", "both sides agreed")."""
    for t in _clause_tokens(trigger.anchor, trigger.token):
        if (
            sent.start <= t.i < sent.end
            and t.lower_ in _PAIR_NOUNS
            and any(c.lower_ in ("two", "both") for c in t.children)
        ):
            return True
    return False


def recent_states(
    ctx: DocContext, before_char: int, exclude: list[str], limit: int, salient_first: bool = True
) -> list[str]:
    """Return up to ``limit`` states mentioned most recently before ``before_char`` in the same
    paragraph, then the document's most salient states, skipping ``exclude``. With
    ``salient_first`` the document's two main states come before the recent mentions; without
    it the most recent mention comes first (what "the country" points back to)."""
    para = ctx.paragraph_start(before_char)
    out: list[str] = [s for s in ctx.main_states[:2] if s not in exclude] if salient_first else []
    for m in reversed(ctx.mentions):
        char = ctx.doc[m.start].idx
        if char >= before_char:
            continue
        if char < para:
            break
        if m.state and m.state not in exclude and m.state not in out:
            out.append(m.state)
    for s in ctx.main_states:
        if s not in exclude and s not in out:
            out.append(s)
    return out[:limit]


def event_place(trigger: Trigger, ctx: DocContext) -> str | None:
    """Return the place named after "in"/"at" in the trigger's clause, if any."""
    for c in trigger.anchor.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for p in c.children:
                m = ctx.mention_at(p)
                if m is not None and m.ref.kind == "place":
                    return m.ref.name
    return None


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
