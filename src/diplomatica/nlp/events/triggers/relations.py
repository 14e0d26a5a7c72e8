"""Diplomatic relations: established, recognised, restored, or told before."""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from diplomatica.nlp.events.anaphora import antecedent_clause, resolved
from diplomatica.nlp.events.lexicon import PAIR_NOUNS
from diplomatica.nlp.events.triggers.syntax import (
    PAST_TAGS,
    SUBJECT_DEPS,
    first_conjunct,
    lemma_of,
    noun_anchor,
    objects_of,
    prep_objects,
    split_prefix,
    subjects_of,
    with_conjuncts,
)
from diplomatica.nlp.events.triggers.trigger import Trigger
from diplomatica.nlp.events.triggers.words import POLITY_NOUNS, RECOGNISED_NOUNS, RELATION_NOUNS

# Modifiers under which "relations" are still diplomatic ones.
_DIPLOMATIC_RELATION_MODIFIERS = frozenset(
    ["diplomatic", "ambassadorial", "full", "formal", "official", "normal", "bilateral"]
)


def _unqualified(relations: Token) -> bool:
    """Relations with no modifier but diplomatic ones (not "political/economic relations")."""
    mods = [c for c in relations.children if c.dep_ in ("amod", "compound", "nmod")]
    # an endnote marker the parser hangs on the noun ("[1] Full relations followed") is no word
    return all(m.lower_ in _DIPLOMATIC_RELATION_MODIFIERS or _note_marker(m) for m in mods)


def _note_marker(tok: Token) -> bool:
    """Return whether a token is an endnote marker in square brackets ("[1]", "[xiv]")."""
    return len(tok.text) > 2 and tok.text[0] == "[" and tok.text[-1] == "]"


def bare_state_relations(verb: Token, relations: list[Token], state_tokens: Set[int]) -> bool:
    """``Hungary established relations with South Korea``: unqualified relations between
    states (no economic/party/postal modifier; a state as subject or partner)."""
    if not all(_unqualified(rel) for rel in relations):
        return False
    partners = prep_objects(verb, ("with",)) + [
        p for r in relations for p in prep_objects(r, ("with", "between"))
    ]
    partners += subjects_of(verb, SUBJECT_DEPS)
    if verb.dep_ == "conj" and not subjects_of(verb, SUBJECT_DEPS):
        # "A and B signed a treaty and established relations": the first conjunct's subject
        partners += subjects_of(first_conjunct(verb), SUBJECT_DEPS)
    if verb.dep_ == "relcl":
        partners.append(verb.head)
    between = [p for r in relations for p in prep_objects(r, ("between",))]
    # "the two governments resumed relations": the pair as subject (not "normalised their
    # relations", often said of a pair whose relations only improved)
    pair = between + (subjects_of(verb, SUBJECT_DEPS) if lemma_of(verb) in PAIR_DOER_VERBS else [])
    return any(p.i in state_tokens for p in with_conjuncts(partners)) or any(
        _names_the_pair(p) for p in pair
    )


# Verbs whose subject "the two countries" names the partners of the relations.
PAIR_DOER_VERBS = frozenset(["establish", "re-establish", "reestablish", "restore", "resume"])


def _names_the_pair(noun: Token) -> bool:
    """``relations between the two countries``: the pair of the discourse as partners."""
    return noun.lower_ in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in noun.children)


def recognised_state(verb: Token, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``recognised Kenya``, ``recognised the People's Republic``, ``recognised Chad de jure``
    (the state a compound of the object), a new polity ("the new state", "the government in
    exile", "it" after "the new republic"), and the passive ``the new regime was recognised by
    Peru``. Recognising "only" a government, or continuing to, is a standing policy."""
    if _standing_recognition(verb, objs):
        return False
    if any(c.lower_ in ("neither", "none", "nobody") and c.i < verb.i for c in verb.children):
        return False  # "neither recognised the new federation" (however the parser hangs it)
    for o in objs + [a for a in resolved(objs) if a.i not in {o.i for o in objs}]:
        if o.i in entity_tokens or lemma_of(o) in RECOGNISED_NOUNS:
            return True
        if any(c.dep_ == "compound" and c.i in entity_tokens for c in o.children):
            return True
        if _new_polity(o, verb, entity_tokens) or _polity_told_before(o):
            return True
        if _counted_polities(o):
            return True
    if recognised_as_government(verb, entity_tokens):
        return True
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    polity = any(lemma_of(o) in POLITY_NOUNS for o in objs)
    return passive and polity and any(a.i in entity_tokens for a in prep_objects(verb, ("by",)))


# Nouns by which a text names again a state it has told of: "recognised the new state".
_TOLD_POLITY_NOUNS = frozenset(["state", "federation", "nation", "country"])
# A former dependency recognised as a state: "recognised its former province".
_DEPENDENCY_NOUNS = frozenset(["province", "colony", "territory", "protectorate", "dependency"])


def _polity_told_before(obj: Token) -> bool:
    """``Washington recognised the new state``, ``recognised the federation on independence
    day``, ``Addis Ababa recognised its former province``: a singular state named by a
    definite description stands for the one the text is about (its partner comes from the
    context)."""
    if obj.tag_ != "NN" or any(c.dep_ in ("nummod", "prep") for c in obj.children):
        return False
    dets = {c.lower_ for c in obj.children if c.dep_ in ("det", "poss")}
    if not dets & {"the", "its", "their", "his", "her"}:
        return False
    lemma = lemma_of(obj)
    if lemma in _DEPENDENCY_NOUNS:
        return any(c.lower_ == "former" for c in obj.children)
    return lemma in _TOLD_POLITY_NOUNS


# Plural nouns by which a text counts again states it has listed: "recognised all three states".
_COUNTED_POLITY_NOUNS = frozenset(["state", "country", "republic", "nation", "government"])


def _counted_polities(obj: Token) -> bool:
    """``recognised all three states``, ``recognised the four new governments``: a definite
    group of states named by number stands for the states listed before (the coordination
    the number matches gives them)."""
    if lemma_of(obj) not in _COUNTED_POLITY_NOUNS or obj.tag_ != "NNS":
        return False
    counted = any(c.dep_ == "nummod" and c.like_num for c in obj.children)
    definite = any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in obj.children)
    return counted and definite


# Titles by which a text names again a state it has named by them: "recognised the republic".
_TOLD_TITLE_NOUNS = frozenset(["republic", "kingdom"])


def recognises_description(verb: Token, entity_tokens: Set[int]) -> bool:
    """``A, B and C recognised the new state``, ``recognised the republic at once``: a verb of
    recognising whose object is a definite description of a state told before, naming no state
    itself (no state word in or on it). Its subjects recognise that state one by one; they are
    no pair of relations among themselves."""
    if lemma_of(verb) not in ("recognise", "recognize"):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.i in entity_tokens or any(c.i in entity_tokens for c in obj.subtree):
            continue
        if _polity_told_before(obj):
            return True
        told_title = lemma_of(obj) in _TOLD_TITLE_NOUNS and obj.tag_ == "NN"
        if told_title and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            return True
    return False


def recognised_as_government(verb: Token, entity_tokens: set[int]) -> bool:
    """``recognised it as the sole legal government of Cambodia``: whatever is recognised "as"
    the government of a named state is that state's partner in relations."""
    return any(
        lemma_of(g) in POLITY_NOUNS | _GOVERNING_NOUNS
        and any(s.i in entity_tokens for s in prep_objects(g, ("of",)))
        for g in prep_objects(verb, ("as",))
    )


# What a provisional body is recognised as, besides a government: "the governing authority".
_GOVERNING_NOUNS = frozenset(["authority", "representative", "regime"])

# Verbs by which recognition is given: "extended de facto recognition to Israel", or moved to
# a new partner: "switched its recognition to Beijing".
_GIVING_VERBS = frozenset(["extend", "accord", "grant", "give", "switch", "transfer", "shift"])


def recognition_extended(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> bool:
    """``Iran extended de facto recognition to Israel``, ``accorded Israel recognition``, or
    ``Britain extended recognition in 1924`` (to the state of the context): a state given
    recognition (not "recognition of Moroccan sovereignty", a claim backed)."""
    if lemma not in _GIVING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    recognitions = [o for o in objs if lemma_of(o) == "recognition"]
    if not recognitions or any(prep_objects(r, ("of",)) for r in recognitions):
        return False
    given = prep_objects(verb, ("to",)) + [c for c in verb.children if c.dep_ == "dative"]
    given += [t for r in recognitions for t in prep_objects(r, ("to",))]
    if not given:
        # "Britain extended recognition in February 1924": to the state the text is about
        return lemma != "switch"
    return any(g.i in entity_tokens or _state_government(g, entity_tokens) for g in given)


def _state_government(noun: Token, entity_tokens: set[int]) -> bool:
    """``the Soviet government``, ``the government of Chad``: a government named by its state."""
    if lemma_of(noun) not in _NAMED_POLITY_NOUNS:
        return False
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    return any(m.i in entity_tokens for m in mods + prep_objects(noun, ("of",)))


# Modifiers of a polity that make it a new one: "the new state", "the provisional government".
_NEW_POLITY_MODIFIERS = frozenset(
    ["new", "provisional", "revolutionary", "independent", "re-established", "established"]
)


# Polities whose recognition, once a state names them, recognises that state ("the Albanian
# government", "the government of Chad", "the Lithuanian state").
_NAMED_POLITY_NOUNS = frozenset(["state", "government", "regime"])


def _new_polity(obj: Token, verb: Token, entity_tokens: set[int]) -> bool:
    """``the new Lithuanian state``, ``the re-established Polish state``, ``the new government
    of Bangladesh``, ``the government in exile`` (the parser may hang "in exile" on ``verb``):
    a state named by its people, or a new government of a named state, not an existing
    government of a state already recognised."""
    if _leader_government(obj, entity_tokens):
        return True
    if lemma_of(obj) not in POLITY_NOUNS:
        return False
    if _titled_government(obj):
        return True
    if any(lemma_of(p) == "exile" for h in (obj, verb) for p in prep_objects(h, ("in",))):
        return True
    mods = [c for c in obj.children if c.dep_ in ("amod", "compound")]
    # "the new government of Bangladesh", "the new government in Peking"
    named = any(m.i in entity_tokens for m in mods + prep_objects(obj, ("of", "in")))
    new = any(m.lower_ in _NEW_POLITY_MODIFIERS for m in mods) or _split_prefix_modifier(obj)
    # "the new government" alone names no state: its partner would be a guess; "the Albanian
    # government", "the government of Chad" recognised is the state's recognition
    return named and (new or lemma_of(obj) in _NAMED_POLITY_NOUNS)


def _titled_government(obj: Token) -> bool:
    """``the People's Government``, ``the Provisional Government``: a government named by its
    title (capitalised, with a capitalised modifier) is a polity recognised as such; so is one
    named by the movement that holds it ("the Taliban government", "the MPLA government")."""
    if lemma_of(obj) not in ("government", "regime"):
        return False
    if obj.pos_ != "PROPN":
        return any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in obj.children)
    return any(
        c.dep_ in ("poss", "compound", "amod") and c.text[:1].isupper() for c in obj.children
    )


def _leader_government(obj: Token, entity_tokens: set[int]) -> bool:
    """``the government of Enver Hoxha``, ``the regime of General Franco``, ``Hoxha's provisional
    administration``: a government named by the person who leads it is a polity recognised as
    such (his state is the partner)."""
    if lemma_of(obj) not in ("government", "regime", "administration"):
        return False
    leaders = prep_objects(obj, ("of",)) + [c for c in obj.children if c.dep_ == "poss"]
    return any(o.i in entity_tokens and o.ent_type_ == "PERSON" for o in leaders)


def _split_prefix_modifier(obj: Token) -> bool:
    """``the re-established state`` split by the tokenizer into "re", "-", "established"."""
    return any(c.lower_ == "re" and c.dep_ in ("amod", "compound") for c in obj.children)


# Words of a state recognised as carrying on another: its relations carry on too.
_CONTINUATION_WORDS = frozenset(["continuing", "continuation", "continuator", "successor"])


def continued_state_tokens(verb: Token) -> frozenset[int]:
    """``recognised the Russian Federation as the continuing state of the Soviet Union``, "as
    the successor of X": the tokens of the "as" phrase, whose old state is no partner of the
    recognition (empty when the verb has no such phrase)."""
    out: set[int] = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for g in prep.children:
            words = [g, *g.children]
            if g.dep_ == "pobj" and any(w.lower_ in _CONTINUATION_WORDS for w in words):
                out |= {t.i for t in prep.subtree}
    return frozenset(out)


def _standing_recognition(verb: Token, objs: list[Token]) -> bool:
    """``had recognised only the government in Taipei``, ``continued to recognise the ousted
    government``: a policy held over time, not an act of recognition."""
    if lemma_of(verb.head) in ("continue", "keep") and verb.dep_ == "xcomp":
        return True
    only = [c for o in objs for c in o.children] + list(verb.children)
    return any(c.lower_ == "only" and c.dep_ == "advmod" for c in only)


RESTORATION_NOUNS = frozenset(["restoration", "resumption", "re-establishment"])

# Nouns of an end of relations: "the rupture of diplomatic relations", "a break in relations".
BREAK_NOUNS = frozenset(["rupture", "severance", "break", "breach", "suspension"])


def broken_relations(noun: Token) -> bool:
    """``the rupture of diplomatic relations``, ``the severance of relations``, ``a break in
    relations``: a noun of rupture whose "of"/"in" object is diplomatic relations (not
    "a break in economic relations")."""
    if lemma_of(noun) not in BREAK_NOUNS:
        return False
    objs = prep_objects(noun, ("of", "in"))
    return any(lemma_of(o) in RELATION_NOUNS and _unqualified(o) for o in objs)


def restored_relations(noun: Token, of_objs: list[Token]) -> bool:
    """``the restoration of diplomatic relations``, or a bare ``the restoration`` after a
    mention of relations in the same sentence ("broken off relations ...; the restoration was
    announced in 1974")."""
    if of_objs:
        return any(lemma_of(o) in RELATION_NOUNS and _unqualified(o) for o in of_objs)
    if not any(c.lower_ == "the" for c in noun.children):
        return False
    sent = noun.sent
    return any(lemma_of(t) in RELATION_NOUNS for t in sent[: noun.i - sent.start])


def re_established(relations: Token) -> Token | None:
    """``the two states re-established diplomatic relations`` split by the tokenizer into
    "re", "-", "established" with the participle parsed as an adjective of "relations":
    return the "re" token (the verb of the clause) when so."""
    if lemma_of(relations) not in RELATION_NOUNS or not _unqualified_but_participle(relations):
        return None
    for c in relations.children:
        participle = c.dep_ in ("amod", "compound") and c.lower_ in ("established", "restored")
        prefix = split_prefix(c) if participle else None
        if prefix is not None:
            return prefix
    return None


# Participles of a text's act on relations: "a protocol restoring diplomatic relations".
_RESTORING_PARTICIPLES = frozenset(["establishing", "restoring", "re-establishing", "resuming"])


def participle_on_relations(relations: Token) -> Token | None:
    """``signed a protocol restoring diplomatic relations`` parsed with the participle as an
    adjective of "relations" (and "relations" as the object of "signed"): return the
    participle, the act the text performs, when so."""
    if lemma_of(relations) not in RELATION_NOUNS:
        return None
    for c in relations.children:
        if c.dep_ == "amod" and c.tag_ == "VBG" and c.lower_ in _RESTORING_PARTICIPLES:
            others = [m for m in relations.children if m.dep_ in ("amod", "compound") and m != c]
            if all(m.lower_ in _DIPLOMATIC_RELATION_MODIFIERS for m in others):
                return c
    return None


def _unqualified_but_participle(relations: Token) -> bool:
    mods = [c for c in relations.children if c.dep_ in ("amod", "compound", "nmod")]
    return all(
        m.lower_ in _DIPLOMATIC_RELATION_MODIFIERS or m.lower_ in ("established", "restored")
        for m in mods
    )


def restored_trigger(noun: Token) -> Trigger | None:
    """A bare "the restoration" names the relations mentioned before it in the sentence: they
    are the trigger token (their partners count), dated by the noun's own clause."""
    if lemma_of(noun) not in RESTORATION_NOUNS or prep_objects(noun, ("of",)):
        return None
    before = [t for t in noun.sent if t.i < noun.i and lemma_of(t) in RELATION_NOUNS]
    if not before:
        return None
    anchor = noun_anchor(noun)
    return Trigger("ESTABLISH_RELATIONS", before[-1], anchor, antecedent_clause(before[-1], anchor))


RESTORING_VERBS = frozenset(["restore", "resume", "re-establish", "reestablish"])


def restores(trigger: Trigger) -> bool:
    """Return whether a trigger of relations restores them ("relations were restored", "the
    resumption of relations", "re-established relations") rather than opens them."""
    words = (trigger.token, trigger.anchor)
    if any(lemma_of(w) in RESTORING_VERBS | RESTORATION_NOUNS for w in words):
        return True
    return any(w.lower_ == "re" and w.nbor(1).lower_ == "-" for w in words if w.i + 1 < len(w.doc))


def relations_told_before(verb: Token) -> Token | None:
    """Return the earlier diplomatic relations a bare "relations were restored" refers to
    ("broke off diplomatic relations with X, and relations were restored in 1968"): the
    restored relations name no partner, and an earlier mention in the sentence is diplomatic."""
    bare = [o for o in objects_of(verb) if lemma_of(o) in RELATION_NOUNS]
    if not bare or verb.tag_ not in PAST_TAGS:
        return None
    if any(not _unqualified(r) or prep_objects(r, ("with", "between")) for r in bare):
        return None
    first = min(r.left_edge.i for r in bare)
    earlier = [
        t
        for t in verb.sent
        if t.i < first
        and lemma_of(t) in RELATION_NOUNS
        and any(c.lower_ == "diplomatic" for c in t.children)
    ]
    return earlier[-1] if earlier else None


def _diplomatic_or_between_states(relations: Token) -> bool:
    """Relations named as diplomatic, or as those of a state with another ("South Africa's
    relations with the Republic of China"), with no economic/party modifier."""
    if not _unqualified(relations):
        return False
    if any(c.lower_ in ("diplomatic", "ambassadorial") for c in relations.children):
        return True
    return bool(prep_objects(relations, ("with", "between")))


def relations_ended(verb: Token, lemma: str) -> bool:
    """``diplomatic relations with X ended on 31 December``, ``relations ... came to an end``:
    relations as the subject of an intransitive ending (not "the war ended relations")."""
    if verb.tag_ not in PAST_TAGS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    ending = lemma == "end" or (
        lemma == "come" and any(lemma_of(o) == "end" for o in prep_objects(verb, ("to",)))
    )
    if not ending:
        return False
    subjects = subjects_of(verb, ("nsubj",))
    return any(lemma_of(s) in RELATION_NOUNS and _diplomatic_or_between_states(s) for s in subjects)


def participle_subject_relations(verb: Token, lemma: str) -> bool:
    """``Relations between A and B, severed in 1973, were restored in 1990``: a reduced
    participle on "relations" that the parser reads as a verb with no auxiliary whose subject
    the relations are (the participle on the noun itself is read as its object already); the
    caller checks that the verb is one of rupture."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    if lemma == "break" and not any(c.lower_ == "off" for c in verb.children):
        return False
    subjects = subjects_of(verb, ("nsubj",))
    return any(lemma_of(s) in RELATION_NOUNS and _diplomatic_or_between_states(s) for s in subjects)


# Modifiers of relations that "followed" as a new standing: "full relations followed in 1989".
_FOLLOWING_RELATION_MODIFIERS = frozenset(
    ["diplomatic", "ambassadorial", "full", "formal", "normal"]
)


def relations_followed(verb: Token, lemma: str) -> bool:
    """``Diplomatic relations followed in 1945``, ``full relations followed on 18 September``:
    relations named as diplomatic (or full, formal, normal) as the subject of an intransitive
    past "followed" come after an earlier step and are established (not "closer relations
    followed", "trade relations followed")."""
    if lemma != "follow" or verb.tag_ not in PAST_TAGS:
        return False
    if any(c.dep_ in ("dobj", "agent", "auxpass") for c in verb.children):
        return False
    subjects = subjects_of(verb, ("nsubj",))
    return any(
        lemma_of(s) in RELATION_NOUNS
        and _unqualified(s)
        and any(c.lower_ in _FOLLOWING_RELATION_MODIFIERS for c in s.children)
        for s in subjects
    )


def broke_with_state(verb: Token, lemma: str, state_tokens: Set[int]) -> bool:
    """``Chad broke with Israel in 1972``, ``the Gambia, which broke with Beijing``: a state
    broken with (no object: not "broke the agreement with X") ends relations, not a break
    with a practice ("broke with bloc discipline") or a plan to break ("refused to break")."""
    if lemma != "break" or verb.tag_ not in PAST_TAGS:
        return False
    if any(c.dep_ in ("dobj", "prt", "nsubjpass") for c in verb.children):
        return False
    partners = with_conjuncts(prep_objects(verb, ("with",)))
    return any(p.i in state_tokens for p in partners)


# Verbs whose passive has relations established: "relations were normalised in 1969".
_PASSIVE_ESTABLISHING = PAIR_DOER_VERBS | {"normalise", "normalize"}


def relations_passive_established(verb: Token, lemma: str) -> bool:
    """``Relations were established on 12 May 1965``, ``relations with the People's Republic
    were established``, ``relations were restored in 1988``, ``relations were normalised in
    December 1969``: unqualified relations as the passive subject of establishing are
    diplomatic ones (their partners come from context)."""
    if lemma not in _PASSIVE_ESTABLISHING:
        return False
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    # "broke off relations in 1927, and they were restored in 1929": the pronoun's relations
    subjects = resolved(subjects_of(verb, ("nsubjpass",)))
    return any(lemma_of(s) in RELATION_NOUNS and _unqualified(s) for s in subjects)


def relations_opened(lemma: str, relations: list[Token]) -> bool:
    """``a convention that opened normal relations between the two countries``, ``opened
    diplomatic relations with X``, ``opened formal relations``: relations opened, when
    diplomatic, normal, formal or full, are established (not "opened trade relations")."""
    if lemma != "open":
        return False
    return any(
        _unqualified(r) and any(c.lower_ in _OPENED_RELATION_MODIFIERS for c in r.children)
        for r in relations
    )


# Relations whose opening establishes them: "opened formal relations", not "bilateral" ones.
_OPENED_RELATION_MODIFIERS = _DIPLOMATIC_RELATION_MODIFIERS - {"bilateral"}


_RAISING_VERBS = frozenset(["raise", "upgrade", "elevate"])


def raised_to_diplomatic(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``raised their relations to full diplomatic status``: relations lifted to diplomatic
    ones are established (not "raised to ambassadorial level", which had relations before)."""
    if lemma not in _RAISING_VERBS or not any(lemma_of(o) in RELATION_NOUNS for o in objs):
        return False
    levels = prep_objects(verb, ("to",)) + [p for o in objs for p in prep_objects(o, ("to",))]
    return any(
        any(c.lower_ == "diplomatic" for c in level.children) or lemma_of(level) == "relation"
        for level in levels
    )
