"""Visits: journeys, tours, stays and guests received in a named place."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.anaphora import resolved
from diplomatica.nlp.events.datelines import dateline
from diplomatica.nlp.events.lexicon import (
    ENTRY_NOUNS,
    ENVOY_NOUNS,
    ONWARD_VERBS,
    PERSON_GROUP_NOUNS,
    TROOP_NOUNS,
    VISIT_EVENT_NOUNS,
)
from diplomatica.nlp.events.triggers.syntax import (
    NON_PERSON_ENTS,
    PAST_TAGS,
    SUBJECT_DEPS,
    has_to_marker,
    is_guest,
    is_named_guest,
    is_person,
    lemma_of,
    nationality_modified,
    past_perfect,
    prep_objects,
    simple_or_past_perfect,
    subjects_of,
    word_in,
)
from diplomatica.nlp.events.triggers.trigger import Trigger
from diplomatica.nlp.time.patterns import MONTH_NUMBERS

_PLACE_NOUNS = frozenset(["capital", "city", "country", "republic", "kingdom", "port"])


def is_destination(dest: Token, entity_tokens: set[int]) -> bool:
    """A place a visit goes to: a named state or place, a congress or festival, "the country",
    or "the Soviet capital" (a place noun modified by a state)."""
    if dest.i in entity_tokens or lemma_of(dest) in VISIT_EVENT_NOUNS | {"country"}:
        return True
    # "the Soviet capital"; "the Taiwanese capital" (a nationality adjective, no entity)
    return lemma_of(dest) in _PLACE_NOUNS and (
        nationality_modified(dest, entity_tokens, labels=())
        or nationality_modified(dest, deps=("amod",))
        or _counted_places(dest)
    )


# Words counting places told before: "both capitals", "all three capitals".
_COUNTING_WORDS = frozenset(["both", "two", "three", "four", "five", "six"])


def _counted_places(dest: Token) -> bool:
    """Return whether ``dest`` is a plural place noun counted ("both capitals", "the three
    countries"): places the text has named before."""
    return dest.tag_ == "NNS" and any(c.lower_ in _COUNTING_WORDS for c in dest.children)


# Verbs by which the text tells that invited guests came: "which the premier received".
_GUEST_CAME_VERBS = frozenset(["receive", "welcome", "host"])


def invitation_taken_up(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> bool:
    """``invited the Swiss team, which the premier received in May``: an invitation whose
    guests the same sentence says came or were received is a visit (an invitation alone is
    not)."""
    if lemma != "invite" or verb.tag_ != "VBD":
        return False
    guests = [o for o in objs if is_person(o, entity_tokens)]
    return any(
        c.dep_ == "relcl" and lemma_of(c) in _GUEST_CAME_VERBS and c.tag_ == "VBD"
        for g in guests
        for c in g.children
    )


# Further prepositions naming a place a verb of motion reached.
_PLACE_PREPS_OF = {"return": ("from",), "land": ("at",)}


def motion_destinations(verb: Token) -> list[Token]:
    """Return where a verb of motion goes: "went to X", "stayed in X", "arrived off X", through
    a particle ("went back to X", "came over to X"), and where a traveller came back from
    ("returning from Hungary": he had been there)."""
    preps = ("to", "in", "into", "through", "across")
    # "arrived off Ganghwa Island with warships": ships lying off a shore have come there
    dests = prep_objects(verb, (*preps, "off"))
    dests += prep_objects(verb, _PLACE_PREPS_OF.get(lemma_of(verb), ()))
    for c in verb.children:
        if c.lower_ in ("back", "over", "on") and c.dep_ in ("advmod", "prt", "prep"):
            dests += prep_objects(c, preps)
    return dests


# Lands and goods that "go to" a state by award, cession or sale, not by travel.
_CEDED_NOUNS = frozenset(
    [
        "island",
        "islands",
        "territory",
        "territories",
        "province",
        "provinces",
        "region",
        "land",
        "lands",
        "area",
        "strip",
        "enclave",
        "port",
        "ports",
        "money",
        "fund",
        "funds",
        "share",
        "revenue",
        "revenues",
        "proceeds",
        "sovereignty",
        "award",
        "prize",
    ]
)


def ceded_subject(verb: Token, entity_tokens: set[int]) -> bool:
    """Return whether a verb of motion tells of land or goods passing to a state ("all three
    islands went to Chile", "Tacna returned to Peru", "the money went to X") or of a dispute
    put to a court ("the boundary went to The Hague"): an award or transfer, not a journey."""
    return any(
        lemma_of(s) in _CEDED_NOUNS
        or lemma_of(s) in _DISPUTE_NOUNS
        or _names_a_place(s, entity_tokens)
        for s in subjects_of(verb, SUBJECT_DEPS)
    )


# What a dispute "goes to" (a court or an arbiter): "the boundary went to The Hague".
_DISPUTE_NOUNS = frozenset(
    ["boundary", "border", "dispute", "case", "question", "issue", "matter", "claim", "quarrel"]
)


def _names_a_place(subject: Token, entity_tokens: set[int]) -> bool:
    """``Tacna returned to Peru``, ``Arica went to Chile``: a town or province (a
    place the model tags, not a state or person the gazetteer links: "Vietnam returned to
    Cambodia" may be a journey) is handed over, it does not travel."""
    line = dateline(subject.doc)
    if line is not None and line.start <= subject.i < line.end:
        return False  # "BONN, May 2 - The minister arrived": a dateline misread as subject
    if subject.i in entity_tokens:
        return False
    return subject.ent_type_ in ("GPE", "LOC") and subject.pos_ == "PROPN"


# Verbs of motion that take a thing as their object when they halt or carry it.
_TRANSITIVE_MOTION = frozenset(["stop", "fly"])


def moved_a_thing(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``had stopped the shipment of oil to both countries``, ``the airlift which the air force
    flew into Zambia``: "stop" or "fly" with an object that is no person halts or carries a
    thing, "return" with an object hands it back (:func:`handed_back`); nobody travels (not
    "flew the delegates to Cairo")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "return":
        return handed_back(objs)
    if lemma not in _TRANSITIVE_MOTION:
        return False
    if any(o.lower_ == "which" for o in objs):
        return True  # "the airlift which the RAF flew": "which" stands for a thing
    return bool(objs) and not any(
        is_person(o, entity_tokens) or o.ent_type_ == "PERSON" or o.pos_ == "PRON" for o in objs
    )


# What a traveller "returns" that is a journey of his own: "returned the visit in 1965".
_RETURNED_CALLS = frozenset(["visit", "call", "compliment"])


def handed_back(objs: list[Token]) -> bool:
    """``the treaty which returned Ifni to Morocco``, ``Britain returned Hong Kong to China``:
    "return" with an object hands a thing (or people) back; nobody travels (not "returned the
    visit", a journey in turn)."""
    things = [o for o in objs if o.lower_ not in ("home", "here", "there")]  # "returned home"
    return bool(things) and not any(lemma_of(o) in _RETURNED_CALLS for o in things)


def resident_subject(verb: Token) -> bool:
    """Return whether the verb's subject holds a post abroad (an envoy, a mission: "the
    ambassador stayed in Moscow", "Ambassador X returned to Mongolia")."""
    subjects = subjects_of(verb, SUBJECT_DEPS)
    titles = subjects + [t for s in subjects for t in s.children if t.dep_ in ("compound", "appos")]
    return any(lemma_of(t) in _RESIDENT_NOUNS for t in titles)


# Travellers who are no state's visitors: aircraft flown on a mission, people who come to
# work, settle or shelter ("the first Peace Corps volunteers arrived in the country").
_NON_VISITOR_NOUNS = frozenset(
    [
        "aircraft",
        "plane",
        "planes",
        "bomber",
        "bombers",
        "jet",
        "jets",
        "volunteer",
        "volunteers",
        "refugee",
        "refugees",
        "settler",
        "settlers",
        "immigrant",
        "immigrants",
        "migrant",
        "migrants",
        "colonist",
        "colonists",
    ]
)


def non_visitor_subject(verb: Token) -> bool:
    """``Some of the aircraft flew from bases in Britain``, ``the first volunteers arrived in
    the country in 1991``: a craft or people come to work or settle moving is no visit (a
    squadron or a delegation under a named leader is)."""
    subjects = subjects_of(verb, SUBJECT_DEPS)
    # "some of the aircraft": the quantity's "of" object is the traveller
    heads = subjects + [p for s in subjects for p in prep_objects(s, ("of",))]
    return any(lemma_of(h) in _NON_VISITOR_NOUNS or h.lower_ in _NON_VISITOR_NOUNS for h in heads)


def _until_a_year(verb: Token) -> bool:
    """Return whether the verb has an "until"/"till" phrase naming a bare year ("until 1967")."""
    return any(p.like_num and len(p.text) == 4 for p in prep_objects(verb, ("until", "till")))


def stay_of_years(verb: Token) -> bool:
    """``Gorse, who stayed in Algiers until 1967``, ``she returned to Oslo the following year
    and stayed until 1930``: a stay told to last until a year (the verb's own, or that of a
    stay conjoined with a return) is a residence or a post, no visit."""
    lemma = lemma_of(verb)
    if lemma == "stay":
        return _until_a_year(verb)
    return lemma == "return" and any(
        c.dep_ == "conj" and lemma_of(c) in ("stay", "remain") and _until_a_year(c)
        for c in verb.children
    )


# Posts a traveller may take up on arrival: "arrived in Tehran as the Soviet envoy".
_POST_NOUNS = ENVOY_NOUNS | {"representative", "consul", "minister-resident", "agent"}


def arrived_at_post(verb: Token) -> bool:
    """``Rothstein arrived in Tehran as the Soviet envoy``, ``arrived in Berlin as Soviet
    representative``: coming "as" an envoy is taking up a post, no visit (a special or personal
    envoy sent on a mission travels)."""
    for post in prep_objects(verb, ("as",)):
        mods = {c.lower_ for c in post.children}
        if lemma_of(post) in _POST_NOUNS and not mods & {"special", "personal"}:
            return True
    return False


def sent_person(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``X was sent to Tehran``, ``sent his foreign minister to Cairo``: a person or delegation
    sent to a state travels there (envoys sent to a post are appointments, found before)."""
    if lemma not in ("send", "dispatch"):
        return False
    if any(lemma_of(t) in ENVOY_NOUNS for t in verb.sent):
        return False  # "ambassadors were exchanged when X was sent to Peking": a posting
    if not any(is_destination(d, entity_tokens) for d in prep_objects(verb, ("to",))):
        return False
    return any(
        is_named_guest(o, entity_tokens)
        and o.ent_type_ not in NON_PERSON_ENTS
        and lemma_of(o) not in _RESIDENT_NOUNS
        for o in objs
    )


# Gatherings abroad a person attends or represents his state at: VISIT_EVENT_NOUNS, and a
# meeting when its place is named ("attended the meeting of APEC ministers in Seoul").
_ATTENDED_NOUNS = VISIT_EVENT_NOUNS | {"meeting"}


def attended_abroad(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``attended the meeting of APEC ministers in Seoul``, ``represented the United States
    at the independence celebrations in Accra``: a person at a gathering held in a named
    place went there (a bare "attended the meeting" may be at home)."""
    if lemma == "attend":
        gatherings = [o for o in objs if word_in(o, _ATTENDED_NOUNS)]
    elif lemma == "represent" and verb.tag_ in PAST_TAGS:
        gatherings = [g for g in prep_objects(verb, ("at",)) if word_in(g, _ATTENDED_NOUNS)]
    else:
        return False
    if resident_subject(verb):
        return False  # "the Soviet ambassador attended the ceremony": an envoy at his post
    # "the meeting of APEC ministers in Seoul": the place may hang on the "of" phrase
    holders = [verb, *gatherings, *(p for g in gatherings for p in prep_objects(g, ("of",)))]
    return bool(gatherings) and any(
        p.i in entity_tokens for h in holders for p in prep_objects(h, ("in", "at"))
    )


def attended_by_clause(verb: Token, lemma: str) -> bool:
    """``Libya hosted a summit in Tripoli in December, attended by the leaders of A and B``,
    ``a conference was held in Accra, attended by ...``: a passive "attended by" hung on the
    clause that names a gathering (its object or passive subject) tells who came to it."""
    if lemma != "attend" or verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "conj"):
        return False
    if not any(c.dep_ == "agent" for c in verb.children):
        return False
    named = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(word_in(n, VISIT_EVENT_NOUNS) for n in named)


def gathering_held(verb: Token) -> bool:
    """``the Islamic summit conference held in Rabat in September 1969``: a participle of
    holding that describes a gathering; its place and time are the gathering's, and so those of
    attending it."""
    return (
        verb.dep_ == "acl"
        and lemma_of(verb) in ("hold", "convene")
        and word_in(verb.head, _ATTENDED_NOUNS)
    )


def gathering_name_places(verb: Token) -> list[Token]:
    """Return the place words in the name of a gathering attended ("attended the Addis Ababa
    conference", "the Bandung conference, which he had attended"): the traveller went there
    (the entities give a place naming a conference no state, as it is no party of it)."""
    if lemma_of(verb) != "attend":
        return []
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objs):
        objs = [verb.head]  # "the Addis Ababa conference, which he had attended"
    gatherings = [o for o in objs if word_in(o, _ATTENDED_NOUNS)]
    return [
        t
        for g in gatherings
        for t in g.subtree
        if t.i < g.i and t.dep_ == "compound" and t.pos_ == "PROPN"
    ]


def gathering_hosts(verb: Token) -> list[Token]:
    """Return the words naming who hosted a gathering attended ("attended a summit hosted by
    Ghanaian President John Kufuor", "the conference, hosted by Egypt, which he attended"):
    the host's state received the travellers."""
    if lemma_of(verb) != "attend":
        return []
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objs):
        objs = [verb.head]
    hosted = [c for o in objs if word_in(o, _ATTENDED_NOUNS) for c in o.children if c.dep_ == "acl"]
    return [
        t
        for h in hosted
        if lemma_of(h) == "host"
        for a in h.children
        if a.dep_ == "agent"
        for t in a.subtree
    ]


def landed_in(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``the German Emperor landed at Tangier``, ``Kosygin landed at Beijing airport``: a
    person landing at a named place (or its airport) comes there (troops landing invade, a
    plane landing carries someone the text names elsewhere)."""
    if lemma != "land" or verb.tag_ not in PAST_TAGS:
        return False
    if not any(
        is_guest(s, entity_tokens) and s.ent_type_ not in NON_PERSON_ENTS for s in subjects_of(verb)
    ):
        return False
    places = prep_objects(verb, ("at", "in"))
    # "at Beijing airport": the place named by the airport's compound
    named = places + [c for p in places for c in p.children if c.dep_ == "compound"]
    return any(t.i in entity_tokens for t in named)


def sent_on_special_mission(verb: Token, entity_tokens: set[int]) -> bool:
    """``sent X to Taipei as a special envoy``, ``was sent to Constantinople as special
    ambassador``: an envoy on a special mission travels to the place he is sent to (as well
    as being appointed; a resident envoy's posting is no journey)."""
    if lemma_of(verb) not in ("send", "dispatch") or verb.tag_ not in PAST_TAGS:
        return False
    roles = prep_objects(verb, ("as",))
    special = any(
        lemma_of(r) in ENVOY_NOUNS and any(c.lower_ == "special" for c in r.children) for r in roles
    )
    return special and any(is_destination(d, entity_tokens) for d in prep_objects(verb, ("to",)))


def crossed_into(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``the president crossed into Bolivia to meet X``, ``the envoy crossed to Japan``,
    ``crossed the border to meet X at Y``: a person who crosses into or to a named state, or
    crosses to meet someone, visits (troops crossing a border invade, they are no person)."""
    if lemma != "cross" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if not any(is_person(s, entity_tokens) for s in subjects_of(verb)):
        return False
    # "crossed into Bolivia", "crossed to the United States", "crossed over to Japan"
    overs = [c for c in verb.children if c.lower_ == "over" and c.dep_ in ("advmod", "prt")]
    dests = [d for w in [verb, *overs] for d in prep_objects(w, ("into", "to"))]
    if any(d.i in entity_tokens for d in dests):
        return True
    # "crossed the mountains/the border to meet her counterpart": a crossing to meet someone
    return any(
        c.dep_ in ("xcomp", "advcl") and lemma_of(c) == "meet" and c.i > verb.i
        for c in verb.children
    )


_DATE_NOUNS = frozenset(["date", "time", "timing"])


def date_not_known(noun: Token) -> bool:
    """``No date for the visit has been announced``, ``the date of the visit had not been
    fixed``: a visit whose date is not yet known is planned, not made."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "of"):
        return False
    head = noun.head.head
    if lemma_of(head) in _DATE_NOUNS:
        dates, verb = [head], head.head
    elif head.pos_ in ("VERB", "AUX"):
        dates, verb = [c for c in head.children if lemma_of(c) in _DATE_NOUNS], head
    else:
        return False
    unknown = any(c.lower_ == "no" for d in dates for c in d.children if c.dep_ == "det")
    negated = bool(dates) and any(c.dep_ == "neg" for c in verb.children)
    return unknown or negated


_SETTLEMENT_NOUNS = frozenset(["town", "station", "resort", "village", "spa"])


# Occasions a traveller flies in for: "flew in for the ceremony", "arrived for two days of talks".
_OCCASION_NOUNS = VISIT_EVENT_NOUNS | {
    "ceremony",
    "ceremonies",
    "celebration",
    "celebrations",
    "festivities",
    "signing",
    "talks",
    "funeral",
    "inauguration",
    "independence",
}


def arrived_at_dateline(verb: Token, lemma: str) -> bool:
    """``Prime Minister Keating flew in for the ceremony``, ``the Soviet Foreign Minister
    arrived this afternoon for talks``: in a news report with a dateline, a traveller who flew
    in, or arrived or came for an occasion, naming no destination, came to the dateline's
    place (the report's own scene)."""
    if lemma not in ("fly", "arrive", "come") or verb.tag_ not in PAST_TAGS:
        return False
    if any(p.pos_ == "PROPN" for p in prep_objects(verb, ("to", "in", "at", "into"))):
        return False  # a destination of its own
    # "flew in": the parser reads "in" as a particle or an adverb
    flew_in = lemma == "fly" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "in" for c in verb.children
    )
    occasion = any(_names_occasion(o) for o in prep_objects(verb, ("for",)))
    return (flew_in or (lemma != "fly" and occasion)) and dateline(verb.doc) is not None


def visit_to_dateline(trigger: Trigger) -> bool:
    """Return whether a visit trigger is a traveller's arrival at a news report's dateline
    place (:func:`arrived_at_dateline`), whose host is the dateline's state."""
    verb = trigger.anchor
    return trigger.type == "VISIT" and arrived_at_dateline(verb, lemma_of(verb))


def _names_occasion(noun: Token) -> bool:
    """Return whether ``noun`` is an occasion, or a span of one ("two days of talks")."""
    return any(word_in(w, _OCCASION_NOUNS) for w in (noun, *prep_objects(noun, ("of",))))


# Verbs of consent whose infinitive is an act agreed on, still to come: "agreed to visit X".
_CONSENT_VERBS = frozenset(["agree", "consent"])


def agreed_to(verb: Token) -> bool:
    """``Kim agreed to visit Seoul at an appropriate time``, ``who agreed to meet X the
    following month``: a visit or meeting a person agrees to make is planned, not made."""
    return verb.dep_ == "xcomp" and has_to_marker(verb) and lemma_of(verb.head) in _CONSENT_VERBS


def went_on_to(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``before continuing to Tbilisi``, ``then proceeded to Cairo``: a traveller going on to
    a named destination (not "continued to support", an infinitive)."""
    if lemma not in ONWARD_VERBS or verb.tag_ not in ("VBD", "VBG"):
        return False
    return any(is_destination(d, entity_tokens) for d in prep_objects(verb, ("to",)))


def came_here(verb: Token, lemma: str) -> bool:
    """``your minister came here in the summer``: in a record of talks "here" is the host's
    country (the parties come from the context)."""
    if lemma not in ("come", "arrive"):
        return False
    if any(c.lower_ == "here" and c.dep_ == "advmod" for c in verb.children):
        return True
    # "arrived in this city", "in this hill station": a deictic place is the report's own place
    return any(
        lemma_of(p) in _PLACE_NOUNS | _SETTLEMENT_NOUNS
        and any(c.lower_ == "this" for c in p.children)
        for p in prep_objects(verb, ("in", "to", "at"))
    )


_RESIDENT_NOUNS = frozenset(["ambassador", "envoy", "consul", "embassy", "mission", "legation"])


def _located_in_state(verb: Token, entity_tokens: set[int]) -> bool:
    return any(d.i in entity_tokens for d in prep_objects(verb, ("in",)))


def was_in(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``the Romanian premier was in Beijing``: a visiting person's stay (not a resident
    envoy's post, and not a state "in a difficult position")."""
    if lemma != "be" or not _located_in_state(verb, entity_tokens):
        return False
    if not simple_or_past_perfect(verb):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
        return False  # "had been in Moscow since 1968": a residence, not a stay
    subjects = subjects_of(verb)
    if any(lemma_of(a) in _RESIDENT_NOUNS for a in resolved(subjects)):
        return False  # "the ambassador ... he had been in Moscow"
    return any(
        (s.i in entity_tokens and s.ent_type_ == "PERSON")
        or (lemma_of(s) in PERSON_GROUP_NOUNS and lemma_of(s) not in _RESIDENT_NOUNS)
        or s.lower_ in ("he", "she")  # "He had been in Prague in August": the person told of
        for s in subjects
    )


def guest_in_place(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``X was his guest in Davao``, ``X was the guest of Nasser in Aswan``: a person who was
    someone's guest in a named place came there."""
    if lemma != "be" or not simple_or_past_perfect(verb):
        return False
    if not any(is_guest(s, entity_tokens) for s in subjects_of(verb)):
        return False
    guests = [c for c in verb.children if c.dep_ == "attr" and lemma_of(c) == "guest"]
    hosts = [h for g in guests for h in prep_objects(g, ("of",))]
    places = [p for h in [verb, *guests, *hosts] for p in prep_objects(h, ("in", "at"))]
    return bool(guests) and any(p.i in entity_tokens for p in places)


# Verbs that open or close a journey at a place: "ended his tour of Asia in Manila".
_JOURNEY_END_VERBS = frozenset(["begin", "start", "end", "conclude", "finish", "complete"])


def journey_ended_in(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``ended his journey through the ASEAN states in Manila``, ``began his tour in Cairo``:
    the place where a journey begins or ends is one it went to."""
    if lemma not in _JOURNEY_END_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    journeys = [o for o in objs if lemma_of(o) in _TRAVEL_NOUNS - {"mission"}]
    # the parser hangs a final "in Manila" on the route ("through the ASEAN states in Manila")
    routes = [r for h in [verb, *journeys] for r in prep_objects(h, ("through", "of"))]
    places = [p for h in [verb, *journeys, *routes] for p in prep_objects(h, ("in", "at"))]
    return bool(journeys) and any(p.i in entity_tokens for p in places)


def _dated_only(verb: Token) -> bool:
    """Return whether the verb's prepositions name only times ("came in March 1960")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return bool(preps) and all(
        p.lower_ in ("in", "on") and any(_is_date(o) for o in p.children if o.dep_ == "pobj")
        for p in preps
    )


def _is_date(token: Token) -> bool:
    return token.ent_type_ == "DATE" or token.lower_ in MONTH_NUMBERS or token.like_num


def joined_in(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``the Polish leader joined him in Moscow``: joining a person abroad is a visit."""
    if lemma != "join" or not _located_in_state(verb, entity_tokens):
        return False
    return any(is_person(o, entity_tokens) or o.lower_ == "them" for o in objs)


def passed_through(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``the Vice President passed through Karachi in May``: a traveller passing through a
    named place visits it (not "the bill passed through parliament")."""
    if lemma != "pass" or verb.tag_ not in PAST_TAGS:
        return False
    places = prep_objects(verb, ("through",))
    return any(p.i in entity_tokens and p.ent_type_ in ("GPE", "LOC") for p in places)


def toured(lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``toured West Africa``, ``toured Western capitals``: touring states or their capitals;
    or sites in named places ("toured diaspora communities in Paris and Beirut") or of a named
    state ("toured the Argentine enrichment plant")."""
    if lemma != "tour":
        return False
    if any(
        is_destination(o, entity_tokens)
        or lemma_of(o) in _PLACE_NOUNS | {"state"}
        or o.pos_ == "PROPN"
        for o in objs
    ):
        return True
    return any(_site_of_state(o, entity_tokens) for o in objs)


def _site_of_state(site: Token, entity_tokens: set[int]) -> bool:
    """Return whether a site toured is in a named place ("communities in Paris and Beirut",
    the parser hanging "in" on the site or on the verb) or of a named state ("the Argentine
    enrichment plant")."""
    holders = [site, site.head]
    if any(p.i in entity_tokens for h in holders for p in prep_objects(h, ("in", "at"))):
        return True
    return any(
        nationality_modified(m, entity_tokens, deps=("amod",))
        for m in [site, *(c for c in site.children if c.dep_ == "compound")]
    )


_TRAVEL_NOUNS = frozenset(["tour", "trip", "journey", "mission"])

# What makes a "mission" a travelling delegation rather than a diplomatic post.
_TRAVELLING_MISSION_MODIFIERS = frozenset(
    ["trade", "goodwill", "good-will", "economic", "military", "parliamentary", "fact-finding",
     "purchasing", "commercial", "cultural", "friendship"]
)  # fmt: skip


def travelling_mission(noun: Token) -> bool:
    """``a Brazilian trade mission``, ``a goodwill mission``: a delegation sent on a journey
    (not "the Soviet mission in Havana", a post)."""
    return lemma_of(noun) == "mission" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _TRAVELLING_MISSION_MODIFIERS
        for c in noun.children
    )


def led_delegation_to(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``led the party delegation to Moscow``, ``led a trade mission to China``, ``the
    delegation he led there``: the delegation travels (not "led the delegations to X", a
    series of journeys)."""
    if lemma not in ("lead", "head"):
        return False
    groups = [
        o
        for o in objs
        if o.tag_ != "NNS"
        and (lemma_of(o) == "delegation" or (lemma == "lead" and travelling_mission(o)))
    ]
    if not groups:
        return False
    dests = prep_objects(verb, ("to",)) + [p for o in groups for p in prep_objects(o, ("to",))]
    there = any(c.lower_ == "there" and c.dep_ == "advmod" for c in verb.children)
    return there or any(is_destination(d, entity_tokens) for d in dests)


# Verbs by which a speaker tells of a journey made: "recalled his journey to the United States".
_RECOUNTING_VERBS = frozenset(["recall", "remember", "recount", "describe", "mention"])


def journey_destinations(noun: Token) -> list[Token]:
    """Return where a journey goes: "his journey to Moscow", and "recalled his journey to the
    United States", where the parser hangs the destination on the verb recounting it."""
    dests = prep_objects(noun, ("to",))
    if noun.dep_ == "dobj" and lemma_of(noun.head) in _RECOUNTING_VERBS:
        dests += [d for d in prep_objects(noun.head, ("to",)) if d.i > noun.i]
    return dests


def stay_in_place(noun: Token, entity_tokens: set[int]) -> bool:
    """``his stay in Helsinki in September 1960``, ``Tito's stay in Moscow``, ``Mr. X's stop on
    Cheju Island``, ``a stay of two weeks in Egypt by the Libyan leader``: a person's stay or
    halt in a named place (not "the stay of execution", nor a resident's "long stay")."""
    if lemma_of(noun) not in ("stay", "sojourn", *_STOP_NOUNS) or noun.tag_ == "NNS":
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    # "a stay of several weeks in Egypt by the Libyan leader": the stayer named by "by"
    owners += [b for b in prep_objects(noun, ("by",)) if b.ent_type_ not in NON_PERSON_ENTS]
    if not any(c.lower_ in ("his", "her", "their") or is_person(c, entity_tokens) for c in owners):
        return False
    places = prep_objects(noun, ("in", "at", "on"))
    # "on Cheju Island": the place named by the island's compound
    named = places + [c for p in places for c in p.children if c.dep_ == "compound"]
    return any(is_destination(d, entity_tokens) for d in named)


# Verbs by which a journey moves its traveller: "a tour that took/brought/led him to X".
CONVEY_VERBS = frozenset(["take", "bring", "lead", "carry"])


def trip_took(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``a tour of Asia that took him to Nepal and Ceylon``, ``his tour also took him to
    Ghana``: a journey taking someone to a state, told in a relative clause on the journey or
    with the journey as the subject."""
    if lemma not in CONVEY_VERBS:
        return False
    if not any(lemma_of(j) in _TRAVEL_NOUNS for j in _conveying_journeys(verb)):
        return False
    return any(is_destination(d, entity_tokens) for d in prep_objects(verb, ("to",)))


def _conveying_journeys(verb: Token) -> list[Token]:
    """Return the nouns that may be the journey a conveying verb tells of: its subject, the
    noun its relative clause hangs on, and, when the parser hangs that clause on the journey's
    time ("recalled his tour of Asia in May 1960, which had taken him to X"), the nouns of the
    clause or the noun that "in" phrase belongs to."""
    if verb.dep_ != "relcl":
        return subjects_of(verb)
    head = verb.head
    if head.ent_type_ != "DATE" or head.dep_ != "pobj" or head.head.lower_ != "in":
        return [head]
    holder = head.head.head  # "his tour ... in May 1960": the verb or noun the date is on
    return [holder, *(c for c in holder.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))]


def conveyed_by_verb(noun: Token) -> bool:
    """``his tour of South America in 1960, which had taken him to A and B``: a journey noun
    that a conveying verb of its sentence tells the destinations of (that verb states the
    visits; the noun's own region names no host)."""
    return any(
        lemma_of(v) in CONVEY_VERBS and noun in _conveying_journeys(v) and prep_objects(v, ("to",))
        for v in noun.sent
    )


# Nouns for the halts of a journey: "a tour of West Africa, with stops in Lagos and Dakar".
_STOP_NOUNS = frozenset(["stop", "stopover", "halt"])


def tour_stops(journey: Token) -> list[Token]:
    """Return the places a journey stopped at, told by "with stops in A and B" on the journey
    noun or on the verb that makes it ("made a tour of West Africa, with stops in Lagos and
    Dakar"): each is a place the journey went to."""
    holders = [journey, journey.head] if journey.dep_ == "dobj" else [journey]
    stops = [s for h in holders for s in prep_objects(h, ("with",)) if lemma_of(s) in _STOP_NOUNS]
    return _with_all_conjuncts([p for s in stops for p in prep_objects(s, ("in", "at"))])


# Verbs of talks whose places, in a clause joined to a tour, are the tour's stops.
_TALKS_VERBS = frozenset(["hold", "meet", "talk", "confer", "negotiate"])


def tour_venues(verb: Token) -> list[Token]:
    """Return the places of talks told in a clause joined to "toured" ("toured West Africa; in
    Dakar, Lagos and Kinshasa he held talks"): the stops of the tour (none when the tour's own
    object is no region but a named place)."""
    if lemma_of(verb) != "tour" or verb.pos_ != "VERB":
        return []
    linked = [c for c in verb.children if c.dep_ in ("conj", "ccomp")]
    if verb.dep_ in ("conj", "ccomp"):
        linked.append(verb.head)
    talks = [v for v in linked if lemma_of(v) in _TALKS_VERBS and v.i > verb.i]
    return _with_all_conjuncts([p for v in talks for p in prep_objects(v, ("in", "at"))])


def came_on_date(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Comrade Kosygin, who came in March 1968``, ``he had come in January 1965``: in a
    record of talks, a person who "came" (with only a date) came to the speaker's country."""
    if lemma not in ("come", "arrive") or not _dated_only(verb):
        return False
    if verb.dep_ != "relcl":
        return _guest_came(verb, entity_tokens)
    head = verb.head
    if _body_entered(head):
        return False  # "X's admission to the UN, which came in 1961": the entry came
    named = head.ent_type_ == "PERSON" or (head.i in entity_tokens and head.pos_ == "PROPN")
    return named or lemma_of(head) in PERSON_GROUP_NOUNS


def _guest_came(verb: Token, entity_tokens: set[int]) -> bool:
    """``He had come in January 1965, ... and again in November 1967``: a person who "had
    come" at a stated time, naming no place, came to the place the text is set in (a record
    of talks: the host's country)."""
    if not past_perfect(verb):
        return False
    subjects = subjects_of(verb)
    return any(
        s.lower_ in ("he", "she") or (s.ent_type_ == "PERSON" and s.i in entity_tokens)
        for s in subjects
    )


def _body_entered(noun: Token) -> bool:
    """Return whether ``noun`` is the body of an entry ("admission to the UN"), so that a
    relative clause hung on it tells of the entry."""
    return noun.dep_ == "pobj" and lemma_of(noun.head.head) in ENTRY_NOUNS


def leaders_pilgrimage(noun: Token, entity_tokens: set[int]) -> bool:
    """A pilgrimage to a named place, or a person's own ("his second pilgrimage"): a church
    leader's journey abroad (not "the pilgrimage season")."""
    if any(is_destination(d, entity_tokens) for d in prep_objects(noun, ("to",))):
        return True
    return any(
        c.dep_ == "poss" and (c.lower_ in ("his", "her") or is_person(c, entity_tokens))
        for c in noun.children
    )


# Verbs by which a visit noun states the act: "paid a visit", "made the visit".
_LIGHT_VISIT_VERBS = frozenset(["make", "pay", "undertake", "begin", "start"])


def refers_back(noun: Token, entity_tokens: set[int]) -> bool:
    """``after that visit``, ``during this visit``, ``the visit was the first``: a demonstrative
    or bare definite noun with no participant,
    destination or date of its own names an event told before (merging cannot always join it:
    its clause may carry another act's date)."""
    if ordinal_restatement(noun, entity_tokens):
        return True  # "The second visit had opened the way": one of the visits just counted
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    # "He said that the visit was the first by ...", "regarded the visit as": a bare "the
    # visit" is one already known (a record's own visit), unless its clause dates it ("the
    # visit took place in May") or a light verb states the act ("paid the visit")
    bare = (
        dets == ["the"]
        and noun.tag_ == "NN"
        and not _clause_dated(noun.head)
        and any(t.pos_ in ("VERB", "AUX") for t in noun.sent)  # not a heading ("Course of")
    )
    if not bare and not any(d in ("that", "this") for d in dets):
        return False
    if noun.dep_ == "dobj" and (not bare or lemma_of(noun.head) in _LIGHT_VISIT_VERBS):
        return False  # "made this visit to Tokyo": the light verb states the act
    own = [c for c in noun.children if c.dep_ in ("poss", "prep", "compound", "amod", "nmod")]
    return not own and not any(t.i in entity_tokens for t in noun.subtree)


# Ordinals by which a text points back at one of the visits it has just counted.
_BACK_ORDINALS = frozenset(["second", "third", "fourth", "latter", "former", "previous", "earlier"])


def ordinal_restatement(noun: Token, entity_tokens: set[int]) -> bool:
    """``The second visit had opened the way``, ``the earlier visit``: "the" with an ordinal
    after the first and nothing else of its own (no destination, visitor or date) points back
    at a visit the text has just told ("he had come in 1965 and again in 1967")."""
    own = [c for c in noun.children if c.dep_ not in ("det", "amod")]
    dets = [c for c in noun.children if c.dep_ == "det"]
    mods = [c for c in noun.children if c.dep_ == "amod"]
    return (
        not own
        and len(dets) == 1
        and dets[0].lower_ == "the"
        and len(mods) == 1
        and mods[0].lower_ in _BACK_ORDINALS
        and noun.dep_ in ("nsubj", "nsubjpass")
        and not any(t.i in entity_tokens for t in noun.subtree)
        and not _clause_dated(noun.head)
    )


def _clause_dated(verb: Token) -> bool:
    """Return whether a time hangs on ``verb`` ("the second visit took place in May 1967"):
    a new visit told with its own date, not one pointing back."""
    return any(t.ent_type_ == "DATE" for c in verb.children if c.dep_ == "prep" for t in c.subtree)


def received_in_place(verb: Token, entity_tokens: set[int]) -> bool:
    """``Mengistu was received in Moscow that May``: a person received in a named place came
    there (a visit as well as a meeting)."""
    if lemma_of(verb) != "receive" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(is_guest(g, entity_tokens) for g in subjects_of(verb, ("nsubjpass",))):
        return False
    hosts = prep_objects(verb, ("by",))
    if any(lemma_of(a) in _RESIDENT_NOUNS for a in hosts):
        return False  # "received in Ulaanbaatar by the Korean ambassador": the guest is at home
    if any(is_person(a, entity_tokens) for a in hosts):
        return False  # "received by King Abdullah in Riyadh": the meeting, no travel told
    return any(d.i in entity_tokens for d in prep_objects(verb, ("in", "at")))


# Who arrives in a deployment, not a visit: "the arrival of Cuban troops in Angola".
_DEPLOYED_NOUNS = TROOP_NOUNS | {"ships", "arms", "weapons"}


def arrival_in_place(noun: Token, entity_tokens: set[int]) -> bool:
    """``since its arrival in Alexandria on 9 May``, ``the delegation's arrival in Peking``: a
    visitor's arrival in a named place (not troops' or goods' arrival)."""
    if lemma_of(noun) != "arrival" or noun.tag_ == "NNS":
        return False
    arrived = prep_objects(noun, ("of",))
    if any(word_in(a, _DEPLOYED_NOUNS) for a in arrived):
        return False
    return any(is_destination(d, entity_tokens) for d in prep_objects(noun, ("in", "at")))


def welcomed_to_place(verb: Token, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Nasser welcomed Tito to Cairo``: a person welcomed to a named place visits it."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    guests = [o for o in objs if is_person(o, entity_tokens) and o.ent_type_ not in NON_PERSON_ENTS]
    places = prep_objects(verb, ("to",)) + [p for g in guests for p in prep_objects(g, ("to",))]
    return bool(guests) and any(is_destination(p, entity_tokens) for p in places)


_DURATION_NOUNS = frozenset(["day", "week", "month", "night", "fortnight", "hour"])


def spent_time_in(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Nkrumah spent two weeks in the Soviet Union``: a person spending a stated time in a
    named state visits it (not "the embassy spent years in ...": a resident)."""
    if lemma != "spend" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if not any(lemma_of(o) in _DURATION_NOUNS for o in verb.children if o.dep_ == "dobj"):
        return False
    if resident_subject(verb) or not any(
        is_guest(s, entity_tokens) or s.pos_ == "PROPN" for s in subjects_of(verb)
    ):
        return False
    return any(is_destination(d, entity_tokens) for d in prep_objects(verb, ("in",)))


def _with_all_conjuncts(tokens: list[Token]) -> list[Token]:
    """Return ``tokens`` and every conjunct chained to them ("Ghana, Togo and Cameroon")."""
    out: list[Token] = []
    todo = list(tokens)
    while todo:
        tok = todo.pop()
        if tok not in out:
            out.append(tok)
            todo.extend(c for c in tok.children if c.dep_ == "conj")
    return out


def visit_destinations(trigger_token: Token, anchor: Token) -> list[Token]:
    """Return the places a visit goes to with their conjuncts: the object of "visited" or
    "toured", where a verb of motion or conveyance leads ("went to", "took him to"), or the
    "to" phrase of a visit noun ("his visit to A and B")."""
    if trigger_token.pos_ in ("NOUN", "PROPN"):
        return _with_all_conjuncts(prep_objects(trigger_token, ("to",))) + tour_stops(trigger_token)
    dests = motion_destinations(anchor) + prep_objects(anchor, ("to",))
    if lemma_of(anchor) in ("visit", "tour"):
        dests += [c for c in anchor.children if c.dep_ == "dobj"]
    if lemma_of(anchor) == "tour":  # "toured the communities in Paris and Beirut"
        dests += [p for c in anchor.children if c.dep_ == "dobj" for p in prep_objects(c, ("in",))]
    return _with_all_conjuncts(dests) + tour_venues(anchor)


# Verbs of a journey's last leg, whose "from" phrase names the stop before: "she had come to
# Washington from London", "he had flown in from Tunis", "had come on from Kuala Lumpur".
_ARRIVAL_VERBS = frozenset(["come", "arrive", "fly", "travel", "journey"])


def arrival_particles(verb: Token) -> list[Token]:
    """Return the particles of an arrival here or a journey on ("flew in", "came on"): "in" or
    "on" with no object of its own (not "on 9 July")."""
    return [
        c
        for c in verb.children
        if c.lower_ in ("in", "on")
        and c.dep_ in ("advmod", "prt", "prep")
        and not any(g.dep_ == "pobj" for g in c.children)
    ]


def journey_origins(verb: Token) -> list[Token]:
    """Return the places a traveller came from, with their conjuncts, when ``verb`` is a verb
    of arrival ("came to Washington from London", "arrived in Bangkok from Jakarta") or of a
    journey's last leg ("flown in from Karachi", "came on from Kuala Lumpur"); the traveller
    had been there."""
    if lemma_of(verb) not in _ARRIVAL_VERBS:
        return []
    particles = arrival_particles(verb)
    if lemma_of(verb) not in ("come", "arrive") and not particles:
        return []  # "travelled from Pakistan to Beijing": where the whole journey began
    origins = prep_objects(verb, ("from",))
    for c in particles:
        origins += prep_objects(c, ("from",))
    return _with_all_conjuncts(origins)


def arrived_from(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``He had flown in from Tunis``, ``the President, who had flown in from Karachi``: a
    person arriving from a named place had been there (troops and goods are no travellers)."""
    if lemma not in _ARRIVAL_VERBS or not any(
        is_destination(d, entity_tokens) for d in journey_origins(verb)
    ):
        return False
    subjects = subjects_of(verb)
    if any(s.lower_ in ("who", "that") for s in subjects) and verb.dep_ == "relcl":
        subjects = [verb.head]
    return any(is_guest(s, entity_tokens) for s in subjects)


def meeting_venues(trigger_token: Token, anchor: Token) -> list[Token]:
    """Return the places talks are held in with their conjuncts: "in Dakar, Lagos and Kinshasa
    he held talks", "talks at Lagos and Accra"."""
    places = prep_objects(anchor, ("in", "at"))
    if trigger_token.i != anchor.i:
        places += prep_objects(trigger_token, ("in", "at"))
    return _with_all_conjuncts(places)
