"""Parties named by pronouns and descriptions ("it", "he", "him", "in his presence", "the
country"): what they point back to in the sentence, the paragraph or the document."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Span, Token

from diplomatica.nlp.events.clauses import (
    agent_tokens,
    clause_in_sentence,
    clause_tokens,
    glued_before,
    stance_conjuncts,
    subject_tokens,
)
from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.lexicon import (
    AGGRESSION_NOUNS,
    CONDEMNING_VERBS,
    PERSON_GROUP_NOUNS,
    SPEECH_VERBS,
)
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.agreements import agreement_subject
from diplomatica.nlp.events.triggers.syntax import has_own_subject, verbs_above

_PERSON_PRONOUNS = frozenset(["he", "she"])
_PRONOUN_KINDS = {"he": ("person",), "she": ("person",), "it": ("state", "organization")}


def pronoun_subject_state(
    trigger: Trigger, ctx: DocContext, sent: Span, subj: set[int]
) -> str | None:
    """``The Soviet Union voted for the plan. It recognised Israel ...``, ``She met Nixon``: a
    pronoun subject continues the subject of the paragraph's previous sentence; return that
    subject's state when it is a state (for "it") or a person (for "he"/"she")."""
    subjects = (ctx.doc[i] for i in sorted(subj))
    pronoun = _unnamed_pronoun(subjects, _PRONOUN_KINDS.keys(), ("nsubj", "nsubjpass"), ctx)
    if pronoun is None:
        return None
    kinds = _PRONOUN_KINDS[pronoun.lower_]
    if pronoun.lower_ in _PERSON_PRONOUNS:
        return _state_of_kind(person_antecedent(pronoun, ctx, sent), kinds)
    m = _conjoined_clause_subject(pronoun, ctx)
    if m is None:
        m = _governing_subject(pronoun, ctx, kinds) or _glued_clause_subject(pronoun, ctx, kinds)
    if m is None:
        m = _previous_subject(ctx, sent)
    return _state_of_kind(m, kinds)


def conjoined_pronoun_state(ctx: DocContext, sent: Span, subj: set[int]) -> str | None:
    """``when he and President Sadat had held talks``: a "he"/"she" conjoined with a named
    person in the subject is one more doer; return the state of the person it stands for
    (None when the subject holds no such pronoun or it points to nobody known)."""
    for t in (ctx.doc[i] for i in sorted(subj)):
        if t.lower_ not in _PERSON_PRONOUNS or ctx.mention_at(t) is not None:
            continue
        partners = [c for c in t.children if c.dep_ == "conj"]
        if t.dep_ == "conj":
            partners.append(t.head)
        if any(ctx.mention_at(p) is not None for p in partners):
            return _state_of_kind(person_antecedent(t, ctx, sent), ("person",))
    return None


_POSSESSIVE_PRONOUNS = frozenset(["his", "her"])


def possessor_pronoun_state(
    trigger: Trigger, ctx: DocContext, sent: Span, subj: set[int]
) -> str | None:
    """``He recalled his first visit to X``, ``X went to Y, where his government signed ...``:
    a "his"/"her" possessing the doer's phrase (the nominal act itself or its subject noun)
    stands for a person; return that person's state (None when it points to nobody known)."""
    pronoun = next(
        (
            t
            for t in (ctx.doc[i] for i in sorted(subj))
            if t.lower_ in _POSSESSIVE_PRONOUNS
            and t.dep_ == "poss"
            and ctx.mention_at(t) is None
            and (t.head.i == trigger.token.i or t.head.dep_ in ("nsubj", "nsubjpass"))
        ),
        None,
    )
    if pronoun is None:
        return None
    found, m = _clause_person(pronoun, ctx, sent)
    if found:
        return _state_of_kind(m, ("person",))
    titled = _titled_subject_state(pronoun, ctx)
    if titled is not None:
        return titled
    return _state_of_kind(person_antecedent(pronoun, ctx, sent), ("person",))


def _titled_subject_state(pronoun: Token, ctx: DocContext) -> str | None:
    """``The Russian Minister told me that his Government would support Serbia``: an unnamed
    official qualified by a nationality, subject of a clause the pronoun depends on, is the
    one the pronoun stands for; return that nationality's state (None when no clause above
    has such a subject)."""
    for node in verbs_above(pronoun, 12):
        for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.i <= pronoun.i <= subj.right_edge.i or ctx.mention_at(subj) is not None:
                continue
            if subj.lower_ not in PERSON_GROUP_NOUNS or subj.tag_ not in ("NN", "NNP"):
                continue
            for mod in (c for c in subj.children if c.dep_ in ("amod", "compound")):
                m = ctx.mention_at(mod)
                if m is not None and m.ref.kind == "state" and m.state:
                    return m.state
    return None


def person_antecedent(pronoun: Token, ctx: DocContext, sent: Span) -> Mention | None:
    """Return the person a "he"/"his"/"she"/"her" stands for: the named subject of a clause
    of the same sentence it depends on or that is glued before it ("Clinton flew in from
    Cairo, where he had held talks", "Bishop flew to X; he was received"), through that
    subject when it is a pronoun too; else the person the paragraph's previous sentences are
    about (None when neither names a person)."""
    m = _conjoined_clause_subject(pronoun, ctx) if pronoun.dep_ in ("nsubj", "nsubjpass") else None
    if m is not None:
        return m if m.ref.kind == "person" else None
    found, m = _clause_person(pronoun, ctx, sent)
    if found:
        return m
    m = _previous_subject(ctx, sent)
    if m is not None and m.ref.kind == "person":
        return m
    return _previous_person(ctx, sent)


def _clause_person(pronoun: Token, ctx: DocContext, sent: Span) -> tuple[bool, Mention | None]:
    """Climb from ``pronoun`` through the clauses it depends on: the first one with a named
    person subject (or a clause glued before the pronoun with one) gives the person; one whose
    subject is "he"/"she" gives that pronoun's person ("He recalled his visit"). Return
    whether a clause decided, and the person (None when a pronoun subject points nowhere)."""
    for node in verbs_above(pronoun, 12):
        for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
            if pronoun.i in {t.i for t in subj.subtree}:
                continue
            m = ctx.mention_at(subj) or title_holder(subj, ctx)
            if m is not None and m.ref.kind == "person":
                return True, m
            if m is None and subj.lower_ in _PERSON_PRONOUNS and subj.i < pronoun.i:
                return True, person_antecedent(subj, ctx, sent)
        named = _earlier_clause_subject(node, pronoun, ctx, ("person",), whole=True)
        if named is not None:
            return True, named
        earlier = _earlier_clause_pronoun(node, pronoun, ctx)
        if earlier is not None:
            return True, person_antecedent(earlier, ctx, sent)
    return False, None


def _earlier_clause_pronoun(verb: Token, pronoun: Token, ctx: DocContext) -> Token | None:
    """``When A visited B, he seems to have left ...; later he was received in C``: return the
    unnamed "he"/"she" subject of a clause hung on ``verb`` wholly before ``pronoun`` (it
    stands for the same person), or None."""
    for clause in verb.children:
        if clause.dep_ not in _EARLIER_CLAUSES or clause.right_edge.i >= pronoun.i:
            continue
        subj = _unnamed_pronoun(clause.children, _PERSON_PRONOUNS, ("nsubj", "nsubjpass"), ctx)
        if subj is not None:
            return subj
    return None


# Clauses hung on a verb that may stand before its subject pronoun and name its person.
_EARLIER_CLAUSES = frozenset(["ccomp", "parataxis", "advcl"])


def _glued_clause_subject(
    pronoun: Token, ctx: DocContext, kinds: tuple[str, ...]
) -> Mention | None:
    """``A was quick to resent it: in 1987 it expelled ...``: a clause before a colon or a
    semicolon that the parser hung on the pronoun's verb is the previous clause; "it" continues
    its named subject (None when it names none)."""
    return _earlier_clause_subject(pronoun.head, pronoun, ctx, kinds, whole=False)


def _earlier_clause_subject(
    verb: Token, pronoun: Token, ctx: DocContext, kinds: tuple[str, ...], whole: bool
) -> Mention | None:
    """Return the named subject (one of ``kinds``) of the first clause hung on ``verb`` as a
    clausal complement or parataxis that stands before ``pronoun`` (its head does, or with
    ``whole`` all of it), or as an adverbial clause wholly before it ("When A visited B, he
    ..."); None when no such clause names one."""
    for clause in verb.children:
        end = clause.right_edge.i if whole or clause.dep_ == "advcl" else clause.i
        if clause.dep_ not in _EARLIER_CLAUSES or end >= pronoun.i:
            continue
        named = _named_subject(clause, ctx, kinds)
        if named is not None:
            return named
    return None


def _governing_subject(pronoun: Token, ctx: DocContext, kinds: tuple[str, ...]) -> Mention | None:
    """``A has lost its doctrine, under which it broke off relations with B``, ``A lost allies,
    although it recognised C``: "it" as the subject of a dependent clause continues the named
    subject of a clause it depends on, when that names a state (None otherwise)."""
    named = (_named_subject(verb, ctx, kinds) for verb in _governing_verbs(pronoun.head, 8))
    return next((m for m in named if m is not None), None)


def _governing_verbs(verb: Token, steps: int) -> list[Token]:
    """Return the verbs among the first ``steps`` heads above ``verb``, nearest first, up to a
    clause glued before a semicolon (see :func:`glued_before`): what follows it is another
    sentence, whose subject the pronoun does not continue."""
    out: list[Token] = []
    node = verb
    for _ in range(steps):
        if node.head.i == node.i or glued_before(node):
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            out.append(node)
    return out


def _named_subject(verb: Token, ctx: DocContext, kinds: tuple[str, ...]) -> Mention | None:
    """Return the mention of one of ``kinds`` that is a subject of ``verb``, if any."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        m = ctx.mention_at(subj)
        if m is not None and m.ref.kind in kinds:
            return m
    return None


def _unnamed_pronoun(
    tokens: Iterable[Token], words: Collection[str], deps: tuple[str, ...], ctx: DocContext
) -> Token | None:
    """Return the first of ``tokens`` that is one of the pronouns ``words`` in one of the
    subject relations ``deps``; None when there is none or a mention already names it."""
    pronoun = next((t for t in tokens if t.lower_ in words and t.dep_ in deps), None)
    return pronoun if pronoun is not None and ctx.mention_at(pronoun) is None else None


def _state_of_kind(m: Mention | None, kinds: tuple[str, ...]) -> str | None:
    """Return the state of ``m`` when it names an entity of one of ``kinds`` (else None)."""
    return m.state if m is not None and m.ref.kind in kinds else None


def _conjoined_clause_subject(pronoun: Token, ctx: DocContext) -> Mention | None:
    """``Castro visited A and B, and at Aden he brought X and Y together``: the pronoun subject
    of a clause conjoined to a main clause continues that clause's named subject (None when it
    names nothing)."""
    verb = pronoun.head
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    subjects = (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return next((m for m in map(ctx.mention_at, subjects) if m is not None), None)


def passive_pronoun_state(trigger: Trigger, ctx: DocContext, sent: Span) -> str | None:
    """``He flew to London and held talks with X, then went on to Y, where he was received by
    the junta leader``: "he", the one received, is the sentence's main subject, or, when that
    is a pronoun too, the previous sentence's; return that person's state."""
    pronoun = _unnamed_pronoun(trigger.anchor.children, _PERSON_PRONOUNS, ("nsubjpass",), ctx)
    if pronoun is None:
        return None
    return _state_of_kind(person_antecedent(pronoun, ctx, sent), ("person",))


def guest_pronoun_state(trigger: Trigger, ctx: DocContext, sent: Span) -> str | None:
    """``went on to Rome, where Pius IX granted her an audience``, ``the King gave him an
    audience``: the pronoun given the audience is the guest, never the host (the trigger's own
    subject); it stands for the person of a clause above the trigger's, or else the person the
    previous sentences are about. Return that person's state."""
    verb = trigger.anchor
    tokens = [*verb.children, *(o for p in verb.children if p.lower_ == "to" for o in p.children)]
    tokens += [
        o
        for a in verb.children
        if a.dep_ == "dobj"
        for p in a.children
        if p.lower_ == "to"
        for o in p.children
    ]
    pronoun = _unnamed_pronoun(tokens, _GUEST_PRONOUNS, ("dative", "pobj"), ctx)
    if pronoun is None:
        return None
    found, m = _clause_person(verb, ctx, sent)
    if not found:
        m = _previous_subject(ctx, sent)
        if m is None or m.ref.kind != "person":
            m = _previous_person(ctx, sent)
    return _state_of_kind(m, ("person",))


# Pronouns standing for the person an audience is given to: "granted her an audience".
_GUEST_PRONOUNS = frozenset(["him", "her"])


def title_holder(tok: Token, ctx: DocContext) -> Mention | None:
    """``Dr. Henry A. Kissinger, Secretary of State; ... The Secretary said``: an unlinked
    "the" + capitalised word standing alone names the last person named before it with a
    title opening with that word beside the name ("X, Secretary of State", "Secretary of
    State X"); return that person's mention (None when the word is no such title)."""
    doc = ctx.doc
    if ctx.mention_at(tok) is not None or tok.i == 0 or not tok.is_title:
        return None
    if doc[tok.i - 1].lower_ != "the" or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    if tok.i + 1 < len(doc) and (doc[tok.i + 1].is_title or doc[tok.i + 1].lower_ in _TIED):
        return None  # "the Secretary General", "the Minister of Defence"
    for m in ctx.mentions_before(tok.idx, 0):
        if m.ref.kind == "person" and _titled_beside(m, tok.text, ctx):
            return m
    return None


_TIED = frozenset(["of", "'s", "’s", "-", "for"])


def _titled_beside(m: Mention, word: str, ctx: DocContext) -> bool:
    """Return whether a title opening with ``word`` stands beside the name ``m``: after a
    comma following it, or as a run of capitalised words (and "of") right before it."""
    doc = ctx.doc
    if m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].text == word:
        return True
    i = m.start - 1
    while i >= 0 and (doc[i].is_title or doc[i].lower_ == "of") and m.start - i <= 4:
        if doc[i].text == word and (i == 0 or not doc[i - 1].is_title):
            return ctx.mention_at(doc[i]) is None
        i -= 1
    return False


def _previous_subject(ctx: DocContext, sent: Span) -> Mention | None:
    """Return the mention heading the main-clause subject of the paragraph's previous sentence
    (None when that subject names nothing, or the sentence opens its paragraph)."""
    para = ctx.paragraph_start(sent.start_char)
    i = sent.start - 1
    while i >= 0 and ctx.doc[i].idx >= para:
        tok = ctx.doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
            return ctx.mention_at(tok) or title_holder(tok, ctx)
        i -= 1
    return None


_CHAIN_SENTENCES = 3


def _previous_person(ctx: DocContext, sent: Span) -> Mention | None:
    """``That pattern was broken by A. On 23 April he ordered ... Early in May he flew ...``:
    "he" continues the person the paragraph's previous sentences are about: the named person
    subject of the nearest one, through sentences whose subject is "he"/"she" too, or the agent
    of a passive one. None when the nearest sentence names another subject."""
    para = ctx.paragraph_start(sent.start_char)
    i = sent.start - 1
    for _ in range(_CHAIN_SENTENCES):
        if i < 0 or ctx.doc[i].idx < para:
            return None
        prev = ctx.doc[i].sent
        root = prev.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not _names_person(prev, ctx):
            # "Moscow stepped in: ... He recalled": a sentence naming nobody leaves the
            # paragraph's person the topic
            i = prev.start - 1
            continue
        if subj is not None and subj.dep_ == "nsubjpass":
            agents = [g for c in agent_tokens(root) for g in c.children if g.dep_ == "pobj"]
            m = next((ctx.mention_at(g) for g in agents if ctx.mention_at(g) is not None), None)
            return m if m is not None and m.ref.kind == "person" else None
        if subj is not None and _is_cleft(subj):
            return _cleft_person(prev, ctx)
        named = (ctx.mention_at(subj) or title_holder(subj, ctx)) if subj is not None else None
        if named is None or named.ref.kind != "person":
            # "X went to Moscow; the two sides spoke of ...": the person subject of a clause
            # glued before the main one
            glued = (c for c in root.children if glued_before(c))
            named = next((m for c in glued if (m := _named_subject(c, ctx, ("person",)))), named)
        if subj is None or subj.lower_ not in _PERSON_PRONOUNS:
            return named
        if ctx.mention_at(subj) is not None:
            return ctx.mention_at(subj)
        i = prev.start - 1
    return None


def _is_cleft(subj: Token) -> bool:
    """Whether ``subj`` is the empty "it" of a cleft ("It was then that X intervened")."""
    return subj.lower_ == "it" and subj.head.lemma_ == "be"


def _cleft_person(sent: Span, ctx: DocContext) -> Mention | None:
    """``It was at this point that John Paul II intervened. He named ...``: the named person
    subject of the clause a cleft sentence stresses (None when it names none)."""
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != sent.root.i:
            m = ctx.mention_at(tok)
            if m is not None:
                return m if m.ref.kind == "person" else None
    return None


def _names_person(span: Span, ctx: DocContext) -> bool:
    """Return whether ``span`` mentions a person or holds a person pronoun."""
    return any(m.ref.kind == "person" for m in ctx.mentions_in(span.start, span.end)) or any(
        t.lower_ in ("he", "she", "his", "him", "her") for t in span
    )


def _partner_only_participle(trigger: Trigger) -> bool:
    """``Under an agreement signed with the United States, ...``: a participle naming only the
    partner of the act, with no subject or agent of its own."""
    verb = trigger.anchor
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "advcl")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    )


def topic_state(trigger: Trigger, ctx: DocContext, sent: Span) -> str | None:
    """Return the state the paragraph's previous sentence is about (its subject) when the
    trigger is a participle naming only its partner ("Somalia turned to the West. Under an
    agreement signed with the United States ..."): the unnamed party."""
    if not _partner_only_participle(trigger):
        return None
    return _state_of_kind(_previous_subject(ctx, sent), ("state",))


_OBJECT_PRONOUNS = frozenset(["him", "her"])


def object_pronoun_mentions(
    core: list[Token], ctx: DocContext, sent: Span, subj: set[int]
) -> list[Mention]:
    """``we signed a joint declaration with him``, ``talks were held with him by X``: "him" or
    "her" as an object stands for the person named last before it in the paragraph, outside
    the pronoun's own clause subject (one does not sign "with him" with oneself). Return the
    person mentions the object pronouns of ``core`` point back to."""
    para = ctx.paragraph_start(sent.start_char)
    out: list[Mention] = []
    for tok in core:
        if tok.lower_ not in _OBJECT_PRONOUNS or tok.dep_ not in ("pobj", "dobj", "dative"):
            continue
        if tok.i in subj or ctx.mention_at(tok) is not None:
            continue
        for m in ctx.mentions_before(tok.idx, para):
            if m.start in subj:
                continue
            if m.ref.kind == "person":
                out.append(m)
                break
    return out


_PRESENCE_NOUNS = frozenset(["presence", "chairmanship", "mediation"])


_PAIR_OF_PEOPLE = frozenset(
    ["men", "leaders", "statesmen", "presidents", "ministers", "premiers", "rulers", "heads"]
)


def _people_pair_subject(trigger: Trigger) -> bool:
    """``the two men met``, ``the two leaders signed``: a subject naming two people without
    their names (the last two people named)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lower_ in _PAIR_OF_PEOPLE
        and any(g.lower_ in ("two", "both") for g in c.children)
        for c in trigger.anchor.children
    )


def presence_holder(trigger: Trigger, ctx: DocContext, sent: Span) -> Mention | None:
    """Return the person in whose presence (or under whose chairmanship) a meeting took place
    when named by a pronoun ("the two men met in his presence"): the person named last before
    the sentence in the paragraph, after the two people a "two men" subject stands for."""
    if trigger.type not in ("MEET", "SIGN_AGREEMENT"):
        return None
    pronoun = next(
        (
            t
            for t in clause_tokens(trigger.anchor, trigger.token, ctx)
            if t.lower_ in ("his", "her")
            and t.dep_ == "poss"
            and t.head.lemma_.lower() in _PRESENCE_NOUNS
        ),
        None,
    )
    if pronoun is None:
        return None
    skip = 2 if _people_pair_subject(trigger) else 0
    para = ctx.paragraph_start(sent.start_char)
    seen: list[str] = []
    for m in ctx.mentions_before(sent.start_char, para):
        if m.ref.kind != "person" or m.ref.key in seen:
            continue
        if len(seen) == skip:
            return m
        seen.append(m.ref.key)
    return None


_ANAPHORIC_NOUNS = frozenset(
    ["country", "government", "nation", "republic", "kingdom", "island", "junta", "regime"]
)


def anaphoric_parties(trigger: Trigger, sent: Span, ctx: DocContext) -> bool:
    """Return whether the trigger's clause names a party by a singular definite description
    that points back to the state just mentioned ("sent aid to the country", "its treaty with
    the island"), or by "there" ("closed its embassy there"), rather than leaving it unsaid.
    Plurals ("the two countries") name the document's pair as often as the last two states
    and are left to the salience order."""
    for t in clause_in_sentence(trigger, sent, ctx):
        there = t.lower_ == "there" and t.dep_ == "advmod" and t.head.i == trigger.anchor.i
        if there and t.i > trigger.anchor.i:
            return True  # "closing its embassy there": the place just named
        if _former_dependency(t):
            return True
        if t.lemma_.lower() not in _ANAPHORIC_NOUNS:
            continue
        dets = {c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "predet")}
        if (
            t.tag_ == "NN"
            and dets == {"the"}
            and not any(c.dep_ in ("amod", "compound", "prep", "poss") for c in t.children)
        ):
            return True
    return False


def _former_dependency(noun: Token) -> bool:
    """``recognised its former province``, ``the former colony``: a state once ruled by
    another, named again after the text has just told of it."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in ("province", "colony", "protectorate"):
        return False
    return any(c.lower_ == "former" and c.dep_ == "amod" for c in noun.children)


# Adjectives that leave a description pointing back ("the new republic").
_PLAIN_ADJECTIVES = frozenset(["new", "young"])
_TITLE_NOUNS = frozenset(["republic", "kingdom", "federation", "union", "emirate", "sultanate"])


def described_state(trigger: Trigger, sent: Span, ctx: DocContext) -> str | None:
    """``A proclaimed the Yemen Arab Republic. ... It recognised the republic``: a definite
    "the (new) republic/kingdom" in the trigger's clause names the state last mentioned, in the
    whole document before it, by a name holding that noun; return its state (None when the
    clause holds no such description or no earlier name holds the noun)."""
    subject = [t for t in subject_tokens(trigger.anchor) if sent.start <= t.i < sent.end]
    for t in [*clause_in_sentence(trigger, sent, ctx), *subject]:
        noun = t.lemma_.lower()
        if _bare_peoples_republic(t, ctx):
            last = _last_named(ctx, t.idx, "people's republic")
            if last is not None:
                return last
            continue
        if noun not in _TITLE_NOUNS or t.tag_ != "NN" or ctx.mention_at(t) is not None:
            continue
        dets = {c.lower_ for c in t.children if c.dep_ == "det"}
        others = [c for c in t.children if c.dep_ in ("amod", "compound", "prep", "poss")]
        if dets != {"the"} or any(c.lower_ not in _PLAIN_ADJECTIVES for c in others):
            continue
        named = [m for m in ctx.mentions_before(t.idx, 0) if m.state and m.ref.kind == "state"]
        for m in named:
            if noun in m.text.lower().split():
                return m.state
    return None


def _bare_peoples_republic(t: Token, ctx: DocContext) -> bool:
    """Return whether ``t`` heads an unlinked "the People's Republic" with no "of" phrase."""
    return (
        t.lower_ == "republic"
        and ctx.mention_at(t) is None
        and any(c.dep_ == "poss" and c.lower_ == "people" for c in t.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
    )


def _last_named(ctx: DocContext, before_char: int, words: str) -> str | None:
    """Return the state of the last state mention before ``before_char`` in the document whose
    name holds ``words`` (None when no earlier name does)."""
    for m in ctx.mentions_before(before_char, 0):
        if m.state and m.ref.kind == "state" and words in m.text.lower().replace("\u2019", "'"):
            return m.state
    return None


def recent_states(
    ctx: DocContext, before_char: int, exclude: list[str], limit: int, salient_first: bool = True
) -> list[str]:
    """Return up to ``limit`` states mentioned most recently before ``before_char`` in the same
    paragraph, then the document's most salient states, skipping ``exclude``. With
    ``salient_first`` the document's two main states come before the recent mentions; without
    it the most recent mention comes first (what "the country" points back to)."""
    para = ctx.paragraph_start(before_char)
    out: list[str] = [s for s in ctx.main_states[:2] if s not in exclude] if salient_first else []
    for m in ctx.mentions_before(before_char, para):
        if m.state and m.state not in exclude and m.state not in out:
            out.append(m.state)
    for s in ctx.main_states:
        if s not in exclude and s not in out:
            out.append(s)
    return out[:limit]


# Verbs of answering and recalling that report a speaker's words like verbs of saying.
_REPORTING_VERBS = SPEECH_VERBS | {"answer", "reply", "recall", "remind", "add", "observe"}


def reporting_speaker_state(trigger: Trigger, ctx: DocContext, skip: Collection[str]) -> str | None:
    """``Dr. Kissinger answered that the treaty signed with Japan in 1960 ...``, ``Ohira said
    that the peace treaty concluded with Taiwan in 1952 had lost its meaning``: an agreement's
    participle naming only the partner (or the participle the parser read as a verb whose
    subject the agreement is), in words a person reports, is the agreement of the speaker's
    state; return the state of the first named subject of the verbs of saying the
    clause hangs under (``None`` when there is none outside ``skip``)."""
    verb = trigger.anchor
    if trigger.type != "SIGN_AGREEMENT" or verb.pos_ != "VERB":
        return None
    # the participle on the agreement, or the same read as a verb whose subject it is
    participle = verb.tag_ == "VBN" and verb.dep_ == "acl" and not has_own_subject(verb)
    misread = verb.dep_ in ("csubj", "ccomp") and agreement_subject(verb)
    if not (participle or misread):
        return None
    node = verb
    for _ in range(8):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING_VERBS:
            for subj in (c for c in node.head.children if c.dep_ == "nsubj"):
                m = ctx.mention_at(subj)
                if m is not None and m.state and m.ref.kind in ("person", "state"):
                    return m.state if m.state not in skip else None
        node = node.head
    return None


def served_state(trigger: Trigger, ctx: DocContext, skip: Collection[str]) -> str | None:
    """``Britain bore the weight of Malaysia's defence, supplying troops``, ``Moscow rebuilt
    the Syrian air defences, supplying missiles``: an aid participle with no subject and no
    recipient of its own serves the state named in the object of the verb it hangs on; return
    that state (None when the trigger is no such participle or the object names no state
    outside ``skip``)."""
    verb = trigger.anchor
    if trigger.type != "PROVIDE_AID" or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    if has_own_subject(verb):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    for t in sorted((t for o in objects for t in o.subtree), key=lambda t: t.i):
        m = ctx.mention_at(t)
        if m is not None and m.state and m.ref.kind == "state" and m.state not in skip:
            return m.state
    return None


# Verbs of an armed act whose doer a later "condemned the invasion" points back to.
_ATTACKING_VERBS = frozenset(["attack", "invade", "cross", "occupy", "bomb", "enter", "seize"])


def condemned_attacker(trigger: Trigger, ctx: DocContext, sent: Span) -> str | None:
    """``When China attacked Vietnam, Havana condemned the invasion and declared its solidarity
    with Hanoi``, ``Chinese troops crossed the border. Moscow denounced the attack and declared
    its solidarity with Vietnam``: a support given with the condemnation of an armed act the
    clause names no state of is given against the doer of the armed act told just before (in
    the sentence or the paragraph's previous one); return that doer's state (None when there
    is no such condemnation or act)."""
    if trigger.type != "EXPRESS_SUPPORT":
        return None
    verbs = [trigger.anchor, *stance_conjuncts(trigger.anchor)]
    condemning = [
        v
        for v in verbs
        if v.lemma_.lower() in CONDEMNING_VERBS
        and any(o.dep_ == "dobj" and _bare_armed_act(o, ctx) for o in v.children)
    ]
    if not condemning:
        return None
    para = ctx.paragraph_start(sent.start_char)
    first = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for i in range(min(v.i for v in condemning) - 1, first - 1, -1):
        tok = ctx.doc[i]
        if tok.idx < para:
            return None
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _ATTACKING_VERBS:
            for s in (c for c in tok.children if c.dep_ == "nsubj"):
                for t in s.subtree:
                    m = ctx.mention_at(t)
                    if m is not None and m.state and m.ref.kind == "state":
                        return m.state
    return None


def _bare_armed_act(noun: Token, ctx: DocContext) -> bool:
    """``the invasion``, ``the attack``: an armed act whose phrase names no state."""
    if noun.lemma_.lower() not in AGGRESSION_NOUNS:
        return False
    return not any(ctx.mention_at(t) is not None for t in noun.subtree)
