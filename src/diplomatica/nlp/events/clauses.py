"""The tokens of a trigger's clause: its subject, its agent, the clause without the embedded
clauses that tell of other acts, and the entity mentions among them."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.lexicon import (
    AGREEMENT_NOUNS,
    CONDEMNING_VERBS,
    SUPPORT_OBJECT_NOUNS,
)
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.agreements import (
    COMPACT_NOUNS,
    SIGNING_VERBS,
    agreement_signed_after,
)
from diplomatica.nlp.events.triggers.follow_ups import followed_by_participle
from diplomatica.nlp.events.triggers.syntax import (
    first_conjunct,
    governing_verb,
    has_own_subject,
    lemma_of,
)

_TARGET_PREPS = ("to", "in", "with", "into", "at")


def _stray_subjects(verb: Token) -> set[int]:
    """Return the indices of subjects the parser gave a verb besides the nearest one before
    it ("X arrived in Y, the first mission in years, and a Z team went to ..." read with two
    subjects of "went"): a clause has one subject, the others belong to other clauses."""
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subs if c.i < verb.i]
    if len(before) < 2:
        return set()
    named = [c for c in before if not _misread_time_determiner(c)] or before
    keep = max(named, key=lambda c: c.i)
    return {c.i for c in subs if c is not keep}


_TIME_NOUNS = frozenset(
    ["spring", "summer", "autumn", "winter", "year", "month", "week", "day", "morning", "evening"]
)


def _misread_time_determiner(subject: Token) -> bool:
    """``Zhou Enlai had, in a message to X that spring, endorsed ...``: the parser may read the
    determiner of a time phrase as a second subject of the verb; return whether ``subject`` is
    such a "that"/"this" followed by a time noun."""
    doc = subject.doc
    return (
        subject.lower_ in ("that", "this")
        and subject.i + 1 < len(doc)
        and doc[subject.i + 1].lemma_.lower() in _TIME_NOUNS
    )


_RELATIVE_PRONOUNS = frozenset(["which", "who", "that", "whom"])

_CLAUSE_BREAKS = frozenset([";", ":"])
_REFLEXIVES = frozenset(["himself", "herself", "itself", "themselves"])


def glued_before(clause: Token) -> bool:
    """``It recalled X; Moscow, by contrast, had extended credits``: return whether the parser
    hung ``clause`` on a head standing after it across a semicolon or colon. Such a clause is
    an earlier sentence of its own, not the complement of the later one (whose subject is no
    speaker or doer of it)."""
    head = clause.head
    if clause.i >= head.i:
        return False
    return any(t.text in _CLAUSE_BREAKS for t in clause.doc[clause.right_edge.i + 1 : head.i])


def _coordinated_signers(verb: Token) -> list[Token]:
    """Return the whole coordination a signing participle hangs on ("Finland, Sweden and eight
    other states signed in Geneva a convention": the parser read the last conjunct as a noun
    the verb describes, but with its agreement after it the verb is active and the
    coordination its subject)."""
    first = first_conjunct(verb.head)
    return list(verb.doc[first.i : verb.i])


def subject_tokens(anchor: Token) -> list[Token]:
    node = anchor
    for _ in range(4):
        stray = _stray_subjects(node)
        # "who had armed": the parser may hang the subject on the auxiliary
        holders = [node, *(c for c in node.children if c.dep_ == "aux" and c.i < node.i)]
        subs = [
            c
            for h in holders
            for c in h.children
            if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i not in stray
        ]
        if subs:
            out: list[Token] = []
            for s in subs:
                out.extend(_phrase_tokens(s, anchor))
                if s.lower_ in ("it", "they") and node.dep_ == "ccomp" and not glued_before(node):
                    # "X announced that it had severed relations": the speaker's subject
                    out.extend(subject_tokens(node.head))
                if s.lower_ in _REFLEXIVES and node.dep_ in ("ccomp", "xcomp"):
                    # "he had himself flown to Moscow": the causer is the doer
                    out.extend(subject_tokens(node.head))
                if s.lower_ in ("it", "they") and node.dep_ == "relcl":
                    # "X armed Y under the agreement it signed with Y": the doer of the
                    # clause the relative clause's noun belongs to
                    governing = governing_verb(node.head)
                    if governing is not None:
                        out.extend(subject_tokens(governing))
                if node.dep_ in ("ccomp", "advcl") and s.lower_ in _RELATIVE_PRONOUNS:
                    # "It was the Americans who armed X": the focus of the cleft
                    out.extend(_cleft_focus(node.head))
                if node.dep_ == "relcl" and s.lower_ in _RELATIVE_PRONOUNS:
                    # "Hungary, which established relations ...": the antecedent
                    out.extend(t for t in node.head.subtree if t.i < node.head.i + 1)
            return out
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.i != node.i:
            node = node.head.head  # "India answered by declaring ...": the answering subject
            continue
        reported = _reported_perfect(node)
        if reported is not None:
            node = reported
            continue
        if node.dep_ not in ("xcomp", "conj", "advcl", "acl", "relcl") or node.head.i == node.i:
            return []
        if node.dep_ == "acl" and node.head.dep_ == "conj" and agreement_signed_after(node):
            return _coordinated_signers(node)
        if node.dep_ in ("acl", "relcl"):
            phrase = list(node.head.subtree)
            if node.tag_ == "VBG" and any(c.dep_ == "dobj" for c in node.children):
                # "X, visiting India with Y, ...": the noun's phrase before the participle,
                # not the participle's own object
                phrase = [t for t in phrase if t.i < node.i]
            if node.dep_ == "acl" and node.tag_ == "VBN" and node.i > node.head.i:
                # "China's treaty of alliance with North Korea, signed in 1961": the whole
                # noun phrase before the participle describing it
                return _noun_phrase_before(node.head, node)
            return phrase[:6]
        node = node.head
    return []


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _reported_perfect(conj: Token) -> Token | None:
    """``X told reporters that Taiwan had severed relations, had ordered ... and had recalled
    its ambassador``: the parser may conjoin (or add as a second complement) a subjectless
    past perfect to the verb of saying rather than to the reported past perfect before it,
    whose clause then is the conjunct's own (returns that clause, else None)."""
    if conj.dep_ not in ("conj", "ccomp") or not _perfect(conj) or _perfect(conj.head):
        return None
    if lemma_of(conj.head) == "be":
        return None
    return next(
        (
            c
            for c in conj.head.children
            if c.dep_ == "ccomp" and c.i < conj.i and _perfect(c) and has_own_subject(c)
        ),
        None,
    )


def _noun_phrase_before(noun: Token, participle: Token) -> list[Token]:
    """Return the tokens of ``noun``'s phrase before its reduced relative ``participle``, at
    most ten, from the phrase's start."""
    return [t for t in noun.subtree if t.i < participle.i][:10]


def _cleft_focus(copula: Token) -> list[Token]:
    """Return the focused phrase of a cleft sentence ("It was the Americans who ...", "it is
    France that ..."): the complement of "it" + "be" (empty for any other clause)."""
    if copula.lemma_ != "be" or not any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children
    ):
        return []
    return [t for c in copula.children if c.dep_ == "attr" for t in c.subtree]


def _phrase_tokens(head: Token, keep: Token) -> list[Token]:
    """Return the subtree of a noun phrase without its relative clauses ("X, an Arabist who
    had served in Riyadh, ..."): what they say about the noun's past or office names no party
    of the event (unless the event itself lies in them). Participles ("a delegation headed by
    X") say who the noun is and stay."""

    def cut(c: Token) -> bool:
        return c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and not _holds(c, keep)

    return sorted(_subtree_without(head, cut), key=lambda t: t.i)


def _subtree_without(root: Token, cut: Callable[[Token], bool]) -> list[Token]:
    """Return the tokens of ``root``'s subtree in depth-first order, without the subtrees of
    the tokens for which ``cut`` holds (``root`` itself is always kept)."""
    out: list[Token] = []
    stack = [root]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if not cut(c))
    return out


def _holds(phrase: Token, token: Token) -> bool:
    """Return whether ``token`` lies in the subtree of ``phrase``."""
    return phrase.left_edge.i <= token.i <= phrase.right_edge.i


# Nominal acts whose "of" phrase names what is acted on, not the doer: "a tour of Thailand"
# is where it goes, "the expulsion of Iranian nationals" whom it expels.
_PATIENT_OF_NOUNS = frozenset(["tour", "expulsion", "deportation", "expulsions", "deportations"])


def noun_agent_tokens(noun: Token) -> set[int]:
    """``the visits of the premiers of Laos and Nepal``, ``Chile's visit``: the doer of a
    nominal act (its possessor or "of" phrase)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return set()
    out: set[int] = set()
    of_is_agent = noun.lemma_.lower() not in _PATIENT_OF_NOUNS and noun.lower_ not in (
        _PATIENT_OF_NOUNS
    )
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of" and of_is_agent):
            out.update(t.i for t in c.subtree)
            # "the visit of a minister to Pyongyang" parsed inside the "of" phrase
            for t in c.subtree:
                if t.dep_ == "prep" and t.lower_ in _TARGET_PREPS and t.lower_ != "with":
                    out.difference_update(x.i for x in t.subtree)
    return out


def agent_tokens(anchor: Token) -> list[Token]:
    """Return the words of the "by" phrase of a passive ``anchor``, with the rest of its list
    the parser hung on the noun a participle describes (see :func:`_stranded_agent_list`)."""
    out = [t for c in _by_phrases(anchor) for t in c.subtree]
    if out:
        out.extend(_stranded_agent_list(anchor))
    return out


def _by_phrases(anchor: Token) -> list[Token]:
    """Return the "by" phrases (agent or preposition) hung on ``anchor``."""
    return [
        c for c in anchor.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
    ]


def stranded_agents(anchor: Token) -> list[Token]:
    """Return the words of the rest of a "by" list the parser hung on the noun a participle
    describes (see :func:`_stranded_agent_list`); empty when ``anchor`` has no "by" phrase."""
    return _stranded_agent_list(anchor) if _by_phrases(anchor) else []


def _participle_signers(trigger: Trigger) -> list[Token]:
    """``the Paris agreement of 1973, signed by A, B and C, ended ...``: the "by" phrase of a
    signing participle on an agreement noun names the agreement's parties; return its words
    (empty for other triggers)."""
    noun = trigger.token
    if trigger.type != "SIGN_AGREEMENT" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [
        t
        for c in noun.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in SIGNING_VERBS
        for t in agent_tokens(c)
    ]


def _stranded_agent_list(participle: Token) -> list[Token]:
    """``the agreement, signed by the United States, the two Vietnamese governments and the
    PRG, ended ...``: the parser may hang the rest of a participle's "by" list on the noun the
    participle describes, as its conjuncts; return the words of the conjuncts of that noun that
    follow the participle's phrase right after a comma (none that are agreements themselves:
    "the treaty, signed by A, and the protocol")."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or noun.i > participle.i:
        return []
    doc = participle.doc
    edge = participle.right_edge.i
    out: list[Token] = []
    for conj in (c for c in noun.children if c.dep_ == "conj" and c.i > edge):
        if lemma_of(conj) in AGREEMENT_NOUNS or doc[conj.left_edge.i - 1].text != ",":
            break
        if conj.left_edge.i - 1 != edge + 1:
            break
        out.extend(conj.subtree)
        edge = conj.right_edge.i
    return out


# Words that make a "with" phrase a companion of the doer rather than a partner.
_COMPANION_ADVERBS = frozenset(["together", "along", "jointly"])


def companion_tokens(verb: Token) -> list[Token]:
    """``came to Beirut together with King B of C``, ``flew to Paris with Prime Minister D``,
    ``arrived in Lima, accompanied by President E``: the people travelling with the doer of a
    journey, who make the same journey. ``verb`` is the travel verb; a "with" phrase of
    another word ("for talks with X") is a partner, not a companion."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            out.extend(c.subtree)
        elif c.dep_ in ("advcl", "acl") and c.lemma_.lower() == "accompany" and c.tag_ == "VBN":
            out.extend(agent_tokens(c))
        elif c.dep_ in ("advmod", "prep") and c.lower_ in _COMPANION_ADVERBS:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "with":
                    out.extend(p.subtree)  # "together with X" parsed under the adverb
    return out


# Temporal clauses ("When X visited Moscow, both sides concluded ...") keep their participants:
# they often say who "both sides" are.
_EMBEDDED = ("relcl", "acl", "ccomp", "parataxis")


_FINITE = frozenset(["VBD", "VBZ", "VBP"])


def _coordinated_clause(verb: Token) -> bool:
    """``X travelled to Beijing, and New Delhi feared ...``: a conjoined verb with its own
    subject is another clause with its own participants."""
    return verb.dep_ == "conj" and has_own_subject(verb)


def _complements(verb: Token) -> list[Token]:
    """Return the heads of the verb's object and prepositional objects."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for c in verb.children:
        if c.dep_ == "prep":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _second_predicate(verb: Token) -> bool:
    """``flew to Bogotá and met A of B``: a verb conjoined to a complete predicate (one whose
    object or prepositional complement, or its object's, is a name: "suspended relations with
    Israel and recognised B") and with complements of its own is a second
    act of the same subject; its complements are that act's participants, not the first's
    ("toured Western capitals and met B in C" names the tour's host only in the second)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.i > head.i
        and verb.pos_ == "VERB"
        and head.pos_ == "VERB"
        and any(
            c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
            for c in _complements(head) + _object_complements(head)
        )
        and bool(_complements(verb))
    )


def _object_complements(verb: Token) -> list[Token]:
    """Return the prepositional objects of the verb's direct object ("suspended relations
    with Israel": Israel)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return [
        g
        for o in objs
        for p in o.children
        if p.dep_ == "prep"
        for g in p.children
        if g.dep_ == "pobj"
    ]


# Subordinators of a clause set against the main one ("X sent doctors, while Y supplied tanks").
_CONTRAST_MARKS = frozenset(["while", "whereas", "whilst"])


def contrastive_clause(verb: Token) -> bool:
    """``Cuba provided doctors, while the Soviet Union supplied tanks``: an adverbial clause
    after its main verb, joined by "while"/"whereas", with its own subject and a simple tense,
    is a parallel act with its own participants (a progressive "while X was visiting Y" is a
    time and keeps them)."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i:
        return False
    return _contrast_with_own_subject(verb) and verb.tag_ != "VBG"


def _contrast_with_own_subject(clause: Token) -> bool:
    """Whether a clause is joined by "while"/"whereas" and has a subject of its own."""
    marked = any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in clause.children)
    return marked and has_own_subject(clause)


def parallel_clause_tokens(verb: Token, keep: Token) -> set[int]:
    """``while American aircraft were carrying arms to Israel, the Soviet Union had sent Syria
    arms``: return the tokens of the "while"/"whereas" clauses with a subject of their own
    hung on ``verb`` (not holding ``keep``), whatever their place and tense."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ == "advcl" and not _holds(c, keep) and _contrast_with_own_subject(c):
            out |= {t.i for t in c.subtree}
    return out


# Subordinators of a clause giving the time or the occasion of the main act ("when Chinese
# troops routed the Indian army, Washington sent arms to New Delhi").
_FRAME_MARKS = frozenset(["when", "as", "after", "before", "once", "until", "since"])


def framing_clause_tokens(verb: Token, keep: Token) -> set[int]:
    """``When Chinese troops routed the Indian army, Washington sent arms to New Delhi``:
    return the tokens of the adverbial clauses hung on ``verb`` (not holding ``keep``) that a
    time or occasion subordinator joins and that have a subject of their own."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ != "advcl" or _holds(c, keep):
            continue
        if _subordinate_with_subject(c, _FRAME_MARKS, ("mark", "advmod")):
            out |= {t.i for t in c.subtree}
    return out


def _subordinate_with_subject(
    clause: Token, marks: frozenset[str], mark_deps: tuple[str, ...]
) -> bool:
    """Return whether an adverbial clause is joined by one of ``marks`` (attached by one of
    ``mark_deps`` before its verb) and has a subject of its own: it tells an act of its own."""
    marked = any(
        g.dep_ in mark_deps and g.lower_ in marks and g.i < clause.i for g in clause.children
    )
    return marked and has_own_subject(clause)


_REFERENCE_PREPS = frozenset(["after", "before", "since", "following"])


def _reference_time(prep: Token) -> bool:
    """``signed a few weeks after Kissinger's journey``, ``talks, following his visit to X``,
    ``talked with Y, after which officials carried messages to X``: an earlier or later event
    used as a time reference; its participants are not parties."""
    if prep.dep_ == "advcl" and prep.pos_ == "VERB":
        return (
            _relative_time_clause(prep)
            or _other_act_clause(prep)
            or (
                prep.lower_ in _REFERENCE_PREPS
                and any(c.dep_ in ("pobj", "dobj") and c.pos_ == "NOUN" for c in prep.children)
            )
        )
    if prep.dep_ != "prep" or prep.lower_ not in _REFERENCE_PREPS:
        return False
    # "arrived in Beijing two days after receiving Gorbachev at Chequers": the gerund's act
    return any(
        (c.dep_ == "pobj" and c.pos_ == "NOUN") or (c.dep_ == "pcomp" and c.tag_ == "VBG")
        for c in prep.children
    )


# Subordinators of a clause telling another act, earlier, later or a cause ("broke off relations
# with X after Y signed a treaty with Z").
_OTHER_ACT_MARKS = frozenset(["after", "before", "since", "until", "because", "once"])


def _other_act_clause(verb: Token) -> bool:
    """``broke off relations with Egypt after Cairo signed a treaty with Israel``: return
    whether an adverbial clause with a subject of its own is joined by a subordinator of
    time or cause; it tells another act, whose participants are not the main act's."""
    if verb.i < verb.head.i:
        return False  # "After X took office, officials met": the scene the act is set in
    return _subordinate_with_subject(verb, _OTHER_ACT_MARKS, ("mark",))


def _relative_time_clause(verb: Token) -> bool:
    """Return whether an adverbial clause opens with "after which", "since when" and the like:
    what came after or before the main act, told as another act."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in _REFERENCE_PREPS
        and c.i < verb.i
        and any(p.lower_ in ("which", "when") for p in c.children)
        for c in verb.children
    )


def clause_tokens(root: Token, keep: Token, ctx: DocContext) -> tuple[Token, ...]:
    """Return the tokens of :func:`_clause_of` ``root`` keeping ``keep``, built once per
    document."""
    key = (root.i, keep.i)
    clause = ctx.clauses.get(key)
    if clause is None:
        clause = ctx.clauses[key] = tuple(_clause_of(root, keep))
    return clause


def clause_in_sentence(trigger: Trigger, sent: Span, ctx: DocContext) -> list[Token]:
    """Return the tokens of the trigger's clause that lie inside the sentence segment."""
    clause = clause_tokens(trigger.anchor, trigger.token, ctx)
    return [t for t in clause if sent.start <= t.i < sent.end]


def _clause_of(root: Token, keep: Token) -> list[Token]:
    """Return the subtree of ``root`` without embedded clauses (relative, adverbial, complement
    clauses), except the one containing ``keep``: their participants belong to other events."""

    def cut(c: Token) -> bool:
        if _holds(c, keep):
            return c.i in _stray_subjects(c.head)
        clause = (
            c.dep_ in _EMBEDDED
            or followed_by_participle(c)
            or _coordinated_clause(c)
            or contrastive_clause(c)
            or _second_predicate(c)
        )
        return (
            _reference_time(c)
            or c.i in _stray_subjects(c.head)
            or (clause and c.pos_ in ("VERB", "AUX"))
        )

    kept = _subtree_without(root, cut)
    seen = {t.i for t in kept}
    for obj in _participle_objects(root):
        kept.extend(t for t in _phrase_tokens(obj, keep) if t.i not in seen)
    return kept


def _participle_objects(verb: Token) -> list[Token]:
    """``China recognized the State of Palestine proclaimed by the PLO``: the parser may read
    an object followed by a participle as the subject of a clausal complement; return such
    subjects of ``verb``'s participle complements (tagged so or with a "by" agent, with no
    auxiliary; the subject standing between the verb and the participle) when the verb has
    no object of its own."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    out: list[Token] = []
    for c in verb.children:
        participle = c.tag_ == "VBN" or any(a.dep_ == "agent" for a in c.children)
        if c.dep_ != "ccomp" or c.i < verb.i:
            continue
        if any(a.dep_ in ("aux", "auxpass") for a in c.children):
            continue
        subjects = [s for s in c.children if s.dep_ == "nsubj" and verb.i < s.i < c.i]
        # "recognised the State of Palestine proclaimed in Algiers", the participle read as a
        # past tense: a name right after the verb, with no "that", is its object
        named = (
            c.tag_ == "VBD"
            and not any(a.dep_ == "mark" for a in c.children)
            and all(s.pos_ == "PROPN" and s.i <= verb.i + 2 for s in subjects)
        )
        if participle or named:
            out.extend(subjects)
    return out


def orphan_subject_tokens(anchor: Token, sent: Span) -> list[Token]:
    """Return the words before a subjectless main verb in its sentence segment.

    A finite main clause always has a subject; when the parser attached it elsewhere (a
    sentence-initial date glued to the names, a heading glued to the sentence), the names
    before the verb are the subject. Names the parser hung under a fronted phrase of the
    verb (or of the verb it is conjoined to), or stranded before a subjectless conjoined verb,
    are part of its subject; these two checks run first, whatever subject the parse gives.
    """
    stray = (
        _stranded_conjunct_subject(anchor)
        or _names_under_fronted_phrase(anchor)
        or _appositive_subject(anchor)
    )
    if stray:
        return [t for t in stray if sent.start <= t.i < sent.end]
    node = anchor
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        if has_own_subject(node):
            return []
        node = node.head
        fronted = _names_under_fronted_phrase(node)  # "... travelled to Y and held talks"
        if fronted:
            return [t for t in fronted if sent.start <= t.i < sent.end]
    if node.dep_ != "ROOT" or node.pos_ not in ("VERB", "AUX") or node.tag_ not in _FINITE:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in node.children):
        return []
    return [t for t in sent if t.i < node.i]


def _stranded_conjunct_subject(verb: Token) -> list[Token]:
    """``It joined X, and in November A and B, prime minister since 1955, travelled to Y``:
    return the words between the "and" and a subjectless conjoined verb when the parser hung
    the names there elsewhere (under a preposition); they are the verb's own subject. Empty
    when the verb has a subject, the words hold another verb or no proper name."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in _FINITE:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    cc = [c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
    if not cc:
        return []
    words = list(verb.doc[cc[-1].i + 1 : verb.i])
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return []
    names = [t for t in words if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")]
    if not any(t.dep_ in ("pobj", "conj") and t.head.i in {w.i for w in words} for t in names):
        return []
    return words


def _appositive_subject(verb: Token) -> list[Token]:
    """``Following the failed August coup, Denmark re-established relations``: the parser may
    read the subject and the verb after a fronted phrase as two appositions of its noun; return
    the words of a proper name hung so right before a subjectless verb hung so (empty
    otherwise)."""
    if verb.dep_ != "appos" or verb.pos_ not in ("VERB", "AUX") or verb.i == 0:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    name = verb.doc[verb.i - 1]
    while name.dep_ == "compound" and name.head.i < verb.i:
        name = name.head
    if name.pos_ != "PROPN" or name.dep_ != "appos" or name.head.i != verb.head.i:
        return []
    return list(name.subtree)


def _names_under_fronted_phrase(verb: Token) -> list[Token]:
    """``in January 1966 Ayub and the Indian Prime Minister, X, travelled to Y``: return the
    names the parser hung as an unlabelled dependent under a prepositional phrase fronted
    before ``verb`` (with their conjuncts); they belong to its subject."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for name in prep.children:
            if name.dep_ == "dep" and name.pos_ == "PROPN" and name.i > prep.i:
                out.extend(name.subtree)
    return sorted(out, key=lambda t: t.i)


_LOCATIVE_RELATIVES = frozenset(["where", "which", "whom"])


def _locative_relative(clause: Token) -> bool:
    """``the meetings at which the ministers turned ...``, ``the summit where X and Y ...``: a
    relative clause joined by a place or time relative, telling what happened at the event."""
    for c in clause.children:
        if c.dep_ == "advmod" and c.lower_ == "where":
            return True
        if c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ in _LOCATIVE_RELATIVES for g in c.children
        ):
            return True
    return False


def _meeting_clause_subjects(trigger: Trigger) -> list[Token]:
    """Return the subjects of the relative clauses that tell what happened at a meeting ("the
    meetings at which the foreign ministers, A of Iran and B of Iraq, turned the communiqué
    into a treaty"): the people who met."""
    if trigger.type != "MEET" or trigger.token.pos_ != "NOUN":
        return []
    out: list[Token] = []
    for clause in trigger.token.children:
        if clause.dep_ == "relcl" and _locative_relative(clause):
            for s in clause.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    out.extend(s.subtree)
    return out


def their_meeting_subject(trigger: Trigger) -> list[Token]:
    """``At their meeting in Vienna, Kennedy and Khrushchev agreed ...``, ``the four heads of
    government had agreed at their meeting in October``: a meeting owned by "their" in a
    phrase on a verb is the meeting of that verb's plural subject (a coordination or a plural
    noun), not of the venue or the context; return the subject's tokens (empty otherwise)."""
    noun = trigger.token
    if trigger.type != "MEET" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return []
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return []
    prep, verb = noun.head, noun.head.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Token] = []
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children):
            out.extend(subj.subtree)
    return out


# Acts promised to someone: "assured X of the support of Y", "assured X of aid".
_PROMISED_TYPES = frozenset(["EXPRESS_SUPPORT", "PROVIDE_AID"])


def _assuring_verb(trigger: Trigger) -> Token | None:
    """Return the verb of which a nominal act of support or aid is the "of" object after a
    person or state object ("assured me of the full support of the people", "assured Egypt of
    economic aid"): the one assured is the act's recipient. None otherwise."""
    noun = trigger.token
    if trigger.type not in _PROMISED_TYPES or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    prep = noun.head
    verb = prep.head
    if prep.lower_ != "of" or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    return verb if any(c.dep_ in ("dobj", "dative") for c in verb.children) else None


def assurance_tokens(trigger: Trigger) -> tuple[list[Token], list[Token]]:
    """Return the subject and the object phrases of :func:`_assuring_verb` (the one who gives
    the assurance, a source of the act, and the one assured, its recipient); empty lists when
    the trigger is no act assured to someone."""
    verb = _assuring_verb(trigger)
    if verb is None:
        return [], []
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    objects = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree]
    return subjects, objects


def core_tokens(trigger: Trigger, ctx: DocContext, sent: Span | None = None) -> list[Token]:
    seen: dict[int, Token] = {t.i: t for t in clause_tokens(trigger.anchor, trigger.token, ctx)}
    for phrase in assurance_tokens(trigger):
        seen.update((t.i, t) for t in phrase)
    for t in _meeting_clause_subjects(trigger) + their_meeting_subject(trigger):
        seen[t.i] = t
    for t in clause_tokens(trigger.token, trigger.token, ctx):
        seen[t.i] = t
    for t in subject_tokens(trigger.anchor) + stranded_agents(trigger.anchor):
        seen[t.i] = t
    for t in _prepositional_antecedent(trigger.anchor) + _ended_agreement_partners(trigger):
        seen[t.i] = t
    for t in joined_signer_tokens(trigger):
        seen[t.i] = t
    for t in demanded_party_tokens(trigger) + position_author_tokens(trigger):
        seen[t.i] = t
    for i in position_content_indices(trigger):
        seen.pop(i, None)
    if sent is not None:
        for t in orphan_subject_tokens(trigger.anchor, sent):
            seen[t.i] = t
        # a heading or paragraph the parser glued to the sentence is not part of it
        seen = {i: t for i, t in seen.items() if sent.start <= i < sent.end}
    kept = {i: t for i, t in seen.items() if i not in trigger.excluded}
    # the signers of the noun's own participle, though the parser hung part of their list on
    # the noun as conjuncts (which the noun's trigger leaves to other agreements)
    kept.update((t.i, t) for t in _participle_signers(trigger) if sent is None or t in sent)
    return [t for _i, t in sorted(kept.items()) if not ctx.in_quotation(t.idx)]


def _backed_positions(trigger: Trigger) -> list[Token]:
    """Return the positions or proposals an EXPRESS_SUPPORT trigger verb backs as objects."""
    if trigger.type != "EXPRESS_SUPPORT":
        return []
    return [
        o
        for o in trigger.anchor.children
        if o.dep_ == "dobj" and lemma_of(o) in SUPPORT_OBJECT_NOUNS
    ]


def position_content_indices(trigger: Trigger) -> set[int]:
    """``supported the position Mr. Callaghan had set out, majority rule in Rhodesia``: the
    apposition stating what an owned position says names its subject matter, no party; return
    its token indices (the position's owner is told by a possessor or a relative clause)."""
    out: set[int] = set()
    verb = trigger.anchor
    for pos in _backed_positions(trigger):
        if not any(c.dep_ in ("poss", "relcl") for c in pos.children):
            continue
        apps = [c for c in pos.children if c.dep_ == "appos"]
        # the parser may hang the apposition on the verb as a noun conjunct with no "and"
        if not any(c.dep_ == "cc" for c in verb.children):
            apps += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        for app in apps:
            if app.i > pos.i and app.doc[app.left_edge.i - 1].text == ",":
                out.update(t.i for t in app.subtree)
    return out


def position_author_tokens(trigger: Trigger) -> list[Token]:
    """``supported the position Norway had taken``, ``backed the proposals which the Soviet
    Union had put forward``: the subject of a relative clause on a backed position or proposal
    is the party backed; return its tokens (empty for other triggers)."""
    backed = _backed_positions(trigger)
    return [
        t
        for o in backed
        for r in o.children
        if r.dep_ == "relcl"
        for s in r.children
        if s.dep_ == "nsubj" and s.pos_ != "PRON"
        for t in s.subtree
    ]


# Words of demanding something of a state: "Cuba's demand that the US lift its embargo".
_DEMAND_WORDS = frozenset(["demand", "insist", "insistence", "call", "request"])


# Links from a support down to the demand it backs: "support for X's demand", "backed X's
# demand", "supported X in demanding".
_DEMAND_LINKS = frozenset(["dobj", "pobj", "prep", "pcomp"])


def demanded_party_tokens(trigger: Trigger) -> list[Token]:
    """``voiced its support for Cuba's demand that the United States lift its embargo``,
    ``supported France in demanding that the United States stop the bombing``: the subject of
    the clause a backed demand makes of someone names the state it is made against; return
    that subject's tokens (empty when the support backs no such demand)."""
    if trigger.type != "EXPRESS_SUPPORT":
        return []
    tops = {trigger.token.i, trigger.anchor.i}
    words = [w for w in trigger.anchor.subtree if _backed_demand(w, tops)]
    return _demanded_subjects(words)


def conjoined_stance_tokens(trigger: Trigger) -> list[Token]:
    """``backed Amin and demanded that Tanzania withdraw``, ``stood with Cuba and condemned the
    crimes of the Chilean junta``, ``supported Ethiopia and did not accept the Somali claims``,
    ``vetoed Kuwait's application, supporting Qasim's claim``: a demand, a condemnation or a
    refusal the backer makes in the same breath names the state it is made against (the
    subject of the demanded clause; the possessor, nationality or "of" object of what is
    condemned or refused); return those tokens."""
    if trigger.type != "EXPRESS_SUPPORT":
        return []
    conjoined = stance_conjuncts(trigger.anchor)
    out = _demanded_subjects(conjoined)
    for verb in conjoined + _governing_act(trigger.anchor):
        if verb.lemma_.lower() in CONDEMNING_VERBS or _refuses(verb):
            out.extend(_condemned_party_tokens(verb))
    return out


# Verbs refusing what another state claims or asks: "vetoed Kuwait's application", "rejected
# the Somali claims"; and verbs refusing it when negated: "did not accept the Somali claims".
_REFUSING_VERBS = frozenset(["reject", "veto", "refuse", "oppose"])
_ACCEPTING_VERBS = frozenset(["accept", "recognise", "recognize"])


def _refuses(verb: Token) -> bool:
    """Return whether ``verb`` refuses its object ("rejected", "vetoed", "did not accept")."""
    lemma = verb.lemma_.lower()
    if lemma in _REFUSING_VERBS:
        return True
    return lemma in _ACCEPTING_VERBS and any(c.dep_ == "neg" for c in verb.children)


def _governing_act(verb: Token) -> list[Token]:
    """``vetoed Kuwait's application, supporting Qasim's claim``: the act a subjectless
    participle clause of the same actor hangs on (empty for any other verb)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or has_own_subject(verb):
        return []
    return [head] if head.pos_ == "VERB" and head.i < verb.i else []


def _demanded_subjects(words: list[Token]) -> list[Token]:
    """Return the tokens of the named subjects of the "that" clauses of the demand words among
    ``words`` ("demand that the United States lift its embargo")."""
    out: list[Token] = []
    for word in words:
        if word.lemma_.lower() not in _DEMAND_WORDS:
            continue
        for clause in word.children:
            if clause.dep_ not in ("acl", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
                continue
            if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                continue
            for s in clause.children:
                if s.dep_ == "nsubj" and s.pos_ == "PROPN":
                    out.extend(s.subtree)
    return out


def stance_conjuncts(verb: Token) -> list[Token]:
    """Return the verbs conjoined to ``verb`` that share its subject (the verb it hangs on,
    and the verbs hung on it with no subject of their own): what the same actor did in the
    same breath ("backed Amin and demanded ...", "condemned the invasion and declared its
    solidarity with Hanoi")."""
    out = [
        c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not has_own_subject(c)
    ]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not has_own_subject(verb):
        out.append(verb.head)
    return out


def _condemned_party_tokens(verb: Token) -> list[Token]:
    """``condemned the crimes of the Chilean junta``, ``denounced Beijing's aggression``: the
    possessor or nationality of what is condemned, or its "of" object with its own modifiers
    (not a clause on it: "the policy of non-intervention pursued by London"), names the
    opposed state."""
    out: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        named = [c for c in obj.children if c.dep_ in ("poss", "amod", "compound")]
        named += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        for n in named:
            out.append(n)
            out.extend(t for c in n.children if c.dep_ in ("poss", "amod", "compound")
                       for t in c.subtree)  # fmt: skip
    return out


def _backed_demand(word: Token, tops: set[int]) -> bool:
    """Return whether a demand word hangs on the support (``tops``: its trigger and anchor)
    through objects and prepositions only, at most three links up."""
    if word.lemma_.lower() not in _DEMAND_WORDS:
        return False
    node = word
    for _ in range(3):
        if node.dep_ not in _DEMAND_LINKS or node.head.i == node.i:
            return False
        node = node.head
        if node.i in tops:
            return True
    return False


def _ended_agreement_partners(trigger: Trigger) -> list[Token]:
    """``cancelled the agreement it signed with Israel``: the partner a relative clause on the
    ended agreement names ("with X") is a party of its ending; return that phrase's tokens."""
    if trigger.type != "TERMINATE_AGREEMENT":
        return []
    out: list[Token] = []
    for obj in trigger.anchor.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in AGREEMENT_NOUNS:
            continue
        for clause in obj.children:
            if clause.dep_ in ("relcl", "acl") and clause.pos_ == "VERB":
                for p in clause.children:
                    if p.dep_ == "prep" and p.lower_ == "with":
                        out.extend(p.subtree)
    return out


def _prepositional_antecedent(verb: Token) -> list[Token]:
    """``the Soviet Union, with which Bonn established relations``, ``the country to which he
    paid his first visit``: a relative clause opened by a preposition and "which"/"whom" takes
    its antecedent as that preposition's object; return the antecedent's name (the head and
    the words before it), or nothing."""
    if verb.dep_ != "relcl":
        return []
    relative = any(
        p.dep_ == "prep"
        and any(o.dep_ == "pobj" and o.lower_ in ("which", "whom") for o in p.children)
        for p in verb.children
    )
    head = verb.head
    if not relative or head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [t for t in head.subtree if t.i <= head.i]


def mentions_of(tokens: list[Token], ctx: DocContext) -> list[Mention]:
    out: list[Mention] = []
    seen: set[int] = set()
    for t in tokens:
        m = ctx.mention_at(t)
        if m is not None and m.start not in seen:
            seen.add(m.start)
            out.append(m)
    return out


# Prepositions naming an agreement as the means of an act: "By the treaty signed in 1809,
# Sweden ceded ...", "Under the accord concluded at Lausanne, Greece and Turkey ...".
_INSTRUMENT_PREPS = frozenset(["by", "under", "through"])
# Acts whose object is a territory handed over, no party: "ceded Finland to Russia".
_HANDING_VERBS = frozenset(
    ["cede", "transfer", "hand", "give", "sell", "return", "surrender", "lease", "restore", "yield"]
)


def _instrument_phrase(noun: Token) -> Token | None:
    """Return the "by/under/through" phrase whose object is the agreement ``noun``, or None."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.lower_ in _INSTRUMENT_PREPS:
        return head
    return None


def _act_by_agreement(trigger: Trigger) -> tuple[Token, Token] | None:
    """Return the act an agreement whose signing ``trigger`` tells is the means of, with the
    phrase naming the agreement: "Austria ceded" for "By the Peace of Vienna, signed on 3
    October 1866, Austria ceded ...", "was bound" for "was bound to Iraq by the treaty signed
    in Baghdad", however the parser hung the phrase (on the act, or on the participle that it
    made a clause of the act)."""
    if trigger.type != "SIGN_AGREEMENT":
        return None
    anchor = trigger.anchor
    if anchor.pos_ in ("NOUN", "PROPN"):
        noun: Token = anchor
    elif lemma_of(anchor) in SIGNING_VERBS and anchor.tag_ in ("VBN", "VBD"):
        before = anchor.doc[anchor.i - 1] if anchor.i > 0 else anchor
        if anchor.dep_ == "acl":
            noun = anchor.head
        elif lemma_of(before) in COMPACT_NOUNS and not has_own_subject(anchor):
            # "under the alliance concluded with X": a reduced relative the parser made a
            # clause of its own
            noun = before
        else:
            # "By the Peace of Vienna, signed ..., Austria ceded": the phrase on the participle
            phrases = [
                c
                for c in anchor.children
                if c.i < anchor.i
                and c.dep_ in ("prep", "agent")
                and c.lower_ in _INSTRUMENT_PREPS
                and any(lemma_of(o) in COMPACT_NOUNS for o in c.children if o.dep_ == "pobj")
            ]
            act = anchor.head
            if phrases and anchor.dep_ in ("advcl", "ccomp") and act.i > anchor.i:
                return act, phrases[0]
            return None
    else:
        return None
    if lemma_of(noun) not in COMPACT_NOUNS:
        return None
    phrase = _instrument_phrase(noun)
    if phrase is None or phrase.head.i == anchor.i:
        return None
    if phrase.head.pos_ in ("VERB", "AUX") or _bound_by(phrase.head):
        return phrase.head, phrase
    return None


# What a state holds under an agreement: "Germany's obligations under the alliance".
_BOND_NOUNS = frozenset(
    ["obligation", "commitment", "right", "duty", "pledge", "undertaking", "engagement"]
)


def _bound_by(noun: Token) -> bool:
    """``Germany's obligations under the alliance``, ``its commitments under the treaty``: a
    state's bond held under an agreement, told with a possessor."""
    return (
        noun.pos_ == "NOUN"
        and lemma_of(noun) in _BOND_NOUNS
        and any(c.dep_ == "poss" for c in noun.children)
    )


def _object_phrase(obj: Token) -> list[Token]:
    """Return the words of an object naming a state ("the Kingdom of Italy", "Estonia's
    independence"), without its other phrases ("French claims in Morocco": not Morocco)."""
    return _subtree_without(
        obj, lambda c: (c.dep_ == "prep" and c.lower_ != "of") or c.dep_ in ("relcl", "acl")
    )


def instrument_party_tokens(trigger: Trigger) -> list[Token]:
    """``By the convention signed in London in 1861, Britain, France and Spain agreed ...``,
    ``Under the treaty concluded in 1923, Greece and Turkey exchanged ...``, ``By the Peace of
    Pressburg, signed in 1805, Austria ceded Venetia to France``, ``was bound to Iraq by the
    treaty signed in 1972``: an agreement told as the means of an act binds the states that
    act and those the act is done to or with; return the tokens of that act's subject, its
    "to"/"with" phrases and its object (not the territory a handing-over verb's object names).
    ``Germany's obligations under the alliance concluded with Austria``: the holder of a bond
    under the agreement. Empty when the signing is no such means."""
    found = _act_by_agreement(trigger)
    if found is None:
        return []
    act, phrase = found
    if act.pos_ == "NOUN":
        # "Germany's obligations under the alliance concluded with Austria-Hungary": the holder
        holder = [t for c in act.children if c.dep_ == "poss" for t in c.subtree]
        governing = governing_verb(act)
        if any(t.lower_ in ("its", "their") for t in holder) and governing is not None:
            # "Japan insisted on its rights under the treaty": the subject it stands for
            holder = list(subject_tokens(governing))
        return holder
    out = list(subject_tokens(act))
    # "Austria ceded the province and recognised the Kingdom of Italy": each conjoined act
    acts = [act, *(c for c in act.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for verb in acts:
        for c in verb.children:
            if c.i == phrase.i:
                continue
            if c.dep_ == "prep" and c.lower_ in ("to", "with"):
                out.extend(c.subtree)
            elif c.dep_ in ("dobj", "dative") and lemma_of(verb) not in _HANDING_VERBS:
                out.extend(_object_phrase(c))
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)


# Verbs of joining others in an act: "Oman joined Saudi Arabia and Kuwait in signing ...".
_JOINING_VERBS = frozenset(["join"])


def _joining_verb(trigger: Trigger) -> tuple[Token, Token] | None:
    """Return the verb of "A joined B and C in signing the charter" / "in the Triple
    Alliance, a treaty signed ..." over a signing trigger, with its "in" phrase."""
    node = trigger.anchor
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and lemma_of(node) in _JOINING_VERBS:
            break
    else:
        return None
    for c in node.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
        if any(lemma_of(o) in SIGNING_VERBS or lemma_of(o) in COMPACT_NOUNS for o in objs):
            return node, c
    return None


def joined_signer_tokens(trigger: Trigger) -> list[Token]:
    """``Oman joined Saudi Arabia, Kuwait and Qatar in signing the charter``, ``Italy joined
    Germany and Austria-Hungary in the Triple Alliance, a treaty signed in 1882``: the states
    the subject joined in a signing, or in an agreement, sign it with the subject; return the
    tokens of the joining verb's subject and of its objects before the "in" phrase (empty when
    the signing is no such joint act)."""
    if trigger.type != "SIGN_AGREEMENT":
        return []
    found = _joining_verb(trigger)
    if found is None:
        return []
    verb, phrase = found
    out = list(subject_tokens(verb))
    for c in verb.children:
        if c.dep_ == "dobj" and c.i < phrase.i:
            out.extend(_phrase_tokens(c, c))
    return out
