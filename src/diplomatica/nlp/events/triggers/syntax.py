"""Parse helpers shared by the trigger rules: objects, subjects, prepositions, people."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Set

from spacy.tokens import Token

from diplomatica.nlp.events.lexicon import MEETING_NOUNS, PERSON_GROUP_NOUNS
from diplomatica.nlp.extensions import SPANS_ENTITIES
from diplomatica.nlp.types import EntityRef

_OBJ_DEPS = ("dobj", "nsubjpass", "attr", "oprd")


SUBJECT_DEPS = ("nsubj", "nsubjpass")


PAST_TAGS = frozenset({"VBD", "VBN"})


def opens_with_when(verb: Token) -> bool:
    """Return whether ``verb`` heads a "when" clause ("..., when he held talks with X"): it
    has "when" as its adverb."""
    return any(c.lower_ == "when" and c.dep_ == "advmod" for c in verb.children)


def has_to_marker(verb: Token) -> bool:
    """Return whether ``verb`` is an infinitive with "to" ("... to support", "... to succeed
    Y"): it has "to" as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def verbs_above(token: Token, steps: int) -> Iterator[Token]:
    """Yield the verbs (and auxiliaries) among the first ``steps`` heads above ``token``,
    nearest first (fewer when the root comes sooner)."""
    node = token
    for _ in range(steps):
        if node.head.i == node.i:
            return
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            yield node


def governing_verb(token: Token, steps: int = 5) -> Token | None:
    """Return the nearest verb (or auxiliary) above ``token``, looking up at most ``steps``
    heads (None when there is none that close)."""
    return next(verbs_above(token, steps), None)


def has_own_subject(verb: Token) -> bool:
    """Return whether ``verb`` has a subject of its own (a conjoined verb without one shares
    its head's)."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def has_particle(verb: Token, word: str) -> bool:
    """Return whether ``verb`` carries the particle ``word`` ("set up", "write off")."""
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def objects_of(verb: Token) -> list[Token]:
    """Return the object heads: direct, passive subject, or the noun a participle modifies
    (never a subordinating conjunction the parser hung as one: "whether", "that")."""
    objs = [c for c in verb.children if c.dep_ in _OBJ_DEPS] + _misparsed_passive_subjects(verb)
    if not objs:
        # "terminated the Treaty ... concluded in 1986" is often parsed as a clausal complement
        # whose subject is the real object.
        objs = [
            s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
        ]
    if not objs and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        # "The Treaty ..., usually called X, was signed": a passive conjunct shares the subject
        objs = subjects_of(verb.head, SUBJECT_DEPS)
    if not objs and verb.dep_ in ("advcl", "ccomp", "conj"):
        # "Mongolia terminated the Treaty ... concluded in 1986": the object is parsed as the
        # subject of the following participle that governs the trigger.
        objs = [s for s in verb.head.children if s.dep_ == "nsubj" and s.i > verb.i]
    if not objs and _passive_after_reduced_relative(verb):
        # "the agreement concluded with Britain in 1960 had been abrogated": the parser makes
        # the participle the main verb and the passive its complement
        objs = subjects_of(verb.head)
    if (verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN") or verb.dep_ == "relcl":
        objs.append(verb.head)
        objs += _noun_before_phrase(verb)
    return [o for o in with_conjuncts(objs) if o.pos_ != "SCONJ"]


def _noun_before_phrase(verb: Token) -> list[Token]:
    """``relations between the two countries, which had been established in 1979``: the
    parser may hang a passive "which" clause on the object of a "between"/"with" phrase; the
    noun that phrase qualifies may be what the clause tells of. Return it (or nothing)."""
    head = verb.head
    passive_which = any(c.dep_ == "nsubjpass" and c.lower_ == "which" for c in verb.children)
    if not passive_which or head.dep_ != "pobj" or head.head.lower_ not in ("between", "with"):
        return []
    noun = head.head.head
    return [noun] if noun.pos_ == "NOUN" else []


def _passive_after_reduced_relative(verb: Token) -> bool:
    """Return whether ``verb`` is a subjectless passive complement of a past verb whose
    subject stands before it ("the agreement concluded in 1960 had been abrogated")."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and head.tag_ == "VBD"
        and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)
    )


def _misparsed_passive_subjects(verb: Token) -> list[Token]:
    """Return the subjects of a passive the parser attached elsewhere: to the auxiliary ("both
    embassies were closed"), to a copula whose participle it made an adjectival complement
    ("relations were re-established"), or to a causative participle ("had it shipped")."""
    out = _auxiliary_subjects(verb)
    if verb.tag_ == "VBN" and verb.dep_ == "acomp" and lemma_of(verb.head) == "be":
        out += subjects_of(verb.head, SUBJECT_DEPS)
    if verb.tag_ == "VBN" and verb.dep_ == "ccomp" and lemma_of(verb.head) in ("have", "get"):
        out += subjects_of(verb)
    prefix = split_prefix(verb)
    if prefix is not None:
        # "were re-established": the tokenizer split "re-", and the parser made "re" the verb
        out += subjects_of(prefix, SUBJECT_DEPS)
        out += _auxiliary_subjects(prefix)
    return out + _subject_conjoined_to_object(verb)


def _subject_conjoined_to_object(verb: Token) -> list[Token]:
    """``withdrew their ambassadors and diplomatic relations were suspended``: the parser may
    conjoin the subject of a second, passive clause to the first clause's object and the
    passive to its verb. Return the noun right before the passive auxiliary when so."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None or aux.i == 0:
        return []
    noun = verb.doc[aux.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "conj" or noun.head.dep_ not in ("dobj", "pobj"):
        return []
    return [noun]


def _auxiliary_subjects(verb: Token) -> list[Token]:
    """Return subjects the parser hung on the passive auxiliary ("both embassies were")."""
    return [
        s
        for c in verb.children
        if c.dep_ == "auxpass"
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]


def split_prefix(verb: Token) -> Token | None:
    """Return the "re" of a verb written "re-<verb>" and split into three tokens, if any."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 2].lower_ != "re":
        return None
    return doc[verb.i - 2]


def agent_objects(verb: Token) -> list[Token]:
    """Return the objects of the "by" phrase of a passive or participle ``verb`` ("followed
    by A and B", "signed by the four states")."""
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def prep_objects(head: Token, preps: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for c in head.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


# Nouns counting what their "of" phrase names: "a series of cooperation agreements".
_QUANTITY_HEADS = frozenset(["series", "number", "set", "package", "string", "raft", "batch"])


def heads_in(tokens: list[Token], words: frozenset[str]) -> bool:
    """Return whether one of ``tokens`` is headed by one of ``words``: the noun itself, a
    quoted title's noun, an apposition's head, or what a quantity noun counts ("a series of
    agreements")."""
    for t in tokens:
        if word_in(t, words):
            return True
        if lemma_of(t) in _QUANTITY_HEADS and any(
            lemma_of(o) in words or o.lower_ in words for o in prep_objects(t, ("of",))
        ):
            return True
        # quoted titles: "the 'Treaty of Friendship'" may be parsed with the noun off-head
        if any(lemma_of(x) in words for x in list(t.subtree)[:4]):
            return True
        # "signed the Japan-Korea Seoul Declaration": the title head parsed as an apposition
        if any(c.dep_ == "appos" and lemma_of(c) in words for c in t.children):
            return True
    return False


def is_person_like(token: Token, is_entity: bool) -> bool:
    """A person: an entity mention, a person noun, "him"/"her", or a capitalised plural title
    the tagger leaves unlemmatised ("the Egyptian and Syrian Presidents")."""
    if is_entity or lemma_of(token) in PERSON_GROUP_NOUNS or token.lower_ in ("him", "her"):
        return True
    return token.tag_ == "NNPS" and token.lower_.removesuffix("s") in PERSON_GROUP_NOUNS


def is_person(token: Token, entity_tokens: set[int]) -> bool:
    """A person or a group of people: an entity mention or a person noun ("the delegation")."""
    return is_person_like(token, token.i in entity_tokens)


def is_guest(token: Token, entity_tokens: set[int]) -> bool:
    """Someone who comes or is received: a person, or a personal pronoun ("he was received")."""
    return is_person(token, entity_tokens) or token.lower_ in _PERSONAL_PRONOUNS


def is_named_guest(token: Token, entity_tokens: set[int]) -> bool:
    """A guest, or a proper noun the gazetteer does not know: a person's name (states are all
    known)."""
    return is_guest(token, entity_tokens) or (
        token.pos_ == "PROPN" and token.i not in entity_tokens
    )


# How a state or a nationality qualifies a noun: "the Soviet capital", "Egypt's army".
STATE_MODIFIER_DEPS = ("amod", "compound", "poss")


def nationality_modified(
    noun: Token,
    entity_tokens: Set[int] = frozenset(),
    deps: Collection[str] | None = STATE_MODIFIER_DEPS,
    labels: Collection[str] = ("NORP",),
) -> bool:
    """Return whether a child of ``noun`` attached by one of ``deps`` (any relation when
    None) names a state or a nationality: a token of a linked mention (``entity_tokens``), or
    one the stock model labelled with one of ``labels`` (a demonym the gazetteer did not link:
    "the Taiwanese capital")."""
    return any(
        (deps is None or c.dep_ in deps) and (c.i in entity_tokens or c.ent_type_ in labels)
        for c in noun.children
    )


def past_perfect(verb: Token) -> bool:
    """``had been``: a participle under a past "had"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def simple_or_past_perfect(verb: Token) -> bool:
    """The verb is a simple past ("arrived") or a past perfect ("had arrived")."""
    return verb.tag_ == "VBD" or past_perfect(verb)


def word_in(token: Token, words: Set[str]) -> bool:
    """Return whether the token's lemma or its lower-cased form is one of ``words``."""
    return lemma_of(token) in words or token.lower_ in words


# Verbs of having or keeping something over time: "has had", "maintained", "kept".
KEEPING_VERBS = frozenset(["have", "maintain", "keep"])


def kept_since(verb: Token) -> bool:
    """``has had an embassy there since 1960``, ``had maintained relations since 1949``: a
    verb of having or keeping with a "since" phrase, a state of affairs begun then (not in a
    relative clause: "X, with which it has had relations since 1948", a noun described)."""
    if verb.dep_ == "relcl":
        return False
    return lemma_of(verb) in KEEPING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "since" for c in verb.children
    )


def subjects_of(verb: Token, deps: tuple[str, ...] = ("nsubj",)) -> list[Token]:
    """Return the verb's children attached as one of ``deps`` (active subjects by default)."""
    return [c for c in verb.children if c.dep_ in deps]


def doers_of(verb: Token) -> list[Token]:
    """Return the verb's active subjects, with the noun a relative pronoun subject stands for
    in its place ("the British officers who trained the army": "officers")."""
    subjects = subjects_of(verb)
    if verb.dep_ == "relcl" and any(s.tag_ in ("WDT", "WP") for s in subjects):
        return [s for s in subjects if s.tag_ not in ("WDT", "WP")] + [verb.head]
    return subjects


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Return ``tokens`` followed by their conjuncts ("arms and ammunition")."""
    return tokens + [c for t in tokens for c in t.children if c.dep_ == "conj"]


def first_conjunct(token: Token) -> Token:
    """Return the first of the conjuncts ``token`` belongs to (itself when it is no conjunct)."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node


def past_context(verb: Token) -> bool:
    node = verb
    for _ in range(4):
        if node.tag_ in PAST_TAGS:
            return True
        if any(c.tag_ in PAST_TAGS and c.dep_ in ("aux", "auxpass") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def with_quantified(objs: list[Token]) -> list[Token]:
    """Return ``objs`` with the goods of quantities ("large quantities of arms")."""
    return objs + [p for o in objs for p in prep_objects(o, ("of",))]


def quantified_and_conjoined(objs: list[Token]) -> list[Token]:
    """Return ``objs``, the goods or people they quantify ("hundreds of technicians") and the
    conjuncts of both ("arms and ammunition")."""
    return with_conjuncts(with_quantified(objs))


NON_PERSON_ENTS = frozenset(["GPE", "NORP", "ORG", "LOC", "FAC"])


_PERSONAL_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "who"])


def noun_anchor(noun: Token) -> Token:
    """Return the verb governing a noun trigger (its clause), or the noun itself."""
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return noun.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and noun.head.head.pos_ == "VERB"
        and lemma_of(noun) in ("visit", "tour")
        and not any(c.dep_ == "dobj" for c in noun.head.head.children)
    ):
        return noun.head.head  # "answered with a tour of Thailand": the verb's subject goes
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head  # "vetoed the resolutions in support of India"
    measure = _measure_of_talks(noun)
    if measure is not None:
        return measure.head  # "held two days of talks with the King": the holding verb
    return noun


# Nouns measuring talks by time or number: "two days of talks", "several rounds of talks".
_TALK_MEASURES = frozenset(["day", "week", "month", "hour", "round", "series", "number", "couple"])


def _measure_of_talks(noun: Token) -> Token | None:
    """Return the measure noun of talks counted by it ("held two days of talks", "several
    rounds of negotiations were held"), when it is the object or subject of a verb of
    holding them; else None."""
    if lemma_of(noun) not in MEETING_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    measure = noun.head.head
    if lemma_of(measure) not in _TALK_MEASURES or measure.dep_ not in (
        "dobj",
        "nsubj",
        "nsubjpass",
    ):
        return None
    return measure if lemma_of(measure.head) in _TALK_HOLDING_VERBS else None


# Verbs whose subject takes part in the talks it holds ("held two days of talks"; not "Iraq
# hosted several rounds of talks between A and B", a venue's host).
_TALK_HOLDING_VERBS = frozenset(["hold", "have", "conduct", "begin", "open", "start", "follow"])


def own_tokens(noun: Token) -> set[int]:
    """Return the tokens of a conjunct without its own conjuncts."""
    out = {t.i for t in noun.subtree}
    for c in noun.children:
        if c.dep_ in ("conj", "cc"):
            out -= {t.i for t in c.subtree}
    return out


def mention_state(token: Token) -> str | None:
    """Return the state a linked mention covering ``token`` names or acts for (None when no
    mention covers it, or it is an organisation of no state)."""
    for span in token.doc.spans.get(SPANS_ENTITIES, []):
        ref: EntityRef | None = span._.entity
        if span.start <= token.i < span.end and ref is not None:
            return ref.key if ref.kind == "state" else ref.country
    return None
