"""Military aid: troops flown in, arms shipped, forces helping, works built abroad."""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from diplomatica.nlp.events.lexicon import (
    AID_PERSONNEL_NOUNS,
    ARMED_SERVICE_NOUNS,
    EXPERT_NOUNS,
    RULER_TITLES,
    TROOP_NOUNS,
    WORKS_NOUNS,
)
from diplomatica.nlp.events.triggers.aid import BACKED_GROUPS, names_aid, past_or_progressive
from diplomatica.nlp.events.triggers.syntax import (
    PAST_TAGS,
    doers_of,
    has_to_marker,
    lemma_of,
    mention_state,
    nationality_modified,
    prep_objects,
    quantified_and_conjoined,
    subjects_of,
    with_conjuncts,
    with_quantified,
)
from diplomatica.nlp.events.triggers.words import POLITY_NOUNS

AIRLIFT_VERBS = frozenset(["fly", "airlift", "rush", "ferry", "transport", "carry"])


# A state's armed forces, by lemma ("forces" is "force"): "re-equipped the Syrian army".
_ARMED_FORCES = ARMED_SERVICE_NOUNS | {"force", "forces", "troops"}


_EQUIP_VERBS = frozenset(["equip", "re-equip", "reequip", "rearm", "re-arm"])


_DEPARTURE_VERBS = frozenset(["leave", "sail", "depart", "set"])


_TROOP_NOUNS = TROOP_NOUNS | {"paratroopers", "battalions"}


def armed_subject(verb: Token) -> bool:
    """Return whether the verb's subject is a body of troops ("special forces", "units")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _TROOP_NOUNS for c in verb.children)


def forces_flown(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``special forces were flown to Luanda``, ``airlifted two battalions to Kinshasa``:
    troops carried by air or sea to a named state or capital are military aid (not
    "sent troops into", an invasion)."""
    if lemma not in AIRLIFT_VERBS | {"ship"}:
        return False
    if _flown_in(verb):
        return True  # "Cuba flew in combat troops": into the country the text is about
    if not any(o.lower_ in _TROOP_NOUNS for o in objs):
        return False
    return any(d.i in entity_tokens for d in prep_objects(verb, ("to",)))


def _flown_in(verb: Token) -> bool:
    """``flew in combat troops``, ``troops were flown in``: the particle "in" (which the
    parser may read as a preposition governing the troops) right after the verb."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.lower_ != "in" or nxt.head.i != verb.i:
        return False
    if nxt.dep_ == "prt":
        goods = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        goods = [c for c in nxt.children if c.dep_ == "pobj"]
    return any(g.lower_ in _TROOP_NOUNS for g in goods)


def left_with_arms(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``the freighter left Odessa with 15,000 rifles for the Republic``: a ship sailing
    with arms or supplies for a state or party carries aid."""
    if lemma not in _DEPARTURE_VERBS:
        return False
    goods = quantified_and_conjoined(prep_objects(verb, ("with",)))
    if not names_aid(goods):
        return False
    for_objs = prep_objects(verb, ("for",)) + [p for g in goods for p in prep_objects(g, ("for",))]
    return any(
        p.i in entity_tokens or lemma_of(p) in BACKED_GROUPS | POLITY_NOUNS for p in for_objs
    )


# Units of armed forces that help another state's government: "Cuban units helped the army".
# Formations named in battle: "Iraqi divisions", "a Jordanian armoured brigade".
_FIELD_UNITS = frozenset(
    ["division", "divisions", "brigade", "brigades", "battalion", "battalions"]
)
_FORCE_NOUNS = TROOP_NOUNS | {"unit", "advisers", "advisors", "instructors"} | _FIELD_UNITS


def _foreign_forces(subjects: list[Token], entity_tokens: set[int]) -> bool:
    """Return whether one of ``subjects`` is a body of troops named by its state ("Cuban
    units", "Iraqi divisions")."""
    return any(
        s.lower_ in _FORCE_NOUNS | {"volunteers"}
        and nationality_modified(s, entity_tokens, deps=("amod", "compound"), labels=())
        for s in subjects
    )


# Verbs of forces fighting or acting beside an ally: "fought beside", "acting with" ("with"
# only for acting or operating: "advanced with the Americans" is a coalition's march).
_ALLIED_ACTING_VERBS = frozenset(["fight", "act", "operate", "advance", "attack"])
_ACTING_WITH_VERBS = frozenset(["act", "operate"])
# Verbs of going abroad to fight: "crossed the gulf to fight beside the Estonians".
_GOING_TO_FIGHT_VERBS = frozenset(["send", "cross", "go", "come", "dispatch"])


def fought_beside(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """Return whether a state's troops or volunteers fight or act beside another state's army
    (military aid to it): ``Iraqi divisions fought beside the Syrian army``, ``Polish troops,
    acting with the Latvian army, took the town``. A people as the ally ("the Estonians")
    counts only for volunteers or forces sent or gone abroad to fight (``Finnish volunteers
    crossed the gulf to fight beside the Estonians``), not for allies in a coalition war
    ("British troops fought beside the French at Mons")."""
    if lemma not in _ALLIED_ACTING_VERBS:
        return False
    subjects = _fighters(verb)
    if subjects is None:
        return False
    subjects = quantified_and_conjoined(subjects)
    if not _foreign_forces(subjects, entity_tokens):
        return False
    preps = (
        ("beside", "alongside", "with") if lemma in _ACTING_WITH_VERBS else ("beside", "alongside")
    )
    allies = prep_objects(verb, preps)
    people_ally_ok = any(s.lower_ == "volunteers" for s in subjects) or _gone_to_fight(verb)
    return any(
        (lemma_of(a) in _ARMED_FORCES and nationality_modified(a, entity_tokens, labels=()))
        or (people_ally_ok and a.i in entity_tokens and (a.tag_ == "NNPS" or a.ent_type_ == "NORP"))
        for a in allies
    )


def _gone_to_fight(verb: Token) -> bool:
    """Return whether ``verb`` is the purpose of forces sent, crossing or going abroad (``went
    to Finland to fight``, ``were sent to fight``)."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and has_to_marker(verb)
        and lemma_of(verb.head) in _GOING_TO_FIGHT_VERBS
    )


def _fighters(verb: Token) -> list[Token] | None:
    """Return who fights or acts: the subjects of a past verb, the troops a participle
    ("Polish troops, acting with ...") modifies, or the subjects of the past verb a purpose
    infinitive serves ("crossed the gulf to fight beside ..."); None for any other form."""
    if verb.tag_ in PAST_TAGS:
        return subjects_of(verb) or ([verb.head] if verb.dep_ == "acl" else [])
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
        return [verb.head] if verb.dep_ == "acl" else subjects_of(verb.head)
    if verb.dep_ in ("advcl", "xcomp") and has_to_marker(verb) and verb.head.tag_ in PAST_TAGS:
        return subjects_of(verb.head)
    return None


def forces_helped(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Cuban units helped the government to crush the revolt``: a state's forces helping
    another's government or army is military aid."""
    if lemma not in ("help", "assist", "aid"):
        return False
    subjects = subjects_of(verb)
    if verb.tag_ not in PAST_TAGS:
        if not _purpose_of_past_act(verb):
            return False
        subjects = subjects_of(verb.head)  # "troops entered X to help the government"
    armed = _foreign_forces(subjects, entity_tokens)
    helped = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
    helped += [
        s
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp")
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    # a named state or its government or army (not "helped us to protect our border": a
    # speaker's thanks for a long presence)
    return armed and any(
        (h.i in entity_tokens and h.pos_ != "PRON") or lemma_of(h) in POLITY_NOUNS | _ARMED_FORCES
        for h in helped
    )


_GUARDING_VERBS = frozenset(["guard", "protect", "defend", "secure", "patrol", "hold"])
# Guarding verbs that also tell an occupation ("Iraqi troops held Kuwait's oil fields"): done
# for a state only when a "for" names it, never by the owner of what is held.
_SEIZING_VERBS = frozenset(["secure", "patrol", "hold"])


def forces_guarded_for(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Zimbabwean troops had been guarding the Beira corridor for Mozambique``, ``Cuban units
    protected Angola's oil fields``: a state's forces guarding something for another state, or
    guarding another state's possession, is military aid to it (not "Israeli troops guarded
    the border", whose owner is unnamed and may be their own)."""
    if lemma not in _GUARDING_VERBS or not past_or_progressive(verb):
        return False
    subjects = quantified_and_conjoined(subjects_of(verb))
    if not _foreign_forces(subjects, entity_tokens):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    served = prep_objects(verb, ("for",)) + [p for o in objs for p in prep_objects(o, ("for",))]
    if lemma not in _SEIZING_VERBS:
        served += [c for o in objs for c in o.children if c.dep_ == "poss"]
    return any(p.i in entity_tokens and p.pos_ != "PRON" for p in served)


def _purpose_of_past_act(verb: Token) -> bool:
    """Return whether ``verb`` is the purpose infinitive of a past act ("entered Lebanon to
    help the government"): the act told is the help given."""
    return verb.tag_ == "VB" and _to_infinitive_clause(verb) and verb.head.tag_ in PAST_TAGS


def _to_infinitive_clause(verb: Token) -> bool:
    """Return whether ``verb`` is an infinitive with "to" hung on another verb as its clause
    ("sent troops to support ...", "entered Lebanon to help ...")."""
    return verb.dep_ in ("advcl", "xcomp") and has_to_marker(verb)


def helped_build(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``the Soviet Union has been helping to build the High Dam``, ``Italy helped Libya build
    a port``, ``Soviet specialists had helped to build the dam at Tabqa``: a state, or experts
    named by their state, helping to build works is aid (the state may be the antecedent of a
    relative pronoun)."""
    if lemma not in ("help", "assist"):
        return False
    built = [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "ccomp") and lemma_of(c) in ("build", "construct")
    ]
    if not any(lemma_of(o) in WORKS_NOUNS for b in built for o in b.children if o.dep_ == "dobj"):
        return False
    return any(
        (s.i in entity_tokens and s.pos_ != "PRON") or _national_experts(s, entity_tokens)
        for s in doers_of(verb)
    )


def _national_experts(noun: Token, entity_tokens: set[int]) -> bool:
    """``Soviet specialists``, ``Indian engineers``, ``Chinese workers``: aid personnel or
    experts named by their state."""
    return noun.lower_ in AID_PERSONNEL_NOUNS | EXPERT_NOUNS and nationality_modified(
        noun, entity_tokens, labels=("NORP",)
    )


def built_abroad(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``China built the Friendship Mill in Dar es Salaam``, ``Indian engineers built the first
    road in Bhutan``, ``the Chinese built the line for Zambia and Tanzania``: a state (named,
    "it"/"they", its people or its experts) building works in or for a named place of another
    state (not "Chinese workers built a bridge in Wuhan", at home)."""
    if lemma not in ("build", "construct") or not past_or_progressive(verb):
        return False
    if not any(lemma_of(o) in WORKS_NOUNS for o in objs):
        return False
    builders = [
        s
        for s in subjects_of(verb)
        if s.i in entity_tokens or s.lower_ in ("it", "they") or _national_experts(s, entity_tokens)
    ]
    if not builders:
        return False
    places = prep_objects(verb, ("in", "for")) + [
        p for o in objs for p in prep_objects(o, ("in", "for"))
    ]
    homes = {mention_state(t) for b in builders for t in b.subtree} - {None}
    return any(
        p.i in entity_tokens and mention_state(p) not in homes for p in with_conjuncts(places)
    )


def equipped_forces(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``re-equipped the Syrian army``: arming another state's forces is military aid."""
    if lemma not in _EQUIP_VERBS:
        return False
    return any(
        lemma_of(o) in _ARMED_FORCES and nationality_modified(o, entity_tokens, labels=())
        for o in objs
    )


# Words telling that troops were sent to help after a disaster, not to fight.
_RELIEF_WORDS = frozenset(
    [
        "relief",
        "rescue",
        "disaster",
        "humanitarian",
        "earthquake",
        "flood",
        "floods",
        "typhoon",
        "hurricane",
        "cyclone",
        "tsunami",
        "famine",
    ]
)


_SENDING_VERBS = frozenset(["send", "dispatch", "deploy"])


def troops_sent_for_relief(verb: Token, lemma: str, goods: list[Token]) -> bool:
    """``when the typhoon struck, Japan sent a thousand members of its forces``, ``sent troops
    to Pakistan to help with the rescue``: troops sent in a sentence about a disaster or
    relief are aid (troops sent otherwise may be an invasion)."""
    if lemma not in _SENDING_VERBS or not any(g.lower_ in _TROOP_NOUNS for g in goods):
        return False
    return any(t.lower_ in _RELIEF_WORDS for t in verb.sent)


# Purposes that make troops sent abroad military aid: "sent troops to support the government".
_HELPING_PURPOSES = frozenset(
    ["support", "help", "assist", "aid", "defend", "bolster", "reinforce", "protect", "back"]
)
_TROOP_SENDING_VERBS = _SENDING_VERBS | {"fly", "airlift", "rush"}


def troops_sent_to_help(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``Egypt sent 20,000 troops to Yemen to support the republic``, ``dispatched a tank unit
    to help the Algerian army``: troops or units sent with the stated purpose of helping or
    defending are military aid (troops sent with no such purpose may be an invasion)."""
    if lemma not in _TROOP_SENDING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    forces = quantified_and_conjoined(objs)
    if not any(f.lower_ in _FORCE_NOUNS or lemma_of(f) in _FORCE_NOUNS for f in forces):
        return False
    return any(helping_purpose(c) and not _own_object(c) for c in verb.children)


# Verbs of sending forces abroad ("committed combat units to Borneo", "seconded officers").
_FORCE_SENDING_VERBS = _SENDING_VERBS | {"commit", "second"}


# Bodies sent abroad besides troops and units: "an expeditionary force", "a volunteer corps",
# "seconded officers and special forces".
_SENT_BODIES = _FORCE_NOUNS | {"force", "corps", "legion", "legions", "officers", "volunteers"}


# Rulers and governments whose army is their state's: "seconded officers to the sultan's army",
# "the government's forces".
_RULERS_OR_GOVERNMENTS = RULER_TITLES | {"government", "regime"}


def _state_army(noun: Token, state_tokens: Set[int]) -> bool:
    """``the Omani army``, ``Jordan's forces``, ``the sultan's army``: the armed forces of a
    named state or of its ruler or government (whose state the context tells)."""
    if lemma_of(noun) not in _ARMED_FORCES:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, ("of",))
    return any(o.i in state_tokens or lemma_of(o) in _RULERS_OR_GOVERNMENTS for o in owners) or any(
        c.i in state_tokens for c in noun.children if c.dep_ in ("amod", "compound")
    )


def troops_sent_to_state(
    verb: Token, lemma: str, objs: list[Token], state_tokens: Set[int]
) -> bool:
    """``had sent its first combat troops to Vietnam``, ``sent several thousand American troops
    to Thailand``, ``sent a division of its own troops to fight in South Vietnam``: a described
    contingent (see :func:`_described_contingent`) sent "to" a state named as such
    (``state_tokens``: tokens of state names), or to fight "in" one, is military aid to it.
    Bare "sent troops to X" may tell an invasion, unless they were asked for ("at the request
    of its king", "because the King had asked for help"), as does "into X"; troops sent to a place
    ("to the frontier", "to Borneo") aid no state named, and troops sent to protect the
    sender's own ("to protect its citizens") aid nobody."""
    if lemma not in _FORCE_SENDING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    asked = _asked_for(verb) and any(lemma_of(o) in _FORCE_NOUNS | {"troop"} for o in objs)
    if not (_described_contingent(objs) or asked) or any(_own_object(c) for c in verb.children):
        return False
    places = prep_objects(verb, ("to",)) + [p for o in objs for p in prep_objects(o, ("to",))]
    # "sent two battalions to serve in Cyprus": the parser may hang the purpose on the troops
    purposes = [
        c
        for c in [*verb.children, *(c for o in objs for c in o.children if c.dep_ == "relcl")]
        if c.dep_ in ("advcl", "xcomp", "relcl")
        and lemma_of(c) in ("fight", "serve")
        and has_to_marker(c)
    ]
    places += [p for c in purposes for p in prep_objects(c, ("in",))]
    # "to serve with the United Nations mission in Liberia": the place of the force served in
    places += [
        p for c in purposes for w in prep_objects(c, ("with",)) for p in prep_objects(w, ("in",))
    ]
    return any(p.i in state_tokens or _state_army(p, state_tokens) for p in places)


# Units that make up a contingent sent abroad: "a division of its own troops".
_CONTINGENT_NOUNS = _FIELD_UNITS | {"contingent", "contingents", "thousands", "hundreds"}


def _described_contingent(objs: list[Token]) -> bool:
    """Return whether the objects are troops described as a contingent: counted, qualified or
    owned ("its first combat troops", "several thousand American troops"), or a unit or
    number of them ("a division of its own troops", "thousands of soldiers")."""
    for obj in objs:
        if obj.lower_ in _CONTINGENT_NOUNS and any(
            p.lower_ in _FORCE_NOUNS for p in prep_objects(obj, ("of",))
        ):
            return True
        if obj.lower_ in _SENT_BODIES and any(
            c.dep_ in ("nummod", "amod", "compound", "poss", "nmod") for c in obj.children
        ):
            return True
        if obj.lower_ in _SENT_BODIES and _described_contingent(
            [c for c in obj.children if c.dep_ == "conj"]
        ):
            return True  # "officers and special forces"
    return False


# Foreigners in a state, whom troops sent to protect are no help to that state.
_FOREIGNER_NOUNS = frozenset(
    ["foreigner", "foreigners", "expatriates", "nationals", "citizens", "europeans", "whites"]
)


def _own_object(purpose: Token) -> bool:
    """``to protect its citizens``, ``to defend their border``: a purpose whose object is the
    sender's own (a possessive "its"/"their") serves the sender, not the state it goes to; so
    does one whose object is the foreigners living there ("to protect foreigners")."""
    return any(
        o.dep_ == "dobj"
        and (any(p.lower_ in ("its", "their") for p in o.children) or o.lower_ in _FOREIGNER_NOUNS)
        for o in purpose.children
    )


def helping_purpose(verb: Token) -> bool:
    """Return whether ``verb`` is a purpose infinitive of helping ("to support the
    government", "to defend the regime", "to fight for the royal government", "to fight on its
    side")."""
    helping = lemma_of(verb) in _HELPING_PURPOSES or (
        lemma_of(verb) == "fight"
        and (
            bool(prep_objects(verb, ("for", "alongside", "beside")))
            or any(_owned_side(o) for o in prep_objects(verb, ("on",)))
        )
    )
    return helping and _to_infinitive_clause(verb)


def _owned_side(noun: Token) -> bool:
    """Return whether ``noun`` is a party's side ("its side", "the side of the government"),
    not "the other side"."""
    return lemma_of(noun) == "side" and (
        any(c.dep_ == "poss" for c in noun.children) or bool(prep_objects(noun, ("of",)))
    )


# Purposes of a state's own: bringing its people home is no aid to the state they leave.
_EVACUATING_VERBS = frozenset(["evacuate", "rescue", "repatriate", "fly", "bring", "airlift"])


def sent_to_evacuate(verb: Token) -> bool:
    """``Thailand sent military aircraft to evacuate its citizens``, ``sent a warship to
    rescue its nationals``: craft or troops sent to bring a state's own people out are no aid
    to the state they leave."""
    return any(
        c.dep_ in ("advcl", "xcomp") and lemma_of(c) in _EVACUATING_VERBS and _own_object(c)
        for c in verb.children
    )


def purpose_of_troops_sent(verb: Token) -> bool:
    """``sent troops to Yemen to support the republic``: the support is the purpose of the
    troops sent (one act of military aid, not a statement of support)."""
    if not helping_purpose(verb):
        return False
    sender = verb.head
    objs = [c for c in sender.children if c.dep_ == "dobj"]
    return troops_sent_to_help(sender, lemma_of(sender), objs)


_ARRIVAL_VERBS = frozenset(["reach", "arrive"])


def aid_goods_reached(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``West German arms and equipment reached Israel``, ``Cuban rifles reached the army
    within weeks``, ``the first of these aircraft had reached India``: aid goods arriving in
    a named state (troops arriving are a deployment, told elsewhere)."""
    if lemma not in _ARRIVAL_VERBS or not past_or_progressive(verb):
        return False
    # "Soviet arms, which had been arriving in Algeria": the goods a relative stands for
    goods = quantified_and_conjoined(doers_of(verb))
    if not names_aid(goods) or any(g.lower_ in _TROOP_NOUNS for g in goods):
        return False
    if lemma == "arrive":
        places = prep_objects(verb, ("in", "to"))
    else:
        places = [c for c in verb.children if c.dep_ == "dobj"]
    return any(p.i in entity_tokens or _armed_forces_of(p, entity_tokens) for p in places)


def _armed_forces_of(noun: Token, entity_tokens: set[int]) -> bool:
    """``the new People's Revolutionary Army``, ``the Egyptian forces``: a state's armed forces
    (named, or qualified by a nationality or state)."""
    if lemma_of(noun) not in _ARMED_FORCES:
        return False
    return noun.pos_ == "PROPN" or nationality_modified(noun, entity_tokens)


_KEEPING_VERBS = frozenset(["keep", "maintain"])


def troops_kept_in(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Vietnam kept 40,000 troops in Laos``, ``maintained a garrison of troops in X``: a
    state keeping its troops in another is military aid; the passive "troops were stationed
    in Mongolia" tells a deployment, and "sent troops into" an invasion."""
    if lemma not in _KEEPING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) or not subjects_of(verb):
        return False
    troops = [o for o in quantified_and_conjoined(objs) if o.lower_ in _TROOP_NOUNS]
    if not troops:
        return False
    places = prep_objects(verb, ("in",)) + [p for t in troops for p in prep_objects(t, ("in",))]
    return any(p.i in entity_tokens for p in places)


# Forces or fighters a foreign state trains: "trained the Somali army", "FNLA guerrillas".
_TRAINED_NOUNS = _ARMED_FORCES | {
    "guerrilla",
    "guerrillas",
    "pilot",
    "pilots",
    "officer",
    "officers",
    "soldier",
    "soldiers",
    "fighter",
    "fighters",
    "cadre",
    "cadres",
    "police",
    "unit",
    "units",
    "commando",
    "commandos",
    "militia",
    "paratrooper",
    "paratroopers",
}


def trained_forces(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Soviet officers trained the Somali army``, ``China trained FNLA guerrillas``, ``the
    British officers who trained the new Iraqi army``, ``trained Congolese paratroopers``: a
    foreign state (or its nationals) training another's forces or fighters is military aid.
    The trained nouns are listed in both numbers (lemmas may be either)."""
    if lemma != "train" or not past_or_progressive(verb):
        return False  # "trained", "was training Zambian officers"
    trainers = doers_of(verb)
    foreign = any(s.i in entity_tokens or nationality_modified(s, deps=None) for s in trainers)
    trained = [o for o in quantified_and_conjoined(objs) if lemma_of(o) in _TRAINED_NOUNS]
    named = any(nationality_modified(o, entity_tokens, labels=("NORP", "ORG")) for o in trained)
    return foreign and named


# Officers and experts a state lends another ("lent an army officer", "lent two pilots").
_LENT_PERSONNEL = AID_PERSONNEL_NOUNS | {
    "officer",
    "officers",
    "pilot",
    "pilots",
    "engineer",
    "engineers",
    "expert",
    "experts",
}


def personnel_lent(verb: Token, lemma: str, goods: list[Token]) -> bool:
    """``Japan lent an army officer to train the new unit``, ``France lent two officers to the
    Ivorian army``: lending officers, instructors or experts to another state is aid (not
    "lent its support", which the support rules read)."""
    return lemma == "lend" and any(g.lower_ in _LENT_PERSONNEL for g in goods)


def experts_helped(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Soviet engineers helped the Iraq National Oil Company develop the field``, ``Soviet
    specialists were helping to set up production in Indian factories``: a state's experts
    helping another state's body or works is aid (the helped named in the clause)."""
    if lemma not in ("help", "assist") or not past_or_progressive(verb):
        return False
    experts = [
        s
        for s in subjects_of(verb)
        if s.lower_ in _LENT_PERSONNEL and nationality_modified(s, entity_tokens, labels=("NORP",))
    ]
    if not experts:
        return False
    mine = {t.i for e in experts for t in e.subtree}
    return any(t.i in entity_tokens for t in verb.subtree if t.i not in mine)


def troops_served_in(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Korean troops served in South Vietnam``: a state's troops serving in another state
    is military aid to it (not a person who "served in Israel", a post)."""
    if lemma != "serve" or verb.tag_ not in PAST_TAGS:
        return False
    armed = any(
        s.lower_ in _FORCE_NOUNS and _national_force(s, entity_tokens)
        for s in subjects_of(verb) + ([verb.head] if verb.dep_ == "acl" else [])
    )
    return armed and any(p.i in entity_tokens for p in prep_objects(verb, ("in",)))


def _national_force(noun: Token, entity_tokens: set[int]) -> bool:
    """Return whether a force noun is qualified by a nationality, directly ("Korean troops") or
    through the modifier naming its arm ("Chinese engineering and anti-aircraft troops")."""
    deps = ("amod", "compound")
    return nationality_modified(noun, entity_tokens, deps=deps, labels=("NORP",)) or any(
        nationality_modified(c, entity_tokens, deps=deps, labels=("NORP",))
        for c in noun.children
        if c.dep_ in ("nmod", "compound", "amod") and c.i < noun.i
    )


# Lifts that carry goods: "the airlift of oil which the RAF flew into Zambia".
_LIFT_NOUNS = frozenset(["airlift", "sealift", "lift", "shipment", "convoy"])


def airlifted_goods(objs: list[Token], resolved_objs: list[Token]) -> list[Token]:
    """Return what a verb of carrying carries: its objects (quantified: "tons of food"), and
    the goods of a lift its relative pronoun stands for ("the airlift of oil which the RAF
    flew into Zambia")."""
    lifts = [o for o in resolved_objs if lemma_of(o) in _LIFT_NOUNS]
    return with_quantified(objs) + [g for lift in lifts for g in prep_objects(lift, ("of",))]


_WORKING_VERBS = frozenset(["work", "serve", "teach"])


def personnel_worked_in(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Soviet specialists were working in Chinese plants``, ``Cuban doctors served in Angolan
    hospitals``: advisers, specialists or doctors named by their state working in another
    state (named, or a place qualified by its nationality) are aid to it."""
    if lemma not in _WORKING_VERBS or not past_or_progressive(verb):
        return False  # "are working in Chinese plants": a present state, told elsewhere
    workers = with_conjuncts(subjects_of(verb) + ([verb.head] if verb.dep_ == "acl" else []))
    # "Israeli nurses", or named by the body that sends them ("Peace Corps volunteers")
    if not any(
        w.lower_ in AID_PERSONNEL_NOUNS | EXPERT_NOUNS
        and nationality_modified(w, entity_tokens, labels=("NORP", "ORG"))
        for w in workers
    ):
        return False
    places = with_conjuncts(prep_objects(verb, ("in", "at")))
    return any(p.i in entity_tokens or nationality_modified(p, entity_tokens) for p in places)


# Units of a state's forces posted or put down in another state: "paratroopers were dropped".
_POSTED_FORCES = _FORCE_NOUNS | {"commandos", "paratroopers", "garrison", "battalions", "brigade"}


# Verbs carrying forces into a state: "were dropped on", "were flown into" (not "were
# stationed in", which tells of an occupation as often as of help).
_POSTING_VERBS = frozenset(["drop", "fly", "airlift", "parachute"])


# Verbs of forces arriving, which tell aid only when asked for: "landed ... at the request of".
_REQUESTED_ARRIVAL_VERBS = frozenset(["land", "come", "arrive"])


def troops_posted_in(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``French paratroopers were dropped on Kolwezi``, ``British paratroopers were flown into
    Amman``, ``British commandos landed in Kuwait at the request of its ruler``: a state's
    forces carried into another state (a landing only when asked for, else an invasion may be
    told) are military aid to it."""
    passive = any(c.dep_ == "auxpass" and c.tag_ in PAST_TAGS for c in verb.children)
    if verb.tag_ not in PAST_TAGS and not passive:
        return False
    forces = [
        s
        for s in with_conjuncts(subjects_of(verb, ("nsubj", "nsubjpass")))
        if s.lower_ in _POSTED_FORCES and _national_force(s, entity_tokens)
    ]
    if not forces:
        return False
    places = prep_objects(verb, ("in", "on", "into", "to", "at"))
    named = any(p.i in entity_tokens for p in places)
    if lemma in _POSTING_VERBS:
        return named and passive
    if lemma in _REQUESTED_ARRIVAL_VERBS:
        ashore = any(c.lower_ == "ashore" for c in verb.children)
        return (named or ashore) and _at_request(verb)
    return False


def _at_request(verb: Token) -> bool:
    """``at the request of its ruler``, ``at his request``, ``at the invitation of its
    government``: the act was asked for."""
    return any(
        lemma_of(p) in ("request", "invitation") for p in prep_objects(verb, ("at", "on", "upon"))
    )


_ASKING_VERBS = frozenset(["ask", "request", "appeal", "invite", "call"])


def _asked_for(verb: Token) -> bool:
    """``at the request of King Hussein``, ``at the invitation of its government``, ``because
    the King had asked for help``: the act was asked for by the state it went to."""
    return _at_request(verb) or any(
        c.dep_ == "advcl" and lemma_of(c) in _ASKING_VERBS and c.tag_ in PAST_TAGS
        for c in verb.children
    )


# Verbs of aid workers coming to a state: "the first volunteers arrived in Ghana".
_COMING_VERBS = frozenset(["arrive", "come", "follow"])


# Bodies of aid workers, named by what they do: "a farming team", "a medical mission" (a
# military mission may come to negotiate: only its purpose, "to train", makes it aid).
_AID_TEAM_NOUNS = frozenset(["team", "teams", "mission", "missions"])
_AID_TEAM_KINDS = frozenset(["training", "farming", "agricultural", "medical", "aid"])


# Purposes that make a team's coming aid: "arrived to train the army", "to teach farming".
_TEACHING_PURPOSES = frozenset(["train", "teach", "instruct", "advise"])


def aid_personnel_came(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``the first Peace Corps volunteers had arrived in Ghana``, ``a German military mission
    arrived in Romania to train the army``, ``Soviet military advisers and arms soon
    followed``, ``the Chinese workers who had come to the republic``: aid workers, or a team
    come to teach or train, arriving in a state are aid to it ("followed" names no place: a
    nationality tells the donor, the context the recipient)."""
    if lemma not in _COMING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    comers = quantified_and_conjoined(doers_of(verb))
    purpose = any(
        c.dep_ in ("advcl", "xcomp") and lemma_of(c) in _TEACHING_PURPOSES and has_to_marker(c)
        for c in verb.children
    )
    workers = [c for c in comers if c.lower_ in AID_PERSONNEL_NOUNS]
    teams = [
        c
        for c in comers
        if c.lower_ in _AID_TEAM_NOUNS
        and (purpose or any(m.lower_ in _AID_TEAM_KINDS for m in c.children if m.i < c.i))
    ]
    if not workers and not teams:
        return False
    if lemma == "follow":
        return any(nationality_modified(w, entity_tokens, deps=None) for w in workers)
    places = prep_objects(verb, ("in", "to"))
    return any(p.i in entity_tokens or lemma_of(p) in POLITY_NOUNS for p in places)
