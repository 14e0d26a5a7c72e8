"""Arguments of a trigger: its actors, their states and roles, and the states of its doer."""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

from diplomatica.nlp.events.anaphora import antecedent as pronoun_antecedent
from diplomatica.nlp.events.antecedents import (
    condemned_attacker,
    conjoined_pronoun_state,
    guest_pronoun_state,
    object_pronoun_mentions,
    passive_pronoun_state,
    possessor_pronoun_state,
    pronoun_subject_state,
    topic_state,
)
from diplomatica.nlp.events.clauses import (
    agent_tokens,
    assurance_tokens,
    clause_tokens,
    companion_tokens,
    conjoined_stance_tokens,
    contrastive_clause,
    core_tokens,
    framing_clause_tokens,
    instrument_party_tokens,
    mentions_of,
    noun_agent_tokens,
    orphan_subject_tokens,
    parallel_clause_tokens,
    subject_tokens,
    their_meeting_subject,
)
from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.lexicon import PAIR_NOUNS, PERSON_GROUP_NOUNS, SIDE_NOUNS
from diplomatica.nlp.events.non_parties import names_no_party, names_opponent, names_seat
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.envoys import envoy_of_report_place, onward_posting_tokens
from diplomatica.nlp.events.triggers.visits import visit_to_dateline
from diplomatica.nlp.events.triggers.words import RELATION_NOUNS
from diplomatica.nlp.events.venues import (
    conjoined_destination,
    dateline_state,
    in_dateline,
    is_venue,
    joint_subject,
    journey_parties,
    plausible_host,
    state_as_scene,
    where_antecedent,
)
from diplomatica.nlp.types import Actor

_Role = Literal["source", "target", "participant"]


def _role_of(
    m: Mention,
    trigger: Trigger,
    ctx: DocContext,
    subj: set[int],
    agent: set[int],
    passive: bool,
) -> _Role:
    idx = set(range(m.start, m.end))
    if names_opponent(m, trigger, ctx):
        return "participant"  # "backed A against B": B is neither doer nor beneficiary
    if trigger.type in ("SIGN_AGREEMENT", "MEET", "ESTABLISH_RELATIONS", "END_RELATIONS"):
        if trigger.type == "MEET" and trigger.token.lemma_ == "receive":
            return "source" if (agent if passive else subj) & idx else "target"
        return "participant"
    if passive:
        return "source" if agent & idx else "target"
    return "source" if subj & idx else "target"


def _contrasted_target(trigger: Trigger, ctx: DocContext, states: list[str]) -> str | None:
    """``Cuba sent advisers to Ethiopia, while the Soviet Union delivered the weapons``: a
    contrastive clause naming only its doer shares the main clause's other party; return the
    first state named in the main clause outside its subject (``None`` when there is none)."""
    verb = trigger.anchor
    if not contrastive_clause(verb):
        return None
    main = verb.head
    subject = {t.i for t in subject_tokens(main)}
    rest = [t for t in clause_tokens(main, main, ctx) if t.i not in subject]
    for m in mentions_of(sorted(rest, key=lambda t: t.i), ctx):
        if m.state and m.state not in states and m.ref.kind in ("state", "place"):
            return m.state
    return None


# Acts whose partner a relative clause leaves to its antecedent ("relations, which B broke off").
_RELATIVE_PARTNER_TYPES = frozenset(
    ["END_RELATIONS", "ESTABLISH_RELATIONS", "TERMINATE_AGREEMENT", "SIGN_AGREEMENT"]
)


def _antecedent_partner(trigger: Trigger, ctx: DocContext, states: list[str]) -> str | None:
    """``A and B had restored relations, which B had broken off in 1952``: a relative clause
    on the object of a clause whose subject names the pair shares that pair; return the
    first state of the governing clause's subject other than ``states`` (``None`` when the
    trigger is no such relative clause or the subject names no other state)."""
    verb = trigger.anchor
    if trigger.type not in _RELATIVE_PARTNER_TYPES or verb.dep_ != "relcl":
        return None
    noun = verb.head
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = sorted(subject_tokens(noun.head), key=lambda t: t.i)
    for m in mentions_of(subject, ctx):
        if m.state and m.state not in states and m.ref.kind == "state":
            return m.state
    return None


# Prepositions framing a nominal visit as the time of the clause's act: "signed X during a
# visit to Y", "on a visit to Y he met Z".
_FRAMING_PREPS = frozenset(["during", "on", "in"])


def _framing_subject(trigger: Trigger, sent: Span | None) -> list[Token]:
    """``A signed a treaty with B during a visit to C``: the visitor of a nominal visit with no
    doer of its own, framing the act of its clause, is that clause's subject (the words the
    parser left before a subjectless verb of ``sent``, without the visit's phrase); return its
    tokens (empty when the visit is no such frame)."""
    noun = trigger.token
    if trigger.type != "VISIT" or noun.pos_ != "NOUN" or noun_agent_tokens(noun):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return []  # "during a visit to China by Tanaka": the visit names its visitor
    prep = noun.head
    cut = {t.i for t in prep.subtree}  # the visit's own phrase
    if noun.dep_ == "pobj" and prep.lower_ == "on" and _on_a_visit_subject(prep):
        # "the Soviet leaders A and B, on a visit to Kabul, supported ...": the subject the
        # phrase describes is the visitor
        return [t for t in prep.head.subtree if t.i not in cut]
    if noun.dep_ == "pobj" and prep.lower_ in _FRAMING_PREPS:
        guest = _relative_guest(prep.head)
        if guest:
            return guest
    if noun.dep_ != "pobj" or prep.lower_ not in _FRAMING_PREPS or prep.head.pos_ != "VERB":
        return []
    subject = [t for t in subject_tokens(prep.head) if t.dep_ in ("nsubj", "nsubjpass")]
    if not subject and sent is not None and _after_comma(prep):
        # "the Soviet leaders A and B, on a visit to Kabul, supported", the subject misparsed:
        # the words before the verb, without the visit's phrase
        return [t for t in orphan_subject_tokens(prep.head, sent) if t.i not in cut]
    # "Diplomatic relations between A and B were established during a visit": no visitor;
    # "the Brazilian foreign minister, on a visit to Lima, signed": a holder of an office is
    visitors = [s for s in subject if s.pos_ == "PROPN" or s.lemma_.lower() in PERSON_GROUP_NOUNS]
    return sorted((t for s in visitors for t in s.subtree), key=lambda t: t.i)


def _relative_guest(clause: Token) -> list[Token]:
    """``Jiang, who is on a state visit to Russia``, ``Tanaka, who was in Peking on an official
    visit``: a visit framing a "who" clause of being is made by the person the clause describes;
    return the antecedent's tokens without the clause (empty for any other clause)."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() != "be":
        return []
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
        return []
    person = clause.head
    if person.pos_ != "PROPN" and person.lemma_.lower() not in PERSON_GROUP_NOUNS:
        return []
    cut = {t.i for t in clause.subtree}
    return [t for t in person.subtree if t.i not in cut]


def _whose_owner(trigger: Trigger) -> list[Token]:
    """``President Clinton, whose administration has backed Kim's policy``: the doer of a
    "whose" clause whose subject is the owner's government or people is the owner; return the
    owner's tokens (without the clause; empty when the clause has no such subject)."""
    verb = trigger.anchor
    if verb.dep_ != "relcl" or trigger.type not in ("EXPRESS_SUPPORT", "PROVIDE_AID"):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(c.lower_ == "whose" for s in subjects for c in s.children if c.dep_ == "poss"):
        return []
    cut = {t.i for t in verb.subtree}
    return [t for t in verb.head.subtree if t.i not in cut]


def _on_a_visit_subject(prep: Token) -> bool:
    """Return whether an "on" phrase set off by commas describes the subject of a verb ("the
    leaders, on a visit to Kabul, supported")."""
    subject = prep.head
    return (
        subject.pos_ in ("NOUN", "PROPN")
        and subject.dep_ in ("nsubj", "nsubjpass")
        and prep.i > subject.i
        and _after_comma(prep)
    )


def _after_comma(token: Token) -> bool:
    """Return whether ``token`` comes right after a comma (a phrase set off by commas)."""
    return token.i > 0 and token.doc[token.i - 1].text == ","


# What event_actors returns: actors, states, whether "both sides" occurs, the doer's states.
EventArguments = tuple[list[Actor], list[str], bool, list[str]]


def event_actors(trigger: Trigger, ctx: DocContext, sent: Span | None = None) -> EventArguments:
    """Return the actors, the ISO3 states, whether "both sides"-like phrases occur and the
    states of the subject (the agent of passives). ``sent``, the sentence segment, bounds the
    clause and lets a subject the parser misattached be found."""
    core = _without_parallel_clause(core_tokens(trigger, ctx, sent), trigger, ctx)
    core = _with_instrument_parties(core, trigger, ctx, sent)
    if trigger.type == "RECALL_ENVOY":
        onward = onward_posting_tokens(trigger.anchor)
        core = [t for t in core if t.i not in onward]
    passive = any(c.dep_ == "auxpass" for c in trigger.anchor.children)
    subj = _subject_indices(trigger, sent)
    agent = {t.i for t in agent_tokens(trigger.anchor)}
    actors: list[Actor] = []
    states: list[str] = []
    venues: list[str] = []
    sources: list[str] = []
    for m in mentions_of(core, ctx):
        if names_no_party(m, trigger, ctx):
            continue
        located = (
            m.ref.kind == "place"
            or names_seat(m, ctx)
            or joint_subject(trigger)
            or in_dateline(m, ctx)
            or state_as_scene(m, trigger, ctx)
        )
        if located and is_venue(m, trigger, ctx):
            # "met in Geneva", "signed in Moscow": the venue is a party only when nobody else is
            if m.state and m.state not in venues:
                venues.append(m.state)
            continue
        role = _role_of(m, trigger, ctx, subj, agent, passive)
        idx = set(range(m.start, m.end))
        if m.state and m.state not in sources and (agent if passive else subj) & idx:
            sources.append(m.state)
        kind = "organization" if m.ref.kind == "organization" else m.ref.kind
        if kind != "place" and not any(a.id == m.ref.key and a.role == role for a in actors):
            actors.append(Actor(m.ref.name, m.ref.key, kind, m.state, role))
        if m.state and m.state not in states:
            states.append(m.state)
    if not sources:
        for m in mentions_of(_framing_subject(trigger, sent) + _whose_owner(trigger), ctx):
            if m.state and m.ref.kind in ("person", "state") and m.state not in sources:
                sources.append(m.state)
                actors.append(Actor(m.ref.name, m.ref.key, m.ref.kind, m.state, "source"))
                if m.state not in states:
                    states.insert(0, m.state)
    if sent is not None:
        for m in object_pronoun_mentions(core, ctx, sent, subj):
            if not any(a.id == m.ref.key for a in actors):
                role = _role_of(m, trigger, ctx, set(), set(), False)
                actors.append(Actor(m.ref.name, m.ref.key, "person", m.state, role))
            if m.state and m.state not in states:
                states.append(m.state)
    if states and visit_to_dateline(trigger):
        # "Keating flew in for the ceremony" (filed at Nong Khai)
        filed_in = dateline_state(ctx)
        if filed_in is not None and filed_in not in states:
            states.append(filed_in)
    if len(states) == 1 and envoy_of_report_place(trigger.type, trigger.anchor, core):
        # "Dr. X, the German Ambassador, was recalled" (filed at Washington)
        filed_in = dateline_state(ctx)
        if filed_in is not None and filed_in not in states:
            states.append(filed_in)
    if len(states) == 1:
        shared = _contrasted_target(trigger, ctx, states) or _antecedent_partner(
            trigger, ctx, states
        )
        if shared is not None:
            states.append(shared)
    if sent is not None:
        _add_unnamed_parties(trigger, ctx, sent, subj, states, sources)
        if len(states) >= 2:
            # the backer and the backed are known: the state the same breath condemns or
            # makes a demand of, or the invader told before, is the opponent
            _add_opponents(trigger, ctx, sent, states)
    if not states:
        states.extend(journey_parties(trigger, ctx))
    if not states and sent is not None:
        states.extend(_antecedent_pair(trigger, ctx, sent))
    sides = _names_sides(core)
    # "the two countries met in Warsaw", "officials met in Bern": with no side named, the
    # sides come from the context and the venue is neutral ground; with one side named ("X was
    # received in Moscow"), the venue is the other side.
    destination = conjoined_destination(trigger, ctx)
    for where in (where_antecedent(trigger, ctx), destination):
        if where is not None and where.state and where.state not in venues:
            venues.append(where.state)
    if len(states) == 1 and not sides and not _neutral_ground(trigger, actors, core):
        for venue in venues:
            if len(states) >= 2:
                break
            # the traveller went to his host: a journey's end needs no other evidence
            host = destination is not None and venue == destination.state
            if venue not in states and (host or plausible_host(venue, states, trigger, ctx)):
                states.append(venue)
    return actors, states, sides, sources


def _with_instrument_parties(
    core: list[Token], trigger: Trigger, ctx: DocContext, sent: Span | None
) -> list[Token]:
    """``By the treaty signed in Baghdad in 1972, A and B ...``: a signing whose own clause
    names fewer than two states, of an agreement told as the means of another act, takes its
    parties from that act (see :func:`instrument_party_tokens`)."""
    extra = [t for t in instrument_party_tokens(trigger) if sent is None or t in sent]
    if not extra:
        return core
    named = {m.state for m in mentions_of(core, ctx) if m.state and m.ref.kind == "state"}
    if len(named) >= 2:
        return core
    seen = {t.i for t in core}
    return sorted([*core, *(t for t in extra if t.i not in seen)], key=lambda t: t.i)


def _add_opponents(trigger: Trigger, ctx: DocContext, sent: Span, states: list[str]) -> None:
    """Add to ``states`` the opponents a support names in the same breath ("backed X and
    demanded that Y withdraw", "stood with X and condemned the Chilean junta") or, for "condemned
    the invasion", the invader told before."""
    tokens = [t for t in conjoined_stance_tokens(trigger) if sent.start <= t.i < sent.end]
    for m in mentions_of(tokens, ctx):
        if m.state and m.ref.kind == "state" and m.state not in states:
            states.append(m.state)
    attacker = condemned_attacker(trigger, ctx, sent)
    if attacker is not None and attacker not in states:
        states.append(attacker)


def _antecedent_pair(trigger: Trigger, ctx: DocContext, sent: Span) -> list[str]:
    """``Guinea broke off relations with France. They were restored in 1975``: a trigger on a
    pronoun of this sentence whose antecedent stands in an earlier sentence acts on the
    relations of that sentence's pair; return the two states the antecedent's phrase and its
    clause's subject name (empty unless they name exactly two)."""
    noun: Token | None = trigger.token
    if trigger.anchor.i < sent.start:
        return []
    if noun is None or noun.i >= sent.start:
        pronoun = next((c for c in trigger.anchor.children if c.lower_ in ("they", "it")), None)
        noun = (
            pronoun_antecedent(pronoun)
            if pronoun is not None and pronoun.dep_ == "nsubjpass"
            else None
        )
    if noun is None or noun.i >= sent.start or noun.lemma_.lower() not in RELATION_NOUNS:
        return []
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    tokens = [*noun.subtree, *subject_tokens(verb)]
    kept = sorted((t for t in tokens if t.i not in trigger.excluded), key=lambda t: t.i)
    named = list(dict.fromkeys(m.state for m in mentions_of(kept, ctx) if m.state))
    return named if len(named) == 2 else []


def _without_parallel_clause(core: list[Token], trigger: Trigger, ctx: DocContext) -> list[Token]:
    """Return ``core`` without the tokens of a "while" clause or a "when"/"as"/"after" clause
    with its own subject (see :func:`parallel_clause_tokens`, :func:`framing_clause_tokens`)
    when the rest names two states or more: the act has its parties, and the clause's belong
    to the act it tells of ("while A armed B, C sent D arms", "when A routed B, C sent B
    arms"). A clause completing a one-sided act ("while X was in Moscow, he signed") stays."""
    side = parallel_clause_tokens(trigger.anchor, trigger.token) | framing_clause_tokens(
        trigger.anchor, trigger.token
    )
    if not side:
        return core
    rest = [t for t in core if t.i not in side]
    named = {m.state for m in mentions_of(rest, ctx) if m.state}
    return rest if len(named) >= 2 else core


def _subject_indices(trigger: Trigger, sent: Span | None) -> set[int]:
    """Return the token indices of the trigger's doer: its clause's subject, the possessor or
    "of" phrase of a nominal act, a subject the parser attached elsewhere; inside ``sent``
    when given."""
    subj = {t.i for t in subject_tokens(trigger.anchor)}
    if trigger.token.i in subj and trigger.token.pos_ in ("NOUN", "PROPN"):
        # "the last visit of X to Y was ...": the noun's own phrase is no subject of it; nor
        # is a subject coordinated with it ("his visit to A and X's stop in B had given ..."),
        # the doer of another act
        subj -= {t.i for t in trigger.token.subtree}
        subj -= {
            t.i
            for s in trigger.token.head.children
            if s.dep_ == trigger.token.dep_ and s.i != trigger.token.i
            for t in s.subtree
        }
    own = noun_agent_tokens(trigger.token)
    doc = trigger.token.doc
    named = any(doc[i].pos_ != "PRON" for i in own)
    if named and trigger.token.i != trigger.anchor.i:
        # "The Soviet side remembered the visit of Pearson to Moscow": a nominal act naming
        # its doer is not done by the subject of the verb it hangs on ("X declared its
        # support" is X's)
        subj -= {t.i for t in subject_tokens(trigger.anchor)}
    subj |= own
    subj |= {t.i for t in assurance_tokens(trigger)[0]}
    subj |= {t.i for t in their_meeting_subject(trigger)}
    if trigger.type == "VISIT" and trigger.token.i == trigger.anchor.i:
        subj |= {t.i for t in companion_tokens(trigger.anchor)}
    if sent is not None:
        subj |= {t.i for t in orphan_subject_tokens(trigger.anchor, sent)}
        subj = {i for i in subj if sent.start <= i < sent.end}
    return subj


def _add_unnamed_parties(
    trigger: Trigger,
    ctx: DocContext,
    sent: Span,
    subj: set[int],
    states: list[str],
    sources: list[str],
) -> None:
    """Add to ``states`` (and ``sources``) the parties the clause leaves to the context: the
    topic of the previous sentence for a participle naming only a partner, the person "he was
    received" stands for, the state or person a pronoun subject continues."""
    if len(states) == 1 and trigger.type == "MEET":
        guest = guest_pronoun_state(trigger, ctx, sent)  # "X granted her an audience"
        if guest is not None and guest not in states:
            states.append(guest)
    if len(states) == 1:
        topic = topic_state(trigger, ctx, sent)
        if topic is not None and topic not in states:
            states.insert(0, topic)
    passive = any(c.dep_ == "auxpass" for c in trigger.anchor.children)
    if passive and sources and len(states) == 1:
        received = passive_pronoun_state(trigger, ctx, sent)
        if received is not None and received not in states:
            states.append(received)
    if not sources:
        antecedent = pronoun_subject_state(trigger, ctx, sent, subj) or possessor_pronoun_state(
            trigger, ctx, sent, subj
        )
        if antecedent is not None:
            sources.append(antecedent)
            if antecedent not in states:
                states.insert(0, antecedent)
    else:
        # "he and President X held talks": the pronoun's person joins the named doer
        joined = conjoined_pronoun_state(ctx, sent, subj)
        if joined is not None and joined not in states:
            sources.append(joined)
            states.insert(0, joined)


def _names_sides(core: list[Token]) -> bool:
    """Return whether the clause names its parties as sides ("both sides", "the two
    countries", "each", "they") rather than by name."""
    return any(
        (t.lemma_.lower() in SIDE_NOUNS or t.lower_ in PAIR_NOUNS)
        and any(c.lower_ in ("both", "two", "the", "each") for c in t.children)
        for t in core
    ) or any(t.lower_ in ("they", "both", "each") for t in core)


def _neutral_ground(trigger: Trigger, actors: list[Actor], core: list[Token]) -> bool:
    """Return whether a meeting's venue is neutral ground rather than its missing side: two
    named people presented as the sides' representatives ("Talks between the foreign
    ministers, A and B, opened in Geneva") are the two sides even when only one's state is
    known, and so is a subject holding both sides (see :func:`joint_subject`). One person met
    is at home ("I met President B in New York")."""
    people = {a.id for a in actors if a.kind == "person"}
    group = any(t.tag_ == "NNS" and t.lemma_.lower() in PERSON_GROUP_NOUNS for t in core)
    return (len(people) >= 2 and group) or joint_subject(trigger)


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
