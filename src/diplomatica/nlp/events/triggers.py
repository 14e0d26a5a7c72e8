"""Trigger detection: which tokens state which event type, and which token governs them."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from spacy.tokens import Token

from diplomatica.nlp.events.anaphora import (
    PRONOUN_NUMBER,
    antecedent,
    antecedent_clause,
    resolved,
)
from diplomatica.nlp.events.lexicon import (
    AGREEMENT_END_VERBS,
    AGREEMENT_NOUNS,
    AID_NOUNS,
    AID_PERSONNEL_NOUNS,
    APPROVAL_VERBS,
    CURRENCY_NOUNS,
    ENVOY_NOUNS,
    MEETING_NOUNS,
    MISSION_NOUNS,
    MONEY_AID_VERBS,
    PERSON_GROUP_NOUNS,
    REFUGEE_NOUNS,
    RENEWAL_VERBS,
    SIGNED_TEXT_NOUNS,
    SUPPORT_OBJECT_NOUNS,
    TERMINATION_NOUNS,
    VISIT_EVENT_NOUNS,
    VISIT_MOTION_VERBS,
    Lexicon,
)
from diplomatica.nlp.time.patterns import MONTH_NUMBERS

_OBJ_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_PAST_TAGS = frozenset({"VBD", "VBN"})
_WARM_ADVERBS = frozenset(
    ["warmly", "positively", "favourably", "favorably", "enthusiastically", "fully", "firmly"]
)
# Offices whose succession is an appointment of an envoy ("the Permanent Representative ...
# was succeeded in 1981 by X", "X headed the mission ... He was succeeded by Y").
_SUCCESSION_OFFICES = ENVOY_NOUNS | MISSION_NOUNS | {"representative", "consul"}


@dataclass(frozen=True)
class Trigger:
    """A detected trigger: the event type, the trigger token and the governing (anchor) token.

    ``excluded`` holds the token indices of sibling conjuncts ("signed a treaty with A on D1 and
    a treaty with B on D2"): their states and dates belong to the other trigger. ``negated``
    marks triggers whose negation states the event ("decided not to renew the treaty").
    """

    type: str
    token: Token
    anchor: Token
    excluded: frozenset[int] = frozenset()
    negated: bool = False


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _objects(verb: Token) -> list[Token]:
    """Return the object heads: direct, passive subject, or the noun a participle modifies."""
    objs = [c for c in verb.children if c.dep_ in _OBJ_DEPS] + _misparsed_passive_subjects(verb)
    if not objs:
        # "terminated the Treaty ... concluded in 1986" is often parsed as a clausal complement
        # whose subject is the real object.
        objs = [
            s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
        ]
    if not objs and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        # "The Treaty ..., usually called X, was signed": a passive conjunct shares the subject
        objs = _subjects(verb.head, _SUBJECT_DEPS)
    if not objs and verb.dep_ in ("advcl", "ccomp", "conj"):
        # "Mongolia terminated the Treaty ... concluded in 1986": the object is parsed as the
        # subject of the following participle that governs the trigger.
        objs = [s for s in verb.head.children if s.dep_ == "nsubj" and s.i > verb.i]
    if (verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN") or verb.dep_ == "relcl":
        objs.append(verb.head)
    return _with_conjuncts(objs)


def _misparsed_passive_subjects(verb: Token) -> list[Token]:
    """Return the subjects of a passive the parser attached elsewhere: to the auxiliary ("both
    embassies were closed"), to a copula whose participle it made an adjectival complement
    ("relations were re-established"), or to a causative participle ("had it shipped")."""
    out = _auxiliary_subjects(verb)
    if verb.tag_ == "VBN" and verb.dep_ == "acomp" and _lemma(verb.head) == "be":
        out += _subjects(verb.head, _SUBJECT_DEPS)
    if verb.tag_ == "VBN" and verb.dep_ == "ccomp" and _lemma(verb.head) in ("have", "get"):
        out += _subjects(verb)
    prefix = _split_prefix(verb)
    if prefix is not None:
        # "were re-established": the tokenizer split "re-", and the parser made "re" the verb
        out += _subjects(prefix, _SUBJECT_DEPS)
        out += _auxiliary_subjects(prefix)
    return out


def _auxiliary_subjects(verb: Token) -> list[Token]:
    """Return subjects the parser hung on the passive auxiliary ("both embassies were")."""
    return [
        s
        for c in verb.children
        if c.dep_ == "auxpass"
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]


def _split_prefix(verb: Token) -> Token | None:
    """Return the "re" of a verb written "re-<verb>" and split into three tokens, if any."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 2].lower_ != "re":
        return None
    return doc[verb.i - 2]


def _prep_objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for c in head.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def _heads_in(tokens: list[Token], words: frozenset[str]) -> bool:
    for t in tokens:
        if _lemma(t) in words or t.lower_ in words:
            return True
        # quoted titles: "the 'Treaty of Friendship'" may be parsed with the noun off-head
        if any(_lemma(x) in words for x in list(t.subtree)[:4]):
            return True
        # "signed the Japan-Korea Seoul Declaration": the title head parsed as an apposition
        if any(c.dep_ == "appos" and _lemma(c) in words for c in t.children):
            return True
    return False


def _is_person_like(token: Token, is_entity: bool) -> bool:
    return is_entity or _lemma(token) in PERSON_GROUP_NOUNS or token.lower_ in ("him", "her")


def _is_person(token: Token, entity_tokens: set[int]) -> bool:
    """A person or a group of people: an entity mention or a person noun ("the delegation")."""
    return _is_person_like(token, token.i in entity_tokens)


def _is_guest(token: Token, entity_tokens: set[int]) -> bool:
    """Someone who comes or is received: a person, or a personal pronoun ("he was received")."""
    return _is_person(token, entity_tokens) or token.lower_ in _PERSONAL_PRONOUNS


def _is_named_guest(token: Token, entity_tokens: set[int]) -> bool:
    """A guest, or a proper noun the gazetteer does not know: a person's name (states are all
    known)."""
    return _is_guest(token, entity_tokens) or (
        token.pos_ == "PROPN" and token.i not in entity_tokens
    )


def _word_in(token: Token, words: Set[str]) -> bool:
    """Return whether the token's lemma or its lower-cased form is one of ``words``."""
    return _lemma(token) in words or token.lower_ in words


def _subjects(verb: Token, deps: tuple[str, ...] = ("nsubj",)) -> list[Token]:
    """Return the verb's children attached as one of ``deps`` (active subjects by default)."""
    return [c for c in verb.children if c.dep_ in deps]


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Return ``tokens`` followed by their conjuncts ("arms and ammunition")."""
    return tokens + [c for t in tokens for c in t.children if c.dep_ == "conj"]


def _first_conjunct(token: Token) -> Token:
    """Return the first of the conjuncts ``token`` belongs to (itself when it is no conjunct)."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node


def _agreement_subject(verb: Token) -> bool:
    """Return whether the subject of ``verb`` is an agreement ("the treaty lapsed", "which
    expired" after a treaty, "it expired" after a treaty)."""
    subjects = _subjects(verb, _SUBJECT_DEPS)
    if verb.dep_ == "relcl":
        subjects.append(verb.head)
    for subj in subjects:
        if subj.lower_ in ("it", "which", "that"):
            ante = antecedent(subj)
            if ante is not None and _lemma(ante) in AGREEMENT_NOUNS:
                return True
        elif _heads_in([subj], AGREEMENT_NOUNS):
            return True
    return False


def _ceased_in_force(verb: Token) -> bool:
    """``the treaty ceased to be in force / to exist / to apply``."""
    return any(
        c.dep_ == "xcomp" and _lemma(c) in ("be", "exist", "apply", "operate")
        for c in verb.children
    )


def termination_type(verb: Token, lemma: str, objs: list[Token], lex: Lexicon) -> str | None:
    """Return ``TERMINATE_AGREEMENT`` when ``verb`` ends an agreement: terminate/denounce/
    abrogate a treaty, withdraw from it, the treaty expired/lapsed/ceased to be in force."""
    if lemma in lex.verbs["TERMINATE_AGREEMENT"] and _heads_in(objs, AGREEMENT_NOUNS):
        return "TERMINATE_AGREEMENT"
    if lemma == "withdraw" and _heads_in(_prep_objects(verb, ("from",)), AGREEMENT_NOUNS):
        return "TERMINATE_AGREEMENT"
    if lemma in AGREEMENT_END_VERBS and _agreement_subject(verb):
        return "TERMINATE_AGREEMENT"
    if lemma == "cease" and _ceased_in_force(verb) and _agreement_subject(verb):
        return "TERMINATE_AGREEMENT"
    if lemma in ("declare", "pronounce") and _declared_void(verb, objs):
        return "TERMINATE_AGREEMENT"
    return None


_VOID_WORDS = frozenset(["void", "null", "invalid", "abrogated", "terminated", "inoperative"])


def _declared_void(verb: Token, objs: list[Token]) -> bool:
    """``declared the 1937 treaty null and void``, ``pronounced the agreement invalid``,
    ``declared that the treaty was void``: the object (however the parser split the small
    clause) is an agreement and its predicate says it no longer binds."""
    right = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("prep", "punct")]
    words = [t for c in right for t in c.subtree if t.i - verb.i <= 12]
    if not any(t.lower_ in _VOID_WORDS for t in words):
        return False
    return _heads_in(objs, AGREEMENT_NOUNS) or any(_lemma(t) in AGREEMENT_NOUNS for t in words)


def is_non_renewal(verb: Token) -> bool:
    """``decided not to extend/renew/prolong the treaty``: a negated renewal ends it."""
    return (
        _lemma(verb) in RENEWAL_VERBS
        and any(c.dep_ == "neg" for c in verb.children)
        and _heads_in(_objects(verb), AGREEMENT_NOUNS)
    )


def _support_verb_type(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> str | None:
    """Approval of a proposal or position ("welcomed the initiative", "warmly received the
    proposal"), backing ("supported", "sided with", "stood by") as EXPRESS_SUPPORT."""
    if lemma in ("support", "back", "endorse"):
        return "EXPRESS_SUPPORT"
    if lemma == "side" and _prep_objects(verb, ("with",)):
        return "EXPRESS_SUPPORT"
    if lemma == "take" and any(
        _lemma(o) == "side" and _side_of_party(o, entity_tokens) for o in objs
    ):
        return "EXPRESS_SUPPORT"  # "took Hanoi's side", "took the side of Peking"
    if lemma == "stand" and any(
        _is_person(o, entity_tokens) or _of_a_party(o, entity_tokens)
        for o in _prep_objects(verb, ("by", "behind", "with"))
    ):
        return "EXPRESS_SUPPORT"  # "stood by Hanoi", "stands with the Vietnamese people"
    if lemma in _SIDING_VERBS and any(
        _lemma(o) == "side" and _side_of_party(o, entity_tokens)
        for o in _prep_objects(verb, ("on", "at", "by"))
    ):
        return "EXPRESS_SUPPORT"  # "came down on the side of Britain", "stand at Angola's side"
    if _defended_in_debate(verb, lemma, objs, entity_tokens):
        return "EXPRESS_SUPPORT"  # "the Mexican delegate defended the Republic"
    proposals = any(_lemma(o) in SUPPORT_OBJECT_NOUNS for o in objs)
    if lemma in APPROVAL_VERBS and proposals:
        return "EXPRESS_SUPPORT"
    warm = any(c.lower_ in _WARM_ADVERBS for c in verb.children)
    if lemma in ("receive", "greet") and warm and proposals:
        return "EXPRESS_SUPPORT"
    return None


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
    if lemma not in ("defend", "champion") or verb.tag_ not in _PAST_TAGS:
        return False
    subjects = _subjects(verb)
    speakers = subjects + [a for s in subjects for a in s.children if a.dep_ == "appos"]
    # "the Mexican delegate, X, defended": the title before a named subject's comma
    speakers += [t for s in subjects if s.ent_type_ for t in [_title_before(s)] if t is not None]
    if not any(_lemma(t) in _SPEAKER_NOUNS for t in speakers):
        return False
    return any(
        o.i in entity_tokens
        or _lemma(o) in _POLITY_NOUNS | _RECOGNISED_NOUNS | SUPPORT_OBJECT_NOUNS
        for o in objs
    )


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
    return any(m.i in entity_tokens for m in mods + _prep_objects(person, ("of",)))


def _side_of_party(side: Token, entity_tokens: set[int]) -> bool:
    owners = [c for c in side.children if c.dep_ == "poss"] + _prep_objects(side, ("of",))
    return any(o.i in entity_tokens for o in owners)


def _past_context(verb: Token) -> bool:
    node = verb
    for _ in range(4):
        if node.tag_ in _PAST_TAGS:
            return True
        if any(c.tag_ in _PAST_TAGS and c.dep_ in ("aux", "auxpass") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# Modifiers under which "relations" are still diplomatic ones.
_DIPLOMATIC_RELATION_MODIFIERS = frozenset(
    ["diplomatic", "ambassadorial", "full", "formal", "official", "normal", "bilateral"]
)


def _unqualified(relations: Token) -> bool:
    """Relations with no modifier but diplomatic ones (not "political/economic relations")."""
    mods = [c for c in relations.children if c.dep_ in ("amod", "compound", "nmod")]
    return all(m.lower_ in _DIPLOMATIC_RELATION_MODIFIERS for m in mods)


def _bare_state_relations(verb: Token, relations: list[Token], state_tokens: Set[int]) -> bool:
    """``Hungary established relations with South Korea``: unqualified relations between
    states (no economic/party/postal modifier; a state as subject or partner)."""
    if not all(_unqualified(rel) for rel in relations):
        return False
    partners = _prep_objects(verb, ("with",)) + [
        p for r in relations for p in _prep_objects(r, ("with", "between"))
    ]
    partners += _subjects(verb, _SUBJECT_DEPS)
    if verb.dep_ == "relcl":
        partners.append(verb.head)
    return any(p.i in state_tokens for p in _with_conjuncts(partners))


_SHELTER_NOUNS = frozenset(["shelter", "refuge", "asylum", "sanctuary"])
_DONOR_NOUNS = frozenset(["donor", "creditor", "benefactor", "supplier"])


# Verbs by which a state takes in refugees, exiles or children.
_SHELTERING_VERBS = frozenset(["accept", "take", "receive", "admit", "bring", "land"])
_AIRLIFT_VERBS = frozenset(["fly", "airlift", "rush", "ferry", "transport", "carry"])
# Verbs arming or paying for a party: "armed and financed the rebellion in the north".
_FINANCE_VERBS = frozenset(["arm", "finance", "fund", "bankroll", "subsidise", "subsidize"])
# Parties one arms or finances besides a named state.
_BACKED_GROUPS = frozenset(
    [
        "rebellion",
        "rebel",
        "rebels",
        "uprising",
        "insurgency",
        "insurgent",
        "insurgents",
        "guerrilla",
        "guerrillas",
        "movement",
        "resistance",
        "opposition",
        "faction",
        "factions",
        "militia",
        "militias",
        "regime",
        "government",
    ]
)
# Money added to, or poured into, someone else's aid: "added covert funds of its own".
_FUND_VERBS = frozenset(["add", "contribute", "channel", "funnel", "pour"])
_FUND_NOUNS = frozenset(["fund", "funds", "money", "subsidy", "subsidies", "aid", "assistance"])


def _with_quantified(objs: list[Token]) -> list[Token]:
    """Return ``objs`` with the goods of quantities ("large quantities of arms")."""
    return objs + [p for o in objs for p in _prep_objects(o, ("of",))]


def _quantified_and_conjoined(objs: list[Token]) -> list[Token]:
    """Return ``objs``, the goods or people they quantify ("hundreds of technicians") and the
    conjuncts of both ("arms and ammunition")."""
    return _with_conjuncts(_with_quantified(objs))


def _names_aid(tokens: list[Token]) -> bool:
    """Return whether one of ``tokens`` names aid goods ("arms", "credits", "food")."""
    return any(_word_in(t, AID_NOUNS) for t in tokens)


def _financed_party(lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Iran armed and financed the Kurdish rebellion``, ``funded the guerrillas``: arming or
    paying for a state or an armed party in it is aid (not "financed the construction")."""
    if lemma not in _FINANCE_VERBS:
        return False
    return any(o.i in entity_tokens or _lemma(o) in _BACKED_GROUPS for o in objs)


def _added_funds(lemma: str, objs: list[Token]) -> bool:
    """``the United States added covert funds of its own``, ``contributed money``."""
    return lemma in _FUND_VERBS and any(_word_in(o, _FUND_NOUNS) for o in objs)


_LEAVE_VERBS = frozenset(["leave", "quit", "depart", "go"])
_EXPELLED_PEOPLE = frozenset(
    [
        "diplomat",
        "diplomats",
        "technician",
        "technicians",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "expert",
        "experts",
        "specialist",
        "specialists",
        "national",
        "nationals",
        "citizen",
        "citizens",
        "staff",
        "personnel",
        "attaché",
        "attache",
        "official",
        "officials",
        "ambassador",
        "envoy",
        "journalist",
        "journalists",
        "correspondent",
        "correspondents",
    ]
)


def _sent_to_head_mission(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and _lemma(c) in ("head", "lead", "run", "open"):
            objs = [o for o in c.children if o.dep_ == "dobj"]
            if any(_lemma(o) in MISSION_NOUNS | {"office"} for o in objs):
                return True
    return False


def _ordered_to_leave(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``ordered hundreds of Soviet technicians to leave the country``, ``told the ambassador to
    leave within 48 hours``, ``the diplomats were given a week to leave``: foreigners ordered
    out are expelled."""
    if lemma not in ("order", "tell", "instruct", "require", "give"):
        return False
    # "were given four days to leave the country": the infinitive may hang as a purpose clause
    # or as a modifier of the time allowed
    leave = any(
        _lemma(c) in _LEAVE_VERBS
        and (
            c.dep_ in ("xcomp", "ccomp")
            or (
                c.dep_ in ("advcl", "relcl", "acl")
                and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
            )
        )
        for c in [*verb.children, *(d for o in objs for d in o.children)]
    )
    out = any(c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod") for c in verb.children)
    if not (leave or out):
        return False
    return any(_word_in(p, _EXPELLED_PEOPLE) for p in _quantified_and_conjoined(objs))


def _granted_asylum(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``India granted him asylum``, ``gave asylum to the king``: a state shelters a person."""
    if lemma not in ("grant", "give"):
        return False
    if not any(_lemma(o) in ("asylum", "refuge", "sanctuary") for o in objs):
        return False
    people = [c for c in verb.children if c.dep_ == "dative"] + _prep_objects(verb, ("to",))
    return any(_is_person(p, entity_tokens) for p in people)


def _went_into_exile(verb: Token, lemma: str) -> bool:
    """``went into exile in Guinea``, ``fled into exile in X``: the host state shelters him."""
    if lemma not in ("go", "flee", "escape", "retire"):
        return False
    return any(_lemma(o) == "exile" for o in _prep_objects(verb, ("into",)))


def _found_shelter(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``ten million refugees found shelter in India``, ``orphans were given refuge in X``:
    the host state takes in refugees (the refugees' origin is the other party)."""
    if lemma not in ("find", "give", "grant", "receive"):
        return False
    if not any(_lemma(o) in _SHELTER_NOUNS for o in objs):
        return False
    people = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dative")]
    people += _prep_objects(verb, ("to",))
    return any(_word_in(p, REFUGEE_NOUNS) for p in people)


def _donor_predicate(verb: Token, lemma: str) -> bool:
    """``Japan remained/was the largest donor to Mongolia``: a standing donor relation."""
    if lemma not in ("be", "remain", "become"):
        return False
    attrs = [c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")]
    return any(_lemma(a) in _DONOR_NOUNS and _prep_objects(a, ("to", "of")) for a in attrs)


def verb_event_type(
    verb: Token, lex: Lexicon, entity_tokens: set[int], state_tokens: Set[int] = frozenset()
) -> str | None:
    """Return the event type a verb trigger states given its objects, or ``None``
    (``state_tokens``: tokens of state names, which make bare "relations" diplomatic)."""
    lemma = _lemma(verb)
    objs = _objects(verb)
    if lemma in ("sign", "conclude", "ratify", "initial") and _heads_in(
        resolved(objs), AGREEMENT_NOUNS
    ):
        return "SIGN_AGREEMENT"  # "signed a treaty", "it was signed in Baghdad" (a treaty)
    if lemma == "sign" and _heads_in(objs, SIGNED_TEXT_NOUNS):
        return "SIGN_AGREEMENT"  # "the joint statement, which was signed on 3 August"
    if lemma == "exchange" and any(_lemma(o) == "instrument" for o in objs):
        return "SIGN_AGREEMENT"
    if (
        lemma in ("sign", "conclude")
        and not objs
        and _agreement_subject(verb)
        and any(c.dep_ == "prep" and c.lower_ in ("in", "on", "at") for c in verb.children)
    ):
        # "An agreement on trade concluded in 1960 provided for ...": the parser often makes
        # the agreement the subject of the participle that describes it
        return "SIGN_AGREEMENT"
    relations = [o for o in resolved(objs) if _lemma(o) in _RELATION_NOUNS]
    diplomatic = any(
        c.lower_ in ("diplomatic", "ambassadorial") for o in relations for c in o.children
    )
    if lemma in lex.verbs["ESTABLISH_RELATIONS"] and relations and diplomatic:
        return "ESTABLISH_RELATIONS"
    if (
        lemma in ("establish", "re-establish", "reestablish", "restore", "resume")
        and relations
        and _bare_state_relations(verb, relations, state_tokens)
    ):
        return "ESTABLISH_RELATIONS"
    if lemma in _RESTORING_VERBS and _relations_told_before(verb) is not None:
        return "ESTABLISH_RELATIONS"  # "broke off relations with X, and relations were not
        # restored until 1968": the relations of the earlier clause
    if lemma in ("recognise", "recognize") and _recognised_state(verb, objs, entity_tokens):
        return "ESTABLISH_RELATIONS"
    if lemma in lex.verbs["END_RELATIONS"] and relations:
        return "END_RELATIONS"
    if lemma == "withdraw" and any(_lemma(o) == "recognition" for o in objs):
        return "END_RELATIONS"  # "withdrew its recognition from the government in Taipei"
    # "opened an embassy", and the intransitive "the embassies opened in 1974"
    subjects = _subjects(verb) if not objs else []
    if lemma in lex.verbs["OPEN_MISSION"] and _heads_in(objs + subjects, MISSION_NOUNS):
        return "OPEN_MISSION"
    if lemma in lex.verbs["CLOSE_MISSION"] and _heads_in(objs + subjects, MISSION_NOUNS):
        return "CLOSE_MISSION"
    ended = termination_type(verb, lemma, resolved(objs), lex)
    if ended is not None:
        return ended
    as_objs = _prep_objects(verb, ("as",))
    if lemma in lex.verbs["PROVIDE_AID"]:
        # "provided Egypt with large amounts of economic aid", "supplied most of the tanks"
        goods = _quantified_and_conjoined(resolved(objs) + _prep_objects(verb, ("with",)))
        if _names_aid(goods) and not _heads_in(as_objs, ENVOY_NOUNS):
            return "PROVIDE_AID"
        if lemma in ("send", "provide", "supply") and any(
            g.lower_ in AID_PERSONNEL_NOUNS for g in goods
        ):
            return "PROVIDE_AID"  # "sent some 480 military instructors", "provided doctors"
    if lemma in _SHELTERING_VERBS and any(
        _word_in(g, REFUGEE_NOUNS)
        and not any(c.dep_ == "poss" for c in g.children)  # not "brought his children"
        for g in _with_quantified(objs)
    ):
        return "PROVIDE_AID"  # "admitted twenty thousand exiles", "brought 456 children"
    if lemma in MONEY_AID_VERBS and any(_lemma(o) in CURRENCY_NOUNS for o in objs):
        return "PROVIDE_AID"  # "granted five billion yen for a plant"
    if _found_shelter(verb, lemma, objs) or _donor_predicate(verb, lemma):
        return "PROVIDE_AID"
    if _granted_asylum(verb, lemma, objs, entity_tokens) or _went_into_exile(verb, lemma):
        return "PROVIDE_AID"
    if nominal_aid(verb) or _equipped_forces(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"
    if _financed_party(lemma, objs, entity_tokens) or _added_funds(lemma, objs):
        return "PROVIDE_AID"
    if lemma == "provide" and any(
        _lemma(g) in _MONEY_GOODS | AID_NOUNS for g in _prep_objects(verb, ("for",))
    ):
        return "PROVIDE_AID"  # "the agreement provided for a Soviet credit"
    if _forces_flown(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "special forces were flown to Luanda"
    if lemma in _AIRLIFT_VERBS and _names_aid(_with_quantified(objs)):
        dests = _prep_objects(verb, ("to", "into"))
        dests += [d for o in _with_quantified(objs) for d in _prep_objects(o, ("to", "into"))]
        if any(d.i in entity_tokens for d in dests):
            return "PROVIDE_AID"  # "flew arms and equipment to India"
    if _left_with_arms(verb, lemma, entity_tokens) or _forces_helped(verb, lemma, entity_tokens):
        return "PROVIDE_AID"
    if _built_abroad(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "the Chinese built a textile mill in Dar es Salaam"
    if _became_envoy(verb, lemma, entity_tokens):
        return "APPOINT_ENVOY"  # "became the first Danish ambassador to Peru"
    if lemma == "accredit" and (objs or _prep_objects(verb, ("to",))):
        return "APPOINT_ENVOY"  # accreditation is diplomatic by itself
    if (
        lemma == "exchange"
        and verb.tag_ in _PAST_TAGS
        and any(_lemma(o) in ENVOY_NOUNS for o in objs)
    ):
        return "APPOINT_ENVOY"  # "ambassadors were exchanged in 1976"
    if _ordered_to_leave(verb, lemma, objs, entity_tokens):
        return "EXPEL"
    if lemma in ("present", "hand", "submit") and any(_lemma(o) == "credential" for o in objs):
        return "APPOINT_ENVOY"  # "presented his credentials in Beijing"
    if lemma in ("send", "dispatch") and _sent_to_head_mission(verb):
        return "APPOINT_ENVOY"  # "was sent to Washington to head the liaison office"
    if lemma in lex.verbs["APPOINT_ENVOY"] and (
        _heads_in(as_objs, ENVOY_NOUNS)
        or any(_lemma(o) in ENVOY_NOUNS for o in objs)
        or any(_lemma(t) in ("diplomat", "ambassador", "envoy") for o in objs for t in o.subtree)
    ):
        return "APPOINT_ENVOY"
    if (
        lemma == "recall"
        # "recalled that ..." is speech (a clause before the verb is a misattached neighbour)
        and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
        and any(_is_person(o, entity_tokens) for o in objs)
    ):
        return "RECALL_ENVOY"
    if lemma in lex.verbs["EXPEL"] and not any(_lemma(o) in _MEMBER_NOUNS for o in objs):
        return "EXPEL"  # not "expelled the Communist Party of X" from an organisation
    if lemma == "declare" and any(t.lower_ == "persona" for t in verb.subtree):
        return "EXPEL"
    support = _support_verb_type(verb, lemma, objs, entity_tokens)
    if support is not None:
        return support
    return _contact_verb_type(verb, lemma, objs, entity_tokens)


_PLACE_NOUNS = frozenset(["capital", "city", "country", "republic", "kingdom", "port"])
_RELATION_NOUNS = frozenset(["relation", "relations", "tie", "ties"])
# What a state recognises besides a named state: "recognised the People's Republic".
_RECOGNISED_NOUNS = frozenset(["independence", "republic"])
_POLITY_NOUNS = frozenset(["republic", "government", "regime", "state"])
_ARMED_FORCES = frozenset(["army", "armies", "force", "forces", "military", "navy", "troops"])
_EQUIP_VERBS = frozenset(["equip", "re-equip", "reequip", "rearm", "re-arm"])


def _recognised_state(verb: Token, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``recognised Kenya``, ``recognised the People's Republic``, ``recognised Chad de jure``
    (the state a compound of the object), a new polity ("the new state", "the government in
    exile", "it" after "the new republic"), and the passive ``the new regime was recognised by
    Peru``. Recognising "only" a government, or continuing to, is a standing policy."""
    if _standing_recognition(verb, objs):
        return False
    for o in objs + [a for a in resolved(objs) if a.i not in {o.i for o in objs}]:
        if o.i in entity_tokens or _lemma(o) in _RECOGNISED_NOUNS:
            return True
        if any(c.dep_ == "compound" and c.i in entity_tokens for c in o.children):
            return True
        if _new_polity(o, verb, entity_tokens):
            return True
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    polity = any(_lemma(o) in _POLITY_NOUNS for o in objs)
    return passive and polity and any(a.i in entity_tokens for a in _prep_objects(verb, ("by",)))


# Modifiers of a polity that make it a new one: "the new state", "the provisional government".
_NEW_POLITY_MODIFIERS = frozenset(
    ["new", "provisional", "revolutionary", "independent", "re-established", "established"]
)


def _new_polity(obj: Token, verb: Token, entity_tokens: set[int]) -> bool:
    """``the new Lithuanian state``, ``the re-established Polish state``, ``the new government
    of Bangladesh``, ``the government in exile`` (the parser may hang "in exile" on ``verb``):
    a state named by its people, or a new government of a named state, not an existing
    government of a state already recognised."""
    if _lemma(obj) not in _POLITY_NOUNS:
        return False
    if any(_lemma(p) == "exile" for h in (obj, verb) for p in _prep_objects(h, ("in",))):
        return True
    mods = [c for c in obj.children if c.dep_ in ("amod", "compound")]
    named = any(m.i in entity_tokens for m in mods + _prep_objects(obj, ("of",)))
    new = any(m.lower_ in _NEW_POLITY_MODIFIERS for m in mods) or _split_prefix_modifier(obj)
    # "the new government" alone names no state: its partner would be a guess
    return named and (new or _lemma(obj) == "state")


def _split_prefix_modifier(obj: Token) -> bool:
    """``the re-established state`` split by the tokenizer into "re", "-", "established"."""
    return any(c.lower_ == "re" and c.dep_ in ("amod", "compound") for c in obj.children)


def _standing_recognition(verb: Token, objs: list[Token]) -> bool:
    """``had recognised only the government in Taipei``, ``continued to recognise the ousted
    government``: a policy held over time, not an act of recognition."""
    if _lemma(verb.head) in ("continue", "keep") and verb.dep_ == "xcomp":
        return True
    only = [c for o in objs for c in o.children] + list(verb.children)
    return any(c.lower_ == "only" and c.dep_ == "advmod" for c in only)


_DEPARTURE_VERBS = frozenset(["leave", "sail", "depart", "set"])


# Bodies of troops: "special forces were flown in", "Cuban units helped the army".
_TROOPS = frozenset(["forces", "troops", "units", "soldiers"])
_TROOP_NOUNS = _TROOPS | {"paratroopers", "battalions"}


def _armed_subject(verb: Token) -> bool:
    """Return whether the verb's subject is a body of troops ("special forces", "units")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _TROOP_NOUNS for c in verb.children)


def _forces_flown(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``special forces were flown to Luanda``, ``airlifted two battalions to Kinshasa``:
    troops carried by air or sea to a named state or capital are military aid (not
    "sent troops into", an invasion)."""
    if lemma not in _AIRLIFT_VERBS | {"ship"}:
        return False
    if not any(o.lower_ in _TROOP_NOUNS for o in objs):
        return False
    return any(d.i in entity_tokens for d in _prep_objects(verb, ("to",)))


def _left_with_arms(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``the freighter left Odessa with 15,000 rifles for the Republic``: a ship sailing
    with arms or supplies for a state or party carries aid."""
    if lemma not in _DEPARTURE_VERBS:
        return False
    goods = _quantified_and_conjoined(_prep_objects(verb, ("with",)))
    if not _names_aid(goods):
        return False
    for_objs = _prep_objects(verb, ("for",)) + [
        p for g in goods for p in _prep_objects(g, ("for",))
    ]
    return any(
        p.i in entity_tokens or _lemma(p) in _BACKED_GROUPS | _POLITY_NOUNS for p in for_objs
    )


# Units of armed forces that help another state's government: "Cuban units helped the army".
_FORCE_NOUNS = _TROOPS | {"unit", "advisers", "advisors", "instructors"}


def _forces_helped(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Cuban units helped the government to crush the revolt``: a state's forces helping
    another's government or army is military aid."""
    if lemma not in ("help", "assist", "aid") or verb.tag_ not in _PAST_TAGS:
        return False
    subjects = _subjects(verb)
    armed = any(
        s.lower_ in _FORCE_NOUNS
        and any(c.i in entity_tokens for c in s.children if c.dep_ in ("amod", "compound"))
        for s in subjects
    )
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
        (h.i in entity_tokens and h.pos_ != "PRON") or _lemma(h) in _POLITY_NOUNS | _ARMED_FORCES
        for h in helped
    )


# Works one state builds in another: "built a textile mill in Dar es Salaam".
_WORKS_NOUNS = frozenset(
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


def _built_abroad(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``China built the Friendship Mill in Dar es Salaam``: a state (named, or "it"/"they")
    building works in a named place."""
    if lemma not in ("build", "construct") or verb.tag_ != "VBD":
        return False
    if not any(_lemma(o) in _WORKS_NOUNS for o in objs):
        return False
    subjects = _subjects(verb)
    if not any(s.i in entity_tokens or s.lower_ in ("it", "they") for s in subjects):
        return False
    places = _prep_objects(verb, ("in",)) + [p for o in objs for p in _prep_objects(o, ("in",))]
    return any(p.i in entity_tokens for p in places)


def _equipped_forces(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``re-equipped the Syrian army``: arming another state's forces is military aid."""
    if lemma not in _EQUIP_VERBS:
        return False
    return any(
        _lemma(o) in _ARMED_FORCES
        and any(c.i in entity_tokens for c in o.children if c.dep_ in ("amod", "compound", "poss"))
        for o in objs
    )


def _became_envoy(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``became the first Danish ambassador to Peru``: taking up a post abroad."""
    if lemma != "become" or verb.tag_ not in _PAST_TAGS:
        return False
    envoys = [c for c in verb.children if c.dep_ == "attr" and _lemma(c) in ENVOY_NOUNS]
    return any(
        _prep_objects(e, ("to", "in")) or any(c.i in entity_tokens for c in e.children)
        for e in envoys
    )


def _destination(dest: Token, entity_tokens: set[int]) -> bool:
    """A place a visit goes to: a named state or place, a congress or festival, "the country",
    or "the Soviet capital" (a place noun modified by a state)."""
    if dest.i in entity_tokens or _lemma(dest) in VISIT_EVENT_NOUNS | {"country"}:
        return True
    return _lemma(dest) in _PLACE_NOUNS and any(
        c.i in entity_tokens for c in dest.children if c.dep_ in ("amod", "compound", "poss")
    )


_MEMBER_NOUNS = frozenset(["party", "parties", "member", "members", "delegate", "delegates"])


def _body_in_session(verb: Token, entity_tokens: set[int]) -> bool:
    """``the Council, meeting in Geneva, ...``: a participle describing a body (not people)."""
    bare = not any(c.dep_ in ("det", "poss", "amod", "nsubj", "dobj") for c in verb.children)
    if not bare or verb.dep_ not in ("acl", "prep", "advcl") or verb.lower_ != "meeting":
        return False
    body = verb.head
    if body.pos_ in ("VERB", "AUX"):
        body = next((c for c in body.children if c.dep_ == "nsubj"), body)
    if body.pos_ in ("VERB", "AUX"):
        return False
    return not _is_person_like(body, False) and body.ent_type_ != "PERSON"


# Assemblies that meet as bodies: "the Cortes met in exile in Mexico City".
_ASSEMBLY_NOUNS = frozenset(
    [
        "cortes",
        "parliament",
        "congress",
        "assembly",
        "council",
        "cabinet",
        "politburo",
        "committee",
        "senate",
        "diet",
        "synod",
        "conference",
        "presidium",
    ]
)


def _body_met(verb: Token, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``the Cortes met in exile``, ``the Council met in Geneva``: an assembly's session,
    with no partner met (not "the two leaders met")."""
    if objs or _prep_objects(verb, ("with",)):
        return False
    subjects = _subjects(verb)
    return bool(subjects) and all(_word_in(s, _ASSEMBLY_NOUNS) for s in subjects)


# Verbs by which the text tells that invited guests came: "which the premier received".
_GUEST_CAME_VERBS = frozenset(["receive", "welcome", "host"])


def _invitation_taken_up(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> bool:
    """``invited the Swiss team, which the premier received in May``: an invitation whose
    guests the same sentence says came or were received is a visit (an invitation alone is
    not)."""
    if lemma != "invite" or verb.tag_ != "VBD":
        return False
    guests = [o for o in objs if _is_person(o, entity_tokens)]
    return any(
        c.dep_ == "relcl" and _lemma(c) in _GUEST_CAME_VERBS and c.tag_ == "VBD"
        for g in guests
        for c in g.children
    )


def _motion_destinations(verb: Token) -> list[Token]:
    """Return where a verb of motion goes: "went to X", "stayed in X", and through a particle
    ("went back to X", "came over to X")."""
    preps = ("to", "in", "into", "through", "across")
    dests = _prep_objects(verb, preps)
    for c in verb.children:
        if c.lower_ in ("back", "over", "on") and c.dep_ in ("advmod", "prt", "prep"):
            dests += _prep_objects(c, preps)
    return dests


def _resident_subject(verb: Token) -> bool:
    """Return whether the verb's subject holds a post abroad (an envoy, a mission: "the
    ambassador stayed in Moscow", "Ambassador X returned to Mongolia")."""
    subjects = _subjects(verb, _SUBJECT_DEPS)
    titles = subjects + [t for s in subjects for t in s.children if t.dep_ in ("compound", "appos")]
    return any(_lemma(t) in _RESIDENT_NOUNS for t in titles)


def _sent_person(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``X was sent to Tehran``, ``sent his foreign minister to Cairo``: a person or delegation
    sent to a state travels there (envoys sent to a post are appointments, found before)."""
    if lemma not in ("send", "dispatch"):
        return False
    if any(_lemma(t) in ENVOY_NOUNS for t in verb.sent):
        return False  # "ambassadors were exchanged when X was sent to Peking": a posting
    if not any(_destination(d, entity_tokens) for d in _prep_objects(verb, ("to",))):
        return False
    return any(
        _is_named_guest(o, entity_tokens)
        and o.ent_type_ not in _NON_PERSON_ENTS
        and _lemma(o) not in _RESIDENT_NOUNS
        for o in objs
    )


def _brought_together(verb: Token, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``brought Siad Barre and Mengistu together``: two people brought together meet."""
    together = any(t.lower_ == "together" for t in verb.subtree if abs(t.i - verb.i) <= 10)
    people = [o for o in objs if _is_person(o, entity_tokens)]
    return together and (len(people) >= 2 or any(o.lower_ in _PAIR_NOUNS for o in objs))


def _called_on_person(verb: Token, entity_tokens: set[int]) -> bool:
    """``X called on the Pope at the Vatican``: a courtesy call on a person (not "called on
    the Soviet Union to withdraw", an appeal)."""
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children):
        return False
    hosts = _prep_objects(verb, ("on", "upon"))
    for h in hosts:
        if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in h.children):
            return False  # "called on the powers to respect ..."
    return any(
        (h.ent_type_ == "PERSON" or _lemma(h) in PERSON_GROUP_NOUNS | {"pope"})
        and h.ent_type_ not in _NON_PERSON_ENTS
        for h in hosts
    )


_PAIR_NOUNS = frozenset(["leaders", "sides", "parties", "ministers", "delegations", "men"])


_SETTLEMENT_NOUNS = frozenset(["town", "station", "resort", "village", "spa"])


def _came_here(verb: Token, lemma: str) -> bool:
    """``your minister came here in the summer``: in a record of talks "here" is the host's
    country (the parties come from the context)."""
    if lemma not in ("come", "arrive"):
        return False
    if any(c.lower_ == "here" and c.dep_ == "advmod" for c in verb.children):
        return True
    # "arrived in this city", "in this hill station": a deictic place is the report's own place
    return any(
        _lemma(p) in _PLACE_NOUNS | _SETTLEMENT_NOUNS
        and any(c.lower_ == "this" for c in p.children)
        for p in _prep_objects(verb, ("in", "to", "at"))
    )


def _received_person(verb: Token, objs: list[Token]) -> bool:
    """A person pronoun as the passive subject of "received" ("he was received by ...")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(o.lower_ in ("he", "she", "they") for o in objs)


_NON_PERSON_ENTS = frozenset(["GPE", "NORP", "ORG", "LOC", "FAC"])
_PERSONAL_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "who"])


def _received_by_leader(verb: Token, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``X ... was received by Premier Y``: a passive reception by a person, whose subject is a
    person or a subject shared with a coordinated verb (not "the proposal was received")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    agents = _prep_objects(verb, ("by",))
    if not any(
        _is_person(a, entity_tokens) and a.ent_type_ not in _NON_PERSON_ENTS for a in agents
    ):
        return False
    return all(_is_named_guest(o, entity_tokens) for o in objs)


_RESIDENT_NOUNS = frozenset(["ambassador", "envoy", "consul", "embassy", "mission", "legation"])


def _located_in_state(verb: Token, entity_tokens: set[int]) -> bool:
    return any(d.i in entity_tokens for d in _prep_objects(verb, ("in",)))


def _was_in(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``the Romanian premier was in Beijing``: a visiting person's stay (not a resident
    envoy's post, and not a state "in a difficult position")."""
    if lemma != "be" or verb.tag_ != "VBD" or not _located_in_state(verb, entity_tokens):
        return False
    subjects = _subjects(verb)
    return any(
        (s.i in entity_tokens and s.ent_type_ == "PERSON")
        or (_lemma(s) in PERSON_GROUP_NOUNS and _lemma(s) not in _RESIDENT_NOUNS)
        for s in subjects
    )


def _dated_only(verb: Token) -> bool:
    """Return whether the verb's prepositions name only times ("came in March 1960")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return bool(preps) and all(
        p.lower_ in ("in", "on") and any(_is_date(o) for o in p.children if o.dep_ == "pobj")
        for p in preps
    )


def _is_date(token: Token) -> bool:
    return token.ent_type_ == "DATE" or token.lower_ in MONTH_NUMBERS or token.like_num


def _joined_in(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``the Polish leader joined him in Moscow``: joining a person abroad is a visit."""
    if lemma != "join" or not _located_in_state(verb, entity_tokens):
        return False
    return any(_is_person(o, entity_tokens) or o.lower_ == "them" for o in objs)


def _toured(lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``toured West Africa``, ``toured Western capitals``: touring states or their capitals."""
    return lemma == "tour" and any(
        _destination(o, entity_tokens) or _lemma(o) in _PLACE_NOUNS | {"state"} or o.pos_ == "PROPN"
        for o in objs
    )


_TRAVEL_NOUNS = frozenset(["tour", "trip", "journey", "mission"])
# Verbs by which a journey moves its traveller: "a tour that took/brought/led him to X".
_CONVEY_VERBS = frozenset(["take", "bring", "lead", "carry"])


def _trip_took(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``a tour of Asia that took him to Nepal and Ceylon``: a journey taking someone to a state."""
    if lemma not in _CONVEY_VERBS or verb.dep_ != "relcl" or _lemma(verb.head) not in _TRAVEL_NOUNS:
        return False
    return any(_destination(d, entity_tokens) for d in _prep_objects(verb, ("to",)))


def _journey_verb(noun: Token) -> Token | None:
    """Return the verb whose subject makes the journey ``noun`` ("made a tour", "visited X as
    part of a tour")."""
    node = noun
    for _ in range(5):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _came_on_date(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``Comrade Kosygin, who came in March 1968``: in a record of talks, a person who "came"
    (with only a date) came to the speaker's country."""
    if lemma not in ("come", "arrive") or verb.dep_ != "relcl" or not _dated_only(verb):
        return False
    head = verb.head
    named = head.ent_type_ == "PERSON" or (head.i in entity_tokens and head.pos_ == "PROPN")
    return named or _lemma(head) in PERSON_GROUP_NOUNS


_FLOW_VERBS = frozenset(["follow", "come", "arrive", "flow", "begin", "start", "reach"])
_MONEY_GOODS = frozenset(["credit", "credits", "loan", "loans", "aid", "assistance", "grant"])


def nominal_aid(verb: Token) -> bool:
    """``a second credit of 100 million roubles followed in 1960``, ``Soviet aid arrived``,
    ``arms deliveries grew rapidly``: aid as the subject of a verb of arrival or growth
    (parties from the context)."""
    lemma = _lemma(verb)
    if lemma not in _FLOW_VERBS | _GROWTH_VERBS:
        return False
    # "supplies reached North Vietnam" (a place reached), not "aid reached its peak"
    if any(
        c.dep_ == "dobj" and (lemma != "reach" or _lemma(c) in _AMOUNT_NOUNS) for c in verb.children
    ):
        return False
    subjects = _subjects(verb) + _first_to_act_subjects(verb)
    for c in list(subjects):
        subjects.extend(d for d in c.children if d.dep_ == "conj")
    if lemma in _FLOW_VERBS and any(
        _lemma(c) in _MONEY_GOODS | _FLOWING_GOODS or c.lower_ in _MONEY_GOODS for c in subjects
    ):
        return True
    if lemma in _FLOW_VERBS and any(_rescuers(c) for c in subjects):
        return True  # "rescue teams arrived", "rescuers and blood donations followed"
    return any(_lemma(c) in _DELIVERY_NOUNS and _aid_goods_named(c) for c in subjects)


_RESCUER_NOUNS = frozenset(["rescuer", "rescuers", "donation", "donations"])
_RESCUE_TEAM_NOUNS = frozenset(["team", "teams", "unit", "units", "worker", "workers", "crew"])
_RESCUE_MODIFIERS = frozenset(["rescue", "relief", "medical", "aid", "humanitarian"])


def _rescuers(subject: Token) -> bool:
    """``rescuers``, ``blood donations``, ``rescue/relief teams``: help sent after a disaster."""
    if _word_in(subject, _RESCUER_NOUNS):
        return True
    return subject.lower_ in _RESCUE_TEAM_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _RESCUE_MODIFIERS for c in subject.children
    )


def _first_to_act_subjects(verb: Token) -> list[Token]:
    """``rescue teams were among the first to arrive``: the subject of the copula whose
    "first" the infinitive modifies."""
    first = verb.head
    if verb.dep_ not in ("relcl", "acl") or first.lower_ not in _FIRST_WORDS:
        return []
    node = first.head.head if first.dep_ == "pobj" else first.head
    return _subjects(node)


_AMOUNT_NOUNS = frozenset(["peak", "level", "record", "total", "height", "figure", "maximum"])
# Goods whose arrival is aid: "Swedish medical supplies have reached North Vietnam".
_FLOWING_GOODS = frozenset(["supply", "supplies", "relief", "shipment", "delivery"])
_GROWTH_VERBS = frozenset(["grow", "increase", "rise", "expand", "continue", "resume", "begin"])


def _contact_verb_type(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> str | None:
    if lemma == "visit":
        return "VISIT"
    if _came_on_date(verb, lemma, entity_tokens):
        return "VISIT"
    if lemma in VISIT_MOTION_VERBS:
        if _armed_subject(verb):
            return None  # "the troops arrived in X": a deployment, not a visit
        if lemma in ("stay", "return") and _resident_subject(verb):
            return None  # "the ambassador stayed in Moscow until 1960": a post, not a visit
        dests = _motion_destinations(verb)
        if any(_destination(d, entity_tokens) for d in dests) or _came_here(verb, lemma):
            return "VISIT"
        return None
    if _invitation_taken_up(verb, lemma, objs, entity_tokens):
        return "VISIT"  # "invited the American team, which the premier received on 14 April"
    if _sent_person(verb, lemma, objs, entity_tokens):
        return "VISIT"  # "the foreign minister was sent to Tehran in September"
    if lemma == "bring" and _brought_together(verb, objs, entity_tokens):
        return "MEET"  # "at Aden he brought the two leaders together"
    if lemma == "attend" and _heads_in(objs, VISIT_EVENT_NOUNS):
        return "VISIT"
    if _toured(lemma, objs, entity_tokens) or _trip_took(verb, lemma, entity_tokens):
        return "VISIT"
    if _was_in(verb, lemma, entity_tokens) or _joined_in(verb, lemma, objs, entity_tokens):
        return "VISIT"
    if lemma in ("lead", "head") and any(
        _lemma(o) == "delegation" and o.tag_ != "NNS" for o in objs
    ):  # not "led the delegations to X": a series of journeys
        # "led the party delegation to Moscow": the delegation travels; "the delegation he led
        # there": to the place named before
        dests = _prep_objects(verb, ("to",)) + [p for o in objs for p in _prep_objects(o, ("to",))]
        there = any(c.lower_ == "there" and c.dep_ == "advmod" for c in verb.children)
        if any(d.i in entity_tokens for d in dests) or there:
            return "VISIT"
    if lemma == "meet" and (
        _body_in_session(verb, entity_tokens) or _body_met(verb, objs, entity_tokens)
    ):
        return None  # "the Cominform, meeting in Bucharest, ...": a body's session
    if lemma == "meet":
        partners = objs + _prep_objects(verb, ("with",))
        if not objs or any(_is_person(p, entity_tokens) for p in partners):
            return "MEET"
        return None
    if lemma in ("receive", "host") and any(_is_person(o, entity_tokens) for o in objs):
        return "MEET"
    if lemma == "receive" and (
        _received_person(verb, objs) or _received_by_leader(verb, objs, entity_tokens)
    ):
        return "MEET"  # "he was received several times by the premier"
    if lemma in ("negotiate", "confer"):
        return "MEET"
    if lemma == "call" and _called_on_person(verb, entity_tokens):
        return "MEET"  # "called on the Pope at the Vatican"
    if lemma == "talk" and _prep_objects(verb, ("with",)):
        return "MEET"  # "talked with the premier", not "stopped talking about"
    if lemma == "succeed" and verb.tag_ == "VBN" and _prep_objects(verb, ("by",)):
        # the office may be named in this or the previous sentence
        nearby = verb.doc[max(0, verb.i - 50) : verb.i + 25]
        if any(_lemma(t) in _SUCCESSION_OFFICES for t in nearby):
            return "APPOINT_ENVOY"
    return None


def noun_event_type(noun: Token, lex: Lexicon, entity_tokens: set[int]) -> str | None:
    """Return the event type a noun trigger states, or ``None``."""
    lemma = _lemma(noun)
    of_objs = _prep_objects(noun, ("of",))
    if noun.dep_ == "compound":
        return None
    if lemma == "visit":
        plural = noun.tag_ == "NNS"
        if any(c.lower_ in ("such", "these", "those", "both") for c in noun.children):
            return None
        if _refers_back(noun, entity_tokens):
            return None  # "after that visit": the visit told before
        if plural and not any(t.i in entity_tokens for t in noun.subtree):
            return None
        return "VISIT"
    if lemma == "tour" and any(t.i in entity_tokens for o in of_objs for t in o.subtree):
        return "VISIT"  # "a tour of Thailand, Malaysia and Singapore"
    if lemma in ("journey", "trip", "tour") and any(
        _destination(d, entity_tokens) for d in _prep_objects(noun, ("to",))
    ):
        return "VISIT"  # "the Egyptian leader's journey to Jerusalem"
    if lemma == "pilgrimage" and _leaders_pilgrimage(noun, entity_tokens):
        return "VISIT"  # "the Pope's pilgrimage to Spain", "his second pilgrimage"
    if lemma == "round" and _round_held(noun):
        return "MEET"  # "the last round was held in Beijing"
    if noun.lower_ == "meeting" and _body_in_session(noun, entity_tokens):
        return None  # the participle misread as a noun
    if lemma == "summit" and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during"):
        return None  # "backed X's bid at the summit in Helsinki": the setting of another act
    if lemma in MEETING_NOUNS and (_internal_meeting(noun) or _summoned_for(noun)):
        return None  # "after a cabinet meeting", "recalled its ambassador for consultations"
    if _word_in(noun, MEETING_NOUNS) or _hosted_meal(noun, lemma):
        return "MEET"
    if lemma in ("signing", "conclusion", "signature", "ratification") and _heads_in(
        of_objs, AGREEMENT_NOUNS
    ):
        return "SIGN_AGREEMENT"
    if lemma == "establishment" and any(
        _lemma(o) in ("relation", "relations") and any(c.lower_ == "diplomatic" for c in o.children)
        for o in of_objs
    ):
        return "ESTABLISH_RELATIONS"
    if lemma in _RESTORATION_NOUNS and any(c.lower_ == "such" for c in noun.children):
        return None  # "the first such restoration": the one just told
    if lemma in _RESTORATION_NOUNS and _restored_relations(noun, of_objs):
        return "ESTABLISH_RELATIONS"
    if lemma in ("dispatch", "appointment", "accreditation") and any(
        o.i in entity_tokens or _lemma(o) in ENVOY_NOUNS for o in of_objs
    ):
        return "APPOINT_ENVOY"
    if lemma == "recall" and any(o.i in entity_tokens or _lemma(o) in ENVOY_NOUNS for o in of_objs):
        return "RECALL_ENVOY"
    if lemma in ("closure", "closing") and _heads_in(of_objs, MISSION_NOUNS):
        return "CLOSE_MISSION"
    if lemma == "opening" and _heads_in(of_objs, MISSION_NOUNS):
        return "OPEN_MISSION"
    if lemma in ("aid", "assistance") and _prep_objects(noun, ("to",)):
        return None if _ended(noun) else "PROVIDE_AID"
    if lemma in _DELIVERY_NOUNS and _aid_goods_named(noun) and _prep_objects(noun, ("to",)):
        return None if _ended(noun) else "PROVIDE_AID"  # "Soviet arms deliveries to Hanoi"
    if lemma in ("expulsion", "deportation"):
        return "EXPEL"
    if lemma in TERMINATION_NOUNS and (
        _heads_in(of_objs, AGREEMENT_NOUNS)
        or any(c.dep_ == "poss" and _lemma(c) in AGREEMENT_NOUNS for c in noun.children)
    ):
        return "TERMINATE_AGREEMENT"
    if lemma in ("support", "solidarity", "backing") and _support_noun_stated(noun, lex):
        return "EXPRESS_SUPPORT"
    return None


# Bodies whose meetings are a state's internal business: "a cabinet meeting".
_INTERNAL_BODIES = frozenset(
    ["cabinet", "government", "staff", "board", "politburo", "party", "parliament", "family"]
)


def _internal_meeting(noun: Token) -> bool:
    """``after a cabinet meeting``, ``at a Politburo meeting``: a body meeting on its own."""
    return any(
        c.dep_ in ("compound", "amod") and c.lower_ in _INTERNAL_BODIES for c in noun.children
    )


def _summoned_for(noun: Token) -> bool:
    """``recalled its ambassador for consultations``: consultations at home are the purpose
    of a recall, not a meeting between states."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    return _lemma(noun.head.head) in ("recall", "summon", "call")


def _leaders_pilgrimage(noun: Token, entity_tokens: set[int]) -> bool:
    """A pilgrimage to a named place, or a person's own ("his second pilgrimage"): a church
    leader's journey abroad (not "the pilgrimage season")."""
    if any(_destination(d, entity_tokens) for d in _prep_objects(noun, ("to",))):
        return True
    return any(
        c.dep_ == "poss" and (c.lower_ in ("his", "her") or _is_person(c, entity_tokens))
        for c in noun.children
    )


def _refers_back(noun: Token, entity_tokens: set[int]) -> bool:
    """``after that visit``, ``during this visit``: a demonstrative noun with no participant,
    destination or date of its own names an event told before (merging cannot always join it:
    its clause may carry another act's date)."""
    if not any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in noun.children):
        return False
    if noun.dep_ == "dobj":
        return False  # "made this visit to Tokyo": the light verb states the act
    own = [c for c in noun.children if c.dep_ in ("poss", "prep", "compound", "amod", "nmod")]
    return not own and not any(t.i in entity_tokens for t in noun.subtree)


def _round_held(noun: Token) -> bool:
    """A round (of talks) that was held or took place, or a "round of talks"."""
    if any(_lemma(o) in MEETING_NOUNS for o in _prep_objects(noun, ("of",))):
        return False  # "a round of talks": the talks are the trigger
    head = noun.head
    if noun.dep_ == "nsubjpass" and _lemma(head) in ("hold", "conduct"):
        return True
    if noun.dep_ == "nsubj" and _lemma(head) in ("follow", "open", "begin", "start"):
        return True  # "further rounds followed in Cairo and Geneva"
    return (
        noun.dep_ == "nsubj"
        and _lemma(head) == "take"
        and any(_lemma(c) == "place" for c in head.children if c.dep_ == "dobj")
    )


_MEAL_NOUNS = frozenset(["banquet", "dinner", "luncheon", "lunch", "breakfast"])


def _hosted_meal(noun: Token, lemma: str) -> bool:
    """``the banquet that Premier X gave in his honour``: a meal a leader gives for a guest."""
    if lemma not in _MEAL_NOUNS:
        return False
    givers = [c for c in noun.children if c.dep_ == "relcl" and _lemma(c) in ("give", "host")]
    honour = any(
        _lemma(p) in ("honour", "honor") for g in [noun, *givers] for p in _prep_objects(g, ("in",))
    )
    return bool(givers) and (
        honour
        or any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for g in givers for c in g.children)
    )


_DELIVERY_NOUNS = frozenset(
    [
        "delivery",
        "deliveries",
        "shipment",
        "shipments",
        "supply",
        "airlift",
        "sealift",
        "consignment",
    ]
)
_RESTORATION_NOUNS = frozenset(["restoration", "resumption", "re-establishment"])


def _restored_relations(noun: Token, of_objs: list[Token]) -> bool:
    """``the restoration of diplomatic relations``, or a bare ``the restoration`` after a
    mention of relations in the same sentence ("broken off relations ...; the restoration was
    announced in 1974")."""
    if of_objs:
        return any(_lemma(o) in _RELATION_NOUNS and _unqualified(o) for o in of_objs)
    if not any(c.lower_ == "the" for c in noun.children):
        return False
    sent = noun.sent
    return any(_lemma(t) in _RELATION_NOUNS for t in sent[: noun.i - sent.start])


_ENDING_VERBS = frozenset(
    ["end", "stop", "halt", "cut", "suspend", "cancel", "terminate", "withdraw", "freeze"]
)


def _aid_goods_named(noun: Token) -> bool:
    goods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    return _names_aid(goods + _prep_objects(noun, ("of",)))


def _ended(noun: Token) -> bool:
    """``ended all economic assistance to Vietnam``: aid stopped is no aid given."""
    node = _first_conjunct(noun)
    return node.dep_ in ("dobj", "nsubjpass") and _lemma(node.head) in _ENDING_VERBS


def _support_noun_stated(noun: Token, lex: Lexicon) -> bool:
    """``expressed/conveyed/reaffirmed (its) support``, ``in support of X``."""
    node = _first_conjunct(noun)
    if node.dep_ == "dobj" and _lemma(node.head) in lex.light_verbs["EXPRESS_SUPPORT"]:
        return True
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        owner = node.head.head  # "assured X of" or "assured [X of]"
        if _lemma(owner) == "assure" or (owner.dep_ == "dobj" and _lemma(owner.head) == "assure"):
            return True  # "had assured the President of their support"
    return (
        node.dep_ == "pobj"
        and node.head.lower_ == "in"
        and node.head.head.pos_ in ("VERB", "AUX")
        and bool(_prep_objects(node, ("of",)))
    )


def _noun_anchor(noun: Token) -> Token:
    """Return the verb governing a noun trigger (its clause), or the noun itself."""
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return noun.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and noun.head.head.pos_ == "VERB"
        and _lemma(noun) in ("visit", "tour")
        and not any(c.dep_ == "dobj" for c in noun.head.head.children)
    ):
        return noun.head.head  # "answered with a tour of Thailand": the verb's subject goes
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head  # "vetoed the resolutions in support of India"
    return noun


def _own_tokens(noun: Token) -> set[int]:
    """Return the tokens of a conjunct without its own conjuncts."""
    out = {t.i for t in noun.subtree}
    for c in noun.children:
        if c.dep_ in ("conj", "cc"):
            out -= {t.i for t in c.subtree}
    return out


def agreement_objects(verb: Token) -> list[Token]:
    """Return the distinct agreements a signing verb takes, coordinated objects included
    ("concluded a transit agreement on D1 and a traffic treaty on D2")."""
    objs = [o for o in _objects(verb) if _heads_in([o], AGREEMENT_NOUNS)]
    # a second object coordinated with the verb itself is a common misparse
    objs += [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and _lemma(c) in AGREEMENT_NOUNS
    ]
    return sorted({o.i: o for o in objs if o.i > verb.i}.values(), key=lambda t: t.i)


def is_follow_up(verb: Token) -> bool:
    """``X followed``, ``X followed suit``, ``X did the same / likewise``: a verb repeating
    the previous act (a past verb with a subject and no other object)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in _PAST_TAGS:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    lemma = _lemma(verb)
    if lemma == "follow":
        return all(_lemma(o) in ("suit", "example") for o in objs)
    if lemma == "do":
        return any(c.lower_ in ("likewise", "so") for c in verb.children) or any(
            o.lower_ == "same" for o in objs
        )
    return False


def introduces_agreement(trig: Trigger) -> bool:
    """Return whether a signing trigger's agreement is introduced as a new one ("signed a
    consular convention", "concluded agreements on trade"), not referred back to ("the
    treaty"): such a mention states its own event."""
    objs = [trig.token] if trig.token.pos_ in ("NOUN", "PROPN") else agreement_objects(trig.token)
    objs = [o for o in objs if _lemma(o) in AGREEMENT_NOUNS]
    for o in objs:
        dets = [c.lower_ for c in o.children if c.dep_ in ("det", "poss")]
        if any(d in ("a", "an", "another") for d in dets):
            return True
        if not dets and o.tag_ == "NNS":
            return True
    return False


def _split_signing(trig: Trigger) -> list[Trigger]:
    """One trigger per coordinated agreement: each keeps its own partners and date."""
    objs = agreement_objects(trig.token)
    if len(objs) < 2:
        return [trig]
    own = {o.i: _own_tokens(o) for o in objs}
    out: list[Trigger] = []
    for o in objs:
        others: set[int] = set()
        for j, toks in own.items():
            if j != o.i:
                others |= toks - own[o.i]
        out.append(Trigger(trig.type, o, trig.anchor, frozenset(others)))
    return out


def find_triggers(
    tokens: list[Token],
    lex: Lexicon,
    entity_tokens: set[int],
    state_tokens: Set[int] = frozenset(),
) -> list[Trigger]:
    """Return the triggers among ``tokens`` (one sentence), anchored on their governing verb
    (``entity_tokens``: tokens of entity mentions; ``state_tokens``: of state names)."""
    found: list[Trigger] = []
    for tok in tokens:
        if tok.pos_ == "VERB" or (
            tok.pos_ == "AUX"
            and tok.lemma_ in ("have", "be")
            and tok.dep_ not in ("aux", "auxpass")
        ):
            if is_non_renewal(tok) and _past_context(tok.head):
                found.append(Trigger("TERMINATE_AGREEMENT", tok, tok, negated=True))
                continue
            etype = verb_event_type(tok, lex, entity_tokens, state_tokens)
            if etype is None:
                continue
            if etype != "EXPRESS_SUPPORT" and not (_past_context(tok) or _first_to_act(tok)):
                continue
            found.append(_verb_trigger(etype, tok))
            if etype == "MEET" and _received_in_place(tok, entity_tokens):
                found.append(Trigger("VISIT", tok, tok))  # the guest came to the capital
        elif tok.pos_ in ("NOUN", "PROPN"):
            prefix = _re_established(tok)
            if prefix is not None:
                found.append(Trigger("ESTABLISH_RELATIONS", tok, prefix))
                continue
            etype = noun_event_type(tok, lex, entity_tokens)
            if etype is None:
                continue
            # "the visit to China and the visit to Korea": each conjunct keeps its own partners
            others = frozenset({t.i for t in tok.subtree} - _own_tokens(tok))
            found.append(_restored_trigger(tok) or Trigger(etype, tok, _noun_anchor(tok), others))
    found = [_without_nested(t, found) for t in found]
    out: list[Trigger] = []
    for trig in found:
        if _restates_verb_trigger(trig, found):
            continue
        if trig.type == "SIGN_AGREEMENT" and trig.token.i == trig.anchor.i:
            out.extend(_split_signing(trig))
        else:
            out.append(trig)
    return out


def _re_established(relations: Token) -> Token | None:
    """``the two states re-established diplomatic relations`` split by the tokenizer into
    "re", "-", "established" with the participle parsed as an adjective of "relations":
    return the "re" token (the verb of the clause) when so."""
    if _lemma(relations) not in _RELATION_NOUNS or not _unqualified_but_participle(relations):
        return None
    for c in relations.children:
        participle = c.dep_ in ("amod", "compound") and c.lower_ in ("established", "restored")
        prefix = _split_prefix(c) if participle else None
        if prefix is not None:
            return prefix
    return None


def _unqualified_but_participle(relations: Token) -> bool:
    mods = [c for c in relations.children if c.dep_ in ("amod", "compound", "nmod")]
    return all(
        m.lower_ in _DIPLOMATIC_RELATION_MODIFIERS or m.lower_ in ("established", "restored")
        for m in mods
    )


_FIRST_WORDS = frozenset(["first", "only", "last"])


def _first_to_act(verb: Token) -> bool:
    """``You are the first prime minister of Japan to come to our country``, ``the only leader
    to visit Hanoi``: an infinitive after "the first/only/last <person>" states the act."""
    if verb.tag_ != "VB" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return False
    head = verb.head
    nouns = [head] if head.pos_ in ("NOUN", "PROPN") else []
    nouns += [c for c in head.children if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"]
    return any(c.dep_ == "amod" and c.lower_ in _FIRST_WORDS for n in nouns for c in n.children)


def _received_in_place(verb: Token, entity_tokens: set[int]) -> bool:
    """``Mengistu was received in Moscow that May``: a person received in a named place came
    there (a visit as well as a meeting)."""
    if _lemma(verb) != "receive" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(_is_guest(g, entity_tokens) for g in _subjects(verb, ("nsubjpass",))):
        return False
    if any(_lemma(a) in _RESIDENT_NOUNS for a in _prep_objects(verb, ("by",))):
        return False  # "received in Ulaanbaatar by the Korean ambassador": the guest is at home
    return any(d.i in entity_tokens for d in _prep_objects(verb, ("in", "at")))


def _restored_trigger(noun: Token) -> Trigger | None:
    """A bare "the restoration" names the relations mentioned before it in the sentence: they
    are the trigger token (their partners count), dated by the noun's own clause."""
    if _lemma(noun) not in _RESTORATION_NOUNS or _prep_objects(noun, ("of",)):
        return None
    before = [t for t in noun.sent if t.i < noun.i and _lemma(t) in _RELATION_NOUNS]
    if not before:
        return None
    anchor = _noun_anchor(noun)
    return Trigger("ESTABLISH_RELATIONS", before[-1], anchor, antecedent_clause(before[-1], anchor))


_RESTORING_VERBS = frozenset(["restore", "resume", "re-establish", "reestablish"])


def _relations_told_before(verb: Token) -> Token | None:
    """Return the earlier diplomatic relations a bare "relations were restored" refers to
    ("broke off diplomatic relations with X, and relations were restored in 1968"): the
    restored relations name no partner, and an earlier mention in the sentence is diplomatic."""
    bare = [o for o in _objects(verb) if _lemma(o) in _RELATION_NOUNS]
    if not bare or verb.tag_ not in _PAST_TAGS:
        return None
    if any(not _unqualified(r) or _prep_objects(r, ("with", "between")) for r in bare):
        return None
    first = min(r.left_edge.i for r in bare)
    earlier = [
        t
        for t in verb.sent
        if t.i < first
        and _lemma(t) in _RELATION_NOUNS
        and any(c.lower_ == "diplomatic" for c in t.children)
    ]
    return earlier[-1] if earlier else None


def _verb_trigger(etype: str, verb: Token) -> Trigger:
    """Return the trigger of a verb: relations named by a pronoun ("they were restored in
    1972") take the antecedent as trigger token, so its partners ("relations with X") count;
    a subject's relative clause ("X, who had been ambassador to Y, became ...") names an
    earlier post whose states are not this event's."""
    if etype in ("ESTABLISH_RELATIONS", "END_RELATIONS"):
        pronouns = [o for o in _objects(verb) if o.lower_ in PRONOUN_NUMBER]
        antecedents = [a for a in resolved(pronouns) if _lemma(a) in _RELATION_NOUNS]
        if antecedents and antecedents[0].sent == verb.sent:
            return Trigger(etype, antecedents[0], verb, antecedent_clause(antecedents[0], verb))
        before = _relations_told_before(verb) if etype == "ESTABLISH_RELATIONS" else None
        if before is not None:
            return Trigger(etype, before, verb, antecedent_clause(before, verb))
    if etype == "VISIT" and _lemma(verb) in _CONVEY_VERBS and verb.dep_ == "relcl":
        traveller_verb = _journey_verb(verb.head)
        if traveller_verb is not None:
            # the traveller is the subject of the verb governing the tour; its own objects
            # ("visited Ghana as part of a tour that took him to X") are another visit
            others = frozenset(
                t.i
                for c in traveller_verb.children
                if c.dep_ == "dobj" and not c.left_edge.i <= verb.i <= c.right_edge.i
                for t in c.subtree
            )
            return Trigger(etype, verb, traveller_verb, others)
    return Trigger(etype, verb, verb)


def _without_nested(trig: Trigger, found: list[Trigger]) -> Trigger:
    """A noun trigger excludes other noun triggers of its type inside its phrase ("the visit to
    Peru and the visit to Bolivia", however the parser attaches the second visit)."""
    if trig.token.pos_ not in ("NOUN", "PROPN"):
        return trig
    own = {t.i for t in trig.token.subtree}
    nested: set[int] = set()
    for other in found:
        if other.type == trig.type and other.token.i != trig.token.i and other.token.i in own:
            nested |= {t.i for t in other.token.subtree}
    if not nested:
        return trig
    return Trigger(trig.type, trig.token, trig.anchor, trig.excluded | nested, trig.negated)


# Prepositions relating another act in time: what they govern is not the verb's own act.
_TEMPORAL_PREPS = frozenset(["after", "before", "since", "until", "following", "prior"])


def _restates_verb_trigger(trig: Trigger, found: list[Trigger]) -> bool:
    """A noun trigger inside the object of a verb trigger of the same type states the same act
    ("exchanged the instruments of ratification of the treaty")."""
    if trig.token.pos_ not in ("NOUN", "PROPN"):
        return False
    node = trig.token
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "compound", "conj", "nsubjpass", "appos"):
            return False
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            return False  # "was received by X and held talks with Y": another act's verb
        if node.dep_ == "prep" and node.lower_ in _TEMPORAL_PREPS:
            return False  # "came to Aswan ... after the leader's journey to Jerusalem"
        node = node.head
        if any(
            v.type == trig.type and v.token.i == v.anchor.i == node.i and v.token.pos_ != "NOUN"
            for v in found
        ):
            return True
    return False
