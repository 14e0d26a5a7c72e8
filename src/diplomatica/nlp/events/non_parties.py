"""Mentions inside a trigger's clause that name no party of its act: a seat, a vehicle, a
currency, a war, a language, a post, a circumstance, a description of another state."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.lexicon import (
    AGREEMENT_NOUNS,
    CURRENCY_NOUNS,
    ONWARD_VERBS,
    SIGNED_TEXT_NOUNS,
    VISIT_MOTION_VERBS,
)
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.syntax import first_conjunct
from diplomatica.nlp.events.triggers.visits import arrival_particles
from diplomatica.nlp.gazetteer import FORMER_WORDS, load_gazetteer

# How a name modifies a noun: "the Swedish capital", "US dollars", "a Pakistani aircraft"; with
# a possessive also "Sweden's capital".
_MODIFIER = frozenset(["amod", "compound", "nmod"])
_MODIFIER_OR_POSSESSIVE = _MODIFIER | {"poss"}
_SEAT_MODIFIER = frozenset(["amod", "compound", "poss"])


def _modified_noun(m: Mention, ctx: DocContext, deps: frozenset[str]) -> Token | None:
    """Return the noun the mention's last word modifies through one of ``deps`` (None when it
    modifies none)."""
    last = ctx.doc[m.end - 1]
    return last.head if last.dep_ in deps else None


def _modifies(m: Mention, ctx: DocContext, deps: frozenset[str], nouns: frozenset[str]) -> bool:
    """Return whether the mention modifies, through one of ``deps``, a noun whose lemma is one
    of ``nouns``."""
    noun = _modified_noun(m, ctx, deps)
    return noun is not None and noun.lemma_.lower() in nouns


def names_no_party(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a mention in the trigger's clause names no party of its act: a place of
    no state, the adversary of a support, the post of a person, a traveller's origin or craft,
    a currency, a war, a language, a description of another state, a circumstance, a place
    on the way, a precedent, a diplomat's post, the scene of a participle."""
    place = m.ref.kind == "place"
    return (
        (place and m.state is None)
        # "supports the revolution against US pressure": the adversary
        or (
            trigger.type == "EXPRESS_SUPPORT"
            and _opposed(m, trigger, ctx)
            and not names_opponent(m, trigger, ctx)
        )
        # "Arthur Andrew, the ambassador to Sweden": his post is no party
        or (m.ref.kind == "person" and _state_of_post(m, ctx))
        or (trigger.type == "VISIT" and _is_origin(m, trigger, ctx))
        # "since you arrived from Moscow we have stood with you": where he came from
        or _origin_of_other_journey(m, trigger, ctx)
        # "arrived in Buenos Aires before flying on to Santiago": the next stop's host
        or _next_leg_destination(m, trigger, ctx)
        or _names_currency(m, ctx)
        # "backed Hanoi against the Chinese invasion": the invader is the opponent, a party
        or (_names_war(m, trigger, ctx) and not names_opponent(m, trigger, ctx))
        or _names_language(m, ctx)
        # "aboard a Pakistani aircraft": the craft, not the host; "a truce was concluded
        # aboard the American transport X": the craft, not a signatory
        or (trigger.type in _VENUE_CRAFT_TYPES and _names_vehicle(m, ctx))
        # "Albania, Belgrade's closest client, ...": a description
        or _in_state_apposition(m, trigger, ctx)
        or _parenthetical_after_subject(m, trigger, ctx)
        # "under British mediation", "the Algiers Agreement": no party
        or _under_circumstance(m, trigger, ctx)
        # "At Washington's suggestion the two governments restored relations": the prompter
        or _prompter(m, trigger, ctx)
        # "established relations with X, to the irritation of East Berlin": an onlooker
        or _onlooker(m, trigger, ctx)
        or _names_agreement_place(m, ctx)
        # "concluded an agreement on Yemen": what it settles, not who signs it
        or _topic_of_agreement(m, ctx)
        # "broke relations with Britain over Rhodesia": what the rupture was about
        or (trigger.type in _PROTEST_TYPES and _cause_of_act(m, trigger, ctx))
        # "talked with X about China": what the talks were about, not who held them
        or (trigger.type == "MEET" and _topic_of_talks(m, trigger, ctx))
        # "in Peking on his way to Hanoi": not yet there
        or _on_the_way(m, ctx)
        # "was recalled to Djakarta", "withdrew its ambassador to Nairobi": where he went
        or (trigger.type == "RECALL_ENVOY" and _recalled_to(m, trigger, ctx))
        or _precedent(m, ctx)
        # "recognised Israel shortly after the Soviet Union": who did the same earlier
        or (trigger.type in _RELATIONS_TYPES and _earlier_or_later_doer(m, trigger, ctx))
        # "negotiated with your ambassador in London": his post, not a party
        or (place and _post_of_person(m, ctx))
        # "the Council, meeting in Sofia, expelled ...": the scene, never a party
        or (place and _circumstance_place(m, trigger, ctx))
        # "led by X, the ambassador to Sweden": X's post, not a party
        or _described_post(m, ctx)
        # "the American-led coalition in Iraq": where the force of the leading state acts
        or _theatre_of_led_force(m, ctx)
        # "signed a treaty, strengthening Moscow's hand along China's frontier": a consequence
        or _in_consequence_participle(m, trigger, ctx)
        # "trained guerrillas at camps in Zaire": where the site of the act lies
        or (trigger.type not in HOST_IS_PARTY and _locates_a_site(m, ctx))
        # "Shevardnadze, the former Soviet foreign minister, met ...": a past office's state
        or _state_of_former_office(m, ctx)
        # "flew arms to the MPLA through Brazzaville": the route of the goods
        or (trigger.type == "PROVIDE_AID" and _route_city(m, ctx))
        # "troops entered Lebanon to help the government against the Palestinian militias"
        or (trigger.type == "PROVIDE_AID" and _aided_against(m, ctx))
        # "at the Congress of the CPSU in Moscow he defended X": the forum, not a side
        or (trigger.type == "EXPRESS_SUPPORT" and _forum_of_stance(m, ctx))
        # "the Soviet Union, not Libya, was supplying the weapons": the state set aside
        or _negated_contrast(m, ctx)
        # "together with the rest of the Warsaw Pact except Romania": the state left out
        or _excepted(m, ctx)
        # "Pestkovsky, a Polish-born Bolshevik, opened the legation": a birthplace
        or _birthplace(m, ctx)
        # "backed Koizumi's trip to Pyongyang": where the backed party's act goes
        or (trigger.type == "EXPRESS_SUPPORT" and _topic_of_owned_stance(m, trigger, ctx))
    )


def _birthplace(m: Mention, ctx: DocContext) -> bool:
    """``a Polish-born Bolshevik``, ``the German-born diplomat``: a nationality joined to "born"
    tells where a person was born, not a party of his act."""
    doc = ctx.doc
    after = [t.lower_ for t in doc[m.end : m.end + 2]]
    return after[:1] == ["-born"] or after == ["-", "born"]


# Stances whose "to"/"of" object a backer takes on too: a claim or demand names the opponent
# ("supported Cuba's demand that the US lift its embargo", "Iraq's claim to Kuwait").
_CONTESTED_NOUNS = frozenset(
    ["claim", "claims", "demand", "demands", "complaint", "complaints", "protest", "grievance"]
)


# Prepositions by which a stance names its topic: "trip to X", "call for a boycott of X".
_STANCE_TOPIC_PREPS = frozenset(["to", "for", "of", "with", "on", "towards", "toward", "between"])


def _topic_of_owned_stance(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``backed Koizumi's trip to Pyongyang``, ``backed Carter's call for a boycott of the
    Moscow Olympic Games``, ``supported X's call for a dialogue with South Africa``: a state
    named in a prepositional phrase under the backed object, when a named party owns that
    object (a possessor that is a mention), is the topic of the backed party's act, not a side
    of the support (a claim or demand, whose object is the opposed state, excepted)."""
    node = ctx.doc[m.end - 1]
    top: Token | None = None  # the highest preposition on the way up
    below: Token | None = None  # the one under it
    backed: Token | None = None  # the noun the highest preposition hangs on
    for _ in range(10):
        head = node.head
        if head.i == node.i or node.i in (trigger.token.i, trigger.anchor.i):
            return False
        if node.dep_ == "prep":
            if node.lower_ not in _STANCE_TOPIC_PREPS:
                return False
            below, top = top, node
        if head.i in (trigger.token.i, trigger.anchor.i):
            if node.dep_ == "prep" and node.lower_ == "to":
                return _after_owned_object(node, ctx)  # the parser hung "to X" on the verb
            if node.dep_ == "prep" and node.lower_ == "for" and head.pos_ == "NOUN":
                # "its support for China's position on Taiwan": the noun of support's object
                return (
                    below is not None
                    and backed is not None
                    and below.head.i == backed.i
                    and _owned_by_party(backed, ctx)
                )
            # "the proposals of the GDR government": the owner itself is the side backed
            owner = top is not None and top.lower_ == "of" and top.head.i == node.i
            return (
                top is not None and not owner and node.dep_ == "dobj" and _owned_by_party(node, ctx)
            )
        if node.dep_ == "pobj":
            backed = node
        node = head
    return False


def _after_owned_object(prep: Token, ctx: DocContext) -> bool:
    """``backed [Koizumi's trip] [to Pyongyang]``: a "to" phrase the parser hung on the support
    verb right after its object owned by a named party belongs to that object."""
    return any(
        c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i and _owned_by_party(c, ctx)
        for c in prep.head.children
    )


def _owned_by_party(noun: Token, ctx: DocContext) -> bool:
    """Return whether a backed noun (not a claim or demand) has a possessor or an "of" owner
    naming a party ("Koizumi's trip", "Carter's call", "the proposals of the GDR
    government")."""
    if noun.lemma_.lower() in _CONTESTED_NOUNS:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"] + [
        o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
    ]
    return any(o.pos_ in ("PROPN", "NOUN") and _names_party(o, ctx) for o in owners)


def _names_party(owner: Token, ctx: DocContext) -> bool:
    """Return whether an owner names a party: a mention ("Koizumi's"), or a government or
    party qualified by one ("the GDR government")."""
    return any(
        ctx.mention_at(t) is not None
        for t in [owner, *(c for c in owner.children if c.dep_ in ("compound", "amod"))]
    )


# Prepositions leaving a state out of a group: "the whole bloc except Romania".
_EXCEPTING_PREPS = frozenset(["except", "excepting", "save", "barring"])


def _excepted(m: Mention, ctx: DocContext) -> bool:
    """``the rest of the Warsaw Pact except Romania``, ``every member apart from Cuba``, ``a
    member other than the Soviet Union``, ``with the exception of Albania``: a state (or one
    of a list of states) left out of the group the clause speaks of takes no part in its act."""
    return excepted(ctx.doc[m.end - 1])


def excepted(word: Token) -> bool:
    """Return whether ``word`` is (a conjunct of) the object of a phrase leaving it out of a
    group: "except Romania", "apart from Cuba", "other than the Soviet Union", "with the
    exception of Albania"."""
    node = word
    for _ in range(6):  # "except Romania and Albania": the first conjunct's phrase
        if node.dep_ not in ("conj", "appos") or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "pobj":
        return False
    prep = node.head
    before = prep.nbor(-1).lower_ if prep.i > 0 else ""
    return (
        prep.lower_ in _EXCEPTING_PREPS
        or (prep.lower_ == "from" and before == "apart")
        or (prep.lower_ == "than" and before == "other")
        or (prep.lower_ == "of" and prep.head.lower_ == "exception")
    )


def _negated_contrast(m: Mention, ctx: DocContext) -> bool:
    """``the Soviet Union, not Libya, was supplying most of the weapons``: a state right after
    a negating "not" beside the one that acts is set aside ("not only Egypt but also Syria"
    has "only" between)."""
    before = ctx.doc[m.start - 1] if m.start > 0 else None
    return before is not None and before.lower_ == "not" and before.dep_ == "neg"


# Gatherings in which a stance is taken: "at the Congress of the CPSU", "at the conference".
_FORUM_NOUNS = frozenset(
    ["congress", "conference", "session", "meeting", "summit", "plenum", "assembly", "council"]
)


def _forum_of_stance(m: Mention, ctx: DocContext) -> bool:
    """``at the Twenty-Second Congress of the CPSU in Moscow, he defended the Albanian
    party``: the body holding the gathering, and its place, named in an "at" phrase framing
    the support, are the forum of the stance, not its sides."""
    node = ctx.doc[m.start]
    while node.head.i != node.i:
        head = node.head
        if head.lower_ == "at" and head.dep_ == "prep" and node.dep_ == "pobj":
            return node.lemma_.lower() in _FORUM_NOUNS and node.i < m.start
        if head.pos_ in ("VERB", "AUX"):
            return False
        node = head
    return False


def _aided_against(m: Mention, ctx: DocContext) -> bool:
    """``to help the government against the Palestinian and leftist militias``, ``arms to
    fight against Ethiopia``: the side aid is given against is no party of the aid (its donor
    and recipient are)."""
    node = ctx.doc[m.end - 1]
    if node.dep_ in ("amod", "compound", "poss") and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "the Palestinian militias"
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ == "against"


def _route_city(m: Mention, ctx: DocContext) -> bool:
    """``flew arms to the MPLA through Brazzaville``, ``shipped via Dar es Salaam``: a city
    (not a state named as such) in a "through"/"via" phrase is the route, not a party; so is a
    state when the clause names the recipient with "to" ("supplied arms to the FNLA through
    neighbouring Zaire")."""
    last = ctx.doc[m.end - 1]
    if last.dep_ != "pobj" or last.head.lower_ not in ("through", "via"):
        return False
    return m.ref.kind == "place" or _names_recipient(last.head.head)


def _names_recipient(gov: Token) -> bool:
    """Return whether a verb (or noun) of giving names a recipient with "to", on itself or on
    its object ("supplying money and arms to the FNLA")."""
    heads = [gov, *(c for c in gov.children if c.dep_ == "dobj")]
    return any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
        for h in heads
        for c in h.children
    )


def _state_of_former_office(m: Mention, ctx: DocContext) -> bool:
    """``Shevardnadze, the former Soviet foreign minister``: a state since dissolved qualifying
    an office its holder no longer holds names no party of what he does now (a standing state,
    "the former U.S. defence secretary", is still his own)."""
    state = load_gazetteer().states.get(m.state) if m.state else None
    if state is None or state.valid_to is None:
        return False
    noun = _modified_noun(m, ctx, _MODIFIER)
    while noun is not None and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "the former Soviet foreign minister": up to "minister"
    return noun is not None and any(c.lower_ in FORMER_WORDS for c in noun.children)


# Acts whose place is a party: the host of a visit, the post of an envoy or mission.
HOST_IS_PARTY = frozenset(
    ["VISIT", "APPOINT_ENVOY", "RECALL_ENVOY", "OPEN_MISSION", "CLOSE_MISSION", "EXPEL"]
)


def _locates_a_site(m: Mention, ctx: DocContext) -> bool:
    """``trained guerrillas at camps in Zaire``: a state in the "in" phrase of a common noun
    that is itself the object of "at"/"in" says where the site of the act lies."""
    last = ctx.doc[m.end - 1]
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    site = prep.head
    return (
        site.pos_ == "NOUN"
        and site.dep_ == "pobj"
        and site.head.lower_ in ("at", "in")
        and ctx.mention_at(site) is None
    )


def _in_consequence_participle(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``A and B signed a treaty today, strengthening A's hand along C's frontier``: a mention
    inside a subjectless present participle that follows the trigger's verb and hangs on it
    states a consequence of the act; its states are no parties."""
    verb = trigger.anchor
    node = ctx.doc[m.start]
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    return (
        node.head.i == verb.i
        and node.i > verb.i
        and node.i != trigger.token.i
        and node.dep_ == "advcl"
        and _circumstantial_participle(node)
    )


def _led_by_a_state(noun: Token, ctx: DocContext) -> bool:
    """``the British-led mission``, ``a force led by Australia``: a noun whose leader is a
    named state."""
    for c in noun.children:
        if c.lemma_.lower() != "lead" or c.dep_ not in ("amod", "acl"):
            continue
        leaders = [g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")]
        leaders += [x for g in c.children if g.dep_ == "agent" for x in g.children]
        if any((lm := ctx.mention_at(t)) is not None and lm.state for t in leaders):
            return True
    return False


def _theatre_of_led_force(m: Mention, ctx: DocContext) -> bool:
    """``backed the American-led coalition in Iraq``: the place where a force led by a named
    state operates is its theatre, not a party (the leading state is)."""
    prep = ctx.doc[m.end - 1].head
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    return prep.head.pos_ == "NOUN" and _led_by_a_state(prep.head, ctx)


def _precedent(m: Mention, ctx: DocContext) -> bool:
    """``the second state to do so after Burma``: a state that did the same earlier."""
    prep = ctx.doc[m.end - 1].head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("after", "before")
        and (prep.head.lemma_.lower() == "do" or any(c.lower_ == "so" for c in prep.children))
    )


# Acts on relations, which a state named as "after X" did the same as X.
_RELATIONS_TYPES = frozenset(["ESTABLISH_RELATIONS", "END_RELATIONS"])


def _earlier_or_later_doer(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``recognised Israel shortly after the Soviet Union``, ``weeks before Britain``: a state
    as the bare object of "after"/"before" on the act's verb did the same act at another
    time; it is no partner of this one."""
    word = ctx.doc[m.end - 1]
    while word.dep_ == "conj":
        word = word.head
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in ("after", "before") or m.ref.kind != "state":
        return False
    return prep.head.i == trigger.anchor.i


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


def names_seat(m: Mention, ctx: DocContext) -> bool:
    """``the Swedish capital``: a state name modifying a seat noun names a place."""
    return _modifies(m, ctx, _SEAT_MODIFIER, _SEATS)


_POSTED_PEOPLE = frozenset(
    ["ambassador", "envoy", "minister", "representative", "consul", "chargé", "charge", "attaché"]
)


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


# Measures a body takes against one of its members or a state, by the preposition naming the
# state struck ("the suspension of Syria", "sanctions on Iraq"; "the sanctions of the US" names
# their doer): whoever is against the measure stands by that state.
_PUNITIVE_NOUNS = {
    "of": frozenset(
        ["suspension", "expulsion", "exclusion", "isolation", "condemnation", "censure"]
    ),
    "on": frozenset(["sanction", "embargo", "boycott"]),
    "against": frozenset(["sanction", "embargo", "boycott"]),
}


def _struck_by_measure(node: Token) -> bool:
    """``against the suspension of Syria``, ``against sanctions on Iraq``: return whether a
    name is the object of the phrase of a punitive measure noun naming the state it strikes
    (whom a vote against the measure supports)."""
    prep = node.head
    nouns = _PUNITIVE_NOUNS.get(prep.lower_, frozenset())
    return node.dep_ == "pobj" and prep.head.lemma_.lower() in nouns


def _opposed(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a mention lies in an "against" phrase below the trigger ("supports the
    Cuban revolution against the pressure of the US") or in the conflict a side is taken in
    ("sided with Moscow in the quarrel between Moscow and Beijing"): no party of the support.
    The state a punitive measure strikes ("voted against the suspension of Syria") is the
    side supported."""
    node = ctx.doc[m.end - 1]
    for _ in range(8):
        if node.i in (trigger.token.i, trigger.anchor.i) or node.head.i == node.i:
            return False
        if _struck_by_measure(node):
            return False
        if node.dep_ == "prep" and (node.lower_ == "against" or _names_conflict(node)):
            return True
        node = node.head
    return False


def names_opponent(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a support names a state as the side it is given against ("backed Vietnam
    against China", "at Egypt's side against Britain, France and Israel"): the state itself is
    the object of "against" (or conjoined to it), a party of the act; so is a leader named as
    the opponent ("defended the Albanian party against Khrushchev"). What a state does
    ("against the pressure of the US", "against Moscow's attack") names no opponent."""
    if trigger.type != "EXPRESS_SUPPORT" or m.ref.kind not in ("state", "person"):
        return False
    node = ctx.doc[m.end - 1]
    if m.ref.kind == "state" and (
        _demonym_of_opponent(node) or _possessor_of_allies(node) or _rival_in_conflict(node)
    ):
        return True
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    prep = node.head
    return (
        node.dep_ == "pobj"
        and prep.lower_ == "against"
        and prep.head.i != prep.i
        and not any(c.dep_ == "poss" for c in node.children)
    )


# Nouns of people or states taking one side: their possessor is that side ("Pakistan's friends").
_SIDE_NOUNS = frozenset(
    ["friend", "ally", "backer", "supporter", "patron", "protector", "client", "proxy", "sponsor"]
)


def _possessor_of_allies(word: Token) -> bool:
    """``shielding India against Pakistan's friends``: the possessor of a noun of allies or
    backers that is the object of "against" names the opposed side (unlike the possessor of an
    act, "against Moscow's threats", which names only a doer)."""
    noun = word.head
    if word.dep_ != "poss" or noun.lemma_.lower() not in _SIDE_NOUNS:
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "against" and prep.head.i != prep.i


def _rival_in_conflict(word: Token) -> bool:
    """``sided with Moscow in its quarrel with Peking``: the "with" object of the conflict
    noun a side is taken in (see :func:`_names_conflict`) names the opposed state."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return False
    conflict = prep.head
    return conflict.dep_ == "pobj" and _names_conflict(conflict.head)


# Verbs naming what a thing is called ("what Beijing called Indian interference").
_NAMING_VERBS = frozenset(["call", "term", "describe", "brand", "label"])


def _demonym_of_opponent(word: Token) -> bool:
    """``backed the Soviet party against the Chinese leadership``, ``against Indian
    interference``, ``against what it called Indian aggression``: a demonym adjective on the
    object of "against" (or on what a clause after it calls the thing) names the opposed state
    (a possessor, "against Moscow's threats", or an "of" phrase names only a doer)."""
    if word.dep_ != "amod" or word.pos_ != "ADJ" or not word.text[:1].isupper():
        return False
    noun = word.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    naming = noun.head
    if (
        noun.dep_ in ("oprd", "dobj")
        and naming.dep_ == "pcomp"
        and naming.lemma_.lower() in _NAMING_VERBS
    ):  # "against what Beijing called Indian interference"
        return naming.head.lower_ == "against" and naming.head.head.i != naming.head.i
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "against" and prep.head.i != prep.i


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


# Nouns of a craft a traveller boards: "aboard a Pakistani aircraft" names no party.
_VEHICLE_NOUNS = frozenset(
    ["aircraft", "airplane", "aeroplane", "plane", "airliner", "jet", "helicopter", "ship",
     "vessel", "steamer", "liner", "train", "boat", "warship", "cruiser", "yacht", "transport",
     "sloop", "frigate", "destroyer", "gunboat", "battleship", "flagship", "corvette"]
)  # fmt: skip
# Acts a craft may be the scene of: a journey, talks or a signing "aboard a British warship".
_VENUE_CRAFT_TYPES = frozenset(["VISIT", "MEET", "SIGN_AGREEMENT"])


_BOARDING_PREPS = frozenset(["aboard", "on", "in", "by", "onboard"])


def _names_vehicle(m: Mention, ctx: DocContext) -> bool:
    """``flew to Peking aboard a Pakistani aircraft``, ``sailed on a Soviet liner``, ``aboard
    the American transport USS Renville``: the state of the craft a traveller rides in (or
    the craft's own name) is no party of his journey."""
    last = ctx.doc[m.end - 1]
    if last.dep_ == "pobj" and last.head.lower_ in ("aboard", "onboard"):
        return True  # "aboard USS Renville": the craft itself
    craft = _modified_noun(m, ctx, _MODIFIER_OR_POSSESSIVE | {"appos"})
    if craft is None or craft.lemma_.lower() not in _VEHICLE_NOUNS or craft.dep_ != "pobj":
        return False
    return craft.head.lower_ in _BOARDING_PREPS


def _on_the_way(m: Mention, ctx: DocContext) -> bool:
    """``on his way to Hanoi``, ``on his way back from Geneva``: a destination not yet
    reached, or the place a traveller comes from ("from the Geneva conference")."""
    noun = _modified_noun(m, ctx, _MODIFIER_OR_POSSESSIVE)
    prep = (noun if noun is not None else ctx.doc[m.end - 1]).head
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


def _recalled_to(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``was recalled to Djakarta``, ``withdrew Ambassador X to Nairobi``: the place an envoy
    is recalled or withdrawn to is his home or a refuge, never the host he leaves."""
    prep = ctx.doc[m.end - 1].head
    return prep.dep_ == "prep" and prep.lower_ == "to" and prep.head.i == trigger.anchor.i


def _post_of_person(m: Mention, ctx: DocContext) -> bool:
    """``your ambassador in London``: a place naming where a diplomat is posted."""
    prep = ctx.doc[m.end - 1].head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "at")
        and prep.head.lemma_.lower() in _POSTED_PEOPLE
    )


def _is_origin(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``travelled from Pakistan to Beijing``, ``arrived in Bangkok from Jakarta``: the place
    a traveller sets out from is not the host (the visitor's own state is named by the
    visitor). ``He had flown in from Tunis``, ``had come on from Kuala Lumpur``: a traveller
    arriving "in" or going "on" is here, the place he left another stop (a visit of its own)."""
    prep = ctx.doc[m.end - 1].head
    if prep.dep_ != "prep" or prep.lower_ != "from":
        return False
    verb = trigger.token
    particles = arrival_particles(verb)
    if prep.head in particles:
        return True
    return prep.head.i == verb.i and (
        any(_names_destination(c) for c in verb.children) or bool(particles)
    )


def _names_destination(prep: Token) -> bool:
    """Return whether ``prep`` tells where a traveller went: "to X", or "in/at X" with a place
    ("arrived in Bangkok from Jakarta"), not a time ("arrived from Jakarta in May")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "to":
        return True
    return prep.lower_ in ("in", "at", "into") and any(
        o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in prep.children
    )


def _origin_of_other_journey(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``Since you arrived from Moscow we have stood with you``, ``on returning from Paris he
    signed ...``: the place a journey set out from, in a clause beside the trigger (a time, a
    circumstance), is no party of the trigger's act."""
    last = ctx.doc[m.end - 1]
    prep = last.head
    if last.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "from":
        return False
    verb = prep.head
    if verb.lower_ in ("back", "home") and verb.dep_ in ("advmod", "prt"):
        verb = verb.head  # "came back from Belgrade"
    return (
        verb.lemma_.lower() in VISIT_MOTION_VERBS
        and verb.i not in (trigger.token.i, trigger.anchor.i)
        and trigger.token.i not in {t.i for t in verb.subtree}
    )


# Words opening a clause of another leg of a journey: "before flying on to X".
_LEG_MARKERS = frozenset(["before", "after"])


def _next_leg_destination(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``arrived in Buenos Aires on 26 December before flying on to Santiago``, ``met Sadat
    in Cairo before continuing to Damascus``: the place a motion verb of a "before"/"after"
    clause under the trigger's verb goes to is the host of another leg (an act of its own),
    no party of the trigger's act, whatever its type."""
    last = ctx.doc[m.end - 1]
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ not in ("to", "for"):
        return False
    verb = prep.head
    if verb.lemma_.lower() not in VISIT_MOTION_VERBS | ONWARD_VERBS or verb.i in (
        trigger.token.i,
        trigger.anchor.i,
    ):
        return False
    marker = verb.head if verb.dep_ == "pcomp" else None
    if marker is None and verb.dep_ == "advcl":
        marker = next((c for c in verb.children if c.dep_ == "mark"), None)
    return (
        marker is not None
        and marker.lower_ in _LEG_MARKERS
        and trigger.anchor.i in {a.i for a in verb.ancestors}
    )


# Prepositions of a circumstance under which an act happens: "under British mediation", "under
# Swiss auspices", "amid protests in Israel", "despite objections from Taiwan".
_CIRCUMSTANCE_PREPS = frozenset(["under", "amid", "amidst", "despite"])


# Nouns naming a war or a conflict: "during the Arab-Israeli war" names its belligerents.
_WAR_NOUNS = frozenset(
    ["war", "wars", "conflict", "crisis", "hostilities", "fighting", "invasion", "occupation"]
)


def _under_circumstance(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a mention lies in an "under", "amid" or "despite" phrase that does not
    contain the trigger ("a treaty signed in 1937 under British influence", "met in Bern under
    Swiss auspices", "signed despite objections from Taiwan"): a mediator, patron, pressure or
    protest is the circumstance of the act, not a party of it."""
    node = ctx.doc[m.start]
    keep = (trigger.token.i, trigger.anchor.i)
    for _ in range(6):
        if node.i in keep or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in _CIRCUMSTANCE_PREPS:
            return not any(node.left_edge.i <= k <= node.right_edge.i for k in keep)
        node = node.head
    return False


# Nouns of a third party's prompting an act: "at Washington's suggestion", "at the request of".
_PROMPTING_NOUNS = frozenset(
    ["suggestion", "request", "urging", "behest", "insistence", "instigation", "prompting"]
)


def _possessed_noun(m: Mention, ctx: DocContext) -> Token | None:
    """Return the noun whose possessor or "of" object the mention is ("Washington's
    suggestion", "the request of Egypt"), else None."""
    last = ctx.doc[m.end - 1]
    if last.dep_ == "case":
        last = last.head  # "Washington's": the mention may hold the possessive ending
    noun = last.head
    if last.dep_ == "pobj" and noun.lower_ == "of":
        return noun.head
    return noun if last.dep_ == "poss" else None


def _in_phrase_without_trigger(
    noun: Token, preps: tuple[str, ...], nouns: frozenset[str], trigger: Trigger
) -> bool:
    """Return whether ``noun`` is one of ``nouns`` governed by one of ``preps`` in a phrase
    that does not hold the trigger."""
    prep = noun.head
    return (
        noun.lemma_.lower() in nouns
        and noun.dep_ == "pobj"
        and prep.lower_ in preps
        and not prep.left_edge.i <= trigger.token.i <= prep.right_edge.i
    )


def _prompter(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a mention is whoever prompted the act ("at Washington's suggestion",
    "at the request of Egypt"): the possessor or "of" object of a prompting noun in an
    "at"/"on" phrase that does not hold the trigger."""
    noun = _possessed_noun(m, ctx)
    return noun is not None and _in_phrase_without_trigger(
        noun, ("at", "on", "upon"), _PROMPTING_NOUNS, trigger
    )


# Nouns of an onlooker's feeling about an act: "to the irritation of East Berlin".
_REACTION_FEELINGS = frozenset(
    [
        "irritation",
        "annoyance",
        "anger",
        "dismay",
        "displeasure",
        "alarm",
        "chagrin",
        "consternation",
        "surprise",
        "astonishment",
        "delight",
        "satisfaction",
        "relief",
        "fury",
        "disappointment",
        "concern",
    ]
)


def _onlooker(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a mention is an onlooker whose feeling the act stirred ("established
    relations with X, to the irritation of East Berlin", "to Moscow's dismay"): the possessor
    or "of" object of a feeling in a "to" phrase that does not hold the trigger."""
    noun = _possessed_noun(m, ctx)
    return noun is not None and _in_phrase_without_trigger(
        noun, ("to",), _REACTION_FEELINGS, trigger
    )


def _names_war(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``during the Arab-Israeli war``, ``the Iran-Iraq conflict``, ``during the war between
    Israel and Hezbollah``: states modifying a war noun, or in its "between" phrase, name its
    belligerents, not the parties of an act dated by it."""
    head = _modified_noun(m, ctx, _MODIFIER_OR_POSSESSIVE) or _war_between(m, ctx)
    if head is None:
        return False
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i != head.i:
        head = head.head  # "the Arab-Israeli war" split into several modifiers
    if head.dep_ == "dobj" and head.head.i in (trigger.token.i, trigger.anchor.i):
        return False  # "defended the American invasion": the act backed names its doer
    return head.lemma_.lower() in _WAR_NOUNS and head.i not in (trigger.token.i, trigger.anchor.i)


def _war_between(m: Mention, ctx: DocContext) -> Token | None:
    """Return the noun whose "between" phrase holds the mention ("the war between Israel and
    Hezbollah": war), or None."""
    node = first_conjunct(ctx.doc[m.end - 1])
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "between":
        return None
    return prep.head if prep.head.pos_ == "NOUN" else None


def _names_agreement_place(m: Mention, ctx: DocContext) -> bool:
    """``the Algiers Agreement``, ``the Tashkent Declaration``: a city in an agreement's name
    is where it was made, not a party (a state adjective, "the Soviet-Egyptian treaty", is)."""
    if m.ref.kind != "place":
        return False
    return _modifies(m, ctx, _MODIFIER, AGREEMENT_NOUNS) or _titles_agreement(m, ctx)


def _titles_agreement(m: Mention, ctx: DocContext) -> bool:
    """``the Act of Montevideo``, ``the Treaty of Lima``, ``the treaty of Rapallo``: a place in
    the "of" phrase of an agreement noun (of a capitalised text noun) is part of the
    document's title. The mention's root is the token whose head lies outside it ("the
    Protocol of Port of Spain": Port)."""
    span = ctx.doc[m.start : m.end]
    last = next((t for t in span if not m.start <= t.head.i < m.end), span[-1])
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ != "of":
        return False
    noun = prep.head.lemma_.lower()
    return noun in AGREEMENT_NOUNS or (prep.head.is_title and noun in SIGNED_TEXT_NOUNS)


_TOPIC_PREPS = frozenset(["on", "about", "concerning", "regarding", "over"])
# Acts a state takes against another over a third matter: "recalled its envoy over Cyprus".
_PROTEST_TYPES = frozenset(["END_RELATIONS", "RECALL_ENVOY", "EXPEL", "CLOSE_MISSION"])


def _cause_of_act(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``broke off relations with Britain over Rhodesia``, ``recalled its ambassador over
    Cyprus``: a state named as the object of an "over" phrase of the act's own verb or noun
    is the matter the act protests, not a party to it."""
    root = ctx.doc[m.end - 1]
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "over":
        return False
    acts = {trigger.token.i, trigger.anchor.i}
    acts |= {c.i for c in trigger.anchor.children if c.dep_ == "dobj"}  # "broke relations"
    return prep.head.i in acts


# The topic prepositions of talks: those of an agreement but "over".
_TALK_TOPIC_PREPS = _TOPIC_PREPS - {"over"}


def _topic_of_agreement(m: Mention, ctx: DocContext) -> bool:
    """``an agreement on Yemen``, ``the accord over Cyprus``: a state named as the object of an
    "on"/"over" phrase of an agreement noun is what the agreement settles; it is no party
    (its parties are the subject and the "with" phrase)."""
    prep = ctx.doc[m.end - 1].head
    if prep.dep_ != "prep" or prep.lower_ not in _TOPIC_PREPS or ctx.doc[m.end - 1].dep_ != "pobj":
        return False
    return prep.head.lemma_.lower() in AGREEMENT_NOUNS


# Verbs whose "on" names whom one sees: "called on the President", "waited on the King".
_CALLING_VERBS = frozenset(["call", "wait"])

# Places "on" which people meet: "met on the frontier", "talks on board a cruiser".
_MEETING_GROUND_NOUNS = frozenset(
    ["border", "frontier", "island", "soil", "territory", "ship", "yacht", "board", "side"]
)


def _topic_of_talks(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``talked with Ceausescu about China``, ``held talks with X on the prospects for
    negotiations with Egypt``: a state named inside an "about"/"on"/"concerning" phrase of the
    meeting verb or noun is what the talks were about, not one of their sides ("met on the
    Soviet border" is a place, "called on President X" a person met, not a topic)."""
    if m.ref.kind == "person":
        return False
    heads = {trigger.token.i, trigger.anchor.i}
    node = ctx.doc[m.end - 1]
    for _ in range(10):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "prep" and head.i in heads:
            if node.lower_ == "on" and head.lemma_.lower() in _CALLING_VERBS:
                return False  # "called on the Emir of Kuwait": whom he saw
            return node.lower_ in _TALK_TOPIC_PREPS and not any(
                o.lemma_.lower() in _MEETING_GROUND_NOUNS for o in node.children if o.dep_ == "pobj"
            )
        if node.i in heads:
            return False
        node = head
    return False


def _in_state_apposition(m: Mention, trigger: Trigger, ctx: DocContext) -> bool:
    """``Albania, until then Belgrade's closest client, took Moscow's side``: a state named in
    an apposition that describes another state says what that state was, not who acted."""
    node = ctx.doc[m.end - 1]
    keep = (trigger.token.i, trigger.anchor.i)
    for _ in range(10):  # "A, a territory governed by movements allied to B, ...": deep
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
    if tok.ent_type_ == "GPE":
        return False  # "concluded in London ... Italy, Britain and ...": a state's name
    if any(c.dep_ not in ("cc", "conj", "punct") for c in tok.children):
        return False  # "in Chinese hands": a nationality modifying a noun
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("pobj", "amod", "nmod") and node.head.lower_ == "in"


def _names_currency(m: Mention, ctx: DocContext) -> bool:
    """``300 million US dollars``: a state name inside a currency names no party."""
    return _modifies(m, ctx, _MODIFIER, CURRENCY_NOUNS)
