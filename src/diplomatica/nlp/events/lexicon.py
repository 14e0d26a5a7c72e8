"""Trigger lexicons compiled from the ontology, plus the closed word classes rules rely on."""

from __future__ import annotations

from dataclasses import dataclass

from diplomatica.nlp.ontology import Ontology

AGREEMENT_NOUNS = frozenset(
    [
        "treaty",
        "agreement",
        "protocol",
        "convention",
        "memorandum",
        "contract",
        "accord",
        # titles in the plural stay unlemmatised as proper nouns: "the Madrid Accords"
        "accords",
        "agreements",
        "treaties",
        "protocols",
        "declaration",
        "communique",
        "communiqué",
        "charter",
        "pact",
        "concordat",
        "compact",
        "arrangement",
        "arrangements",
        # "signed a similar instrument with Egypt"
        "instrument",
    ]
)
# Texts that are agreements when signed, though not by name: "signed a joint statement".
# Texts signed though not called agreements: "signed a joint statement", "signed minutes"
# (of a meeting that settled something).
SIGNED_TEXT_NOUNS = frozenset(["statement", "communique", "communiqué", "act", "minutes", "minute"])
MISSION_NOUNS = frozenset(
    ["embassy", "legation", "consulate", "mission", "representation", "nunciature"]
)
ENVOY_NOUNS = frozenset(
    [
        "ambassador",
        "envoy",
        "chargé",
        "charge",
        "diplomat",
        "diplomats",
        "ambassadors",
        "plenipotentiary",
        "nuncio",
        "internuncio",
        "pro-nuncio",
    ]
)
AID_NOUNS = frozenset(
    [
        "aid",
        "assistance",
        "supply",
        "supplies",
        "shipment",
        "shipments",
        "food",
        "grain",
        "wheat",
        "rice",
        "meat",
        "butter",
        "clothing",
        "boots",
        "weapon",
        "weapons",
        "arms",
        "loan",
        "loans",
        "grant",
        "grants",
        "credit",
        "credits",
        "goods",
        "equipment",
        "medicine",
        "medicines",
        "relief",
        "donation",
        "donations",
        "fuel",
        "oil",
        "ammunition",
        "funds",
        "petrol",
        "gasoline",
        "tank",
        "tanks",
        "artillery",
        "aircraft",
        "jets",
        "bombers",
        "fighters",
        "helicopters",
        "warplanes",
        "rifle",
        "rifles",
        "missile",
        "missiles",
        "cartridges",
    ]
)
# Words saying an agreement is like one told before, concluded by another state with the same
# partner: "Latvia concluded a similar pact", "signed an identical treaty".
LIKENESS_WORDS = frozenset(["similar", "identical", "parallel", "comparable", "analogous"])
# Verbs whose negation with an agreement object ends it: "decided not to renew the treaty".
RENEWAL_VERBS = frozenset(["extend", "renew", "prolong"])
# Settlements of a war that a signing verb concludes by their own name: "a truce was
# concluded", "a ceasefire signed in Sarajevo", "the peace signed at Portsmouth".
SETTLEMENT_NOUNS = frozenset(["truce", "ceasefire", "armistice", "peace"])
# What a state publicly backs: "welcomed the proposal", "warmly received the initiative".
SUPPORT_OBJECT_NOUNS = frozenset(
    [
        "proposal",
        "initiative",
        "position",
        "policy",
        "effort",
        "efforts",
        "idea",
        "plan",
        "decision",
        "stand",
        "stance",
        "program",
        "programme",
        "reform",
        "reforms",
        "cause",
        "struggle",
        "bid",
        "candidacy",
        # accords between states that a third welcomes: "welcomed the settlement"
        "settlement",
        "reconciliation",
        "rapprochement",
    ]
)
# Verbs that state approval of a proposal or position (never of a person: "welcomed the
# delegation" is a reception).
APPROVAL_VERBS = frozenset(["welcome", "endorse", "approve", "applaud", "hail", "praise"])
# Verbs of condemning a state's act: "condemned the invasion", "denounced Beijing's aggression".
CONDEMNING_VERBS = frozenset(["condemn", "denounce", "deplore", "censure"])
# Armed acts of one state against another, whose condemnation backs the victim.
AGGRESSION_NOUNS = frozenset(
    [
        "aggression",
        "invasion",
        "attack",
        "takeover",
        "occupation",
        "annexation",
        "intervention",
        "incursion",
        "bombing",
    ]
)
# Currencies: "granted five billion yen" is aid; "US dollars" names no party.
CURRENCY_NOUNS = frozenset(
    [
        "dollar",
        "yen",
        "mark",
        "rouble",
        "ruble",
        "pound",
        "franc",
        "yuan",
        "tugrik",
        "rupee",
        "won",
        "euro",
    ]
)
# Verbs by which money is given (paying a price is not aid, so "pay" is absent).
MONEY_AID_VERBS = frozenset(["grant", "give", "lend", "donate", "provide", "allocate", "extend"])
REFUGEE_NOUNS = frozenset(
    ["orphan", "orphans", "refugee", "refugees", "child", "children", "exile", "exiles"]
)
# People sent or provided as aid: "sent 480 military instructors", "provided doctors".
AID_PERSONNEL_NOUNS = frozenset(
    [
        "instructor",
        "instructors",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "specialist",
        "specialists",
        "technician",
        "technicians",
        "doctor",
        "doctors",
        "teacher",
        "teachers",
        "nurse",
        "nurses",
        "agronomist",
        "agronomists",
        "volunteer",
        "volunteers",
    ]
)
# Experts a state sends to work in another ("Soviet geologists had been working in Pakistan",
# "Indian engineers built the road"): aid when they work or build there, though sending them
# (to talks, to a conference) need not be.
EXPERT_NOUNS = frozenset(
    [
        "expert",
        "experts",
        "engineer",
        "engineers",
        "geologist",
        "geologists",
        "surveyor",
        "surveyors",
        "scientist",
        "scientists",
        "physician",
        "physicians",
        "economist",
        "economists",
        "builder",
        "builders",
        "worker",
        "workers",
    ]
)
# Works one state builds or finances in another: "built a textile mill in Dar es Salaam".
WORKS_NOUNS = frozenset(
    [
        "mill",
        "factory",
        "plant",
        "railway",
        "railroad",
        "road",
        "highway",
        "stadium",
        "hospital",
        "dam",
        "port",
        "harbour",
        "harbor",
        "bridge",
        "airport",
        "refinery",
        "works",
    ]
)
# Bodies of troops: "special forces were flown in", "Cuban units helped the army". The rules
# that need more (paratroopers, ships, armies...) add their words to this one list.
TROOP_NOUNS = frozenset(["forces", "troops", "units", "soldiers"])
# A state's armed services as a whole: "the Syrian army", "the Egyptian forces", "the navy".
ARMED_SERVICE_NOUNS = frozenset(["army", "armies", "navy", "military"])
# Titles of a state's ruler or head of government, one word each, as lemmas ("King X", "the
# Emir", "the sultan's army"). Role names of more words and vaguer heads ("prime minister",
# "leader", "chairman") are added where a rule needs them.
RULER_TITLES = frozenset(
    ["president", "premier", "chancellor", "king", "queen", "emir", "amir", "sultan", "shah",
     "sheikh", "emperor", "empress", "tsar", "czar", "monarch", "ruler", "regent", "dictator"]
)  # fmt: skip
# Verbs of ruling that tell their subject holds the rule by themselves ("had reigned since A",
# "ruled Pakistan").
RULING_VERBS = frozenset(["rule", "reign", "govern"])
# Verbs of leading that tell a rule only over what they are said to lead ("led Zambia", not
# "led the delegation").
LEADING_VERBS = frozenset(["lead", "head"])
# What an office holder is "in" or "took" ("in office", "came to power", "the throne").
HELD_PLACES = frozenset(["office", "power", "throne"])
# Plural nouns standing for the two states of the discourse ("the two countries", "both sides").
PAIR_NOUNS = frozenset(["countries", "governments", "sides", "nations", "states", "parties"])
# A state's entry into a body: "its admission to the UN", "their accession to the EU".
ENTRY_NOUNS = frozenset(
    ["admission", "accession", "entry", "membership", "application", "candidacy", "bid"]
)
# Verbs of going on to a next stop: "before continuing to Tbilisi", "then proceeded to Cairo".
ONWARD_VERBS = frozenset(["continue", "proceed"])
VISIT_MOTION_VERBS = frozenset(
    ["travel", "arrive", "come", "go", "fly", "journey", "stop", "stay", "return"]
)
MEETING_NOUNS = frozenset(
    [
        "talk",
        "talks",
        "meeting",
        "negotiation",
        "negotiations",
        "conversation",
        "reception",
        "discussion",
        "consultation",
        "consultations",
        "summit",
    ]
)
VISIT_EVENT_NOUNS = frozenset(
    [
        "congress",
        "conference",
        "festival",
        "celebration",
        "celebrations",
        "session",
        "summit",
        "ceremony",
        "anniversary",
        "games",
        "olympics",
        "funeral",
        "inauguration",
        "coronation",
        "investiture",
    ]
)
PERSON_GROUP_NOUNS = frozenset(
    [
        "delegation",
        "guest",
        "guests",
        "minister",
        "delegate",
        "delegates",
        "counterpart",
        "envoy",
        "ambassador",
        "leader",
        "president",
        "premier",
        "secretary",
        "chairman",
        "him",
        "her",
        "them",
        "head",
        "chancellor",
        "king",
        "queen",
        "emperor",
        "prince",
        "monarch",
        "shah",
        "sultan",
        "emir",
        "official",
        "officials",
        "representative",
        "representatives",
        "colleague",
        "colleagues",
        "ambassadors",
        "leaders",
        "ministers",
        "diplomat",
        "diplomats",
        "negotiator",
        "negotiators",
        "statesman",
        "team",
        "general",
        "marshal",
    ]
)
SIDE_NOUNS = frozenset(
    ["side", "sides", "country", "countries", "state", "states", "party", "parties"]
)
SPEECH_VERBS = frozenset(
    [
        "say",
        "state",
        "point",
        "stress",
        "emphasize",
        "emphasise",
        "declare",
        "announce",
        "affirm",
        "reaffirm",
        "assure",
        "explain",
        "note",
        "underline",
        "tell",
        "confirm",
        "make",
        "report",
    ]
)
# Stance predicates whose promise, told in reported speech ("declared that X would stand by
# Y"), is itself the stated stance; a reported "would" before any other act is future in the
# past ("said that ambassadors would be exchanged"), not a fact.
STANCE_VERBS = frozenset(
    ["support", "back", "endorse", "stand", "side", "defend", "remain", "be", "continue"]
)
# Governors under which an event is wished, planned, instructed or proposed, not reported.
IRREALIS_GOVERNORS = frozenset(
    [
        "want",
        "wish",
        "hope",
        "plan",
        "intend",
        "seek",
        "try",
        "attempt",
        "propose",
        "proposal",
        "initiative",
        "need",
        "expect",
        "aim",
        "fail",
        "refuse",
        "decline",
        "promise",
        "offer",
        "urge",
        "ask",
        "call",
        "instruct",
        "order",
        "invite",
        "prepare",
        "preparation",
        "plan",
        "schedule",  # "he is scheduled to meet Li Peng": a meeting still to come
        "intention",
        "hope",
        "expectation",
        "demand",
        "insist",
        "invitation",
        "request",
        "task",
        "goal",
        "possibility",
        "readiness",
        "willingness",
        "idea",
        "issue",
        "question",
        "consider",
        "consideration",
        "suggest",
        "suggestion",
        "anniversary",
        "prospect",
        "would",
        "envisage",
        "envisaged",
        "threaten",
        "able",
        "commitment",
        "obligation",
        # an act one is accused of is alleged, not told: "accusing Washington of arming Israel"
        "accuse",
        "accusation",
        "allege",
        "allegation",
        "allow",
        "permit",
        "enable",
        "entitle",
        "authorize",
        "authorise",
    ]
)
FUTURE_MARKERS = ("near future", "foreseeable future", "in principle", "future")
HABITUAL_WORDS = frozenset(
    [
        "annually",
        "annual",
        "regularly",
        "regular",
        "constantly",
        "constant",
        "usually",
        "always",
        "often",
        "permanent",
        "periodic",
        "periodically",
        "routine",
        "routinely",
        "continuous",
        "ongoing",
        "frequent",
        "frequently",
        "customary",
    ]
)
OFFICE_HEADS = frozenset(
    [
        "ambassador",
        "envoy",
        "counsellor",
        "counselor",
        "secretary",
        "minister",
        "chairman",
        "chairwoman",
        "president",
        "premier",
        "consul",
        "attaché",
        "attache",
        "chargé",
        "charge",
        "plenipotentiary",
        "director",
        "chief",
        "governor",
        "commander",
        "advisor",
        "adviser",
        "representative",
        "head",
        "leader",
        "deputy",
    ]
)


@dataclass(frozen=True)
class Lexicon:
    """Trigger lemmas per event type and trigger kind (verbs, nouns, objects, light verbs, and
    intransitive verbs whose subject is the event's object: "the treaty expired")."""

    verbs: dict[str, frozenset[str]]
    nouns: dict[str, frozenset[str]]
    objects: dict[str, frozenset[str]]
    light_verbs: dict[str, frozenset[str]]
    intransitive_verbs: dict[str, frozenset[str]]

    def types_for_verb(self, lemma: str) -> list[str]:
        """Return the event types whose verb lexicon contains ``lemma``."""
        return [t for t, words in self.verbs.items() if lemma in words]

    def types_for_noun(self, lemma: str) -> list[str]:
        """Return the event types whose noun lexicon contains ``lemma``."""
        return [t for t, words in self.nouns.items() if lemma in words]


def compile_lexicon(ontology: Ontology) -> Lexicon:
    """Return the :class:`Lexicon` of ``ontology`` (lower-cased trigger sets per type)."""
    return Lexicon(
        verbs={n: d.trigger_words("verbs") for n, d in ontology.types.items()},
        nouns={n: d.trigger_words("nouns") for n, d in ontology.types.items()},
        objects={n: d.trigger_words("objects") for n, d in ontology.types.items()},
        light_verbs={n: d.trigger_words("light_verbs") for n, d in ontology.types.items()},
        intransitive_verbs={
            n: d.trigger_words("intransitive_verbs") for n, d in ontology.types.items()
        },
    )
