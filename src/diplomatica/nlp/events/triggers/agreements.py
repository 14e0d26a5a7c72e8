"""Agreements: signing, termination and the agreements a signing verb takes."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.anaphora import antecedent
from diplomatica.nlp.events.lexicon import (
    AGREEMENT_NOUNS,
    LIKENESS_WORDS,
    RENEWAL_VERBS,
    SETTLEMENT_NOUNS,
    SIGNED_TEXT_NOUNS,
    Lexicon,
)
from diplomatica.nlp.events.triggers.syntax import (
    PAST_TAGS,
    SUBJECT_DEPS,
    agent_objects,
    first_conjunct,
    has_own_subject,
    heads_in,
    lemma_of,
    objects_of,
    own_tokens,
    prep_objects,
    subjects_of,
    with_conjuncts,
)
from diplomatica.nlp.events.triggers.trigger import Trigger
from diplomatica.nlp.time.patterns import MONTH_NUMBERS


def agreement_subject(verb: Token, nouns: frozenset[str] = AGREEMENT_NOUNS) -> bool:
    """Return whether the subject of ``verb`` is an agreement ("the treaty lapsed", "which
    expired" after a treaty, "it expired" after a treaty); ``nouns`` name the agreements."""
    subjects = subjects_of(verb, SUBJECT_DEPS)
    if verb.dep_ == "relcl":
        subjects.append(verb.head)
    for subj in subjects:
        if subj.lower_ in ("it", "which", "that"):
            ante = antecedent(subj)
            if ante is not None and lemma_of(ante) in nouns:
                return True
        elif heads_in([subj], nouns):
            return True
    return False


# Bonds between states that end like a treaty though not called one: "the Anglo-Japanese
# alliance lapsed", "renounced the alliance".
_ENDED_NOUNS = AGREEMENT_NOUNS | {"alliance"}


def _union_named(token: Token) -> bool:
    """``the Netherlands-Indonesian Union``, ``the union with Sweden``, ``the Act of Union``:
    a union of states as a bond one of them can end (not a state called a union, "the Soviet
    Union", nor an organisation, "the European Union")."""
    candidates = [token, *(c for c in token.children if c.dep_ == "appos")]
    if token.lower_ == "act":
        candidates += prep_objects(token, ("of",))  # "the Act of Union of 1815"
    return any(
        lemma_of(c) == "union" and c.ent_type_ not in ("GPE", "ORG", "LOC", "NORP")
        for c in candidates
    )


def _bonds_ended(objs: list[Token]) -> bool:
    """Return whether ``objs`` name an agreement, an alliance or a union of states."""
    return heads_in(objs, _ENDED_NOUNS) or any(_union_named(o) for o in objs)


def _ceased_in_force(verb: Token) -> bool:
    """``the treaty ceased to be in force / to exist / to apply``."""
    return any(
        c.dep_ == "xcomp" and lemma_of(c) in ("be", "exist", "apply", "operate")
        for c in verb.children
    )


def termination_type(verb: Token, lemma: str, objs: list[Token], lex: Lexicon) -> str | None:
    """Return ``TERMINATE_AGREEMENT`` when ``verb`` ends an agreement: terminate/denounce/
    abrogate a treaty, withdraw from it, the treaty expired/lapsed/ceased to be in force."""
    ending = lemma in lex.verbs["TERMINATE_AGREEMENT"] or lemma == "dissolve"
    if ending and (heads_in(objs, AGREEMENT_NOUNS) or _agreement_provisions(objs)):
        return "TERMINATE_AGREEMENT"
    if ending and _obligations_under_agreement(verb, objs):
        return "TERMINATE_AGREEMENT"  # "suspended its obligations to X under the treaty"
    # "denounced the alliance as an instrument of Western policy": a condemnation, unless the
    # doer denounces its own bond ("denounced its alliance with Austria-Hungary")
    if ending and (lemma != "denounce" or _own_bond_denounced(verb, objs)) and _bonds_ended(objs):
        return "TERMINATE_AGREEMENT"  # "abrogated the Netherlands-Indonesian Union"
    if lemma == "withdraw" and heads_in(prep_objects(verb, ("from",)), AGREEMENT_NOUNS):
        return "TERMINATE_AGREEMENT"
    if lemma == "end" and _agreement_objects_ended(verb, objs):
        return "TERMINATE_AGREEMENT"  # "the two governments ended the agreement"
    # "the treaty expired/lapsed", and "ceased" only "to be in force"
    ended = lemma in lex.intransitive_verbs["TERMINATE_AGREEMENT"]
    if (
        ended
        and (lemma != "cease" or _ceased_in_force(verb))
        and agreement_subject(verb, _ENDED_NOUNS)
    ):
        return None if _expiry_is_no_act(verb, lex) else "TERMINATE_AGREEMENT"
    if lemma in _DEEMING_VERBS and _declared_void(verb, objs):
        return "TERMINATE_AGREEMENT"
    if _released_from_agreement(verb, lemma):
        return "TERMINATE_AGREEMENT"  # "considered itself released from the agreements"
    if lemma == "lose" and _force_lost(verb, objs):
        return "TERMINATE_AGREEMENT"  # "the treaty had lost its force"
    if _brought_to_end(verb, lemma, objs):
        return "TERMINATE_AGREEMENT"  # "the treaty had been brought to an end by the war"
    if _no_longer_in_force(verb, lemma):
        return "TERMINATE_AGREEMENT"  # "the treaties were no longer in force"
    return None


# Possessives that make a bond the doer's own: "its alliance", "their union".
_OWN_POSSESSIVES = frozenset(["its", "their", "his", "her", "our"])


def _own_bond_denounced(verb: Token, objs: list[Token]) -> bool:
    """``Italy denounced its alliance with Austria-Hungary``, ``denounced the alliance with
    Peru``: a denounced bond of the doer's own (a possessive, or a "with" phrase naming the
    partner) is ended, not condemned; "denounced the alliance as a tool of X" condemns it."""
    bonds = [o for o in objs if lemma_of(o) in _ENDED_NOUNS]
    if any(c.dep_ == "prep" and c.lower_ == "as" for b in [verb, *bonds] for c in b.children):
        return False
    if not bonds:
        return False
    # the partner's phrase, on the bond or (as the parser often hangs it) on the verb
    if any(_names_partner(c) for c in [*verb.children, *(c for b in bonds for c in b.children)]):
        return True
    return any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for b in bonds for c in b.children)


def _names_partner(phrase: Token) -> bool:
    """Return whether ``phrase`` is a "with" phrase naming a state ("with Austria-Hungary")."""
    return (
        phrase.dep_ == "prep"
        and phrase.lower_ == "with"
        and any(t.ent_type_ == "GPE" for t in phrase.subtree)
    )


def _declared_at_an_end(verb: Token, objs: list[Token]) -> bool:
    """``declared the arrangements with Britain at an end``, ``regarded the treaty as at an
    end``: the words "at an end" in the verb's phrases after its object."""
    words = [t for c in verb.children if c.i > verb.i and c.dep_ == "prep" for t in c.subtree]
    words += [t for o in objs for c in o.children if c.dep_ == "prep" for t in c.subtree]
    words.sort(key=lambda t: t.i)
    return any(
        t.lower_ == "at"
        and t.i + 2 < len(t.doc)
        and t.doc[t.i + 1].lower_ == "an"
        and t.doc[t.i + 2].lower_ == "end"
        for t in words
    )


def _brought_to_end(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``the treaty of amity had been brought to an end by the war``, ``brought the pact to an
    end``, ``put an end to the alliance``: an agreement or alliance ended by a phrase of
    ending (not "put an end to the war", no agreement)."""
    if lemma == "bring":
        ends = prep_objects(verb, ("to",))
        ended = objs
    elif lemma == "put":
        ends = [o for o in objs if o.lower_ == "end"]
        ended = [t for e in [verb, *ends] for t in prep_objects(e, ("to",))]
    else:
        return False
    return any(e.lower_ == "end" for e in ends) and _bonds_ended(ended)


def _no_longer_in_force(verb: Token, lemma: str) -> bool:
    """``the treaties between the two countries were no longer in force``: an agreement said to
    bind no longer has ended (not "the treaty is still in force")."""
    if lemma != "be" or verb.tag_ not in PAST_TAGS:
        return False
    longer = any(
        t.lower_ == "longer" and t.i > 0 and verb.doc[t.i - 1].lower_ == "no" for t in verb.children
    )
    in_force = any(lemma_of(o) in _BINDING_WORDS for o in prep_objects(verb, ("in",)))
    return longer and in_force and agreement_subject(verb, _ENDED_NOUNS)


# What an agreement loses when it no longer binds: "lost its force", "lost its validity".
_BINDING_WORDS = frozenset(["force", "validity", "effect"])


def _force_lost(verb: Token, objs: list[Token]) -> bool:
    """``the treaty concluded in 1945 had lost its force``, ``the agreement lost its
    validity``: an agreement losing its binding force ends (not "the treaty lost its
    appeal", nor "the army lost its force", no agreement)."""
    return (
        verb.tag_ in PAST_TAGS
        and any(lemma_of(o) in _BINDING_WORDS for o in objs)
        and agreement_subject(verb)
    )


# Parts of an agreement whose suspension or annulment ends it: "the provisions of the treaty".
_AGREEMENT_PARTS = frozenset(["provision", "operation", "application", "clause"])


# What a party owes under an agreement: "its obligations under the treaty".
_OWED_NOUNS = frozenset(["obligation", "commitment", "undertaking"])


def _obligations_under_agreement(verb: Token, objs: list[Token]) -> bool:
    """``Washington suspended its security obligations to New Zealand under the treaty``,
    ``renounced its commitments under the pact``: ending what a party owes under an agreement
    (the "under" phrase on the object or, as the parser often hangs it, on the verb) ends the
    agreement for that party (not "suspended its aid", no agreement)."""
    owed = [o for o in objs if lemma_of(o) in _OWED_NOUNS]
    if not owed:
        return False
    under = prep_objects(verb, ("under",)) + [p for o in owed for p in prep_objects(o, ("under",))]
    return heads_in(under, AGREEMENT_NOUNS) or any(_agreement_pronoun(u) for u in under)


def _agreement_provisions(objs: list[Token]) -> bool:
    """``suspended the provisions of its 1969 agreement with X``: the parts of an agreement
    the object names by an "of" phrase."""
    return any(
        lemma_of(o) in _AGREEMENT_PARTS and heads_in(prep_objects(o, ("of",)), AGREEMENT_NOUNS)
        for o in objs
    )


def _agreement_objects_ended(verb: Token, objs: list[Token]) -> bool:
    """``ended the agreement under which ...``, ``the pact was ended in 1959``: an agreement
    ended, not one that ends something else ("the treaty ended the war")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return (passive or not agreement_subject(verb)) and any(
        o.pos_ in ("NOUN", "PROPN") and lemma_of(o) in AGREEMENT_NOUNS for o in objs
    )


# Verbs declaring or holding an agreement void: "declared the treaty void", "regarded the
# agreement as terminated".
_DEEMING_VERBS = frozenset(["declare", "pronounce", "regard", "consider", "deem"])


_VOID_WORDS = frozenset(
    ["void", "null", "invalid", "abrogated", "terminated", "inoperative", "dissolved"]
)


# What a state holds itself to be once it no longer keeps an agreement: "released", "free".
_RELEASE_WORDS = frozenset(["release", "released", "free", "freed", "absolve", "absolved"])
_REFLEXIVES = frozenset(["itself", "themselves"])


def _released_from_agreement(verb: Token, lemma: str) -> bool:
    """``considered itself released from the agreements``, ``declared itself free from the
    treaty``, ``released itself from the pact``: a state freeing itself from an agreement
    ends it for its part (not "released from prison", no agreement; nor "the treaty released
    Britain from its pledge", where the agreement does the freeing)."""
    if lemma in _DEEMING_VERBS:
        freed = [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp")
            and (c.lower_ in _RELEASE_WORDS or lemma_of(c) in _RELEASE_WORDS)
            and any(s.lower_ in _REFLEXIVES for s in c.children)
        ]
        freed += [
            c
            for o in verb.children
            if o.dep_ == "dobj" and o.lower_ in _REFLEXIVES
            for c in o.children
            if c.dep_ in ("acl", "amod") and c.lower_ in _RELEASE_WORDS
        ]
    elif lemma in _RELEASE_WORDS and verb.tag_ in PAST_TAGS:
        own = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES]
        freed = [verb] if own else []
    else:
        return False
    return any(heads_in(prep_objects(f, ("from",)), _ENDED_NOUNS) for f in freed)


def _declared_void(verb: Token, objs: list[Token]) -> bool:
    """``declared the 1937 treaty null and void``, ``pronounced the agreement invalid``,
    ``declared that the treaty was void``: the object (however the parser split the small
    clause) is an agreement and its predicate says it no longer binds."""
    right = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("prep", "punct")]
    words = [t for c in right for t in c.subtree if t.i - verb.i <= 12]
    if not any(t.lower_ in _VOID_WORDS for t in words) and not _declared_at_an_end(verb, objs):
        return False
    return _bonds_ended(objs) or any(lemma_of(t) in _ENDED_NOUNS or _union_named(t) for t in words)


# Modifiers of an agreement made for a term: its running out ends no treaty ("the interim
# agreement expired").
_FIXED_TERM_WORDS = frozenset(["interim", "provisional", "temporary", "transitional"])


def _expiry_is_no_act(verb: Token, lex: Lexicon) -> bool:
    """Return whether an agreement's expiry states no termination: a fixed-term agreement ran
    out ("the provisional accord expired"), or the expiry is a relative clause on the treaty a
    non-renewal or a denunciation of the same sentence ended ("would not extend the treaty,
    which expired the following year", "gave notice terminating the treaty, which lapsed at
    the end of 1936": one act, dated by the decision)."""
    subjects = subjects_of(verb, SUBJECT_DEPS)
    if verb.dep_ == "relcl":
        subjects.append(verb.head)
    if any(c.lower_ in _FIXED_TERM_WORDS for s in subjects for c in s.children if c.i < s.i):
        return True
    if verb.dep_ != "relcl":
        return False
    governor = _verb_over_phrase(verb.head)
    if governor is None:
        return False
    return is_non_renewal(governor) or lemma_of(governor) in lex.verbs["TERMINATE_AGREEMENT"]


def _verb_over_phrase(noun: Token) -> Token | None:
    """Return the verb whose object phrase ``noun`` ends ("abrogating the treaty of 1911":
    from "1911" up through "of" to "abrogating"), or None."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep", "dobj", "appos") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def ratified_agreement_times(verb: Token) -> frozenset[int]:
    """Return the time tokens of the agreement a ratification names, which date its signing,
    not the ratification ("the ratifications of the 1858 treaty were exchanged in May 1860",
    "ratified the treaty of 1921 in 1923")."""
    if lemma_of(verb) not in ("exchange", "ratify"):
        return frozenset()
    texts = objects_of(verb)
    texts += [
        p
        for o in texts
        if lemma_of(o) in ("instrument", "ratification")
        for p in prep_objects(o, ("of",))
    ]
    out: set[int] = set()
    for noun in texts:
        if lemma_of(noun) not in AGREEMENT_NOUNS:
            continue
        out |= {t.i for t in noun.subtree if t.ent_type_ == "DATE" and t.i < noun.i}
        out |= {t.i for p in prep_objects(noun, ("of",)) if _names_time(p) for t in p.subtree}
    return frozenset(out)


def ended_agreement_times(verb: Token) -> frozenset[int]:
    """Return the time tokens that belong to the agreement a termination verb ends, not to the
    ending: its relative or participle clause and its "of" phrase ("abrogating the commercial
    treaty of 1911, which expired in January 1940", "the treaty signed in 1948")."""
    out: set[int] = set()
    for noun in objects_of(verb):
        parts = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.i != verb.i]
        parts += [t for t in prep_objects(noun, ("of",)) if _names_time(t)]
        out |= {t.i for p in parts for t in p.subtree if t.ent_type_ == "DATE"}
    return frozenset(out)


# Agreements whose non-renewal ends a state's commitment; a commercial contract's does not
# ("did not renew the contract for the pipeline").
_NON_RENEWED_NOUNS = AGREEMENT_NOUNS - {"contract"}


def is_non_renewal(verb: Token) -> bool:
    """``decided not to extend/renew/prolong the treaty``: a negated renewal ends it (not a
    commercial contract's)."""
    return (
        lemma_of(verb) in RENEWAL_VERBS
        and any(c.dep_ == "neg" for c in verb.children)
        and heads_in(objects_of(verb), _NON_RENEWED_NOUNS)
    )


# Small words a title of capitalised words may hold: "the Treaty of Peace and Friendship".
_TITLE_LINKS = frozenset(["of", "and", "on", "for", "the", "-", "–"])


def titled_agreement(token: Token) -> bool:
    """``the Status of Forces Agreement``, ``the Agreement on Normalisation of Relations``:
    a title of capitalised words ending in or holding an agreement noun, whose first word the
    parser made its head."""
    if token.pos_ != "PROPN" or not token.is_title:
        return False
    doc = token.doc
    for t in doc[token.i + 1 : min(len(doc), token.i + 10)]:
        if not (t.is_title or t.lower_ in _TITLE_LINKS):
            return False
        if t.is_title and lemma_of(t) in AGREEMENT_NOUNS and t.head.i >= token.i:
            return True
    return False


def agreement_objects(verb: Token) -> list[Token]:
    """Return the distinct agreements a signing verb takes, coordinated objects included
    ("concluded a transit agreement on D1 and a traffic treaty on D2")."""
    objs = [o for o in objects_of(verb) if heads_in([o], AGREEMENT_NOUNS)]
    # a second object coordinated with the verb itself is a common misparse
    objs += [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and lemma_of(c) in AGREEMENT_NOUNS
    ]
    return sorted({o.i: o for o in objs if o.i > verb.i}.values(), key=lambda t: t.i)


def introduces_agreement(trig: Trigger) -> bool:
    """Return whether a signing trigger's agreement is introduced as a new one ("signed a
    consular convention", "concluded agreements on trade"), not referred back to ("the
    treaty"): such a mention states its own event."""
    objs = [trig.token] if trig.token.pos_ in ("NOUN", "PROPN") else agreement_objects(trig.token)
    objs = [o for o in objs if lemma_of(o) in AGREEMENT_NOUNS]
    for o in objs:
        dets = [c.lower_ for c in o.children if c.dep_ in ("det", "poss")]
        if any(d in ("a", "an", "another") for d in dets):
            return True
        if not dets and o.tag_ == "NNS":
            return True
    return False


def split_signing(trig: Trigger) -> list[Trigger]:
    """One trigger per coordinated agreement: each keeps its own partners and date."""
    objs = agreement_objects(trig.token)
    if len(objs) < 2:
        return [trig]
    own = {o.i: own_tokens(o) for o in objs}
    out: list[Trigger] = []
    for o in objs:
        others: set[int] = set()
        for j, toks in own.items():
            if j != o.i:
                others |= toks - own[o.i]
        out.append(Trigger(trig.type, o, trig.anchor, frozenset(others)))
    return out


SIGNING_VERBS = frozenset(["sign", "conclude", "ratify", "initial"])


_NP_INNER_DEPS = frozenset(["pobj", "prep", "conj", "cc", "appos", "amod", "nummod"])


def _agreement_ending_at(token: Token) -> bool:
    """Return whether the noun phrase ending at ``token`` names an agreement ("the Treaty of
    Peace and Friendship": from "Friendship" up through "of" to "Treaty")."""
    node = token
    for _ in range(8):
        if node.pos_ in ("NOUN", "PROPN") and lemma_of(node) in AGREEMENT_NOUNS:
            return True
        if node.pos_ in ("NOUN", "PROPN") and lemma_of(node) in COMPACT_NOUNS:
            return True  # "the Peace of Vienna", "the alliance", "the armistice"
        if node.dep_ not in _NP_INNER_DEPS or node.head.i >= node.i:
            return False
        node = node.head
    return False


def signed_title_relative(verb: Token) -> bool:
    """``the Joint Declaration on the Denuclearization of the Korean Peninsula, which Seoul and
    Pyongyang had signed``: a relative clause whose relative word the signing verb takes,
    hung by the parser on the last word of a long title that an agreement noun heads."""
    if lemma_of(verb) not in SIGNING_VERBS or verb.dep_ != "relcl":
        return False
    if not any(c.tag_ == "WDT" and c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    return verb.head.dep_ == "pobj" and _agreement_ending_at(verb.head)


def _relative_start(verb: Token) -> int:
    """Return where a relative clause on ``verb`` begins: at its relative pronoun or its
    subject when these stand right before it ("that Egypt signed", "they signed"), else at
    the verb itself."""
    start = verb.i
    for c in verb.children:
        if c.i < verb.i and (c.dep_ in SUBJECT_DEPS or c.tag_ == "WDT"):
            start = min(start, c.left_edge.i)
    return start


def _own_objects(verb: Token) -> list[Token]:
    """Return the verb's direct objects other than a relative pronoun."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.tag_ != "WDT"]


def agreement_signed_before(verb: Token) -> bool:
    """``the Treaty of Peace and Friendship signed in Santiago``, ``the declaration they signed
    that day``, ``the accord that both states signed``: a signing verb with no object of its
    own right after an agreement, whatever the parser attached it to (a reduced or a contact
    relative clause on that agreement)."""
    if lemma_of(verb) not in SIGNING_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if _own_objects(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    start = _relative_start(verb)
    if start == verb.i and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False  # a subject after the verb: a question or an inversion, no relative
    return start > 0 and _agreement_ending_at(verb.doc[start - 1])


def agreement_signed_after(verb: Token) -> bool:
    """``the two presidents signed at the White House a compact of ...``: the agreement comes
    after the place or date of the signing (a heavy object the parser cut from the verb)."""
    if lemma_of(verb) not in SIGNING_VERBS or _own_objects(verb):
        return False
    doc = verb.doc
    pos = verb.i + 1
    adjuncts = {c.i: c for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")}
    while pos < len(doc) and pos in adjuncts:
        pos = adjuncts[pos].right_edge.i + 1
    if pos == verb.i + 1 or pos >= len(doc) or doc[pos].pos_ not in ("DET", "ADJ", "NUM"):
        return False
    node = doc[pos]
    while node.head.i > node.i and node.head.i - pos < 6:
        node = node.head
    return node.pos_ in ("NOUN", "PROPN") and lemma_of(node) in AGREEMENT_NOUNS


def signed_with_state(verb: Token) -> bool:
    """``the economic agreement concluded with the United States``: a signing verb's "with"
    phrase names a state, its partner (not "the talks concluded with a dinner")."""
    return any(o.ent_type_ == "GPE" for o in prep_objects(verb, ("with",)))


_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP"])


def main_verb_after_participle(verb: Token) -> bool:
    """``An economic convention concluded late in November went much further``: the parser
    read the participle describing the agreement as the main verb and the sentence's real main
    verb, after it, as its clause. Return whether ``verb`` governs such a later finite clause
    with no subject of its own."""
    return any(
        c.dep_ in ("advcl", "ccomp")
        and c.i > verb.i
        and c.tag_ in _FINITE_TAGS
        and not has_own_subject(c)
        for c in verb.children
    )


def earlier_clause_objects(verb: Token, objs: list[Token]) -> bool:
    """``Nigeria had shown its independence: the agreement concluded with Britain in 1960 was
    ...``: return whether ``objs`` (non-empty) are all subjects of clauses the parser hung
    before ``verb`` as its complements (an earlier sentence part, not what the verb acts on)."""
    earlier = {
        s.i
        for c in verb.children
        if c.dep_ == "ccomp" and c.i < verb.i
        for s in c.children
        if s.dep_ == "nsubj"
    }
    return bool(objs) and all(o.i in earlier for o in objs)


def agreement_participle(verb: Token) -> bool:
    """``The Warsaw Pact, concluded that year by A, B and C, ...``: the parser made the agreement
    the subject of the participle that describes it; its signers (an agent) or its time (a
    bare noun phrase) show when it is one (not "the treaty, concluded for twenty years", a
    term)."""
    if lemma_of(verb) not in SIGNING_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if _own_objects(verb) or not agreement_subject(verb):
        return False
    return any(c.dep_ in ("agent", "npadvmod") for c in verb.children)


# Modifiers of an agreement that is not yet one: "accepted the draft treaty".
_UNFINISHED_WORDS = frozenset(["draft", "proposed", "proposal", "outline", "principle"])


def accepted_agreement(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``the two governments accepted a disengagement agreement``: parties accepting an
    agreement conclude it (not "accepted the draft treaty", a text still to be signed)."""
    if lemma != "accept":
        return False
    # the verb's own objects: "accepted that the communiqué will state ..." accepts no text
    own = [o for o in objs if first_conjunct(o).head.i == verb.i]
    agreements = [o for o in own if o.pos_ in ("NOUN", "PROPN") and heads_in([o], AGREEMENT_NOUNS)]
    return any(
        not any(
            c.dep_ in ("amod", "compound") and lemma_of(c) in _UNFINISHED_WORDS for c in o.children
        )
        for o in agreements
    )


def agreement_reached(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``South Africa and Angola reached a disengagement agreement``, ``the Gentlemen's
    Agreement was reached by an exchange of notes``: an agreement reached is concluded (not
    bare "had not reached agreement", a meeting of minds, nor an agreement still sought)."""
    if lemma != "reach" or verb.tag_ not in PAST_TAGS:
        return False
    return any(
        o.pos_ in ("NOUN", "PROPN")
        and lemma_of(o) in AGREEMENT_NOUNS
        and (o.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in o.children))
        for o in objs
    )


def acceded_to_agreement(verb: Token, lemma: str) -> bool:
    """``Britain acceded to the pact in April 1955``, ``adhered to the convention``: a state
    joining an agreement concludes it (not "acceded to the request", no agreement)."""
    if lemma not in ("accede", "adhere") or verb.tag_ not in PAST_TAGS:
        return False
    joined = prep_objects(verb, ("to",))
    return heads_in(joined, AGREEMENT_NOUNS) or any(_agreement_pronoun(o) for o in joined)


# How far back "it" may point to an agreement named by its title ("the Treaty of Fraternity").
_TITLE_WINDOW = 30


def _agreement_pronoun(pronoun: Token) -> bool:
    """``signed the Treaty of Fraternity and Concord in March; Mauritania acceded to it``:
    "it" after an agreement's title, which the parser takes for a proper noun."""
    if pronoun.lower_ != "it":
        return False
    doc = pronoun.doc
    own_subjects = {c.i for c in pronoun.head.head.children if c.dep_ in SUBJECT_DEPS}
    for i in range(pronoun.i - 1, max(-1, pronoun.i - _TITLE_WINDOW), -1):
        t = doc[i]
        if i in own_subjects or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return lemma_of(t) in AGREEMENT_NOUNS  # the nearest object or subject before
    return False


def replaced_by_new_agreement(verb: Token, lemma: str) -> bool:
    """``the protection treaty was ended and replaced by a treaty of friendship``, ``was
    superseded by a new agreement in 1971``: an agreement that another one, newly introduced,
    replaces was concluded (not "replaced by the treaty of 1950", one told before, nor
    "replaced by a new ambassador")."""
    if lemma not in ("replace", "supersede") or verb.tag_ != "VBN":
        return False
    return any(
        o.pos_ == "NOUN"
        and lemma_of(o) in AGREEMENT_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in o.children)
        for o in agent_objects(verb)
    )


def accession_signed(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``signed Romania's accession to the Tripartite Pact``, ``signed the protocol of
    accession to the treaty``: signing a state's accession to an agreement concludes it."""
    if lemma != "sign" or verb.tag_ not in PAST_TAGS:
        return False
    texts = [o for o in objs if lemma_of(o) == "accession"]
    texts += [p for o in objs for p in prep_objects(o, ("of",)) if lemma_of(p) == "accession"]
    return any(heads_in(prep_objects(t, ("to",)), AGREEMENT_NOUNS) for t in texts)


def accession_object(verb: Token) -> Token | None:
    """Return what a state accedes or adheres to ("acceded to the pact", "acceded to it"):
    the noun or pronoun of the verb's "to" phrase; None when the verb is no accession."""
    if lemma_of(verb) not in ("accede", "adhere"):
        return None
    objs = prep_objects(verb, ("to",))
    return objs[0] if objs else None


def one_like_agreement(objs: list[Token]) -> bool:
    """``Estonia signed a pact with Moscow in September, and Lithuania signed one in
    October``: return whether an object is the pronoun "one" standing for an agreement told
    just before."""
    for o in objs:
        if o.lower_ == "one" and not list(o.children):
            ante = antecedent(o)
            if ante is not None and lemma_of(ante) in AGREEMENT_NOUNS:
                return True
    return False


def like_earlier_agreement(trig: Trigger) -> bool:
    """``Latvia concluded a similar pact``, ``Lithuania signed one``: return whether a signing
    concludes an agreement like one told before (by another state with the same partner)."""
    if trig.token.pos_ == "VERB" and one_like_agreement(objects_of(trig.token)):
        return True
    return any(
        c.dep_ == "amod" and c.lower_ in LIKENESS_WORDS
        for noun in signed_agreement_tokens(trig)
        for c in noun.children
    )


def signed_agreement_tokens(trig: Trigger) -> list[Token]:
    """Return the agreements a signing trigger concludes: its noun, or its verb's objects."""
    if trig.token.pos_ in ("NOUN", "PROPN"):
        return [trig.token]
    return agreement_objects(trig.token)


def signed_texts(trig: Trigger) -> set[int]:
    """Return the tokens of what a signing trigger signs: the trigger, its agreements, the
    noun its participle or relative clause describes, its passive subject, and the "of"
    phrase of a signing noun ("the signing of the treaty")."""
    token = trig.token
    out = {token.i, *(t.i for t in signed_agreement_tokens(trig))}
    if token.pos_ in ("NOUN", "PROPN"):
        out |= {t.i for t in with_conjuncts(prep_objects(token, ("of",)))}
    else:
        out |= {t.i for t in _named_by_verb(token)}
        out |= {t.i for t in with_conjuncts(objects_of(token))}
    return out


def names_another_agreement(noun: Token, trig: Trigger) -> bool:
    """``signed a joint statement defending the 1972 ABM Treaty``, ``signed a protocol to the
    treaty of 1902``: return whether ``noun`` is an agreement other than the one a signing
    trigger signs (the year in its name dates that agreement, not the signing)."""
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and lemma_of(noun) in AGREEMENT_NOUNS
        and noun.i not in signed_texts(trig)
    )


# What one puts one's name to when signing: "put their names to the document".
_SIGNED_NOUNS = AGREEMENT_NOUNS | SIGNED_TEXT_NOUNS | {"document"}


def name_put_to(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``put his name, beside that of the minister, to a statement``, ``put their signatures
    to the treaty``: putting one's name to an agreement signs it."""
    if lemma not in ("put", "set", "affix") or not any(
        lemma_of(o) in ("name", "signature") for o in objs
    ):
        return False
    texts = prep_objects(verb, ("to",)) + [p for o in objs for p in prep_objects(o, ("to",))]
    return heads_in(texts, _SIGNED_NOUNS)


# Texts two governments issue together: "issued a joint communiqué", "the Shanghai Communiqué".
_ISSUED_TEXT_NOUNS = frozenset(["communique", "communiqué", "statement", "declaration"])
_ISSUING_VERBS = frozenset(["issue", "publish", "release", "adopt"])


def issued_joint_text(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``the two prime ministers issued a joint statement``, ``the two sides issued the
    Shanghai Communiqué``: a joint text, or a communiqué with a proper name, issued by its
    parties (not "the ministry issued a statement", one government's word, nor the passive
    "a joint communiqué was issued in both capitals", which announces another act)."""
    if lemma not in _ISSUING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "a joint communiqué was issued in both capitals": an announcement
    for o in objs:
        if lemma_of(o) not in _ISSUED_TEXT_NOUNS and o.lower_ not in _ISSUED_TEXT_NOUNS:
            continue
        mods = [c for c in o.children if c.dep_ in ("amod", "compound")]
        if any(m.lower_ == "joint" for m in mods):
            return True
        named = o.pos_ == "PROPN" and any(m.pos_ == "PROPN" for m in mods)
        if named and o.lower_ in ("communique", "communiqué"):
            return True
    return False


def agreement_imposed(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``Moscow forced mutual assistance treaties on them``, ``imposed a treaty on X``: an
    agreement forced on another state is still concluded with it."""
    if lemma not in ("force", "impose") or verb.tag_ not in PAST_TAGS:
        return False
    targets = prep_objects(verb, ("on", "upon")) + [
        p for o in objs for p in prep_objects(o, ("on", "upon"))
    ]
    return heads_in(objs, AGREEMENT_NOUNS) and bool(targets)


def signed_after_long_title(verb: Token) -> bool:
    """``The agreement on trade between the Tibet region of China and India, signed in Peking
    on 29 April 1954, ...``: a participle set off by a comma after a long title, which the
    parser hangs on the title's last noun; the agreement heads the phrase it closes."""
    # "Under the Peace of Bucharest, concluded in May 1918, Romania ceded ...": a participle
    # in a phrase before the main verb, which the parser may make its complement
    fronted = verb.dep_ in ("advcl", "ccomp") and verb.head.i > verb.i and not has_own_subject(verb)
    if lemma_of(verb) not in SIGNING_VERBS or (verb.dep_ not in ("acl", "advcl") and not fronted):
        return False
    # "the Treaty of Lima, concluded by Chile and Peru": a participle, even one tagged as a
    # past tense, when it has an agent
    agent = any(c.dep_ == "agent" for c in verb.children)
    if verb.tag_ != "VBN" and not (verb.tag_ == "VBD" and (agent or fronted)):
        return False
    if verb.i < 2 or verb.doc[verb.i - 1].text != "," or _own_objects(verb):
        return False
    if not any(
        (c.dep_ == "prep" and c.lower_ in ("in", "on", "at")) or c.dep_ == "agent"
        for c in verb.children
    ):
        return False
    node = verb.head
    for _ in range(6):
        if node.pos_ in ("NOUN", "PROPN") and lemma_of(node) in AGREEMENT_NOUNS:
            return node.i != verb.head.i  # the near head is told by the ordinary rule
        if node.dep_ not in ("pobj", "prep", "conj", "compound") or node.head.i == node.i:
            break
        node = node.head
    # "included A and B in the Treaty of Asunción, signed by the four states": the parser
    # hung the participle on a noun further back; the phrase the comma closes is the title
    return _agreement_ending_at(verb.doc[verb.i - 2])


# Agreements a date names by the time they were made ("the treaty of 1950"); texts that are
# only declared or issued are left out.
_DATED_AGREEMENT_NOUNS = frozenset(
    [
        "treaty",
        "treaties",
        "agreement",
        "agreements",
        "protocol",
        "protocols",
        "convention",
        "memorandum",
        "accord",
        "accords",
        "pact",
        "concordat",
    ]
)
_FIRST_YEAR, _LAST_YEAR = 1500, 2100


def _is_year(token: Token) -> bool:
    """Return whether ``token`` is a year written in four digits ("1954")."""
    return token.shape_ == "dddd" and _FIRST_YEAR <= int(token.text) <= _LAST_YEAR


def _names_time(phrase: Token) -> bool:
    """Return whether ``phrase`` is a time with a year ("1922", "November 1962", "17 September
    1809"): a year, or a month or day whose own phrase holds one."""
    if _is_year(phrase):
        return True
    if phrase.lower_ not in MONTH_NUMBERS and not phrase.like_num:
        return False
    return any(_is_year(c) for c in phrase.subtree if c.i != phrase.i)


def _participle_follows(noun: Token) -> bool:
    """Return whether a signing participle set off by a comma follows the phrase of ``noun``
    and states its signing ("the Treaty of 1929, concluded by Chile and Peru")."""
    after = noun.right_edge.i + 1
    doc = noun.doc
    return (
        after + 1 < len(doc) and doc[after].text == "," and signed_after_long_title(doc[after + 1])
    )


def dated_agreement(noun: Token) -> bool:
    """``the Sino-Soviet treaty of 1950``, ``the agreement of August 1960``, ``the treaty of
    Rapallo of 1922``: an agreement named by the time it was made was signed then (not "the
    treaty of friendship", nor "the 1954 treaty", mostly one told before or only recalled)."""
    if noun.pos_ not in ("NOUN", "PROPN") or lemma_of(noun) not in _DATED_AGREEMENT_NOUNS:
        return False
    if _participle_follows(noun):
        return False  # "the Agreement of 19 October 1979, concluded by A, B and C": told there
    for named in prep_objects(noun, ("of",)):
        if _names_time(named):
            return True
        # "the treaty of Rapallo of 1922": the time hung on the title's place
        if named.pos_ == "PROPN" and any(_names_time(t) for t in prep_objects(named, ("of",))):
            return True
    return False


def ended_by_verb(noun: Token, lex: Lexicon) -> bool:
    """``terminating the exclusive agreement of 1892``, ``repudiated the agreement of 1919``,
    ``ended the treaty of 1930``: an agreement a termination verb acts on is told for its
    ending; the year in its name states no signing in this sentence."""
    verb = _verb_over_phrase(noun)
    if verb is None:
        return False
    lemma = lemma_of(verb)
    return lemma in lex.verbs["TERMINATE_AGREEMENT"] or lemma in ("end", "dissolve")


def _named_by_verb(verb: Token) -> list[Token]:
    """Return what a verb itself acts on: its direct object or passive subject, or the noun
    its participle or relative clause describes ("a ceasefire signed in Sarajevo"), with
    their conjuncts (not the subject of a clause it governs: "concluded that peace ...")."""
    named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    named += [s for c in verb.children if c.dep_ == "auxpass" for s in subjects_of(c, SUBJECT_DEPS)]
    # "the treaty, under which Moscow extended a credit": a relative clause with a noun object
    # of its own acts on that object, not on the noun it describes
    if verb.dep_ in ("acl", "relcl") and not any(n.pos_ in ("NOUN", "PROPN") for n in named):
        named.append(verb.head)
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # "our alliance with Japan, renewed in August, was ...": the parser made the noun a
        # participle describes its subject
        named += subjects_of(verb)
    return [t for t in with_conjuncts(named) if t.pos_ in ("NOUN", "PROPN")]


def renewed_agreement_times(verb: Token) -> frozenset[int]:
    """Return the time tokens of the agreement a renewal verb names, outside the verb's own
    phrase ("extended the treaty of 1931 in December 1955", "the treaty signed in April 1948
    had been extended"): they date the first signing, not the renewal."""
    out: set[int] = set()
    for noun in _named_by_verb(verb):
        phrase = {t.i for t in noun.subtree}
        if verb.i in phrase:  # "the alliance, renewed in August": the participle's own time
            phrase -= {t.i for t in verb.subtree}
        out |= {i for i in phrase if verb.doc[i].ent_type_ == "DATE"}
    return frozenset(out)


# Compacts named for what they bind the parties to: "concluded an alliance with Japan".
_ALLIANCE_NOUNS = frozenset(["alliance", "entente"])


# Every name of a compact between states that a signing makes: "the treaty", "the Peace of
# Vienna", "the armistice", "the Triple Alliance", "the Baltic Entente".
COMPACT_NOUNS = AGREEMENT_NOUNS | SETTLEMENT_NOUNS | _ALLIANCE_NOUNS


def concluded_judgment(verb: Token) -> bool:
    """``It had concluded that it could not prolong the treaty``, ``Berlin concluded the treaty
    had served its purpose``: "conclude" with a clause of its own (a subject, and "that" or
    an auxiliary) and no object judges; it concludes no agreement."""
    if lemma_of(verb) != "conclude" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and has_own_subject(c)
        and any(
            (a.dep_ == "mark" and a.lower_ in ("that", "whether")) or a.dep_ in ("aux", "auxpass")
            for a in c.children
        )
        for c in verb.children
    )


# Kinds of union two states make by a treaty: "concluded an economic union", "a customs union".
_UNION_KINDS = frozenset(["customs", "economic", "monetary", "currency", "payments", "tariff"])


def compact_union(token: Token) -> bool:
    """``an economic union``, ``a customs union``: a union of states' economies, made by a
    treaty (not "the Soviet Union", nor "the European Union", an organisation)."""
    return lemma_of(token) == "union" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _UNION_KINDS for c in token.children
    )


def settlement_signed(verb: Token, lemma: str) -> bool:
    """``Greece and Bulgaria concluded a truce``, ``a ceasefire was signed on 2 January``, ``the
    peace signed at Portsmouth``, ``Britain concluded an alliance with Japan``, ``Belgium and
    Luxembourg concluded an economic union``: a truce, ceasefire, armistice, peace, alliance
    or customs union signed or concluded is an agreement though not called one."""
    if lemma not in ("sign", "conclude", "initial") or verb.tag_ not in PAST_TAGS:
        return False
    return any(
        lemma_of(t) in SETTLEMENT_NOUNS | _ALLIANCE_NOUNS or compact_union(t)
        for t in _named_by_verb(verb)
    )


def agreement_agreed(verb: Token, lemma: str) -> bool:
    """``a customs union was agreed the same year``: a customs or economic union "agreed" in
    the passive was concluded (not "it was agreed that ...", no union; nor "the text of the
    agreement was agreed", a text settled before its signing)."""
    if lemma != "agree" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(compact_union(t) for t in with_conjuncts(subjects_of(verb, ("nsubjpass",))))


# Agreements whose renewal concludes them anew: "renewed the alliance", "extended the treaty".
_RENEWED_NOUNS = _NON_RENEWED_NOUNS | {"alliance"}


def agreement_renewed(verb: Token, lemma: str) -> bool:
    """``the two governments extended the treaty of neutrality``, ``our alliance with Japan,
    renewed in August``, ``the alliance was extended by an exchange of letters``: renewing
    an agreement is a new signing of it (not when negated, which ends it, nor "the treaty
    was extended to West Berlin", an agreement applied to a further territory)."""
    if lemma not in RENEWAL_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(t.ent_type_ in ("GPE", "LOC") for t in prep_objects(verb, ("to",))):
        return False
    if any(_signed_by_participle(a) for a in agent_objects(verb)):
        return False  # "extended by the protocol signed in 1955": that signing is the act
    return any(lemma_of(t) in _RENEWED_NOUNS for t in _named_by_verb(verb))


def _signed_by_participle(noun: Token) -> bool:
    """``the protocol signed in September 1955``: an agreement whose own participle signs it."""
    return lemma_of(noun) in AGREEMENT_NOUNS and any(
        c.dep_ in ("acl", "relcl") and lemma_of(c) in SIGNING_VERBS for c in noun.children
    )


def agreement_followed(verb: Token, lemma: str) -> bool:
    """``A reciprocal trade agreement followed in August``, ``an Act for Integration followed
    in July 1986``: an agreement that "followed" (another act) was made then (not "the treaty
    followed the French model", a verb with an object, nor "an act of war followed")."""
    if lemma != "follow" or verb.tag_ not in PAST_TAGS:
        return False
    if any(c.dep_ in ("dobj", "auxpass") for c in verb.children):
        return False
    subjects = subjects_of(verb)
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
        # "A reciprocal trade agreement followed in August.": parsed as a noun phrase alone
        subjects.append(verb.head)
    return any(
        (s.pos_ in ("NOUN", "PROPN") and lemma_of(s) in _DATED_AGREEMENT_NOUNS)
        or (s.pos_ == "PROPN" and s.lower_ == "act")
        for s in subjects
    )


# Words that open a clause telling what an agreement did: "the protocol, by which ...",
# "the accord under which ...", "the treaty whereby ...".
_INSTRUMENT_PREPS = frozenset(["by", "under", "through"])


def acts_through_agreement(verb: Token, noun: Token) -> bool:
    """``The treaty of 1882 established relations``, ``the protocol of 20 March 1956, by which
    France recognised Tunisia and the treaty of Bardo was abrogated``: return whether the act of
    ``verb`` is done by the agreement ``noun``, as its active subject or in a relative clause on
    it opened by "by/under/through which" or "whereby" (so the time naming the agreement dates
    the act). Not a passive subject ("the treaty of 1902 was abrogated": that time is its
    signing)."""
    if noun.pos_ not in ("NOUN", "PROPN") or lemma_of(noun) not in AGREEMENT_NOUNS:
        return False
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if any(c.dep_ == "nsubj" and c.i == noun.i for c in node.children):
        # "The treaty of 1882 established relations", not "the treaty of 1882 lapsed": a time
        # naming an agreement that only ends dates its signing, not its end
        return any(c.dep_ == "dobj" for c in node.children)
    # the parser may hang the clause on the date naming the agreement ("of 12 May 1960, under")
    on = node.head
    if on.dep_ == "pobj" and on.head.lower_ == "of" and on.head.head.i == noun.i:
        on = noun
    if node.dep_ != "relcl" or on.i != noun.i:
        return False
    for t in node.subtree:
        if t.lower_ == "whereby":
            return True
        if t.lower_ == "which" and t.head.lower_ in _INSTRUMENT_PREPS and t.head.head.i == node.i:
            return True
    return False
