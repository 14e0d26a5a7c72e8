"""Expressed support: backing, siding with, approving a proposal, defending in debate."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from diplomatica.nlp.events.lexicon import (
    AGGRESSION_NOUNS,
    AGREEMENT_NOUNS,
    APPROVAL_VERBS,
    ARMED_SERVICE_NOUNS,
    CONDEMNING_VERBS,
    ENTRY_NOUNS,
    SETTLEMENT_NOUNS,
    SUPPORT_OBJECT_NOUNS,
    TROOP_NOUNS,
    Lexicon,
)
from diplomatica.nlp.events.triggers.military_aid import purpose_of_troops_sent
from diplomatica.nlp.events.triggers.syntax import (
    PAST_TAGS,
    doers_of,
    first_conjunct,
    is_person,
    lemma_of,
    mention_state,
    nationality_modified,
    prep_objects,
    subjects_of,
    with_conjuncts,
    word_in,
)
from diplomatica.nlp.events.triggers.words import POLITY_NOUNS, RECOGNISED_NOUNS

_WARM_ADVERBS = frozenset(
    ["warmly", "positively", "favourably", "favorably", "enthusiastically", "fully", "firmly"]
)


def support_verb_type(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> str | None:
    """Approval of a proposal or position ("welcomed the initiative", "warmly received the
    proposal"), backing ("supported", "sided with", "stood by") as EXPRESS_SUPPORT."""
    etype = _backing_verb_type(verb, lemma, objs, entity_tokens)
    if etype is None or _opinion_subject(verb) or _legislature_approval(verb, lemma):
        return None  # "American opinion sided with the Finns": no state speaks
    return etype


def _backing_verb_type(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> str | None:
    """EXPRESS_SUPPORT when the verb backs or approves by its words and arguments, whoever
    its subject (see :func:`support_verb_type`)."""
    if lemma in ("support", "back", "endorse"):
        if _hyphened_modifier(verb) or _armed_backing(verb):
            return None  # "on government-backed credit": a description of the noun
        # "sent troops to support the republic": the troops are the act (military aid)
        return None if purpose_of_troops_sent(verb) else "EXPRESS_SUPPORT"
    if lemma in _SPONSOR_VERBS and any(lemma_of(o) in ENTRY_NOUNS for o in objs):
        return "EXPRESS_SUPPORT"  # "sponsored Singapore's application to the UN"
    if welcomed_accord(lemma, objs):
        return "EXPRESS_SUPPORT"  # "the State Department welcomed the accord"
    if welcomed_upheaval(lemma, objs) or welcomed_operation(verb, lemma, objs):
        return "EXPRESS_SUPPORT"  # "Cairo welcomed the coup", "New Delhi welcomed the operation"
    if condemned_aggression(lemma, objs, entity_tokens):
        return "EXPRESS_SUPPORT"  # "condemned Iraq's aggression against Kuwait"
    if opposed_removal(verb, lemma, entity_tokens) or voted_for_entry(verb, lemma, entity_tokens):
        return "EXPRESS_SUPPORT"  # "voted against the suspension of Syria", "for its admission"
    if lemma == "side" and prep_objects(verb, ("with",)):
        return "EXPRESS_SUPPORT"
    if lemma == "take" and any(
        lemma_of(o) == "side" and _side_of_party(o, entity_tokens) for o in objs
    ):
        return "EXPRESS_SUPPORT"  # "took Hanoi's side", "took the side of Peking"
    if lemma == "stand" and any(
        is_person(o, entity_tokens) or _of_a_party(o, entity_tokens)
        for o in prep_objects(verb, ("by", "behind", "with"))
    ):
        return "EXPRESS_SUPPORT"  # "stood by Hanoi", "stands with the Vietnamese people"
    if lemma in _SIDING_VERBS and any(
        lemma_of(o) == "side" and _side_of_party(o, entity_tokens)
        for o in prep_objects(verb, ("on", "at", "by"))
    ):
        return "EXPRESS_SUPPORT"  # "came down on the side of Britain", "stand at Angola's side"
    if _defended_in_debate(verb, lemma, objs, entity_tokens):
        return "EXPRESS_SUPPORT"  # "the Mexican delegate defended the Republic"
    if _defended_against(verb, lemma, objs, entity_tokens):
        return "EXPRESS_SUPPORT"  # "defended the Albanian party against Khrushchev"
    if _defended_openly(verb, lemma, objs, entity_tokens):
        return "EXPRESS_SUPPORT"  # "was openly defending Machel's government"
    if spoke_in_favour(verb, lemma, entity_tokens) or _backer_of(verb, lemma, entity_tokens):
        return "EXPRESS_SUPPORT"  # "spoke in favour of Algerian independence", "a backer of X"
    if _advocated_cause(verb, lemma, objs, entity_tokens):
        return "EXPRESS_SUPPORT"  # "championed Cambodian neutrality", "called for X's entry"
    if lemma in _PRAISING_VERBS and any(_praised_quality(o, entity_tokens) for o in objs):
        return "EXPRESS_SUPPORT"  # "praised the King's courage"
    if lemma in _PRAISING_VERBS and any(_deed_of_party(o, entity_tokens) for o in objs):
        return "EXPRESS_SUPPORT"  # "applauded Jakarta's departure from the United Nations"
    if _claim_upheld(verb, lemma, objs, entity_tokens):
        return "EXPRESS_SUPPORT"  # "publicly upheld Argentina's claim to the islands"
    if _defended_armed_act(verb, lemma, objs, entity_tokens):
        return "EXPRESS_SUPPORT"  # "publicly defended the American raid on Libya"
    if _votes_lent(lemma, objs, entity_tokens):
        return "EXPRESS_SUPPORT"  # "lent its votes to Lisbon"
    if guaranteed_standing(verb, lemma, objs, entity_tokens):
        return "EXPRESS_SUPPORT"  # "guaranteed Romania's independence", "to respect X's neutrality"
    proposals = any(lemma_of(o) in SUPPORT_OBJECT_NOUNS for o in objs)
    # "a referendum approved the settlement": a party's own approval ratifies its accord
    ratified = lemma == "approve" and any(lemma_of(o) in ACCORD_NOUNS for o in objs)
    if lemma in APPROVAL_VERBS and proposals and not ratified:
        return "EXPRESS_SUPPORT"
    if lemma in ("receive", "greet") and proposals and _warmly(verb):
        return "EXPRESS_SUPPORT"
    return None


def _warmly(verb: Token) -> bool:
    """Whether an adverb of warmth qualifies ``verb`` ("warmly received the proposal")."""
    return any(c.lower_ in _WARM_ADVERBS for c in verb.children)


# Subjects that are a country's opinion, not its government: "American opinion sided with".
_OPINION_NOUNS = frozenset(
    ["opinion", "press", "newspaper", "newspapers", "public", "radio", "television", "media"]
)


def _opinion_subject(verb: Token) -> bool:
    """``American opinion sided strongly with the Finns``, ``the press welcomed the plan``,
    ``Libyan radio hailed the coup``: a country's public opinion, press or radio backing a
    party is no act of its state."""
    return any(s.pos_ == "NOUN" and lemma_of(s) in _OPINION_NOUNS for s in subjects_of(verb))


# Legislatures, whose approval of their own government's act is no backing of another state.
_LEGISLATURE_NOUNS = frozenset(
    ["house", "parliament", "congress", "senate", "assembly", "chamber", "diet", "legislature"]
)


def _legislature_approval(verb: Token, lemma: str) -> bool:
    """``the House approved the Government's decision``: a legislature approving an act of its
    own government votes at home; it backs no other state's position."""
    if lemma not in ("approve", "endorse", "back", "support"):
        return False
    if not any(lemma_of(s) in _LEGISLATURE_NOUNS for s in subjects_of(verb)):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return any(lemma_of(p) == "government" for o in objs for p in o.children if p.dep_ == "poss")


# Armed bodies whose backing is armed help, not a statement: "supported by local militias".
_ARMED_BACKERS = frozenset(
    ["militia", "militias", "tanks", "aircraft", "artillery", "guerrillas", "paramilitaries"]
)


def _armed_backing(verb: Token) -> bool:
    """``the Yugoslav People's Army, supported by local Serb militias``, ``backed by Soviet
    tanks``: a participle whose agent is an armed body tells of force in the field."""
    if verb.tag_ != "VBN":
        return False
    agents = [o for p in verb.children if p.dep_ == "agent" for o in p.children]
    agents += prep_objects(verb, ("by",))
    return any(a.lower_ in _ARMED_BODIES or a.lower_ in _ARMED_BACKERS for a in agents)


def _hyphened_modifier(verb: Token) -> bool:
    """``government-backed credit``, ``a state-supported scheme``: a participle joined by a
    hyphen to the word before it, modifying a noun, describes that noun; nobody backs anyone."""
    doc = verb.doc
    return (
        verb.dep_ == "amod"
        and verb.i >= 2
        and doc[verb.i - 1].text == "-"
        and not doc[verb.i - 1].whitespace_
    )


_PRAISING_VERBS = frozenset(["praise", "hail", "applaud", "commend", "salute", "laud"])


# Qualities and deeds of a leader or a state that one praises.
_PRAISED_QUALITIES = frozenset(
    [
        "courage",
        "bravery",
        "leadership",
        "wisdom",
        "statesmanship",
        "vision",
        "role",
        "contribution",
        "contributions",
        "achievement",
        "achievements",
        "restraint",
        "moderation",
        "determination",
        "perseverance",
        "realism",
        "flexibility",
    ]
)


# Acts named by a noun of doing ("departure", "withdrawal", "decision"): a state's deed.
_DEED_SUFFIXES = ("ure", "al", "ion", "ment")


def _deed_of_party(noun: Token, entity_tokens: set[int]) -> bool:
    """``Jakarta's departure from the United Nations``, ``Cambodia's withdrawal``: an act
    owned by a named state or leader (a possessive name, not a pronoun), which one praising it
    backs; a person praised is no deed."""
    if noun.pos_ != "NOUN" or not noun.lower_.endswith(_DEED_SUFFIXES):
        return False
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return any(o.i in entity_tokens for o in owners)


# What a state claims that another upholds: "upheld Argentina's claim to the islands".
_UPHELD_CLAIMS = SUPPORT_OBJECT_NOUNS | {"claim", "claims", "sovereignty", "right", "rights"}


# Verbs by which a state upholds another's claim: "acknowledged its claim to Vilnius".
_UPHOLDING_VERBS = frozenset(["uphold", "acknowledge", "endorse", "affirm", "reaffirm"])


def _claim_upheld(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Brasília upheld Argentina's claim to the islands``, ``Moscow acknowledged Lithuania's
    claim to Vilnius``: a state upholding or acknowledging a named party's claim backs it; a
    treaty that acknowledges it ("the treaty, which also acknowledged the claim") states a
    term of the agreement, not a stance."""
    if lemma not in _UPHOLDING_VERBS:
        return False
    doers = doers_of(verb) + [_noun_before(s) for s in subjects_of(verb) if s.tag_ == "WDT"]
    if any(word_in(_named_thing(d), AGREEMENT_NOUNS) for d in doers if d is not None):
        return False
    return any(_claim_of_party(o, entity_tokens) for o in objs)


def _noun_before(pronoun: Token) -> Token | None:
    """Return the word a relative pronoun follows ("the treaty of 1920, which ..."); the
    parser may not attach the relative clause to it."""
    i = pronoun.i - 1
    while i >= 0 and pronoun.doc[i].is_punct:
        i -= 1
    return pronoun.doc[i] if i >= 0 else None


def _named_thing(noun: Token) -> Token:
    """Return the thing a relative clause's antecedent stands in: ``noun`` itself, or, for a
    date or an "of" phrase, the noun they qualify ("the treaty of 1920", "the treaty signed
    at Moscow on July 12, 1920")."""
    for _ in range(4):
        if noun.ent_type_ == "DATE" and noun.dep_ != "pobj" and noun.head.i != noun.i:
            noun = noun.head  # "12" of "July 12"
        if noun.dep_ != "pobj" or not (noun.ent_type_ == "DATE" or noun.head.lower_ == "of"):
            return noun
        head = noun.head.head
        if head.dep_ == "acl" and head.pos_ == "VERB":
            head = head.head  # "the treaty signed on July 12"
        elif head.pos_ == "VERB":
            # "signed a treaty at Riga on 11 August 1920, which": the verb's object
            head = next((c for c in head.children if c.dep_ == "dobj"), head)
        noun = head
    return noun


def _claim_of_party(noun: Token, entity_tokens: set[int]) -> bool:
    """``Argentina's claim``, ``the position of Egypt``: a claim or stand of a named party."""
    return lemma_of(noun) in _UPHELD_CLAIMS and _of_a_party(noun, entity_tokens)


def _praised_quality(noun: Token, entity_tokens: set[int]) -> bool:
    """``the King's courage``, ``the leadership of the president``: a quality of a person,
    a leader or a state (not "the courage of the firefighters")."""
    if lemma_of(noun) not in _PRAISED_QUALITIES:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, ("of",))
    return any(o.pos_ != "PRON" and is_person(o, entity_tokens) for o in owners)


# Verbs of backing a state's entry into a body: "championed Guinea's admission to the UN".
_SPONSOR_VERBS = frozenset(["sponsor", "co-sponsor", "cosponsor", "champion", "advocate"])


def condemned_aggression(lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``condemned Iraq's aggression against Kuwait``, ``denounced the Soviet invasion of
    Afghanistan``: condemning a named state's armed act, or one against a named state, backs its
    victim (a bare "condemned the attack" names no state)."""
    if lemma not in CONDEMNING_VERBS:
        return False
    acts = [o for o in objs if lemma_of(o) in AGGRESSION_NOUNS]
    return any(_names_state(a, entity_tokens) for a in acts)


def _names_state(act: Token, entity_tokens: set[int]) -> bool:
    """Return whether an armed act names a state: its agent ("Iraq's", "Soviet", "by X") or
    its victim ("of X", "against X", "on X")."""
    parties = [c for c in act.children if c.dep_ in ("poss", "amod", "compound")]
    parties += prep_objects(act, ("of", "against", "on", "by", "in"))
    return any(p.i in entity_tokens and p.pos_ != "PRON" for p in parties)


# Removals of a state from a body: voting against one supports that state.
REMOVAL_NOUNS = frozenset(["suspension", "expulsion", "exclusion", "removal"])


def opposed_removal(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``voted against the suspension of Syria``, ``opposed the expulsion of Cuba from the
    OAS``: opposing a named state's removal from a body supports that state."""
    if lemma == "vote":
        removals = prep_objects(verb, ("against",))
    elif lemma == "oppose":
        removals = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return False
    return any(
        lemma_of(r) in REMOVAL_NOUNS and any(o.i in entity_tokens for o in prep_objects(r, ("of",)))
        for r in removals
    )


def voted_for_entry(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``voted in favour of China's admission to the UN``, ``voted for the seating of the
    People's Republic``: voting for a named state's entry to a body supports that state."""
    if lemma != "vote" or verb.tag_ not in PAST_TAGS:
        return False
    favour = prep_objects(verb, ("for",))
    favour += [o for f in prep_objects(verb, ("in",)) if lemma_of(f) in ("favour", "favor")
               for o in prep_objects(f, ("of",))]  # fmt: skip
    return any(
        lemma_of(e) in ENTRY_NOUNS | {"seating"}
        and any(t.i in entity_tokens for t in e.subtree if t.i != e.i)
        for e in favour
    )


def removal_opposed(noun: Token) -> bool:
    """Return whether a removal noun is the object of opposing it ("voted against the
    expulsion of X"): no expulsion took place."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "against":
        return True
    return noun.dep_ == "dobj" and lemma_of(head) == "oppose"


# Speakers whose defence of a state is verbal support: "the Mexican delegate defended X".
_SPEAKER_NOUNS = frozenset(
    [
        "delegate",
        "delegation",
        "representative",
        "spokesman",
        "spokesperson",
        "ambassador",
        "envoy",
        "minister",
    ]
)


def _defended_in_debate(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> bool:
    """``the Mexican delegate defended the Republic``, ``the Indian representative defended
    Egypt's position``: a speaker defending a state, its government or its position (not an
    army defending a country)."""
    if lemma not in ("defend", "champion") or verb.tag_ not in PAST_TAGS:
        return False
    subjects = subjects_of(verb)
    speakers = subjects + [a for s in subjects for a in s.children if a.dep_ == "appos"]
    # "the Mexican delegate, X, defended": the title before a named subject's comma
    speakers += [t for s in subjects if s.ent_type_ for t in [_title_before(s)] if t is not None]
    if not any(lemma_of(t) in _SPEAKER_NOUNS for t in speakers):
        return False
    return any(
        o.i in entity_tokens
        or (lemma_of(o) in POLITY_NOUNS | RECOGNISED_NOUNS | SUPPORT_OBJECT_NOUNS and not _own(o))
        for o in objs
    )


_PRONOUN_OWNERS = frozenset(["his", "her", "its", "their", "our", "my"])


def _own(noun: Token) -> bool:
    """``his government's policy``, ``its position``: a noun the speaker's own possessive
    pronoun owns (directly or through a possessor noun), which he defends for his own side."""
    for owner in (c for c in noun.children if c.dep_ == "poss"):
        if owner.lower_ in _PRONOUN_OWNERS or _own(owner):
            return True
    return False


# What a state's party, leaders or stand are called when another defends them.
_DEFENDED_NOUNS = POLITY_NOUNS | SUPPORT_OBJECT_NOUNS | {"party", "leadership", "leaders", "line"}


def _defended_against(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``defended the Chinese position against Khrushchev``, ``defended the Albanian party
    against him``: defending a state's party, government or stand against an opponent is
    taking its side (not troops defending a country: the defender is no armed body)."""
    if lemma != "defend" or verb.tag_ not in PAST_TAGS or _armed_move(verb):
        return False
    if not prep_objects(verb, ("against",)) and not any(
        prep_objects(o, ("against",)) for o in objs
    ):
        return False
    return any(
        lemma_of(o) in _DEFENDED_NOUNS and nationality_modified(o, entity_tokens) for o in objs
    )


# Adverbs telling that a defence is made in words, before the world: "openly defending".
_PUBLIC_ADVERBS = frozenset(["publicly", "openly", "staunchly", "vigorously", "strongly", "loudly"])


def _defended_openly(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``the State Department was openly defending Machel's government``, ``Paris publicly
    defended the regime of Bokassa``: defending a party's government, regime or stand in
    public is taking its side (not troops defending a capital: no armed move, and the
    defence is qualified as public)."""
    if lemma != "defend" or _armed_move(verb):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in _PUBLIC_ADVERBS for c in verb.children):
        return False
    return any(
        lemma_of(o) in _DEFENDED_NOUNS
        and (_of_a_party(o, entity_tokens) or nationality_modified(o, entity_tokens))
        for o in objs
    )


# Verbs of stating a stance "in favour of" something: "spoke in favour of independence".
_FAVOUR_VERBS = frozenset(["speak", "come", "declare", "pronounce", "argue", "campaign"])


def spoke_in_favour(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``had spoken in favour of Algerian independence``, ``came out in favour of Cuba's return
    to the OAS``: a stance for a cause named by a state is support of that state."""
    if lemma not in _FAVOUR_VERBS:
        return False
    causes = [
        o
        for f in prep_objects(verb, ("in",))
        if lemma_of(f) in ("favour", "favor")
        for o in prep_objects(f, ("of",))
    ]
    return any(t.i in entity_tokens for c in causes for t in c.subtree)


# A state's causes, which another champions or calls for: "Algerian independence".
_CAUSE_NOUNS = ENTRY_NOUNS | {
    "independence",
    "neutrality",
    "sovereignty",
    "unity",
    "unification",
    "reunification",
    "integrity",
    "cause",
    "claim",
    "claims",
    "right",
    "rights",
}


# Verbs of advocating a cause: their object ("championed X"), or their "for" object
# ("called for X", "pleaded for X").
_ADVOCATING_VERBS = frozenset(["champion", "advocate"])
_ADVOCATING_FOR_VERBS = frozenset(["call", "plead", "campaign"])


def _advocated_cause(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``has long championed Cambodian neutrality``, ``had called for Algerian independence``,
    ``advocated Austria's admission``: advocating a cause named by a state (its independence,
    neutrality, unity, claim, entry to a body) supports that state (not "called for talks")."""
    if lemma in _ADVOCATING_VERBS:
        causes = objs
    elif lemma in _ADVOCATING_FOR_VERBS:
        causes = prep_objects(verb, ("for",))
    else:
        return False
    return any(lemma_of(c) in _CAUSE_NOUNS and _cause_of_party(c, entity_tokens) for c in causes)


def _cause_of_party(cause: Token, entity_tokens: set[int]) -> bool:
    """Return whether a cause is named by a state: its nationality, possessor or "of" object
    ("Belizean independence", "Austria's admission", "the unity of Nigeria")."""
    return _of_a_party(cause, entity_tokens) or nationality_modified(cause, entity_tokens)


# Nouns of a state backing another: "the most generous backer of the Polisario".
_BACKER_NOUNS = frozenset(
    ["backer", "supporter", "champion", "defender", "patron", "sponsor", "advocate", "protector"]
)


# Verbs calling their subject what their complement names: "was/became the backer of X".
_COPULAS = frozenset(["be", "become", "remain"])


def _backer_of(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Libya had been the most generous backer of the Polisario Front against Morocco``,
    ``Beijing was among the most outspoken champions of the Palestinian cause``, ``made Panama
    the champion of Belizean independence``: a subject called (or made) the backer of a party
    or cause named by a state supports it."""
    if lemma == "make":  # "made Panama the champion of Belizean independence"
        nouns = [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp")]
    elif lemma in _COPULAS:
        nouns = [c for c in verb.children if c.dep_ == "attr"]
    else:
        return False
    nouns += [o for o in prep_objects(verb, ("among",))]
    nouns += [o for n in list(nouns) for o in prep_objects(n, ("among",))]
    # "had become one of the firmest backers of X's bid"
    nouns += [o for n in list(nouns) if n.lower_ == "one" for o in prep_objects(n, ("of",))]
    backed = [b for n in nouns if lemma_of(n) in _BACKER_NOUNS for b in prep_objects(n, ("of",))]
    return any(t.i in entity_tokens for b in backed for t in b.subtree)


def _title_before(name: Token) -> Token | None:
    """Return the noun right before ``name``'s comma ("the Mexican delegate, Isidro Fabela"),
    which the parser may have attached elsewhere."""
    i = name.left_edge.i
    doc = name.doc
    if i < 2 or doc[i - 1].text != "," or doc[i - 2].pos_ != "NOUN":
        return None
    return doc[i - 2]


# Verbs placing a state "on the side of" another (not "fought on the side of", an alliance,
# nor "was on China's side", a description).
_SIDING_VERBS = frozenset(["come", "stand"])


def _of_a_party(person: Token, entity_tokens: set[int]) -> bool:
    """``the Czechoslovak comrades``, ``the people of Vietnam``: people named by their state."""
    mods = [c for c in person.children if c.dep_ in ("amod", "compound", "poss")]
    return any(m.i in entity_tokens for m in mods + prep_objects(person, ("of",)))


def _side_of_party(side: Token, entity_tokens: set[int]) -> bool:
    owners = [c for c in side.children if c.dep_ == "poss"] + prep_objects(side, ("of",))
    return any(o.i in entity_tokens for o in owners)


def support_noun_stated(noun: Token, lex: Lexicon) -> bool:
    """``expressed/conveyed/reaffirmed (its) support``, ``in support of X``."""
    node = first_conjunct(noun)
    if node.dep_ == "dobj" and lemma_of(node.head) in lex.light_verbs["EXPRESS_SUPPORT"]:
        return True
    if _support_enjoyed(node):
        return True  # "enjoyed the backing of Moscow"
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        owner = node.head.head  # "assured X of" or "assured [X of]"
        if lemma_of(owner) == "assure" or (
            owner.dep_ == "dobj" and lemma_of(owner.head) == "assure"
        ):
            return True  # "had assured the President of their support"
    return (
        node.dep_ == "pobj"
        and node.head.lower_ == "in"
        and node.head.head.pos_ in ("VERB", "AUX")
        and bool(prep_objects(node, ("of",)))
        and not _armed_move(node.head.head)
    )


# Verbs of having another's backing: "enjoyed the backing of", "won the support of",
# "received the support of" (receiving backing is having it; received "military support" is
# aid, not a statement, and is read as aid elsewhere).
_HAVING_VERBS = frozenset(["enjoy", "have", "win", "gain", "secure", "obtain", "receive"])
# Common nouns that name states or groups of them as backers: "the support of the Arab states".
_BACKING_STATE_NOUNS = POLITY_NOUNS | {
    "states",
    "countries",
    "nations",
    "powers",
    "governments",
    "allies",
}
# Kinds of support that are aid given, not a stance told: "the military support of France".
_MATERIAL_SUPPORT_KINDS = frozenset(["military", "financial", "economic", "material"])


def _support_enjoyed(node: Token) -> bool:
    """Return whether ``node`` is backing had, won or received "of" a state or organisation:
    ``Syria enjoyed the backing of Moscow``, ``the regime had the full support of Washington``,
    ``won the support of the Arab states`` (the backer, not the haver, is the source). The
    backer is a proper name or a noun of states, not a body of the haver's own state ("the
    support of the Indonesian army", "of his own party"); material support is aid."""
    if node.dep_ != "dobj" or lemma_of(node.head) not in _HAVING_VERBS:
        return False
    if node.head.tag_ not in PAST_TAGS and node.head.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ == "amod" and c.lower_ in _MATERIAL_SUPPORT_KINDS for c in node.children):
        return False
    return any(_names_backer(b) for b in with_conjuncts(prep_objects(node, ("of",))))


def _names_backer(noun: Token) -> bool:
    """Return whether ``noun`` names a backing state or organisation: a proper name
    (``Moscow``, ``the United Nations``) or a noun of states (``the Arab states``), not a
    people's own army, party or parliament."""
    if any(c.lower_ == "own" for c in noun.children):
        return False
    return noun.pos_ == "PROPN" or noun.lower_ in _BACKING_STATE_NOUNS


# Acts of armed force: "crossed the border in support of the rebels" is no statement.
_ARMED_MOVES = frozenset(["invade", "intervene", "attack", "march", "cross", "advance", "fight"])


_ARMED_BODIES = TROOP_NOUNS | ARMED_SERVICE_NOUNS | {"tanks"}


def _armed_move(verb: Token) -> bool:
    """Return whether ``verb`` is an armed act: a verb of invasion or fighting, or any verb
    whose subject is an army or troops ("Syrian forces entered Lebanon")."""
    if lemma_of(verb) in _ARMED_MOVES:
        return True
    return any(s.lower_ in _ARMED_BODIES for s in subjects_of(verb, ("nsubj", "nsubjpass")))


# Accords between two states that a third backs: "welcomed the settlement".
ACCORD_NOUNS = frozenset(["settlement", "reconciliation", "rapprochement", "step", "move"])


# Agreements between two states that a third welcomes: "welcomed the accord".
_WELCOMED_ACCORDS = frozenset(["accord", "agreement", "deal"]) | (SETTLEMENT_NOUNS - {"peace"})


def backs_unnamed_accord(verb: Token, mentions: Container[int]) -> bool:
    """``China has publicly supported the reconciliation``, ``the United States has welcomed
    the settlement``: a support verb whose object is an accord naming no state (in
    ``mentions``, the tokens of entity mentions) backs the accord of the pair told before."""
    if lemma_of(verb) not in APPROVAL_VERBS | {"support", "back"}:
        return False
    accords = [c for c in verb.children if c.dep_ == "dobj" and _names_accord(verb, c)]
    return any(not any(t.i in mentions for t in a.subtree) for a in accords)


def _names_accord(verb: Token, noun: Token) -> bool:
    """Return whether ``noun`` names an accord between states: a settlement, a reconciliation,
    or (as what is welcomed) an agreement, accord or truce."""
    lemma = lemma_of(noun)
    return lemma in ACCORD_NOUNS or (lemma_of(verb) == "welcome" and lemma in _WELCOMED_ACCORDS)


# Changes of regime that another state welcomes: "hailed the revolution".
_UPHEAVAL_NOUNS = frozenset(["coup", "revolution", "overthrow", "uprising"])
# (not "greet": "greeted the coup with alarm")
_HAILING_VERBS = _PRAISING_VERBS | {"welcome"}


def welcomed_upheaval(lemma: str, objs: list[Token]) -> bool:
    """``Cairo welcomed the coup of 1 September``, ``hailed the revolution in Libya``:
    welcoming a change of regime backs the new regime of the state it happened in (named in
    the clause or told before)."""
    return lemma in _HAILING_VERBS and any(lemma_of(o) in _UPHEAVAL_NOUNS for o in objs)


# A state's armed or police operations that another welcomes: "welcomed the operation",
# "praised the offensive"; a campaign or intervention only when armed ("the military
# campaign", "the campaign against the rebels"), not "the campaign against illiteracy".
_ARMED_OPERATIONS = frozenset(["offensive", "offensives", "crackdown"])
_OPERATION_NOUNS = frozenset(["operation", "operations"])
_ARMED_IF_SAID = frozenset(["campaign", "campaigns", "intervention"])
_ARMED_KINDS = frozenset(
    ["military", "armed", "police", "army", "naval", "air", "security", "punitive"]
)
_ARMED_FOES = frozenset(
    ["rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents", "militant",
     "militants", "terrorist", "terrorists", "separatist", "separatists", "smuggler",
     "smugglers", "bandit", "bandits", "pirate", "pirates", "camp", "camps", "base", "bases",
     "insurgency", "rebellion", "insurrection", "militia", "militias"]
)  # fmt: skip


def welcomed_operation(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """Return whether a state welcomes or praises an armed or police operation of a state:
    ``New Delhi welcomed the operation``, ``Washington hailed Bhutan's offensive against the
    rebels``, ``praised the Thai crackdown`` (backing the state that made it, named in the
    clause or told before). Not a campaign against no armed foe ("welcomed the Egyptian
    campaign against illiteracy"), nor an operation of an organisation ("the United Nations
    operation in the Congo"); a welcome still to come ("would welcome") is no statement."""
    if lemma not in _HAILING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    if not any(mention_state(s) is not None for s in subjects_of(verb)):
        return False  # "the Red Cross welcomed the operation": no state speaks
    return any(_armed_operation(o) and _made_by_state_if_named(o) for o in with_conjuncts(objs))


def _armed_operation(noun: Token) -> bool:
    """Return whether ``noun`` is an armed or police operation: an offensive or crackdown, an
    operation against no unarmed aim, or a campaign or intervention said to be armed."""
    lemma = lemma_of(noun)
    foes = prep_objects(noun, ("against",))
    armed_foe = any(f.lower_ in _ARMED_FOES for f in with_conjuncts(foes))
    armed_kind = any(
        c.dep_ in ("amod", "compound") and c.lower_ in _ARMED_KINDS for c in noun.children
    )
    if noun.lower_ in _ARMED_OPERATIONS:
        return True
    if noun.lower_ in _OPERATION_NOUNS or lemma in _OPERATION_NOUNS:
        return not foes or armed_foe or armed_kind
    return noun.lower_ in _ARMED_IF_SAID and (armed_foe or armed_kind)


def _made_by_state_if_named(noun: Token) -> bool:
    """Return whether the maker named on ``noun`` (``Bhutan's``, ``the Pakistani``, ``the
    United Nations``) is a state, or no maker is named (one told before makes it)."""
    makers = [
        t
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound")
        for t in c.subtree
        if t.ent_type_
    ]
    return not makers or any(mention_state(m) is not None for m in makers)


def welcomed_accord(lemma: str, objs: list[Token]) -> bool:
    """``the State Department welcomed the accord``, ``Paris welcomed the ceasefire``: a state
    welcoming an agreement between others backs it (its parties are found by
    :func:`backs_unnamed_accord`)."""
    return lemma == "welcome" and any(lemma_of(o) in _WELCOMED_ACCORDS for o in objs)


# A state's standing that another guarantees or pledges to respect.
_GUARANTEED_NOUNS = frozenset(
    ["independence", "neutrality", "integrity", "inviolability", "sovereignty", "security"]
)


# Verbs of promising under which "to respect" is a pledge: "pledged to respect X's neutrality".
_PLEDGING_VERBS = frozenset(["pledge", "promise", "undertake", "vow", "guarantee", "agree"])


def guaranteed_standing(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> bool:
    """``Britain and France guaranteed Romania's independence``, ``Germany pledged to respect
    Belgian inviolability``: a state guaranteeing, or pledging to respect, another named
    state's independence, neutrality or integrity backs it (not "whose neutrality the powers
    had guaranteed", owned by a pronoun, nor a guarantee still to come)."""
    if lemma == "guarantee":
        told = verb.tag_ in PAST_TAGS and verb.dep_ not in ("xcomp", "advcl", "relcl")
    elif lemma == "respect":
        head = verb.head
        told = verb.dep_ == "xcomp" and lemma_of(head) in _PLEDGING_VERBS and head.tag_ in PAST_TAGS
    else:
        return False
    return told and any(
        lemma_of(o) in _GUARANTEED_NOUNS
        and any(
            m.i in entity_tokens and m.pos_ != "PRON"
            for m in o.children
            if m.dep_ in ("poss", "amod", "compound")
        )
        for o in objs
    )


# Armed acts a state defends in words: "defended the American raid on Libya".
_DEFENDED_ACTS = AGGRESSION_NOUNS | {"raid", "strike", "strikes", "intervention", "operation"}


def _defended_armed_act(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> bool:
    """``Thatcher publicly defended the American raid on Libya``, ``justified the Soviet
    intervention``: defending or justifying an armed act a named state did or suffered backs the
    state that did it (the state it struck is the opponent); an armed body defending is no
    statement."""
    if lemma not in ("defend", "justify") or verb.tag_ not in PAST_TAGS or _armed_move(verb):
        return False
    return any(lemma_of(o) in _DEFENDED_ACTS and _names_state(o, entity_tokens) for o in objs)


def _votes_lent(lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Brazil lent its votes to Lisbon``, ``gave its vote to Hanoi``: votes given to a named
    state in a body support it."""
    if lemma not in ("lend", "give"):
        return False
    votes = [o for o in objs if lemma_of(o) == "vote"]
    return any(
        p.i in entity_tokens
        for v in votes
        for p in prep_objects(v.head, ("to",)) + prep_objects(v, ("to",))
    )
